//! QR codes drawn as SVG: a share link, a move link, a recovery card. One size limit for
//! all, so a cheap phone camera reads each.

/// The highest QR version a code may need, so a cheap phone camera reads it.
pub const MAX_QR_VERSION: i16 = 10;

/// The link as a QR code in SVG, dark on light with a quiet zone, or `None` if the link is too
/// long for a version-10 code.
pub fn qr_svg(link: &str) -> Option<String> {
    use qrcode::render::svg;
    use qrcode::{EcLevel, QrCode, Version};
    let code = QrCode::with_error_correction_level(link, EcLevel::M).ok()?;
    match code.version() {
        Version::Normal(v) if v <= MAX_QR_VERSION => {}
        _ => return None,
    }
    Some(
        code.render::<svg::Color<'_>>()
            .min_dimensions(264, 264)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .quiet_zone(true)
            .build(),
    )
}

/// A code from [`qr_svg`] ready to place inside a page: without its XML prolog, and with
/// the test hook, class and accessible name on the `<svg>` itself.
pub fn qr_inline(svg: &str, testid: &str, label: &str) -> String {
    svg.trim_start_matches(|c| c != '<')
        .splitn(2, "?>")
        .last()
        .unwrap_or_default()
        .trim()
        .replacen(
            "<svg ",
            &format!(
                "<svg data-testid=\"{testid}\" class=\"qr\" role=\"img\" aria-label=\"{label}\" "
            ),
            1,
        )
}

/// The QR version a link needs (for tests and the measurement script).
pub fn qr_version(link: &str) -> Option<i16> {
    match qrcode::QrCode::with_error_correction_level(link, qrcode::EcLevel::M)
        .ok()?
        .version()
    {
        qrcode::Version::Normal(v) => Some(v),
        qrcode::Version::Micro(_) => None,
    }
}
