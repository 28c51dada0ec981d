//! age's messages are fixed English text, compiled in from age's own en-US file, with no
//! Fluent behind them (crates/patches/README.md). They go through age's real `Display` code:
//! the text, the terms it refers to and the arguments in their place, without the Unicode
//! isolation marks Fluent puts around arguments.

use age::secrecy::SecretString;
use age::DecryptError;

fn isolation_marks(text: &str) -> bool {
    text.contains(['\u{2068}', '\u{2069}'])
}

#[test]
fn a_message_with_an_argument_has_it_in_place_without_marks() {
    let text = DecryptError::ExcessiveWork {
        required: 20,
        target: 16,
    }
    .to_string();
    assert_eq!(
        text,
        "Excessive work parameter for passphrase.\nDecryption would take around 16 seconds."
    );
    assert!(!isolation_marks(&text));
}

#[test]
fn what_age_says_about_a_file_that_is_no_age_file() {
    let err = age::decrypt(
        &age::scrypt::Identity::new(SecretString::from("a passphrase".to_owned())),
        b"age-encryption.org/v2\nnot a header\n",
    )
    .unwrap_err();
    // The term {-age} is resolved at compile time.
    assert_eq!(
        err.to_string(),
        "Unknown age format.\nHave you tried upgrading to the latest version?"
    );
}

#[test]
fn a_wrong_passphrase_gets_ages_plain_message() {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from("right".to_owned()));
    recipient.set_work_factor(2);
    let sealed = age::encrypt(&recipient, b"the dossier").unwrap();
    let opened = age::decrypt(
        &age::scrypt::Identity::new(SecretString::from("right".to_owned())),
        &sealed,
    )
    .unwrap();
    assert_eq!(opened, b"the dossier");
    let err = age::decrypt(
        &age::scrypt::Identity::new(SecretString::from("wrong".to_owned())),
        &sealed,
    )
    .unwrap_err();
    assert!(
        ["Decryption failed", "No matching keys found"].contains(&err.to_string().as_str()),
        "{err}"
    );
}

#[test]
fn an_encryption_error_resolves_its_terms() {
    let identity = age::x25519::Identity::generate();
    let scrypt = age::scrypt::Recipient::new(SecretString::from("p".to_owned()));
    let recipients: [&dyn age::Recipient; 2] = [&identity.to_public(), &scrypt];
    let Err(err) = age::Encryptor::with_recipients(recipients.into_iter()) else {
        panic!("age took a passphrase beside another recipient");
    };
    assert_eq!(
        err.to_string(),
        "scrypt::Recipient can't be used with other recipients."
    );
}
