"""A loopback server for the built site, and Debian's chromium driven by Playwright."""
import functools
import gzip
import http.server
import io
import os
import re
import threading
from pathlib import Path
from urllib.parse import urlparse

from playwright.sync_api import TimeoutError as PlaywrightTimeout

# Debian's chromium by default; CI elsewhere may point this at another Chromium build.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class GzipHandler(QuietHandler):
    """Compresses text as GitHub Pages does, so that page-speed figures are comparable."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in TEXT or "gzip" not in self.headers.get("Accept-Encoding", "")
                or not path.is_file() or not self.path.split("?")[0].endswith(("/", path.name))):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


TEXT = {".html", ".css", ".js", ".json", ".xml", ".svg", ".ipynb"}


def serve(folder, compress=False):
    """Serve `folder` on 127.0.0.1 (a free port) from a thread; returns (base URL, server)."""
    handler = functools.partial(GzipHandler if compress else QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def is_loopback(url):
    scheme = urlparse(url).scheme
    if scheme in ("data", "blob", "about"):
        return True
    return urlparse(url).hostname in ("127.0.0.1", "localhost")


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)


class OfflinePage:
    """A browser page on which nothing may leave loopback: such requests are recorded and
    aborted; console errors and uncaught exceptions are recorded too."""

    def __init__(self, context):
        self.page = context.new_page()
        self.outside, self.console_errors = [], []
        self.page.route("**/*", self._route)
        self.page.on("console", self._console)
        self.page.on("pageerror", self._page_error)

    def _route(self, route):
        if is_loopback(route.request.url):
            route.continue_()
        else:  # record it and never let it leave the machine
            self.outside.append(route.request.url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.console_errors.append(message.text)

    def _page_error(self, error):
        self.console_errors.append(str(error))


def search(page, text, paste=True):
    """Put `text` in the site's search box as a reader does: pasted (clipboard, Ctrl+V; the page
    needs `permissions=["clipboard-read", "clipboard-write"]`) or typed. Returns what the reader
    sees: {"kind": the error finder's answer ("sure", "close", "none") or None, "results":
    [(href without the highlight query, offered by the error finder?)], "meta": Material's count
    line if shown, "live": what a screen reader hears}."""
    page.keyboard.press("/")  # Material's shortcut focuses the search box
    box = page.locator("input.md-search__input")
    box.fill("")
    if paste:
        page.evaluate("text => navigator.clipboard.writeText(text)", text)
        box.press("Control+V")
    else:  # as typed: the last key is pressed, so search sees the whole question at once
        box.fill(text[:-1])
        box.press(text[-1])
    try:  # search has answered: a count line that is not a prompt, or a result
        page.wait_for_function(
            """() => document.querySelector(".md-search-result__item") ||
                 /matching|No /.test(document.querySelector(".md-search-result__meta")?.textContent)""",
            timeout=5000)
        if paste:
            page.locator(".md-search-result__item.error-finder").first.wait_for(timeout=300)
    except PlaywrightTimeout:
        pass  # the finder offered nothing: what search alone shows is the answer
    page.wait_for_timeout(100)  # let search finish redrawing; the finder stays on top
    seen = page.evaluate("""() => {
        const meta = document.querySelector(".md-search-result__meta");
        return {
          kind: document.querySelector(".md-search-result")?.getAttribute("data-error-finder") || null,
          results: [...document.querySelectorAll(".md-search-result__item > a")].map(
            a => [a.getAttribute("href"), a.parentElement.classList.contains("error-finder")]),
          // Per page offered, its links in order: the page or its best section, then the others.
          groups: [...document.querySelectorAll(".md-search-result__item")].map(
            item => [...item.querySelectorAll("a.md-search-result__link")].map(a => a.getAttribute("href"))),
          meta: meta && meta.offsetParent !== null ? meta.textContent.trim() : null,
          live: document.querySelector(".error-finder__live")?.textContent || "",
        };
    }""")
    page.keyboard.press("Escape")
    seen["results"] = [(re.sub(r"\?h=[^#]*", "", href), finder) for href, finder in seen["results"]]
    seen["groups"] = [[re.sub(r"\?h=[^#]*", "", href) for href in group] for group in seen["groups"]]
    return seen


def paste_into_search(page, text):
    """The result links for a pasted `text`: [(href, offered by the error finder?)]."""
    return search(page, text)["results"]
