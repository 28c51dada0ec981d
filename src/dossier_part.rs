//! The second part of the client's app (`regie-dossier`): everything after the first screen.
//! Its binary exports these entry points to the first part (see [`crate::gate`]).
//!
//! One [`Session`] lives here for as long as the page: the entry points create or unlock it,
//! and [`mount`] shows the app on it. Errors go back as catalogue texts.

use std::cell::OnceCell;

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::zeroize::Zeroizing;

use crate::session::Session;

thread_local! {
    static SESSION: OnceCell<(Owner, Session)> = const { OnceCell::new() };
}

/// Starts what the part needs before any entry point is called: the task runner and the
/// KDF worker (so the first unlock does not wait for its download).
pub fn start() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    crate::platform::worker::warm_up();
    // For the measurement scripts: when the part was ready, from the start of the page load.
    crate::platform::clock::record_timing("dossier-part-ready", 0.0);
}

fn session() -> Session {
    SESSION.with(|cell| {
        cell.get_or_init(|| {
            let owner = Owner::new();
            let session = owner.with(Session::start);
            (owner, session)
        })
        .1
    })
}

pub async fn create(passphrase: String) -> Result<(), Text> {
    session().create(Zeroizing::new(passphrase)).await
}

pub async fn unlock(passphrase: String) -> Result<(), Text> {
    session().unlock(Zeroizing::new(passphrase)).await
}

pub async fn restore(file: crate::platform::files::File, passphrase: String) -> Result<(), Text> {
    session()
        .restore_file(file, Zeroizing::new(passphrase))
        .await
}

/// The next `mount` shows opening with the helpers' cards instead of the passphrase.
pub fn recover() {
    session().recovering.set(true);
}

thread_local! {
    /// The reader shown on the first screen, if one was asked for; dropped, it is gone.
    static READER: std::cell::RefCell<Option<Box<dyn std::any::Any>>> =
        const { std::cell::RefCell::new(None) };
}

/// Reads the first screen's help aloud (its elements `targets`, HTML ids separated by
/// spaces), the reader's panel shown in the element `host`; a reader shown before goes.
pub async fn read_aloud(targets: String, host: String) {
    READER.with(|reader| reader.borrow_mut().take());
    crate::prepare_language(true).await;
    let Some(host) = document().get_element_by_id(&host) else {
        return;
    };
    let Ok(host) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(host) else {
        return;
    };
    let targets: Vec<String> = targets.split_whitespace().map(str::to_owned).collect();
    let handle = leptos::mount::mount_to(host, move || crate::reader_for_first_screen(targets));
    READER.with(|reader| *reader.borrow_mut() = Some(Box::new(handle)));
}

/// The next `mount` shows restoring a recovery copy with the helpers' cards.
pub fn restore_copy() {
    session().restoring_copy.set(true);
}

/// Shows the app on the page, on the session as the entry points left it.
pub fn mount() {
    // The first screen goes, and what it was reading with it.
    READER.with(|reader| reader.borrow_mut().take());
    crate::platform::speech::stop_all();
    let session = session();
    leptos::mount::mount_to_body(move || crate::ClientApp(crate::ClientAppProps { session }));
}
