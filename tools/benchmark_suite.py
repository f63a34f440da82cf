"""Benchmark: every snippet as its own `python file.py` (the naive way) against the fork runner.

Run: .venv/bin/python tests/benchmark_runner.py [--repeat N]
Prints both wall times, their ratio and the cost per example. --repeat N runs every example N
times in both modes, to show how the gap grows as examples are added.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import snippetlib


def naive(paths):
    """One fresh interpreter per example, one after another, each in an empty folder."""
    failures = 0
    for path in paths:
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run([sys.executable, str(path)], cwd=folder,
                                  capture_output=True, text=True)
            failures += done.returncode != 0
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    paths = snippetlib.snippet_files() * args.repeat
    n = len(paths)

    start = time.perf_counter()
    snippetlib.run_snippets([])  # the runner's fixed cost: one import of TF and Keras
    fixed = time.perf_counter() - start

    start = time.perf_counter()
    runs = snippetlib.run_snippets(paths)
    fast = time.perf_counter() - start
    fast_failures = sum(run.status != "passed" for run in runs.values())

    start = time.perf_counter()
    slow_failures = naive(paths)
    slow = time.perf_counter() - start

    print(f"examples:             {n} ({len(snippetlib.snippet_files())} files x {args.repeat})")
    print(f"cores:                {os.cpu_count()}")
    print(f"naive (python file):  {slow:7.1f} s   {slow / n:5.2f} s per example   failures {slow_failures}")
    print(f"fork runner:          {fast:7.1f} s   {(fast - fixed) / n:5.2f} s per example + {fixed:.1f} s start   failures {fast_failures}")
    print(f"ratio naive / runner: {slow / fast:7.2f}x")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
