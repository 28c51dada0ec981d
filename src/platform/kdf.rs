//! Passphrase encryption (age scrypt): the slow part of unlocking, creating, backups and
//! passphrase changes.
//!
//! The work runs in a Web Worker (`regie-kdf`, its own small wasm), so the page keeps
//! painting and answering taps while scrypt runs. If the worker cannot start (an old browser,
//! a blocked file), the same work runs on the page instead: slower to respond, never wrong.
//!
//! The messages are plain objects: `{id, op: "encrypt"|"decrypt", pass, data}` one way and
//! `{id, ok}` or `{id, err}` back; `data` and `ok` are `Uint8Array`s whose buffers are
//! transferred, not copied. The passphrase and plaintext exist only in the two memories.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use leptos::prelude::set_timeout;
use regie_core::vault::{self, SealError, UnlockError};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The worker's loader, written by Trunk next to the app (see index.html).
const WORKER_SCRIPT: &str = "./regie-kdf_loader.js";

/// Encrypts `plaintext` into a standard age file under `passphrase` (what `age -p` makes).
pub async fn encrypt(
    passphrase: Zeroizing<String>,
    plaintext: Vec<u8>,
) -> Result<Vec<u8>, SealError> {
    match in_worker(Op::Encrypt, &passphrase, plaintext).await {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(_)) => Err(SealError),
        Err(plaintext) => {
            let secret = vault::passphrase(passphrase);
            vault::encrypt_with_passphrase(&plaintext, &secret)
        }
    }
}

/// Decrypts a standard age file made with a passphrase.
pub async fn decrypt(
    passphrase: Zeroizing<String>,
    ciphertext: Vec<u8>,
) -> Result<Zeroizing<Vec<u8>>, UnlockError> {
    match in_worker(Op::Decrypt, &passphrase, ciphertext).await {
        Ok(Ok(bytes)) => Ok(Zeroizing::new(bytes)),
        Ok(Err(code)) => Err(error_from_code(&code)),
        Err(ciphertext) => {
            let secret = vault::passphrase(passphrase);
            vault::decrypt_with_passphrase(&ciphertext, &secret)
        }
    }
}

#[derive(Clone, Copy)]
enum Op {
    Encrypt,
    Decrypt,
}

impl Op {
    fn name(self) -> &'static str {
        match self {
            Op::Encrypt => "encrypt",
            Op::Decrypt => "decrypt",
        }
    }
}

fn error_code(e: &UnlockError) -> &'static str {
    match e {
        UnlockError::WrongPassphrase => "wrong",
        UnlockError::Corrupt => "corrupt",
        UnlockError::UnsupportedVersion(_) => "version",
        UnlockError::TooMuchWork => "work",
    }
}

fn error_from_code(code: &str) -> UnlockError {
    match code {
        "wrong" => UnlockError::WrongPassphrase,
        "work" => UnlockError::TooMuchWork,
        _ => UnlockError::Corrupt,
    }
}

// ---- the page's side ----

enum WorkerState {
    NotStarted,
    /// Loading its wasm: messages wait here until it says it listens (a message posted
    /// before its handler is set would be lost).
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
/// first unlock does not wait for its download.
pub fn warm_up() {
    let _ = worker();
}

/// How long the worker may take to load before the work runs on the page instead.
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
    let worker = web_sys::Worker::new(WORKER_SCRIPT).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
            let reply = ev.data();
            if Reflect::get(&reply, &"ready".into()).is_ok_and(|v| v.is_truthy()) {
                worker_listens();
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
    Some(worker)
}

/// Runs one operation in the worker. `Err(data)` hands the input back when the worker is
/// unavailable, so the caller can do the work on the page.
async fn in_worker(
    op: Op,
    passphrase: &str,
    data: Vec<u8>,
) -> Result<Result<Vec<u8>, String>, Vec<u8>> {
    let bytes = Uint8Array::from(data.as_slice());
    let message = Object::new();
    set(&message, "pass", &passphrase.into());
    set(&message, "data", &bytes);
    match call(op.name(), message, Array::of1(&bytes.buffer())).await {
        Some(reply) => Ok(read_reply(&reply)),
        None => Err(data),
    }
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

fn read_reply(reply: &JsValue) -> Result<Vec<u8>, String> {
    let ok = Reflect::get(reply, &"ok".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(bytes) = ok.dyn_ref::<Uint8Array>() {
        return Ok(bytes.to_vec());
    }
    let err = Reflect::get(reply, &"err".into())
        .ok()
        .and_then(|v| v.as_string());
    Err(err.unwrap_or_else(|| "corrupt".into()))
}

pub(crate) fn set(target: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(target, &key.into(), value);
}

// ---- the worker's side ----

/// The worker's main loop: answers each message with the result of one age operation.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let request = ev.data();
            let get = |key: &str| Reflect::get(&request, &key.into()).unwrap_or(JsValue::UNDEFINED);
            let id = get("id");
            let op = get("op").as_string().unwrap_or_default();
            // Backups stream through this worker too, a document per message.
            if let Some(reply) = crate::platform::backup_stream::serve_one(&op, &request) {
                let (reply, transfer) = reply;
                set(&reply, "id", &id);
                let _ = reply_scope.post_message_with_transfer(&reply, &transfer);
                return;
            }
            let pass = Zeroizing::new(get("pass").as_string().unwrap_or_default());
            let data = Zeroizing::new(
                get("data")
                    .dyn_ref::<Uint8Array>()
                    .map(Uint8Array::to_vec)
                    .unwrap_or_default(),
            );
            let secret = vault::passphrase(pass);
            let outcome: Result<Vec<u8>, &str> = match op.as_str() {
                "encrypt" => vault::encrypt_with_passphrase(&data, &secret).map_err(|_| "seal"),
                "decrypt" => vault::decrypt_with_passphrase(&data, &secret)
                    .map(|plain| plain.to_vec())
                    .map_err(|e| error_code(&e)),
                _ => Err("corrupt"),
            };
            let reply = Object::new();
            set(&reply, "id", &id);
            let transfer = Array::new();
            match outcome {
                Ok(bytes) => {
                    let out = Uint8Array::from(bytes.as_slice());
                    drop(Zeroizing::new(bytes));
                    transfer.push(&out.buffer());
                    set(&reply, "ok", &out);
                }
                Err(code) => set(&reply, "err", &code.into()),
            }
            let _ = reply_scope.post_message_with_transfer(&reply, &transfer);
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that arrived before this handler existed were dropped by the browser: the page
    // holds its requests until it hears this.
    let ready = Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}
