//! Ed25519 signature checks by the browser's own Web Crypto, so the viewer's first part
//! carries no signature code of its own. Where a browser has no Ed25519 in Web Crypto, the
//! caller checks with the core's (in the viewer's second part) instead.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `Some(true)` when the browser found `signature` good for `message` under `public_key`,
/// `Some(false)` when it found it bad, `None` when it cannot check Ed25519.
pub async fn verify(public_key: &[u8; 32], signature: &[u8], message: &[u8]) -> Option<bool> {
    let subtle = Reflect::get(&js_sys::global(), &"crypto".into())
        .and_then(|crypto| Reflect::get(&crypto, &"subtle".into()))
        .ok()
        .filter(|subtle| subtle.is_object())?;
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"Ed25519".into()).ok()?;
    let key = call(
        &subtle,
        "importKey",
        &[
            "raw".into(),
            Uint8Array::from(&public_key[..]).into(),
            algorithm.clone().into(),
            JsValue::FALSE,
            Array::of1(&"verify".into()).into(),
        ],
    )
    .await?;
    let good = call(
        &subtle,
        "verify",
        &[
            algorithm.into(),
            key,
            Uint8Array::from(signature).into(),
            Uint8Array::from(message).into(),
        ],
    )
    .await?;
    good.as_bool()
}

/// Calls `subtle[name](...args)` and waits for its promise; `None` when the browser has no
/// such method or refuses (an unknown algorithm, a malformed key).
async fn call(subtle: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let method: Function = Reflect::get(subtle, &name.into()).ok()?.dyn_into().ok()?;
    let list = Array::new();
    for arg in args {
        list.push(arg);
    }
    let promise: Promise = method.apply(subtle, &list).ok()?.dyn_into().ok()?;
    JsFuture::from(promise).await.ok()
}
