//! Parts of the app that a page's first part loads once its first screen is up.
//!
//! A page's own wasm is kept small so that a cheap phone on a slow network shows the first
//! screen soon; the rest of the page's code is a second wasm, fetched after the first paint
//! while the person reads or types, and asked to take over when it is needed. The build
//! names a part's script and wasm in a `<meta name="<part>" content="/x.js /x_bg.wasm">` on
//! the page (see `scripts/link-part.mjs`). Entry points of a part are async functions that
//! fail with the index of a catalogue text; every part has `mount`, which shows it on the
//! page.

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use regie_core::catalogue::Text;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
const loading = new Map();
export function load_part(js, wasm) {
  if (!loading.has(js)) {
    const part = import(js).then(async (module) => {
      await module.default({ module_or_path: wasm });
      return module;
    });
    // A failed download is tried again next time.
    part.catch(() => loading.delete(js));
    loading.set(js, part);
  }
  return loading.get(js);
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn load_part(js: &str, wasm: &str) -> Result<Promise, JsValue>;
}

/// A part, by the name of its binary (and of its `<meta>`).
#[derive(Clone, Copy, Debug)]
pub struct Part(pub &'static str);

impl Part {
    /// Its script and wasm, as the build wrote them into the page.
    pub(crate) fn files(self) -> Option<(String, String)> {
        let meta = document()
            .query_selector(&format!("meta[name={}]", self.0))
            .ok()??;
        let content = meta.get_attribute("content")?;
        let (js, wasm) = content.split_once(' ')?;
        Some((js.to_owned(), wasm.to_owned()))
    }

    /// The part, loaded (once) and started.
    pub async fn load(self) -> Result<JsValue, Text> {
        let (js, wasm) = self.files().ok_or(Text::ErrAppLoad)?;
        let promise = load_part(&js, &wasm).map_err(|_| Text::ErrAppLoad)?;
        JsFuture::from(promise).await.map_err(|_| Text::ErrAppLoad)
    }

    /// Starts the download once the first screen has painted, so that it does not compete
    /// with the first screen's own. The signal turns true when the part has arrived.
    pub fn fetch_ahead(self) -> ReadSignal<bool> {
        let (loaded, set_loaded) = signal(false);
        super::timers::after_next_paint(move || {
            leptos::task::spawn_local(async move {
                if self.load().await.is_ok() {
                    set_loaded.set(true);
                }
            })
        });
        loaded
    }

    /// Calls one of its entry points that answers at once, and gives its answer.
    pub async fn answer(self, name: &str, args: &[JsValue]) -> Result<JsValue, Text> {
        let part = self.load().await?;
        let function: Function = Reflect::get(&part, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or(Text::ErrAppLoad)?;
        let args: Array = args.iter().collect();
        function
            .apply(&JsValue::NULL, &args)
            .map_err(|_| Text::ErrAppLoad)
    }

    /// Calls one of its entry points.
    pub async fn call(self, name: &str, args: &[JsValue]) -> Result<(), Text> {
        let part = self.load().await?;
        let function: Function = Reflect::get(&part, &JsValue::from_str(name))
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or(Text::ErrAppLoad)?;
        let args: Array = args.iter().collect();
        let promise = function
            .apply(&JsValue::NULL, &args)
            .map_err(|_| Text::ErrAppLoad)?;
        JsFuture::from(Promise::from(promise))
            .await
            .map(|_| ())
            .map_err(|e| {
                e.as_f64()
                    .and_then(|i| Text::ALL.get(i as usize).copied())
                    .unwrap_or(Text::ErrAppLoad)
            })
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
            let _ = part.call("mount", &[]).await;
        })
    });
}

/// An entry point's error, for the first part: the index of a catalogue text.
pub fn error_code(text: Text) -> JsValue {
    JsValue::from(text as u32)
}
