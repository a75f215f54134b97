//! One file per page.

pub mod accounts;
pub mod admin;
pub mod certificates;
pub mod cohorts;
pub mod courses;
pub mod home;
pub mod quizzes;
pub mod sets;
