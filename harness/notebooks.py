"""Notebooks made from the same snippets as the pages, never a second copy.

- `docs/_notebooks/<name>.md` (prose and include fences, like any page) becomes `<name>.ipynb`,
  a page that mkdocs-jupyter executes at build time (a failing cell fails the build) and renders.
- Each page whose front matter says `notebook: true` gets `notebooks/<page>.ipynb`: its code
  blocks in page order, its headings as Markdown cells, offered for download on the page.
"""
import re
from html import unescape
from pathlib import Path

import nbformat

from harness.config import front_matter
from harness.markdown import expand, fences, markdown_pages, read_page
from harness.paths import DOCS

HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s*\{#[\w-]+\})?\s*$")
NOTEBOOK_PAGES = DOCS / "_notebooks"


def fresh_start(path):
    """A glue cell: each snippet file is a program that expects an empty folder and graph."""
    return nbformat.v4.new_code_cell(
        f"# Fresh start for {path}: an empty folder and an empty default graph.\n"
        "import os, tempfile\n"
        'os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # quiet the C++ start-up logs\n'
        "import tensorflow as tf\n"
        "os.chdir(tempfile.mkdtemp())\ntf.compat.v1.reset_default_graph()\n"
        'tf.get_logger().setLevel("ERROR")  # log records would mix with the printed output',
        metadata={"fresh_start": True})


def to_notebook(markdown_text, prose):
    """Titled fences become code cells (wherever indented); headings (with prose, all text)
    become Markdown cells. `markdown_text` has no front matter."""
    lines = expand(markdown_text)
    blocks = {fence.line: fence for fence in fences(lines) if fence.title}
    cells, text_lines, seen = [], [], set()

    def flush():
        body = "\n".join(text_lines).strip()
        if body:
            cells.append(nbformat.v4.new_markdown_cell(body))
        text_lines.clear()

    number = 1
    while number <= len(lines):
        fence = blocks.get(number)
        if fence:
            flush()
            if fence.title not in seen:
                seen.add(fence.title)
                cells.append(fresh_start(fence.title))
            cells.append(nbformat.v4.new_code_cell("\n".join(fence.body)))
            number = fence.end + 1
            continue
        line = lines[number - 1]
        heading = HEADING.match(line)
        if prose or heading:
            text_lines.append(f"{heading.group(1)} {heading.group(2)}" if heading else line)
        number += 1
    flush()
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    return notebook


def wants_notebook(page):
    return bool(front_matter(page)[0].get("notebook"))


def download_path(src_uri):
    """Where a page's notebook is published: `notebooks/<page>.ipynb`."""
    return "notebooks/" + Path(src_uri).with_suffix(".ipynb").as_posix().replace("/", "-")


def notebook_pages():
    """Markdown pages that offer a notebook download, and the notebook-only pages."""
    offered = [p for p in markdown_pages() if NOTEBOOK_PAGES not in p.parents and wants_notebook(p)]
    return offered + sorted(NOTEBOOK_PAGES.glob("*.md"))


def notebook_for(page):
    return to_notebook(front_matter(page)[1], prose=NOTEBOOK_PAGES in page.parents)


def build_executed():
    """Snippet files shown on notebook-only pages: the site build executes them (mkdocs-jupyter)."""
    return {include.path for page in sorted(NOTEBOOK_PAGES.glob("*.md"))
            for include in read_page(page)[0]}


def rendered_output(html):
    """The text outputs of a notebook page that mkdocs-jupyter rendered, in order."""
    return "".join(unescape(re.sub(r"<[^>]+>", "", out)) for out in re.findall(
        r'data-mime-type="text/plain"[^>]*>\s*<pre>(.*?)</pre>', html, re.S))
