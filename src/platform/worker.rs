//! The page's side of the app's worker: one background thread that runs age's scrypt (unlock,
//! create, backups, passphrase changes) and streams backups, so the page keeps painting and
//! answering taps while they work.
//!
//! The worker runs the same wasm module as the page: the page posts its compiled
//! `WebAssembly.Module` (and, should the browser not pass one, the wasm's URL) to
//! `public/worker.js`, which instantiates it with the app's own wasm-bindgen glue. There the
//! binary's `main` sees no `window` and starts [`super::worker_serve::run`] instead of the
//! app, which loads the worker's part (age, scrypt, tar) from the files the page fetched: no
//! second download of any code.
//!
//! If the worker cannot start (an old browser, a blocked file), the same work runs on the
//! page instead: slower to respond, never wrong.
//!
//! The messages are plain objects: `{id, op, ...}` one way and `{id, ok}` or `{id, err}` back;
//! bytes are `Uint8Array`s whose buffers are transferred, not copied.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use js_sys::{Array, Function, Object, Promise, Reflect};
use leptos::prelude::set_timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The worker's script (`public/worker.js`, copied next to the app by the build).
const WORKER_SCRIPT: &str = "/worker.js";

/// The `<meta>` in which the build names the app's glue script and wasm (see
/// `scripts/link-module.mjs`): `content="/app-<hash>/regie.js /app-<hash>/regie_bg.wasm"`.
const MODULE_META: &str = "meta[name=regie-module]";

/// The app's glue script and wasm, as the build named them on the page.
fn module_files() -> Option<(String, String)> {
    let meta = leptos::prelude::document()
        .query_selector(MODULE_META)
        .ok()??;
    let content = meta.get_attribute("content")?;
    let (js, wasm) = content.split_once(' ')?;
    Some((js.to_owned(), wasm.to_owned()))
}

#[wasm_bindgen]
extern "C" {
    /// `new Worker(url, {type: "module"})`: the worker imports the part's glue, an ES module.
    #[wasm_bindgen(js_name = Worker)]
    type ModuleWorker;

    #[wasm_bindgen(catch, constructor, js_class = "Worker")]
    fn new(url: &str, options: &Object) -> Result<ModuleWorker, JsValue>;
}

/// Whether this code runs in a worker (no `window`): the binary's `main` asks, so that the
/// worker never mounts the app.
pub fn in_worker() -> bool {
    js_sys::global()
        .dyn_into::<web_sys::DedicatedWorkerGlobalScope>()
        .is_ok()
}

enum WorkerState {
    NotStarted,
    /// Instantiating the module: messages wait here until it says it listens (a message
    /// posted before its handler is set would be lost).
    Starting(web_sys::Worker, Vec<(Object, Array)>),
    Running(web_sys::Worker),
    /// It could not start or it failed: work runs on the page from now on.
    Unavailable,
}

type Pending = HashMap<u32, (Function, Function)>;

