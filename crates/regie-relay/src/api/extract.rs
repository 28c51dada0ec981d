//! What handlers take from a request: a well-formed id, a bearer token, the client's
//! address.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use regie_core::api::{is_reply_id, is_share_id};

use crate::error::Failure;
use crate::secrets::token_hash;
use crate::store::TokenHash;
use crate::AppState;

/// A well-formed share or transfer id from the path. Anything else is answered like an
/// unknown share.
pub(crate) struct Id(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for Id {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Failure> {
        match Path::<String>::from_request_parts(parts, state).await {
            Ok(Path(id)) if is_share_id(&id) => Ok(Id(id)),
            _ => Err(Failure::Gone),
        }
    }
}

/// The digest of the `Authorization: Bearer` revoke or cancel token. A missing token is
/// answered like a wrong one.
/// A share id and a reply id from the path, both of their shape; anything else is gone.
pub(crate) struct ReplyOf(pub(crate) String, pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for ReplyOf {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Failure> {
        match Path::<(String, String)>::from_request_parts(parts, state).await {
            Ok(Path((id, reply))) if is_share_id(&id) && is_reply_id(&reply) => {
                Ok(ReplyOf(id, reply))
            }
            _ => Err(Failure::Gone),
        }
    }
}

pub(crate) struct Bearer(pub(crate) TokenHash);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Failure> {
        parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|token| !token.is_empty())
            .map(|token| Bearer(token_hash(token)))
            .ok_or(Failure::Gone)
    }
}

/// The client's address, as limits and quotas count it.
pub(crate) struct Client(pub(crate) IpAddr);

impl FromRequestParts<AppState> for Client {
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Failure> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip());
        Ok(Client(client_addr(
            peer,
            &parts.headers,
            &state.config.trusted_proxies,
        )))
    }
}

/// The address a request counts under. Only when the TCP peer is a trusted proxy does
/// `X-Forwarded-For` count, and then its rightmost address that is not a trusted proxy
/// (what the proxy itself saw; anything left of it the client could have written). IPv6
/// clients are grouped by their /64: one home or phone gets a whole /64, so per-address
/// buckets would be trivial to dodge. Without a peer (a router run without connect info)
/// everyone shares one bucket rather than going unlimited.
pub fn client_addr(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> IpAddr {
    let peer = peer.map_or(IpAddr::from([0, 0, 0, 0]), |ip| ip.to_canonical());
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|t| t.to_canonical() == *ip);
    let mut client = peer;
    if is_trusted(&peer) {
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect::<Vec<_>>();
        for hop in forwarded.iter().rev() {
            let Ok(ip) = hop.parse::<IpAddr>().map(|ip| ip.to_canonical()) else {
                // Garbage where an address should be: trust nothing further left.
                break;
            };
            client = ip;
            if !is_trusted(&ip) {
                break;
            }
        }
    }
    match client {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn forwarded_for_counts_only_from_a_trusted_proxy() {
        let proxy: IpAddr = [10, 0, 0, 1].into();
        let client: IpAddr = [203, 0, 113, 7].into();
        let spoofed = forwarded("198.51.100.1, 203.0.113.7");
        assert_eq!(client_addr(Some(proxy), &spoofed, &[proxy]), client);
        // Not from the proxy: the header is the client's own words.
        let stranger: IpAddr = [192, 0, 2, 9].into();
        assert_eq!(client_addr(Some(stranger), &spoofed, &[proxy]), stranger);
        // No proxy configured: never believed.
        assert_eq!(client_addr(Some(proxy), &spoofed, &[]), proxy);
        // Two proxies in a row are both skipped.
        let inner: IpAddr = [10, 0, 0, 2].into();
        let chain = forwarded("198.51.100.1, 203.0.113.7, 10.0.0.2");
        assert_eq!(client_addr(Some(proxy), &chain, &[proxy, inner]), client);
        // Garbage stops the walk at the last good hop.
        let junk = forwarded("nonsense");
        assert_eq!(client_addr(Some(proxy), &junk, &[proxy]), proxy);
    }

    #[test]
    fn ipv6_clients_count_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let none = HeaderMap::new();
        assert_eq!(
            client_addr(Some(a), &none, &[]),
            client_addr(Some(b), &none, &[])
        );
    }
}
