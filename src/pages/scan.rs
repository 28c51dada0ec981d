//! Scanning a helper's card with the camera while recovering. The QR decoder is a part of its
//! own, fetched only when the camera is asked for; the camera stops as soon as a QR code is
//! read, or when the person stops it.

use std::time::Duration;

use leptos::prelude::*;
use regie_core::catalogue::{RecoveryText, Text};
use wasm_bindgen::JsValue;

use super::said::SaidMessage;
use crate::i18n::tr;
use crate::i18n::Said;
use crate::part;
use crate::platform::camera::{self, Camera};
use crate::platform::parts::unknown;
use crate::platform::timers::use_interval;

// The QR decoder's part: the text of a QR code in a camera frame given as grey values, one
// byte a pixel.
part!(SCAN, scan in "app", scan_ready, scan_run, |entry, args| match entry.as_str() {
    "decode" => {
        let grey = js_sys::Uint8Array::new(args.first().unwrap_or(&JsValue::UNDEFINED)).to_vec();
        let side = |i: usize| args.get(i).and_then(JsValue::as_f64).unwrap_or(0.0) as usize;
        let text = regie_core::recovery::scan::decode_grey(&grey, side(1), side(2));
        Ok(text.map_or(JsValue::NULL, JsValue::from))
    }
    _ => unknown(&entry),
});

/// The scan button, and while scanning, the camera's picture. `read` gets each QR code's
/// text; it decides whether it is a card.
#[component]
pub fn ScanCard(read: impl Fn(String) + Copy + Send + Sync + 'static) -> impl IntoView {
    let scanning = RwSignal::new(false);
    let error = RwSignal::new(None::<Said>);
    let found = move |text: String| {
        scanning.set(false);
        read(text);
    };
    view! {
        <Show when=move || !scanning.get()>
            <button type="button" class="button secondary wide" data-testid="recover-scan"
                on:click=move |_| { error.set(None); scanning.set(true); }>
                {tr(RecoveryText::RecoverScan)}
            </button>
        </Show>
        <SaidMessage said=error/>
        <Show when=move || scanning.get()>
            <Scanner found error stop=move || scanning.set(false)/>
        </Show>
    }
}

#[component]
fn Scanner(
    found: impl Fn(String) + Copy + 'static,
    error: RwSignal<Option<Said>>,
    stop: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let video = NodeRef::<leptos::html::Video>::new();
    let camera = StoredValue::new_local(None::<Camera>);
    let busy = StoredValue::new_local(false);
    let done = StoredValue::new_local(false);
    Effect::new(move |_| {
        let Some(element) = video.get() else { return };
        let element: JsValue = element.into();
        leptos::task::spawn_local(async move {
            // The decoder first, so the camera is not on while it downloads.
            let started = match SCAN.load::<Text>().await {
                Ok(_) => Camera::start(&element).await.map_err(Said::from),
                Err(text) => Err(Said::from(text)),
            };
            match started {
                Ok(running) if !done.try_get_value().unwrap_or(true) => {
                    camera.try_set_value(Some(running));
                }
                Ok(_) => {}
                Err(text) => {
                    error.set(Some(text));
                    stop();
                }
            }
        });
    });
    use_interval(Duration::from_millis(200), move || {
        let ready = camera.try_with_value(Option::is_some).unwrap_or(false);
        if !ready || busy.get_value() || done.get_value() {
            return;
        }
        let Some(element) = video.get_untracked() else {
            return;
        };
        let Some((grey, width, height)) = camera::frame(&element.into()) else {
            return;
        };
        busy.set_value(true);
        leptos::task::spawn_local(async move {
            let args = vec![grey.into(), JsValue::from(width), JsValue::from(height)];
            let text = SCAN
                .answer::<Text>("decode", args)
                .await
                .ok()
                .and_then(|v| v.as_string());
            let _ = busy.try_set_value(false);
            if let Some(text) = text {
                if !done.try_get_value().unwrap_or(true) {
                    done.set_value(true);
                    camera.set_value(None);
                    found(text);
                }
            }
        });
    });
    on_cleanup(move || {
        let _ = done.try_set_value(true);
        let _ = camera.try_set_value(None);
    });
    view! {
        <div class="scanner">
            <p role="status">{tr(RecoveryText::ScanHint)}</p>
            <video node_ref=video class="scan-video" data-testid="scan-video" aria-hidden="true"
                muted=true playsinline=true></video>
            <button type="button" class="button secondary" data-testid="scan-stop"
                on:click=move |_| stop()>
                {tr(RecoveryText::ScanStop)}
            </button>
        </div>
    }
}
