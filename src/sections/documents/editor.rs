use leptos::prelude::*;
use leptos::task::spawn_local;
use regie_core::catalogue::{formats, PageText, Text};
use regie_core::model::{sniff_mime, usable_thumb, Date, DocumentRef, EntryId, MAX_DOCUMENT_BYTES};

use crate::components::{
    entry_html_id, focus_element, BusyButton, EntryActions, EntryWords, ErrorMessage,
};
use crate::i18n::{tr, I18n};
use crate::platform::files::{self, ObjectUrl};
use crate::session::Session;
use crate::session::{suggested_name, NewDocument};

const DOCUMENT_WORDS: EntryWords = EntryWords {
    edit: Text::DocsView,
    edit_label: Some(Text::DocsViewLabel),
    delete: Text::Delete,
    delete_label: Some(Text::DocsDeleteLabel),
    confirm: Text::DocsDeleteConfirm,
    yes: Text::DocsDeleteYes,
    no: Text::DocsDeleteNo,
};

/// A decrypted document on screen. Its `blob:` URL is revoked when this is dropped.
struct Viewing {
    name: String,
    is_pdf: bool,
    url: ObjectUrl,
}

/// The documents section: add, list, view and delete.
#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let error = RwSignal::new(None::<Text>);
    let notice = RwSignal::new(None::<Text>);
    // The file picked and not yet saved; `File` lives on this thread only.
    let picked = StoredValue::new_local(None::<crate::platform::files::File>);
    let picked_name = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let viewing = StoredValue::new_local(None::<Viewing>);
    // Bumped whenever `viewing` changes, so the overlay re-renders.
    let viewing_tick = RwSignal::new(0u32);
    let confirming = RwSignal::new(None::<EntryId>);
    // Brought here by search or the start screen: that document in the list.
    if let Some(id) = reveal {
        focus_element(entry_html_id(&id));
    }

    let clear_form = move || {
        picked.set_value(None);
        picked_name.set(None);
        name.set(String::new());
        date.set(String::new());
        note.set(String::new());
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = files::take_picked(&ev) else {
            return;
        };
        error.set(None);
        notice.set(None);
        spawn_local(async move {
            match check_picked(session, &file).await {
                Ok(()) => {
                    if name.get_untracked().trim().is_empty() {
                        name.set(suggested_name(&file));
                    }
                    picked_name.set(Some(file.name()));
                    picked.set_value(Some(file));
                }
                Err(text) => {
                    clear_form();
                    error.set(Some(text));
                }
            }
        });
    };

    let on_save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let Some(file) = picked.with_value(|f| f.clone()) else {
            error.set(Some(Text::ErrDocNoFile));
            return;
        };
        let date_text = date.get_untracked();
        let date_value = if date_text.trim().is_empty() {
            None
        } else {
            match Date::parse(date_text.trim()) {
                Ok(d) => Some(d),
                Err(_) => {
                    error.set(Some(Text::ErrInvalidDate));
                    return;
                }
            }
        };
        let new = NewDocument {
            file,
            name: name.get_untracked(),
            note: note.get_untracked(),
            date: date_value,
        };
        busy.set(true);
        error.set(None);
        notice.set(None);
        spawn_local(async move {
            match session.add_document(new).await {
                Ok(()) => {
                    clear_form();
                    notice.set(Some(Text::DocsSaved));
                }
                Err(text) => error.set(Some(text)),
            }
            busy.set(false);
        });
    };

    let open = move |id: String| {
        error.set(None);
        spawn_local(async move {
            match session.open_document(&id).await {
                Ok(doc) => {
                    let name = session
                        .dossier
                        .with_untracked(|d| d.documents.get(&id).map(|f| f.name.clone()))
                        .unwrap_or_default();
                    let is_pdf = doc.mime == "application/pdf";
                    match ObjectUrl::new(&doc.bytes, &doc.mime) {
                        Some(url) => {
                            viewing.set_value(Some(Viewing { name, is_pdf, url }));
                            viewing_tick.update(|t| *t += 1);
                        }
                        None => error.set(Some(Text::ErrDocDamaged)),
                    }
                }
                Err(text) => error.set(Some(text)),
            }
        });
    };
    let close = move || {
        // Dropping the view revokes its blob: URL.
        viewing.set_value(None);
        viewing_tick.update(|t| *t += 1);
    };
    let escape = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && viewing.with_value(|v| v.is_some()) {
            close();
        }
    });
    on_cleanup(move || {
        escape.remove();
        viewing.set_value(None);
    });

    let files_list = move || session.dossier.with(|d| d.documents.files.clone());
    let usage = move || {
        let total = session.dossier.with(|d| d.documents.total_bytes());
        let size = formats::size(total, lang.get());
        PageText::DocsUsage.fill(lang.get(), &[&size])
    };

    view! {
        <section data-testid="section-documents" aria-labelledby="documents-title">
            <h1 id="documents-title">{tr(Text::SectionDocuments)}</h1>
            <p>{tr(PageText::DocsIntro)}</p>

            <form class="doc-add" on:submit=on_save novalidate>
                <h2>{tr(PageText::DocsAddTitle)}</h2>
                <p class="hint" id="doc-choose-hint">{tr(PageText::DocsChooseHint)}</p>
                <div class="doc-pickers">
                    <div class="file-button">
                        <input id="doc-take-photo" class="visually-hidden" type="file"
                            accept="image/*" capture="environment"
                            aria-describedby="doc-choose-hint"
                            data-testid="doc-take-photo" on:change=on_pick/>
                        <label for="doc-take-photo" class="button">{tr(PageText::DocsTakePhoto)}</label>
                    </div>
                    <div class="file-button">
                        <input id="doc-choose-file" class="visually-hidden" type="file"
                            accept="image/jpeg,image/png,image/webp,application/pdf,image/*"
                            aria-describedby="doc-choose-hint"
                            data-testid="doc-choose-file" on:change=on_pick/>
                        <label for="doc-choose-file" class="button">{tr(PageText::DocsChooseFile)}</label>
                    </div>
                </div>
                <ErrorMessage error=error/>
                <Show when=move || picked_name.get().is_some()>
                    <p class="notice" data-testid="doc-chosen">
                        {move || PageText::DocsChosen.fill(lang.get(), &[&picked_name.get().unwrap_or_default()])}
                    </p>
                    <div class="field">
                        <label for="doc-name">{tr(PageText::DocsName)}</label>
                        <input id="doc-name" type="text" data-testid="doc-name"
                            aria-describedby="doc-name-hint"
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))/>
                        <p class="hint" id="doc-name-hint">{tr(PageText::DocsNameHint)}</p>
                    </div>
                    <div class="field">
                        <label for="doc-date">{tr(PageText::DocsDate)}</label>
                        <input id="doc-date" type="date" data-testid="doc-date"
                            prop:value=move || date.get()
                            on:change=move |ev| date.set(event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="doc-note">{tr(Text::NoteOptional)}</label>
                        <textarea id="doc-note" data-testid="doc-note" rows="3"
                            prop:value=move || note.get()
                            on:input=move |ev| note.set(event_target_value(&ev))></textarea>
                    </div>
                    <div class="actions">
                        <BusyButton testid="doc-save" label=Text::DocsSave busy_label=Text::DocsSaving
                            busy=busy class="button primary"/>
                        <button type="button" class="button" data-testid="doc-cancel"
                            disabled=move || busy.get()
                            on:click=move |_| { clear_form(); error.set(None); }>
                            {tr(Text::Cancel)}
                        </button>
                    </div>
                </Show>
                <p role="status" class="doc-saved" data-testid="doc-saved">
                    {move || notice.get().map(|t| t.get(lang.get()))}
                </p>
            </form>

            <h2>{tr(PageText::DocsListTitle)}</h2>
            <p class="hint" data-testid="doc-usage">{usage}</p>
            <Show when=move || session.dossier.with(|d| d.documents.files.is_empty())>
                <p>{tr(PageText::DocsNone)}</p>
            </Show>
            <ul class="doc-list">
                <For each=files_list key=|f| f.id.clone() let:file>
                    <DocumentItem file open error confirming/>
                </For>
            </ul>

            {move || {
                viewing_tick.get();
                viewing.with_value(|v| v.as_ref().map(|v| {
                    let url = v.url.url().to_owned();
                    let body = if v.is_pdf {
                        view! {
                            <p>{tr(PageText::DocsOpenPdfHint)}</p>
                            <a class="button primary" href=url target="_blank" rel="noopener"
                                data-testid="doc-open-pdf">{tr(PageText::DocsOpenPdf)}</a>
                        }.into_any()
                    } else {
                        view! {
                            <img class="doc-full" src=url alt=v.name.clone()
                                data-testid="doc-viewer-image"/>
                        }.into_any()
                    };
                    view! {
                        <div class="doc-viewer" role="dialog" aria-modal="true"
                            aria-labelledby="doc-viewer-title" data-testid="doc-viewer">
                            <div class="doc-viewer-bar">
                                <h2 id="doc-viewer-title">{v.name.clone()}</h2>
                                <button class="button" data-testid="doc-viewer-close" autofocus
                                    on:click=move |_| close()>
                                    {tr(PageText::DocsClose)}
                                </button>
                            </div>
                            <div class="doc-viewer-body">{body}</div>
                        </div>
                    }
                }))
            }}
        </section>
    }
}

