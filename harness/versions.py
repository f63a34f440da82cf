"""The version matrix: which TensorFlow releases each snippet was run on, and how it went.

`tools/matrix.py` writes one file per version, `versions/<version>.json`:

    {"schema": 1, "version": "2.16", "date": ..., "runner": "harness/forkserver.py",
     "environment": {"tensorflow": "2.16.2", "keras": "3.15.1", "python": "3.11.7", ...},
     "results": {"snippets/x/y.py": {"sha256": ..., "date": ..., "seconds": ...,
                                     "status": "passed" | "differs" | "failed" | "timeout",
                                     "differences": [{"line", "expected", "got"}],  # differs
                                     "error": {"type", "message"}}}}                # failed

Everything here is a pure function of that folder and of the snippet files: a result whose
recorded sha256 is not the file's current one says "not checked", never a stale pass. Every
function takes the data folder (and the repository root) as parameters so the tests can point
them at a fake table.
"""
import hashlib
import html
import json
import re
from pathlib import Path

from harness.paths import ROOT

DATA = ROOT / "versions"
VERSIONS = ["2.15", "2.16", "2.17", "2.18", "2.19", "2.20", "2.21", "nightly"]
RAN = ("passed", "differs")  # the program ran to the end; `differs`: other output
NOT_CHECKED = "not checked"
MESSAGE = re.compile(r"Error|Exception|Warning|error|warning|[Cc]annot|[Uu]nable|[Nn]ot found|"
                     r"[Ii]nvalid|[Dd]eprecated|[Uu]nknown|[Nn]o such|must|[Ff]ailed")


def load(data=DATA):
    """{version: the version's table} for every version file that exists and reads."""
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


def _sha256(path, root):
    try:
        return hashlib.sha256((Path(root) / path).read_bytes()).hexdigest()
    except OSError:
        return None


def runs_on(path, data=DATA, root=ROOT, tables=None):
    """{version: {"status", "detail", "tensorflow", "keras", "python", "date"}} for one snippet.

    status is "passed", "differs", "failed", "timeout", or "not checked" (no result for this
    version, or the result is for other bytes than the file has now). detail is "" for a pass,
    a list of {line, expected, got} for "differs", "Type: first line" for "failed".
    """
    key = _key(path, root)
    current = _sha256(key, root)
    tables = load(data) if tables is None else tables
    out = {}
    for version in VERSIONS:
        table = tables.get(version, {})
        result = table.get("results", {}).get(key)
        environment = table.get("environment", {})
        entry = {"status": NOT_CHECKED, "detail": "",
                 "tensorflow": environment.get("tensorflow"), "keras": environment.get("keras"),
                 "python": environment.get("python"), "date": None}
        if result and current and result.get("sha256") == current:
            status = result.get("status")
            entry["date"] = result.get("date") or table.get("date")
            if status == "differs":
                entry.update(status=status, detail=list(result.get("differences") or []))
            elif status == "failed":
                error = result.get("error") or {}
                text = error.get("type") or "Error"
                if error.get("message"):
                    text += f": {error['message']}"
                entry.update(status=status, detail=text)
            elif status in ("passed", "timeout"):
                entry["status"] = status
        out[version] = entry
    return out


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


def _difference_text(diff):
    got = "nothing" if diff.get("got") is None else f"“{diff['got']}”"
    if diff.get("expected") is None:
        return f"prints {got} after line {diff.get('line')}"
    return f"line {diff.get('line')}: {got} instead of “{diff['expected']}”"


def summary(status):
    """The one-line text of a badge, e.g. "Runs on TF 2.16–2.21, nightly · fails on 2.15"."""
    by = {}
    for version, entry in status.items():
        by.setdefault(entry["status"], []).append(version)
    ran = [v for v in VERSIONS if status[v]["status"] in RAN]
    parts = [f"Runs on TF {_spans(ran)}"] if ran else []
    for key, words in (("differs", "other output on"), ("failed", "fails on"),
                       ("timeout", "times out on"), (NOT_CHECKED, "not yet checked on")):
        if by.get(key):
            parts.append(f"{words} {_spans(by[key])}")
    if not ran:  # e.g. "Not yet checked on TF 2.15–2.21, nightly"
        parts[0] = parts[0][0].upper() + parts[0][1:].replace(" on ", " on TF ", 1)
    return " · ".join(parts)


