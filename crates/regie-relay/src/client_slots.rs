//! Counted places per client address: how many uploads (or connections) one address has
//! under way at once. Held in memory only, and only while in use: an address with nothing
//! under way takes no room.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// At most `cap` places per address; `None`: no cap.
#[derive(Debug)]
pub struct ClientSlots {
    cap: Option<usize>,
    taken: Mutex<HashMap<IpAddr, usize>>,
}

/// One place, given back when dropped.
#[derive(Debug)]
pub struct ClientSlot {
    slots: Arc<ClientSlots>,
    client: IpAddr,
}

impl ClientSlots {
    pub fn new(cap: Option<usize>) -> Arc<Self> {
        Arc::new(Self {
            cap,
            taken: Mutex::new(HashMap::new()),
        })
    }

    /// A place for `client`, or `None` when it holds `cap` already.
    pub fn take(self: &Arc<Self>, client: IpAddr) -> Option<ClientSlot> {
        let mut taken = self.taken.lock().unwrap_or_else(|e| e.into_inner());
        let count = taken.entry(client).or_insert(0);
        if self.cap.is_some_and(|cap| *count >= cap) {
            return None;
        }
        *count += 1;
        Some(ClientSlot {
            slots: self.clone(),
            client,
        })
    }

    /// How many places `client` holds.
    #[cfg(test)]
    fn held(&self, client: IpAddr) -> usize {
        let taken = self.taken.lock().unwrap_or_else(|e| e.into_inner());
        taken.get(&client).copied().unwrap_or(0)
    }

    /// How many addresses hold a place.
    #[cfg(test)]
    fn clients(&self) -> usize {
        self.taken.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        let mut taken = self.slots.taken.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = taken.get_mut(&self.client) {
            *count -= 1;
            if *count == 0 {
                taken.remove(&self.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_up_to_its_cap_and_back() {
        let slots = ClientSlots::new(Some(2));
        let a: IpAddr = [192, 0, 2, 1].into();
        let b: IpAddr = [192, 0, 2, 2].into();
        let first = slots.take(a).unwrap();
        let _second = slots.take(a).unwrap();
        assert!(slots.take(a).is_none(), "a third place for one address");
        let other = slots.take(b);
        assert!(other.is_some(), "another address is not held back");
        drop(first);
        assert_eq!(slots.held(a), 1);
        let _again = slots.take(a).unwrap();
        drop(other);
        assert_eq!(
            slots.clients(),
            1,
            "an address with nothing under way is forgotten"
        );
    }

    #[test]
    fn no_cap_counts_all_the_same() {
        let slots = ClientSlots::new(None);
        let a: IpAddr = [192, 0, 2, 1].into();
        let held: Vec<_> = (0..100).map(|_| slots.take(a).unwrap()).collect();
        assert_eq!(slots.held(a), 100);
        drop(held);
        assert_eq!(slots.clients(), 0);
    }
}
