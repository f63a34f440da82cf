"""The version matrix: on which TensorFlow releases each block of each snippet runs as shown.

`tools/matrix.py` writes one file per version, `versions/<version>.json`:

    {"schema": 2, "version": "2.16", "date": ..., "runner": "harness/forkserver.py",
     "environment": {"tensorflow": "2.16.2", "keras": "3.15.1", "python": "3.11.7", ...},
     "results": {"snippets/x/y.py": {"sha256": ..., "date": ..., "seconds": ...,
                                     "status": "passed" | "differs" | "failed" | "timeout",
                                     "differences": [{"line", "expected", "got"}],
                                     "error": {"type", "message", "line", "own"}}}}

`error.line` is the file's top-level statement that raised; `error.own` says the example's own
check failed (an assertion, a lookup in a message), not a call the reader's code makes too.

Everything here is a pure function of that folder and of the snippet files: a result whose
recorded sha256 is not the file's current one says "not checked", never a stale pass. The page
shows a file's summary once, on its first block, and a note under each block that runs
otherwise on some release: the matrix knows which statement failed and which `#>` line differs,
so a block is never blamed for another block's failure.
"""
import ast
import functools
import hashlib
import html
import json
import re
from collections import namedtuple
from pathlib import Path

from harness.paths import ROOT
from harness.snippets import expected_lines

DATA = ROOT / "versions"
VERSIONS = ["2.15", "2.16", "2.17", "2.18", "2.19", "2.20", "2.21", "nightly"]
NOT_CHECKED = "not checked"

# A block's state on one release.
SAME, OTHER, FAILS, NOT_REACHED, TIMEOUT, UNCHECKED = (
    "same", "other output", "fails", "not reached", "timeout", NOT_CHECKED)
RAN = (SAME, OTHER)
Include = namedtuple("Include", "line path section")
TIMED_OUT = "did not finish in time"


