import pytest

import snippetlib


@pytest.fixture(scope="session")
def snippet_runs():
    """Every snippet file, run once per test session by the fast runner."""
    return snippetlib.run_snippets(snippetlib.snippet_files())
