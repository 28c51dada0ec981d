//! The camera, for scanning a helper's card: the back camera's picture in a `<video>`, and
//! its current frame as grey values for the QR decoder. Nothing leaves the phone.

use js_sys::{Promise, Reflect, Uint8Array};
use regie_core::catalogue::RecoveryText;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
export function start_camera(video) {
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    return Promise.reject(new Error('no camera'));
  }
  return navigator.mediaDevices
    .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
    .then((stream) => {
      video.srcObject = stream;
      video.muted = true;
      video.setAttribute('playsinline', '');
      return video.play().then(() => stream);
    });
}
export function stop_camera(stream) {
  for (const track of stream.getTracks()) track.stop();
}
let canvas = null;
export function grey_frame(video) {
  const width = video.videoWidth, height = video.videoHeight;
  if (!width || !height) return null;
  canvas = canvas || document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(video, 0, 0, width, height);
  const rgba = context.getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < grey.length; i += 4, j++) {
    grey[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
  }
  return { grey, width, height };
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn start_camera(video: &JsValue) -> Result<Promise, JsValue>;
    fn stop_camera(stream: &JsValue);
    fn grey_frame(video: &JsValue) -> JsValue;
}

/// The running camera; stopped on drop.
pub struct Camera {
    stream: JsValue,
}

impl Camera {
    /// Asks for the back camera and shows it in `video`.
    pub async fn start(video: &JsValue) -> Result<Camera, RecoveryText> {
        let promise = start_camera(video).map_err(|_| RecoveryText::ErrCameraUnavailable)?;
        let stream = JsFuture::from(promise)
            .await
            .map_err(|_| RecoveryText::ErrCameraUnavailable)?;
        Ok(Camera { stream })
    }
}

impl Drop for Camera {
    fn drop(&mut self) {
        stop_camera(&self.stream);
    }
}

/// The frame `video` shows now, as grey values with its width and height.
pub fn frame(video: &JsValue) -> Option<(Uint8Array, f64, f64)> {
    let frame = grey_frame(video);
    if frame.is_null() || frame.is_undefined() {
        return None;
    }
    let get = |key: &str| Reflect::get(&frame, &JsValue::from_str(key)).ok();
    let grey = get("grey")?.dyn_into::<Uint8Array>().ok()?;
    Some((grey, get("width")?.as_f64()?, get("height")?.as_f64()?))
}
