//! The built web app: static files with a single-page-app fallback to `index.html`.

use std::path::Path;

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::services::{ServeDir, ServeFile};

/// The share viewer's page: a separate, smaller build, so a professional's phone loads only
/// what reading a share needs, and the client's app carries no viewer.
pub const VIEWER_PATH: &str = "/v";
const VIEWER_PAGE: &str = "v.html";

/// The service worker that keeps the app on the phone for offline use. It is answered as a
/// file or not at all: the page fallback must never stand in for it.
pub const SERVICE_WORKER_PATH: &str = "/sw.js";
const SERVICE_WORKER_FILE: &str = "sw.js";

/// A router whose fallback serves `dir`. `/v` is the viewer page; other paths that are no
/// file get `index.html`, so the app handles them.
pub(crate) fn router(dir: &Path) -> Router {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let viewer = ServeFile::new(dir.join(VIEWER_PAGE))
        .precompressed_br()
        .precompressed_gzip();
    // Precompressed files are used when the build left them; otherwise compress on the fly.
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    let worker = ServeFile::new(dir.join(SERVICE_WORKER_FILE))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .route_service(
            SERVICE_WORKER_PATH,
            ServiceBuilder::new()
                .layer(CompressionLayer::new())
                .service(worker),
        )
        .route_service(
            VIEWER_PATH,
            ServiceBuilder::new()
                .layer(CompressionLayer::new())
                .service(viewer.clone()),
        )
        // The professional's request page is the viewer's page too (its second part).
        .route_service(
            regie_core::api::paths::REQUEST_PAGE,
            ServiceBuilder::new()
                .layer(CompressionLayer::new())
                .service(viewer),
        )
        .fallback_service(
            ServiceBuilder::new()
                .layer(CompressionLayer::new())
                .service(files),
        )
        .layer(middleware::from_fn(cache_control))
}

/// Fingerprinted files never change; everything else, above all `index.html` and the
/// service worker, must be revalidated so a deploy reaches phones at once.
async fn cache_control(req: Request, next: Next) -> Response {
    let immutable = is_fingerprinted(req.uri().path());
    let mut response = next.run(req).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    // The fallback answers unknown paths with index.html: never pin that as a file.
    let value = if immutable && !is_html && response.status() == StatusCode::OK {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// True for files the build stamps with a content hash: in their name, `-` and the hash's
/// hex digits, then `.` or `_` (as in `style-0123456789abcdef.css`), or in the name of a
/// folder they are in (`/app-0123456789abcdef/regie_bg.wasm`: a page's wasm module, whose
/// parts name each other without a hash). 12 to 16 digits are taken as a hash: a hash
/// written without its leading zeros is shorter now and then.
fn is_fingerprinted(path: &str) -> bool {
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    while let Some(segment) = segments.next() {
        let is_file = segments.peek().is_none();
        let stamped = segment.match_indices('-').any(|(at, _)| {
            let rest = &segment.as_bytes()[at + 1..];
            let digits = rest.iter().take_while(|b| b.is_ascii_hexdigit()).count();
            let end = rest.get(digits);
            (12..=16).contains(&digits)
                && if is_file {
                    matches!(end, Some(b'.' | b'_'))
                } else {
                    end.is_none()
                }
        });
        if stamped {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_fingerprinted;

    #[test]
    fn recognises_bundler_hashes() {
        assert!(is_fingerprinted("/regie-0123456789abcdef_bg.wasm"));
        assert!(is_fingerprinted("/regie-0123456789ABCDEF.js"));
        assert!(is_fingerprinted("/assets/style-0123456789abcdef.css"));
        assert!(!is_fingerprinted("/index.html"));
        assert!(!is_fingerprinted("/sw.js"));
        // A hash whose leading zeros the bundler left out.
        assert!(is_fingerprinted("/regie-dossier-2773414f1ba2102_bg.wasm"));
        assert!(is_fingerprinted("/style-fed2a0da42f0b7f.css"));
        assert!(!is_fingerprinted("/regie-0123456789a.js"));
        assert!(!is_fingerprinted("/regie-0123456789abcdef0.js"));
        assert!(!is_fingerprinted("/lang/ar.txt"));
        assert!(!is_fingerprinted("/v/share-0123456789abcdefgh"));
        // A page's module: the hash is its folder's.
        assert!(is_fingerprinted("/app-0123456789abcdef/regie_bg.wasm"));
        assert!(is_fingerprinted(
            "/viewer-0123456789abcdef/split_content.wasm"
        ));
        assert!(!is_fingerprinted("/app-0123456789abcdefx/regie_bg.wasm"));
        assert!(!is_fingerprinted("/app/regie_bg.wasm"));
    }
}
