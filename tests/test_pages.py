"""Every code block on a page is an include of a tested snippet, and every snippet is shown."""
from collections import defaultdict

import pytest

import pagelib
import snippetlib

PAGES = pagelib.pages()


def test_there_are_pages():
    assert len(PAGES) >= 2, f"only {len(PAGES)} pages under {snippetlib.DOCS}"


@pytest.mark.parametrize("page", PAGES, ids=snippetlib.rel)
def test_blocks_are_includes_that_resolve(page):
    includes, errors = pagelib.read_page(page)
    for inc in includes:
        where = f"{snippetlib.rel(page)}:{inc.line}"
        path = snippetlib.ROOT / inc.path
        if not path.is_file():
            errors.append(f"{where}: includes {inc.path}, which does not exist")
        elif inc.section and inc.section not in snippetlib.parse(path).sections:
            errors.append(f"{where}: {inc.path} has no section '{inc.section}'")
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("page", PAGES, ids=snippetlib.rel)
def test_each_file_shown_whole_and_in_order(page):
    """Copied in page order, the blocks of one file must add up to the whole program."""
    shown = defaultdict(list)
    for inc in pagelib.read_page(page)[0]:
        shown[inc.path].append(inc)
    errors = []
    for path, incs in shown.items():
        file = snippetlib.ROOT / path
        if not file.is_file():
            continue  # reported by the test above
        sections = list(snippetlib.parse(file).sections)
        got = [inc.section for inc in incs]
        if got != [None] and got != sections:
            errors.append(f"{snippetlib.rel(page)}:{incs[0].line}: {path} is shown as sections "
                          f"{got}; show all of {sections}, in this order, or the whole file")
    assert not errors, "\n".join(errors)


def test_every_snippet_is_shown_on_a_page():
    shown = {inc.path for page in PAGES for inc in pagelib.read_page(page)[0]}
    missing = [snippetlib.rel(p) for p in snippetlib.snippet_files()
               if snippetlib.rel(p) not in shown]
    assert not missing, "snippets that no page shows (add them to a page or delete them):\n" + \
        "\n".join(missing)
