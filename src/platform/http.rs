//! Talking to the share relay with `fetch`. Only ciphertext and ids travel; keys never do.

use regie_core::api::{ApiError, ErrorCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What a call to the relay can come to, in the terms the app explains to people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HttpError {
    /// No answer at all: no network, or the relay is down.
    Offline,
    /// The share is unknown, expired, revoked or used up.
    Gone,
    TooLarge,
    RateLimited,
    /// Anything else the relay refused.
    Refused,
}

enum Body {
    None,
    Json(String),
    /// Raw bytes (`application/octet-stream`): a share upload.
    Bytes(Vec<u8>),
}

/// A request to the relay with no cookies, no referrer and no cache, and the bearer token
/// when there is one; the caller adds the body and sets the headers.
fn request_init(
    method: &str,
    bearer: Option<&str>,
) -> Result<(web_sys::RequestInit, web_sys::Headers), HttpError> {
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    // Cookies and referrers have no business with shares.
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_referrer_policy(web_sys::ReferrerPolicy::NoReferrer);
    init.set_cache(web_sys::RequestCache::NoStore);
    let headers = web_sys::Headers::new().map_err(|_| HttpError::Refused)?;
    if let Some(token) = bearer {
        headers
            .set("Authorization", &format!("Bearer {token}"))
            .map_err(|_| HttpError::Refused)?;
    }
    Ok((init, headers))
}

async fn call(
    method: &str,
    path: &str,
    body: Body,
    bearer: Option<&str>,
) -> Result<web_sys::Response, HttpError> {
    let (init, headers) = request_init(method, bearer)?;
    match body {
        Body::None => {}
        Body::Json(text) => {
            headers
                .set("Content-Type", "application/json")
                .map_err(|_| HttpError::Refused)?;
            init.set_body(&JsValue::from_str(&text));
        }
        Body::Bytes(bytes) => {
            headers
                .set("Content-Type", regie_core::api::RAW_SHARE_TYPE)
                .map_err(|_| HttpError::Refused)?;
            init.set_body(&js_sys::Uint8Array::from(bytes.as_slice()));
        }
    }
    init.set_headers(&headers);
    let request =
        web_sys::Request::new_with_str_and_init(path, &init).map_err(|_| HttpError::Refused)?;
    let window = web_sys::window().ok_or(HttpError::Offline)?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| HttpError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| HttpError::Refused)?;
    if response.ok() {
        return Ok(response);
    }
    let status = response.status();
    let code = match text(&response).await {
        Ok(body) => serde_json::from_str::<ApiError>(&body)
            .ok()
            .map(|e| e.error),
        Err(_) => None,
    };
    Err(match (status, code) {
        (404, _) | (_, Some(ErrorCode::Gone)) => HttpError::Gone,
        (413, _) | (_, Some(ErrorCode::TooLarge)) => HttpError::TooLarge,
        (429, _) | (_, Some(ErrorCode::RateLimited)) => HttpError::RateLimited,
        // A proxy in front of a relay that is down answers 502/503/504.
        (502..=504, _) => HttpError::Offline,
        _ => HttpError::Refused,
    })
}

async fn text(response: &web_sys::Response) -> Result<String, HttpError> {
    let promise = response.text().map_err(|_| HttpError::Refused)?;
    let value = JsFuture::from(promise)
        .await
        .map_err(|_| HttpError::Offline)?;
    value.as_string().ok_or(HttpError::Refused)
}

async fn bytes(response: &web_sys::Response) -> Result<Vec<u8>, HttpError> {
    let promise = response.array_buffer().map_err(|_| HttpError::Refused)?;
    let buffer = JsFuture::from(promise)
        .await
        .map_err(|_| HttpError::Offline)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Sends JSON and reads a JSON answer.
pub async fn json<Req: Serialize, Res: DeserializeOwned>(
    method: &str,
    path: &str,
    request: Option<&Req>,
    bearer: Option<&str>,
) -> Result<Res, HttpError> {
    let body = match request {
        Some(r) => Body::Json(serde_json::to_string(r).map_err(|_| HttpError::Refused)?),
        None => Body::None,
    };
    let response = call(method, path, body, bearer).await?;
    let body = text(&response).await?;
    serde_json::from_str(&body).map_err(|_| HttpError::Refused)
}

/// Sends raw bytes and reads a JSON answer (creating a share).
pub async fn post_bytes<Res: DeserializeOwned>(
    path: &str,
    body: Vec<u8>,
) -> Result<Res, HttpError> {
    let response = call("POST", path, Body::Bytes(body), None).await?;
    let body = text(&response).await?;
    serde_json::from_str(&body).map_err(|_| HttpError::Refused)
}

/// A call whose answer is raw bytes (opening a share).
pub async fn fetch_bytes(method: &str, path: &str) -> Result<Vec<u8>, HttpError> {
    let response = call(method, path, Body::None, None).await?;
    bytes(&response).await
}

/// A call whose answer has no body worth reading (revoking).
pub async fn send(method: &str, path: &str, bearer: Option<&str>) -> Result<(), HttpError> {
    call(method, path, Body::None, bearer).await.map(|_| ())
}

/// A call whose every answer comes back as status and body, for routes whose refusals carry
/// more than a kind (a wrong transfer code says how many tries are left). Only no answer at
/// all is an error.
pub async fn exchange(
    method: &str,
    path: &str,
    body: Option<(&str, &[u8])>,
    bearer: Option<&str>,
) -> Result<(u16, Vec<u8>), HttpError> {
    let (init, headers) = request_init(method, bearer)?;
    if let Some((content_type, bytes)) = body {
        headers
            .set("Content-Type", content_type)
            .map_err(|_| HttpError::Refused)?;
        init.set_body(&js_sys::Uint8Array::from(bytes).into());
    }
    init.set_headers(&headers);
    let request =
        web_sys::Request::new_with_str_and_init(path, &init).map_err(|_| HttpError::Refused)?;
    let window = web_sys::window().ok_or(HttpError::Offline)?;
    let response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| HttpError::Offline)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| HttpError::Refused)?;
    let status = response.status();
    if (502..=504).contains(&status) {
        return Err(HttpError::Offline);
    }
    Ok((status, bytes(&response).await?))
}
