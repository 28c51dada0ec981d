use leptos::prelude::*;
use regie_core::catalogue::{formats, Lang, PageText, Text, ViewerText};
use regie_core::model::{DocumentRef, Documents};

use crate::components::{SharedDocument, SharedFiles};
use crate::sections::card_parts::{details, Value};
use crate::sections::{Now, PreviewOfShare};

/// The documents' names and facts, with the files themselves when the share holds them.
pub(crate) fn card(documents: &Documents, lang: Lang, now: Now) -> Option<AnyView> {
    let items: Vec<AnyView> = documents
        .files
        .iter()
        .map(|file| document_view(file, lang, now))
        .collect();
    if items.is_empty() {
        return None;
    }
    let with_files = use_context::<SharedFiles>().is_some_and(|f| !f.is_empty())
        || use_context::<PreviewOfShare>().is_some();
    Some(
        view! {
            {(!with_files).then(|| view! { <p class="notice">{ViewerText::ViewFileNotIncluded.get(lang)}</p> })}
            <ul class="view-list">{items}</ul>
        }
        .into_any(),
    )
}

fn document_view(file: &DocumentRef, lang: Lang, now: Now) -> AnyView {
    let kind = file.kind_words(lang);
    let rows = details(
        lang,
        vec![
            (Text::ViewLabelFileType, Value::Plain(kind)),
            (
                Text::ViewLabelFileSize,
                Value::Plain(formats::size(file.size, lang)),
            ),
            (Text::ViewLabelAdded, Value::Date(now.date_of(file.added))),
            (Text::ViewLabelDocumentDate, Value::Date(file.date)),
            (Text::ViewLabelNote, Value::multiline(&file.note)),
        ],
    );
    let shared = file.clone();
    view! {
        <li class="view-entry document">
            <h3>{file.name.trim().to_owned()}</h3>
            {rows}
            {if use_context::<PreviewOfShare>().is_some() {
                Some(view! { <p class="hint">{PageText::SharePreviewFile.get(lang)}</p> }.into_any())
            } else {
                use_context::<SharedFiles>().is_some_and(|f| !f.is_empty())
                    .then(|| view! { <SharedDocument file=shared/> }.into_any())
            }}
        </li>
    }
    .into_any()
}
