"""Every troubleshooting entry shows a tested error, is found by site search, and is linked."""
import html
import json
import re

import pytest

import pagelib
import snippetlib

PAGE = snippetlib.DOCS / "troubleshooting.md"
HEADING = re.compile(r"^(#{2,3})\s+(.*?)(?:\s*\{#([\w-]+)\})?\s*$")


def entries():
    """{id: (heading line, [includes])} for the ### headings that carry an id and code."""
    lines = PAGE.read_text().splitlines()
    headings = [(n, m.group(3)) for n, line in enumerate(lines, 1)
                if (m := HEADING.match(line)) and m.group(1) == "###"]
    sections = {}
    for inc in pagelib.read_page(PAGE)[0]:
        owner = [h for h in headings if h[0] < inc.line][-1]
        sections.setdefault(owner, []).append(inc)
    return {anchor: (line, incs) for (line, anchor), incs in sections.items() if anchor}


ENTRIES = entries()


def section_text(anchor):
    lines = PAGE.read_text().splitlines()
    start = ENTRIES[anchor][0]
    end = next((n for n in range(start, len(lines)) if HEADING.match(lines[n])), len(lines))
    return "\n".join(lines[start - 1:end])


def test_at_least_fifteen_problems():
    assert len(ENTRIES) >= 15, f"{len(ENTRIES)} entries with code in {snippetlib.rel(PAGE)}"


@pytest.mark.parametrize("anchor", sorted(ENTRIES))
def test_entry_shows_a_problem_and_a_fix(anchor):
    line, incs = ENTRIES[anchor]
    where = f"{snippetlib.rel(PAGE)}:{line} (#{anchor})"
    assert len(incs) >= 2, f"{where}: needs a block that shows the problem and one with the fix"
    problem = snippetlib.parse(snippetlib.ROOT / incs[0].path)
    a, b = problem.sections[incs[0].section]
    shown = [text for number, text in problem.expected if a <= number <= b]
    assert shown, f"{where}: the problem block prints nothing (no `#>` lines)"


def search_tokens(text, separator):
    # Split as the site's search does (the "separator" in search_index.json).
    return [t for t in re.split(separator, html.unescape(text).lower()) if t]


def fragment(anchor):
    """The first eight words of the longest line the problem block prints: an error message."""
    incs = ENTRIES[anchor][1]
    snip = snippetlib.parse(snippetlib.ROOT / incs[0].path)
    a, b = snip.sections[incs[0].section]
    longest = max((text for number, text in snip.expected if a <= number <= b), key=len)
    return " ".join(longest.split()[:8])


@pytest.mark.parametrize("anchor", sorted(ENTRIES))
def test_site_search_finds_the_entry_by_its_error_text(anchor, site):
    index = json.loads((site / "search" / "search_index.json").read_text())
    separator = index["config"]["separator"]
    query = set(search_tokens(fragment(anchor), separator))
    score = {d["location"]: len(query & set(search_tokens(d["title"] + " " + d["text"], separator)))
             for d in index["docs"]}
    location = f"troubleshooting/#{anchor}"
    assert location in score, f"the search index has no section {location}"
    assert score[location] == len(query), (
        f"#{anchor}: the search index entry lacks words of {fragment(anchor)!r}")
    better = [loc for loc, s in score.items() if s > score[location]]
    assert not better, f"#{anchor}: {better} rank above the entry for {fragment(anchor)!r}"


@pytest.mark.parametrize("anchor", sorted(ENTRIES))
def test_entry_is_linked_both_ways(anchor):
    others = [p for p in pagelib.pages() if p != PAGE]
    linked = [snippetlib.rel(p) for p in others if f"troubleshooting.md#{anchor})" in p.read_text()]
    if not linked:
        pytest.fail(f"no page links to troubleshooting.md#{anchor}: link it where the error happens", pytrace=False)
    if not re.search(r"\]\((?!troubleshooting)[\w-]+\.md", section_text(anchor)):
        pytest.fail(f"#{anchor} links to no other page: link back to where the topic is explained",
                    pytrace=False)
