"""The "runs on" lines agree with the version matrix data (versions/*.json) and with the files as
they are now: a file changed since its last run says "not yet checked", never an old result.
These tests read the data only; `tools/matrix.py` is what runs the matrix."""
import hashlib
import html.parser
import importlib.util
import json
import re

import pytest

from harness import snippets, versions
from harness.paths import ROOT, rel

FILES = snippets.files()
STATUSES = {"passed", "differs", "failed", "timeout"}


class Badge(html.parser.HTMLParser):
    """What a badge claims: its data-runs-on versions and its visible text; and that its tags
    are balanced."""

    def __init__(self, markup):
        super().__init__()
        self.runs_on, self.text, self.summary, self.open = None, "", "", []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "data-runs-on" in attrs and self.runs_on is None:
            self.runs_on = attrs["data-runs-on"].split()
        self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1:]}>"
        self.open.pop()

    def handle_data(self, data):
        self.text += data
        if self.open and self.open[-1] in ("summary", "p"):  # the one line always shown
            self.summary += data


def truth(path, data, root):
    """{version: status} read straight from the JSON files, "stale" when the hash differs,
    "missing" when no result: written apart from harness.versions, to check it."""
    current = hashlib.sha256((root / path).read_bytes()).hexdigest()
    out = {}
    for version in versions.VERSIONS:
        try:
            table = json.loads((data / f"{version}.json").read_text())
        except FileNotFoundError:
            out[version] = "missing"
            continue
        result = table["results"].get(path)
        if result is None:
            out[version] = "missing"
        elif result["sha256"] != current:
            out[version] = "stale"
        else:
            out[version] = result["status"]
    return out


def problems(badge_markup, path, data, root):
    """Where a badge says more, or other, than the data holds for the file as it is now."""
    badge = Badge(badge_markup)
    assert not badge.open, f"unclosed tags {badge.open} in {badge_markup}"
    facts = truth(path, data, root)
    found = []
    for version in badge.runs_on or []:
        if facts.get(version) not in ("passed", "differs"):
            found.append(f"{path}: the badge says it runs on {version}, the data says "
                         f"{facts.get(version)}")
    for version, fact in facts.items():
        if fact in ("passed", "differs") and version not in (badge.runs_on or []):
            found.append(f"{path}: ran on {version} but the badge does not say so")
    unchecked = [v for v, fact in facts.items() if fact in ("stale", "missing")]
    said = re.search(r"not yet checked on (?:TF )?([^·]*?)\s*(?:·|$)", badge.summary, re.I)
    if unchecked and (not said or said.group(1) != versions._spans(unchecked)):
        found.append(f"{path}: not checked on {unchecked}, and the badge does not say so")
    if not unchecked and "not yet checked" in badge.text.lower():
        found.append(f"{path}: the badge says 'not yet checked' but every version has a result")
    for version, fact in facts.items():
        if fact == "failed" and "fails on" not in badge.summary.lower():
            found.append(f"{path}: fails on {version}, and the badge does not say so")
    return found


def write_table(data, version, results, environment=None):
    data.mkdir(parents=True, exist_ok=True)
    (data / f"{version}.json").write_text(json.dumps({
        "schema": 1, "version": version, "date": "2026-01-02T03:04:05+00:00",
        "environment": environment or {"tensorflow": f"{version}.0", "keras": "3.0.0",
                                       "python": "3.11.7"},
        "results": results}))


