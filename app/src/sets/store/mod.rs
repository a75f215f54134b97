//! All SQL about action-learning sets, one file per thing stored. Callers
//! have checked access (`access.rs`); these functions check what the data
//! itself must hold (membership, open rounds, one report-back) and name the
//! rule that refused, which the door puts in words.

mod commitments;
mod errors;
mod home;
mod members;
mod moderation;
mod notices;
mod posts;
mod proposals;
mod rounds;
mod threads;

pub use commitments::*;
pub use errors::{Refusal, SetError};
pub use home::*;
pub use members::*;
pub use moderation::*;
pub use notices::*;
pub use posts::*;
pub use proposals::*;
pub use rounds::*;
pub use threads::*;
