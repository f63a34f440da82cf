"""Run examples as `cd <empty folder> && python <file>`, each in its own process, fast: the
fork server (forkserver.py) imports TensorFlow once and forks a child per file."""
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

FORKSERVER = Path(__file__).with_name("forkserver.py")


def read(file):
    return file.read_text(errors="replace") if file.exists() else ""


@dataclass
class Run:
    status: str  # passed, failed, crashed, timeout, or missing (the fork server died)
    returncode: object
    stdout: str
    stderr: str
    seconds: float
    writes: list  # [(line, text)] of sys.stdout writes, for the updater


def run(paths, workers=2, timeout=120, python=sys.executable):
    """{path: Run} for each file, run in its own empty folder."""
    paths = [Path(p).resolve() for p in paths]
    scratch = Path(tempfile.mkdtemp(prefix="snippets-"))
    jobs = []
    for i, path in enumerate(paths):
        workdir = scratch / f"work{i}"
        workdir.mkdir()
        jobs.append({"path": str(path), "workdir": str(workdir), "out": str(scratch / f"{i}.out"),
                     "err": str(scratch / f"{i}.err"), "writes": str(scratch / f"{i}.json")})
    server = subprocess.run(
        [python, str(FORKSERVER)], capture_output=True, text=True,
        input=json.dumps({"jobs": jobs, "workers": workers, "timeout": timeout}))
    reports = {}
    for line in server.stdout.splitlines():
        report = json.loads(line)
        reports[report["path"]] = report
    runs = {}
    for path, job in zip(paths, jobs, strict=True):
        out, err, writes = (Path(job[k]) for k in ("out", "err", "writes"))
        recorded = [tuple(w) for w in json.loads(writes.read_text())] if writes.exists() else []
        report = reports.get(job["path"])
        if report is None:
            runs[path] = Run("missing", None, read(out),
                             read(err) + "\nfork server:\n" + server.stderr[-3000:], 0.0, recorded)
        else:
            runs[path] = Run(report["status"], report["returncode"], read(out), read(err),
                             report["seconds"], recorded)
    return runs
