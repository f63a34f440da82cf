"""A loopback server for the built site, and Debian's chromium driven by Playwright."""
import functools
import http.server
import threading
from urllib.parse import urlparse

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    """Serve `folder` on 127.0.0.1 (a free port) from a thread; returns (base URL, server)."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


def is_loopback(url):
    scheme = urlparse(url).scheme
    if scheme in ("data", "blob", "about"):
        return True
    return urlparse(url).hostname in ("127.0.0.1", "localhost")
