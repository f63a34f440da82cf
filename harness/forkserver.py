"""Run snippet files, each in a fresh child process forked after one `import tensorflow`.

Importing TensorFlow costs 2-3 s; forking an interpreter that has already imported it, but
has not run anything yet, costs milliseconds. Each child still starts with a clean slate
where it matters: no graph, no eager context, no seeds set, its own empty working folder.

Input (stdin, JSON): {"jobs": [{"path": ..., "workdir": ..., "out": ..., "err": ...}],
                       "workers": 2, "timeout": 120}
Output (stdout, JSON lines): one {"path", "status", "returncode", "seconds"} per job,
status being "passed", "failed", "crashed" (killed by a signal) or "timeout".
"""
import json
import os
import runpy
import signal
import sys
import time
import traceback


def preload():
    # The expensive imports, done once. Nothing is executed: no session, no op, no seed.
    import numpy  # noqa: F401
    import tensorflow  # noqa: F401
    import keras  # noqa: F401
    # The reader's-guarantee test runs pytest-codeblocks in each child: load pytest once, too.
    import pytest  # noqa: F401
    import pytest_codeblocks  # noqa: F401


def child(job):
    """Runs in the forked child: behave like `cd workdir && python path`."""
    code = 1
    try:
        os.chdir(job["workdir"])
        for fd, name in ((1, job["out"]), (2, job["err"])):
            target = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            os.dup2(target, fd)
            os.close(target)
        sys.argv = [job["path"]]
        sys.path[0] = os.path.dirname(job["path"])
        runpy.run_path(job["path"], run_name="__main__")
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
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
