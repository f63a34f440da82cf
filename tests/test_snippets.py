"""Every snippet file runs alone in an empty folder and prints exactly its `#>` lines.
With `--update-outputs`, the `#>` lines are first rewritten from what the file printed."""
import pytest

from harness import snippets
from harness.markdown import read_page
from harness.notebooks import NOTEBOOK_PAGES, build_executed, rendered_output
from harness.paths import rel

FILES = snippets.files()
CODE_WIDTH = 79  # the code column at 1280 px; `#>` output lines wrap on screen instead


def test_there_are_snippets():
    assert len(FILES) >= 10, f"only {len(FILES)} snippet files under snippets/"


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_snippet_is_well_formed(path):
    snip = snippets.parse(path)
    assert not snip.errors, "\n".join(snip.errors)
    assert snip.expected, f"{rel(path)}: no `#>` line; show what the example prints"
    long = [f"{rel(path)}:{number}: {len(line)} characters" for number, line in enumerate(snip.lines, 1)
            if len(line) > CODE_WIDTH and not snippets.OUTPUT.match(line)]
    assert not long, (f"code lines longer than {CODE_WIDTH} characters scroll sideways on the page:\n"
                      + "\n".join(long))
    pragmas = [f"{rel(path)}:{number}" for number, line in enumerate(snip.lines, 1) if "noqa" in line]
    assert not pragmas, ("lint pragmas are shown to readers and copied: configure the rule per file "
                         "in pyproject.toml instead\n" + "\n".join(pragmas))


def built_notebook_output(site, path):
    """What the built notebook page that shows `path` printed (mkdocs-jupyter ran it)."""
    page = next(p for p in sorted(NOTEBOOK_PAGES.glob("*.md"))
                if rel(path) in {include.path for include in read_page(p)[0]})
    return rendered_output((site / page.stem / "index.html").read_text())


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_snippet_prints_what_the_page_shows(path, snippet_runs, request):
    name = rel(path)
    update = request.config.getoption("--update-outputs")
    if name in build_executed() and not update:
        # Run once, by the build, as a notebook: its outputs are on the built page.
        stdout = built_notebook_output(request.getfixturevalue("site"), path)
    else:
        run = snippet_runs[path.resolve()]
        if run.status != "passed":
            refused = "--update-outputs refused: " if update else ""
            pytest.fail(f"{refused}{name}: {run.status} (exit {run.returncode}) after {run.seconds} s\n"
                        f"--- stdout ---\n{run.stdout}\n--- stderr (last 3000 chars) ---\n"
                        f"{run.stderr[-3000:]}", pytrace=False)
        stdout = run.stdout
        if update:
            try:
                text = snippets.updated(path, run.writes, run.stdout)
            except snippets.UpdateRefused as refusal:
                pytest.fail(f"--update-outputs refused: {refusal}", pytrace=False)
            if text != path.read_text():
                path.write_text(text)
    problem = snippets.compare(snippets.parse(path), stdout)
    if problem:
        pytest.fail(problem, pytrace=False)
