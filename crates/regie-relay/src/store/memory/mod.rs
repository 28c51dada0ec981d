//! Shares in a map: for tests, and the reference the database backends are held against.

mod requests;

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use async_trait::async_trait;

use crate::store::rules::StoredCode;
use crate::store::transfer_rules::{judge, Verdict};
use crate::store::{
    activity_gate, gate, is_logged, is_past_retention, is_viewable, refused, reply_gate, state_of,
    wrong_code_number, Activity, ClientHash, ClientSecret, CodeLock, Content, DailyCharge, Gate,
    LiveShare, NewActivity, NewReply, NewRequest, NewShare, NewTransfer, Opened, Opening, Pending,
    Posting, PurgeReport, Release, Reply, Result, ShareLog, ShareState, Store, StoreError,
    TokenHash, UPLOAD_GRACE_MS,
};
use regie_core::api::{MAX_VIEWERS_PER_SHARE, SHARE_CODE_TRIES};

#[derive(Debug, Default)]
pub struct MemoryStore {
    inner: Mutex<Maps>,
}

#[derive(Debug, Default)]
struct Maps {
    shares: HashMap<String, Record>,
    transfers: HashMap<String, Transfer>,
    clients: HashMap<(ClientHash, i64), u64>,
    secrets: HashMap<i64, ClientSecret>,
    requests: HashMap<String, requests::Request>,
}

#[derive(Debug)]
struct Transfer {
    rules: NewTransfer,
    finished: bool,
    content: Vec<u8>,
}

#[derive(Debug)]
struct Record {
    token_hash: TokenHash,
    created_at: i64,
    expires_at: i64,
    max_opens: Option<u32>,
    finished: bool,
    revoked: bool,
    opens: u64,
    log: Vec<i64>,
    /// The times of the wrong codes, at most `MAX_LOGGED_WRONG_CODES`.
    wrong_codes: Vec<i64>,
    /// Counted against the quota while the ciphertext is held.
    held_bytes: u64,
    preview: Option<Vec<u8>>,
    /// The content's chunks, in order.
    content: Option<Vec<Vec<u8>>>,
    code: Option<CodeLock>,
    /// Wrong codes still taken; zero: blocked.
    code_tries: Option<u32>,
    starts_at: Option<i64>,
    replies_on: bool,
    viewers: Vec<TokenHash>,
    replies: Vec<Reply>,
    activity: Vec<Activity>,
}

impl Record {
    fn state(&self, now: i64) -> ShareState {
        state_of(
            self.code_tries == Some(0),
            self.revoked,
            self.expires_at,
            self.max_opens,
            self.opens,
            now,
        )
    }

    /// Bytes counted against the quota: the content while held, and the replies.
    fn quota_bytes(&self) -> u64 {
        self.held_bytes
            + self
                .replies
                .iter()
                .map(|r| r.ciphertext.len() as u64)
                .sum::<u64>()
    }

    /// The handle on its content, while it holds any.
    fn content_of(&self, id: &str) -> Option<Content> {
        let chunks = self.content.as_ref().filter(|c| !c.is_empty())?;
        Some(Content {
            id: id.to_owned(),
            chunks: chunks.len() as u32,
            len: chunks.iter().map(|c| c.len() as u64).sum(),
            first: chunks[0].clone(),
        })
    }

    fn drop_ciphertext(&mut self) {
        self.preview = None;
        self.content = None;
        self.held_bytes = 0;
    }

    /// A revoke: expired shares stay "expired", only their leftovers go.
    fn revoke(&mut self, now: i64) {
        if self.state(now) != ShareState::Expired {
            self.revoked = true;
        }
        self.drop_ciphertext();
    }
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn maps(&self) -> MutexGuard<'_, Maps> {
        // Every change under the lock is a few assignments that leave the maps consistent.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Maps {
    /// Bytes counted against the quota: shares' content, replies and transfers held.
    fn held(&self) -> u64 {
        let shares: u64 = self.shares.values().map(Record::quota_bytes).sum();
        let transfers: u64 = self.transfers.values().map(|t| t.rules.content_bytes).sum();
        shares + transfers
    }

    fn finished(&mut self, id: &str) -> Option<&mut Record> {
        self.shares.get_mut(id).filter(|r| r.finished)
    }

    /// The record behind `id` if it is still kept and `token` fits.
    fn owned(&mut self, id: &str, token: &TokenHash, now: i64) -> Option<&mut Record> {
        self.finished(id)
            .filter(|r| r.token_hash == *token && !is_past_retention(r.expires_at, now))
    }
}

