"""The built site in a real browser (Debian's chromium), served on loopback, offline."""
import re

import pytest
from playwright.sync_api import sync_playwright

import browserlib
import sitelib
import snippetlib



@pytest.fixture(scope="module")
def base_url(site):
    url, server = browserlib.serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browserlib.CHROMIUM,
                                             args=browserlib.FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.outside, page.console_errors = [], []

    def route(route):
        if browserlib.is_loopback(route.request.url):
            route.continue_()
        else:  # record it and never let it leave the machine
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    yield page
    context.close()


def built_pages(site):
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))


def test_every_page_loads_offline_without_errors(site, base_url, page):
    pages = built_pages(site)
    assert len(pages) >= 10, pages
    problems = []
    for path in pages:
        page.outside.clear(), page.console_errors.clear()
        response = page.goto(base_url + path, wait_until="networkidle")
        if response.status != 200:
            problems.append(f"{path}: HTTP {response.status}")
        problems += [f"{path}: request left loopback: {url}" for url in page.outside]
        problems += [f"{path}: console error: {text}" for text in page.console_errors]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("query,expected", [
    ("import_meta_graph", "saver/"),
    ("CheckpointManager", "checkpoint/"),
    ("Received incompatible tensor with shape", "troubleshooting/#shape-mismatch-tf2"),
])
def test_search_finds_api_names_offline(base_url, page, query, expected):
    page.goto(base_url, wait_until="networkidle")
    page.keyboard.press("/")  # Material's shortcut focuses the search box
    page.locator("input.md-search__input").press_sequentially(query, delay=10)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(timeout=10000)
    hrefs = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    found = [re.sub(r"\?h=[^#]*", "", href) for href in hrefs[:5]]  # drop the highlight query
    assert any(f.endswith(expected) for f in found), f"search {query!r}: top results {found}"
    assert not page.outside, page.outside


@pytest.mark.parametrize("anchor", sitelib.POST_ANCHORS)
def test_old_deep_links_scroll_to_the_heading(base_url, page, anchor):
    page.goto(f"{base_url}saver/#{anchor}", wait_until="networkidle")
    box = page.locator(f"[id='{anchor}']").bounding_box()
    assert box is not None, f"#{anchor}: no element"
    assert 0 <= box["y"] < page.viewport_size["height"] / 3, f"#{anchor} is at y={box['y']}"


def test_copy_button_copies_the_code_as_shown(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(base_url + "checkpoint/", wait_until="networkidle")
    block = page.locator("div.highlight").nth(1)  # snippets/checkpoint/save_restore.py:save
    shown = block.locator("code").inner_text()
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    context.close()
    assert copied.rstrip() == shown.rstrip(), f"copied:\n{copied}\n---- shown:\n{shown}"
    # What is copied is the snippet's section, minus the annotation markers (not code).
    snip = snippetlib.parse(snippetlib.SNIPPETS / "checkpoint" / "save_restore.py")
    a, b = snip.sections["save"]
    source = (snippetlib.SNIPPETS / "checkpoint" / "save_restore.py").read_text().splitlines()
    expected = [re.sub(r"# \(\d+\)!", "", line) for line in source[a - 1:b]]
    assert copied.rstrip().splitlines() == expected, copied
