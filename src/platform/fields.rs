//! What a form field knows that its value does not say.

/// Whether the field `id` holds input the browser could not read, such as a half-typed or
/// impossible date (31-02-2025): such a field reports an empty value.
pub fn has_bad_input(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|field| js_sys::Reflect::get(&field, &"validity".into()).ok())
        .and_then(|validity| js_sys::Reflect::get(&validity, &"badInput".into()).ok())
        .and_then(|bad| bad.as_bool())
        .unwrap_or(false)
}
