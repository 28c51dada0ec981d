//! The wall clock and timing figures. The core never reads a clock; the app passes these
//! values in.

use regie_core::catalogue::{formats, Lang};
use regie_core::model::{Date, Timestamp};
use wasm_bindgen::JsValue;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Today on this device's calendar.
pub fn today() -> Date {
    Timestamp(now_ms())
        .to_date(utc_offset_minutes())
        .unwrap_or(Date::MAX)
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
    let key = JsValue::from_str("regieTimings");
    let timings = match js_sys::Reflect::get(&global, &key) {
        Ok(v) if v.is_object() => v,
        _ => {
            let obj: JsValue = js_sys::Object::new().into();
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

/// Minutes east of UTC on this device at the moment `ms` (Amsterdam: 60 in winter, 120 in
/// summer). A past or future moment needs the offset of its own day, not today's: across a
/// clock change today's offset shifts it by an hour, and near midnight by a day.
pub fn offset_at(ms: i64) -> i32 {
    -(js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset() as i32)
}

/// Minutes east of UTC on this device now.
pub fn utc_offset_minutes() -> i32 {
    offset_at(now_ms())
}

/// The date on this device's calendar at the moment `ms`.
pub fn date_at(ms: i64) -> Option<Date> {
    Timestamp(ms).to_date(offset_at(ms))
}

/// A moment in local time, always with its date: "22-11-2026 14:05" (for paper, which is
/// read on another day).
pub fn local_moment_dated(ms: i64, lang: Lang) -> String {
    Timestamp(ms)
        .to_local(offset_at(ms))
        .map(|at| formats::moment(at, lang))
        .unwrap_or_default()
}

/// A moment in local time as people read it: "11:00" today, else with the date
/// ("22-11-2026 14:05"); empty for a moment no calendar holds.
pub fn local_moment(ms: i64, lang: Lang) -> String {
    let at = Timestamp(ms).to_local(offset_at(ms));
    match (at, date_at(now_ms())) {
        (Some(at), Some(today)) => formats::moment_near(at, today, lang),
        _ => String::new(),
    }
}
