"""Redraw the demo's pictures from the site's illustrations: `python -m home.demo.pictures.rasterise`.

The pictures are committed, so loading the demo needs neither a browser nor an SVG library: Pillow cannot read
SVG, and Chromium (already used by the browser tests) draws it exactly as the site shows it.
"""

import io
import shutil
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

ILLUSTRATIONS = Path(__file__).resolve().parents[3] / "static" / "img" / "illustrations"
PICTURES = Path(__file__).resolve().parent
# The landscapes and scenes; portrait.svg and structure.svg stay the templates' own fallbacks.
SCENES = ("andes", "coast", "amazon", "lima", "gathering", "journey", "celebration")
SIZE = (1600, 1000)


def rasterise():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium")
        page = browser.new_page(viewport={"width": SIZE[0], "height": SIZE[1]})
        for name in SCENES:
            svg = (ILLUSTRATIONS / f"{name}.svg").read_text(encoding="utf-8")
            page.set_content(f"<style>body{{margin:0}} svg{{display:block;width:{SIZE[0]}px;height:{SIZE[1]}px}}</style>"
                             + svg)
            png = page.screenshot(clip={"x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1]})
            Image.open(io.BytesIO(png)).convert("RGB").save(PICTURES / f"{name}.webp", quality=90, method=6)
        browser.close()


if __name__ == "__main__":
    rasterise()
