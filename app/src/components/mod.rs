//! Views used by several pages.

pub mod confirm_deletion;
pub mod error_page;
pub mod form;
pub mod layout;
pub mod lesson_body_editor;
pub mod password_input;
pub mod post;
pub mod progress;
pub mod raw_text;
pub mod reorder;
