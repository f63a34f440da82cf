"""Figures for the search box, on the five corpora of tests/ (what tests/test_search.py checks,
as counts): pasted errors whose entry comes first, unrelated errors answered "the entry for
this error" (should be none), sibling pastes whose own entry comes first, and symptoms and
questions whose section comes first; with the error finder, and with Material's search alone.

Run: .venv/bin/python tools/search_corpora.py [SITE_DIR]   (default: build the site into a temp folder)
"""
import sys
import tempfile
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

from harness import browser
from harness import site as sites
from harness.paths import ROOT

TESTS = ROOT / "tests"


def location(target):
    page, anchor = target.split("#")
    page = page.removesuffix(".md").removesuffix("index").rstrip("/")
    return f"{page}/#{anchor}".lstrip("/")


def corpus(name):
    path = TESTS / name
    return (yaml.safe_load(path.read_text()) or []) if path.is_file() else []


def main():
    if len(sys.argv) > 1:
        site = Path(sys.argv[1])
    else:
        site = Path(tempfile.mkdtemp(prefix="site-"))
        if sites.build(site).returncode:
            sys.exit("the site does not build")
    base, server = browser.serve(site)
    rows = []
    with sync_playwright() as playwright:
        chromium = browser.launch(playwright)
        context = chromium.new_context(permissions=["clipboard-read", "clipboard-write"])
        page = context.new_page()
        page.goto(base + "saver/", wait_until="networkidle")

        def first(case, paste):
            seen = browser.search(page, case["paste"] if paste else case["query"], paste=paste)
            links = [href for group in seen["groups"] for href in group[:1]]
            alone = [href for href, finder in seen["results"] if not finder]
            return seen["kind"], (links or [""])[0], (alone or [""])[0]

        for name, key, paste in [("pasted_errors.yml", "entry", True), ("sibling_errors.yml", "entry", True),
                                 ("symptoms.yml", "target", False), ("questions.yml", "target", False)]:
            cases = corpus(name)
            finder = alone = 0
            for case in cases:
                _, top, material = first(case, paste)
                want = location(case[key])
                finder += top.endswith(want)
                alone += material.endswith(want)
            rows.append((name, len(cases), f"{finder} first", f"{alone} first"))
        cases = corpus("unrelated_errors.yml")
        sure = sum(first(case, True)[0] == "sure" for case in cases)
        rows.append(("unrelated_errors.yml", len(cases), f"{sure} answered sure", "-"))
        chromium.close()
    server.shutdown()
    print(f"{'corpus':24} {'cases':>5}  {'with the finder':>18}  {'Material alone':>14}")
    for name, n, finder, alone in rows:
        print(f"{name:24} {n:5d}  {finder:>18}  {alone:>14}")


if __name__ == "__main__":
    main()
