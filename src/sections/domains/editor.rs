use leptos::prelude::*;
use regie_core::catalogue::levels::level_words;
use regie_core::catalogue::words::latest_score_words;
use regie_core::catalogue::{formats, PageText, Text};
use regie_core::model::{Domain, DomainScore, EntryId, Score, ScoreDraft};

use crate::components::{
    date_field_is_bad, entry_html_id, focus_element, new_entry_id, overview_chart, store_checked,
    today, trend_chart, EntryActions, EntryForm, EntryWords, Reader, UNREADABLE_DATE,
};
use crate::i18n::{tr, I18n};
use crate::sections::card_parts::accepted_from;
use crate::session::Session;

const SCORE_WORDS: EntryWords = EntryWords {
    edit: Text::Edit,
    edit_label: Some(Text::DomEditLabel),
    delete: Text::Delete,
    delete_label: Some(Text::DomDeleteLabel),
    confirm: Text::DomDeleteConfirm,
    yes: Text::DeleteYes,
    no: Text::Keep,
};

/// Which score form is open; one at a time, so the form's hooks are unique on the page.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Editing {
    Nothing,
    New(Domain),
    Score(EntryId),
}

/// The client's scores per domain, with a score to give, and the history to edit.
#[component]
pub fn Editor(reveal: Option<EntryId>) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let editing = RwSignal::new(Editing::Nothing);
    let confirming = RwSignal::new(None::<EntryId>);
    // Brought here by search or the start screen: that score in its domain's history.
    if let Some(id) = reveal {
        focus_element(entry_html_id(&id));
    }
    let empty = move || session.dossier.with(|d| d.domains.scores.is_empty());
    let overview = move || {
        let lang = lang.get();
        session.dossier.with(|d| {
            (!d.domains.scores.is_empty()).then(|| overview_chart(&d.domains, lang, Reader::Client))
        })
    };
    let scale = Score::all()
        .map(|score| {
            view! {
                <li><strong class="score-number">{score.get()}</strong>" "{tr(score.meaning(Reader::Client))}</li>
            }
        })
        .collect_view();
    view! {
        <section data-testid="section-domains" aria-labelledby="domains-title" class="domains">
            <h1 id="domains-title">{tr(Text::SectionDomains)}</h1>
            <p>{tr(PageText::DomIntro)}</p>
            <details class="scale" data-testid="domains-scale">
                <summary>{tr(PageText::DomScaleTitle)}</summary>
                <ol class="plain">{scale}</ol>
            </details>
            <Show when=empty>
                <p class="notice" data-testid="domains-empty">{tr(PageText::DomEmpty)}</p>
            </Show>
            {overview}
            // The thirteen domains of the matrix, then Dagbesteding of the earlier one while
            // it has scores, as history.
            <ul class="domain-list">
                <For each=move || session.dossier.with(|d| d.domains.shown())
                    key=|domain| *domain
                    children=move |domain| view! { <DomainCard domain editing confirming/> }/>
            </ul>
        </section>
    }
}

