//! The browser's print dialog, which also saves as PDF.

/// Opens the print dialog for the page as it is; `false` when the browser has none (some
/// in-app browsers on phones).
pub fn print_page() -> bool {
    web_sys::window().is_some_and(|window| window.print().is_ok())
}
