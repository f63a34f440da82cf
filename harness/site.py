"""Build the site the way CI publishes it, and read the built HTML pages."""
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from harness.paths import ROOT

# The post's anchors, plus the two of the tutorial it was copied from: all on the Saver page.
POST_ANCHORS = ["tval", "ckpt", "what", "saving", "import", "working", "VGG"]


# The build executes the walkthrough notebook. Its kernel talks to the build over local sockets
# (ipc, as .ci/jupyter/ configures nbconvert) instead of TCP, and TensorFlow's C++ start-up
# lines (CPU features, oneDNN) are not printed: a build log shows only what concerns the docs.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "3",
         "JUPYTER_CONFIG_DIR": str(ROOT / ".ci" / "jupyter")}


def build(destination):
    """`mkdocs build --strict` (never with -v: it skips anchor validation in MkDocs 1.6.1)."""
    env = dict(os.environ, **QUIET)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT, capture_output=True, text=True, env=env)


def html_pages(site):
    """The built HTML pages, as paths relative to the site: `saver/index.html`."""
    return sorted(p.relative_to(site).as_posix() for p in Path(site).rglob("index.html"))


class HtmlPage(HTMLParser):
    """The ids, links and asset addresses of one built HTML page."""

    def __init__(self, path):
        super().__init__()
        self.path = Path(path)
        self.ids, self.links, self.assets = set(), [], []
        self.feed(self.path.read_text())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href") is not None:
            self.links.append(attrs["href"])
        if tag != "a":
            self.assets += [attrs[key] for key in ("src", "data-src") if attrs.get(key)]
        # A <link> loads something unless it only names a relation (canonical, prev, next).
        relations = set((attrs.get("rel") or "").split())
        if tag == "link" and attrs.get("href") and not relations <= {"canonical", "alternate", "prev", "next"}:
            self.assets.append(attrs["href"])
