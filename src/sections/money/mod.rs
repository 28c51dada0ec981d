//! Geld: income, fixed costs, debts and payment arrangements, the month overview and the
//! schuldenoverzicht (CSV and print).

mod card;
mod editor;
mod forms;
mod sheet;

pub(super) use card::card;
pub(super) use editor::Editor;
