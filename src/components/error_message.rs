use leptos::prelude::*;
use regie_core::catalogue::Words;

use crate::i18n::I18n;

/// A failure explained in a plain sentence, announced to screen readers. The sentence is a
/// text of any table: the first screen's (`FirstText`), which is all the first part carries,
/// or the main one's.
#[component]
pub fn ErrorMessage<S: ErrorSignal>(error: S) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    view! {
        <Show when=move || error.read_error().is_some()>
            <p class="error" role="alert" data-testid="error">
                {move || error.read_error().map(|t| t.get(lang.get()))}
            </p>
        </Show>
    }
}

/// A signal of an error message's text, or of none.
pub trait ErrorSignal: Copy + Send + Sync + 'static {
    type Text: Words + Send + Sync + 'static;
    fn read_error(&self) -> Option<Self::Text>;
}

macro_rules! error_signal {
    ($($signal:ident),*) => {$(
        impl<K: Words + Send + Sync + 'static> ErrorSignal for $signal<Option<K>> {
            type Text = K;
            fn read_error(&self) -> Option<K> {
                self.get()
            }
        }
    )*};
}

error_signal!(RwSignal, Signal);
