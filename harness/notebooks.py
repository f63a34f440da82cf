"""Notebooks made from the same snippets as the pages, never a second copy.

- `docs/_notebooks/<name>.md` (prose and include fences, like any page) becomes `<name>.ipynb`,
  a page that mkdocs-jupyter executes at build time (a failing cell fails the build) and renders.
- Each page whose front matter says `notebook: true` gets `notebooks/<page>.ipynb`: its code
  blocks in page order, its headings as Markdown cells, offered for download on the page.
"""
import posixpath
import re
from html import unescape
from pathlib import Path, PurePosixPath

import nbformat

from harness.config import config, front_matter
from harness.markdown import expand, fences, markdown_pages, read_page
from harness.paths import DOCS
from harness.snippets import OUTPUT

HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s*\{#[\w-]+\})?\s*$")
NOTEBOOK_PAGES = DOCS / "_notebooks"
CONTAINER = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?|===\+?)\s*([\w-]*)(?:\s+"(.*)")?\s*$')
FOOTNOTE = re.compile(r"\[\^([\w-]+)\]")
ATTRIBUTES = re.compile(r"\{\s*[#.][^}]*\}")
LINK = re.compile(r"\]\((?!https?:|#|mailto:)([^)\s]+?)(?:\.md)?(#[^)]*)?\)")
ANNOTATION = re.compile(r"# \((\d+)\)!")
FILES = "files"  # next to the notebook: files/<snippet>/, one folder per example file


def fresh_start(path):
    """A glue cell: each snippet file is a program that expects an empty folder and graph. The
    folder is files/<snippet>/ next to the notebook, where the learner can look."""
    stem = Path(path).stem
    return nbformat.v4.new_code_cell(
        f"# {path} runs in a folder of its own: {FILES}/{stem}/ next to this notebook.\n"
        "import os, shutil\n"
        "import tensorflow as tf\n"
        'notebook_folder = globals().setdefault("notebook_folder", os.getcwd())\n'
        f'folder = os.path.join(notebook_folder, "{FILES}", "{stem}")\n'
        "shutil.rmtree(folder, ignore_errors=True)\n"
        "os.makedirs(folder)\n"
        "os.chdir(folder)\n"
        "tf.compat.v1.reset_default_graph()\n"
        "# TensorFlow's log records (deprecations, 'Restoring parameters') would print among\n"
        "# the outputs in a notebook: keep errors only, so each cell shows what the page shows.\n"
        'tf.get_logger().setLevel("ERROR")',

        metadata={"fresh_start": True, "tags": ["fresh_start"]})


def site_link(page_uri):
    """`](other.md#x)` in a page at `page_uri` -> an absolute link to the published page."""
    base = config()["site_url"]
    folder = PurePosixPath(page_uri).parent

    def absolute(match):
        target = posixpath.normpath((folder / match.group(1)).as_posix())
        target = "" if target in (".", "index") else target.removesuffix("/index") + "/"
        return f"]({base}{target}{match.group(2) or ''})"
    return absolute


def prose_lines(lines, page_uri, absolute_links=True):
    """Material's Markdown made plain for Jupyter: admonitions and tabs become a bold title over
    their (dedented) text, footnotes become numbered notes, links point at the published site."""
    out, stack, notes = [], [], {}
    for line in lines:
        if line.strip():
            indent = len(line) - len(line.lstrip())
            while stack and indent < stack[-1]:
                stack.pop()
        line = line[4 * len(stack):] if line.startswith(" " * 4 * len(stack)) else line.lstrip()
        container = CONTAINER.match(line)
        if container:
            title = container.group(3) or container.group(2).capitalize()
            out.append(f"{container.group(1)}**{title}**")
            out.append("")
            stack.append(len(container.group(1)) + 4 * (len(stack) + 1))
            continue
        line = FOOTNOTE.sub(lambda m: f"<sup>{notes.setdefault(m.group(1), len(notes) + 1)}</sup>",
                            line)
        line = re.sub(r"^<sup>(\d+)</sup>:", r"<sup>\1</sup>", line)  # a footnote's text
        line = ATTRIBUTES.sub("", line)
        out.append((LINK.sub(site_link(page_uri), line) if absolute_links else line).rstrip())
    return out


def to_notebook(markdown_text, prose, page_uri="index.md", executed=False):
    """Titled fences become code cells (wherever indented); the page's prose (or, with
    prose=False, only its headings) becomes Markdown cells. `markdown_text` has no front
    matter. `executed`: the build runs it and shows real outputs, so the `#>` lines go."""
    lines = expand(markdown_text)
    blocks = {fence.line: fence for fence in fences(lines) if fence.title}
    cells, text_lines, seen = [], [], set()

    def flush():
        # A notebook the site renders keeps its links relative (they work offline and in a
        # local preview); a download's links point at the published pages.
        body = "\n".join(prose_lines(text_lines, page_uri, absolute_links=not executed)).strip()
        if body:
            cells.append(nbformat.v4.new_markdown_cell(re.sub(r"\n{3,}", "\n\n", body)))
        text_lines.clear()

    number = 1
    while number <= len(lines):
        fence = blocks.get(number)
        if fence:
            flush()
            if fence.title not in seen:
                seen.add(fence.title)
                cells.append(fresh_start(fence.title))
            code = [ANNOTATION.sub(r"# (\1)", line) for line in fence.body]
            if executed:
                code = [line for line in code if not OUTPUT.match(line)]
            cells.append(nbformat.v4.new_code_cell("\n".join(code).strip("\n")))
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
    executed = NOTEBOOK_PAGES in page.parents
    uri = page.name if executed else page.relative_to(DOCS).as_posix()
    notebook = to_notebook(front_matter(page)[1], prose=True, page_uri=uri, executed=executed)
    if executed:  # the rendered page offers its own notebook, as the other pages do
        link = '<a class="md-button" href="{0}" download="{0}">Download this page as a notebook</a>'
        title, _, rest = notebook.cells[0].source.partition("\n")  # under the title, as elsewhere
        notebook.cells[0].source = "\n\n".join(
            [title, link.format(page.with_suffix(".ipynb").name), rest.strip("\n")])
    return notebook


def build_executed():
    """Snippet files shown on notebook-only pages: the site build executes them (mkdocs-jupyter)."""
    return {include.path for page in sorted(NOTEBOOK_PAGES.glob("*.md"))
            for include in read_page(page)[0]}


def rendered_output(html):
    """The text outputs of a notebook page that mkdocs-jupyter rendered, in order."""
    return "".join(unescape(re.sub(r"<[^>]+>", "", out)) for out in re.findall(
        r'data-mime-type="text/plain"[^>]*>\s*<pre>(.*?)</pre>', html, re.S))
