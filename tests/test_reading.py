"""The built site as a reader sees it, in Chromium at desktop (1280x900) and phone (390x844):
nothing cut off sideways, no identifier broken inside a name, pages short enough to read on a
phone, and each page's answer ("In short") on its first screen."""
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from harness.reading import (
    BROKEN_NAMES,
    DESKTOP,
    HOME_FIRST_SCREEN,
    LAYOUT,
    MAX_PHONE_SCREENS,
    PHONE,
    SCROLLING_CODE,
    WIDE_TABLES,
)
from harness.site import html_pages


@pytest.fixture(scope="module")
def pages(site):
    return [p for p in html_pages(site) if p != "404.html"]


def each_page(browser, base_url, pages, viewport, script):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    found = {}
    for path in pages:
        page.goto(base_url + path, wait_until="load")
        hits = page.evaluate(script)
        if hits:
            found[path] = hits
    context.close()
    return found


def report(found, what):
    lines = [f"{path}: {len(hits)} {what}" + "".join(f"\n    {hit}" for hit in hits[:5])
             for path, hits in found.items()]
    return f"{sum(len(h) for h in found.values())} {what} in all:\n" + "\n".join(lines)


def test_no_code_block_scrolls_sideways_on_desktop(browser, base_url, pages):
    found = each_page(browser, base_url, pages, DESKTOP, SCROLLING_CODE)
    assert not found, report(found, "code blocks scroll sideways at 1280 px (longest line shown)")


def test_no_table_is_wider_than_its_column_on_a_phone(browser, base_url, pages):
    found = each_page(browser, base_url, pages, PHONE, WIDE_TABLES)
    assert not found, report(found, "tables wider than the column at 390 px (first row shown)")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_identifier_is_broken_inside_a_name(browser, base_url, pages, viewport):
    found = each_page(browser, base_url, pages, viewport, BROKEN_NAMES)
    assert not found, report(found, f"code spans broken inside a name at {viewport['width']} px")


def test_pages_open_with_their_answer_and_stay_short_on_a_phone(browser, base_url, pages):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    problems = []
    for path in pages:
        page.goto(base_url + path, wait_until="load")
        layout = page.evaluate(LAYOUT)
        screens = layout["height"] / PHONE["height"]
        if screens > MAX_PHONE_SCREENS:
            problems.append(f"{path}: {screens:.1f} phone screens long (at most {MAX_PHONE_SCREENS})")
        if path == "index.html":
            continue  # the home page has its own first-screen test
        if layout["short"] is None:
            problems.append(f"{path}: no 'In short' admonition (`!!! abstract \"In short\"` after the title)")
        elif layout["short"] > PHONE["height"]:
            problems.append(f"{path}: 'In short' ends at {layout['short']:.0f} px, below the first "
                            f"phone screen ({PHONE['height']} px)")
    context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_home_page_first_screen_invites_a_paste_and_offers_the_paths(browser, base_url, viewport):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    # networkidle: the site's scripts load after the first paint (harness/theme/main.html).
    page.goto(base_url, wait_until="networkidle")
    boxes = page.evaluate(HOME_FIRST_SCREEN)
    # The invitation's button opens the search box (Material's toggle), ready for a paste.
    page.locator(".home-paste label[for=__search]").click()
    try:
        page.wait_for_function("document.activeElement?.matches('input.md-search__input')", timeout=3000)
        focused = True
    except PlaywrightTimeout:
        focused = False
    context.close()
    assert {b["name"] for b in boxes} == {"home-paste", "home-paths"}, boxes
    low = [b for b in boxes if b["bottom"] > viewport["height"]]
    assert not low, f"below the first screen at {viewport['width']} px: {low}"
    assert focused, "the 'Paste your error' button does not put the cursor in the search box"