#[component]
fn DomainCard(
    domain: Domain,
    editing: RwSignal<Editing>,
    confirming: RwSignal<Option<EntryId>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let key = domain.key();
    let title_id = format!("domain-{key}-title");
    let labelledby = title_id.clone();
    let name = move || domain.name(Reader::Client).get(lang.get());
    let latest = move |by_me: bool| {
        move || {
            let lang = lang.get();
            let who = if by_me {
                Text::DomMyScore
            } else {
                Text::ViewColProScore
            };
            let words = session.dossier.with(|d| {
                latest_score_words(d.domains.latest(domain, by_me), lang, Reader::Client)
            });
            format!("{}: {words}", who.get(lang))
        }
    };
    // The form for this domain, when the open one belongs here.
    let form = move || {
        let open = editing.get();
        let existing = match &open {
            Editing::New(d) if *d == domain => None,
            Editing::Score(id) => {
                let found = session
                    .dossier
                    .with_untracked(|d| d.domains.find(id).cloned());
                match found {
                    Some(score) if score.domain == domain => Some(score),
                    _ => return None,
                }
            }
            _ => return None,
        };
        Some(view! { <ScoreForm domain existing editing/> })
    };
    let history = move || {
        let lang = lang.get();
        session.dossier.with(|d| {
            let mut entries: Vec<DomainScore> =
                d.domains.history(domain).into_iter().cloned().collect();
            if entries.is_empty() {
                return None;
            }
            entries.reverse();
            let trend = trend_chart(&d.domains, domain, lang, Reader::Client);
            let items = entries
                .into_iter()
                .map(|score| view! { <ScoreEntry score editing confirming/> })
                .collect_view();
            Some(view! {
                <h3>{PageText::DomTrendTitle.get(lang)}</h3>
                {trend}
                <h3>{PageText::DomHistory.get(lang)}</h3>
                <ul class="score-entries">{items}</ul>
            })
        })
    };
    let give_label = move || PageText::DomGiveScoreFor.fill(lang.get(), &[name()]);
    view! {
        <li class="domain-card" data-testid=format!("domain-{key}") data-domain=key
            aria-labelledby=labelledby>
            <h2 id=title_id>{name}</h2>
            <p class="latest" data-testid=format!("domain-latest-own-{key}")>{latest(true)}</p>
            <p class="latest" data-testid=format!("domain-latest-pro-{key}")>{latest(false)}</p>
            {move || domain.earlier_words(lang.get(), Reader::Client).map(|words| {
                view! { <p class="hint" data-testid=format!("domain-earlier-{key}")>{words}</p> }
            })}
            <Show when=move || domain.is_current() && editing.with(|e| *e != Editing::New(domain))>
                <button type="button" class="button" data-testid=format!("domain-score-{key}")
                    aria-label=give_label
                    on:click=move |_| {
                        confirming.set(None);
                        editing.set(Editing::New(domain));
                    }>
                    {tr(PageText::DomGiveScore)}
                </button>
            </Show>
            {form}
            {history}
        </li>
    }
}

#[component]
fn ScoreEntry(
    score: DomainScore,
    editing: RwSignal<Editing>,
    confirming: RwSignal<Option<EntryId>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let value = score.score.get();
    let score_value = score.score;
    let by_key = if score.scored_by.is_me() {
        "me"
    } else {
        "professional"
    };
    let date = score.date;
    let what = move || score_value.words(lang.get(), Reader::Client);
    let by = {
        let scored_by = score.scored_by.clone();
        move || scored_by.words(lang.get())
    };
    let note = (!score.note.trim().is_empty()).then(|| {
        let note = score.note.clone();
        view! { <p class="note">{note}</p> }
    });
    let id = score.id.clone();
    let when = formats::date_short(date, lang.get_untracked());
    let on_edit = {
        let id = id.clone();
        Callback::new(move |()| editing.set(Editing::Score(id.clone())))
    };
    let on_delete = {
        let id = id.clone();
        Callback::new(move |()| {
            let id = id.clone();
            if editing.with_untracked(|e| *e == Editing::Score(id.clone())) {
                editing.set(Editing::Nothing);
            }
            session.edit(move |d| {
                d.domains.remove(&id);
            });
        })
    };
    view! {
        <li class="score-entry" id=entry_html_id(&score.id) tabindex="-1" data-testid="score-entry" data-score=value.to_string() data-by=by_key>
            <p class="score-line">
                <time datetime=date.to_string()><strong>{move || formats::date_short(date, lang.get())}</strong></time>
                " · "<span class="score-number">{value}</span>" "{what}
            </p>
            <p class="meta">{by}</p>
            {accepted_from(&score.id, lang.get_untracked())}
            {note}
            <EntryActions testid="score" id title=when.clone() words=SCORE_WORDS confirming
                on_edit on_delete/>
        </li>
    }
}

