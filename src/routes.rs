//! Moving around the open dossier: the current place, the address bar, and Back.
//!
//! The screens and their addresses are `regie_core::screen`; this module keeps the address
//! bar and the place in step. What a jump should bring into view (an entry found by search)
//! travels with the place, never in the address.

use leptos::prelude::*;
use regie_core::model::{EntryId, SectionKey};
use regie_core::screen::Screen;

use crate::platform::{focus, history};

/// Where the person is: a screen, and the entry to show once it is there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub screen: Screen,
    pub reveal: Option<EntryId>,
}

impl Place {
    fn at(screen: Screen) -> Place {
        Place {
            screen,
            reveal: None,
        }
    }
}

/// The app's navigation, shared by every screen through the context.
#[derive(Clone, Copy)]
pub struct Navigation {
    place: RwSignal<Place>,
}

impl Navigation {
    /// Starts on the screen of the address bar. An address the browser just loaded (a
    /// reload, a bookmark) gets the start screen beneath it, so Back from the first screen
    /// shown goes to the start screen, not out of the open dossier.
    pub fn start() -> Navigation {
        let path = history::current_path();
        let screen = match Screen::from_path(&path) {
            // A just-made share's link is gone after a reload: show the list.
            Some(Screen::ShareMade) => Screen::Shares,
            Some(screen) => screen,
            None => Screen::Home,
        };
        if !history::entry_is_ours() {
            if screen == Screen::Home {
                // Keep the fragment: a moving link is read from it.
                if path != "/" {
                    history::replace("/");
                }
            } else {
                history::replace(&Screen::Home.path());
                history::push(&screen.path());
            }
        } else if screen.path() != path {
            history::replace(&screen.path());
        }
        let navigation = Navigation {
            place: RwSignal::new(Place::at(screen)),
        };
        let back = window_event_listener(leptos::ev::popstate, move |_| {
            let screen = match Screen::from_path(&history::current_path()) {
                Some(Screen::ShareMade) | None => Screen::Shares,
                Some(screen) => screen,
            };
            navigation.show(Place::at(screen));
        });
        on_cleanup(move || back.remove());
        navigation
    }

    /// The current place (tracked).
    pub fn place(self) -> Place {
        self.place.get()
    }

    /// The current screen (tracked).
    pub fn screen(self) -> Screen {
        self.place.with(|p| p.screen)
    }

    /// Goes to a screen, with a new entry for Back. Going where one already is does nothing.
    pub fn go(self, screen: Screen) {
        self.go_to(Place::at(screen));
    }

    /// Opens a section and brings one of its entries into view.
    pub fn reveal(self, section: SectionKey, entry: Option<EntryId>) {
        self.go_to(Place {
            screen: Screen::Section(section),
            reveal: entry,
        });
    }

    /// Shows a screen in place of the current one, without a new entry for Back: a share
    /// once made replaces its form, so Back does not return to a form already sent.
    pub fn replace(self, screen: Screen) {
        history::replace(&screen.path());
        self.show(Place::at(screen));
    }

    fn go_to(self, place: Place) {
        if self.place.with_untracked(|p| *p == place) {
            return;
        }
        history::push(&place.screen.path());
        self.show(place);
    }

    fn show(self, place: Place) {
        self.place.set(place);
        focus::focus_heading_after_paint("main");
    }
}
