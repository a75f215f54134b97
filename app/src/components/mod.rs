//! Views used by several pages.

pub mod error_page;
pub mod form;
pub mod layout;
pub mod password_input;
