//! The camera, for scanning a helper's card: the back camera's picture in a `<video>`, and
//! its current frame as grey values for the QR decoder. Nothing leaves the phone.
//!
//! Calls go through `js_sys::Reflect` rather than an inline script: a script snippet would be
//! shipped with every part of the app, the first screen included.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array, Uint8ClampedArray};
use regie_core::catalogue::RecoveryText;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function: Function = get(target, method)?.dyn_into().ok()?;
    let args: Array = args.iter().collect();
    function.apply(target, &args).ok()
}

async fn wait(value: JsValue) -> Option<JsValue> {
    JsFuture::from(value.dyn_into::<Promise>().ok()?).await.ok()
}

/// The running camera; stopped on drop.
pub struct Camera {
    stream: JsValue,
}

impl Camera {
    /// Asks for the back camera and shows it in `video`.
    pub async fn start(video: &JsValue) -> Result<Camera, RecoveryText> {
        let stream = open(video)
            .await
            .ok_or(RecoveryText::ErrCameraUnavailable)?;
        Ok(Camera { stream })
    }
}

async fn open(video: &JsValue) -> Option<JsValue> {
    let navigator: JsValue = web_sys::window()?.navigator().into();
    let devices = get(&navigator, "mediaDevices")?;
    let wanted =
        js_sys::JSON::parse(r#"{"video":{"facingMode":"environment"},"audio":false}"#).ok()?;
    let stream = wait(call(&devices, "getUserMedia", &[wanted])?).await?;
    Reflect::set(video, &"srcObject".into(), &stream).ok()?;
    Reflect::set(video, &"muted".into(), &JsValue::TRUE).ok()?;
    if wait(call(video, "play", &[])?).await.is_none() {
        stop(&stream);
        return None;
    }
    Some(stream)
}

fn stop(stream: &JsValue) {
    if let Some(tracks) = call(stream, "getTracks", &[]) {
        for track in Array::from(&tracks).iter() {
            call(&track, "stop", &[]);
        }
    }
}

impl Drop for Camera {
    fn drop(&mut self) {
        stop(&self.stream);
    }
}

/// The frame `video` shows now, as grey values with its width and height.
pub fn frame(video: &JsValue) -> Option<(Uint8Array, f64, f64)> {
    let width = get(video, "videoWidth")?.as_f64().filter(|w| *w > 0.0)?;
    let height = get(video, "videoHeight")?.as_f64().filter(|h| *h > 0.0)?;
    let canvas: web_sys::HtmlCanvasElement = leptos::prelude::document()
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let context: JsValue = canvas.get_context("2d").ok()??.into();
    let zero = JsValue::from(0);
    call(
        &context,
        "drawImage",
        &[
            video.clone(),
            zero.clone(),
            zero.clone(),
            width.into(),
            height.into(),
        ],
    )?;
    let image = call(
        &context,
        "getImageData",
        &[zero.clone(), zero, width.into(), height.into()],
    )?;
    let rgba: Uint8ClampedArray = get(&image, "data")?.dyn_into().ok()?;
    let rgba = rgba.to_vec();
    let grey: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| ((u32::from(p[0]) * 77 + u32::from(p[1]) * 150 + u32::from(p[2]) * 29) >> 8) as u8)
        .collect();
    Some((Uint8Array::from(&grey[..]), width, height))
}
