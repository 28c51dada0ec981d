//! What every API request passes before its handler: the cross-site check, the rate limit
//! of its kind, and (except uploads, which are held to a rate instead) a time limit.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderMap, Method};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::MethodRouter;

use super::client_addr;
use crate::error::Failure;
use crate::AppState;

/// The kinds of request that are limited apart, so that a viewer's openings do not eat the
/// client's allowance for checking on shares, and creations have their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Create,
    Open,
    /// Status, log, revoke, cancel.
    Manage,
    /// A viewer's reply: an upload, if a small one.
    Reply,
    /// An event for a share's activity log: an opening, a reload, a print or a reply sent.
    Activity,
}

impl Kind {
    /// Times the configured rate this kind may go at. The app polls each share's log and
    /// the viewer its share's status every ten seconds: a client with twenty shares on
    /// screen makes 120 such requests a minute, and an office behind one address more.
    pub(crate) fn allowance(self) -> u32 {
        match self {
            Kind::Create | Kind::Open | Kind::Reply => 1,
            Kind::Manage => 10,
            // Each opening brings one event, and a print or a reply another.
            Kind::Activity => 4,
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Create => "create",
            Kind::Open => "open",
            Kind::Manage => "manage",
            Kind::Reply => "reply",
            Kind::Activity => "activity",
        }
    }
}

/// `route` behind the rate limit of `kind`. The limit runs before the body is read, so a
/// limited client cannot make the relay take in 128 MiB first.
pub(crate) fn limited(
    state: &AppState,
    route: MethodRouter<AppState>,
    kind: Kind,
) -> MethodRouter<AppState> {
    route.layer(middleware::from_fn_with_state(
        (state.clone(), kind),
        rate_limit,
    ))
}

async fn rate_limit(
    State((state, kind)): State<(AppState, Kind)>,
    req: Request,
    next: Next,
) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let client = client_addr(peer, req.headers(), &state.config.trusted_proxies);
    let now = state.clock.now_ms();
    let limiter = state.limiter(kind);
    match limiter
        .check(&*state.store, &state.client_keys, client, now)
        .await
    {
        Ok(Ok(())) => next.run(req).await,
        Ok(Err(wait)) => Failure::RateLimited(wait).into_response(),
        Err(err) => Failure::from(err).into_response(),
    }
}

/// A request that changes something must come from the relay's own pages: a browser says
/// where a request comes from in `Sec-Fetch-Site` and `Origin`, and a page elsewhere that
/// posts here (even a plain form, even as `text/plain`) is refused. Clients that send
/// neither header (curl, scripts) are not browsers acting for someone else, and pass.
pub(crate) async fn same_origin(req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || is_same_origin(req.headers()) {
        next.run(req).await
    } else {
        Failure::CrossSite.into_response()
    }
}

fn is_same_origin(headers: &HeaderMap) -> bool {
    let text = |name| headers.get(name).map(|v| v.to_str().unwrap_or_default());
    if let Some(site) = text(header::HeaderName::from_static("sec-fetch-site")) {
        // "none": the person typed it; "same-site" is a sibling host, which is another site
        // as far as shares are concerned.
        if !matches!(site, "same-origin" | "none") {
            return false;
        }
    }
    match text(header::ORIGIN) {
        None => true,
        Some(origin) => {
            let authority = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            let host = text(header::HOST);
            matches!((authority, host), (Some(a), Some(h)) if a.eq_ignore_ascii_case(h))
        }
    }
}

/// Cuts off a request that takes longer than the relay's request timeout, whether it
/// trickles its body or its handler waits on a stuck store.
pub(crate) async fn request_timeout(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    match tokio::time::timeout(state.config.request_timeout, next.run(req)).await {
        Ok(response) => response,
        Err(_) => Failure::TimedOut.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn only_the_relays_own_pages_may_change_things() {
        let host = ("host", "relay.example:8080");
        assert!(is_same_origin(&headers(&[host])));
        assert!(is_same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-origin"),
            ("origin", "https://relay.example:8080"),
        ])));
        assert!(!is_same_origin(&headers(&[
            host,
            ("sec-fetch-site", "cross-site")
        ])));
        assert!(!is_same_origin(&headers(&[
            host,
            ("sec-fetch-site", "same-site")
        ])));
        assert!(!is_same_origin(&headers(&[
            host,
            ("origin", "https://evil.example")
        ])));
        assert!(!is_same_origin(&headers(&[host, ("origin", "null")])));
        assert!(!is_same_origin(&headers(&[(
            "origin",
            "https://relay.example:8080"
        )])));
    }
}
