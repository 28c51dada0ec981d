//! The part `dossier` of the client's app: everything after the first screen. The first part
//! calls its entry points (see [`crate::gate`]).
//!
//! One [`Session`] lives here for as long as the page: the entry points create or unlock it,
//! and [`mount`] shows the app on it. Errors go back as catalogue texts.

use std::cell::OnceCell;

use leptos::prelude::*;
use regie_core::catalogue::Text;
use regie_core::zeroize::Zeroizing;
use wasm_bindgen::{JsCast, JsValue};

use crate::part;
use crate::platform::parts::{text_arg, unknown};
use crate::session::Session;

thread_local! {
    static SESSION: OnceCell<(Owner, Session)> = const { OnceCell::new() };
}

part!(pub(crate) DOSSIER, dossier in "app", dossier_ready, dossier_run, |entry, args| {
    let done = Ok(JsValue::UNDEFINED);
    match entry.as_str() {
        "start" => {
            start();
            done
        }
        "create" => {
            create(text_arg(&args, 0)).await?;
            done
        }
        "unlock" => {
            unlock(text_arg(&args, 0)).await?;
            done
        }
        "restore" => {
            let file = args.first().cloned().unwrap_or(JsValue::UNDEFINED);
            restore(file.unchecked_into(), text_arg(&args, 1)).await?;
            done
        }
        // Whether the stored dossier can be read, for the unlock screen (see `crate::gate`).
        "check_stored" => {
            if let (_, Some(problem)) = crate::session::stored_state() {
                return Err(problem.into());
            }
            done
        }
        "recover" => {
            recover();
            done
        }
        // Reads the first screen's help aloud (see `crate::gate::ReadAloudLater`).
        "read_aloud" => {
            read_aloud(text_arg(&args, 0), text_arg(&args, 1)).await;
            done
        }
        "restore_copy" => {
            restore_copy();
            done
        }
        "mount" => {
            crate::prepare_language(true).await;
            mount();
            done
        }
        _ => unknown(&entry),
    }
});

/// What the part needs before the first screen calls it: the KDF worker started (so the
/// first unlock does not wait for its download).
fn start() {
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

async fn create(passphrase: String) -> Result<(), Text> {
    session().create(Zeroizing::new(passphrase)).await
}

async fn unlock(passphrase: String) -> Result<(), Text> {
    session().unlock(Zeroizing::new(passphrase)).await
}

async fn restore(file: crate::platform::files::File, passphrase: String) -> Result<(), Text> {
    session()
        .restore_file(file, Zeroizing::new(passphrase))
        .await
}

/// The next `mount` shows opening with the helpers' cards instead of the passphrase.
fn recover() {
    session().recovering.set(true);
}

thread_local! {
    /// The reader shown on the first screen, if one was asked for; dropped, it is gone.
    static READER: std::cell::RefCell<Option<Box<dyn std::any::Any>>> =
        const { std::cell::RefCell::new(None) };
}

/// Reads the first screen's help aloud (its elements `targets`, HTML ids separated by
/// spaces), the reader's panel shown in the element `host`; a reader shown before goes.
async fn read_aloud(targets: String, host: String) {
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
fn restore_copy() {
    session().restoring_copy.set(true);
}

/// Shows the app on the page, on the session as the entry points left it.
fn mount() {
    // The first screen goes, and what it was reading with it.
    READER.with(|reader| reader.borrow_mut().take());
    crate::platform::speech::stop_all();
    let session = session();
    leptos::mount::mount_to_body(move || crate::ClientApp(crate::ClientAppProps { session }));
}
