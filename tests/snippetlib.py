"""Read snippet files (sections, `#>` output lines) and run them with the fork server."""
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "snippets"
DOCS = ROOT / "docs"
FORKSERVER = Path(__file__).with_name("forkserver.py")

MARKER = re.compile(r"^\s*# --8<-- \[(start|end):([a-z0-9_]+)\]\s*$")
OUTPUT = re.compile(r"^\s*#>(?: (.*))?$")


def shown_output(code):
    """The lines a block of code shows after `#>`: what it claims to print."""
    return [m.group(1) or "" for line in code.splitlines() if (m := OUTPUT.match(line))]


def rel(path):
    return Path(path).resolve().relative_to(ROOT).as_posix()


def snippet_files():
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


@dataclass
class Snippet:
    path: Path
    sections: dict = field(default_factory=dict)  # name -> (first line, last line), 1-based, markers excluded
    expected: list = field(default_factory=list)  # (line number, text) of every `#>` line
    errors: list = field(default_factory=list)  # "file:line: what is wrong"


def parse(path):
    snip = Snippet(Path(path))
    name_of = rel(path)
    open_at = {}
    lines = Path(path).read_text().splitlines()
    for number, line in enumerate(lines, 1):
        marker = MARKER.match(line)
        if marker:
            kind, name = marker.groups()
            if kind == "start":
                if name in open_at or name in snip.sections:
                    snip.errors.append(f"{name_of}:{number}: section '{name}' starts twice")
                open_at[name] = number
            elif name not in open_at:
                snip.errors.append(f"{name_of}:{number}: section '{name}' ends but never started")
            else:
                snip.sections[name] = (open_at.pop(name) + 1, number - 1)
            continue
        if "--8<--" in line:
            snip.errors.append(f"{name_of}:{number}: malformed section marker {line.strip()!r}")
        out = OUTPUT.match(line)
        if out:
            snip.expected.append((number, out.group(1) or ""))
    for name, number in open_at.items():
        snip.errors.append(f"{name_of}:{number}: section '{name}' never ends")
    # A line outside every section is never shown on a page, so the blocks of a page
    # would not add up to the program that the tests run.
    for number, line in enumerate(lines, 1):
        inside = any(a - 1 <= number <= b + 1 for a, b in snip.sections.values())
        if line.strip() and not inside:
            snip.errors.append(f"{name_of}:{number}: line outside every section: {line.strip()!r}")
    return snip


@dataclass
class Run:
    status: str  # passed, failed, crashed, timeout, or missing (the fork server died)
    returncode: object
    stdout: str
    stderr: str
    seconds: float


def run_snippets(paths, workers=2, timeout=120):
    """Run each file as `python file` in its own empty folder; returns {path: Run}."""
    paths = [Path(p).resolve() for p in paths]
    scratch = Path(tempfile.mkdtemp(prefix="snippets-"))
    jobs = []
    for i, path in enumerate(paths):
        workdir = scratch / f"work{i}"
        workdir.mkdir()
        jobs.append({"path": str(path), "workdir": str(workdir),
                     "out": str(scratch / f"{i}.out"), "err": str(scratch / f"{i}.err")})
    server = subprocess.run(
        [sys.executable, str(FORKSERVER)], input=json.dumps(
            {"jobs": jobs, "workers": workers, "timeout": timeout}),
        capture_output=True, text=True)
    reports = {}
    for line in server.stdout.splitlines():
        report = json.loads(line)
        reports[report["path"]] = report
    runs = {}
    for i, job in enumerate(jobs):
        report = reports.get(job["path"])
        read = lambda name: Path(name).read_text(errors="replace") if Path(name).exists() else ""
        if report is None:
            runs[paths[i]] = Run("missing", None, read(job["out"]),
                                 read(job["err"]) + "\nfork server:\n" + server.stderr[-3000:], 0.0)
        else:
            runs[paths[i]] = Run(report["status"], report["returncode"], read(job["out"]),
                                 read(job["err"]), report["seconds"])
    return runs


def compare(snip, stdout):
    """Return a message naming the first differing `#>` line, or None when all match."""
    printed = stdout.splitlines()
    name = rel(snip.path)
    for i, (number, want) in enumerate(snip.expected):
        got = printed[i] if i < len(printed) else None
        if got != want:
            shown = "nothing more" if got is None else repr(got)
            return (f"{name}:{number}: the page shows {want!r} but the program printed {shown}\n"
                    f"--- whole output ---\n{stdout}")
    if len(printed) > len(snip.expected):
        extra = printed[len(snip.expected)]
        last = snip.expected[-1][0] if snip.expected else 1
        return (f"{name}:{last}: the program printed {extra!r} after the last `#>` line; "
                f"add `#>` lines for it\n--- whole output ---\n{stdout}")
    return None
