//! The app on the phone: the service worker that keeps it usable offline, how a new version
//! takes over, and whether the browser thinks it has a connection.
//!
//! A new version never takes over on its own (the worker does not skip waiting): the app
//! shows that it is ready, and the person's press saves first, then asks the waiting worker
//! to take over, then reloads. Every open tab reloads when the worker changes, so no tab
//! keeps running old code against a dossier that new code has written.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Where the build writes the worker (the relay serves it with `no-cache`).
const WORKER_URL: &str = "/sw.js";

/// How often an open app asks whether a new version was published.
const UPDATE_CHECK: Duration = Duration::from_secs(60 * 60);

/// The browser's service worker API, where it has one (only on https and localhost).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    has.then(|| navigator.service_worker())
}

/// Registers the worker. `ready` turns true when a new version is installed and waiting;
/// `take_over` runs (once) when a new version has taken over this tab, to save and reload.
pub fn register(ready: RwSignal<bool>, take_over: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    // Whether this tab already runs under a worker: on the very first visit the worker
    // installs for next time, and that is no update.
    let controlled = container.controller().is_some();
    let fired = std::cell::Cell::new(false);
    let on_change = Closure::<dyn Fn()>::new(move || {
        if controlled && !fired.replace(true) {
            take_over();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    // Lives as long as the page.
    on_change.forget();

    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register(WORKER_URL)).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(&registration, ready);
        let checker = registration.clone();
        let _ = set_interval_with_handle(
            move || {
                if let Ok(promise) = checker.update() {
                    // A failed check (offline) simply waits for the next one.
                    leptos::task::spawn_local(async move {
                        let _ = JsFuture::from(promise).await;
                    });
                }
            },
            UPDATE_CHECK,
        );
    });
}

/// Sets `ready` when a new version is waiting now, or finishes installing later.
fn watch(registration: &ServiceWorkerRegistration, ready: RwSignal<bool>) {
    let has_controller = || container().is_some_and(|c| c.controller().is_some());
    if registration.waiting().is_some() && has_controller() {
        ready.set(true);
    }
    let found = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = found.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                ready.set(true);
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

/// Asks the waiting version to take over. The tab reloads when it has (see [`register`]);
/// when nothing is waiting any more (another tab was first), it reloads at once.
pub async fn activate_waiting() {
    let waiting = match container() {
        Some(container) => match JsFuture::from(container.get_registration()).await {
            Ok(value) => value
                .dyn_into::<ServiceWorkerRegistration>()
                .ok()
                .and_then(|r| r.waiting()),
            Err(_) => None,
        },
        None => None,
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"activate".into());
    match waiting {
        Some(worker) if worker.post_message(&message).is_ok() => {}
        _ => reload(),
    }
}

pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Whether the browser believes it has a network connection, kept up to date by the
/// browser's `online` and `offline` events. "Online" may still mean the relay is out of
/// reach; "offline" is certain.
pub fn online() -> ReadSignal<bool> {
    let is_online = || web_sys::window().is_none_or(|w| w.navigator().on_line());
    let (online, set_online) = signal(is_online());
    let on = window_event_listener(leptos::ev::online, move |_| set_online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| set_online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    online
}
