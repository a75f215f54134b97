//! Server functions, grouped by area. Each checks who is asking, parses its
//! input into domain types, calls the area's server-only code and maps errors.

pub mod accounts;
pub mod admin;
pub mod audit;
pub mod authoring;
pub mod certificates;
pub mod cohorts;
pub mod courses;
pub mod mail;
pub mod notifications;
pub mod quizzes;
pub mod sets;
