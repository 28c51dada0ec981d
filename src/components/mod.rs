//! Small pieces shared by pages.

mod busy_button;
mod check_words;
mod choice_list;
mod domain_chart;
mod editing;
mod entry_list;
mod error_message;
mod field;
mod keep_whole;
mod passphrase_field;
mod read_aloud;
mod save_status;
mod shared_document;

pub use crate::platform::clock::today;
pub use busy_button::BusyButton;
pub use check_words::CheckWordsBox;
pub use choice_list::{ChoiceItem, ChoiceLabel, ChoiceList};
pub use domain_chart::{overview_chart, overview_chart_with, trend_chart};
pub use editing::{date_field_is_bad, new_entry_id, store_checked, UNREADABLE_DATE};
pub(crate) use entry_list::*;
pub use error_message::ErrorMessage;
pub use field::{DateField, TextField};
pub use keep_whole::keep_whole;
pub use passphrase_field::PassphraseField;
pub use read_aloud::ReadAloud;
pub use regie_core::catalogue::words::Reader;
pub use save_status::SaveStatus;
pub use shared_document::{SharedDocument, SharedFiles};
