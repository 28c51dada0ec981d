use super::*;
use proptest::prelude::*;
use std::sync::OnceLock;

/// One vault for all cases: the properties are about sealing, not the KDF.
fn vault() -> &'static OpenVault {
    static VAULT: OnceLock<OpenVault> = OnceLock::new();
    VAULT.get_or_init(|| {
        OpenVault::create(
            &SecretString::from("eigen wachtzin".to_owned()),
            &Dossier::new(),
        )
        .unwrap()
        .0
    })
}

proptest! {
    #[test]
    fn any_text_round_trips(name in ".{0,200}", story in ".{0,2000}") {
        let mut d = Dossier::new();
        d.about.name = name;
        d.story.text = story;
        let sealed = vault().seal(&d).unwrap();
        let text = sealed.to_text();
        let back = SealedVault::from_text(&text).unwrap();
        prop_assert_eq!(vault().open_dossier(&back.dossier).unwrap(), d);
    }

    #[test]
    fn any_garbage_is_an_error_never_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        prop_assert!(vault().open_dossier(&bytes).is_err());
        let text = String::from_utf8_lossy(&bytes);
        let _ = SealedVault::from_text(&text);
    }
}
