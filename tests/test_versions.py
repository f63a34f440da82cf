"""The "runs on" lines agree with the version matrix data (versions/*.json) and with the files as
they are now: a file changed since its last run says "not yet checked", never an old result.
These tests read the data only; `tools/matrix.py` is what runs the matrix."""
import ast
import hashlib
import html
import html.parser
import importlib.util
import json
import re

import pytest

from harness import snippets, versions
from harness.paths import ROOT

FILES = snippets.files()
STATUSES = {"passed", "differs", "failed", "timeout"}


class Badge(html.parser.HTMLParser):
    """What a badge claims: its data-runs-on versions and its visible text; and that its tags
    are balanced."""

    def __init__(self, markup):
        super().__init__()
        self.runs_on, self.text, self.summary, self.open = None, "", "", []
        self.first_line = True
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
        self.handle_endtag_first(tag)

    def handle_data(self, data):
        self.text += data
        if self.open and self.open[-1] in ("summary", "p") and self.first_line:
            self.summary += data  # the first line always shown

    def handle_endtag_first(self, tag):
        if tag in ("summary", "p") and self.summary:
            self.first_line = False


def recorded(path, data, root):
    """{version: the JSON result for the file as it is now, or "stale" / "missing"}, written
    apart from harness.versions, to check it. A result holds for the same bytes, or for the
    same program (syntax tree and `#>` lines) laid out otherwise: its failing statement's line
    is then that statement's first line now."""
    text = (root / path).read_text()
    sha = hashlib.sha256(text.encode()).hexdigest()
    tree = ast.parse(text)
    claimed = [line.split("#>", 1)[1].removeprefix(" ") for line in text.splitlines()
               if line.lstrip().startswith("#>")]
    program = hashlib.sha256(f"{ast.dump(tree, include_attributes=False)}\n#>\n"
                             f"{chr(10).join(claimed)}".encode()).hexdigest()
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
        elif result["sha256"] == sha:
            out[version] = result
        elif result.get("program") == program:
            result = json.loads(json.dumps(result))
            if (result.get("error") or {}).get("statement") is not None:
                result["error"]["line"] = tree.body[result["error"]["statement"]].lineno
            out[version] = result
        else:
            out[version] = "stale"
    return out


def truth(path, data, root, first=1, last=10 ** 9):
    """{version: "ran" | "not ran" | "stale" | "missing"} for the block showing lines
    first..last. A block ran when the file passed or differed, or failed at a later statement."""
    out = {}
    for version, result in recorded(path, data, root).items():
        if isinstance(result, str):
            out[version] = result
        elif result["status"] in ("passed", "differs"):
            out[version] = "ran"
        elif result["status"] == "failed" and (result["error"].get("line") or 0) > last:
            out[version] = "ran"
        else:
            out[version] = "not ran"
    return out


def failing_here(path, data, root, first, last):
    """The versions on which a statement of lines first..last raised."""
    return [version for version, result in recorded(path, data, root).items()
            if not isinstance(result, str) and result["status"] == "failed"
            and first <= (result["error"].get("line") or 0) <= last]


def problems(markup, path, data, root, first=1, last=10 ** 9, file_line=True):
    """Where a block's markup says more, or other, than the data holds for the file as it is
    now; file_line: the block is the file's first on its page, which carries the file's line."""
    badge = Badge(markup)
    assert not badge.open, f"unclosed tags {badge.open} in {markup}"
    facts = truth(path, data, root, first, last)
    found = []
    for version in badge.runs_on or []:
        if facts.get(version) != "ran":
            found.append(f"{path}:{first}-{last}: says it runs on {version}, the data says "
                         f"{facts.get(version)}")
    for version, fact in facts.items():
        if fact == "ran" and version not in (badge.runs_on or []):
            found.append(f"{path}:{first}-{last}: ran on {version} but data-runs-on does not say so")
    if file_line:
        whole = truth(path, data, root)
        unchecked = [v for v, fact in whole.items() if fact in ("stale", "missing")]
        said = re.search(r"not yet checked on (?:TF )?([^·]*?)\s*(?:·|$)", badge.summary, re.I)
        if unchecked and (not said or said.group(1) != versions._spans(unchecked)):
            found.append(f"{path}: not checked on {unchecked}, and the file's line does not say so")
        if not unchecked and "not yet checked" in badge.text.lower():
            found.append(f"{path}: says 'not yet checked' but every version has a result")
    for version in failing_here(path, data, root, first, last):
        if not re.search(rf"TF [^:]*\b{re.escape(version)}\b[^:]*: ", badge.text) \
                and not (version == "nightly" and "nightly:" in badge.text):
            found.append(f"{path}:{first}-{last}: fails on {version}, and its note does not say so")
    return found


