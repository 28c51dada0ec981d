//! A helper's card drawn on a canvas and saved as a PNG, for the share sheet or a download.
//! What goes where is laid out in the core (`regie_core::recovery::card_sheet`); here only
//! the browser measures the lines and draws them.

use base64::Engine;
use regie_core::recovery::card_sheet::{lay_out, Draw, Part, Style};
use wasm_bindgen::JsCast;

/// The card as a PNG file named `name`, or `None` when the browser would not draw it.
pub fn card_png(parts: &[Part<'_>], name: &str) -> Option<web_sys::File> {
    let canvas: web_sys::HtmlCanvasElement = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into()
        .ok()?;
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let measure = |text: &str, style: Style| {
        context.set_font(&style.font());
        context.measure_text(text).map(|m| m.width()).unwrap_or(0.0)
    };
    let sheet = lay_out(parts, measure)?;
    canvas.set_width(sheet.width as u32);
    canvas.set_height(sheet.height as u32);
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, sheet.width, sheet.height);
    // A dashed line to cut along, as on the printed card.
    context.set_stroke_style_str("#555555");
    context.set_line_width(4.0);
    let _ = context.set_line_dash(&js_sys::Array::of2(&18.into(), &12.into()));
    context.stroke_rect(16.0, 16.0, sheet.width - 32.0, sheet.height - 32.0);
    context.set_fill_style_str("#000000");
    context.set_text_baseline("top");
    for draw in &sheet.draws {
        match draw {
            Draw::Text { style, x, y, text } => {
                context.set_font(&style.font());
                let _ = context.fill_text(text, *x, *y);
            }
            Draw::Qr { x, y, module, grid } => {
                for row in 0..grid.modules {
                    for col in 0..grid.modules {
                        if grid.is_dark(col, row) {
                            context.fill_rect(
                                x + col as f64 * module,
                                y + row as f64 * module,
                                *module,
                                *module,
                            );
                        }
                    }
                }
            }
        }
    }
    drop(sheet);
    let url = canvas.to_data_url_with_type("image/png").ok();
    // The canvas holds the piece of the secret as pixels: emptied at once.
    canvas.set_width(0);
    canvas.set_height(0);
    let url = url?;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(url.strip_prefix("data:image/png;base64,")?)
        .ok()?;
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).ok()
}
