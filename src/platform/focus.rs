//! Where the keyboard and the screen reader are after the screen changed.

use wasm_bindgen::JsCast;

/// After the next paint: the page scrolls to the top and the new screen's first heading in
/// `container` (a CSS selector) takes the focus, so a screen reader announces where one is
/// and the next Tab starts at the top of the new screen.
pub fn focus_heading_after_paint(container: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        window.scroll_to_with_x_and_y(0.0, 0.0);
        let heading = window
            .document()
            .and_then(|d| d.query_selector(&format!("{container} h1")).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            // A heading is not a control: reachable by script, not by Tab.
            if !heading.has_attribute("tabindex") {
                let _ = heading.set_attribute("tabindex", "-1");
            }
            let _ = heading.focus();
        }
    });
}

/// The element that had the focus, to give it back after a dialog took it for a moment.
#[derive(Default)]
pub struct FocusBefore(Option<web_sys::HtmlElement>);

impl FocusBefore {
    /// Remembers the element that has the focus now.
    pub fn remember() -> FocusBefore {
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        FocusBefore(active)
    }

    /// Gives the focus back, if that element is still there.
    pub fn restore(self) {
        if let Some(element) = self.0 {
            let _ = element.focus();
        }
    }
}

/// Puts the focus on the element with this id (the skip link's target), without touching
/// the address bar.
pub fn focus_id(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        element.scroll_into_view();
        let _ = element.focus();
    }
}

/// Puts the focus on the first element matching `selector` (a form's first field), so
/// typing can start at once.
pub fn focus_first(selector: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