def write_table(data, version, results, environment=None):
    data.mkdir(parents=True, exist_ok=True)
    (data / f"{version}.json").write_text(json.dumps({
        "schema": 2, "version": version, "date": "2026-01-02T03:04:05+00:00",
        "environment": environment or {"tensorflow": f"{version}.0", "keras": "3.0.0",
                                       "python": "3.11.7"},
        "results": results}))


EXAMPLE = """\
# --8<-- [start:first]
print("TF", "2.21.0")
#> TF 2.21.0
# --8<-- [end:first]

# --8<-- [start:second]
print("hello")
#> hello
assert "hello"
# --8<-- [end:second]
"""
FIRST, SECOND = (2, 3), (7, 9)  # the two sections' lines


@pytest.fixture
def fake(tmp_path):
    """A repository with one snippet of two blocks, shown on one page, and a matrix table that
    holds every kind of result."""
    root, data = tmp_path / "repo", tmp_path / "versions"
    (root / "snippets" / "page").mkdir(parents=True)
    (root / "docs").mkdir()
    path = "snippets/page/example.py"
    (root / path).write_text(EXAMPLE)
    (root / "docs" / "page.md").write_text(
        f"# Page\n\n## Two blocks\n\n```python title=\"{path}\"\n--8<-- \"{path}:first\"\n```\n\n"
        f"```python title=\"{path}\"\n--8<-- \"{path}:second\"\n```\n")
    sha = hashlib.sha256((root / path).read_bytes()).hexdigest()
    program = versions.program_hash(EXAMPLE)
    write_table(data, "2.15", {path: {"sha256": sha, "program": program, "status": "failed", "error": {
        "type": "builtins.ImportError", "message": "cannot import name 'saving' from 'keras'",
        "line": 7, "statement": 1}}})
    write_table(data, "2.16", {path: {"sha256": sha, "program": program, "status": "differs", "differences": [
        {"line": 3, "output": 0, "expected": "TF 2.21.0", "got": "TF 2.16.2"},  # a version only
        {"line": 8, "output": 1, "expected": "hello", "got": "ValueError: old wording"}]}})
    write_table(data, "2.17", {path: {"sha256": "0" * 64, "status": "passed"}})  # stale
    # 2.18: no table at all; 2.19: a table without this file
    write_table(data, "2.19", {})
    write_table(data, "2.20", {path: {"sha256": sha, "program": program, "status": "failed", "error": {
        "type": "ValueError", "message": "substring not found", "line": 2, "own": True}}})
    write_table(data, "2.21", {path: {"sha256": sha, "program": program, "status": "passed"}})
    write_table(data, "nightly", {path: {"sha256": sha, "status": "timeout"}})
    return root, data, path