#[async_trait]
impl Store for MemoryStore {
    async fn begin_share(&self, share: NewShare, quota: Option<u64>) -> Result<()> {
        let mut maps = self.maps();
        if maps.shares.contains_key(&share.id) {
            return Err(StoreError::DuplicateId);
        }
        if quota.is_some_and(|quota| maps.held() + share.content_bytes > quota) {
            return Err(StoreError::QuotaFull);
        }
        maps.shares.insert(
            share.id,
            Record {
                token_hash: share.token_hash,
                created_at: share.created_at,
                expires_at: share.expires_at,
                max_opens: share.max_opens,
                finished: false,
                revoked: false,
                opens: 0,
                log: Vec::new(),
                wrong_codes: Vec::new(),
                held_bytes: share.content_bytes,
                preview: Some(share.preview),
                content: Some(Vec::new()),
                code_tries: share.code.as_ref().map(|_| SHARE_CODE_TRIES),
                code: share.code,
                starts_at: share.starts_at,
                replies_on: share.replies,
                viewers: Vec::new(),
                replies: Vec::new(),
                activity: Vec::new(),
            },
        );
        Ok(())
    }

    async fn add_chunk(&self, id: &str, _n: u32, bytes: Vec<u8>) -> Result<()> {
        let mut maps = self.maps();
        if let Some(content) = maps
            .shares
            .get_mut(id)
            .filter(|r| !r.finished)
            .and_then(|r| r.content.as_mut())
        {
            content.push(bytes);
        }
        Ok(())
    }

    async fn finish_share(&self, id: &str) -> Result<()> {
        if let Some(record) = self.maps().shares.get_mut(id) {
            record.finished = true;
        }
        Ok(())
    }

    async fn discard_share(&self, id: &str) -> Result<()> {
        let mut maps = self.maps();
        if maps.shares.get(id).is_some_and(|r| !r.finished) {
            maps.shares.remove(id);
        }
        Ok(())
    }

    async fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>> {
        let mut maps = self.maps();
        Ok(maps.finished(id).and_then(|r| {
            let state = r.state(now);
            let live = matches!(state, ShareState::Active | ShareState::Exhausted);
            Some(LiveShare {
                expires_at: r.expires_at,
                preview: r.preview.clone().filter(|_| live)?,
                code_needed: r.code.is_some(),
                tries_left: r.code_tries,
                starts_at: r.starts_at,
                max_opens: r.max_opens,
                used_up: state == ShareState::Exhausted,
            })
        }))
    }

    async fn open_as(
        &self,
        id: &str,
        code: Option<&str>,
        viewer: Option<&TokenHash>,
        now: i64,
    ) -> Result<Opened> {
        let mut maps = self.maps();
        let Some(record) = maps.finished(id) else {
            return refused(Opening::Gone);
        };
        if record.content.as_ref().is_none_or(Vec::is_empty) {
            return refused(Opening::Gone);
        }
        let stored = record.code.as_ref().map(|lock| StoredCode {
            salt: &lock.salt,
            hash: &lock.hash,
            tries_left: record.code_tries.unwrap_or(0),
        });
        match gate(record.state(now), record.starts_at, stored, code, now) {
            Gate::Open => {}
            Gate::Gone => return refused(Opening::Gone),
            Gate::NotYet { starts_at } => return refused(Opening::NotYet { starts_at }),
            Gate::CodeNeeded { tries_left } => return refused(Opening::CodeNeeded { tries_left }),
            Gate::Wrong { tries_left } => {
                record.code_tries = Some(tries_left);
                if wrong_code_number(tries_left).is_some() {
                    record.wrong_codes.push(now);
                }
                if tries_left == 0 {
                    record.revoke(now);
                }
                return refused(Opening::WrongCode { tries_left });
            }
        }
        record.opens += 1;
        if is_logged(record.opens) {
            record.log.push(now);
        }
        let viewer_kept = match viewer {
            Some(viewer) if record.viewers.len() < MAX_VIEWERS_PER_SHARE => {
                record.viewers.push(*viewer);
                true
            }
            _ => false,
        };
        let Some(content) = record.content_of(id) else {
            return refused(Opening::Gone);
        };
        Ok(Opened {
            opening: Opening::Content(content),
            viewer_kept,
        })
    }