def _details(status):
    """<li> lines: per failing version its error, per differing version the lines that differ.
    (Versions not yet checked are named by the summary line; nothing more to say about them.)"""
    groups = {}  # the same text on several versions is said once
    for version in VERSIONS:
        entry = status[version]
        if entry["status"] == "failed":
            text = f"fails: <code>{html.escape(entry['detail'])}</code>"
        elif entry["status"] == "differs":
            diffs = entry["detail"]
            shown = "; ".join(html.escape(_difference_text(d)) for d in diffs[:3])
            more = f" (and {len(diffs) - 3} more)" if len(diffs) > 3 else ""
            text = f"prints other output: {shown}{more}"
        elif entry["status"] == "timeout":
            text = "did not finish in time"
        else:
            continue
        groups.setdefault(text, []).append(version)
    return [f"<li>{_spans(versions)}: {text}</li>" for text, versions in groups.items()]


def badge_html(path, data=DATA, root=ROOT, tables=None):
    """A compact "runs on" line for a titled code block; a <details> when there is more to say.

    The wrapper carries data-runs-on="2.16 2.17 ... nightly": the versions where the file ran
    to the end (same or other output), for scripts and tests.
    """
    status = runs_on(path, data, root, tables)
    ran = " ".join(v for v in VERSIONS if status[v]["status"] in RAN)
    text = html.escape(summary(status))
    items = _details(status)
    # Out of the search index: a pasted error should land on its entry or on the version notes,
    # not on one of the many blocks that mention it.
    attributes = f'class="runs-on" data-runs-on="{ran}" data-search-exclude'
    if not items:
        return f'<p {attributes}>{text}</p>'
    return (f'<details {attributes}><summary>{text}</summary>'
            f'<ul>{"".join(items)}</ul></details>')


def mark_block(path, opening, rest, data=DATA, root=ROOT, tables=None):
    """For the hook: a titled block's opening HTML, with its "runs on" line under the title."""
    status = runs_on(path, data, root, tables)
    ran = " ".join(v for v in VERSIONS if status[v]["status"] in RAN)
    return f'{opening} data-runs-on="{ran}"{rest}{badge_html(path, data, root, tables)}'


# ---------------------------------------------------------------- the "Version notes" page

def _snippet_files(root):
    snippets = Path(root) / "snippets"
    return sorted(p.relative_to(root).as_posix() for p in snippets.rglob("*.py")
                  if "__pycache__" not in p.parts)


def _pages_showing(root):
    """{snippet path: docs page (relative to docs/)} from the titled blocks of the pages."""
    docs = Path(root) / "docs"
    shown = {}
    title = re.compile(r'title="(snippets/[^"]+\.py)"')
    for page in sorted(docs.rglob("*.md")):
        if any(part.startswith("_") for part in page.relative_to(docs).parts):
            continue
        for match in title.finditer(page.read_text()):
            shown.setdefault(match.group(1), page.relative_to(docs).as_posix())
    return shown


def _page_of(path):
    parts = path.split("/")
    return "/".join(parts[1:3]) if parts[1] == "troubleshooting" and len(parts) > 3 else parts[1]


def _code(text):
    """Inline code that survives backticks inside the text."""
    text = "" if text is None else str(text)
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}" if text else "(nothing)"


