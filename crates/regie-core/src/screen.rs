//! The screens of the open dossier and their addresses: the one list of places in the app.
//!
//! An address names a screen and nothing else: no dossier content, no entry, no key. A
//! section's screen comes from its [`SectionKey`], so a new section gets its address here
//! and nowhere else.

use crate::model::SectionKey;

/// A screen of the open dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    /// The start screen.
    Home,
    /// "Mijn dossier": every section in one list.
    Sections,
    Section(SectionKey),
    /// The list of shares.
    Shares,
    /// The form for a new share.
    NewShare,
    /// A share just made: its QR code and link. The link lives in memory only, so after a
    /// reload this address shows the list of shares.
    ShareMade,
    Search,
    Settings,
    /// Everything that is not in the bottom bar: search, settings, accessibility.
    More,
    /// The personal plan, to print or save as PDF.
    Plan,
}

/// The four places of the bottom bar, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Home,
    Dossier,
    Shares,
    More,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Home, Tab::Dossier, Tab::Shares, Tab::More];

    /// The screen a tap on the tab opens.
    pub fn screen(self) -> Screen {
        match self {
            Tab::Home => Screen::Home,
            Tab::Dossier => Screen::Sections,
            Tab::Shares => Screen::Shares,
            Tab::More => Screen::More,
        }
    }
}

const SECTIONS: &str = "/dossier";

impl Screen {
    /// The screens that are not a section's.
    pub const OTHERS: [Screen; 9] = [
        Screen::Home,
        Screen::Sections,
        Screen::Shares,
        Screen::NewShare,
        Screen::ShareMade,
        Screen::Search,
        Screen::Settings,
        Screen::More,
        Screen::Plan,
    ];

    /// Every screen of the open dossier.
    pub fn all() -> impl Iterator<Item = Screen> {
        Screen::OTHERS
            .into_iter()
            .chain(SectionKey::ALL.map(Screen::Section))
    }

    /// The section's part of its address, in the client's language (Dutch first).
    fn slug(key: SectionKey) -> &'static str {
        match key {
            SectionKey::About => "over-mij",
            SectionKey::Story => "verhaal",
            SectionKey::Domains => "leefgebieden",
            SectionKey::Goals => "doelen",
            SectionKey::Network => "netwerk",
            SectionKey::Support => "hulp",
            SectionKey::Money => "geld",
            SectionKey::Health => "gezondheid",
            SectionKey::Journal => "dagboek",
            SectionKey::Documents => "documenten",
        }
    }

    /// The screen's address, a path on the app's own origin.
    pub fn path(self) -> String {
        match self {
            Screen::Home => "/".to_owned(),
            Screen::Sections => SECTIONS.to_owned(),
            Screen::Section(key) => format!("{SECTIONS}/{}", Screen::slug(key)),
            Screen::Shares => "/delen".to_owned(),
            Screen::NewShare => "/delen/nieuw".to_owned(),
            Screen::ShareMade => "/delen/gemaakt".to_owned(),
            Screen::Search => "/zoeken".to_owned(),
            Screen::Settings => "/instellingen".to_owned(),
            Screen::More => "/meer".to_owned(),
            Screen::Plan => "/plan".to_owned(),
        }
    }

    /// The screen at an address; `None` for an address that is no screen of the app.
    /// A trailing slash and a query are ignored.
    pub fn from_path(path: &str) -> Option<Screen> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let path = match path.trim_end_matches('/') {
            "" => "/",
            trimmed => trimmed,
        };
        if let Some(slug) = path
            .strip_prefix(SECTIONS)
            .and_then(|p| p.strip_prefix('/'))
        {
            return SectionKey::ALL
                .into_iter()
                .find(|key| Screen::slug(*key) == slug)
                .map(Screen::Section);
        }
        Screen::OTHERS
            .into_iter()
            .find(|screen| screen.path() == path)
    }

    /// The tab of the bottom bar this screen belongs to, so the bar shows where one is.
    pub fn tab(self) -> Tab {
        match self {
            Screen::Home => Tab::Home,
            Screen::Sections | Screen::Section(_) => Tab::Dossier,
            Screen::Shares | Screen::NewShare | Screen::ShareMade => Tab::Shares,
            Screen::Search | Screen::Settings | Screen::More | Screen::Plan => Tab::More,
        }
    }

    /// Screens that list every section themselves; the others end with a short list of the
    /// sections, so each is one tap away from anywhere.
    pub fn lists_sections(self) -> bool {
        matches!(self, Screen::Home | Screen::Sections)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_screen() -> Vec<Screen> {
        Screen::all().collect()
    }

    #[test]
    fn every_screen_has_its_own_address_that_leads_back_to_it() {
        let screens = every_screen();
        let mut paths: Vec<String> = screens.iter().map(|s| s.path()).collect();
        for screen in &screens {
            assert_eq!(
                Screen::from_path(&screen.path()),
                Some(*screen),
                "{screen:?}"
            );
        }
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), screens.len(), "two screens share an address");
    }

    #[test]
    fn addresses_read_as_the_app_writes_them() {
        assert_eq!(Screen::Home.path(), "/");
        assert_eq!(Screen::Section(SectionKey::Goals).path(), "/dossier/doelen");
        assert_eq!(
            Screen::from_path("/dossier/doelen/"),
            Some(Screen::Section(SectionKey::Goals))
        );
        assert_eq!(Screen::from_path("/delen?x=1"), Some(Screen::Shares));
        assert_eq!(Screen::from_path("/plan"), Some(Screen::Plan));
        assert_eq!(Screen::from_path(""), Some(Screen::Home));
        assert_eq!(Screen::from_path("/#move=1.abc"), Some(Screen::Home));
    }

    #[test]
    fn unknown_addresses_are_no_screen() {
        for path in [
            "/v",
            "/api/shares",
            "/dossier/goals",
            "/dossier/doelen/x",
            "/index.html",
            "/DELEN",
        ] {
            assert_eq!(Screen::from_path(path), None, "{path}");
        }
    }

    #[test]
    fn addresses_never_reach_the_relay_or_the_viewer() {
        for screen in every_screen() {
            let path = screen.path();
            assert!(path.starts_with('/'));
            assert!(!path.starts_with("/api") && !path.starts_with("/v") && path != "/healthz");
        }
    }

    #[test]
    fn the_bottom_bar_knows_where_each_screen_belongs() {
        assert_eq!(Screen::Section(SectionKey::Story).tab(), Tab::Dossier);
        assert_eq!(Screen::ShareMade.tab(), Tab::Shares);
        assert_eq!(Screen::Settings.tab(), Tab::More);
        assert_eq!(Screen::Plan.tab(), Tab::More);
        for tab in Tab::ALL {
            assert_eq!(tab.screen().tab(), tab);
        }
    }
}
