//! Reading a card's QR code from a camera frame: the frame as grey values (one byte a pixel,
//! row by row), decoded with `rqrr`. Gives the first QR code's text that reads as a card, or
//! the first text at all, so that a QR code that is not a card is told as such.

/// The text of a QR code in the frame, if one can be read.
pub fn decode_grey(grey: &[u8], width: usize, height: usize) -> Option<String> {
    if width == 0 || height == 0 || grey.len() < width * height {
        return None;
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    let mut found = None;
    for grid in image.detect_grids() {
        if let Ok((_, text)) = grid.decode() {
            if super::Card::read(&text).is_ok() {
                return Some(text);
            }
            found.get_or_insert(text);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recovery::{new_cards, Card, HelperPlan};

    /// The card's QR code as the app draws it, as grey pixels, `scale` pixels a module, on a
    /// white page with some margin.
    fn frame(text: &str, scale: usize, margin: usize) -> (Vec<u8>, usize) {
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).unwrap();
        let modules = code.width();
        let colors = code.to_colors();
        let side = (modules + 8) * scale + 2 * margin;
        let mut grey = vec![255u8; side * side];
        for y in 0..modules {
            for x in 0..modules {
                if colors[y * modules + x] == qrcode::Color::Dark {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            let px = margin + (x + 4) * scale + dx;
                            let py = margin + (y + 4) * scale + dy;
                            grey[py * side + px] = 20;
                        }
                    }
                }
            }
        }
        (grey, side)
    }

    #[test]
    fn a_cards_qr_code_reads_back_as_the_card() {
        let (_, _, cards) = new_cards(HelperPlan::new(3, 2).unwrap());
        let words = cards[1].words();
        let (grey, side) = frame(&words, 4, 30);
        let read = decode_grey(&grey, side, side).expect("decoded");
        assert_eq!(Card::read(&read).unwrap(), cards[1]);
    }

    #[test]
    fn no_qr_code_and_bad_frames_give_nothing() {
        assert_eq!(decode_grey(&vec![255; 200 * 200], 200, 200), None);
        assert_eq!(decode_grey(&[0; 10], 200, 200), None);
        assert_eq!(decode_grey(&[], 0, 0), None);
    }

    #[test]
    fn another_qr_code_is_given_as_it_is() {
        let (grey, side) = frame("https://example.org/", 4, 10);
        assert_eq!(
            decode_grey(&grey, side, side).as_deref(),
            Some("https://example.org/")
        );
    }
}
