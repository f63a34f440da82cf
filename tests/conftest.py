"""Shared fixtures: one run of the selected examples, one build of the site, one browser."""
import pytest
from playwright.sync_api import sync_playwright

from harness import browser as browsers
from harness import runner, snippets
from harness import site as sites
from harness.notebooks import build_executed
from harness.paths import SITE, rel

WANTED = pytest.StashKey[list]()  # the snippet files that the selected tests check


def pytest_addoption(parser):
    parser.addoption("--update-outputs", action="store_true",
                     help="rewrite each snippet's `#>` lines with what it printed")


@pytest.hookimpl(trylast=True)  # after `-k` and `-m` have deselected what they deselect
def pytest_collection_modifyitems(session, config, items):
    """Remember which snippet files the selected tests need (`-k` narrows the runs)."""
    wanted = {item.callspec.params["path"] for item in items
              if hasattr(item, "callspec") and "path" in item.callspec.params}
    config.stash[WANTED] = sorted(wanted)


@pytest.fixture(scope="session")
def snippet_runs(request):
    """Each selected snippet file, run once, in its own process and empty folder. Files that the
    build executes are run here only when their outputs are being updated."""
    update = request.config.getoption("--update-outputs")
    skip = set() if update else build_executed()
    paths = [p for p in request.config.stash.get(WANTED, snippets.files())
             if update or rel(p) not in skip]
    return runner.run(paths)


@pytest.fixture(scope="session")
def site():
    """The site, built once per session with `mkdocs build --strict` into site/ (CI publishes it)."""
    result = sites.build(SITE)
    if result.returncode != 0:
        problems = [line for line in result.stderr.splitlines() if line.startswith(("WARNING", "ERROR"))]
        pytest.fail("mkdocs build --strict failed:\n" + "\n".join(problems or [result.stderr[-5000:]]),
                    pytrace=False)
    return SITE


@pytest.fixture(scope="session")
def base_url(site):
    url, server = browsers.serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        launched = browsers.launch(playwright)
        yield launched
        launched.close()


@pytest.fixture
def offline_page(browser):
    """A browser page whose requests may not leave loopback (see harness.browser.OfflinePage)."""
    context = browser.new_context()
    yield browsers.OfflinePage(context)
    context.close()
