//! Passphrase encryption (age scrypt): the slow part of unlocking, creating, backups and
//! passphrase changes.
//!
//! The work runs in the app's worker ([`super::worker`]), so the page keeps painting and
//! answering taps while scrypt runs; where the worker cannot run, on the page.
//!
//! The messages: `{op: "encrypt"|"decrypt", pass, data}` one way and `{ok}` or `{err}` back;
//! `data` and `ok` are `Uint8Array`s whose buffers are transferred, not copied. The passphrase
//! and plaintext exist only in the two memories.

use js_sys::{Array, Object, Reflect, Uint8Array};
use regie_core::vault::{self, SealError, UnlockError};
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::worker::{self, set};

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
    match worker::call(op.name(), message, Array::of1(&bytes.buffer())).await {
        Some(reply) => Ok(read_reply(&reply)),
        None => Err(data),
    }
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

// ---- the worker's side ----

/// Answers one `encrypt` or `decrypt` in the worker (any other `op` is refused as corrupt):
/// the reply and the buffers it transfers.
pub fn serve_one(op: &str, request: &JsValue) -> (Object, Array) {
    let get = |key: &str| Reflect::get(request, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let pass = Zeroizing::new(get("pass").as_string().unwrap_or_default());
    let data = Zeroizing::new(
        get("data")
            .dyn_ref::<Uint8Array>()
            .map(Uint8Array::to_vec)
            .unwrap_or_default(),
    );
    let secret = vault::passphrase(pass);
    let outcome: Result<Vec<u8>, &str> = match op {
        "encrypt" => vault::encrypt_with_passphrase(&data, &secret).map_err(|_| "seal"),
        "decrypt" => vault::decrypt_with_passphrase(&data, &secret)
            .map(|plain| plain.to_vec())
            .map_err(|e| error_code(&e)),
        _ => Err("corrupt"),
    };
    let reply = Object::new();
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
    (reply, transfer)
}
