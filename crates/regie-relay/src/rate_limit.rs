//! Per-client limits on every API request, so one client can neither drain a share's
//! openings by brute force, nor fill the disk, nor keep the store busy.
//!
//! With one relay the buckets live in its memory. Relays sharing PostgreSQL count in the
//! database instead (see `Store::count_request`), in windows of a minute, so a client cannot
//! collect each relay's allowance by spreading requests over them.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::clock::Clock as _;
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::client_key::ClientKeys;
pub use crate::store::{window_of, WINDOW_MS};
use crate::store::{Store, StoreError};

/// A token bucket per client address: `per_min` requests of burst, refilled evenly over a
/// minute; or the database's count per minute. `None` inside means limiting is off.
#[derive(Clone, Default)]
pub struct RateLimiter(Option<Limit>);

#[derive(Clone)]
struct Limit {
    /// What the buckets in the database are kept under, so kinds of request count apart.
    purpose: &'static str,
    per_min: NonZeroU32,
    local: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

impl RateLimiter {
    pub fn per_minute(purpose: &'static str, per_min: Option<u32>) -> Self {
        Self(per_min.and_then(NonZeroU32::new).map(|per_min| Limit {
            purpose,
            per_min,
            local: Arc::new(DefaultKeyedRateLimiter::keyed(Quota::per_minute(per_min))),
        }))
    }

    pub fn disabled() -> Self {
        Self(None)
    }

    /// `Ok(Err(wait))` when `client` must wait before trying again.
    pub async fn check(
        &self,
        store: &dyn Store,
        keys: &ClientKeys,
        client: IpAddr,
        now: i64,
    ) -> Result<Result<(), Duration>, StoreError> {
        let Some(limit) = &self.0 else {
            return Ok(Ok(()));
        };
        let window = window_of(now);
        let bucket = keys.hash(store, limit.purpose, client, now).await?;
        Ok(match store.count_request(&bucket, window).await? {
            Some(count) if count > u64::from(limit.per_min.get()) => {
                let next_window = (window + 1) * WINDOW_MS;
                Err(Duration::from_millis((next_window - now).max(1) as u64))
            }
            Some(_) => Ok(()),
            None => limit
                .local
                .check_key(&client)
                .map_err(|not_until| not_until.wait_time_from(limit.local.clock().now())),
        })
    }

    /// Forgets clients whose bucket is full again, so the map does not grow without bound.
    pub fn forget_idle(&self) {
        if let Some(limit) = &self.0 {
            limit.local.retain_recent();
            limit.local.shrink_to_fit();
        }
    }
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("RateLimiter")
            .field(&self.0.as_ref().map(|l| (l.purpose, l.per_min)))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MemoryStore;

    #[tokio::test]
    async fn limits_each_client_separately() {
        let store = MemoryStore::new();
        let limiter = RateLimiter::per_minute("open", Some(2));
        let a: IpAddr = [192, 0, 2, 1].into();
        let b: IpAddr = [192, 0, 2, 2].into();
        let keys = ClientKeys::new();
        let check = |ip| limiter.check(&store, &keys, ip, 0);
        assert!(check(a).await.unwrap().is_ok());
        assert!(check(a).await.unwrap().is_ok());
        let wait = check(a).await.unwrap().unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        assert!(check(b).await.unwrap().is_ok());
    }

    #[tokio::test]
    async fn off_means_unlimited() {
        let store = MemoryStore::new();
        let limiter = RateLimiter::per_minute("open", None);
        let ip: IpAddr = [192, 0, 2, 1].into();
        let keys = ClientKeys::new();
        for _ in 0..10_000 {
            assert!(limiter.check(&store, &keys, ip, 0).await.unwrap().is_ok());
        }
    }
}
