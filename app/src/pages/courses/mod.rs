pub mod catalogue;
pub mod course;
pub mod lesson;
