"""Paste your error: each real paste of tests/pasted_errors.yml (error lines and whole tracebacks,
as users posted them) pasted into the built site's search box in Chromium offers its
troubleshooting entry first; an error the site does not cover points to the index."""
import re
from pathlib import Path

import pytest
import yaml

from harness import troubleshooting
from harness.browser import paste_into_search

CORPUS = yaml.safe_load(Path(__file__).with_name("pasted_errors.yml").read_text()) or []
ENTRY = re.compile(r"^troubleshooting/(\w+)\.md#([\w-]+)$")


def location(entry):
    """`troubleshooting/keras.md#custom-class-unknown` -> `troubleshooting/keras/#custom-class-unknown`."""
    area, anchor = ENTRY.match(entry).groups()
    return f"troubleshooting/{area}/#{anchor}"


def test_corpus_is_real_and_large_enough():
    known = {entry.location for entry in troubleshooting.all_entries()}
    problems = [f"{case['entry']}: no such entry" for case in CORPUS
                if not ENTRY.match(case["entry"]) or location(case["entry"]) not in known]
    problems += [f"{case['entry']}: no source" for case in CORPUS if not str(case.get("source", "")).startswith("http")]
    assert not problems, "tests/pasted_errors.yml:\n" + "\n".join(problems)
    tracebacks = [case for case in CORPUS if "Traceback (most recent call last)" in case["paste"]]
    assert len(CORPUS) >= 40 and len(tracebacks) >= 5, f"{len(CORPUS)} pastes, {len(tracebacks)} tracebacks"


@pytest.fixture(scope="module")
def search_box(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "saver/", wait_until="networkidle")
    yield page
    context.close()


@pytest.mark.parametrize("case", CORPUS, ids=[f"{i}-{c['entry'].split('#')[-1]}" for i, c in enumerate(CORPUS)])
def test_pasted_error_offers_its_entry_first(case, search_box):
    first = paste_into_search(search_box, case["paste"])[0][0]
    assert first.endswith(location(case["entry"])), (
        f"pasted {case['paste'][:200]!r} (from {case['source']}): first result {first}, "
        f"expected {location(case['entry'])}")


def test_an_error_the_site_does_not_cover_points_to_the_index(search_box):
    first = paste_into_search(search_box, "ZeroDivisionError: division by zero")[0][0]
    assert first.endswith("troubleshooting/"), first
