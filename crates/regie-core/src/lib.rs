//! The heart of Regie, free of any browser or server: the dossier model, the vault that keeps
//! it sealed with age, the catalogue of every text the app shows, and the types the relay and
//! the app exchange.
//!
//! Nothing here reads a clock or touches storage: callers pass `now` in, so every rule is
//! tested natively and deterministically.

pub mod age_shape;
pub mod api;
pub mod attention;
pub mod backup;
pub mod backup_archive;
pub mod bundle;
pub mod calendar;
pub mod catalogue;
pub mod chart;
pub mod deadlines;
pub mod editing;
pub mod home_hint;
pub mod model;
pub mod money;
pub mod passphrase;
pub mod plan;
pub mod qr;
pub mod read_aloud;
pub mod recovery;
pub mod reply;
pub mod request;
pub mod screen;
pub mod search;
pub mod share;
pub mod share_choice;
pub mod share_gate;
pub mod share_steps;
pub mod signing;
pub mod sorting;
pub mod summary;
pub mod tar;
pub mod transfer;
pub mod vault;
pub mod viewer_tab;

pub use zeroize;
