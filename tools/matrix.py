"""Run every snippet on each TensorFlow release of the matrix and record what happens.

    .venv/bin/python tools/matrix.py [--versions 2.15 2.16 ... nightly] [--only PATTERN] [--all]
                                     [--setup-only] [--recreate] [--workers 2] [--timeout 600]

For each version: a cached virtualenv in /work/matrix-venvs/tf-<version> (Python 3.11,
`tensorflow==<version>.*` latest patch or `tf-nightly`, the Keras that release installs,
`tf-keras` of the same minor where it exists, `tensorflow-hub==0.16.1`, numpy), created with uv
and a shared, hard-linked cache, so a re-run only checks that the venv is there.

Each snippet runs like the tests run it (the same fork server, its own empty folder), and its
stdout is compared with its `#>` lines. The result of one version is written atomically to
versions/<version>.json, so an interrupted run leaves every file valid.

A re-run is incremental: a file whose recorded result is for its current program (its bytes, or
the same syntax tree and `#>` lines: harness/versions.py, program_hash) and for
the same exact versions (TF, Keras, tf-keras, numpy, Python) is not run again, except after a
timeout; --all runs everything. Results of files outside --only are kept. The venvs are reused
when they exist (--recreate rebuilds them: do that to pick up a newer tf-nightly).
The packages of each venv are in versions/requirements-<version>.txt (CI installs the same).
"""
import argparse
import contextlib
import datetime
import fnmatch
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import runner, snippets, versions
from harness.paths import ROOT, rel

DATA = ROOT / "versions"
VENVS = Path(os.environ.get("MATRIX_VENVS", "/work/matrix-venvs"))
UV = os.environ.get("MATRIX_UV") or shutil.which("uv") or str(ROOT / ".venv" / "bin" / "uv")
INDEX = "https://pypi.org/simple"
VERSIONS = ["2.15", "2.16", "2.17", "2.18", "2.19", "2.20", "2.21", "nightly"]
SCHEMA = 2  # 2: a failure records the line of the top-level statement that raised

VERSIONS_PROBE = r"""
import json, platform, sys
from importlib import metadata
def version(*names):
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return None
print(json.dumps({
    "tensorflow": version("tensorflow", "tensorflow-cpu", "tf-nightly", "tf-nightly-cpu"),
    "keras": version("keras", "keras-nightly"),
    "tf_keras": version("tf-keras", "tf-keras-nightly"),
    "tensorflow_hub": version("tensorflow-hub"),
    "numpy": version("numpy"),
    "python": platform.python_version(),
}))
"""


def snippet_files(only=None):
    files = snippets.files()
    if only:
        files = [p for p in files if fnmatch.fnmatch(rel(p), only) or only in rel(p)]
    return files


# ---------------------------------------------------------------- environments

def requirements(version):
    """The install arguments of one matrix venv (one resolution); tensorflow-hub comes after."""
    pre = ["--pre"] if version == "nightly" else []
    return [*pre, "-r", str(DATA / f"requirements-{version}.txt")]


def uv_env():
    env = dict(os.environ)
    env.setdefault("UV_CACHE_DIR", str(VENVS / ".uv-cache"))
    env.setdefault("UV_LINK_MODE", "hardlink")
    for name in ("PIP_FIND_LINKS", "PIP_CONSTRAINT", "UV_CONSTRAINT", "UV_INDEX_URL",
                 "UV_EXTRA_INDEX_URL", "UV_FIND_LINKS"):
        env.pop(name, None)
    return env


