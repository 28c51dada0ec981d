//! Reading aloud with the browser's own speech (`speechSynthesis`): the device's voices,
//! never a cloud service of ours; what is read is the dossier. One reading at a time: a new
//! one, or the dossier locking ([`stop_all`]), ends the one before.
//!
//! The bindings are declared here rather than taken from web-sys, and called by name on
//! whatever `window.speechSynthesis` is (the end-to-end test gives the page a recorder).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use regie_core::read_aloud;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    type SpeechSynthesis;
    #[wasm_bindgen(method, js_name = getVoices)]
    fn get_voices(this: &SpeechSynthesis) -> js_sys::Array;
    #[wasm_bindgen(method)]
    fn speak(this: &SpeechSynthesis, utterance: &SpeechSynthesisUtterance);
    #[wasm_bindgen(method)]
    fn cancel(this: &SpeechSynthesis);
    #[wasm_bindgen(method)]
    fn pause(this: &SpeechSynthesis);
    #[wasm_bindgen(method)]
    fn resume(this: &SpeechSynthesis);
    #[wasm_bindgen(method, setter)]
    fn set_onvoiceschanged(this: &SpeechSynthesis, handler: &JsValue);

    type SpeechSynthesisUtterance;
    #[wasm_bindgen(constructor)]
    fn new(text: &str) -> SpeechSynthesisUtterance;
    #[wasm_bindgen(method, setter)]
    fn set_lang(this: &SpeechSynthesisUtterance, lang: &str);
    #[wasm_bindgen(method, setter)]
    fn set_voice(this: &SpeechSynthesisUtterance, voice: &SpeechSynthesisVoice);
    #[wasm_bindgen(method, setter)]
    fn set_rate(this: &SpeechSynthesisUtterance, rate: f32);
    #[wasm_bindgen(method, setter)]
    fn set_onstart(this: &SpeechSynthesisUtterance, handler: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_onend(this: &SpeechSynthesisUtterance, handler: &JsValue);
    #[wasm_bindgen(method, setter)]
    fn set_onerror(this: &SpeechSynthesisUtterance, handler: &JsValue);

    #[derive(Clone)]
    type SpeechSynthesisVoice;
    #[wasm_bindgen(method, getter)]
    fn lang(this: &SpeechSynthesisVoice) -> String;
    #[wasm_bindgen(method, getter, js_name = localService)]
    fn local_service(this: &SpeechSynthesisVoice) -> bool;
    #[wasm_bindgen(method, getter)]
    fn default(this: &SpeechSynthesisVoice) -> bool;
}

/// A voice of the device, chosen for a language.
#[derive(Clone)]
pub struct Voice {
    voice: SpeechSynthesisVoice,
    lang: String,
}

/// Why nothing can be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// The browser has no speech at all.
    Speech,
    /// The device has no voice for the language.
    Voice,
}

/// An utterance being read and its three handlers (start, end, error).
type Speaking = (SpeechSynthesisUtterance, [Closure<dyn FnMut()>; 3]);

thread_local! {
    /// Which reading is the current one; handlers of an older one do nothing.
    static TURN: Cell<u64> = const { Cell::new(0) };
    /// How the current reading's owner is told that it ended from outside.
    static ENDED: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
    /// The utterance being read and its handlers, kept alive until the next one.
    static SPEAKING: RefCell<Option<Speaking>> = const { RefCell::new(None) };
    /// Slower reading, chosen once for every text read on this page.
    static SLOW: Cell<bool> = const { Cell::new(false) };
}

fn synth() -> Option<SpeechSynthesis> {
    let value =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("speechSynthesis")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| value.unchecked_into())
}

