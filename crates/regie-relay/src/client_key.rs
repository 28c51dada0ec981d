//! Client-address hashes keyed with a secret the relay keeps in its store: a new random
//! secret each day, shared by every relay on the store, deleted by the purge once no
//! counter of its day is left. A plain hash of an address is undone by trying every IPv4
//! address (minutes); without the day's secret a hash tells nothing, and once the secret is
//! gone not even its holder can match it to an address.

use std::net::IpAddr;
use std::sync::Mutex;

use crate::secrets::client_hash;
use crate::store::{ClientHash, ClientSecret, Store, StoreError};

/// The relay's copy of the day's secret, so a request asks the store for it once a day.
#[derive(Default)]
pub struct ClientKeys {
    today: Mutex<Option<(i64, ClientSecret)>>,
}

impl ClientKeys {
    pub fn new() -> Self {
        Self::default()
    }

    /// What limits and quotas keep of `client` for `purpose` at `now`.
    pub async fn hash(
        &self,
        store: &dyn Store,
        purpose: &str,
        client: IpAddr,
        now: i64,
    ) -> Result<ClientHash, StoreError> {
        let day = crate::clock::day_of(now);
        let cached = *self.today.lock().unwrap_or_else(|e| e.into_inner());
        let secret = match cached {
            Some((kept, secret)) if kept == day => secret,
            _ => {
                let secret = store.client_secret(day).await?;
                *self.today.lock().unwrap_or_else(|e| e.into_inner()) = Some((day, secret));
                secret
            }
        };
        Ok(client_hash(&secret, purpose, client))
    }
}

impl std::fmt::Debug for ClientKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClientKeys")
    }
}