def uv(*args):
    command = [UV, *args]
    result = subprocess.run(command, env=uv_env(), capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    return result


def python_of(venv):
    return venv / "bin" / "python"


def ensure_venv(version, recreate=False, python="python3"):
    """Create (or reuse) the venv of a version; returns (python path, seconds spent)."""
    venv = VENVS / f"tf-{version}"
    ready = venv / ".matrix-ready"
    if ready.exists() and not recreate:
        return python_of(venv), 0.0
    start = time.monotonic()
    if venv.exists():
        shutil.rmtree(venv)
    uv("venv", "--quiet", "--python", python, str(venv))
    py = str(python_of(venv))
    common = ["pip", "install", "--quiet", "--python", py, "--index-url", INDEX]
    packages = requirements(version)
    try:
        uv(*common, *packages)
    except RuntimeError:
        # No tf-keras for this minor on PyPI: install the rest without it.
        lines = Path(packages[-1]).read_text().splitlines()
        packages = [a for a in packages if a not in ("-r", packages[-1])] + [
            line for line in lines
            if line.strip() and not line.startswith(("#", "tf-keras"))]
        uv(*common, *packages)
    # tensorflow-hub 0.16.1 requires tf-keras (which requires a stable tensorflow); install it
    # alone so it never changes the TensorFlow of the venv. Its other needs (numpy, protobuf)
    # come with TensorFlow.
    uv(*common, "--no-deps", "tensorflow-hub==0.16.1")
    seconds = time.monotonic() - start
    ready.write_text(json.dumps({"packages": packages, "seconds": round(seconds, 1)}) + "\n")
    return python_of(venv), seconds


def installed_versions(py):
    result = subprocess.run([str(py), "-c", VERSIONS_PROBE], capture_output=True, text=True, check=False)
    if result.returncode:
        raise RuntimeError(f"{py}: cannot read versions:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


# ---------------------------------------------------------------- running

# TensorFlow's C++ log lines, which other threads may write in the middle of a traceback.
LOG_LINE = re.compile(r"^([IWEF]\d{4} |\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: [IWEF] |"
                      r"WARNING: All log messages|To enable the following)")


def last_error(stderr):
    """(type, first line of message) of the last traceback in stderr, or None."""
    lines = stderr.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call")]
    if not starts:
        return None
    for line in lines[starts[-1] + 1:]:
        if not line.strip() or line[0].isspace() or LOG_LINE.match(line):
            continue
        kind, sep, message = line.partition(":")
        if not sep or " " in kind:
            return {"type": line.strip(), "message": ""}
        return {"type": kind.strip(), "message": message.strip()}
    return None


def failing_frame(stderr, path):
    """(line, own) for the last traceback: the line of the top-level statement of `path` that
    raised (its `<module>` frame), and whether the innermost frame is in `path` itself (the
    example's own check failed, not a TensorFlow call); (None, False) without a traceback."""
    lines = stderr.splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith("Traceback (most recent call")]
    if not starts:
        return None, False
    frame = re.compile(r'^  File "(.+)", line (\d+), in (\S+)$')
    found, innermost = None, None
    for line in lines[starts[-1]:]:
        match = frame.match(line)
        if match:
            innermost = match.group(1)
            if match.group(3) == "<module>" and Path(match.group(1)).name == Path(path).name:
                found = int(match.group(2))
    return found, innermost is not None and Path(innermost).name == Path(path).name


def differences(expected, stdout, limit=20):
    """Every `#>` line the program did not print as shown: {line, expected, got}."""
    printed = stdout.splitlines()
    diffs = []
    for i, (number, want) in enumerate(expected):
        got = printed[i] if i < len(printed) else None
        if got != want:
            diffs.append({"line": number, "output": i, "expected": want, "got": got})
    last = expected[-1][0] if expected else 1
    for extra in printed[len(expected):]:
        diffs.append({"line": last, "output": max(len(expected) - 1, 0), "expected": None,
                      "got": extra})
    return diffs[:limit]


def classify(report, expected, stdout, stderr, path=None):
    status = report["status"] if report else "missing"
    if status == "passed":
        diffs = differences(expected, stdout)
        if not diffs:
            return {"status": "passed"}
        return {"status": "differs", "differences": diffs}
    if status == "timeout":
        return {"status": "timeout"}
    error = last_error(stderr)
    if error is None:
        if status == "crashed":
            error = {"type": "Crash", "message": f"killed by signal {-report['returncode']}"}
        elif status == "missing":
            error = {"type": "RunnerError", "message": "the fork server died before this file ran"}
        else:
            tail = [line for line in stderr.splitlines() if line.strip()]
            error = {"type": f"exit code {report['returncode']}",
                     "message": tail[-1][:300] if tail else ""}
    error["message"] = error["message"][:500]
    result = {"status": "failed", "error": error}
    line, own = failing_frame(stderr, path) if path else (None, False)
    if own and versions.is_own_check(error):
        error["own"] = True  # the example's own check, not an error of the reader's code
    if line is not None:
        error["line"] = line
        with contextlib.suppress(OSError, SyntaxError, ValueError):
            # Which top-level statement: the result then holds for a rewrapped file too.
            error["statement"] = versions.statement_at(Path(path).read_text(), line)
        # What the blocks before the failing statement printed, compared as for a pass.
        before = [(number, text) for number, text in expected if number < line]
        diffs = [d for d in differences(before, stdout) if d["expected"] is not None]
        if diffs:
            result["differences"] = diffs
    return result


def run_files(py, files, workers, timeout):
    """Run files with the tests' runner (harness/runner.py) in the venv's python; returns
    {rel path: result}."""
    scratch = Path(tempfile.mkdtemp(prefix="matrix-"))
    try:
        copies, before = [], {}
        for i, path in enumerate(files):
            # Run a copy, taken now, outside the work folder: the bytes that run are the bytes
            # whose sha256 is recorded, even if someone edits the file during the run.
            data = path.read_bytes()
            text = data.decode("utf-8", errors="replace")
            before[path] = (hashlib.sha256(data).hexdigest(), snippets.expected_lines(text),
                            versions.program_hash(text))
            copy = scratch / f"src{i}" / path.name
            copy.parent.mkdir()
            copy.write_bytes(data)
            copies.append(copy)
        runs = runner.run(copies, workers=workers, timeout=timeout, python=str(py))
        results = {}
        for path, copy in zip(files, copies, strict=True):
            run = runs[copy.resolve()]
            sha256, expected, program = before[path]
            report = None if run.status == "missing" else {
                "status": run.status, "returncode": run.returncode, "seconds": run.seconds}
            result = classify(report, expected, run.stdout, run.stderr, copy)
            results[rel(path)] = {"sha256": sha256, "program": program, **result,
                                  "seconds": run.seconds or None}
        return results
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def write_atomically(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w") as handle:
        json.dump(data, handle, indent=1, sort_keys=True)
        handle.write("\n")
    os.replace(tmp, path)


def load(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


def run_version(version, files, args):
    if args.python:  # CI: the packages are installed in this interpreter already
        py, setup = Path(args.python), 0.0
    else:
        py, setup = ensure_venv(version, recreate=args.recreate)
    environment = installed_versions(py)
    target = args.data / f"{version}.json"
    old = load(target) or {}
    kept = {}
    if old.get("environment") == environment and old.get("schema") == SCHEMA:
        kept = {p: r for p, r in old.get("results", {}).items() if (ROOT / p).exists()}
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    # A timeout is re-run when this run allows more time than that one did (on a loaded machine
    # a short limit says more about the machine than about the file).
    todo = [p for p in files
            if args.all or not versions.is_current(kept.get(rel(p)), p)
            or (kept[rel(p)].get("status") == "timeout"
                and kept[rel(p)].get("timeout", 0) < args.timeout)]
    start = time.monotonic()
    fresh = run_files(py, todo, args.workers, args.timeout) if todo else {}
    for result in fresh.values():
        result["date"] = now
        if result["status"] == "timeout":
            result["timeout"] = args.timeout
    results = {**kept, **fresh}
    data = {"schema": SCHEMA, "version": version, "environment": environment,
            "runner": rel(runner.FORKSERVER), "date": now, "results": results}
    write_atomically(target, data)
    counts = {}
    for path in files:
        status = results[rel(path)]["status"]
        counts[status] = counts.get(status, 0) + 1
    print(f"{version}: TF {environment['tensorflow']}, Keras {environment['keras']}, "
          f"Python {environment['python']}: ran {len(todo)} of {len(files)} files in "
          f"{time.monotonic() - start:.0f} s (venv {setup:.0f} s): "
          + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())), flush=True)


def bytes_that_ran(key, sha256):
    """The text of `key` whose sha256 the result recorded: the file as it is, or the version
    of it in the git history that has those bytes; None when neither does."""
    path = ROOT / key
    if path.exists() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
        return path.read_text()
    log = subprocess.run(["git", "log", "--format=%H", "--", key], cwd=ROOT,
                         capture_output=True, text=True, check=False).stdout.split()
    for commit in log:
        data = subprocess.run(["git", "show", f"{commit}:{key}"], cwd=ROOT,
                              capture_output=True, check=False).stdout
        if hashlib.sha256(data).hexdigest() == sha256:
            return data.decode()
    return None


def reindex(version, args):
    """Give the results of an older run what newer runs record (the program hash, the failing
    statement's index, each difference's `#>` index), from the bytes that ran (the file, or its
    version in git): the result then holds for rewrapped versions of the same program too."""
    target = args.data / f"{version}.json"
    table = load(target)
    if not table:
        return
    for key, result in table["results"].items():
        text = bytes_that_ran(key, result["sha256"])
        if text is None:
            continue
        result["program"] = versions.program_hash(text)
        error = result.get("error") or {}
        if error.get("line") is not None:
            error["statement"] = versions.statement_at(text, error["line"])
        if error.get("own") and not versions.is_own_check(error):
            del error["own"]  # an API error of the release, which the reader's code meets too
        outputs = [number for number, _ in snippets.expected_lines(text)]
        for diff in result.get("differences") or []:
            if diff.get("line") in outputs:
                diff["output"] = outputs.index(diff["line"])
    write_atomically(target, table)
    print(f"{version}: reindexed", flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--versions", nargs="+", default=VERSIONS, choices=VERSIONS,
                        metavar="VERSION", help=f"default: {' '.join(VERSIONS)}")
    parser.add_argument("--only", help="run only the snippet files matching this glob/substring")
    parser.add_argument("--all", action="store_true",
                        help="re-run files whose result is already recorded for this file "
                             "content and these exact versions (default: skip them)")
    parser.add_argument("--setup-only", action="store_true", help="create the venvs, run nothing")
    parser.add_argument("--recreate", action="store_true", help="delete and recreate the venvs")
    parser.add_argument("--python", help="run with this interpreter, which has the packages of "
                        "the (single) version installed, instead of a matrix venv (CI)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=int, default=600, help="seconds per file")
    parser.add_argument("--data", type=Path, default=DATA, help="default: versions/")
    parser.add_argument("--reindex", action="store_true", help="run nothing: add program hashes "
                        "and statement indices to results recorded without them")
    args = parser.parse_args(argv)
    if args.python and len(args.versions) != 1:
        parser.error("--python runs one version: give --versions X")
    files = snippet_files(args.only)
    if not files and not args.setup_only:
        sys.exit(f"no snippet file matches {args.only!r}")
    failed = []
    for version in args.versions:
        try:
            if args.reindex:
                reindex(version, args)
            elif args.setup_only:
                py, seconds = ensure_venv(version, recreate=args.recreate)
                print(f"{version}: {installed_versions(py)} (venv {seconds:.0f} s)", flush=True)
            else:
                run_version(version, files, args)
        except RuntimeError as error:
            print(f"{version}: {error}", file=sys.stderr, flush=True)
            failed.append(version)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