    async fn view(&self, id: &str, viewer: &TokenHash, now: i64) -> Result<Option<Content>> {
        let mut maps = self.maps();
        Ok(maps
            .finished(id)
            .filter(|r| is_viewable(r.state(now)) && r.viewers.contains(viewer))
            .and_then(|r| r.content_of(id)))
    }

    async fn read_chunk(&self, id: &str, n: u32, now: i64) -> Result<Option<Vec<u8>>> {
        let mut maps = self.maps();
        Ok(maps
            .finished(id)
            .filter(|r| is_viewable(r.state(now)))
            .and_then(|r| r.content.as_ref()?.get(n as usize).cloned()))
    }

    async fn post_reply(
        &self,
        reply: NewReply,
        viewer: &TokenHash,
        quota: Option<u64>,
    ) -> Result<Posting> {
        let mut maps = self.maps();
        let held = maps.held();
        let now = reply.received_at;
        let Some(record) = maps.finished(&reply.share) else {
            return Ok(Posting::Gone);
        };
        let fits = record.viewers.contains(viewer);
        if let Some(refused) = reply_gate(
            record.state(now),
            fits,
            record.replies_on,
            record.replies.len(),
        ) {
            return Ok(refused);
        }
        if quota.is_some_and(|quota| held + reply.ciphertext.len() as u64 > quota) {
            return Err(StoreError::QuotaFull);
        }
        record.replies.push(Reply {
            id: reply.id,
            received_at: reply.received_at,
            ciphertext: reply.ciphertext,
        });
        Ok(Posting::Posted)
    }

    async fn replies(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<Vec<Reply>>> {
        let mut maps = self.maps();
        Ok(maps.owned(id, token, now).map(|r| r.replies.clone()))
    }

    async fn post_activity(&self, event: NewActivity, viewer: &TokenHash) -> Result<Posting> {
        let mut maps = self.maps();
        let Some(record) = maps.finished(&event.share) else {
            return Ok(Posting::Gone);
        };
        let fits = record.viewers.contains(viewer);
        let state = record.state(event.received_at);
        if let Some(refused) = activity_gate(state, fits, record.activity.len()) {
            return Ok(refused);
        }
        record.activity.push(Activity {
            received_at: event.received_at,
            ciphertext: event.ciphertext,
        });
        Ok(Posting::Posted)
    }

    async fn activity(
        &self,
        id: &str,
        token: &TokenHash,
        now: i64,
    ) -> Result<Option<Vec<Activity>>> {
        let mut maps = self.maps();
        Ok(maps.owned(id, token, now).map(|r| r.activity.clone()))
    }

    async fn delete_reply(
        &self,
        id: &str,
        token: &TokenHash,
        reply: &str,
        now: i64,
    ) -> Result<bool> {
        let mut maps = self.maps();
        let Some(record) = maps.owned(id, token, now) else {
            return Ok(false);
        };
        record.replies.retain(|r| r.id != reply);
        Ok(true)
    }

    async fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        let mut maps = self.maps();
        let Some(record) = maps.owned(id, token, now) else {
            return Ok(false);
        };
        record.revoke(now);
        Ok(true)
    }

    async fn take_down(&self, id: &str, now: i64) -> Result<bool> {
        let mut maps = self.maps();
        let Some(record) = maps.shares.get_mut(id) else {
            return Ok(false);
        };
        record.revoke(now);
        Ok(true)
    }

    async fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>> {
        let mut maps = self.maps();
        Ok(maps.owned(id, token, now).map(|r| ShareLog {
            status: r.state(now),
            expires_at: r.expires_at,
            max_opens: r.max_opens,
            opens: r.log.clone(),
            starts_at: r.starts_at,
            wrong_codes: r.wrong_codes.clone(),
        }))
    }

    async fn purge(&self, now: i64) -> Result<PurgeReport> {
        let mut maps = self.maps();
        let before = maps.shares.len();
        maps.shares.retain(|_, r| {
            let abandoned = !r.finished && now >= r.created_at + UPLOAD_GRACE_MS;
            !is_past_retention(r.expires_at, now) && !abandoned
        });
        let mut report = PurgeReport {
            deleted: before - maps.shares.len(),
            ..PurgeReport::default()
        };
        for record in maps.shares.values_mut() {
            let holds_ciphertext = record.preview.is_some() || record.content.is_some();
            if record.finished && now >= record.expires_at && holds_ciphertext {
                record.drop_ciphertext();
                report.emptied += 1;
            }
        }
        let before = maps.transfers.len();
        maps.transfers.retain(|_, t| {
            let abandoned = !t.finished && now >= t.rules.created_at + UPLOAD_GRACE_MS;
            now < t.rules.expires_at && !abandoned
        });
        report.transfers = before - maps.transfers.len();
        maps.requests.retain(|_, r| now < r.expires_at);
        let today = crate::clock::day_of(now);
        maps.clients.retain(|(_, day), _| *day >= today - 1);
        let counted: std::collections::HashSet<i64> = maps.clients.keys().map(|k| k.1).collect();
        maps.secrets
            .retain(|day, _| *day >= today || counted.contains(day));
        Ok(report)
    }

