"""Run snippet files, each in a fresh child process forked after one `import tensorflow`.

Importing TensorFlow costs 2-3 s; forking an interpreter that has already imported it, but
has not run anything yet, costs milliseconds. Each child still starts with a clean slate
where it matters: no graph, no eager context, no seeds set, its own empty working folder.

Input (stdin, JSON): {"jobs": [{"path": ..., "workdir": ..., "out": ..., "err": ...,
                                 "writes": ...}], "workers": 2, "timeout": 120}
"writes" (optional) names a JSON file that receives [[line, text], ...]: each write to
sys.stdout with the line of the example's top-level statement that made it (for the updater).
The script needs only the standard library and TensorFlow: the version matrix runs it too.
Output (stdout, JSON lines): one {"path", "status", "returncode", "seconds"} per job,
status being "passed", "failed", "crashed" (killed by a signal) or "timeout".
"""
import json
import os
import re
import runpy
import signal
import sys
import time
import traceback


def preload():
    # The expensive imports, done once. Nothing is executed: no session, no op, no seed.
    import keras  # noqa: F401
    import numpy  # noqa: F401
    import tensorflow  # noqa: F401
    # The README's Python blocks run through pytest-codeblocks in a child: load it once, where
    # it is installed (the version matrix's environments do not have it).
    try:
        import pytest  # noqa: F401
        import pytest_codeblocks  # noqa: F401
    except ImportError:
        pass


class Recorder:
    """sys.stdout, plus a record of which top-level line of the example wrote what."""

    def __init__(self, stream, path):
        self.stream, self.path, self.writes = stream, path, []

    def write(self, text):
        line, frame = 0, sys._getframe(1)
        while frame is not None:  # the outermost frame in the example is its top-level statement
            if frame.f_code.co_filename == self.path:
                line = frame.f_lineno
            frame = frame.f_back
        if self.writes and self.writes[-1][0] == line:
            self.writes[-1][1] += text
        else:
            self.writes.append([line, text])
        return self.stream.write(text)

    def __getattr__(self, name):
        return getattr(self.stream, name)


# A program that sets TensorFlow's environment before importing it (TF_USE_LEGACY_KERAS, ...)
# would find TensorFlow already imported here: it gets a fresh interpreter instead.
CONFIGURES_TF = re.compile(r"^os\.environ\[[\"']TF_\w+[\"']\]\s*=.*?^(?:import|from) (?:tensorflow|keras)\b",
                           re.M | re.S)


def child(job):
    """Runs in the forked child: behave like `cd workdir && python path`."""
    code = 1
    try:
        os.chdir(job["workdir"])
        for fd, name in ((1, job["out"]), (2, job["err"])):
            target = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(target, fd)
            os.close(target)
        with open(job["path"]) as source:
            if CONFIGURES_TF.search(source.read()):
                os.execv(sys.executable, [sys.executable, job["path"]])
        sys.argv = [job["path"]]
        sys.path[0] = os.path.dirname(job["path"])
        if job.get("writes"):
            sys.stdout = Recorder(sys.stdout, job["path"])
        runpy.run_path(job["path"], run_name="__main__")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        if isinstance(sys.stdout, Recorder):
            with open(job["writes"], "w") as file:
                json.dump(sys.stdout.writes, file)
        os._exit(code)  # skip the parent's atexit handlers


def main():
    request = json.load(sys.stdin)
    preload()
    pending = list(request["jobs"])
    workers, timeout = request.get("workers", 2), request.get("timeout", 120)
    running = {}  # pid -> (job, start time)
    while pending or running:
        while pending and len(running) < workers:
            job = pending.pop(0)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                child(job)
            running[pid] = (job, time.monotonic())
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            now = time.monotonic()
            for pid, (job, start) in list(running.items()):
                if now - start > timeout:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    del running[pid]
                    report(job, "timeout", None, now - start)
            time.sleep(0.01)
            continue
        job, start = running.pop(pid)
        if os.WIFSIGNALED(status):
            report(job, "crashed", -os.WTERMSIG(status), time.monotonic() - start)
        else:
            code = os.WEXITSTATUS(status)
            report(job, "passed" if code == 0 else "failed", code, time.monotonic() - start)


def report(job, status, returncode, seconds):
    print(json.dumps({"path": job["path"], "status": status,
                      "returncode": returncode, "seconds": round(seconds, 3)}), flush=True)


if __name__ == "__main__":
    main()
