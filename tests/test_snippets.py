"""Every snippet file runs alone in an empty folder and prints exactly its `#>` lines."""
import pytest

import snippetlib

FILES = snippetlib.snippet_files()


def test_there_are_snippets():
    assert len(FILES) >= 10, f"only {len(FILES)} snippet files under {snippetlib.SNIPPETS}"


@pytest.mark.parametrize("path", FILES, ids=snippetlib.rel)
def test_snippet_is_well_formed(path):
    snip = snippetlib.parse(path)
    assert not snip.errors, "\n".join(snip.errors)
    assert snip.expected, f"{snippetlib.rel(path)}: no `#>` line; show what the example prints"


@pytest.mark.parametrize("path", FILES, ids=snippetlib.rel)
def test_snippet_prints_what_the_page_shows(path, snippet_runs):
    run = snippet_runs[path.resolve()]
    name = snippetlib.rel(path)
    if run.status != "passed":
        pytest.fail(f"{name}: {run.status} (exit {run.returncode}) after {run.seconds} s\n"
                    f"--- stdout ---\n{run.stdout}\n--- stderr (last 3000 chars) ---\n"
                    f"{run.stderr[-3000:]}", pytrace=False)
    problem = snippetlib.compare(snippetlib.parse(path), run.stdout)
    if problem:
        pytest.fail(problem, pytrace=False)
