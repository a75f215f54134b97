//! The server binary's library: configuration, start-up and commands, kept
//! here so that integration tests can start the real application.

pub mod admin_cli;
pub mod backup_cli;
pub mod config;
pub mod course_cli;
pub mod credential_cli;
pub mod lesson_pages;
pub mod mail_delivery;
pub mod scheduled_work;
pub mod security;
pub mod startup;
