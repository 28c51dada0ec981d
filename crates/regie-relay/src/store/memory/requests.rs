//! Requests for a share in a map: the reference the database backends are held against.

use std::collections::HashMap;

use crate::store::requests::{answered_expiry, NewRequest, Pending};
use crate::store::{Result, StoreError, TokenHash};

#[derive(Debug)]
pub(super) struct Request {
    secret_hash: TokenHash,
    pub(super) expires_at: i64,
    body: Vec<u8>,
    answer: Option<Vec<u8>>,
}

type Requests = HashMap<String, Request>;

pub(super) fn create(
    requests: &mut Requests,
    request: NewRequest,
    cap: u64,
    now: i64,
) -> Result<bool> {
    if requests.contains_key(&request.id) {
        return Err(StoreError::DuplicateId);
    }
    let alive = requests.values().filter(|r| now < r.expires_at).count();
    if alive as u64 >= cap {
        return Ok(false);
    }
    requests.insert(
        request.id,
        Request {
            secret_hash: request.secret_hash,
            expires_at: request.expires_at,
            body: request.body,
            answer: None,
        },
    );
    Ok(true)
}

pub(super) fn body(requests: &Requests, id: &str, now: i64) -> Option<Vec<u8>> {
    requests
        .get(id)
        .filter(|r| r.answer.is_none() && now < r.expires_at)
        .map(|r| r.body.clone())
}

pub(super) fn answer(requests: &mut Requests, id: &str, answer: Vec<u8>, now: i64) -> bool {
    match requests.get_mut(id) {
        Some(r) if r.answer.is_none() && now < r.expires_at => {
            r.answer = Some(answer);
            r.expires_at = answered_expiry(r.expires_at, now);
            true
        }
        _ => false,
    }
}

pub(super) fn take_answer(
    requests: &mut Requests,
    id: &str,
    secret: &TokenHash,
    now: i64,
) -> Option<Pending> {
    let request = requests
        .get(id)
        .filter(|r| r.secret_hash == *secret && now < r.expires_at)?;
    if request.answer.is_none() {
        return Some(Pending::Waiting);
    }
    requests
        .remove(id)
        .and_then(|r| r.answer)
        .map(Pending::Answered)
}
