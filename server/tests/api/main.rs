//! Black-box tests: the real application on a random port with a fresh
//! SQLite file, driven over HTTP the way a browser without JavaScript does.

mod accounts;
mod admin;
mod authoring;
mod authorisation;
mod certificates;
mod cohorts;
mod courses;
mod helpers;
mod mail;
mod notifications;
mod probe;
mod quizzes;
mod reach;
mod reliability;
mod security;
mod sets;
mod shell;
