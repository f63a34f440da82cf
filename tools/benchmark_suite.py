"""Benchmark: the whole test suite (`pytest tests`, as `bash .ci/run` runs it after lint) against
the naive way of checking the examples (every snippet as its own `python file.py`).

Run: .venv/bin/python tools/benchmark_suite.py [pytest arguments]
Prints both wall times and their ratio (goal: the suite at most 0.25x the naive wall). Both run
in this one invocation, one after the other, so that they see the same machine.
"""
import os
import subprocess
import sys
import tempfile
import time

from harness import snippets
from harness.paths import ROOT


def naive(paths):
    """One fresh interpreter per example, one after another, each in an empty folder."""
    failures = 0
    for path in paths:
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run([sys.executable, str(path)], cwd=folder, capture_output=True)
            failures += done.returncode != 0
    return failures


def main():
    paths = snippets.files()
    start = time.perf_counter()
    suite = subprocess.run([sys.executable, "-m", "pytest", "tests", "-q", *sys.argv[1:]],
                           cwd=ROOT, capture_output=True, text=True)
    fast = time.perf_counter() - start
    start = time.perf_counter()
    slow_failures = naive(paths)
    slow = time.perf_counter() - start
    print(f"examples:                 {len(paths)} snippet files, {os.cpu_count()} cores")
    print(f"naive (python file each): {slow:7.1f} s   failures {slow_failures}")
    print(f"pytest tests (all checks):{fast:7.1f} s   {suite.stdout.strip().splitlines()[-1]}")
    print(f"suite / naive:            {fast / slow:7.2f}x   (goal <= 0.25x)")


if __name__ == "__main__":
    main()