def test_each_block_says_only_what_happened_to_it(fake):
    root, data, path = fake
    status = versions.runs_on(path, data, root)
    states = versions.blocks_of(status, [FIRST, SECOND])
    assert {v: [s for s, _ in states[v]] for v in versions.VERSIONS} == {
        "2.15": ["same", "fails"], "2.16": ["same", "other output"],
        "2.17": ["not checked"] * 2, "2.18": ["not checked"] * 2, "2.19": ["not checked"] * 2,
        "2.20": ["fails", "not reached"], "2.21": ["same", "same"], "nightly": ["timeout"] * 2}
    ran, first = versions.block_html(path, [FIRST, SECOND], 0, data, root, first=True)
    assert ran == ["2.15", "2.16", "2.21"]
    assert problems(first, path, data, root, *FIRST) == []
    assert Badge(first).summary.startswith(
        "Runs as shown on TF 2.21 · differs on 2.15–2.16, 2.20 (noted under the blocks) · "
        "times out on nightly · not yet checked on 2.17–2.19")
    # 2.20: the example's own check failed: the statement is named, not the check's text.
    assert "TF 2.20: does not behave as shown: <code>print(&quot;TF&quot;, &quot;2.21.0&quot;)" \
           "</code> fails there; the blocks after it did not run" in first
    assert "substring not found" not in first
    ran, second = versions.block_html(path, [FIRST, SECOND], 1, data, root, first=False)
    assert ran == ["2.16", "2.21"]
    assert problems(second, path, data, root, *SECOND, file_line=False) == []
    assert "TF 2.15: raises <code>ImportError: cannot import name" in second
    assert "TF 2.16: prints <code>ValueError: old wording</code> where the page shows " \
           "<code>hello</code>" in second
    assert 'class="runs-on"' not in second.split("<details")[0]  # the file's line: once


def test_the_check_fails_when_a_block_claims_what_the_data_does_not_hold(fake):
    root, data, path = fake
    _, markup = versions.block_html(path, [FIRST, SECOND], 1, data, root)
    # The file changes after the run: the old markup now claims passes for other bytes.
    (root / path).write_text(EXAMPLE.replace("hello", "hello, world"))
    found = problems(markup, path, data, root, *SECOND)
    assert any("says it runs on 2.21, the data says stale" in p for p in found), found
    assert any("not checked on" in p for p in found), found
    # Markup built now says so, and claims nothing.
    ran, fresh = versions.block_html(path, [FIRST, SECOND], 0, data, root)
    assert problems(fresh, path, data, root, *FIRST) == [] and ran == []
    assert Badge(fresh).summary == "Not yet checked on 2.15–2.21, nightly"
    # A forged line is caught too, and so is a note left out.
    assert problems('<p class="runs-on" data-runs-on="2.15">Runs on TF 2.15</p>', path, data,
                    root, *FIRST)
    (root / path).write_text(EXAMPLE)
    silent = '<p class="runs-on" data-runs-on="2.16 2.21">Runs on TF 2.16, 2.21</p>'
    assert any("fails on 2.15, and its note does not say so" in p
               for p in problems(silent, path, data, root, *SECOND, file_line=False))


def test_a_result_holds_for_the_same_program_laid_out_otherwise(fake):
    root, data, path = fake
    # Rewrapped, with a comment added: the same program, the same `#>` lines.
    (root / path).write_text(EXAMPLE.replace('print("hello")', '# said twice\nprint(\n    "hello"\n)'))
    status = versions.runs_on(path, data, root)
    assert status["2.21"]["status"] == "passed" and status["2.15"]["status"] == "failed"
    assert status["2.15"]["error"]["line"] == 8  # the statement moved down one line
    assert truth(path, data, root)["2.21"] == "ran"
    _, markup = versions.block_html(path, [(2, 3), (7, 12)], 1, data, root, first=False)
    assert problems(markup, path, data, root, 7, 12, file_line=False) == []
    # Another program (a changed call, or a changed `#>` line) is not checked.
    for changed in (EXAMPLE.replace('print("hello")', 'print("hello", end="\\n")'),
                    EXAMPLE.replace("#> hello", "#> hello there")):
        (root / path).write_text(changed)
        assert versions.runs_on(path, data, root)["2.21"]["status"] == "not checked"
        assert truth(path, data, root)["2.21"] == "stale"


