//! Small pieces shared by pages.

mod busy_button;
mod error_message;
mod field;
mod save_status;
mod section_view;
mod shared_document;

pub use busy_button::BusyButton;
pub use error_message::ErrorMessage;
pub use field::{DateField, TextField};
pub use save_status::SaveStatus;
pub use section_view::{section_title, show_date, SectionView};
pub use shared_document::{SharedDocument, SharedFiles};
