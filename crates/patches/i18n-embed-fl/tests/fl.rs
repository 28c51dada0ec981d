//! `fl!` gives the fixed English text of the crate's own en-US file, arguments in place and
//! no Unicode isolation marks around them (what Fluent would add).

use i18n_embed_fl::fl;

// The real macro reads the loader; the stand-in does not even evaluate it.
static LOADER: () = ();

#[test]
fn messages_become_fixed_text() {
    assert_eq!(fl!(LOADER, "err-plain"), "Decryption failed");
    assert_eq!(fl!(LOADER, "err-braces"), "Use {braces} as they are.");
}

#[test]
fn arguments_take_their_place() {
    let required = 20u8;
    assert_eq!(
        fl!(
            LOADER,
            "rec-excessive-work",
            duration = (1 << (required - 16))
        ),
        "Decryption would take around 16 seconds."
    );
    let name = String::from("age-plugin-yubikey");
    assert_eq!(
        fl!(
            LOADER,
            "err-two",
            message = "no slot",
            plugin_name = name.as_str(),
            recipient = 7,
        ),
        "'age-plugin-yubikey' couldn't use recipient 7: no slot"
    );
    assert_eq!(
        fl!(LOADER, "err-block", key_type = "ssh-dss"),
        "Unsupported key\n---------------\nrage cannot use 'ssh-dss'."
    );
}
