//! The worker's side: what the app's wasm module does when it runs in the worker (see
//! [`super::worker`]). It answers each message with one step of the key derivation
//! ([`super::kdf`]) or of a backup stream ([`super::backup_jobs`]).

use js_sys::Object;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::parts::unknown;
use super::worker::set;
use super::{backup_jobs, kdf};
use crate::part;

// The worker's code is a part of its own: the app's module starts in the worker with the
// first screen's code only, and loads this (mostly age, scrypt and tar) from the page's
// cache.
part!(WORKER, worker in "app", worker_ready, worker_run, |entry, _args| match entry.as_str() {
    "serve" => {
        serve();
        Ok(JsValue::UNDEFINED)
    }
    _ => unknown(&entry),
});

/// What the app's `main` does in the worker: loads the worker's part and serves the page.
/// If the part cannot load, the page is told, and does the work itself.
pub fn run() {
    wasm_bindgen_futures::spawn_local(async {
        if WORKER
            .call::<regie_core::catalogue::Text>("serve", Vec::new())
            .await
            .is_err()
        {
            let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            let failed = Object::new();
            set(&failed, "failed", &JsValue::TRUE);
            let _ = scope.post_message(&failed);
        }
    });
}

/// The worker's main loop: installs the message handler, then tells the page it listens.
fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let request = ev.data();
            let id = js_sys::Reflect::get(&request, &"id".into()).unwrap_or(JsValue::UNDEFINED);
            let op = js_sys::Reflect::get(&request, &"op".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let (reply, transfer) = backup_jobs::serve_one(&op, &request)
                .unwrap_or_else(|| kdf::serve_one(&op, &request));
            set(&reply, "id", &id);
            let _ = reply_scope.post_message_with_transfer(&reply, &transfer);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrived before this handler existed were not seen: the page holds its
    // requests until it hears this.
    let ready = Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}
