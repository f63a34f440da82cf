"""Every generated notebook runs top to bottom, offline, in an empty folder, and each code cell
prints what the page shows after `#>`. The built site offers them and renders the walkthrough."""
import os
import re
from html import unescape
from concurrent.futures import ThreadPoolExecutor

import nbclient
import pytest

import notebooklib
import sitelib
import snippetlib

PAGES = notebooklib.notebook_pages()


def expected(cell):
    return snippetlib.shown_output(cell.source)


def printed(cell):
    return "".join(o.get("text", "") for o in cell.get("outputs", [])
                   if o.output_type == "stream" and o.name == "stdout").splitlines()


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    def run(page):
        folder = tmp_path_factory.mktemp(page.stem)
        notebook = notebooklib.notebook_for(page)
        client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                         resources={"metadata": {"path": str(folder)}})
        try:
            client.execute()
            return notebook, None
        except nbclient.exceptions.CellExecutionError as error:
            return notebook, str(error)[-3000:]

    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(PAGES, pool.map(run, PAGES)))


def test_there_are_notebooks():
    assert len(PAGES) >= 2, "no page asks for a notebook (front matter `notebook: true`)"


@pytest.mark.parametrize("page", PAGES, ids=snippetlib.rel)
def test_notebook_runs_and_prints_what_the_page_shows(page, executed):
    notebook, error = executed[page]
    if error:
        pytest.fail(f"{snippetlib.rel(page)}: a cell failed\n{error}", pytrace=False)
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    assert code_cells, f"{snippetlib.rel(page)}: the notebook has no code"
    for number, cell in enumerate(code_cells, 1):
        if printed(cell) != expected(cell):
            pytest.fail(f"{snippetlib.rel(page)}, code cell {number}:\n{cell.source[:300]}\n"
                        f"page shows {expected(cell)}\nnotebook printed {printed(cell)}",
                        pytrace=False)


def test_site_offers_each_notebook_and_renders_the_walkthrough(site):
    for page in PAGES:
        if page.parent.name == notebooklib.hook.NOTEBOOK_PAGES:
            # The rendered page shows, as plain-text outputs, exactly what its code claims.
            html = (site / page.stem / "index.html").read_text()
            shown = "".join(unescape(re.sub(r"<[^>]+>", "", out)) for out in re.findall(
                r'data-mime-type="text/plain"[^>]*>\s*<pre>(.*?)</pre>', html, re.S)).splitlines()
            claimed = [line for cell in notebooklib.notebook_for(page).cells
                       for line in snippetlib.shown_output(cell.source)]
            assert claimed and shown == claimed, (
                f"{page.stem}: the page shows {shown}, the code claims {claimed}")
            continue
        html_page = sitelib.Page(site / page.stem / "index.html")
        links = [link for link in html_page.links if link.endswith(".ipynb")]
        assert links, f"{page.stem}/index.html has no notebook download link"
        target = (site / page.stem / links[0]).resolve()
        assert target.is_file(), f"{page.stem}: the link {links[0]} leads to no file"
