//! RunComfy's API as the core reads it: answers, errors, amounts of dollars, the token check.

pub mod balance;
pub mod error;
pub mod money;
pub mod token;
pub mod types;
