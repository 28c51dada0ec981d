//! Prints a sealed vault (the text the app keeps in `localStorage`) holding a dossier with a
//! long journal, for measuring the home screen and the journal with many entries.
//!
//! `cargo run -p regie-core --example journal_dossier -- <passphrase> <entries> <today>`
//! (today as YYYY-MM-DD: appointments are spread around it).

use regie_core::model::{
    Contact, ContactKind, Date, Decision, Dossier, EntryId, JournalEntry, JournalKind, Medication,
};
use regie_core::vault::{passphrase, OpenVault};
use regie_core::zeroize::Zeroizing;

fn main() {
    let mut args = std::env::args().skip(1);
    let secret = args.next().expect("a passphrase");
    let count: i32 = args
        .next()
        .map_or(500, |n| n.parse().expect("a number of entries"));
    let today = Date::parse(&args.next().expect("today as YYYY-MM-DD")).expect("a real date");

    let mut dossier = Dossier::new();
    dossier.about.name = "Samira de Vries".into();
    dossier.story.text =
        "Sinds de scheiding woon ik met twee kinderen in Kanaleneiland. ".repeat(40);
    dossier.journal.entries = (0..count)
        .map(|i| {
            // Most entries in the past, a few weeks ahead: a journal kept for years.
            let date = today.add_days(14 - i * 2);
            let appointment = i % 3 == 0;
            JournalEntry {
                id: EntryId::new(format!("j{i}")),
                kind: if appointment {
                    JournalKind::Appointment {
                        with_whom: format!("Hulpverlener {}", i % 7),
                        place: "Buurthuis".into(),
                    }
                } else {
                    JournalKind::Note
                },
                date,
                time: appointment.then(|| format!("{:02}:30", 9 + i % 8)),
                title: format!("Dagboek {i}"),
                text: "Vandaag gebeld met de gemeente over de brief. Ze bellen terug. ".repeat(3),
                private: false,
            }
        })
        .collect();
    dossier.network.contacts = (0..20)
        .map(|i| Contact {
            id: EntryId::new(format!("c{i}")),
            name: format!("Contact {i}"),
            kind: ContactKind::Person,
            role: "Begeleider".into(),
            relation: String::new(),
            organisation: "Wijkteam".into(),
            phone: "06 1234 5678".into(),
            email: String::new(),
            since: None,
            first_contact: i == 0,
        })
        .collect();
    dossier.health.medication = (0..10)
        .map(|i| Medication {
            id: EntryId::new(format!("m{i}")),
            name: format!("Medicijn {i}"),
            dose: "10 mg".into(),
            when: "'s ochtends".into(),
        })
        .collect();
    dossier.support.decisions = vec![Decision {
        id: EntryId::new("d0"),
        what: "Huishoudelijke hulp (Wmo)".into(),
        issuer: "Gemeente Utrecht".into(),
        // Six weeks on is a week from today: still within two weeks when the Algemene
        // termijnenwet moves it past a weekend or a holiday.
        decision_date: today.add_days(-35),
        valid_from: Some(today.add_days(-30)),
        valid_until: Some(today.add_days(40)),
        objection_deadline: None,
        note: String::new(),
    }];
    dossier.validate().expect("a valid dossier");

    let secret = passphrase(Zeroizing::new(secret));
    let (_, sealed) = OpenVault::create(&secret, &dossier).expect("sealing works");
    print!("{}", sealed.to_text());
}
