//! A helper's card as one picture, for the phone's share sheet or a download: the same as the
//! printed card (whose card and from whom, the date, how many are needed, that the card alone
//! opens nothing, what to do when asked, the QR code and the words). Laid out here, with the
//! app's own measure of a line of text; the app draws it on a canvas and saves it as a PNG.

use zeroize::Zeroize;

/// The picture's width in pixels: a phone's screen at full size, and sharp on A6 paper.
pub const SHEET_WIDTH: f64 = 1080.0;
/// The white edge around everything.
pub const MARGIN: f64 = 72.0;
/// The share of the width the QR code takes (its quiet zone included).
const QR_SHARE: f64 = 0.6;
/// The quiet zone around a QR code, in modules, as the standard asks.
pub const QUIET_MODULES: usize = 4;

/// How a line of the card looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Body,
    Strong,
    /// The words, in a font where every letter has the same width, so they are easy to copy.
    Words,
}

impl Style {
    /// The font size in pixels.
    pub fn size(self) -> f64 {
        match self {
            Style::Title => 60.0,
            Style::Body | Style::Strong => 40.0,
            Style::Words => 46.0,
        }
    }

    /// The height of one line, the space between lines included.
    pub fn line_height(self) -> f64 {
        (self.size() * 1.35).round()
    }

    /// The font as a canvas takes it (CSS `font`).
    pub fn font(self) -> String {
        let size = self.size();
        match self {
            Style::Title | Style::Strong => format!("bold {size}px sans-serif"),
            Style::Body => format!("{size}px sans-serif"),
            Style::Words => format!("bold {size}px monospace"),
        }
    }
}

/// One part of the card, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Text(Style, &'a str),
    /// A QR code holding this text.
    Qr(&'a str),
}

/// A QR code's modules, row by row, `true` for dark.
#[derive(Clone, PartialEq, Eq)]
pub struct QrGrid {
    pub modules: usize,
    pub dark: Vec<bool>,
}

impl std::fmt::Debug for QrGrid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QrGrid({} modules)", self.modules)
    }
}

impl QrGrid {
    /// The same code as the printed card's (`qr::qr_svg`): error correction M, at most
    /// the version the app's QR codes may have.
    pub fn new(text: &str) -> Option<QrGrid> {
        use qrcode::{Color, EcLevel, QrCode, Version};
        let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
        match code.version() {
            Version::Normal(v) if v <= crate::qr::MAX_QR_VERSION => {}
            _ => return None,
        }
        Some(QrGrid {
            modules: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.modules + x]
    }
}

/// What to draw, in pixels from the top left. A text's `y` is the top of its line.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    Text {
        style: Style,
        x: f64,
        y: f64,
        text: String,
    },
    /// A QR code whose first module's top left is at (`x`, `y`), `module` pixels a module; the
    /// quiet zone around it is part of the white page.
    Qr {
        x: f64,
        y: f64,
        module: f64,
        grid: QrGrid,
    },
}

/// The whole picture: its size and what is drawn on it, on white.
#[derive(Debug, PartialEq)]
pub struct Sheet {
    pub width: f64,
    pub height: f64,
    pub draws: Vec<Draw>,
}

impl Drop for Sheet {
    /// The words and the QR code are a piece of the recovery secret: wiped when done.
    fn drop(&mut self) {
        for draw in &mut self.draws {
            match draw {
                Draw::Text { text, .. } => text.zeroize(),
                Draw::Qr { grid, .. } => grid.dark.zeroize(),
            }
        }
    }
}

