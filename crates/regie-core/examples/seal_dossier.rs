//! Seals a dossier the way the app stores it, for measurements with large dossiers.
//!
//! Reads `{"dossier": <dossier JSON>, "blobs": {"<id>": "<base64 plaintext>"}}` on stdin and
//! prints `{"vault": "<stored vault text>", "blobs": {"<id>": "<base64 age ciphertext>"}}`:
//! the localStorage value and the IndexedDB document values that the app itself would write.
//!
//! Usage: `seal_dossier <passphrase> < input.json > output.json`

use std::collections::BTreeMap;
use std::io::Read;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use regie_core::model::Dossier;
use regie_core::vault::{self, OpenVault};
use regie_core::zeroize::Zeroizing;

#[derive(serde::Deserialize)]
struct Input {
    dossier: serde_json::Value,
    #[serde(default)]
    blobs: BTreeMap<String, String>,
}

#[derive(serde::Serialize)]
struct Output {
    vault: String,
    blobs: BTreeMap<String, String>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let passphrase = std::env::args()
        .nth(1)
        .ok_or("usage: seal_dossier <passphrase> < input.json")?;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let input: Input = serde_json::from_str(&text)?;
    let dossier = Dossier::from_json(&serde_json::to_vec(&input.dossier)?)
        .map_err(|e| format!("not a dossier: {e}"))?;
    if let Err(problems) = dossier.validate() {
        return Err(format!("the dossier does not validate: {problems:?}").into());
    }
    let secret = vault::passphrase(Zeroizing::new(passphrase));
    let (open, sealed) = OpenVault::create(&secret, &dossier).map_err(|e| e.to_string())?;
    let mut blobs = BTreeMap::new();
    for (id, plain) in input.blobs {
        let bytes = B64.decode(plain)?;
        let sealed = open.seal_bytes(&bytes).map_err(|e| e.to_string())?;
        blobs.insert(id, B64.encode(sealed));
    }
    let output = Output {
        vault: sealed.to_text(),
        blobs,
    };
    println!("{}", serde_json::to_string(&output)?);
    Ok(())
}
