"""Every code block on a page is an include of a tested snippet, every snippet is shown, and the
reader's guarantee: the blocks of one file, copied in page order into a fresh interpreter, are
that file's program, the very text the snippet tests run (so their run proves the blocks)."""
from collections import defaultdict

import pytest

from harness import snippets
from harness.config import front_matter
from harness.markdown import expanded_blocks, markdown_pages, read_page
from harness.paths import ROOT, rel

PAGES = markdown_pages()


def test_there_are_pages():
    assert len(PAGES) >= 2, f"only {len(PAGES)} Markdown pages under docs/"


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_blocks_are_includes_that_resolve(page):
    includes, errors = read_page(page)
    for inc in includes:
        where = f"{rel(page)}:{inc.line}"
        path = ROOT / inc.path
        if not path.is_file():
            errors.append(f"{where}: includes {inc.path}, which does not exist")
        elif inc.section and inc.section not in snippets.parse(path).sections:
            errors.append(f"{where}: {inc.path} has no section '{inc.section}'")
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_each_file_shown_whole_and_in_order(page):
    """Copied in page order, the blocks of one file must add up to the whole program."""
    shown = defaultdict(list)
    for inc in read_page(page)[0]:
        shown[inc.path].append(inc)
    errors = []
    for path, incs in shown.items():
        file = ROOT / path
        if not file.is_file():
            continue  # reported by the test above
        sections = list(snippets.parse(file).sections)
        got = [inc.section for inc in incs]
        if got != [None] and got != sections:
            errors.append(f"{rel(page)}:{incs[0].line}: {path} is shown as sections "
                          f"{got}; show all of {sections}, in this order, or the whole file")
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_blocks_pasted_in_order_are_the_program(page):
    """The site's own expansion (pymdownx.snippets) of each file's blocks, joined, equals the
    file without its section markers: what the reader copies is what the tests ran."""
    blocks = defaultdict(list)
    for title, code in expanded_blocks(front_matter(page)[1]):
        blocks[title].append(code)
    errors = []
    for title, codes in blocks.items():
        snip = snippets.parse(ROOT / title)
        if snip.errors:
            continue  # reported by test_snippets
        indented = [name for name, (a, b) in snip.sections.items()
                    if snip.section_text(name) != "\n".join(snip.lines[a - 1:b]).strip("\n")]
        if indented:
            errors.append(f"{rel(page)}: {title}: sections {indented} are indented; the page shows "
                          "them dedented, which is not the program the tests run")
        program = [line for line in snip.lines if not snippets.MARKER.match(line) and line.strip()]
        pasted = [line for code in codes for line in code.splitlines() if line.strip()]
        if pasted != program:
            first = next((i for i, (a, b) in enumerate(zip(pasted, program, strict=False)) if a != b),
                         min(len(pasted), len(program)))
            errors.append(f"{rel(page)}: the blocks titled {title}, pasted in order, differ from the "
                          f"file at its line {first + 1} of code: "
                          f"{(pasted[first:first + 1] or ['(nothing)'])[0]!r} vs "
                          f"{(program[first:first + 1] or ['(nothing)'])[0]!r}")
    assert not errors, "\n".join(errors)


def test_every_snippet_is_shown_on_a_page():
    shown = {inc.path for page in PAGES for inc in read_page(page)[0]}
    missing = [rel(p) for p in snippets.files() if rel(p) not in shown]
    assert not missing, "snippets that no page shows (add them to a page or delete them):\n" + \
        "\n".join(missing)
