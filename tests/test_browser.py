"""The built site in a real browser (Debian's chromium), served on loopback, offline."""
import re

import pytest

from harness import snippets
from harness.paths import SNIPPETS
from harness.site import POST_ANCHORS, html_pages


def test_every_page_loads_offline_without_errors(site, base_url, offline_page):
    pages = html_pages(site)
    assert len(pages) >= 10, pages
    problems = []
    for path in pages:
        offline_page.outside.clear()
        offline_page.console_errors.clear()
        response = offline_page.page.goto(base_url + path, wait_until="networkidle")
        if response.status != 200:
            problems.append(f"{path}: HTTP {response.status}")
        problems += [f"{path}: request left loopback: {url}" for url in offline_page.outside]
        problems += [f"{path}: console error: {text}" for text in offline_page.console_errors]
    assert not problems, "\n".join(problems)


def search(page, base_url, query):
    """Type `query` into the site's search box; the result links, highlight query removed."""
    page.goto(base_url, wait_until="networkidle")
    page.keyboard.press("/")  # Material's shortcut focuses the search box
    page.locator("input.md-search__input").press_sequentially(query, delay=10)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10000)
    hrefs = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return [re.sub(r"\?h=[^#]*", "", href) for href in hrefs]


@pytest.mark.parametrize("query,expected", [
    ("import_meta_graph", "saver/"),
    ("CheckpointManager", "checkpoint/"),
    ("Received incompatible tensor with shape", "troubleshooting/checkpoint/#shape-mismatch-tf2"),
])
def test_search_finds_api_names_offline(base_url, offline_page, query, expected):
    found = search(offline_page.page, base_url, query)[:5]
    assert any(f.endswith(expected) for f in found), f"search {query!r}: top results {found}"
    assert not offline_page.outside, offline_page.outside


@pytest.mark.parametrize("page_path", ["", "troubleshooting/distribute/", "walkthrough/"])
def test_material_scripts_start_after_the_first_paint(base_url, offline_page, page_path):
    """harness/theme/main.html holds Material's scripts (and the site's) until the page has
    painted: each is fetched after the first paint, and runs (Material's marks the page `js`)."""
    page = offline_page.page
    page.goto(base_url + page_path, wait_until="networkidle")
    seen = page.evaluate("""() => ({
        paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
        held: [...document.querySelectorAll("script[data-after-paint]")]
          .map(s => new URL(s.dataset.src, location.href).href),
        fetched: Object.fromEntries(performance.getEntriesByType("resource")
          .map(r => [r.name, r.startTime])),
        material: document.documentElement.classList.contains("js"),
        named: !!document.querySelector(".md-search[role=dialog][aria-label]"),
    })""")
    assert seen["paint"] is not None, f"/{page_path}: no first paint recorded"
    assert len(seen["held"]) >= 3, f"/{page_path}: scripts held for after the paint: {seen['held']}"
    for url in seen["held"]:
        assert url in seen["fetched"], f"/{page_path}: {url} was never loaded"
        assert seen["fetched"][url] >= seen["paint"], (
            f"/{page_path}: {url} was fetched at {seen['fetched'][url]:.0f} ms, before the first "
            f"paint at {seen['paint']:.0f} ms")
    assert seen["material"], f"/{page_path}: Material's bundle did not run"
    # accessible-names.js ran; the error finder's answers are tested in tests/test_search.py.
    assert seen["named"], f"/{page_path}: the site's scripts did not run"


def test_search_dialog_has_a_name(base_url, offline_page):
    offline_page.page.goto(base_url, wait_until="networkidle")
    assert offline_page.page.locator(".md-search[role=dialog]").get_attribute("aria-label") == "Search"


@pytest.mark.parametrize("anchor", POST_ANCHORS)
def test_old_deep_links_scroll_to_the_heading(base_url, offline_page, anchor):
    page = offline_page.page
    page.goto(f"{base_url}saver/#{anchor}", wait_until="networkidle")
    box = page.locator(f"[id='{anchor}']").bounding_box()
    assert box is not None, f"#{anchor}: no element"
    assert 0 <= box["y"] < page.viewport_size["height"] / 3, f"#{anchor} is at y={box['y']}"


def test_copy_button_copies_the_code_as_shown(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "checkpoint/", wait_until="networkidle")
    block = page.locator("div.highlight").nth(1)  # snippets/checkpoint/save_restore.py:save
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    # What is copied is the snippet's section exactly, minus the annotation markers and the
    # spaces before them (not code): no line ends in spaces.
    snip = snippets.parse(SNIPPETS / "checkpoint" / "save_restore.py")
    expected = [re.sub(r"\s*# \(\d+\)!", "", line) for line in snip.section_text("save").splitlines()]
    assert copied.splitlines() == expected, copied
    assert not [line for line in copied.splitlines() if line != line.rstrip()], copied


def test_walkthrough_cell_copy_button_copies_the_cell(browser, base_url):
    """The notebook page's own copy buttons (nbconvert's `<clipboard-copy>`, whose scripts the
    hook moves below the cells) still copy a cell and say so."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "walkthrough/", wait_until="networkidle")
    button = page.locator("clipboard-copy").first
    cell = page.locator("#" + button.get_attribute("for")).inner_text()
    button.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    notice = button.locator(".notice").is_visible()
    context.close()
    assert copied.strip() and copied.strip() == cell.strip(), (copied[:200], cell[:200])
    assert notice, "no 'Copied!' notice after a click"


def test_code_features_mount_when_a_block_scrolls_into_view(browser, base_url):
    """Material's `content.lazy`: a block far down the page has no copy button until it is
    scrolled into view; then the button copies and the annotation marker opens its note."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "checkpoint/", wait_until="networkidle")
    index = page.evaluate("""() => {
        const blocks = [...document.querySelectorAll('div.highlight')];
        // The last annotated block a reader sees without opening a fold.
        return blocks.map(b => b.textContent.includes('(1)!') && !b.closest('details'))
            .lastIndexOf(true);
    }""")
    block = page.locator("div.highlight").nth(index)
    assert index > 3 and block.locator("button[data-md-type=copy]").count() == 0, \
        "the block far down already has its copy button: content.lazy is not working"
    block.scroll_into_view_if_needed()
    marker = block.locator(".md-annotation__index").first
    marker.wait_for(timeout=5000)
    marker.click(force=True)  # its marker pulses: never "stable" for Playwright
    note = block.locator(".md-tooltip--active, .md-annotation .md-tooltip").first
    note.wait_for(state="visible", timeout=5000)
    assert note.inner_text().strip(), "the annotation's note is empty"
    marker.click(force=True)  # closes the note, which can lie over the copy button
    note.wait_for(state="hidden", timeout=5000)
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    shown = block.get_attribute("data-copy")
    context.close()
    assert copied == shown and copied.strip(), f"copied:\n{copied}\n---- data-copy:\n{shown}"
    assert not re.search(r"# \(\d+\)", copied), copied  # no annotation marker
