# Run once from the project folder (needs Pillow): python3 scripts/make-icons.py
# The PNGs it writes under public/icons/ are committed; the build only copies them.
# Generates Regie's app icons once: a white "R" on the brand blue, with a lighter folder tab.
from PIL import Image, ImageDraw, ImageFont
import os
BRAND = (31, 78, 121, 255)
WHITE = (255, 255, 255, 255)
ACCENT = (255, 191, 71, 255)
def font(size):
    for path in ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"]:
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    raise SystemExit("no bold font")
def icon(size, safe, rounded):
    # draw at 4x then downscale for smooth edges
    S = size * 4
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    if rounded:
        d.rounded_rectangle([0, 0, S - 1, S - 1], radius=int(S * 0.18), fill=BRAND)
    else:
        d.rectangle([0, 0, S, S], fill=BRAND)
    inner = S * safe  # content box side
    off = (S - inner) / 2
    # a document sheet
    w, h = inner * 0.62, inner * 0.78
    x0, y0 = off + (inner - w) / 2, off + (inner - h) / 2
    d.rounded_rectangle([x0, y0, x0 + w, y0 + h], radius=int(inner * 0.06), fill=WHITE)
    # accent stripe at top of the sheet
    d.rounded_rectangle([x0, y0, x0 + w, y0 + h * 0.16], radius=int(inner * 0.06), fill=ACCENT)
    d.rectangle([x0, y0 + h * 0.08, x0 + w, y0 + h * 0.16], fill=ACCENT)
    f = font(int(h * 0.62))
    bbox = d.textbbox((0, 0), "R", font=f)
    tw, th = bbox[2] - bbox[0], bbox[3] - bbox[1]
    cx, cy = x0 + w / 2, y0 + h * 0.16 + (h * 0.84) / 2
    d.text((cx - tw / 2 - bbox[0], cy - th / 2 - bbox[1]), "R", font=f, fill=BRAND)
    return img.resize((size, size), Image.LANCZOS)
out = "public/icons"
icon(192, 0.80, True).save(f"{out}/icon-192.png", optimize=True)
icon(512, 0.80, True).save(f"{out}/icon-512.png", optimize=True)
# maskable: full-bleed background, content inside the 80% safe zone (here 66%)
icon(512, 0.66, False).save(f"{out}/icon-maskable-512.png", optimize=True)
icon(192, 0.66, False).save(f"{out}/icon-maskable-192.png", optimize=True)
# apple-touch: no transparency, iOS rounds the corners itself
icon(180, 0.78, False).convert("RGB").save(f"{out}/apple-touch-icon.png", optimize=True)
icon(32, 0.9, True).save(f"{out}/favicon-32.png", optimize=True)
