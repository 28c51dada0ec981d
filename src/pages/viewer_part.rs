//! The share viewer's second part: opening the share and showing it, and the professional's
//! request page. The first part (the preview, [`super::viewer`]) fetches it while the
//! recipient reads what was shared, and calls these entry points on their press.

use wasm_bindgen::JsValue;

use crate::part;
use crate::platform::clock::record_timing;
use crate::platform::parts::{text_arg, unknown};

part!(pub(crate) CONTENT, content in "viewer", content_ready, content_run, |entry, args| {
    match entry.as_str() {
        "start" => {
            // For the measurement scripts: when the part was ready, from the page load.
            record_timing("viewer-part-ready", 0.0);
            Ok(JsValue::UNDEFINED)
        }
        "open" => {
            let expires_at = args.first().and_then(JsValue::as_f64).unwrap_or(0.0);
            let code = args.get(3).and_then(JsValue::as_string);
            super::view_opened::open_share(expires_at, text_arg(&args, 1), text_arg(&args, 2), code)
                .await?;
            Ok(JsValue::UNDEFINED)
        }
        // The share this tab opened before, after a reload, without counting an opening.
        "resume" => {
            super::view_opened::resume_share().await?;
            Ok(JsValue::UNDEFINED)
        }
        // A share's signed preview, checked for a first part whose browser cannot.
        "verify" => {
            super::view_opened::verify_envelope(text_arg(&args, 0))?;
            Ok(JsValue::UNDEFINED)
        }
        // The professional's request page (`/vraag`) in place of the first part.
        "request" => {
            crate::prepare_language(false).await;
            leptos::mount::mount_to_body(crate::RequestApp);
            Ok(JsValue::UNDEFINED)
        }
        "mount" => {
            crate::prepare_language(false).await;
            leptos::mount::mount_to_body(crate::OpenedViewerApp);
            Ok(JsValue::UNDEFINED)
        }
        _ => unknown(&entry),
    }
});
