//! The relay binary as its own process, for the tests that read what it costs the machine
//! (its CPU time and memory from `/proc`) while it is attacked over real TCP.

use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::static_dir;

/// The built `regie-relay`.
pub const RELAY: &str = env!("CARGO_BIN_EXE_regie-relay");
/// Linux reports a process's CPU time in these ticks a second (`USER_HZ`).
const TICKS_PER_SEC: f64 = 100.0;

/// A relay process on a free loopback port, SQLite in a fresh folder unless `settings` name
/// a database; killed when dropped.
pub struct RelayProcess {
    child: Child,
    pub addr: SocketAddr,
    _data: TempDir,
    _statics: TempDir,
}

impl RelayProcess {
    /// Starts the relay with `settings` (environment variables) on top of its defaults, and
    /// waits until it takes connections.
    pub fn start(settings: &[(&str, &str)]) -> RelayProcess {
        let addr = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        let data = tempfile::tempdir().unwrap();
        let statics = static_dir();
        let mut command = Command::new(RELAY);
        command
            .env("REGIE_DATA", data.path())
            .env("REGIE_LISTEN", addr.to_string())
            .env("REGIE_STATIC", statics.path())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null());
        for (name, value) in settings {
            command.env(name, value);
        }
        let child = command.spawn().expect("start the relay");
        let relay = RelayProcess {
            child,
            addr,
            _data: data,
            _statics: statics,
        };
        // The relay listens once its store is open.
        let started = Instant::now();
        while TcpStream::connect(addr).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the relay did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        relay
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The relay's CPU time so far (user and system), in seconds.
    pub fn cpu_secs(&self) -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap();
        // After the command's name in parentheses: state, then utime and stime as fields 12
        // and 13 of the rest (`man 5 proc`).
        let rest = &stat[stat.rfind(')').unwrap() + 2..];
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
        ticks as f64 / TICKS_PER_SEC
    }

    /// A memory figure of `/proc/<pid>/status` in KiB: `VmRSS` (now) or `VmHWM` (the peak).
    pub fn memory_kib(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap();
        status
            .lines()
            .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|value| value.split_whitespace().next()?.parse().ok())
            .unwrap_or_else(|| panic!("no {field} in the relay's status"))
    }
}

impl Drop for RelayProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
