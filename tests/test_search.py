"""The search box, as readers use it, in Chromium on the built site:
- a real pasted error (tests/pasted_errors.yml: error lines and whole tracebacks as users posted
  them) offers its troubleshooting entry first;
- an error the site does not cover (tests/unrelated_errors.yml: real TensorFlow errors that have
  nothing to do with saving) never gets a confident "the entry for this error";
- entries whose messages share most words (tests/sibling_errors.yml) are told apart;
- a silent failure described in a reader's words (tests/symptoms.yml) and a how-to question
  (tests/questions.yml) find the section that answers them first;
- the answer says what it is, where it is and what it matched, and works with the keyboard and
  a screen reader."""
import re
from pathlib import Path

import pytest
import yaml

from harness import troubleshooting
from harness.browser import search

HERE = Path(__file__).parent
ENTRY = re.compile(r"^troubleshooting/(\w+)\.md#([\w-]+)$")
TARGET = re.compile(r"^([\w/-]+)\.md#([\w-]+)$")


def corpus(name):
    """A corpus file's cases; a missing file is an empty corpus, which the size check reports."""
    path = HERE / name
    return (yaml.safe_load(path.read_text()) or []) if path.is_file() else []


PASTED, UNRELATED, SIBLINGS = corpus("pasted_errors.yml"), corpus("unrelated_errors.yml"), corpus("sibling_errors.yml")
SYMPTOMS, QUESTIONS = corpus("symptoms.yml"), corpus("questions.yml")


def location(target):
    """`troubleshooting/keras.md#custom-class-unknown` -> `troubleshooting/keras/#custom-class-unknown`."""
    page, anchor = TARGET.match(target).groups()
    return f"{page.removesuffix('index').rstrip('/')}/#{anchor}".lstrip("/")


def ids(cases, key):
    return [f"{i}-{case[key].split('#')[-1]}" for i, case in enumerate(cases)]


def test_corpora_are_real_and_large_enough(site):
    known = {entry.location for entry in troubleshooting.all_entries()}
    problems = [f"{case['entry']}: no such entry" for case in PASTED + SIBLINGS
                if not ENTRY.match(case["entry"]) or location(case["entry"]) not in known]
    for case in SYMPTOMS + QUESTIONS:
        match = TARGET.match(case["target"])
        html = site / location(case["target"]).split("#")[0] / "index.html"
        if not match or not html.is_file() or f'id="{match.group(2)}"' not in html.read_text():
            problems.append(f"{case['target']}: no such section (for {case['query']!r})")
    problems += [f"{case.get('entry') or case.get('query') or case.get('paste', '')[:60]!r}: no source"
                 for case in PASTED + UNRELATED + SIBLINGS + SYMPTOMS + QUESTIONS
                 if not str(case.get("source", "")).startswith("http")]
    assert not problems, "tests/*.yml corpora:\n" + "\n".join(problems)
    tracebacks = [case for case in PASTED if "Traceback (most recent call last)" in case["paste"]]
    assert len(PASTED) >= 40 and len(tracebacks) >= 5, f"{len(PASTED)} pastes, {len(tracebacks)} tracebacks"
    assert len(UNRELATED) >= 30, f"{len(UNRELATED)} unrelated errors"
    assert len(SYMPTOMS) >= 20 and len(QUESTIONS) >= 30, f"{len(SYMPTOMS)} symptoms, {len(QUESTIONS)} questions"


@pytest.fixture(scope="module")
def search_box(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "saver/", wait_until="networkidle")
    yield page
    context.close()


@pytest.mark.parametrize("case", PASTED + SIBLINGS, ids=ids(PASTED + SIBLINGS, "entry"))
def test_pasted_error_offers_its_entry_first(case, search_box):
    seen = search(search_box, case["paste"])
    first = seen["results"][0][0] if seen["results"] else None
    assert first and first.endswith(location(case["entry"])), (
        f"pasted {case['paste'][:200]!r} (from {case['source']}): first result {first}, "
        f"expected {location(case['entry'])}")


@pytest.mark.parametrize("case", UNRELATED, ids=[f"{i}" for i in range(len(UNRELATED))])
def test_an_error_the_site_does_not_cover_gets_no_confident_answer(case, search_box):
    seen = search(search_box, case["paste"])
    assert seen["kind"] != "sure", (
        f"pasted {case['paste'][:200]!r} (from {case['source']}), which no entry covers: "
        f"answered 'the entry for this error' with {seen['results'][0][0]}")


@pytest.mark.parametrize("case", SYMPTOMS + QUESTIONS, ids=ids(SYMPTOMS + QUESTIONS, "target"))
def test_a_question_or_symptom_finds_its_section_first(case, search_box):
    seen = search(search_box, case["query"], paste=False)
    first = seen["groups"][0] if seen["groups"] else []
    page = location(case["target"]).split("#")[0]
    assert first and first[0].split("#")[0].endswith("/" + page) and first[0].endswith(
        location(case["target"])), (
        f"typed {case['query']!r} (from {case['source']}): first offered {first[:2]}, "
        f"expected {location(case['target'])}")


def test_an_uncovered_error_points_to_the_index(search_box):
    seen = search(search_box, "ZeroDivisionError: division by zero")
    assert seen["kind"] == "none" and seen["results"][0][0].endswith("troubleshooting/"), seen


def test_the_answer_says_what_it_is_where_and_what_it_matched(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "saver/", wait_until="networkidle")
    box = page.locator("input.md-search__input")
    assert "paste an error" in box.get_attribute("placeholder"), box.get_attribute("placeholder")
    paste = ("Traceback (most recent call last):\n  File \"train.py\", line 9, in <module>\n"
             "tensorflow.python.framework.errors_impl.NotFoundError: Key w1_1 not found in checkpoint")
    page.evaluate("text => navigator.clipboard.writeText(text)", paste)
    page.keyboard.press("/")
    box.press("Control+V")
    answer = page.locator(".md-search-result__item.error-finder").first
    answer.wait_for()
    page.wait_for_timeout(300)  # search has drawn its own results and count line by now
    text = answer.inner_text()
    assert "the entry for this error" in text.lower(), text
    assert "Errors: TF1 Saver and sessions" in text and "Key w1_1 not found in checkpoint" in text, text
    assert not page.locator(".md-search-result__meta").is_visible(), "Material's count line shows above the answer"
    live = page.locator(".error-finder__live")
    assert live.get_attribute("aria-live") == "polite" and "the entry for this error" in live.text_content()
    # The keyboard reaches it: Down from the box focuses the answer, Enter opens the entry.
    box.press("ArrowDown")
    focused = page.evaluate("document.activeElement.closest('.error-finder') !== null")
    assert focused, "ArrowDown from the search box does not focus the error finder's answer"
    page.keyboard.press("Enter")
    page.wait_for_url("**/troubleshooting/saver/#graph-built-twice")
    context.close()