    async fn charge_client(&self, charge: DailyCharge) -> Result<bool> {
        let mut maps = self.maps();
        let used = maps.clients.entry((charge.client, charge.day)).or_default();
        if !charge.fits(*used) {
            return Ok(false);
        }
        *used += charge.bytes;
        Ok(true)
    }

    async fn client_secret(&self, day: i64) -> Result<ClientSecret> {
        let mut maps = self.maps();
        if let Some(secret) = maps.secrets.get(&day) {
            return Ok(*secret);
        }
        let secret = crate::secrets::random_bytes().map_err(StoreError::backend)?;
        maps.secrets.insert(day, secret);
        Ok(secret)
    }

    async fn begin_transfer(&self, transfer: NewTransfer, quota: Option<u64>) -> Result<()> {
        let mut maps = self.maps();
        if maps.transfers.contains_key(&transfer.id) {
            return Err(StoreError::DuplicateId);
        }
        if quota.is_some_and(|quota| maps.held() + transfer.content_bytes > quota) {
            return Err(StoreError::QuotaFull);
        }
        maps.transfers.insert(
            transfer.id.clone(),
            Transfer {
                rules: transfer,
                finished: false,
                content: Vec::new(),
            },
        );
        Ok(())
    }

    async fn add_transfer_chunk(&self, id: &str, _n: u32, bytes: Vec<u8>) -> Result<()> {
        if let Some(t) = self.maps().transfers.get_mut(id).filter(|t| !t.finished) {
            t.content.extend_from_slice(&bytes);
        }
        Ok(())
    }

    async fn finish_transfer(&self, id: &str, expires_at: i64) -> Result<bool> {
        Ok(match self.maps().transfers.get_mut(id) {
            Some(t) if !t.finished => {
                t.finished = true;
                t.rules.expires_at = expires_at;
                true
            }
            _ => false,
        })
    }

    async fn discard_transfer(&self, id: &str) -> Result<()> {
        let mut maps = self.maps();
        if maps.transfers.get(id).is_some_and(|t| !t.finished) {
            maps.transfers.remove(id);
        }
        Ok(())
    }

    async fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release> {
        let mut maps = self.maps();
        let transfers = &mut maps.transfers;
        let Some(t) = transfers.get_mut(id).filter(|t| t.finished) else {
            return Ok(Release::Gone);
        };
        let r = &t.rules;
        Ok(
            match judge(&r.code_salt, &r.code_hash, r.tries, r.expires_at, code, now) {
                Verdict::Release => {
                    Release::Content(transfers.remove(id).map(|t| t.content).unwrap_or_default())
                }
                Verdict::Wrong { tries_left } => {
                    t.rules.tries = tries_left;
                    if tries_left == 0 {
                        transfers.remove(id);
                    }
                    Release::WrongCode { tries_left }
                }
                Verdict::Gone => {
                    transfers.remove(id);
                    Release::Gone
                }
            },
        )
    }

    async fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool> {
        let mut maps = self.maps();
        let live = maps
            .transfers
            .get(id)
            .is_some_and(|t| t.rules.cancel_hash == *token && now < t.rules.expires_at);
        if live {
            maps.transfers.remove(id);
        }
        Ok(live)
    }

    async fn create_request(&self, request: NewRequest, cap: u64, now: i64) -> Result<bool> {
        requests::create(&mut self.maps().requests, request, cap, now)
    }

    async fn request_body(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>> {
        Ok(requests::body(&self.maps().requests, id, now))
    }

    async fn answer_request(&self, id: &str, answer: Vec<u8>, now: i64) -> Result<bool> {
        Ok(requests::answer(&mut self.maps().requests, id, answer, now))
    }

    async fn take_request_answer(
        &self,
        id: &str,
        secret: &TokenHash,
        now: i64,
    ) -> Result<Option<Pending>> {
        Ok(requests::take_answer(
            &mut self.maps().requests,
            id,
            secret,
            now,
        ))
    }
}
