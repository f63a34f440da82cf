"""Benchmark: Lighthouse (mobile) on every page of the built site, served on loopback.

Run: .venv/bin/python tools/lighthouse.py [--runs 3] [--force] [PAGE ...]
Installs npm `lighthouse@12` into .lighthouse/ on first use (13 needs a newer Node), builds the
site, runs Lighthouse with Debian's chromium on each page `--runs` times, and prints the median
of each score and of the total blocking time. Goal: performance >= 0.95; accessibility, best
practices and SEO = 1.00. A benchmark, not a test.

Lighthouse slows the CPU 4x to stand for a phone, so what else runs on the machine changes the
figures by 0.1 and more: the tool refuses to start when the load average says the machine is
busy (--force measures anyway, and says so under the table).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import browser
from harness import site as sites
from harness.paths import ROOT

TOOL = ROOT / ".lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
BUSY = 0.5  # one-minute load average per core above which the figures are not worth much


def lighthouse():
    binary = TOOL / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "install", "--prefix", str(TOOL), "--no-audit", "--no-fund",
                        "lighthouse@12"], check=True, capture_output=True)
    return binary


def busy():
    load = os.getloadavg()[0]
    return load / (os.cpu_count() or 1) > BUSY, load


def run_once(binary, url, report, env):
    subprocess.run([str(binary), url, "--quiet", "--output=json", f"--output-path={report}",
                    "--only-categories=" + ",".join(CATEGORIES),
                    "--chrome-flags=" + " ".join(browser.FLAGS)],
                   env=env, check=True, capture_output=True)
    result = json.loads(report.read_text())
    scores = [result["categories"][c]["score"] for c in CATEGORIES]
    tbt = result["audits"]["total-blocking-time"]["numericValue"]
    # Audits below 1 in the categories that must be perfect, to say what keeps a page down.
    weak = {ref["id"] for c in CATEGORIES[1:] for ref in result["categories"][c]["auditRefs"]
            if ref["weight"] and (result["audits"][ref["id"]]["score"] or 0) < 1}
    return scores, tbt, weak


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="only these pages (as in the table)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--force", action="store_true", help="measure on a busy machine too")
    args = parser.parse_args(argv)
    is_busy, load = busy()
    if is_busy and not args.force:
        sys.exit(f"the machine is busy (load average {load:.1f} on {os.cpu_count()} cores): "
                 "Lighthouse's 4x CPU slowdown would measure that, not the pages. Wait until it "
                 "is quiet, or pass --force.")
    binary = lighthouse()
    site = Path(tempfile.mkdtemp(prefix="site-"))
    built = sites.build(site)
    if built.returncode:
        sys.exit(built.stderr[-3000:])
    base, server = browser.serve(site, compress=True)
    pages = [p.removesuffix("index.html").rstrip("/") or "." for p in sites.html_pages(site)]
    if args.pages:
        pages = [p for p in pages if p in args.pages or (p == "." and "(home)" in args.pages)]
    env = dict(os.environ, CHROME_PATH=browser.CHROMIUM)
    print(f"median of {args.runs} runs per page")
    print(f"{'page':28} " + " ".join(f"{c[:14]:>14}" for c in CATEGORIES) + "  TBT ms   failed audits",
          flush=True)
    failing, loads = 0, [load]
    for page in pages:
        url = base + ("" if page == "." else page + "/")
        runs = []
        for _ in range(args.runs):
            runs.append(run_once(binary, url, site / "report.json", env))
            loads.append(os.getloadavg()[0])
        scores = [statistics.median(r[0][i] for r in runs) for i in range(len(CATEGORIES))]
        tbt = statistics.median(r[1] for r in runs)
        weak = sorted(set().union(*(r[2] for r in runs)))
        failing += scores[0] < 0.95 or any(s < 1 for s in scores[1:])
        print(f"{page if page != '.' else '(home)':28} " + " ".join(f"{s:14.2f}" for s in scores)
              + f"  {tbt:6.0f}   " + ", ".join(weak), flush=True)
    server.shutdown()
    print(f"\n{len(pages)} pages, {failing} below the goal; load average during the runs "
          f"{min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores"
          + (" (BUSY: --force)" if is_busy else ""))


if __name__ == "__main__":
    main()
