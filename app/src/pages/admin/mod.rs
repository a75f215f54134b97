pub mod audit;
pub mod course_editor;
pub mod course_fields;
pub mod courses;
pub mod lesson_editor;
pub mod module_editor;
pub mod quiz_editor;
pub mod users;