def test_a_file_that_runs_as_shown_everywhere_is_one_quiet_line(tmp_path):
    root, data = tmp_path / "repo", tmp_path / "versions"
    (root / "snippets" / "page").mkdir(parents=True)
    path = "snippets/page/a.py"
    (root / path).write_text("print(1)\n#> 1\n")
    sha = hashlib.sha256((root / path).read_bytes()).hexdigest()
    for version in versions.VERSIONS:
        write_table(data, version, {path: {"sha256": sha, "status": "passed"}})
    _, markup = versions.block_html(path, [(1, 2)], 0, data, root)
    assert markup == ('<p class="runs-on" data-runs-on="2.15 2.16 2.17 2.18 2.19 2.20 2.21 '
                      'nightly" data-search-exclude>Runs as shown on TF 2.15–2.21, nightly</p>')
    block = versions.mark_block(path, '<div class="language-python highlight"',
                                f'><span class="filename">{path}</span>', [(1, 2)], 0, True,
                                data, root)
    assert block.startswith('<div class="language-python highlight" data-runs-on="2.15 ')
    assert block.endswith(markup)
    _, later = versions.block_html(path, [(1, 1), (2, 2)], 1, data, root, first=False)
    assert later == ""  # nothing to say under the file's other blocks


@pytest.mark.parametrize("expected,got,same", [
    ("2.21.0 ['model_weights']", "2.16.2 ['model_weights']", True),  # version strings
    ("2.21.0 3.15.1", "2.23.0.dev2026102618 3.16.0.dev2026102704", True),
    ("2.21.0", "2.23.0-dev20261026", True),
    ("model.meta                   8389 bytes", "model.meta                   8386 bytes", True),
    ("saved_model.pb 12001 bytes", "saved_model.pb 11990 bytes", True),  # sizes of graph files
    ("model.data-00000-of-00001 28 bytes", "model.data-00000-of-00001 32 bytes", False),
    ("<object at 0x7f3a2b>", "<object at 0x55d0c1>", True),  # addresses
    ("[0.423 0.249]", "[0.423 0.25 ]", True),  # float noise under the shown rounding
    ("[3.2, 2.388, 3.773, 1.803]", "[3.18, 2.285, 3.873, 1.821]", False),  # training differs
    ("loss 0.5", "loss 0.52", False),
    ("keras.src.models.sequential", "keras.src.engine.sequential", False),
    ("hello", None, False),
])
def test_what_is_not_behaviour_is_not_a_difference(expected, got, same):
    assert versions.same_output(expected, got) is same


def test_version_notes_say_per_release_what_differs_and_where(fake):
    root, data, path = fake
    notes = versions.version_notes_markdown(data, root)
    assert notes.startswith("---\ndescription: ")
    assert "# Version notes" in notes and '!!! abstract "In short"' in notes
    release = notes.split('=== "2.15"')[1].split('=== "2.16"')[0]
    assert "**[Page](page.md)**" in release
    assert "- [Two blocks](page.md#two-blocks), `example.py`: raises `ImportError" not in release
    assert "[Two blocks](page.md#two-blocks), `example.py`: raises <code>ImportError" in release
    assert "substring not found" not in notes
    assert "prints <code>ValueError: old wording</code>" in notes.split('=== "2.16"')[1]
    assert notes.split('=== "2.21"')[1].split("===")[0].strip().startswith(
        "Every checked block runs as shown.")
    # The stale 2.17 "passed" is counted nowhere; the per-page list keeps the old page ids.
    row = next(line for line in notes.splitlines() if line.startswith("| 2.17.0 "))
    assert row.endswith("| 0 of 1, 1 not checked |"), row
    assert "- [Page](page.md){#page}: differs on 2.15–2.16, 2.20; times out on nightly; " \
           "not yet checked on 2.17–2.19" in notes


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


