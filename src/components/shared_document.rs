//! A shared document's own content in the viewer: the photo itself, or a button that opens
//! the PDF. The bytes arrive with the share; `blob:` URLs made here are revoked when the view
//! goes away (the viewer wiping itself included).

use std::sync::Arc;

use leptos::prelude::*;
use regie_core::bundle::SharedFile;
use regie_core::catalogue::ViewerText;
use regie_core::model::{sniff_mime, DocumentRef};

use crate::i18n::{tr, I18n};
use crate::platform::files::ObjectUrl;

/// The files of an opened share, provided as context by the viewer.
#[derive(Clone, Default)]
pub struct SharedFiles(pub Arc<Vec<SharedFile>>);

impl SharedFiles {
    fn get(&self, id: &str) -> Option<&SharedFile> {
        self.0.iter().find(|f| f.id == id)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The file of one shared document, or a note that it did not come with the share.
#[component]
pub fn SharedDocument(file: DocumentRef) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let files = use_context::<SharedFiles>().unwrap_or_default();
    // The type comes from the bytes, not from what the dossier says about them.
    let found = files
        .get(file.id.as_str())
        .and_then(|f| sniff_mime(&f.bytes).map(|mime| (mime, ObjectUrl::new(&f.bytes, mime))));
    let Some((mime, Some(url))) = found else {
        return view! { <p class="notice" data-testid="view-doc-missing">{tr(ViewerText::ViewDocMissing)}</p> }
            .into_any();
    };
    let href = url.url().to_owned();
    let kept = StoredValue::new_local(Some(url));
    on_cleanup(move || kept.set_value(None));
    let name = file.name.trim().to_owned();
    if mime == "application/pdf" {
        view! {
            <a class="button primary" href=href target="_blank" rel="noopener"
                data-testid="view-doc-open-pdf">
                {move || ViewerText::ViewDocOpenPdf.fill(lang.get(), &[&name])}
            </a>
        }
        .into_any()
    } else {
        view! { <img class="doc-shared" src=href alt=name data-testid="view-doc-image"/> }
            .into_any()
    }
}
