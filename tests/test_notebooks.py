"""Notebooks carry every block of their page, exactly; the site offers each download, and the
walkthrough page, executed by the build, shows what its code claims."""
import re
from pathlib import Path

import nbformat
import pytest

from harness import snippets
from harness.config import front_matter
from harness.markdown import expanded_blocks, read_page
from harness.notebooks import NOTEBOOK_PAGES, download_path, notebook_for, notebook_pages, rendered_output, to_notebook
from harness.paths import DOCS, rel
from harness.site import HtmlPage

PAGES = notebook_pages()


def test_there_are_notebooks():
    assert len(PAGES) >= 2, "no page asks for a notebook (front matter `notebook: true`)"


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_notebook_has_every_block_of_its_page(page):
    """Its code cells are the page's blocks, in order, plus one fresh-start cell per file."""
    cells = [c for c in notebook_for(page).cells if c.cell_type == "code"]
    blocks = expanded_blocks(front_matter(page)[1])
    fresh = [c for c in cells if c.metadata.get("fresh_start")]
    code = [c.source for c in cells if not c.metadata.get("fresh_start")]
    assert len(fresh) == len({title for title, _ in blocks}), f"{rel(page)}: one fresh start per file"
    # Annotation markers become plain numbers (the notes follow as text); on the executed page
    # the `#>` lines go, since the real output shows under each cell.
    executed = NOTEBOOK_PAGES in page.parents
    expected = ["\n".join(re.sub(r"# \((\d+)\)!", r"# (\1)", line) for line in text.splitlines()
                          if not (executed and line.lstrip().startswith("#>"))).strip("\n")
                for _, text in blocks]
    assert code == expected, (
        f"{rel(page)}: {len(blocks)} blocks on the page, {len(code)} code cells in its notebook")
    prose = "\n".join(c.source for c in notebook_for(page).cells if c.cell_type == "markdown")
    text = [line for line in front_matter(page)[1].splitlines() if not line.strip().startswith(("```", "--8<--"))]
    assert len(prose.split()) >= 0.9 * len(" ".join(text).split()), \
        f"{rel(page)}: the notebook lost the page's prose"
    assert not re.search(r"\]\((?!https?:|#)[^)]*\.md", prose), f"{rel(page)}: a link to a .md file"
    assert not re.search(r"^\s*(!!!|\?\?\?|===) ", prose, re.M), f"{rel(page)}: Material syntax left"


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_site_offers_the_notebook_or_renders_it(page, site):
    if NOTEBOOK_PAGES in page.parents:
        # The rendered page shows, as plain-text outputs, exactly what its code claims.
        shown = rendered_output((site / page.stem / "index.html").read_text()).splitlines()
        claimed = [line for _, text in expanded_blocks(front_matter(page)[1])
                   for line in snippets.shown_output(text)]
        assert claimed and shown == claimed, f"{page.stem}: the page shows {shown}, the code claims {claimed}"
        return
    src_uri = page.relative_to(DOCS).as_posix()
    built = site / page.relative_to(DOCS).with_suffix("") / "index.html"
    links = [link for link in HtmlPage(built).links if link.endswith(".ipynb")]
    assert links, f"{built.relative_to(site)} has no notebook download link"
    target = (built.parent / links[0]).resolve()
    assert target == (site / download_path(src_uri)).resolve(), f"{links[0]} is not this page's notebook"
    published = nbformat.reads(target.read_text(), as_version=4)
    assert [c.source for c in published.cells] == [c.source for c in notebook_for(page).cells], (
        f"{target.relative_to(site)} is not the notebook made from {rel(page)}")


def test_fences_inside_tabs_and_admonitions_become_cells():
    """The fence reader sees indented fences: a block in a content tab or an admonition is in
    the notebook too (docs/migration.md keeps its blocks in tabs)."""
    fence = '```python title="snippets/saver/max_to_keep.py"\n--8<-- "snippets/saver/max_to_keep.py"\n```'
    indented = "\n".join("    " + line for line in fence.splitlines())
    page = f'# Page\n\n=== "A tab"\n\n{indented}\n\n!!! note\n\n{indented}\n\n- a list item\n\n{indented}\n'
    code = [c for c in to_notebook(page, prose=False).cells if c.cell_type == "code"]
    assert len(code) == 1 + 3, [c.source[:60] for c in code]  # one fresh start, three blocks


def test_the_post_pages_notebook_runs_top_to_bottom_and_keeps_its_files(tmp_path):
    """Downloaded and run in a kernel, the post's notebook prints what the page shows, cell by
    cell, and leaves each example's files in files/<example>/ beside it, where a learner looks."""
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    page = DOCS / "saver.md"
    notebook = notebook_for(page)
    kernel = KernelManager(kernel_name="python3", transport="ipc", ip=str(tmp_path / "kernel"))
    client = NotebookClient(notebook, km=kernel, timeout=600,
                            resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails
    problems = []
    for cell in notebook.cells:
        if cell.cell_type != "code" or cell.metadata.get("fresh_start"):
            continue
        printed = "".join(out.get("text", "") for out in cell.outputs
                          if out.output_type == "stream" and out.name == "stdout").splitlines()
        if printed != snippets.shown_output(cell.source):
            problems.append(f"cell {cell.source.splitlines()[0]!r}: printed {printed[:3]}, "
                            f"shows {snippets.shown_output(cell.source)[:3]}")
    assert not problems, "\n".join(problems)
    files = {include.path for include in read_page(page)[0]}
    folders = sorted(p.name for p in (tmp_path / "files").iterdir())
    assert folders == sorted(Path(f).stem for f in files), folders
    assert any((tmp_path / "files" / "save").iterdir()), "files/save/ is empty"


def test_notebook_stylesheet_keeps_what_the_page_reads():
    """The walkthrough's inlined JupyterLab stylesheet is cut to the rules whose classes occur in
    the page and the custom properties those rules read, directly or through another."""
    from harness.jupyter_css import BIG, prune_styles
    filler = "".join(f".jp-Widget{i}{{color:red}}" for i in range(BIG // 20))
    css = (":root{--jp-a:var(--jp-b);--jp-b:blue;--jp-unread:url(data:x);--jp-c:green}"
           ".jp-Cell{color:var(--jp-a)}.jp-Gone{color:var(--jp-c)}" + filler)
    html = f'<style>{css}</style><div class="jp-Cell"></div>'
    out = prune_styles(html)
    assert ".jp-Cell{color:var(--jp-a)}" in out and "--jp-b:blue" in out, out[:300]
    assert "jp-Gone" not in out and "Widget" not in out, "rules for absent classes stay"
    assert "--jp-unread" not in out and "--jp-c:" not in out, "unread custom properties stay"
