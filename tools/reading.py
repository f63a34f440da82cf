"""What a reader meets on each page, as figures: phone screens (390x844), where the "In short"
ends, code blocks that scroll sideways at 1280 px, tables wider than their column and names
broken inside at 390 px. The same measures as tests/test_reading.py, printed for every page.

Run: .venv/bin/python tools/reading.py [SITE_DIR]   (default: build the site into a temp folder)
"""
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from harness import browser
from harness import site as sites
from harness.reading import BROKEN_NAMES, DESKTOP, LAYOUT, PHONE, SCROLLING_CODE, WIDE_TABLES


def main():
    if len(sys.argv) > 1:
        site = Path(sys.argv[1])
    else:
        site = Path(tempfile.mkdtemp(prefix="site-"))
        if sites.build(site).returncode:
            sys.exit("the site does not build")
    base, server = browser.serve(site)
    pages = [p for p in sites.html_pages(site) if p != "404.html"]
    with sync_playwright() as playwright:
        chromium = browser.launch(playwright)
        phone = chromium.new_context(viewport=PHONE).new_page()
        desktop = chromium.new_context(viewport=DESKTOP).new_page()
        print(f"{'page':34} {'screens':>7} {'in short':>8} {'scrolls':>7} {'tables':>6} {'broken':>6}")
        for path in pages:
            phone.goto(base + path, wait_until="load")
            layout = phone.evaluate(LAYOUT)
            tables = len(phone.evaluate(WIDE_TABLES))
            broken = len(phone.evaluate(BROKEN_NAMES))
            desktop.goto(base + path, wait_until="load")
            scrolls = len(desktop.evaluate(SCROLLING_CODE))
            broken += len(desktop.evaluate(BROKEN_NAMES))
            short = f"{layout['short']:.0f}" if layout["short"] else "-"
            print(f"{path.removesuffix('index.html') or '(home)':34} "
                  f"{layout['height'] / PHONE['height']:7.1f} {short:>8} {scrolls:7} {tables:6} {broken:6}")
        chromium.close()
    server.shutdown()


if __name__ == "__main__":
    main()
