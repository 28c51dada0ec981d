//! Shares in a map: for tests, and the reference the SQLite backend is held against.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

use super::transfer_rules::{judge, Verdict};
use super::{
    is_past_retention, state_of, LiveShare, NewShare, NewTransfer, PurgeReport, Release, ShareLog,
    ShareState, ShareStore, StoreError, TokenHash,
};

#[derive(Debug, Default)]
pub struct MemoryStore {
    shares: Mutex<HashMap<String, Record>>,
    transfers: Mutex<HashMap<String, NewTransfer>>,
}

#[derive(Debug)]
struct Record {
    token_hash: TokenHash,
    expires_at: i64,
    max_opens: Option<u32>,
    revoked: bool,
    opens: Vec<i64>,
    preview: Option<Vec<u8>>,
    content: Option<Vec<u8>>,
}

impl Record {
    fn state(&self, now: i64) -> ShareState {
        state_of(
            self.revoked,
            self.expires_at,
            self.max_opens,
            self.opens.len() as u64,
            now,
        )
    }
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn shares(&self) -> MutexGuard<'_, HashMap<String, Record>> {
        // A panic while holding the lock leaves the map consistent: every change is one
        // assignment.
        self.shares.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn transfers(&self) -> MutexGuard<'_, HashMap<String, NewTransfer>> {
        self.transfers.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The record behind `id` if it is still kept and `token` fits. Comparing digests rather
/// than tokens means timing reveals nothing usable about the token.
fn owned<'a>(
    shares: &'a mut HashMap<String, Record>,
    id: &str,
    token: &TokenHash,
    now: i64,
) -> Option<&'a mut Record> {
    shares
        .get_mut(id)
        .filter(|r| r.token_hash == *token && !is_past_retention(r.expires_at, now))
}

impl ShareStore for MemoryStore {
    fn create(&self, share: NewShare) -> Result<(), StoreError> {
        let mut shares = self.shares();
        if shares.contains_key(&share.id) {
            return Err(StoreError::DuplicateId);
        }
        shares.insert(
            share.id,
            Record {
                token_hash: share.token_hash,
                expires_at: share.expires_at,
                max_opens: share.max_opens,
                revoked: false,
                opens: Vec::new(),
                preview: Some(share.preview),
                content: Some(share.content),
            },
        );
        Ok(())
    }

    fn status(&self, id: &str, now: i64) -> Result<Option<LiveShare>, StoreError> {
        let shares = self.shares();
        Ok(shares.get(id).and_then(|r| {
            let live = matches!(r.state(now), ShareState::Active | ShareState::Exhausted);
            Some(LiveShare {
                expires_at: r.expires_at,
                preview: r.preview.clone().filter(|_| live)?,
            })
        }))
    }

    fn open(&self, id: &str, now: i64) -> Result<Option<Vec<u8>>, StoreError> {
        let mut shares = self.shares();
        let Some(record) = shares.get_mut(id) else {
            return Ok(None);
        };
        if record.state(now) != ShareState::Active {
            return Ok(None);
        }
        record.opens.push(now);
        let content = if record.state(now) == ShareState::Exhausted {
            record.content.take()
        } else {
            record.content.clone()
        };
        Ok(content)
    }

    fn revoke(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool, StoreError> {
        let mut shares = self.shares();
        let Some(record) = owned(&mut shares, id, token, now) else {
            return Ok(false);
        };
        if record.state(now) != ShareState::Expired {
            record.revoked = true;
        }
        record.preview = None;
        record.content = None;
        Ok(true)
    }

    fn log(&self, id: &str, token: &TokenHash, now: i64) -> Result<Option<ShareLog>, StoreError> {
        let mut shares = self.shares();
        Ok(owned(&mut shares, id, token, now).map(|r| ShareLog {
            status: r.state(now),
            expires_at: r.expires_at,
            max_opens: r.max_opens,
            opens: r.opens.clone(),
        }))
    }

    fn purge_expired(&self, now: i64) -> Result<PurgeReport, StoreError> {
        let mut shares = self.shares();
        let before = shares.len();
        shares.retain(|_, r| !is_past_retention(r.expires_at, now));
        let mut report = PurgeReport {
            deleted: before - shares.len(),
            ..PurgeReport::default()
        };
        for record in shares.values_mut() {
            let holds_ciphertext = record.preview.is_some() || record.content.is_some();
            if now >= record.expires_at && holds_ciphertext {
                record.preview = None;
                record.content = None;
                report.emptied += 1;
            }
        }
        Ok(report)
    }

    fn create_transfer(&self, transfer: NewTransfer) -> Result<(), StoreError> {
        let mut transfers = self.transfers();
        if transfers.contains_key(&transfer.id) {
            return Err(StoreError::DuplicateId);
        }
        transfers.insert(transfer.id.clone(), transfer);
        Ok(())
    }

    fn receive_transfer(&self, id: &str, code: &str, now: i64) -> Result<Release, StoreError> {
        let mut transfers = self.transfers();
        let Some(t) = transfers.get_mut(id) else {
            return Ok(Release::Gone);
        };
        Ok(
            match judge(&t.code_salt, &t.code_hash, t.tries, t.expires_at, code, now) {
                Verdict::Release => {
                    Release::Content(transfers.remove(id).map(|t| t.content).unwrap_or_default())
                }
                Verdict::Wrong { tries_left } => {
                    t.tries = tries_left;
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

    fn cancel_transfer(&self, id: &str, token: &TokenHash, now: i64) -> Result<bool, StoreError> {
        let mut transfers = self.transfers();
        let live = transfers
            .get(id)
            .is_some_and(|t| t.cancel_hash == *token && now < t.expires_at);
        if live {
            transfers.remove(id);
        }
        Ok(live)
    }

    fn purge_transfers(&self, now: i64) -> Result<usize, StoreError> {
        let mut transfers = self.transfers();
        let before = transfers.len();
        transfers.retain(|_, t| now < t.expires_at);
        Ok(before - transfers.len())
    }
}
