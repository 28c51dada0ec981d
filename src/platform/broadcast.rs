//! Messages between this origin's open tabs (`BroadcastChannel`), and the `storage` event
//! that tells a tab another one wrote a key.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A named channel every tab of the origin hears; a tab does not hear its own messages.
#[derive(Clone)]
pub struct Channel(web_sys::BroadcastChannel);

impl Channel {
    /// Joins the channel and calls `on_message` with each text another tab posts, for as
    /// long as the page lives. `None` when the browser has no channels.
    pub fn open(name: &str, mut on_message: impl FnMut(String) + 'static) -> Option<Channel> {
        let channel = web_sys::BroadcastChannel::new(name).ok()?;
        let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                if let Some(text) = event.data().as_string() {
                    on_message(text);
                }
            },
        );
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        listener.forget();
        Some(Channel(channel))
    }

    pub fn post(&self, text: &str) {
        let _ = self.0.post_message(&JsValue::from_str(text));
    }
}

/// A name for this tab among the others, random enough that two tabs never share it.
pub fn tab_name() -> String {
    format!("{:x}", (js_sys::Math::random() * 1e15) as u64)
}

/// Calls `on_write` with the new value whenever another tab writes `key` in local storage,
/// for as long as the page lives (`None` when the key was removed).
pub fn on_stored_by_other_tab(
    key: &'static str,
    mut on_write: impl FnMut(Option<String>) + 'static,
) {
    let listener =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            if event.key().as_deref() == Some(key) {
                on_write(event.new_value());
            }
        });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    }
    listener.forget();
}
