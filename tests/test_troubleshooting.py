"""Every troubleshooting entry shows a tested error and its fix, is found by site search, is
linked both ways, and is listed on the index page, where the old one-page links still land."""
import html
import json
import re

import pytest

from harness import snippets, troubleshooting
from harness.markdown import markdown_pages
from harness.paths import ROOT, rel
from harness.site import HtmlPage

ENTRIES = {entry.anchor: entry for entry in troubleshooting.all_entries()}
# The ids of the one-page troubleshooting.md that the site had before the area pages.
OLD_ANCHORS = [
    "key-not-found", "graph-built-twice", "directory-instead-of-prefix", "file-instead-of-prefix",
    "latest-checkpoint-none", "shape-mismatch", "parent-folder-missing", "missing-meta",
    "eager-saver", "eager-placeholder", "shape-mismatch-tf2", "keras-save-extension",
    "save-weights-extension", "model-checkpoint-extension", "load-model-savedmodel",
    "custom-class-unknown", "deleted-variables", "shape-mismatch-silent", "moved-folder",
    "optimizer-not-saved", "init-after-restore"]


def test_entries_exist_and_ids_are_unique():
    anchors = [entry.anchor for entry in troubleshooting.all_entries()]
    doubles = sorted({a for a in anchors if anchors.count(a) > 1})
    assert not doubles, f"entry ids used twice: {doubles}"
    assert len(anchors) >= 15, f"{len(anchors)} entries"


def where(entry):
    return f"{rel(entry.page)}:{entry.line} (#{entry.anchor})"


def problem_lines(entry):
    first = entry.includes[0]
    snip = snippets.parse(ROOT / first.path)
    a, b = snip.sections[first.section] if first.section else (1, len(snip.lines))
    return [text for number, text in snip.expected if a <= number <= b]


@pytest.mark.parametrize("anchor", sorted(ENTRIES))
def test_entry_shows_a_problem_and_a_fix(anchor):
    entry = ENTRIES[anchor]
    assert len(entry.includes) >= 2, f"{where(entry)}: needs a block that shows the problem and one with the fix"
    assert problem_lines(entry), f"{where(entry)}: the problem block prints nothing (no `#>` lines)"


def search_tokens(text, separator):
    # Split as the site's search does (the "separator" in search_index.json).
    return [t for t in re.split(separator, html.unescape(text).lower()) if t]


def fragment(entry):
    """The first eight words of the longest line the problem block prints: an error message."""
    return " ".join(max(problem_lines(entry), key=len).split()[:8])


@pytest.mark.parametrize("anchor", sorted(ENTRIES))
def test_site_search_finds_the_entry_by_its_error_text(anchor, site):
    entry = ENTRIES[anchor]
    index = json.loads((site / "search" / "search_index.json").read_text())
    separator = index["config"]["separator"]
    query = set(search_tokens(fragment(entry), separator))
    score = {d["location"]: len(query & set(search_tokens(d["title"] + " " + d["text"], separator)))
             for d in index["docs"]}
    assert entry.location in score, f"the search index has no section {entry.location}"
    assert score[entry.location] == len(query), (
        f"{where(entry)}: the search index entry lacks words of {fragment(entry)!r}")
    better = [loc for loc, s in score.items() if s > score[entry.location]]
    assert not better, f"{where(entry)}: {better} rank above the entry for {fragment(entry)!r}"


@pytest.mark.parametrize("anchor", sorted(ENTRIES))
def test_entry_is_linked_both_ways(anchor):
    entry = ENTRIES[anchor]
    target = f"troubleshooting/{entry.page.name}#{anchor})"
    others = [p for p in markdown_pages() if troubleshooting.FOLDER not in p.parents]
    if not any(target in p.read_text() for p in others):
        pytest.fail(f"{where(entry)}: no page outside troubleshooting/ links to {target[:-1]}: "
                    "link it where the error happens", pytrace=False)
    if not re.search(r"\]\(\.\./[\w/-]+\.md", entry.text):
        pytest.fail(f"{where(entry)}: links to no page outside troubleshooting/: link back to where "
                    "the topic is explained", pytrace=False)


def test_index_lists_every_entry_and_keeps_the_old_links(site):
    page = HtmlPage(site / "troubleshooting" / "index.html")
    missing = [a for a in list(ENTRIES) + OLD_ANCHORS if a not in page.ids]
    assert not missing, f"troubleshooting/index.html has no row with id {missing}"
    for entry in ENTRIES.values():
        assert f"{entry.page.stem}/#{entry.anchor}" in page.links, f"the index does not link {where(entry)}"


def test_index_introduces_every_area():
    """The index's list of areas, above the generated table, names every area page."""
    intro = troubleshooting.INDEX.read_text().split(troubleshooting.MARKER)[0]
    missing = [page.name for page in troubleshooting.area_pages() if f"]({page.name})" not in intro]
    assert not missing, f"docs/troubleshooting/index.md: the list of areas lacks {missing}"


def test_messages_are_message_text_not_markdown():
    """What the error finder matches a paste against is message text: never a code fence, an
    include line or an admonition, wherever the entry folds its reproduction."""
    bad = [f"{entry.location}: {message[:80]!r}" for entry in troubleshooting.all_entries()
           for message in troubleshooting.messages(entry)
           if re.search(r"--8<--|title=\"|^\s*(```|\?\?\?|!!!)", message, re.M)]
    assert not bad, "\n".join(bad)
