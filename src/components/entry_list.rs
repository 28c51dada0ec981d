//! A list of entries the client keeps (contacts, medication, appointments...): add, edit, and
//! delete with a confirmation on the page itself.
//!
//! A form edits its own copy of the entry; the dossier changes only when it is saved, so
//! typing never re-renders the list, however long it is.

use std::sync::Arc;

use leptos::prelude::*;
use regie_core::catalogue::{Lang, Phrase, Text};
use regie_core::editing::Mistake;
use regie_core::model::{Date, Dossier, EntryId};

use crate::components::{ErrorMessage, ReadAloud};
use crate::i18n::{tr, I18n};
use crate::platform::focus;
use crate::session::Session;

/// Scrolls to the element with this HTML id and puts the focus there, after the next paint.
pub fn focus_element(html_id: String) {
    request_animation_frame(move || focus::focus_id(&html_id));
}

/// The HTML id of an entry's card.
pub fn entry_html_id(id: &EntryId) -> String {
    format!("entry-{id}")
}

/// Which form is open.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Editing {
    Closed,
    /// A new entry, made with the add button of this index.
    New(usize),
    Entry(EntryId),
}

/// What a form is given: the entry to edit (or none for a new one), which add button opened
/// it, and what to call when it is done.
pub struct FormArgs<T> {
    pub initial: Option<T>,
    pub variant: usize,
    pub done: Callback<()>,
}

/// A list of entries with add, edit and delete.
///
/// Generic over the kind of entry only in this shell: it hands the list an erased view of its
/// entries (`Entries`), so the list's own code (buttons, forms, paging, the question before
/// deleting) is compiled once for every kind, not once per kind (docs/size.md).
#[component]
pub fn EntryList<T>(
    /// Prefix of the test hooks: `<testid>-add`, `-item`, `-edit`, `-delete`, `-form`...
    testid: &'static str,
    /// The list's heading, when the page holds more than one list.
    #[prop(optional, into)]
    heading: Option<Phrase>,
    /// Said when the list is empty, inviting the first entry.
    #[prop(into)]
    empty: Phrase,
    /// One add button per kind of entry (most lists have one).
    adds: Vec<Phrase>,
    #[prop(into)] items: Signal<Vec<T>>,
    id_of: fn(&T) -> &EntryId,
    title_of: fn(&T) -> String,
    card: fn(&T, Lang) -> AnyView,
    form: fn(FormArgs<T>) -> AnyView,
    remove: fn(&mut Dossier, &EntryId),
    /// The words of the buttons and of the question before deleting.
    #[prop(default = EntryWords::ENTRY)]
    words: EntryWords,
    /// Shows this many at first and more on request (long lists such as the journal).
    #[prop(optional)]
    page_size: Option<usize>,
    /// An entry to show, scroll to and focus when the list first appears (after a jump from
    /// search or the start screen); a list that does not hold it ignores it.
    #[prop(optional_no_strip)]
    reveal: Option<EntryId>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let to_shown = move |item: &T| {
        let item = Arc::new(item.clone());
        let edited = item.clone();
        Shown {
            id: id_of(&item).clone(),
            title: title_of(&item),
            card: Arc::new(move |lang| card(&item, lang)),
            edit: Arc::new(move |done| {
                form(FormArgs {
                    initial: Some(T::clone(&edited)),
                    variant: 0,
                    done,
                })
            }),
        }
    };
    let entries = Entries {
        first: Arc::new(move |n| items.with(|items| items.iter().take(n).map(to_shown).collect())),
        count: Signal::derive(move || items.with(Vec::len)),
        position: Arc::new(move |id| {
            items.with_untracked(|items| items.iter().position(|t| id_of(t) == id))
        }),
        new: Arc::new(move |variant, done| {
            form(FormArgs {
                initial: None,
                variant,
                done,
            })
        }),
    };
    entry_list(List {
        testid,
        heading,
        empty,
        adds,
        entries,
        remove,
        words,
        page_size,
        reveal,
    })
}