/// The voice to read `lang` (a language code) with: the device's own voices first (see
/// [`read_aloud::pick_voice`]). A browser may list its voices a moment after the page opens,
/// so an empty list is asked for again once it changes, or after a second and a half.
pub async fn voice_for(lang: &str) -> Result<Voice, Missing> {
    let synth = synth().ok_or(Missing::Speech)?;
    let mut list = synth.get_voices();
    if list.length() == 0 {
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            synth.set_onvoiceschanged(&resolve);
            if let Some(window) = web_sys::window() {
                let _ =
                    window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1500);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
        synth.set_onvoiceschanged(&JsValue::NULL);
        list = synth.get_voices();
    }
    let voices: Vec<SpeechSynthesisVoice> = list.iter().map(JsCast::unchecked_into).collect();
    let langs: Vec<String> = voices.iter().map(SpeechSynthesisVoice::lang).collect();
    let known: Vec<read_aloud::Voice<'_>> = voices
        .iter()
        .zip(&langs)
        .map(|(voice, lang)| read_aloud::Voice {
            lang,
            local: voice.local_service(),
            default: voice.default(),
        })
        .collect();
    let index = read_aloud::pick_voice(&known, lang).ok_or(Missing::Voice)?;
    Ok(Voice {
        voice: voices[index].clone(),
        lang: langs[index].clone(),
    })
}

/// Starts a new reading: ends the one before (its owner's `ended` is called) and returns
/// this one's turn, which [`say`] and [`stop`] take.
pub fn begin(ended: impl FnOnce() + 'static) -> u64 {
    stop_all();
    ENDED.with(|slot| *slot.borrow_mut() = Some(Box::new(ended)));
    TURN.with(|turn| turn.get())
}

/// Whether `turn` is still the reading under way.
pub fn is_current(turn: u64) -> bool {
    TURN.with(|t| t.get()) == turn && ENDED.with(|slot| slot.borrow().is_some())
}

/// Reads one sentence of reading `turn`: `started` when the voice begins it, then `done`
/// with `true` once it was read to the end, `false` when it could not be (both only while
/// the reading is still the current one).
pub fn say(
    turn: u64,
    text: &str,
    voice: &Voice,
    started: impl FnOnce() + 'static,
    done: impl FnOnce(bool) + 'static,
) {
    let Some(synth) = synth() else {
        done(false);
        return;
    };
    let utterance = SpeechSynthesisUtterance::new(text);
    utterance.set_lang(&voice.lang);
    utterance.set_voice(&voice.voice);
    utterance.set_rate(if is_slow() {
        read_aloud::SLOW_RATE
    } else {
        1.0
    });
    let started = Cell::new(Some(started));
    let on_start = Closure::<dyn FnMut()>::new(move || {
        if let Some(started) = started.take().filter(|_| is_current(turn)) {
            started();
        }
    });
    let done = Rc::new(Cell::new(Some(done)));
    let finish = move |read: bool| {
        let done = done.clone();
        move || {
            if let Some(done) = done.take().filter(|_| is_current(turn)) {
                // After this handler has returned: the next sentence replaces it.
                wasm_bindgen_futures::spawn_local(async move { done(read) });
            }
        }
    };
    let on_end = Closure::<dyn FnMut()>::new(finish(true));
    let on_error = Closure::<dyn FnMut()>::new(finish(false));
    utterance.set_onstart(on_start.as_ref());
    utterance.set_onend(on_end.as_ref());
    utterance.set_onerror(on_error.as_ref());
    synth.speak(&utterance);
    SPEAKING.with(|slot| *slot.borrow_mut() = Some((utterance, [on_start, on_end, on_error])));
}

pub fn pause() {
    if let Some(synth) = synth() {
        synth.pause();
    }
}

pub fn resume() {
    if let Some(synth) = synth() {
        synth.resume();
    }
}

/// Ends reading `turn` if it is still under way (its owner's `ended` is not called: it
/// asked).
pub fn stop(turn: u64) {
    if is_current(turn) {
        ENDED.with(|slot| slot.borrow_mut().take());
        end_speech();
    }
}

/// Ends whatever is being read, and tells its owner (the dossier locked, another reading
/// began).
pub fn stop_all() {
    let ended = ENDED.with(|slot| slot.borrow_mut().take());
    end_speech();
    if let Some(ended) = ended {
        ended();
    }
}

fn end_speech() {
    TURN.with(|turn| turn.set(turn.get() + 1));
    if let Some(synth) = synth() {
        synth.cancel();
    }
    // The handlers stay until the next reading: the browser may still call them once, as
    // it cancels.
}

pub fn is_slow() -> bool {
    SLOW.with(Cell::get)
}

/// Slower from the next sentence on.
pub fn set_slow(slow: bool) {
    SLOW.with(|s| s.set(slow));
}