thread_local! {
    static WORKER: RefCell<WorkerState> = const { RefCell::new(WorkerState::NotStarted) };
    static PENDING: RefCell<Pending> = RefCell::new(HashMap::new());
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// Starts the worker ahead of need (while the person types the passphrase), so that the
/// first unlock does not wait for it.
pub fn warm_up() {
    let _ = worker();
}

/// How long the worker may take to start before the work runs on the page instead.
const START_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(15);

/// Whether the worker exists (started now if need be); `false` means: work on the page.
fn worker() -> bool {
    WORKER.with(|state| {
        let mut state = state.borrow_mut();
        match &*state {
            WorkerState::Starting(..) | WorkerState::Running(_) => return true,
            WorkerState::Unavailable => return false,
            WorkerState::NotStarted => {}
        }
        match start_worker() {
            Some(worker) => {
                *state = WorkerState::Starting(worker, Vec::new());
                set_timeout(
                    || {
                        let stuck = WORKER
                            .with(|state| matches!(&*state.borrow(), WorkerState::Starting(..)));
                        if stuck {
                            give_up();
                        }
                    },
                    START_TIMEOUT,
                );
                true
            }
            None => {
                *state = WorkerState::Unavailable;
                false
            }
        }
    })
}

/// The worker failed or never came up: every waiting call falls back to the page.
fn give_up() {
    let failed =
        WORKER.with(|state| std::mem::replace(&mut *state.borrow_mut(), WorkerState::Unavailable));
    match failed {
        WorkerState::Running(worker) | WorkerState::Starting(worker, _) => worker.terminate(),
        _ => {}
    }
    let pending: Vec<_> = PENDING.with(|p| p.borrow_mut().drain().collect());
    for (_, (_, reject)) in pending {
        let _ = reject.call0(&JsValue::NULL);
    }
}

/// The worker said it listens: it gets the requests that waited.
fn worker_listens() {
    let started = WORKER.with(|state| {
        let mut state = state.borrow_mut();
        match std::mem::replace(&mut *state, WorkerState::NotStarted) {
            WorkerState::Starting(worker, queue) => {
                *state = WorkerState::Running(worker.clone());
                Some((worker, queue))
            }
            other => {
                *state = other;
                None
            }
        }
    });
    if let Some((worker, queue)) = started {
        for (message, transfer) in queue {
            let _ = worker.post_message_with_transfer(&message, &transfer);
        }
    }
}

/// Sends now if the worker listens, else when it says it does.
fn send(message: Object, transfer: Array) -> bool {
    WORKER.with(|state| match &mut *state.borrow_mut() {
        WorkerState::Running(worker) => worker
            .post_message_with_transfer(&message, &transfer)
            .is_ok(),
        WorkerState::Starting(_, queue) => {
            queue.push((message, transfer));
            true
        }
        _ => false,
    })
}

fn start_worker() -> Option<web_sys::Worker> {
    let (glue, wasm) = module_files()?;
    let options = Object::new();
    set(&options, "type", &"module".into());
    let worker: web_sys::Worker = ModuleWorker::new(WORKER_SCRIPT, &options)
        .ok()?
        .unchecked_into();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
            let reply = ev.data();
            let flag = |key: &str| Reflect::get(&reply, &key.into()).is_ok_and(|v| v.is_truthy());
            if flag("ready") {
                worker_listens();
                return;
            }
            // The script could not load the glue or instantiate the module.
            if flag("failed") {
                give_up();
                return;
            }
            let id = Reflect::get(&reply, &"id".into())
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0) as u32;
            if let Some((resolve, _)) = PENDING.with(|p| p.borrow_mut().remove(&id)) {
                let _ = resolve.call1(&JsValue::NULL, &reply);
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // A worker that fails to load or crashes: every waiting call falls back to the page.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|_ev: web_sys::Event| give_up());
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    let start = Object::new();
    set(&start, "glue", &glue.into());
    set(&start, "wasm", &wasm.into());
    set(&start, "module", &wasm_bindgen::module());
    if worker.post_message(&start).is_err() {
        worker.terminate();
        return None;
    }
    Some(worker)
}

/// Sends `message` (its `id` and `op` are set here) with `transfer` to the worker and waits
/// for the reply. `None`: the worker is unavailable, or died while working.
pub(crate) async fn call(op: &str, message: Object, transfer: Array) -> Option<JsValue> {
    if !worker() {
        return None;
    }
    let id = NEXT_ID.with(|next| {
        let id = next.get();
        next.set(id.wrapping_add(1).max(1));
        id
    });
    set(&message, "id", &JsValue::from(id));
    set(&message, "op", &op.into());
    let promise = Promise::new(&mut |resolve, reject| {
        PENDING.with(|p| p.borrow_mut().insert(id, (resolve, reject)));
    });
    if !send(message, transfer) {
        PENDING.with(|p| p.borrow_mut().remove(&id));
        return None;
    }
    JsFuture::from(promise).await.ok()
}

/// Whether the worker runs or is starting; `false`: work on the page.
pub(crate) fn available() -> bool {
    worker()
}

/// Sets one field of a message.
pub(crate) fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}