/// One entry as the list shows it, its kind left behind.
struct Shown {
    id: EntryId,
    title: String,
    /// Its card, in a language.
    card: Arc<dyn Fn(Lang) -> AnyView + Send + Sync>,
    /// Its form, opened to edit it; `done` closes it.
    edit: Arc<dyn Fn(Callback<()>) -> AnyView + Send + Sync>,
}

/// The first `n` entries, read in the reactive scope that calls it.
type First = Arc<dyn Fn(usize) -> Vec<Shown> + Send + Sync>;
/// Where the entry with this id is, read without tracking.
type Position = Arc<dyn Fn(&EntryId) -> Option<usize> + Send + Sync>;
/// The form for a new entry, of the add button with this index.
type NewForm = Arc<dyn Fn(usize, Callback<()>) -> AnyView + Send + Sync>;

/// The entries of one list, whatever their kind.
#[derive(Clone)]
struct Entries {
    first: First,
    /// How many entries there are.
    count: Signal<usize>,
    position: Position,
    new: NewForm,
}

/// What `EntryList` passes to the list's one copy of code.
struct List {
    testid: &'static str,
    heading: Option<Phrase>,
    empty: Phrase,
    adds: Vec<Phrase>,
    entries: Entries,
    remove: fn(&mut Dossier, &EntryId),
    words: EntryWords,
    page_size: Option<usize>,
    reveal: Option<EntryId>,
}

/// The list itself, compiled once: the add buttons, the open form, the entries with their
/// edit and delete, and the button that shows more.
fn entry_list(args: List) -> AnyView {
    let testid = args.testid;
    let entries = args.entries;
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let editing = RwSignal::new(Editing::Closed);
    let confirming = RwSignal::new(None::<EntryId>);
    let page = args.page_size.unwrap_or(usize::MAX);
    let shown = RwSignal::new(page);
    let count = entries.count;

    // Brought here by search or the home list: show that entry, even far down.
    if let Some(id) = args.reveal {
        if let Some(at) = (entries.position)(&id) {
            if at >= page {
                shown.set(at + 1);
            }
            focus_element(entry_html_id(&id));
        }
    }

    let add_id = move |index: usize| format!("{testid}-add-{index}");
    let close = move |focus: Option<String>| {
        editing.set(Editing::Closed);
        if let Some(focus) = focus {
            focus_element(focus);
        }
    };

    let add_buttons = {
        let adds = args.adds;
        move || {
            (editing.get() == Editing::Closed).then(|| {
                adds.iter()
                    .enumerate()
                    .map(|(index, label)| {
                        let label = *label;
                        let hook = if index == 0 {
                            format!("{testid}-add")
                        } else {
                            format!("{testid}-add-{index}")
                        };
                        view! {
                            <button class="button primary add" id=add_id(index) data-testid=hook
                                on:click=move |_| {
                                    confirming.set(None);
                                    editing.set(Editing::New(index));
                                }>
                                {tr(label)}
                            </button>
                        }
                    })
                    .collect_view()
            })
        }
    };

    let new_form = {
        let new = entries.new.clone();
        move || match editing.get() {
            Editing::New(variant) => {
                let done = Callback::new(move |()| close(Some(add_id(variant))));
                Some(view! { <div class="new-entry">{new(variant, done)}</div> })
            }
            _ => None,
        }
    };

    let entry_view = move |entry: Shown| {
        let Shown {
            id,
            title,
            card,
            edit,
        } = entry;
        let html_id = entry_html_id(&id);
        if editing.get() == Editing::Entry(id.clone()) {
            let focus = html_id.clone();
            let done = Callback::new(move |()| close(Some(focus.clone())));
            return view! { <li class="entry editing" id=html_id>{edit(done)}</li> }.into_any();
        }
        let data_id = id.to_string();
        let on_edit = {
            let id = id.clone();
            Callback::new(move |()| editing.set(Editing::Entry(id.clone())))
        };
        let on_delete = {
            let id = id.clone();
            Callback::new(move |()| {
                let id = id.clone();
                session.edit(move |d| (args.remove)(d, &id));
                focus_element(add_id(0));
            })
        };
        let body_id = format!("{html_id}-text");
        let read = vec![body_id.clone()];
        view! {
            <li class="entry" id=html_id tabindex="-1" data-testid=format!("{testid}-item")
                data-id=data_id>
                <div class="entry-body" id=body_id>{move || card(lang.get())}</div>
                <ReadAloud targets=read/>
                <EntryActions testid id title words=args.words confirming on_edit on_delete/>
            </li>
        }
        .into_any()
    };

    let list = {
        let first = entries.first.clone();
        move || {
            let visible = first(shown.get());
            if visible.is_empty() {
                return None;
            }
            Some(view! {
                <ul class="entries" data-testid=format!("{testid}-list")>
                    {visible.into_iter().map(entry_view).collect_view()}
                </ul>
            })
        }
    };

    let more = move || {
        let total = count.get();
        let limit = shown.get();
        (total > limit).then(|| {
            let status = move || {
                Text::EntryShowing.fill(lang.get(), &[&limit.to_string(), &total.to_string()])
            };
            view! {
                <p class="hint" aria-live="polite">{status}</p>
                <button class="button" data-testid=format!("{testid}-more")
                    on:click=move |_| shown.update(|shown| *shown = shown.saturating_add(page))>
                    {tr(Text::EntryShowMore)}
                </button>
            }
        })
    };

    let empty_note = move || {
        (count.get() == 0 && editing.get() == Editing::Closed).then(|| {
            view! { <p class="empty-note" data-testid=format!("{testid}-empty")>{tr(args.empty)}</p> }
        })
    };

    let heading_id = format!("{testid}-heading");
    view! {
        <div class="entry-group" data-testid=format!("{testid}-group")
            aria-labelledby=args.heading.map(|_| heading_id.clone())>
            {args.heading.map(|heading| view! { <h2 id=heading_id.clone()>{tr(heading)}</h2> })}
            {empty_note}
            <div class="actions">{add_buttons}</div>
            {new_form}
            {list}
            {more}
        </div>
    }
    .into_any()
}

