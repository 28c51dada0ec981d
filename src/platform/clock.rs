//! The wall clock and timing figures. The core never reads a clock; the app passes these
//! values in.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A high-resolution time in milliseconds, for [`record_timing`].
pub fn perf_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Keeps the latest duration of a step (`unlock`, `save`…) in `window.regieTimings`, where
/// the measurement scripts read it. Nothing secret: a name and a number.
pub fn record_timing(name: &str, since: f64) {
    let elapsed = perf_now() - since;
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("regieTimings");
    let timings = match js_sys::Reflect::get(&global, &key) {
        Ok(v) if v.is_object() => v,
        _ => {
            let obj: wasm_bindgen::JsValue = js_sys::Object::new().into();
            let _ = js_sys::Reflect::set(&global, &key, &obj);
            obj
        }
    };
    let _ = js_sys::Reflect::set(&timings, &name.into(), &elapsed.into());
}
