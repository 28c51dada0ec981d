//! Packs every language file (`crates/regie-core/locales/<code>.json`, keyed by text) into the
//! form the app fetches (`<out>/<code>.txt`: each table's texts in key order, with the
//! table's fingerprint). Fails, listing the problems, when a file lacks a text, has one the
//! catalogue does not, or fills other values than the Dutch.
//!
//!     cargo run -p regie-core --bin regie-pack-languages -- dist/lang

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use regie_core::catalogue::{loaded, tables, Lang};
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: regie-pack-languages <out dir>");
        return std::process::ExitCode::FAILURE;
    };
    let out = std::path::PathBuf::from(out);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("{}: {e}", out.display());
        return std::process::ExitCode::FAILURE;
    }
    let tables = tables();
    let mut failed = false;
    for lang in Lang::ALL {
        let Some(keyed) = loaded::embedded::file(lang) else {
            continue;
        };
        match loaded::pack(lang, keyed, &tables) {
            Ok(packed) => {
                let path = out.join(format!("{}.txt", lang.code()));
                if let Err(e) = std::fs::write(&path, packed) {
                    eprintln!("{}: {e}", path.display());
                    failed = true;
                }
            }
            Err(problems) => {
                failed = true;
                eprintln!("{}: {} problems", lang.code(), problems.len());
                for problem in problems {
                    eprintln!("  {problem}");
                }
            }
        }
    }
    if failed {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
