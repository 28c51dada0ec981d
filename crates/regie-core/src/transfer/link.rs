//! The move link: `<origin>/#move=1.<transfer id>.<key>`.

use crate::share::{read_link_parts, LinkError, ShareKey, LINK_VERSION};

use super::*;

/// A transfer id and its one-time key: what the moving link carries.
#[derive(Debug)]
pub struct MoveLink {
    pub id: String,
    pub key: ShareKey,
}

impl MoveLink {
    /// The full link for the QR code. `origin` is scheme, host and port, without a slash.
    pub fn to_url(&self, origin: &str) -> String {
        format!(
            "{}/#{MOVE_FRAGMENT_PREFIX}{LINK_VERSION}.{}.{}",
            origin.trim_end_matches('/'),
            self.id,
            self.key.to_link_part()
        )
    }

    /// True when a link or address is a moving link at all (even a broken one), so the app
    /// shows the receiving screen and explains what is wrong with it.
    pub fn is_move_link(link: &str) -> bool {
        link.split_once('#')
            .map_or(link, |(_, fragment)| fragment)
            .trim()
            .starts_with(MOVE_FRAGMENT_PREFIX)
    }

    /// Reads a whole link, or just its fragment (with or without the `#`).
    pub fn parse(link: &str) -> Result<MoveLink, LinkError> {
        let fragment = link.split_once('#').map_or(link, |(_, f)| f).trim();
        let Some(rest) = fragment.strip_prefix(MOVE_FRAGMENT_PREFIX) else {
            return Err(LinkError::Empty);
        };
        if rest.len() > MAX_FRAGMENT_LEN {
            return Err(LinkError::Malformed);
        }
        let unsplit = if rest.is_empty() {
            LinkError::Empty
        } else {
            LinkError::Malformed
        };
        let (id, key) = read_link_parts(rest, unsplit)?;
        Ok(MoveLink { id, key })
    }
}