def shown_blocks():
    """(page, path, index, ranges) of every titled block of the site's pages."""
    return [(page, path, index, ranges) for page, _, rows in versions.page_blocks()
            for _, _, path, _, index, ranges in rows]


# Not named `path`: conftest.py collects the `path` parameters of tests as snippet files to run.
@pytest.mark.parametrize("page,snippet,index,ranges", shown_blocks(),
                         ids=lambda v: v if isinstance(v, str) else None)
def test_each_block_agrees_with_the_data(page, snippet, index, ranges):
    path = snippet
    # As the hook marks it: the block's own data-runs-on, then its lines.
    markup = versions.mark_block(path, '<div class="highlight"', "></div>", ranges, index,
                                 first=index == 0)
    found = problems(markup, path, ROOT / "versions", ROOT, *ranges[index], file_line=index == 0)
    assert found == [], f"docs/{page}: " + "\n".join(found)
    if index == 0:
        assert re.match(r"(Runs as shown|Differs|Times out|Not yet checked) on ",
                        Badge(markup).summary), markup
    assert len(markup) < 3000, f"{path}: the markup is {len(markup)} characters"


def test_no_reader_facing_text_shows_the_examples_own_check_messages():
    """When an example's own check fails on a release (an assertion, a lookup in a message),
    its message means nothing to a reader: no note and no Version notes line shows it."""
    own = set()
    for table in data_files():
        for result in json.loads(table.read_text())["results"].values():
            error = result.get("error") or {}
            kind = (error.get("type") or "").rsplit(".", 1)[-1]
            if error.get("message") and (kind in (
                    "AssertionError", "IndexError", "KeyError", "StopIteration")
                    or error["message"] == "substring not found"):
                # As a reader would see it: the class, then the message ("KeyError: 'batch_shape'"
                # alone is also a fragment of real output, "Unrecognized ... ['batch_shape']").
                own.add(f"{kind}: {error['message']}" if kind else error["message"])
    shown = [versions.block_html(path, ranges, index)[1] for _, path, index, ranges in shown_blocks()]
    shown.append(versions.version_notes_markdown())
    leaks = sorted({message for message in own for text in shown if html.escape(message) in text
                    or message in text or "substring not found" in text})
    assert not leaks, f"harness messages shown to readers: {leaks}"
    assert not any("AssertionError" in text for text in shown)


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
        {"line": 4, "output": 1, "expected": "", "got": "x"},
        {"line": 6, "output": 2, "expected": None, "got": "3"}]
    assert matrix.differences(expected, "1\n") == [
        {"line": 4, "output": 1, "expected": "", "got": None},
        {"line": 6, "output": 2, "expected": "2", "got": None}]


def test_matrix_finds_the_statement_that_raised():
    matrix = matrix_tool()
    stderr = "\n".join([
        "Traceback (most recent call last):",
        '  File "/tmp/matrix-1/src3/example.py", line 12, in <module>',
        "    model.export('out', verbose=False)",
        '  File "/venv/keras/src/models/model.py", line 40, in export',
        "TypeError: Model.export() got an unexpected keyword argument 'verbose'",
    ])
    assert matrix.failing_frame(stderr, "/tmp/matrix-1/src3/example.py") == (12, False)
    own = "\n".join([
        "Traceback (most recent call last):",
        '  File "/tmp/matrix-1/src3/example.py", line 21, in <module>',
        "    print(message[message.index('Could not'):])",
        "ValueError: substring not found",
    ])
    assert matrix.failing_frame(own, "/tmp/matrix-1/src3/example.py") == (21, True)
    assert matrix.failing_frame("", "x.py") == (None, False)
    result = matrix.classify({"status": "failed", "returncode": 1, "seconds": 1},
                             [(3, "a"), (30, "b")], "a\n", own, "/tmp/matrix-1/src3/example.py")
    assert result["error"] == {"type": "ValueError", "message": "substring not found",
                               "line": 21, "own": True}
    assert "differences" not in result  # the block before the failure printed what it shows
