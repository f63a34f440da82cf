"""Benchmark: Lighthouse (mobile) on every page of the built site, served on loopback.

Run: .venv/bin/python tools/lighthouse.py
Installs npm `lighthouse@12` into .lighthouse/ on first use (13 needs a newer Node), builds the
site, runs Lighthouse with Debian's chromium on each page, and prints a score table. Goal:
performance >= 0.95; accessibility, best practices and SEO = 1.00. A benchmark, not a test.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import browser
from harness import site as sites
from harness.paths import ROOT

TOOL = ROOT / ".lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse():
    binary = TOOL / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "install", "--prefix", str(TOOL), "--no-audit", "--no-fund",
                        "lighthouse@12"], check=True, capture_output=True)
    return binary


def main():
    binary = lighthouse()
    site = Path(tempfile.mkdtemp(prefix="site-"))
    built = sites.build(site)
    if built.returncode:
        sys.exit(built.stderr[-3000:])
    base, server = browser.serve(site, compress=True)
    pages = [p.removesuffix("index.html").rstrip("/") or "." for p in sites.html_pages(site)]
    if len(sys.argv) > 1:  # only the pages named on the command line
        pages = [p for p in pages if p in sys.argv[1:]]
    env = dict(os.environ, CHROME_PATH=browser.CHROMIUM)
    print(f"{'page':24} " + " ".join(f"{c[:14]:>14}" for c in CATEGORIES) + "   failed audits")
    failing = 0
    for page in pages:
        url = base + ("" if page == "." else page + "/")
        report = site / "report.json"
        subprocess.run([str(binary), url, "--quiet", "--output=json", f"--output-path={report}",
                        "--only-categories=" + ",".join(CATEGORIES),
                        "--chrome-flags=" + " ".join(browser.FLAGS)],
                       env=env, check=True, capture_output=True)
        result = json.loads(report.read_text())
        scores = [result["categories"][c]["score"] for c in CATEGORIES]
        # Audits below 1 in the categories that must be perfect, to say what keeps a page down.
        weak = sorted({ref["id"] for c in CATEGORIES[1:] for ref in result["categories"][c]["auditRefs"]
                       if ref["weight"] and (result["audits"][ref["id"]]["score"] or 0) < 1})
        failing += scores[0] < 0.95 or any(s < 1 for s in scores[1:])
        print(f"{page if page != '.' else '(home)':24} " + " ".join(f"{s:14.2f}" for s in scores)
              + "   " + ", ".join(weak))
    server.shutdown()
    print(f"\n{len(pages)} pages, {failing} below the goal")


if __name__ == "__main__":
    main()
