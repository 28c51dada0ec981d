//! Request and response types shared by the relay and the app, and the relay's paths.
//!
//! The relay only ever sees age ciphertext: `preview` and `content` are binary age files.
//! The relay checks that they *are* age files, as far as that can be told without a key
//! (see [`AgeShape`]), so it cannot be used to park arbitrary data, but it never holds a
//! key that opens them.
//!
//! | route                            | request                        | success              | failure                      |
//! |----------------------------------|--------------------------------|----------------------|------------------------------|
//! | `POST /api/shares`               | raw bytes ([`raw_share_body`]) | 201 [`ShareCreated`] | 400, 403, 411, 413, 429, 503, 507 |
//! | `GET /api/shares/{id}`           | —                              | 200 [`ShareStatus`]  | 404 gone, 429                |
//! | `POST /api/shares/{id}/open`     | [`OpenShare`] JSON, or nothing | 200 content bytes    | 403 [`CodeRefused`] or [`NotYet`], 404 gone, 429 |
//! | `POST /api/shares/{id}/revoke`   | `Authorization: Bearer <t>`    | 204                  | 403, 404 gone, 429           |
//! | `GET /api/shares/{id}/log`       | `Authorization: Bearer <t>`    | 200 [`ShareLog`]     | 404 gone, 429                |
//! | `POST /api/shares/{id}/view`     | `Authorization: Bearer <v>`    | 200 content bytes    | 404 gone, 429                |
//! | `POST /api/shares/{id}/replies`  | `Bearer <v>`, one age file     | 201 [`ReplyPosted`]  | 400, 403 [`ErrorCode::RepliesOff`], 404, 409, 413, 429 |
//! | `GET /api/shares/{id}/replies`   | `Authorization: Bearer <t>`    | 200 [`ReplyList`]    | 404 gone, 429                |
//! | `DELETE /api/shares/{id}/replies/{reply}` | `Authorization: Bearer <t>` | 204      | 404 gone, 429                |
//! | `POST /api/requests`             | [`crate::request::ShareRequest`] JSON | 201 [`crate::request::RequestCreated`] | 400, 413, 429, 503 |
//! | `GET /api/requests/{id}`         | —                              | 200 the body as posted | 404 gone, 429              |
//! | `POST /api/requests/{id}/answer` | [`crate::request::RequestAnswer`] JSON | 204          | 400, 404 gone, 413, 429      |
//! | `GET /api/requests/{id}/state`   | `Authorization: Bearer <r>`    | 200 [`crate::request::RequestState`] | 404 gone, 429 |
//!
//! `<t>` is the revoke token the client got when sharing; `<v>` is a viewer token: every
//! counted opening answers one in the [`VIEWER_TOKEN_HEADER`] header, and with it the viewer
//! can fetch the content again (a reload, a restored tab) without a second opening, and
//! write replies while the share stands.
//!
//! Every failure body is an [`ApiError`]. Unknown, expired, revoked and malformed ids all
//! get the very same 404 body, so the answer tells nobody whether a share ever existed.

pub use crate::age_shape::{is_age_file, AgeShape, NotAge};

/// Every path of the relay's API, spelled once. Templates (with `{id}`) are what the relay's
/// router matches; [`path_for`] fills one in for a caller.
pub mod paths {
    /// Everything under this prefix is the API; the rest is the app.
    pub const API: &str = "/api";
    pub const SHARES: &str = "/api/shares";
    pub const SHARE: &str = "/api/shares/{id}";
    pub const SHARE_OPEN: &str = "/api/shares/{id}/open";
    pub const SHARE_REVOKE: &str = "/api/shares/{id}/revoke";
    pub const SHARE_LOG: &str = "/api/shares/{id}/log";
    pub const SHARE_VIEW: &str = "/api/shares/{id}/view";
    pub const SHARE_REPLIES: &str = "/api/shares/{id}/replies";
    pub const SHARE_REPLY: &str = "/api/shares/{id}/replies/{reply}";
    pub const SHARE_ACTIVITY: &str = "/api/shares/{id}/activity";
    pub const TRANSFERS: &str = "/api/transfers";
    pub const TRANSFER_RECEIVE: &str = "/api/transfers/{id}/receive";
    pub const TRANSFER_CANCEL: &str = "/api/transfers/{id}/cancel";
    pub const REQUESTS: &str = "/api/requests";
    pub const REQUEST: &str = "/api/requests/{id}";
    pub const REQUEST_ANSWER: &str = "/api/requests/{id}/answer";
    pub const REQUEST_STATE: &str = "/api/requests/{id}/state";
    /// The professional's request page, served as the viewer's page.
    pub const REQUEST_PAGE: &str = "/vraag";
    pub const HEALTH: &str = "/healthz";
}

/// `template` from [`paths`] with its `{id}` filled in.
pub fn path_for(template: &str, id: &str) -> String {
    template.replacen("{id}", id, 1)
}

/// Where the share API lives; the app and the relay build their paths from these.
pub const SHARES_PATH: &str = paths::SHARES;

fn is_false(b: &bool) -> bool {
    !*b
}

mod errors;
mod limits;
mod messages;
mod raw_share;
mod routes;
mod words;

pub use errors::*;
pub use limits::*;
pub use messages::*;
pub use raw_share::*;
pub use routes::*;

#[cfg(test)]
mod tests;