/// Refuses a picked file early, from its size and first bytes, before it is read whole.
async fn check_picked(session: Session, file: &crate::platform::files::File) -> Result<(), Text> {
    let size = file.size() as u64;
    if size > MAX_DOCUMENT_BYTES {
        return Err(Text::ErrDocTooLarge);
    }
    let head = files::head(file, 16)
        .await
        .map_err(|_| Text::ErrDocUnreadable)?;
    let mime = sniff_mime(&head).ok_or(Text::ErrDocType)?;
    session
        .dossier
        .with_untracked(|d| d.documents.check_new(mime, size))
        .map_err(|p| p.document_text())
}

/// One document in the list: its thumbnail, name, dates, and what can be done with it.
#[component]
fn DocumentItem(
    file: DocumentRef,
    open: impl Fn(String) + Copy + Send + Sync + 'static,
    error: RwSignal<Option<Text>>,
    confirming: RwSignal<Option<EntryId>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let id = file.id.as_str().to_owned();
    let name = file.name.trim().to_owned();
    let is_pdf = file.mime == "application/pdf";
    let thumb = usable_thumb(&file.thumb).then(|| file.thumb.clone());
    let size = file.size;
    let added = file.added;
    let date = file.date;
    let note = Some(file.note.trim().to_owned()).filter(|n| !n.is_empty());
    let meta = move || {
        let lang = lang.get();
        let added = crate::platform::clock::date_at(added.0)
            .map(|d| formats::date_short(d, lang))
            .unwrap_or_default();
        let size = formats::size(size, lang);
        PageText::DocsAddedOn.fill(lang, &[&added, &size])
    };
    let letter_date = move || {
        date.map(|d| PageText::DocsDateOn.fill(lang.get(), &[&formats::date_short(d, lang.get())]))
    };
    let on_view = {
        let id = id.clone();
        Callback::new(move |()| open(id.clone()))
    };
    let on_delete = {
        let id = id.clone();
        Callback::new(move |()| {
            let id = id.clone();
            spawn_local(async move {
                match session.delete_document(&id).await {
                    Ok(()) => error.set(None),
                    Err(text) => error.set(Some(text)),
                }
            });
        })
    };
    let picture = match thumb {
        Some(src) => {
            view! { <img class="doc-thumb" src=src alt="" data-testid="doc-thumb"/> }.into_any()
        }
        None => view! {
            <span class="doc-thumb doc-kind" aria-hidden="true">
                {if is_pdf { "PDF" } else { "IMG" }}
            </span>
        }
        .into_any(),
    };
    view! {
        <li class="doc-item" id=entry_html_id(&file.id) tabindex="-1" data-testid="doc-item"
            data-document-id=id.clone()>
            <div class="doc-summary">
                {picture}
                <div class="doc-text">
                    <h3 data-testid="doc-name-shown">{name.clone()}</h3>
                    {is_pdf.then(|| view! { <p class="meta">{tr(PageText::DocsPdf)}</p> })}
                    <p class="meta">{letter_date}</p>
                    <p class="meta">{meta}</p>
                    {note.map(|note| view! { <p class="doc-note" data-testid="doc-note-shown">{note}</p> })}
                </div>
            </div>
            <EntryActions testid="doc" id=file.id.clone() title=name.clone() words=DOCUMENT_WORDS
                confirming on_edit=on_view on_delete edit_hook="view" edit_class="button primary"/>
        </li>
    }
}