@pytest.fixture
def fake(tmp_path):
    """A repository with one snippet, and a matrix table that holds every kind of result."""
    root, data = tmp_path / "repo", tmp_path / "versions"
    (root / "snippets" / "page").mkdir(parents=True)
    (root / "docs").mkdir()
    path = "snippets/page/example.py"
    (root / path).write_text('print("hello")\n#> hello\n')
    (root / "docs" / "page.md").write_text(f'```python title="{path}"\n--8<-- "{path}"\n```\n')
    sha = hashlib.sha256((root / path).read_bytes()).hexdigest()
    write_table(data, "2.15", {path: {"sha256": sha, "status": "failed", "error": {
        "type": "ImportError", "message": "cannot import name 'saving' from 'keras'"}}})
    write_table(data, "2.16", {path: {"sha256": sha, "status": "differs", "differences": [
        {"line": 2, "expected": "hello", "got": "ValueError: old wording"}]}})
    write_table(data, "2.17", {path: {"sha256": "0" * 64, "status": "passed"}})  # stale
    # 2.18: no table at all; 2.19: a table without this file
    write_table(data, "2.19", {})
    for version in ("2.20", "2.21"):
        write_table(data, version, {path: {"sha256": sha, "status": "passed"}})
    write_table(data, "nightly", {path: {"sha256": sha, "status": "timeout"}})
    return root, data, path


def test_fake_table_gives_each_status(fake):
    root, data, path = fake
    status = {v: e["status"] for v, e in versions.runs_on(path, data, root).items()}
    assert status == {"2.15": "failed", "2.16": "differs", "2.17": "not checked",
                      "2.18": "not checked", "2.19": "not checked", "2.20": "passed",
                      "2.21": "passed", "nightly": "timeout"}
    badge = versions.badge_html(path, data, root)
    assert problems(badge, path, data, root) == []
    parsed = Badge(badge)
    assert parsed.runs_on == ["2.16", "2.20", "2.21"]
    assert parsed.summary == ("Runs on TF 2.16, 2.20–2.21 · other output on 2.16 · "
                                  "fails on 2.15 · times out on nightly · "
                                  "not yet checked on 2.17–2.19"), parsed.summary
    assert "ImportError: cannot import name &#x27;saving&#x27; from &#x27;keras&#x27;" in badge
    assert "ValueError: old wording" in parsed.text
    assert badge.startswith('<details class="runs-on" data-runs-on="2.16 2.20 2.21" '
                            'data-search-exclude><summary>')


def test_the_check_fails_when_a_badge_claims_a_pass_the_data_does_not_hold(fake):
    root, data, path = fake
    badge = versions.badge_html(path, data, root)
    # The file changes after the run: the old badge now claims passes for other bytes.
    (root / path).write_text('print("hello, world")\n#> hello, world\n')
    found = problems(badge, path, data, root)
    assert any("the badge says it runs on 2.20, the data says stale" in p for p in found), found
    assert any("not checked on" in p for p in found), found
    # A badge built now says so, and claims nothing.
    fresh = versions.badge_html(path, data, root)
    assert problems(fresh, path, data, root) == []
    assert Badge(fresh).runs_on == []
    assert fresh == ('<p class="runs-on" data-runs-on="" data-search-exclude>'
                     'Not yet checked on TF 2.15–2.21, nightly</p>')
    # A forged badge is caught too.
    forged = '<p class="runs-on" data-runs-on="2.15">Runs on TF 2.15</p>'
    assert problems(forged, path, data, root)


def test_all_passing_is_one_short_line(tmp_path):
    root, data = tmp_path / "repo", tmp_path / "versions"
    (root / "snippets" / "page").mkdir(parents=True)
    path = "snippets/page/a.py"
    (root / path).write_text("print(1)\n#> 1\n")
    sha = hashlib.sha256((root / path).read_bytes()).hexdigest()
    for version in versions.VERSIONS:
        write_table(data, version, {path: {"sha256": sha, "status": "passed"}})
    badge = versions.badge_html(path, data, root)
    assert badge == ('<p class="runs-on" data-runs-on="2.15 2.16 2.17 2.18 2.19 2.20 2.21 '
                     'nightly" data-search-exclude>Runs on TF 2.15–2.21, nightly</p>')
    block = versions.mark_block(path, '<div class="language-python highlight"',
                                f'><span class="filename">{path}</span>', data, root)
    assert block.startswith('<div class="language-python highlight" data-runs-on="2.15 ')
    assert block.endswith(badge)