def version_notes_markdown(data=DATA, root=ROOT, page="version-notes.md"):
    """The Markdown of the "Version notes" page, generated from the matrix data only."""
    tables = load(data)
    files = _snippet_files(root)
    shown = _pages_showing(root)
    depth = len(Path(page).parent.parts)
    up = "../" * depth
    lines = [
        "---",
        ("description: Which examples of this site fail, or print something else, on "
         "TensorFlow 2.15 to 2.21 and tf-nightly, with the messages each release prints."),
        "---",
        "",
        "# Version notes",
        "",
        ("Every example on this site is written for and tested on TensorFlow 2.21. "
         "`tools/matrix.py` also runs each one, unchanged, alone in an empty folder, on the "
         "releases below (Python 3.11, CPU, the Keras that `pip install tensorflow==X.*` "
         "installs). This page is generated from those runs; a file changed since its last "
         "run is listed as not yet checked, never with an old result."),
        "",
        ("| Release | TensorFlow | Keras | tf-keras | Run on | Same output | Other output "
         "| Fails | Not yet checked |"),
        "|---|---|---|---|---|---|---|---|---|",
    ]
    statuses = {path: runs_on(path, data, root, tables) for path in files}
    for version in VERSIONS:
        table = tables.get(version)
        count = {}
        for path in files:
            state = statuses[path][version]["status"]
            state = "failed" if state == "timeout" else state
            count[state] = count.get(state, 0) + 1
        env = (table or {}).get("environment", {})
        date = ((table or {}).get("date") or "")[:10]
        lines.append(
            f"| {version} | {env.get('tensorflow') or '–'} | {env.get('keras') or '–'} "
            f"| {env.get('tf_keras') or '–'} | {date or 'never'} | {count.get('passed', 0)} "
            f"| {count.get('differs', 0)} | {count.get('failed', 0)} "
            f"| {count.get(NOT_CHECKED, 0)} |")
    lines.append("")
    by_page = {}
    for path in files:
        by_page.setdefault(_page_of(path), []).append(path)
    anything, stale = False, []
    for group in sorted(by_page):
        fails, messages, others = [], [], []
        for path in by_page[group]:
            status = statuses[path]
            name = _code(path)
            if path in shown:
                name = f"[{_code(path)}]({up}{shown[path]})"
            failing = {}
            for version in VERSIONS:
                entry = status[version]
                if entry["status"] == "failed":
                    failing.setdefault(entry["detail"], []).append(version)
                elif entry["status"] == "timeout":
                    failing.setdefault("did not finish in time", []).append(version)
            for detail, versions in failing.items():
                fails.append(f"- {name} fails on {_spans(versions)}: {_code(detail)}")
            ran = [v for v in VERSIONS if status[v]["status"] in RAN]
            wordings = {}  # (line, the text the page shows) -> {printed text: [versions]}
            for version in VERSIONS:
                if status[version]["status"] == "differs":
                    for diff in status[version]["detail"]:
                        wordings.setdefault((diff.get("line") or 0, diff.get("expected")), {}) \
                            .setdefault(diff.get("got"), []).append(version)
            for (line, shows), printed in sorted(wordings.items(),
                                                 key=lambda item: (item[0][0], item[0][1] is None)):
                differ = {v for versions in printed.values() for v in versions}
                same = [v for v in ran if v not in differ]
                if shows is None:
                    parts = [f"{_spans(vs)}: one more line, {_code(text)}"
                             for text, vs in printed.items()]
                else:
                    parts = [f"the page shows {_code(shows)}"
                             + (f" (also printed by {_spans(same)})" if same else "")]
                    parts += [f"{_spans(vs)}: " + ("nothing" if text is None else _code(text))
                              for text, vs in printed.items()]
                entry = f"- {name}, line {line}: " + "; ".join(parts)
                texts = [shows, *printed]
                is_message = any(MESSAGE.search(t or "") for t in texts) \
                    or path.startswith("snippets/troubleshooting/")
                (messages if is_message else others).append(entry)
            unchecked = [v for v in VERSIONS if status[v]["status"] == NOT_CHECKED]
            if unchecked:
                stale.append(f"- {name}: {_spans(unchecked)}")
        if not (fails or messages or others):
            continue
        anything = True
        lines += [f"## {group}", ""]
        for title, items in (("Fails on some releases", fails),
                             ("Messages whose wording changed", messages),
                             ("Output that differs", others)):
            if items:
                lines += [f"### {title}", "", *items, ""]
    if not anything:
        lines += ["Every example that was checked runs and prints the same on every release "
                  "above.", ""]
    if stale:
        lines += ["## Not yet checked", "",
                  "Files added or changed since their last run, and where that run is missing:",
                  "", *stale, ""]
    return "\n".join(lines)
