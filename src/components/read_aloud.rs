//! "Voorlezen": reads the text of one or more elements aloud with the device's own voice in
//! the screen's language, sentence by sentence, and shows the sentences with the one being
//! read marked, with pause, stop and a slower speed. Where the device has no voice for the
//! language, a plain sentence says how to add one.

use std::rc::Rc;

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::read_aloud::sentences;
use wasm_bindgen::JsCast;

use crate::i18n::{tr, I18n};
use crate::platform::speech::{self, Missing, Voice};

/// What the reader shows: the sentences, which one is being read, paused or not.
#[derive(Clone, Copy)]
struct Panel {
    sentences: RwSignal<Vec<String>>,
    at: RwSignal<Option<usize>>,
    paused: RwSignal<bool>,
    turn: RwSignal<Option<u64>>,
}

impl Panel {
    fn close(self) {
        self.turn.try_set(None);
        self.at.try_set(None);
        self.paused.try_set(false);
        self.sentences.try_set(Vec::new());
    }
}

/// The text of the elements with these HTML ids, as it is shown, one after the other.
fn shown_text(targets: &[String]) -> String {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return String::new();
    };
    targets
        .iter()
        .filter_map(|id| document.get_element_by_id(id))
        .filter_map(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| el.inner_text())
        .collect::<Vec<_>>()
        .join("\n")
}

fn read_from(panel: Panel, voice: Rc<Voice>, turn: u64, index: usize) {
    let sentence = panel
        .sentences
        .try_with_untracked(|list| list.get(index).cloned())
        .flatten();
    let Some(sentence) = sentence else {
        speech::stop(turn);
        panel.close();
        return;
    };
    let next = voice.clone();
    speech::say(
        turn,
        &sentence,
        &voice,
        move || {
            panel.at.try_set(Some(index));
        },
        move |read| {
            if read {
                read_from(panel, next, turn, index + 1);
            } else {
                speech::stop(turn);
                panel.close();
            }
        },
    );
}

/// A "Voorlezen" button (`read-aloud`) for the text of the elements `targets` (HTML ids);
/// pressed, the reading panel opens under it with `read-aloud-stop`.
#[component]
pub fn ReadAloud(
    /// The HTML ids of the elements whose text is read, in order.
    targets: Vec<String>,
    /// Without a button of its own, reading at once: for the first screen, whose own button
    /// asked (see `crate::gate::ReadAloudLater`).
    #[prop(default = false)]
    at_once: bool,
) -> impl IntoView {
    let targets = StoredValue::new(targets);
    let lang = expect_context::<I18n>().lang;
    let panel = Panel {
        sentences: RwSignal::new(Vec::new()),
        at: RwSignal::new(None),
        paused: RwSignal::new(false),
        turn: RwSignal::new(None),
    };
    let missing = RwSignal::new(None::<Missing>);
    let slow = RwSignal::new(speech::is_slow());
    let reading = move || panel.turn.get().is_some();
    let (pause_word, resume_word) = (tr(Text::ReadAloudPause), tr(Text::ReadAloudResume));

    let start = move || {
        if let Some(turn) = panel.turn.get_untracked() {
            speech::stop(turn);
        }
        panel.close();
        let list = sentences(&targets.with_value(|targets| shown_text(targets)));
        if list.is_empty() {
            return;
        }
        let code = lang.get_untracked().code();
        leptos::task::spawn_local(async move {
            match speech::voice_for(code).await {
                Err(why) => {
                    missing.try_set(Some(why));
                }
                Ok(voice) => {
                    missing.try_set(None);
                    let turn = speech::begin(move || panel.close());
                    panel.sentences.try_set(list);
                    panel.turn.try_set(Some(turn));
                    read_from(panel, Rc::new(voice), turn, 0);
                }
            }
        });
    };
    let stop = move |_| {
        if let Some(turn) = panel.turn.get_untracked() {
            speech::stop(turn);
        }
        panel.close();
    };
    let pause = move |_| {
        if panel.paused.get_untracked() {
            speech::resume();
            panel.paused.set(false);
        } else {
            speech::pause();
            panel.paused.set(true);
        }
    };
    if at_once {
        start();
    }
    on_cleanup(move || {
        if let Some(Some(turn)) = panel.turn.try_get_untracked() {
            speech::stop(turn);
        }
    });

    let sentence_list = move || {
        let at = panel.at.get();
        panel.sentences.with(|list| {
            list.iter()
                .enumerate()
                .map(|(index, sentence)| {
                    let now = at == Some(index);
                    view! {
                        <li class:now=now aria-current=now.then_some("true")>{sentence.clone()}</li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <div class="read-aloud">
            {(!at_once).then(|| view! {
                <button type="button" class="button read-aloud-start" data-testid="read-aloud"
                    on:click=move |_| start()>
                    {tr(Text::ReadAloud)}
                </button>
            })}
            {move || missing.get().map(|why| {
                let text = match why {
                    Missing::Speech => Text::ReadAloudNoSpeech,
                    Missing::Voice => Text::ReadAloudNoVoice,
                };
                view! { <p class="notice" role="status" data-testid="read-aloud-no-voice">{tr(text)}</p> }
            })}
            <Show when=reading>
                <div class="read-aloud-panel" data-testid="read-aloud-panel">
                    <ol class="read-aloud-sentences" aria-label=tr(Text::ReadAloudSentences) tabindex="0">
                        {sentence_list}
                    </ol>
                    <div class="read-aloud-controls">
                        <button type="button" class="button" data-testid="read-aloud-pause" on:click=pause>
                            {move || if panel.paused.get() { resume_word() } else { pause_word() }}
                        </button>
                        <button type="button" class="button" data-testid="read-aloud-stop" on:click=stop>
                            {tr(Text::ReadAloudStop)}
                        </button>
                        <label class="check read-aloud-slow">
                            <input type="checkbox" data-testid="read-aloud-slow" prop:checked=slow
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    slow.set(on);
                                    speech::set_slow(on);
                                }/>
                            {tr(Text::ReadAloudSlower)}
                        </label>
                    </div>
                </div>
            </Show>
        </div>
    }
}
