"""The site's MkDocs configuration and notebook hook, for the tests to use as the build does."""
import sys
from mkdocs.config import load_config

from snippetlib import DOCS, ROOT

sys.path.insert(0, str(DOCS / "_hooks"))
import notebooks as hook  # noqa: E402  (docs/_hooks/notebooks.py, the MkDocs hook)


_CONFIG = load_config(str(ROOT / "mkdocs.yml"))  # once, at import: loading it twice warns


def config():
    return _CONFIG


def notebook_pages():
    """Pages that offer a notebook download, and the notebook-only pages."""
    pages = [p for p in sorted(DOCS.glob("*.md")) if hook.wants_notebook(p.read_text())]
    return pages + sorted(DOCS.glob(f"{hook.NOTEBOOK_PAGES}/*.md"))


def notebook_for(page):
    prose = page.parent.name == hook.NOTEBOOK_PAGES
    return hook.to_notebook(page.read_text(), config(), prose=prose)


def expanded_blocks(page):
    """[(title, code)] of every fence on the page, includes expanded as the site renders them."""
    blocks, lines = [], iter(hook.expand(page.read_text(), config()))
    for line in lines:
        fence = hook.FENCE.match(line.strip())
        if fence:
            indent = line[:len(line) - len(line.lstrip())]
            code = []
            for inner in lines:
                if inner.strip() == "```":
                    break
                code.append(inner[len(indent):] if inner.startswith(indent) else inner)
            blocks.append((fence.group(1), "\n".join(code)))
    return blocks