def test_version_notes_say_every_wording_and_nothing_stale(fake):
    root, data, path = fake
    notes = versions.version_notes_markdown(data, root)
    assert notes.startswith("---\ndescription: ")
    assert "# Version notes" in notes
    # The message as each release prints it, in text, for search.
    assert "`ValueError: old wording`" in notes and "`hello`" in notes
    assert "### Messages whose wording changed" in notes
    assert "fails on 2.15: `ImportError: cannot import name 'saving' from 'keras'`" in notes
    assert "[`snippets/page/example.py`](page.md)" in notes
    assert "## Not yet checked" in notes
    assert "- [`snippets/page/example.py`](page.md): 2.17–2.19" in notes
    # The stale 2.17 "passed" is not counted anywhere.
    row = next(line for line in notes.splitlines() if line.startswith("| 2.17 |"))
    assert row.endswith("| 0 | 0 | 0 | 1 |"), row


# ---------------------------------------------------------------- the real data


def data_files():
    return sorted((ROOT / "versions").glob("*.json"))


@pytest.mark.parametrize("table", data_files(), ids=lambda p: p.name)
def test_data_file_is_well_formed(table):
    data = json.loads(table.read_text())
    assert data["version"] == table.stem and data["version"] in versions.VERSIONS
    for key in ("tensorflow", "keras", "python"):
        assert data["environment"].get(key), f"{table.name}: no {key} version"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT.*", data["date"])
    for path, result in data["results"].items():
        assert path.startswith("snippets/") and path.endswith(".py"), path
        assert re.fullmatch(r"[0-9a-f]{64}", result["sha256"]), path
        assert result["status"] in STATUSES, (path, result["status"])
        if result["status"] == "failed":
            assert result["error"]["type"], path
        if result["status"] == "differs":
            assert result["differences"], path


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_badge_agrees_with_the_data(path):
    name = rel(path)
    badge = versions.badge_html(name)
    assert problems(badge, name, ROOT / "versions", ROOT) == []
    assert re.match(r"(Runs|Fails|Times out|Not yet checked|Other output) on TF ", Badge(badge).summary)
    assert len(badge) < 3000, f"{name}: the badge is {len(badge)} characters"


# ---------------------------------------------------------------- tools/matrix.py's reading


def matrix_tool():
    spec = importlib.util.spec_from_file_location("matrix", ROOT / "tools" / "matrix.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_matrix_reads_the_last_traceback_and_the_differing_lines():
    matrix = matrix_tool()
    stderr = "\n".join([
        "I0000 00:00:1795607120.48 8713 cudart_stub.cc:31] Could not find cuda drivers",
        "Traceback (most recent call last):",
        '  File "a.py", line 3, in <module>',
        "KeyError: 'x'",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        '  File "a.py", line 5, in <module>',
        "    raise ValueError(...)",
        "W0000 00:00:1795607122.59 8713 some_op.cc:12] a log line from another thread",
        "tensorflow.python.framework.errors_impl.NotFoundError: first line: a/b",
        "second line of the message",
    ])
    assert matrix.last_error(stderr) == {
        "type": "tensorflow.python.framework.errors_impl.NotFoundError",
        "message": "first line: a/b"}
    assert matrix.last_error("no traceback here\n") is None
    expected = snippets.expected_lines("print(1)\n#> 1\nprint()\n#>\nprint(2)\n    #> 2\n")
    assert expected == [(2, "1"), (4, ""), (6, "2")]
    assert matrix.differences(expected, "1\n\n2\n") == []
    assert matrix.differences(expected, "1\nx\n2\n3\n") == [
        {"line": 4, "expected": "", "got": "x"}, {"line": 6, "expected": None, "got": "3"}]
    assert matrix.differences(expected, "1\n") == [
        {"line": 4, "expected": "", "got": None}, {"line": 6, "expected": "2", "got": None}]
