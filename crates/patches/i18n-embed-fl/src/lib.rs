//! A stand-in for `i18n-embed-fl` 0.9 (see `../README.md`): `fl!(loader, "id", name = value,
//! ...)` becomes fixed English text at compile time, an expression of type `String`.
//!
//! The text comes from the calling crate's own fallback-language file, found as the real macro
//! finds it: `i18n.toml` in the crate's folder names `fallback_language` and, under
//! `[fluent]`, `assets_dir`; the file is `<assets_dir>/<fallback_language>/<crate name>.ftl`.
//! The loader expression is only borrowed, never dereferenced. An unknown message id, an argument the message
//! does not use, a variable without an argument, or FTL beyond the subset in `ftl.rs` is a
//! compile error, never different text at run time.

mod ftl;

use proc_macro::TokenStream;
use proc_macro2::Span;
use quote::{format_ident, quote};
use std::path::{Path, PathBuf};
use syn::parse::{Parse, ParseStream};
use syn::{Expr, Ident, LitStr, Token};

struct FlInput {
    loader: Expr,
    message_id: LitStr,
    args: Vec<(Ident, Expr)>,
}

impl Parse for FlInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let loader: Expr = input.parse()?;
        input.parse::<Token![,]>()?;
        let message_id: LitStr = input.parse()?;
        let mut args = Vec::new();
        while input.parse::<Option<Token![,]>>()?.is_some() {
            if input.is_empty() {
                break;
            }
            let name: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let value: Expr = input.parse()?;
            args.push((name, value));
        }
        if !input.is_empty() {
            return Err(input.error("expected `name = value` arguments"));
        }
        Ok(Self {
            loader,
            message_id,
            args,
        })
    }
}

/// Turns an age message into its fixed English text.
#[proc_macro]
pub fn fl(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as FlInput);
    match expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(why) => syn::Error::new(input.message_id.span(), why)
            .to_compile_error()
            .into(),
    }
}

fn expand(input: &FlInput) -> Result<proc_macro2::TokenStream, String> {
    let path = fallback_file()?;
    let source = std::fs::read_to_string(&path)
        .map_err(|e| format!("fl!: cannot read {}: {e}", path.display()))?;
    let resource = ftl::Resource::parse(&source);
    let id = input.message_id.value();
    if !resource.has(&id) || id.starts_with('-') {
        return Err(format!(
            "fl!: no message `{id}` in {} (it has {} messages)",
            path.display(),
            resource.message_ids().count()
        ));
    }
    let pieces = resource.resolve(&id).map_err(|why| format!("fl!: {why}"))?;

    let mut format = String::new();
    let mut used = Vec::new();
    for piece in &pieces {
        match piece {
            ftl::Piece::Text(text) => format.push_str(&text.replace('{', "{{").replace('}', "}}")),
            ftl::Piece::Var(name) => {
                let index = input
                    .args
                    .iter()
                    .position(|(arg, _)| arg == name)
                    .ok_or_else(|| format!("fl!: message `{id}` needs the argument `{name}`"))?;
                format.push_str("{}");
                used.push(format_ident!("__fl_arg_{index}"));
            }
        }
    }
    for (name, _) in &input.args {
        if !pieces.contains(&ftl::Piece::Var(name.to_string())) {
            return Err(format!("fl!: message `{id}` has no argument `{name}`"));
        }
    }
    let bindings = input.args.iter().enumerate().map(|(index, (_, value))| {
        let binding = format_ident!("__fl_arg_{index}");
        quote! { let #binding = &(#value); }
    });
    let format = LitStr::new(&format, Span::call_site());
    let loader = &input.loader;
    // The loader is named, as the real macro names it, but not dereferenced: a lazy static
    // stays unmade, and the linker drops it.
    Ok(quote! {{
        let _ = &#loader;
        #(#bindings)*
        ::std::format!(#format, #(#used),*)
    }})
}

/// `<crate>/<assets_dir>/<fallback_language>/<crate name>.ftl`, as `i18n.toml` says.
fn fallback_file() -> Result<PathBuf, String> {
    let dir = std::env::var("CARGO_MANIFEST_DIR").map_err(|_| "fl!: no CARGO_MANIFEST_DIR")?;
    let domain = std::env::var("CARGO_PKG_NAME").map_err(|_| "fl!: no CARGO_PKG_NAME")?;
    let config_path = Path::new(&dir).join("i18n.toml");
    let config = std::fs::read_to_string(&config_path)
        .map_err(|e| format!("fl!: cannot read {}: {e}", config_path.display()))?;
    let fallback = toml_string(&config, "fallback_language")
        .ok_or_else(|| format!("fl!: no fallback_language in {}", config_path.display()))?;
    let assets = toml_string(&config, "assets_dir").unwrap_or_else(|| "i18n".into());
    Ok(Path::new(&dir)
        .join(assets)
        .join(fallback)
        .join(format!("{domain}.ftl")))
}

/// The quoted value of `key = "value"` anywhere in a small TOML file.
fn toml_string(config: &str, key: &str) -> Option<String> {
    config.lines().find_map(|line| {
        let (name, value) = line.split_once('=')?;
        (name.trim() == key).then(|| value.trim().trim_matches('"').to_owned())
    })
}
