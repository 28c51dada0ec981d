//! A stand-in for `i18n-embed` 0.15 that age 0.11 compiles against (see `../README.md`).
//!
//! age keeps a `FluentLanguageLoader` in a lazy static and offers `age::localizer()` to pick
//! a language. Regie never shows an age message to a person and never picks a language for
//! age, so this crate offers the same names with nothing behind them: the loader loads
//! nothing, and `select` answers age's fallback language. The messages themselves become
//! fixed English text at compile time through the stand-in `i18n_embed_fl::fl!`, which never
//! touches the loader, so the linker drops the loader and age's embedded translations.

use std::fmt;

/// Language identifiers, as far as age uses them: parsed from text and compared.
pub mod unic_langid {
    use std::fmt;
    use std::str::FromStr;

    /// A language tag such as `en-US`, kept as text.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub struct LanguageIdentifier(String);

    /// A language tag that is empty or has a character no tag has.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct LanguageIdentifierError;

    impl fmt::Display for LanguageIdentifierError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("not a language identifier")
        }
    }

    impl std::error::Error for LanguageIdentifierError {}

    impl FromStr for LanguageIdentifier {
        type Err = LanguageIdentifierError;

        fn from_str(tag: &str) -> Result<Self, Self::Err> {
            let well_formed = tag.split(['-', '_']).all(|part| {
                (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
            });
            if well_formed {
                Ok(Self(tag.replace('_', "-")))
            } else {
                Err(LanguageIdentifierError)
            }
        }
    }

    impl fmt::Display for LanguageIdentifier {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&self.0)
        }
    }
}

use unic_langid::LanguageIdentifier;

/// What loading or selecting a language can answer.
#[derive(Debug)]
#[non_exhaustive]
pub enum I18nEmbedError {
    /// No language of those asked for is available.
    LanguageNotAvailable(String),
}

impl fmt::Display for I18nEmbedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LanguageNotAvailable(tag) => write!(f, "language {tag} is not available"),
        }
    }
}

impl std::error::Error for I18nEmbedError {}

/// Where translations would come from. Any type will do: nothing is read from it.
pub trait I18nAssets {}

impl<T> I18nAssets for T {}

/// A loader of translations.
pub trait LanguageLoader {
    /// The crate's translation domain (its package name).
    fn domain(&self) -> &str;
    /// The language that is always there: age's en-US.
    fn fallback_language(&self) -> &LanguageIdentifier;
    /// The languages in use: only the fallback.
    fn current_languages(&self) -> Vec<LanguageIdentifier>;
    /// Loads nothing; the fixed text is already compiled in.
    fn load_languages(
        &self,
        i18n_assets: &dyn I18nAssets,
        language_ids: &[LanguageIdentifier],
    ) -> Result<(), I18nEmbedError>;
}

/// A library's hook for choosing its language, as `age::localizer()` returns it.
pub trait Localizer {
    /// The library's loader.
    fn language_loader(&self) -> &'_ dyn LanguageLoader;
    /// The library's translations.
    fn i18n_assets(&self) -> &'_ dyn I18nAssets;
    /// Chooses from `requested_languages`; here always the fallback.
    fn select(
        &self,
        requested_languages: &[LanguageIdentifier],
    ) -> Result<Vec<LanguageIdentifier>, I18nEmbedError> {
        select(
            self.language_loader(),
            self.i18n_assets(),
            requested_languages,
        )
    }
}

/// Answers the loader's fallback language, whatever was asked for: it is the only language
/// the fixed text is in.
pub fn select(
    language_loader: &dyn LanguageLoader,
    _i18n_assets: &dyn I18nAssets,
    _requested_languages: &[LanguageIdentifier],
) -> Result<Vec<LanguageIdentifier>, I18nEmbedError> {
    Ok(vec![language_loader.fallback_language().clone()])
}

/// The Fluent names age uses, with no Fluent behind them.
pub mod fluent {
    use super::{I18nAssets, I18nEmbedError, LanguageIdentifier, LanguageLoader};

    /// A loader that holds only its domain and fallback language.
    #[derive(Debug)]
    pub struct FluentLanguageLoader {
        domain: String,
        fallback: LanguageIdentifier,
    }

    impl FluentLanguageLoader {
        /// A loader for `domain` whose only language is `fallback`.
        pub fn new(domain: impl Into<String>, fallback: LanguageIdentifier) -> Self {
            Self {
                domain: domain.into(),
                fallback,
            }
        }

        /// Fluent's Unicode isolation marks around arguments: the fixed text has none.
        pub fn set_use_isolating(&self, _value: bool) {}
    }

    impl LanguageLoader for FluentLanguageLoader {
        fn domain(&self) -> &str {
            &self.domain
        }

        fn fallback_language(&self) -> &LanguageIdentifier {
            &self.fallback
        }

        fn current_languages(&self) -> Vec<LanguageIdentifier> {
            vec![self.fallback.clone()]
        }

        fn load_languages(
            &self,
            _i18n_assets: &dyn I18nAssets,
            _language_ids: &[LanguageIdentifier],
        ) -> Result<(), I18nEmbedError> {
            Ok(())
        }
    }

    #[doc(inline)]
    pub use crate::fluent_language_loader;
}

/// Makes the calling crate's loader, with en-US as its fallback (age's `i18n.toml`).
#[macro_export]
macro_rules! fluent_language_loader {
    () => {
        $crate::fluent::FluentLanguageLoader::new(
            ::core::env!("CARGO_PKG_NAME"),
            "en-US".parse().expect("en-US is a language identifier"),
        )
    };
}

#[cfg(test)]
mod tests {
    use super::fluent::FluentLanguageLoader;
    use super::unic_langid::LanguageIdentifier;
    use super::{LanguageLoader, Localizer};

    struct Assets;
    struct Lib(FluentLanguageLoader);

    impl Localizer for Lib {
        fn language_loader(&self) -> &'_ dyn LanguageLoader {
            &self.0
        }
        fn i18n_assets(&self) -> &'_ dyn super::I18nAssets {
            &Assets
        }
    }

    #[test]
    fn a_localizer_always_selects_the_fallback() {
        let lib = Lib(crate::fluent_language_loader!());
        assert_eq!(lib.0.domain(), "i18n-embed");
        lib.0.load_languages(&Assets, &[]).unwrap();
        let nl: LanguageIdentifier = "nl-NL".parse().unwrap();
        let chosen = lib.select(&[nl]).unwrap();
        assert_eq!(chosen, vec!["en-US".parse().unwrap()]);
        assert_eq!(chosen[0].to_string(), "en-US");
    }

    #[test]
    fn language_tags_are_checked() {
        assert!("zh_CN".parse::<LanguageIdentifier>().is_ok());
        assert!("".parse::<LanguageIdentifier>().is_err());
        assert!("en US".parse::<LanguageIdentifier>().is_err());
    }
}
