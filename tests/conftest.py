import pytest

import sitelib
import snippetlib


@pytest.fixture(scope="session")
def snippet_runs():
    """Every snippet file, run once per test session by the fast runner."""
    return snippetlib.run_snippets(snippetlib.snippet_files())


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The site, built once per test session with `mkdocs build --strict`."""
    destination = tmp_path_factory.mktemp("site")
    result = sitelib.build(destination)
    if result.returncode != 0:
        problems = [l for l in result.stderr.splitlines() if l.startswith(("WARNING", "ERROR"))]
        pytest.fail("mkdocs build --strict failed:\n" + "\n".join(problems or [result.stderr[-5000:]]),
                    pytrace=False)
    return destination
