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

/// Keeps a figure (not a duration) next to the timings, for the measurement scripts.
pub fn record_value(name: &str, value: f64) {
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("regieTimings");
    if let Ok(timings) = js_sys::Reflect::get(&global, &key) {
        if timings.is_object() {
            let _ = js_sys::Reflect::set(&timings, &name.into(), &value.into());
        }
    }
}

/// Minutes east of UTC on this device at the moment `ms` (milliseconds since the Unix
/// epoch): a past date keeps the offset it had then, across a daylight-saving change.
pub fn offset_at(ms: i64) -> i32 {
    -(js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset() as i32)
}

/// Minutes east of UTC on this device now (Amsterdam in winter: 60).
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// A moment in local time as people read it: "11:00" today, else with the date.
pub fn local_moment(ms: i64) -> String {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let today = js_sys::Date::new_0();
    let time = format!("{:02}:{:02}", at.get_hours(), at.get_minutes());
    let same_day = at.get_full_year() == today.get_full_year()
        && at.get_month() == today.get_month()
        && at.get_date() == today.get_date();
    if same_day {
        time
    } else {
        format!(
            "{}-{}-{} {time}",
            at.get_date(),
            at.get_month() + 1,
            at.get_full_year()
        )
    }
}
