"""MkDocs hook: notebooks made from the same snippets as the pages, never a second copy.

- `docs/_notebooks/<name>.md` (prose and include fences, like any page) becomes `<name>.ipynb`,
  a page that mkdocs-jupyter executes (failing cells fail the build) and renders.
- Each page whose front matter says `notebook: true` gets `notebooks/<page>.ipynb`: its code
  blocks in page order, its headings as Markdown cells, offered for download on the page.
"""
import re
import tempfile
from pathlib import Path

import markdown
import nbformat
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

FENCE = re.compile(r'^```python title="(snippets/[^"]+\.py)"\s*$')
HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s*\{#[\w-]+\})?\s*$")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
NOTEBOOK_PAGES = "_notebooks"


def expand(text, config):
    """The page's Markdown with every include replaced, exactly as the site renders it."""
    md = markdown.Markdown(extensions=["pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets":
                                              config["mdx_configs"]["pymdownx.snippets"]})
    return md.preprocessors["snippet"].run(FRONT_MATTER.sub("", text).splitlines())


def fresh_start(path):
    """A glue cell: each snippet file is a program that expects an empty folder and graph."""
    return nbformat.v4.new_code_cell(
        f"# Fresh start for {path}: an empty folder and an empty default graph.\n"
        "import os, tempfile\n"
        'os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # quiet the C++ start-up logs\n'
        "import tensorflow as tf\n"
        "os.chdir(tempfile.mkdtemp())\ntf.compat.v1.reset_default_graph()\n"
        'tf.get_logger().setLevel("ERROR")  # log records would mix with the printed output')


def to_notebook(text, config, prose):
    """Code fences become code cells; headings (and, with prose, all text) Markdown cells."""
    cells, text_lines, seen = [], [], set()
    lines = iter(expand(text, config))

    def flush():
        body = "\n".join(text_lines).strip()
        if body:
            cells.append(nbformat.v4.new_markdown_cell(body))
        text_lines.clear()

    for line in lines:
        fence = FENCE.match(line)
        if fence:
            flush()
            code = []
            for inner in lines:
                if inner.strip() == "```":
                    break
                code.append(inner)
            if fence.group(1) not in seen:
                seen.add(fence.group(1))
                cells.append(fresh_start(fence.group(1)))
            cells.append(nbformat.v4.new_code_cell("\n".join(code)))
        elif prose or HEADING.match(line):
            heading = HEADING.match(line)
            text_lines.append(f"{heading.group(1)} {heading.group(2)}" if heading else line)
    flush()
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    return notebook


def page_notebook_path(src_path):
    return "notebooks/" + Path(src_path).with_suffix(".ipynb").as_posix().replace("/", "-")


def wants_notebook(text):
    front = FRONT_MATTER.match(text)
    return bool(front and re.search(r"^notebook:\s*true\s*$", front.group(0), re.M))


@event_priority(100)  # before mkdocs-jupyter looks for notebooks
def on_files(files, config):
    scratch = Path(tempfile.mkdtemp(prefix="notebooks-"))
    docs = Path(config["docs_dir"])
    for source in sorted(docs.glob(f"{NOTEBOOK_PAGES}/*.md")):
        (scratch / source.with_suffix(".ipynb").name).write_text(
            nbformat.writes(to_notebook(source.read_text(), config, prose=True)))
        files.append(File(source.with_suffix(".ipynb").name, str(scratch), config["site_dir"],
                          config["use_directory_urls"]))
    for file in list(files.documentation_pages()):
        text = Path(file.abs_src_path).read_text() if file.abs_src_path else ""
        if wants_notebook(text):
            files.append(File.generated(config, page_notebook_path(file.src_uri),
                                        content=nbformat.writes(to_notebook(text, config, False))))
    return files


def on_page_markdown(markdown_text, page, config, files):
    if not wants_notebook(Path(page.file.abs_src_path).read_text()):
        return markdown_text
    link = Path(page_notebook_path(page.file.src_uri)).relative_to(
        Path(page.file.src_uri).parent).as_posix()
    button = (f"[Download this page as a notebook]({link})"
              f'{{ .md-button download="{Path(link).name}" }}\n\n')
    return re.sub(r"^(# .*\n)", lambda m: m.group(1) + "\n" + button, markdown_text, count=1,
                  flags=re.M)


def on_page_context(context, page, config, nav):
    """Notebook pages take their description from their Markdown source's front matter."""
    source = Path(config["docs_dir"]) / NOTEBOOK_PAGES / Path(page.file.src_uri).with_suffix(".md")
    if page.file.src_uri.endswith(".ipynb") and source.is_file():
        found = re.search(r"^description:\s*(.+)$", FRONT_MATTER.match(source.read_text()).group(0), re.M)
        if found:
            page.meta["description"] = found.group(1).strip()
    return context


MERMAID_LOADER = re.compile(r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded",'
                            r' async \(\) => \{\s*const diagrams = document\.querySelectorAll'
                            r'\("\.jp-Mermaid.*?</script>', re.S)


def on_post_page(output, page, config):
    # nbconvert's template would import Mermaid from a CDN; no page here has a diagram.
    return MERMAID_LOADER.sub("", output)