def load(data=DATA):
    """{version: the version's table} for every version file that exists and reads."""
    stamps = []
    for version in VERSIONS:
        try:
            stat = (Path(data) / f"{version}.json").stat()
            stamps.append((version, stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((version, None, None))
    return _load(str(data), tuple(stamps))


@functools.lru_cache(maxsize=4)
def _load(data, stamps):  # read once per state of the files: a build asks for every block
    tables = {}
    for version in VERSIONS:
        try:
            table = json.loads((Path(data) / f"{version}.json").read_text())
        except (OSError, ValueError):
            continue
        if isinstance(table, dict) and isinstance(table.get("results"), dict):
            tables[version] = table
    return tables


def _key(path, root):
    path = Path(path)
    if path.is_absolute():
        return path.resolve().relative_to(Path(root).resolve()).as_posix()
    return path.as_posix()


# ---------------------------------------------------------------- what a result is for

@functools.lru_cache(maxsize=1024)
def program_hash(text):
    """What a result is for: the program (its syntax tree, without comments or line numbers)
    and the `#>` lines it claims. Rewrapping a line or editing a comment keeps the hash, so a
    release's result still holds; any change to the code or to a `#>` line makes it stale.
    A file that does not parse is identified by its bytes."""
    try:
        tree = ast.dump(ast.parse(text), include_attributes=False)
    except SyntaxError:
        return "bytes:" + hashlib.sha256(text.encode()).hexdigest()
    claimed = "\n".join(out for _, out in expected_lines(text))
    return hashlib.sha256(f"{tree}\n#>\n{claimed}".encode()).hexdigest()


def statements(text):
    """[(first line, last line)] of each top-level statement of a program."""
    return [(node.lineno, node.end_lineno) for node in ast.parse(text).body]


def statement_at(text, line):
    """The index of the top-level statement holding `line`, or None."""
    return next((i for i, (a, b) in enumerate(statements(text)) if a <= line <= b), None)


def _current(result, text):
    """Whether a recorded result is for this program (same bytes, or same program)."""
    if not result or text is None:
        return False
    if result.get("sha256") == hashlib.sha256(text.encode()).hexdigest():
        return True
    return bool(result.get("program")) and result["program"] == program_hash(text)


def is_current(result, path):
    """For tools/matrix.py: whether a recorded result holds for the file as it is now."""
    try:
        return _current(result, Path(path).read_text())
    except OSError:
        return False


def _relocated(result, text):
    """The result with its line numbers moved to where the statement and the `#>` lines are
    in the file as it is now (a result may be for an earlier layout of the same program)."""
    result = json.loads(json.dumps(result))
    try:
        spans = statements(text)
    except SyntaxError:
        return result
    outputs = [number for number, _ in expected_lines(text)]
    error = result.get("error") or {}
    moved = hashlib.sha256(text.encode()).hexdigest() != result.get("sha256")
    if moved and error.get("statement") is not None and error["statement"] < len(spans):
        error["line"] = spans[error["statement"]][0]
    for diff in result.get("differences") or []:
        if diff.get("output") is not None and diff["output"] < len(outputs):
            diff["line"] = outputs[diff["output"]]
    return result


# ---------------------------------------------------------------- what is not behaviour

# Each rule rewrites a printed line so that what only follows the release compares equal.
# tests/test_versions.py has a case for each.
VERSION_STRING = re.compile(r"\bv?\d+\.\d+\.\d+(?:[-.]?(?:dev|rc)\d+)?\b")
# A .meta or saved_model.pb holds the TensorFlow version strings: its size follows them.
GRAPH_FILE_SIZE = re.compile(r"(\S+\.(?:meta|pb)\b[^\d\n]*)\d+( bytes)")
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]+\b")
NUMBER = re.compile(r"-?\d+\.\d+(?:e[-+]?\d+)?|-?\d+\.(?!\w)")


def normalised(text):
    """The line with version strings, graph-file sizes, addresses and spacing made neutral."""
    text = VERSION_STRING.sub("<version>", text)
    text = GRAPH_FILE_SIZE.sub(r"\1<size>\2", text)
    text = ADDRESS.sub("0x<address>", text)
    text = re.sub(r"([\[(])\s+|\s+([\])])", r"\1\2", text)  # NumPy pads arrays to align columns
    return re.sub(r"\s+", " ", text).strip()


def _decimals(number):
    mantissa = number.split("e")[0]
    return len(mantissa.split(".")[1]) if "." in mantissa else 0


def same_output(expected, got):
    """Whether two printed lines say the same thing: equal once normalised, where floats may
    differ by one unit of the last digit shown (NumPy prints 0.25 for 0.2499999)."""
    if expected is None or got is None:
        return expected is got
    a, b = normalised(expected), normalised(got)
    if a == b:
        return True
    if NUMBER.sub("#", a) != NUMBER.sub("#", b):
        return False
    for x, y in zip(NUMBER.findall(a), NUMBER.findall(b), strict=True):
        unit = 10.0 ** -max(_decimals(x), _decimals(y))
        if abs(float(x) - float(y)) > unit * 1.0001:
            return False
    return True


def real_differences(diffs):
    return [d for d in diffs or [] if not same_output(d.get("expected"), d.get("got"))]


# ---------------------------------------------------------------- one file, one block

def runs_on(path, data=DATA, root=ROOT, tables=None):
    """{version: result} for one snippet: the JSON result when it is for the file's current
    bytes, else {"status": "not checked"}; with the release's "tensorflow" and "keras"."""
    key = _key(path, root)
    try:
        text = (Path(root) / key).read_text()
    except OSError:
        text = None
    tables = load(data) if tables is None else tables
    out = {}
    for version in VERSIONS:
        table = tables.get(version, {})
        result = table.get("results", {}).get(key)
        environment = table.get("environment", {})
        entry = {"status": NOT_CHECKED, "tensorflow": environment.get("tensorflow"),
                 "keras": environment.get("keras")}
        if _current(result, text) and result.get("status") in ("passed", "differs", "failed", "timeout"):
            entry.update(_relocated(result, text))
        out[version] = entry
    return out


def block_state(result, first, last):
    """(state, detail) of the block showing lines first..last of a file, on one release."""
    status = result["status"]
    if status == NOT_CHECKED:
        return UNCHECKED, None
    if status == "timeout":
        return TIMEOUT, None
    inside = [d for d in real_differences(result.get("differences"))
              if first <= (d.get("line") or 0) <= last]
    if status == "failed":
        line = (result.get("error") or {}).get("line")
        if line is None:  # no statement of the file raised (a crash): the file failed
            return FAILS, result.get("error") or {}
        if line < first:
            return NOT_REACHED, None
        if line <= last:
            return FAILS, result["error"]
    return (OTHER, inside) if inside else (SAME, None)


def blocks_of(status, ranges):
    """{version: [(state, detail) per block range]}."""
    return {v: [block_state(status[v], a, b) for a, b in ranges] for v in VERSIONS}


def _spans(versions):
    """["2.16", "2.17", "2.18", "nightly"] -> "2.16–2.18, nightly" (consecutive releases joined)."""
    numbered = [v for v in VERSIONS if v in versions and v != "nightly"]
    parts, run = [], []
    for version in numbered:
        if run and VERSIONS.index(version) != VERSIONS.index(run[-1]) + 1:
            parts.append(run)
            run = []
        run.append(version)
    if run:
        parts.append(run)
    text = [r[0] if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in parts]
    if "nightly" in versions:
        text.append("nightly")
    return ", ".join(text)


def _short_type(name):
    """`tensorflow.python.framework.errors_impl.NotFoundError` -> `NotFoundError`."""
    return (name or "Error").rsplit(".", 1)[-1]


def _statement(source_lines, line):
    text = source_lines[line - 1].strip() if source_lines and 0 < line <= len(source_lines) else ""
    return text if len(text) <= 70 else text[:67] + "..."


# Exceptions that an example's own checks raise (an assertion, a lookup in a message or a list
# of warnings): their text means nothing to a reader, the statement that failed does.
OWN_CHECKS = {"AssertionError", "IndexError", "KeyError", "StopIteration"}


def is_own_check(error):
    kind = _short_type(error.get("type"))
    return kind in OWN_CHECKS or (kind == "ValueError"
                                  and error.get("message") == "substring not found")


def block_note_text(state, detail, source_lines=None, later_blocks=False):
    """What a release does with a block, in the reader's terms (HTML)."""
    if state == OTHER:
        parts = []
        for diff in detail[:2]:
            got, want = diff.get("got"), diff.get("expected")
            if want is None:
                parts.append(f"prints one more line, <code>{html.escape(got)}</code>")
            elif got is None:
                parts.append(f"prints nothing where the page shows <code>{html.escape(want)}</code>")
            else:
                parts.append(f"prints <code>{html.escape(got)}</code> where the page shows "
                             f"<code>{html.escape(want)}</code>")
        more = f" (and {len(detail) - 2} more lines)" if len(detail) > 2 else ""
        return "; ".join(parts) + more
    if state == FAILS:
        if is_own_check(detail):
            # The example's own check failed (an assertion, a lookup in a message): its text
            # says nothing to a reader; the statement does.
            line = detail.get("line")
            statement = _statement(source_lines, line) if line else ""
            text = ("does not behave as shown" + (f": <code>{html.escape(statement)}</code> "
                                                   "fails there" if statement else ""))
        elif detail.get("type") == "Crash":
            text = f"crashes ({html.escape(detail.get('message') or 'killed')})"
        else:
            message = detail.get("message") or ""
            text = f"raises <code>{html.escape(_short_type(detail.get('type')))}"
            text += f": {html.escape(message)}</code>" if message else "</code>"
        return text + ("; the blocks after it did not run" if later_blocks else "")
    return ""


def file_summary(status, states):
    """The file's one line: where every block runs as shown, and where not (plain text)."""
    clean = [v for v in VERSIONS if all(s == SAME for s, _ in states[v])]
    other = [v for v in VERSIONS if v not in clean
             and status[v]["status"] not in (NOT_CHECKED, "timeout")]
    timeout = [v for v in VERSIONS if status[v]["status"] == "timeout"]
    unchecked = [v for v in VERSIONS if status[v]["status"] == NOT_CHECKED]
    parts = [f"Runs as shown on TF {_spans(clean)}"] if clean else []
    if other:
        parts.append(f"differs on {_spans(other)}" + (" (noted under the blocks)"
                                                        if len(states[other[0]]) > 1 else ""))
    if timeout:
        parts.append(f"times out on {_spans(timeout)}")
    if unchecked:
        parts.append(f"not yet checked on {_spans(unchecked)}")
    text = " · ".join(parts)
    return text[0].upper() + text[1:] if text else ""


def _attributes(ran, extra=""):
    # Out of the search index: a pasted error should land on its entry or on the version notes,
    # not on one of the many blocks that mention it.
    return f'class="runs-on{extra}" data-runs-on="{" ".join(ran)}" data-search-exclude'


def _block_notes(states, index, source_lines):
    """<li> items for one block: per text, the releases that do that (said once)."""
    groups = {}
    count = len(next(iter(states.values())))
    for version in VERSIONS:
        state, detail = states[version][index]
        if state in (OTHER, FAILS):
            later = state == FAILS and index < count - 1 and detail.get("line") is not None
            text = block_note_text(state, detail, source_lines, later_blocks=later)
            groups.setdefault(text, []).append(version)
    return [(versions, text) for text, versions in groups.items()]


def block_html(path, ranges, index, data=DATA, root=ROOT, tables=None, first=True):
    """The "runs on" markup of one block (the `index`-th of `ranges`, the line ranges of the
    file's blocks on the page): the file's line when it is the file's first block there, and a
    note when this block runs otherwise on some release. Returns (data-runs-on versions, html)."""
    status = runs_on(path, data, root, tables)
    states = blocks_of(status, ranges)
    ran = [v for v in VERSIONS if states[v][index][0] in RAN]
    try:
        source = (Path(root) / _key(path, root)).read_text().splitlines()
    except OSError:
        source = []
    out = ""
    if first:
        out += f'<p {_attributes(ran)}>{html.escape(file_summary(status, states))}</p>'
    notes = _block_notes(states, index, source)
    if notes:
        items = "".join(f"<li>TF {_spans(vs)}: {text}</li>" for vs, text in notes)
        differing = sorted({v for vs, _ in notes for v in vs}, key=VERSIONS.index)
        out += (f'<details {_attributes(ran, " runs-on-note")}><summary>This block on TF '
                f'{_spans(differing)}</summary><ul>{items}</ul></details>')
    return ran, out


def mark_block(path, opening, rest, ranges=None, index=0, first=True, data=DATA, root=ROOT,
               tables=None):
    """For the hook: a titled block's opening HTML, with its "runs on" markup under the title."""
    if ranges is None:
        ranges = [(1, 10 ** 9)]
    ran, markup = block_html(path, ranges, index, data, root, tables, first)
    return f'{opening} data-runs-on="{" ".join(ran)}"{rest}{markup}'


# ---------------------------------------------------------------- the "Version notes" page

def _headings(text):
    """[(line number, level, title, id)] of a page's ## and ### headings, ids as the toc
    extension makes them (explicit {#id} kept; duplicates numbered _1, _2 ...)."""
    from markdown.extensions.toc import slugify
    seen, out, fence = {}, [], False
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s*(```|~~~)", line):
            fence = not fence
        match = None if fence else re.match(r"^(#{1,3}) (.+?)\s*$", line)
        if not match:
            continue
        title = match.group(2)
        explicit = re.search(r"\{[^}]*#([\w-]+)[^}]*\}\s*$", title)
        title = re.sub(r"\s*\{[^}]*\}\s*$", "", title)
        plain = re.sub(r"`([^`]*)`", r"\1", title)
        plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", plain)
        anchor = explicit.group(1) if explicit else slugify(html.unescape(plain), "-")
        if anchor in seen:
            seen[anchor] += 1
            anchor = f"{anchor}_{seen[anchor]}"
        else:
            seen[anchor] = 0
        out.append((number, len(match.group(1)), plain, anchor))
    return out


def page_blocks(root=ROOT):
    """[(page, page title, [(heading title, heading id, path, section, index, ranges)])] for
    every page of docs/ that shows snippets, in file order."""
    from harness.markdown import INCLUDE, fences
    from harness.snippets import parse
    docs = Path(root) / "docs"
    out = []
    for page in sorted(docs.rglob("*.md")):
        rel = page.relative_to(docs)
        notebook = rel.parts[0] == "_notebooks"  # a page that the build makes a notebook of
        if notebook:
            rel = Path(rel.name).with_suffix(".ipynb")
        elif any(part.startswith("_") for part in rel.parts):
            continue
        text = page.read_text()
        includes = []  # (line, path, section) of each titled include, as the page shows them
        for fence in fences(text.splitlines()):
            found = INCLUDE.match(fence.body[0].strip()) if len(fence.body) == 1 else None
            if fence.title and found:
                includes.append(Include(fence.line, found.group(1), found.group(2)))
        if not includes:
            continue
        headings = _headings(text)
        title = next((h[2] for h in headings if h[1] == 1), rel.stem)
        by_file = {}
        for include in includes:
            by_file.setdefault(include.path, []).append(include)
        rows = []
        for include in includes:
            try:
                snip = parse(Path(root) / include.path)
            except OSError:
                continue
            ranges = [snip.sections.get(i.section, (1, len(snip.lines))) if i.section
                      else (1, len(snip.lines)) for i in by_file[include.path]]
            index = by_file[include.path].index(include)
            above = [h for h in headings if h[0] < include.line and h[1] > 1 and not notebook]
            heading = above[-1] if above else (0, 1, title, "")
            rows.append((heading[2], heading[3], include.path, include.section, index, ranges))
        out.append((rel.as_posix(), title, rows))
    return out


def version_notes_markdown(data=DATA, root=ROOT, page="version-notes.md"):
    """The Markdown of the "Version notes" page, generated from the matrix data only."""
    tables = load(data)
    up = "../" * len(Path(page).parent.parts)
    pages = page_blocks(root)
    status_of, source_of = {}, {}
    notes = {v: [] for v in VERSIONS}  # version -> [(page, page title, heading, id, text)]
    unchecked = {}
    counts = {v: {"files": set(), "clean": set(), UNCHECKED: set()} for v in VERSIONS}
    for rel, title, rows in pages:
        for heading, anchor, path, _section, index, ranges in rows:
            if path not in status_of:
                status_of[path] = runs_on(path, data, root, tables)
                try:
                    source_of[path] = (Path(root) / path).read_text().splitlines()
                except OSError:
                    source_of[path] = []
            status = status_of[path]
            states = blocks_of(status, ranges)
            for version in VERSIONS:
                counts[version]["files"].add(path)
                state, detail = states[version][index]
                if status[version]["status"] == NOT_CHECKED:
                    counts[version][UNCHECKED].add(path)
                    unchecked.setdefault((rel, title), set()).add(version)
                elif all(s == SAME for s, _ in states[version]):
                    counts[version]["clean"].add(path)
                if state in (OTHER, FAILS):
                    later = state == FAILS and index < len(ranges) - 1 and detail.get("line")
                    text = block_note_text(state, detail, source_of[path], later)
                    notes[version].append((rel, title, heading, anchor, path, text))
                elif state == TIMEOUT and index == 0:
                    notes[version].append((rel, title, heading, anchor, path, TIMED_OUT))
    lines = [
        "---",
        ("description: Which examples of this site run otherwise on TensorFlow 2.15 to 2.20 and "
         "tf-nightly, block by block, with the messages each release prints."),
        "---",
        "",
        "# Version notes",
        "",
        '!!! abstract "In short"',
        "    Every example is written for TensorFlow 2.21 and runs as shown there. Pick your",
        "    release below to see, page by page, the blocks that print something else or fail",
        "    on it. Most differences are on 2.15, the last release with Keras 2 as `tf.keras`.",
        "",
        ("`tools/matrix.py` runs each example, unchanged, alone in an empty folder, on each "
         "release (Python 3.11, CPU, the Keras that `pip install tensorflow==X.*` installs). "
         "Version strings, the sizes of graph files that embed them, and float noise below the "
         "shown rounding are not counted as differences. A file changed since its last run is "
         "listed as not yet checked, never with an old result."),
        "",
        "| TF | Keras | Files as shown |",
        "|---|---|---|",
    ]
    for version in VERSIONS:
        table = tables.get(version) or {}
        env = table.get("environment", {})
        count = counts[version]
        label = "nightly" if version == "nightly" else env.get("tensorflow") or version
        keras = re.sub(r"^(\d+\.\d+)\.\d+\.?dev\d+$", r"\1 dev", env.get("keras") or "–")
        stale = f", {len(count[UNCHECKED])} not checked" if count[UNCHECKED] else ""
        lines.append(f"| {label} | {keras} | {len(count['clean'])} of {len(count['files'])}"
                     f"{stale} |")
    lines += ["", "## What differs, by release {#by-release}", ""]
    for version in VERSIONS:
        lines.append(f'=== "{version}"')
        lines.append("")
        items = notes[version]
        if not items:
            lines += ["    Every checked block runs as shown.", ""]
            continue
        by_page = {}
        for rel, title, heading, anchor, path, text in items:
            by_page.setdefault((rel, title), []).append((heading, anchor, path, text))
        # One fold per page, its title and count showing: a release's list stays a phone
        # screen or two, and the reader opens the page they came for.
        for (rel, title), rows in by_page.items():
            count = f"{len(rows)} block{'s' if len(rows) > 1 else ''}"
            lines.append(f'    ??? note "{title.replace(chr(34), chr(39))}: {count}"')
            lines.append(f"        **[{title}]({up}{rel})**")
            lines.append("")
            for heading, anchor, path, text in rows:
                link = f"[{heading}]({up}{rel}#{anchor})" if anchor else f"[{heading}]({up}{rel})"
                lines.append(f"        - {link}, `{Path(path).name}`: {text}")
            lines.append("")
    # The old page grouped by page; those ids keep landing on this page's per-page list.
    lines += ["## By page {#by-page}", ""]
    for rel, title, _rows in pages:
        anchor = re.sub(r"\.(md|ipynb)$", "", rel).replace("/", "")
        noted = {v: {item[5] == TIMED_OUT for item in notes[v] if item[0] == rel} for v in VERSIONS}
        differing = [v for v in VERSIONS if False in noted[v]]
        timeouts = [v for v in VERSIONS if noted[v] == {True}]
        text = f"differs on {_spans(differing)}" if differing else "runs as shown on every release"
        if timeouts:
            text += f"; times out on {_spans(timeouts)}"
        if (rel, title) in unchecked:
            text += f"; not yet checked on {_spans(unchecked[(rel, title)])}"
        lines.append(f"- [{title}]({up}{rel}){{#{anchor}}}: {text}")
    lines.append("")
    return "\n".join(lines)
