//! Parts of the app that a page's first part loads once its first screen is up.
//!
//! A page's own code is kept small so that a cheap phone on a slow network shows the first
//! screen soon. The rest of the page's code is split off the same wasm module by the build
//! (`wasm-split`, see `docs/split.md`): a few more wasm files, fetched after the first paint
//! while the person reads or types, and asked to take over when they are needed. The code
//! they share with the first part is in the first part only, once.
//!
//! A part is one split function, [`Part::run`]: it takes the name of an entry point and its
//! arguments, and answers with a value or a catalogue text. The [`part!`] macro declares it.
//! Every part has `start`, called once it has arrived, and `mount`, which shows it on the
//! page.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use regie_core::catalogue::{FirstText, Text};
use wasm_bindgen::JsValue;

/// A future of a part's answer. Split functions cannot be `async` themselves.
pub type Boxed<T> = Pin<Box<dyn Future<Output = T>>>;

/// Why a part did not answer.
#[derive(Debug)]
pub enum PartFault {
    /// Its files could not be downloaded: tried again on the next call.
    Load,
    /// It answered with a catalogue text.
    Said(Text),
}

impl From<wasm_split_helpers::SplitLoaderError> for PartFault {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        PartFault::Load
    }
}

impl From<Text> for PartFault {
    fn from(text: Text) -> Self {
        PartFault::Said(text)
    }
}

impl From<PartFault> for Text {
    fn from(fault: PartFault) -> Self {
        match fault {
            PartFault::Load => Text::ErrAppLoad,
            PartFault::Said(text) => text,
        }
    }
}

/// For the app's first screen, which shows only its own texts: what creating, opening and
/// restoring answer are all among them (`FirstText`'s list); any other would be a mistake
/// of this build, told as the save having failed.
impl From<PartFault> for FirstText {
    fn from(fault: PartFault) -> Self {
        match fault {
            PartFault::Load => FirstText::ErrAppLoad,
            PartFault::Said(text) => FirstText::of(text).unwrap_or(FirstText::ErrSaveFailed),
        }
    }
}

/// What a part's entry point answers.
pub type Answer = Result<JsValue, PartFault>;

/// Declares a part: `part!(NAME, module in "feature", preload_fn, run_fn, |entry, args| body)`
/// makes the split function `run_fn` in the split `module` (its files are named after it),
/// its preload `preload_fn`, and the constant `NAME` to call it by.
///
/// A split function is an export of the wasm module, and the linker keeps every export: so
/// the part exists only in the binaries built with its cargo `feature` (`app` for the
/// client's app, `viewer` for the share viewer; both by default, for tests and checks).
/// Without it, `NAME` is a part that never loads.
#[macro_export]
macro_rules! part {
    ($vis:vis $name:ident, $module:ident in $feature:literal, $preload:ident, $run:ident,
     |$entry:ident, $args:ident| $body:expr) => {
        #[cfg(feature = $feature)]
        #[::wasm_split_helpers::wasm_split(
            $module,
            fallible,
            preload($preload),
            return_wrapper(let answer = _; { answer.await } -> $crate::platform::parts::Answer)
        )]
        fn $run(
            $entry: String,
            $args: Vec<::wasm_bindgen::JsValue>,
        ) -> $crate::platform::parts::Boxed<$crate::platform::parts::Answer> {
            Box::pin(async move { $body })
        }

        #[cfg(feature = $feature)]
        $vis const $name: $crate::platform::parts::Part = $crate::platform::parts::Part {
            ready: || Box::pin(async { Ok($preload().await?) }),
            run: |entry, args| Box::pin($run(entry, args)),
        };
        #[cfg(not(feature = $feature))]
        $vis const $name: $crate::platform::parts::Part = $crate::platform::parts::Part::ABSENT;
    };
}

/// A part of the page's code, loaded when first called.
#[derive(Clone, Copy)]
pub struct Part {
    #[doc(hidden)]
    pub ready: fn() -> Boxed<Result<(), PartFault>>,
    #[doc(hidden)]
    pub run: fn(String, Vec<JsValue>) -> Boxed<Answer>,
}

impl Part {
    /// A part this binary is built without (see [`part!`]).
    pub const ABSENT: Part = Part {
        ready: || Box::pin(async { Err(PartFault::Load) }),
        run: |_, _| Box::pin(async { Err(PartFault::Load) }),
    };

    /// The part, loaded (once; a failed download is tried again next time).
    pub async fn load<T: From<PartFault>>(self) -> Result<(), T> {
        (self.ready)().await.map_err(T::from)
    }

    /// Starts the download once the first screen has painted, so that it does not compete
    /// with the first screen's own, then calls the part's `start`. The signal turns true
    /// when the part has arrived.
    pub fn fetch_ahead(self) -> ReadSignal<bool> {
        let (loaded, set_loaded) = signal(false);
        super::timers::after_next_paint(move || {
            leptos::task::spawn_local(async move {
                if self.call::<Text>("start", Vec::new()).await.is_ok() {
                    set_loaded.set(true);
                }
            })
        });
        loaded
    }

    /// Calls one of its entry points that answers with a value, and gives its answer.
    /// Its failure is told in a text of the caller's table (`Text`, or `FirstText` on the
    /// app's first screen).
    pub async fn answer<T: From<PartFault>>(
        self,
        name: &str,
        args: Vec<JsValue>,
    ) -> Result<JsValue, T> {
        (self.run)(name.to_owned(), args).await.map_err(T::from)
    }

    /// Calls one of its entry points.
    pub async fn call<T: From<PartFault>>(self, name: &str, args: Vec<JsValue>) -> Result<(), T> {
        self.answer(name, args).await.map(drop)
    }
}

/// The first part leaves the page (`handed_over` hides all it shows), then `part` shows
/// itself in its place.
pub fn hand_over(part: Part, handed_over: RwSignal<bool>) {
    // Once only: a second `mount` would show the part twice.
    if handed_over.get_untracked() {
        return;
    }
    handed_over.set(true);
    request_animation_frame(move || {
        leptos::task::spawn_local(async move {
            // The part answered a call just now, so it is loaded.
            let _ = part.call::<Text>("mount", Vec::new()).await;
        })
    });
}

/// An argument of an entry point as a string (a missing one is empty).
pub fn text_arg(args: &[JsValue], i: usize) -> String {
    args.get(i).and_then(JsValue::as_string).unwrap_or_default()
}

/// A call of an entry point the part does not have: a build out of step with itself.
pub fn unknown(entry: &str) -> Answer {
    leptos::logging::warn!("no entry point {entry}");
    Err(PartFault::Said(Text::ErrAppLoad))
}