/// The words of an entry's edit and delete buttons and of the question before deleting.
#[derive(Debug, Clone, Copy)]
pub struct EntryWords {
    pub edit: Text,
    /// The edit button's accessible name with the entry's title in it ("Doel aanpassen: {}");
    /// without one, the button's word and the title.
    pub edit_label: Option<Text>,
    pub delete: Text,
    pub delete_label: Option<Text>,
    pub confirm: Text,
    pub yes: Text,
    pub no: Text,
}

impl EntryWords {
    /// The words most lists use.
    pub const ENTRY: EntryWords = EntryWords {
        edit: Text::Edit,
        edit_label: None,
        delete: Text::Delete,
        delete_label: None,
        confirm: Text::EntryDeleteConfirm,
        yes: Text::DeleteYes,
        no: Text::Keep,
    };
}

/// An entry's edit and delete buttons, and in their place, after delete, the question whether
/// to delete it with a yes and a no. One entry asks at a time: `confirming` holds which.
#[component]
pub fn EntryActions(
    /// Prefix of the hooks: `<testid>-edit`, `-delete`, `-delete-confirm`, `-delete-cancel`.
    testid: &'static str,
    id: EntryId,
    /// The entry's title, in the buttons' accessible names.
    title: String,
    words: EntryWords,
    confirming: RwSignal<Option<EntryId>>,
    on_edit: Callback<()>,
    /// Deletes the entry, after the client said yes.
    on_delete: Callback<()>,
    /// The first button's hook after the prefix, for an entry that is opened, not edited.
    #[prop(default = "edit")]
    edit_hook: &'static str,
    #[prop(default = "button")] edit_class: &'static str,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let label = move |action: Text, label: Option<Text>, title: &str| match label {
        Some(label) => label.fill(lang.get(), &[title]),
        None => format!("{}: {}", action.get(lang.get()), title),
    };
    let edit_label = {
        let title = title.clone();
        move || label(words.edit, words.edit_label, &title)
    };
    let delete_label = move || label(words.delete, words.delete_label, &title);
    let asking = {
        let id = id.clone();
        move || confirming.with(|c| c.as_ref() == Some(&id))
    };
    let confirm_html_id = format!("confirm-{id}");
    let focus_confirm = confirm_html_id.clone();
    let delete_button_id = format!("delete-{id}");
    let back_to_delete = delete_button_id.clone();
    view! {
        <Show when=asking fallback=move || {
            let id = id.clone();
            let focus = focus_confirm.clone();
            view! {
                <div class="entry-actions">
                    <button type="button" class=edit_class data-testid=format!("{testid}-{edit_hook}")
                        aria-label=edit_label.clone()
                        on:click=move |_| {
                            confirming.set(None);
                            on_edit.run(());
                        }>
                        {tr(words.edit)}
                    </button>
                    <button type="button" class="button danger" id=delete_button_id.clone()
                        data-testid=format!("{testid}-delete")
                        aria-label=delete_label.clone()
                        on:click=move |_| {
                            confirming.set(Some(id.clone()));
                            focus_element(focus.clone());
                        }>
                        {tr(words.delete)}
                    </button>
                </div>
            }
        }>
            <div class="confirm" role="group" aria-labelledby=confirm_html_id.clone()>
                <p id=confirm_html_id.clone() tabindex="-1"><strong>{tr(words.confirm)}</strong></p>
                <div class="entry-actions">
                    <button type="button" class="button danger-solid"
                        data-testid=format!("{testid}-delete-confirm")
                        on:click=move |_| {
                            confirming.set(None);
                            on_delete.run(());
                        }>
                        {tr(words.yes)}
                    </button>
                    <button type="button" class="button" data-testid=format!("{testid}-delete-cancel")
                        on:click={
                            let focus = back_to_delete.clone();
                            move |_| {
                                confirming.set(None);
                                focus_element(focus.clone());
                            }
                        }>
                        {tr(words.no)}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// The frame of an add or edit form: title, fields, the first mistake, save and cancel.
#[component]
pub fn EntryForm(
    testid: &'static str,
    /// "Medicijn toevoegen" for a new entry; the entry's title when editing one.
    #[prop(into)]
    title: Phrase,
    editing: Option<String>,
    /// What the title speaks of, filled into it ("Score geven voor {}").
    #[prop(optional)]
    about: Option<Text>,
    error: RwSignal<Option<Text>>,
    on_save: Callback<()>,
    done: Callback<()>,
    /// The save button's word, when "Opslaan" alone would not say what is saved.
    #[prop(default = Text::Save)]
    save: Text,
    children: Children,
) -> impl IntoView {
    let lang = expect_context::<I18n>().lang;
    let heading = move || match (&editing, about) {
        (Some(name), _) => Text::EntryEditing.fill(lang.get(), &[name]),
        (None, Some(about)) => title.fill(lang.get(), &[about.get(lang.get())]),
        (None, None) => title.get(lang.get()).to_owned(),
    };
    let heading_id = format!("{testid}-form-title");
    let labelledby = heading_id.clone();
    let first_field = format!("{testid}-form");
    // The first field gets the focus, so typing can start at once.
    request_animation_frame(move || {
        let selector = format!(
            "[data-testid=\"{first_field}\"] input, [data-testid=\"{first_field}\"] select"
        );
        focus::focus_first(&selector);
    });
    view! {
        <form class="entry-form" data-testid=format!("{testid}-form") novalidate
            aria-labelledby=labelledby
            on:submit=move |ev| {
                ev.prevent_default();
                on_save.run(());
            }>
            <h3 id=heading_id>{heading}</h3>
            {children()}
            <ErrorMessage error=error/>
            <div class="actions">
                <button type="submit" class="button primary" data-testid=format!("{testid}-save")>
                    {tr(save)}
                </button>
                <button type="button" class="button" data-testid=format!("{testid}-cancel")
                    on:click=move |_| done.run(())>
                    {tr(Text::Cancel)}
                </button>
            </div>
        </form>
    }
}

/// Shows the first mistake of a form; true when there was none.
pub fn report(error: RwSignal<Option<Text>>, result: Result<(), Vec<Mistake>>) -> bool {
    match result {
        Ok(()) => {
            error.set(None);
            true
        }
        Err(mistakes) => {
            error.set(mistakes.first().map(|m| m.text()));
            false
        }
    }
}

/// A labelled input bound to a form's copy of one field.
#[component]
pub fn Input(
    #[prop(into)] label: Phrase,
    testid: &'static str,
    value: RwSignal<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = false)] required: bool,
    #[prop(default = false)] multiline: bool,
    #[prop(optional, into)] hint: Option<Phrase>,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let id = format!("f-{testid}");
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let input = if multiline {
        view! {
            <textarea id=id.clone() data-testid=testid bind:value=value rows="4"
                aria-describedby=hint_id.clone() aria-required=required.then_some("true")></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() data-testid=testid type=kind bind:value=value dir=typed_dir(kind)
                autocomplete=autocomplete aria-describedby=hint_id.clone()
                aria-required=required.then_some("true")/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>
                {tr(label)}
                {required.then(|| view! { " " <span class="required">{tr(Text::EntryRequired)}</span> })}
            </label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{tr(hint)}</p> })}
            {input}
        </div>
    }
}

