//! The viewer's side of the share's activity log: each opening, reload, print and reply
//! sent is sealed in this browser to the share's log recipient, with who the professional
//! said they are (kept in this tab, see `view_session::who`) and the sections shown, and
//! posted with the viewer token. A share without a log recipient (made before the log), or a
//! viewer without a token, sends nothing. A failed send never stops the reading: the
//! relay's own count of openings still stands.

use std::cell::RefCell;

use regie_core::model::Timestamp;
use regie_core::share::activity::{seal_event, Action, ActivityEvent};
use regie_core::share::SharePreview;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::platform::clock::now_ms;
use crate::platform::relay;
use crate::platform::view_session;

/// A print reported by the button and by the browser's `beforeprint` counts once.
const ONE_PRINT_MS: f64 = 10_000.0;

struct Channel {
    share_id: String,
    token: String,
    recipient: String,
    sections: Vec<&'static str>,
    last_print: f64,
}

thread_local! {
    static CHANNEL: RefCell<Option<Channel>> = const { RefCell::new(None) };
}

/// Sets where this view's events go, and listens for the browser's print once.
pub fn start(share_id: &str, token: Option<&str>, preview: &SharePreview) {
    let (Some(token), Some(recipient)) = (token, preview.log_to.clone()) else {
        CHANNEL.with(|c| *c.borrow_mut() = None);
        return;
    };
    let first = CHANNEL.with(|c| c.borrow().is_none());
    CHANNEL.with(|c| {
        *c.borrow_mut() = Some(Channel {
            share_id: share_id.to_owned(),
            token: token.to_owned(),
            recipient,
            sections: preview.sections.iter().map(|k| k.key()).collect(),
            last_print: f64::MIN,
        })
    });
    if first {
        if let Some(window) = web_sys::window() {
            let on_print = Closure::<dyn Fn()>::new(printed);
            let _ = window
                .add_event_listener_with_callback("beforeprint", on_print.as_ref().unchecked_ref());
            on_print.forget();
        }
    }
}

/// The page is being printed (the viewer's button or the browser's menu).
pub fn printed() {
    let now = now_ms() as f64;
    let again = CHANNEL.with(|c| {
        c.borrow_mut().as_mut().is_some_and(|c| {
            let again = now - c.last_print < ONE_PRINT_MS;
            if !again {
                c.last_print = now;
            }
            again
        })
    });
    if !again {
        send(Action::Printed);
    }
}

/// Seals and posts one event, in the background.
pub fn send(action: Action) {
    let sealed = CHANNEL.with(|c| {
        let c = c.borrow();
        let c = c.as_ref()?;
        let event = ActivityEvent::new(
            action,
            &view_session::who(),
            &c.sections,
            Timestamp(now_ms()),
        );
        let sealed = seal_event(&c.recipient, &event).ok()?;
        Some((c.share_id.clone(), c.token.clone(), sealed))
    });
    if let Some((id, token, sealed)) = sealed {
        // The second part calls this before Leptos runs there: the browser's own executor.
        wasm_bindgen_futures::spawn_local(async move {
            // Nothing to tell the professional: the relay still counted the opening.
            let _ = relay::send_activity(&id, &token, &sealed).await;
        });
    }
}