/// A new score for `domain`, or a change to `existing`.
#[component]
fn ScoreForm(
    domain: Domain,
    existing: Option<DomainScore>,
    editing: RwSignal<Editing>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let lang = expect_context::<I18n>().lang;
    let today = today();
    let start = existing
        .as_ref()
        .map(ScoreDraft::from_score)
        .unwrap_or_else(|| ScoreDraft {
            date: today.to_string(),
            by_me: true,
            ..ScoreDraft::default()
        });
    let id = existing
        .as_ref()
        .map(|s| s.id.clone())
        .unwrap_or_else(new_entry_id);
    let is_new = existing.is_none();
    let draft = RwSignal::new(start);
    let error = RwSignal::new(None::<Text>);
    let heading = if is_new {
        Text::DomFormNew
    } else {
        Text::DomFormEdit
    };
    let submit = Callback::new(move |()| {
        if date_field_is_bad("score-date") {
            draft.update(|d| d.date = UNREADABLE_DATE.into());
        }
        let checked = draft.with_untracked(|d| d.check(id.clone(), domain, today));
        store_checked(
            session,
            error,
            checked.map_err(|problem| problem.text()),
            |d, score| d.domains.upsert(score),
            move || editing.set(Editing::Nothing),
        );
    });
    let done = Callback::new(move |()| editing.set(Editing::Nothing));
    let choices = Score::all()
        .map(|score| {
            let n = score.get();
            let input_id = format!("score-value-{n}");
            view! {
                <div class="choice">
                    <input type="radio" name="score-value" id=input_id.clone()
                        data-testid=input_id.clone() value=n.to_string()
                        prop:checked=move || draft.with(|d| d.score == n.to_string())
                        on:change=move |_| draft.update(|d| d.score = n.to_string())/>
                    <label for=input_id>
                        <strong class="score-number">{n}</strong>" "{tr(score.meaning(Reader::Client))}
                        {move || level_words(domain, score, lang.get())
                            .map(|words| view! { <span class="level" data-testid=format!("score-level-{n}")>{words}</span> })}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <EntryForm testid="score" title=heading editing=None about=domain.name(Reader::Client) error on_save=submit
            done save=Text::DomSave>
            <fieldset>
                <legend>{tr(PageText::DomQuestion)}</legend>
                {choices}
            </fieldset>
            <div class="field">
                <label for="score-date">{tr(Text::DateLabel)}</label>
                <input type="date" id="score-date" data-testid="score-date"
                    max=today.to_string()
                    prop:value=move || draft.with(|d| d.date.clone())
                    on:input=move |ev| draft.update(|d| d.date = event_target_value(&ev))/>
            </div>
            <fieldset>
                <legend>{tr(PageText::DomWho)}</legend>
                <div class="choice">
                    <input type="radio" name="score-by" id="score-by-me" data-testid="score-by-me"
                        prop:checked=move || draft.with(|d| d.by_me)
                        on:change=move |_| draft.update(|d| d.by_me = true)/>
                    <label for="score-by-me">{tr(Text::Myself)}</label>
                </div>
                <div class="choice">
                    <input type="radio" name="score-by" id="score-by-pro" data-testid="score-by-pro"
                        prop:checked=move || draft.with(|d| !d.by_me)
                        on:change=move |_| draft.update(|d| d.by_me = false)/>
                    <label for="score-by-pro">{tr(Text::AProfessional)}</label>
                </div>
            </fieldset>
            <Show when=move || draft.with(|d| !d.by_me)>
                <div class="field">
                    <label for="score-pro-name">{tr(PageText::DomProName)}</label>
                    <input type="text" id="score-pro-name" data-testid="score-pro-name"
                        autocomplete="off"
                        prop:value=move || draft.with_untracked(|d| d.professional.clone())
                        on:input=move |ev| draft.update(|d| d.professional = event_target_value(&ev))/>
                </div>
            </Show>
            <div class="field">
                <label for="score-note">{tr(Text::NoteOptional)}</label>
                <textarea id="score-note" data-testid="score-note" rows="3"
                    prop:value=move || draft.with_untracked(|d| d.note.clone())
                    on:input=move |ev| draft.update(|d| d.note = event_target_value(&ev))></textarea>
            </div>
        </EntryForm>
    }
}