/// A labelled checkbox bound to a form's copy of one field.
#[component]
pub fn Check(
    label: Text,
    testid: &'static str,
    value: RwSignal<bool>,
    #[prop(optional)] hint: Option<Text>,
) -> impl IntoView {
    let id = format!("f-{testid}");
    let hint_id = hint.map(|_| format!("{id}-hint"));
    view! {
        <div class="check">
            <input id=id.clone() type="checkbox" data-testid=testid bind:checked=value
                aria-describedby=hint_id.clone()/>
            <label for=id>{tr(label)}</label>
        </div>
        {hint.map(|hint| view! { <p class="hint check-hint" id=hint_id.clone()>{tr(hint)}</p> })}
    }
}

/// A labelled choice of a few options, bound to a form's copy of one field.
#[component]
pub fn Choice(
    #[prop(into)] label: Phrase,
    testid: &'static str,
    value: RwSignal<String>,
    options: Vec<(&'static str, Phrase)>,
) -> impl IntoView {
    let id = format!("f-{testid}");
    let options = options
        .into_iter()
        .map(|(key, text)| {
            view! {
                <option value=key selected=move || value.get() == key>{tr(text)}</option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <select id=id data-testid=testid
                on:change=move |ev| value.set(event_target_value(&ev))>
                {options}
            </select>
        </div>
    }
}

/// The direction of what is typed in an input of this kind: numbers, addresses and dates left
/// to right in every language; words as they are typed (Arabic right to left, Dutch left to
/// right, whatever the screen's language). Not on a textarea: there `dir="auto"` makes the
/// browser lay out each paragraph on its own, and a story of half a megabyte then takes
/// Chromium half a minute to paint; a textarea follows the screen, its text shown as shown.
pub fn typed_dir(kind: &str) -> &'static str {
    match kind {
        "text" | "search" => "auto",
        _ => "ltr",
    }
}

/// The text of a date for a date input: `YYYY-MM-DD`, or empty.
pub fn date_input(date: Option<Date>) -> String {
    date.map(|date| date.to_string()).unwrap_or_default()
}