/// Breaks `text` into lines no wider than `max` (by `measure`), at spaces; a line break in
/// the text always starts a new line. A single word wider than `max` stands on its own line.
pub fn wrap(text: &str, max: f64, measure: impl Fn(&str) -> f64) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if line.is_empty() {
                line.push_str(word);
                continue;
            }
            let longer = format!("{line} {word}");
            if measure(&longer) > max {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            } else {
                line = longer;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// Lays the parts out top to bottom, left aligned, the QR code in the middle; `measure`
/// gives a text's width in pixels in a style. `None` when a QR code's text is too long.
pub fn lay_out(parts: &[Part<'_>], measure: impl Fn(&str, Style) -> f64) -> Option<Sheet> {
    let inner = SHEET_WIDTH - 2.0 * MARGIN;
    let mut y = MARGIN;
    let mut draws = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        match *part {
            Part::Text(style, text) => {
                if i > 0 {
                    y += style.line_height() * 0.4;
                }
                for line in wrap(text, inner, |s| measure(s, style)) {
                    draws.push(Draw::Text {
                        style,
                        x: MARGIN,
                        y,
                        text: line,
                    });
                    y += style.line_height();
                }
            }
            Part::Qr(text) => {
                let grid = QrGrid::new(text)?;
                let side_modules = grid.modules + 2 * QUIET_MODULES;
                // Whole pixels a module, so every module is as sharp as the next.
                let module = (inner * QR_SHARE / side_modules as f64).floor().max(1.0);
                let side = module * side_modules as f64;
                let left = ((SHEET_WIDTH - side) / 2.0).round();
                // On whole pixels too: a module between two pixel rows is drawn with a grey
                // seam, which a scanner may not read.
                let top = y.ceil();
                draws.push(Draw::Qr {
                    x: left + module * QUIET_MODULES as f64,
                    y: top + module * QUIET_MODULES as f64,
                    module,
                    grid,
                });
                y = top + side;
            }
        }
    }
    Some(Sheet {
        width: SHEET_WIDTH,
        height: (y + MARGIN).ceil(),
        draws,
    })
}

/// The file's name for a helper's card: the catalogue's pattern (`herstelkaart-{}.png`)
/// with the helper's name in letters, digits and dashes only, so that every phone and
/// computer takes it.
pub fn file_name(pattern: &str, helper: &str) -> String {
    let mut safe = String::new();
    for c in helper.trim().chars() {
        if c.is_alphanumeric() {
            safe.extend(c.to_lowercase());
        } else if !safe.ends_with('-') && !safe.is_empty() {
            safe.push('-');
        }
    }
    let safe = safe.trim_end_matches('-');
    let safe = if safe.is_empty() { "1" } else { safe };
    pattern.replacen("{}", safe, 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recovery::{new_cards, scan::decode_grey, Card, HelperPlan};

    /// A rough measure: every letter as wide as 0.55 of the font size.
    fn measure(text: &str, style: Style) -> f64 {
        text.chars().count() as f64 * style.size() * 0.55
    }

    fn card_parts(words: &str) -> Vec<Part<'_>> {
        vec![
            Part::Text(Style::Title, "Herstelkaart van Regie"),
            Part::Text(Style::Body, "Voor Ahmed, van Sanne"),
            Part::Text(Style::Body, "Gemaakt op 7 december 2026"),
            Part::Text(
                Style::Strong,
                "Er zijn 2 kaarten samen nodig. Deze kaart alleen opent niets.",
            ),
            Part::Text(
                Style::Body,
                "Vraagt iemand om deze kaart? Kijk eerst of het echt Sanne is: zie elkaar, of bel zelf. Laat dan de QR-code scannen of lees de woorden voor. Geef de kaart nooit aan iemand anders.",
            ),
            Part::Qr(words),
            Part::Text(Style::Body, "De woorden van deze kaart"),
            Part::Text(Style::Words, words),
        ]
    }

    fn texts(sheet: &Sheet) -> Vec<(Style, f64, f64, String)> {
        sheet
            .draws
            .iter()
            .filter_map(|d| match d {
                Draw::Text { style, x, y, text } => Some((*style, *x, *y, text.clone())),
                Draw::Qr { .. } => None,
            })
            .collect()
    }

    #[test]
    fn wrapping_keeps_every_word_in_order_and_each_line_fits() {
        let text = "een twee drie vier vijf zes zeven acht negen tien elf twaalf";
        let width = |s: &str| s.len() as f64 * 10.0;
        let lines = wrap(text, 150.0, width);
        assert!(lines.len() > 1, "{lines:?}");
        assert!(lines.iter().all(|l| width(l) <= 150.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        // A line break always starts a new line; one word too wide stands alone.
        assert_eq!(
            wrap("a b\nc", 1000.0, width),
            vec!["a b".to_owned(), "c".to_owned()]
        );
        assert_eq!(
            wrap("x ontzettendlangwoord y", 100.0, width),
            vec!["x", "ontzettendlangwoord", "y"]
        );
        assert!(wrap("  ", 100.0, width).is_empty());
    }

    #[test]
    fn the_sheet_holds_every_part_in_order_within_its_edges() {
        let (_, _, cards) = new_cards(HelperPlan::new(3, 2).unwrap());
        let words = cards[0].words();
        let parts = card_parts(&words);
        let sheet = lay_out(&parts, measure).expect("laid out");
        let texts = texts(&sheet);
        // Every text part comes back whole, in order, top to bottom.
        let mut joined = Vec::new();
        for part in &parts {
            if let Part::Text(style, text) = part {
                let lines: Vec<&str> = texts
                    .iter()
                    .filter(|t| t.0 == *style)
                    .map(|t| t.3.as_str())
                    .collect();
                assert!(lines.join(" ").contains(text), "{text}");
                joined.push(text.to_string());
            }
        }
        let all: Vec<&str> = texts.iter().map(|t| t.3.as_str()).collect();
        assert_eq!(all.join(" "), joined.join(" "));
        assert!(texts.windows(2).all(|w| w[0].2 < w[1].2), "top to bottom");
        for (style, x, y, text) in &texts {
            assert!(
                *x >= MARGIN && x + measure(text, *style) <= SHEET_WIDTH - MARGIN,
                "{text}"
            );
            assert!(
                y + style.line_height() <= sheet.height - MARGIN + 1.0,
                "{text}"
            );
        }
        // The 20 words are on it as the card has them.
        let word_lines: Vec<&str> = texts
            .iter()
            .filter(|t| t.0 == Style::Words)
            .map(|t| t.3.as_str())
            .collect();
        assert_eq!(word_lines.join(" "), words.as_str());
        assert!(word_lines.len() > 1, "the words wrap");
        // The QR code sits between what to do and the words, centred, with its quiet zone.
        let qr = sheet
            .draws
            .iter()
            .position(|d| matches!(d, Draw::Qr { .. }))
            .unwrap();
        match (&sheet.draws[qr - 1], &sheet.draws[qr + 1]) {
            (Draw::Text { text: before, .. }, Draw::Text { text: after, .. }) => {
                assert!(before.ends_with("iemand anders."), "{before}");
                assert_eq!(after, "De woorden van deze kaart");
            }
            other => panic!("{other:?}"),
        }
        let Draw::Qr {
            x, module, grid, ..
        } = &sheet.draws[qr]
        else {
            unreachable!()
        };
        assert!(*module >= 8.0, "at least 8 pixels a module: {module}");
        let Draw::Qr { y, .. } = &sheet.draws[qr] else {
            unreachable!()
        };
        for at in [x, y, module] {
            assert_eq!(at.fract(), 0.0, "whole pixels, no grey seams: {at}");
        }
        let side = module * (grid.modules + 2 * QUIET_MODULES) as f64;
        let left = x - module * QUIET_MODULES as f64;
        assert!((left - (SHEET_WIDTH - side - left)).abs() <= 1.0, "centred");
    }

    /// The sheet's QR code drawn as the app draws it (dark modules on white), on a page of the
    /// sheet's size, reads back as the card.
    #[test]
    fn the_sheets_qr_code_reads_back_as_the_card() {
        let (_, _, cards) = new_cards(HelperPlan::new(5, 3).unwrap());
        let words = cards[4].words();
        let sheet = lay_out(&card_parts(&words), measure).unwrap();
        let (w, h) = (sheet.width as usize, sheet.height as usize);
        let mut grey = vec![255u8; w * h];
        for draw in &sheet.draws {
            let Draw::Qr { x, y, module, grid } = draw else {
                continue;
            };
            let (x, y, m) = (*x as usize, *y as usize, *module as usize);
            for row in 0..grid.modules {
                for col in 0..grid.modules {
                    if grid.is_dark(col, row) {
                        for dy in 0..m {
                            let start = (y + row * m + dy) * w + x + col * m;
                            grey[start..start + m].fill(0);
                        }
                    }
                }
            }
        }
        let read = decode_grey(&grey, w, h).expect("decoded");
        assert_eq!(read, words.as_str());
        assert_eq!(Card::read(&read).unwrap(), cards[4]);
    }

    #[test]
    fn the_grid_is_the_printed_cards_code() {
        let (_, _, cards) = new_cards(HelperPlan::new(3, 2).unwrap());
        let words = cards[2].words();
        let grid = QrGrid::new(&words).unwrap();
        let version = crate::qr::qr_version(&words).unwrap();
        assert_eq!(grid.modules, 17 + 4 * version as usize);
        assert_eq!(grid.dark.len(), grid.modules * grid.modules);
        // Finder patterns: the three corners' top left modules are dark.
        assert!(grid.is_dark(0, 0) && grid.is_dark(grid.modules - 1, 0));
        assert!(grid.is_dark(0, grid.modules - 1));
        assert!(
            QrGrid::new(&"x".repeat(2000)).is_none(),
            "too long for a card's code"
        );
    }

    #[test]
    fn the_file_name_has_the_helpers_name_in_safe_letters() {
        assert_eq!(
            file_name("herstelkaart-{}.png", "Sanne"),
            "herstelkaart-sanne.png"
        );
        assert_eq!(
            file_name("recovery-card-{}.png", " Jan  de/Vries "),
            "recovery-card-jan-de-vries.png"
        );
        assert_eq!(
            file_name("herstelkaart-{}.png", "Zoë"),
            "herstelkaart-zoë.png"
        );
        assert_eq!(
            file_name("herstelkaart-{}.png", "../"),
            "herstelkaart-1.png"
        );
    }
}
