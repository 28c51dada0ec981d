//! A stand-in for `rust-embed` 8 (see `../README.md`).
//!
//! age 0.11 has one use of it, in its `src/i18n.rs`:
//!
//! ```ignore
//! #[derive(RustEmbed)]
//! #[folder = "i18n"]
//! struct Localizations;
//! ```
//!
//! and hands `&Localizations` to its language loader, which in Regie is the stand-in
//! `i18n-embed` that reads nothing. So this derive accepts rust-embed's attributes and
//! expands to nothing: no file is read at compile time and none is embedded. Code that asks
//! the type for a file (`Localizations::get`) does not compile, rather than find nothing.

use proc_macro::TokenStream;

/// Accepts `#[derive(RustEmbed)]` with rust-embed's attributes, and embeds nothing.
#[proc_macro_derive(
    RustEmbed,
    attributes(
        folder,
        prefix,
        include,
        exclude,
        metadata_only,
        crate_path,
        allow_missing
    )
)]
pub fn derive_rust_embed(_item: TokenStream) -> TokenStream {
    TokenStream::new()
}
