"""Figures for "paste your error": the share of the real pastes in tests/pasted_errors.yml whose
entry is the first result, with the error finder and with the site search alone.

Run: .venv/bin/python tools/paste_corpus.py   (builds the site into a temporary folder)
"""
import sys
import tempfile
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

from harness import browser
from harness import site as sites
from harness.paths import ROOT


def location(entry):
    page, anchor = entry.split("#")
    return page.removesuffix(".md") + "/#" + anchor


def main():
    corpus = yaml.safe_load((ROOT / "tests" / "pasted_errors.yml").read_text())
    site = Path(tempfile.mkdtemp(prefix="site-"))
    if sites.build(site).returncode:
        sys.exit("the site does not build")
    base, server = browser.serve(site)
    with_finder = search_alone = 0
    with sync_playwright() as playwright:
        chromium = browser.launch(playwright)
        context = chromium.new_context(permissions=["clipboard-read", "clipboard-write"])
        page = context.new_page()
        page.goto(base + "saver/", wait_until="networkidle")
        for case in corpus:
            results = browser.paste_into_search(page, case["paste"])
            want = location(case["entry"])
            first = results[0][0] if results else ""
            alone = next((href for href, finder in results if not finder), "")
            with_finder += first.endswith(want)
            search_alone += alone.endswith(want)
            if not first.endswith(want):
                print(f"missed: {case['entry']}: first {first or '(nothing)'}")
        chromium.close()
    server.shutdown()
    n = len(corpus)
    print(f"pastes: {n}")
    print(f"entry first, site search alone:      {search_alone:3d}  ({search_alone / n:.0%})")
    print(f"entry first, with the error finder:  {with_finder:3d}  ({with_finder / n:.0%})")


if __name__ == "__main__":
    main()
