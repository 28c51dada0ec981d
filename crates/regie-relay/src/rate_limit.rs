//! Per-client-IP limits on creating and opening shares, so one client can neither drain a
//! share's openings by brute force nor fill the disk.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use governor::clock::Clock as _;
use governor::{DefaultKeyedRateLimiter, Quota};

/// A token bucket per client IP: `per_min` requests of burst, refilled evenly over a minute.
/// `None` inside means limiting is off.
#[derive(Clone, Default)]
pub struct RateLimiter(Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>);

impl RateLimiter {
    pub fn per_minute(per_min: Option<u32>) -> Self {
        Self(
            per_min
                .and_then(NonZeroU32::new)
                .map(|n| Arc::new(DefaultKeyedRateLimiter::keyed(Quota::per_minute(n)))),
        )
    }

    pub fn disabled() -> Self {
        Self(None)
    }

    /// `Err(wait)` when `ip` must wait before trying again.
    pub fn check(&self, ip: IpAddr) -> Result<(), Duration> {
        let Some(limiter) = &self.0 else {
            return Ok(());
        };
        limiter
            .check_key(&ip)
            .map_err(|not_until| not_until.wait_time_from(limiter.clock().now()))
    }

    /// Forgets clients whose bucket is full again, so the map does not grow without bound.
    pub fn forget_idle(&self) {
        if let Some(limiter) = &self.0 {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("RateLimiter")
            .field(&self.0.as_ref().map(|l| l.len()))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_each_ip_separately() {
        let limiter = RateLimiter::per_minute(Some(2));
        let a: IpAddr = [192, 0, 2, 1].into();
        let b: IpAddr = [192, 0, 2, 2].into();
        assert!(limiter.check(a).is_ok());
        assert!(limiter.check(a).is_ok());
        let wait = limiter.check(a).unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(30),
            "{wait:?}"
        );
        assert!(limiter.check(b).is_ok());
    }

    #[test]
    fn off_means_unlimited() {
        let limiter = RateLimiter::per_minute(None);
        let ip: IpAddr = [192, 0, 2, 1].into();
        assert!((0..10_000).all(|_| limiter.check(ip).is_ok()));
    }
}
