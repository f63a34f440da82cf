"""Screenshots of pages at desktop and phone widths, in light and dark scheme, to look at.

Run: .venv/bin/python tools/screenshots.py [OUT_DIR] [PAGE ...]   (default: home, checkpoint)
"""
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from harness import browser
from harness import site as sites

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    pages = sys.argv[2:] or ["", "checkpoint/"]
    out.mkdir(parents=True, exist_ok=True)
    site = Path(tempfile.mkdtemp(prefix="site-"))
    if sites.build(site).returncode:
        sys.exit("the site does not build")
    base, server = browser.serve(site)
    with sync_playwright() as playwright:
        chromium = browser.launch(playwright)
        for scheme in ("light", "dark"):
            for size_name, size in SIZES.items():
                context = chromium.new_context(viewport=size, color_scheme=scheme,
                                              device_scale_factor=1)
                page = context.new_page()
                for path in pages:
                    page.goto(base + path, wait_until="networkidle")
                    name = (path.strip("/") or "home") + f"-{size_name}-{scheme}.png"
                    page.screenshot(path=out / name)
                    print(out / name)
                context.close()
        chromium.close()
    server.shutdown()


if __name__ == "__main__":
    main()
