"""The reader's guarantee: copy a page's blocks of one file, in order, into a fresh interpreter
in an empty folder, and they print exactly what the page shows. pytest-codeblocks runs them."""
from collections import defaultdict
import pytest

import notebooklib
import pagelib
import snippetlib

# Only pytest-codeblocks is loaded: other installed plugins are not part of the reader's setup.
DRIVER = """import os, sys, pytest
os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "pytest_codeblocks.plugin",
                      "--codeblocks", "-c", "{ini}", "--rootdir", "{root}", "{md}"]))
"""


def reader_markdown(blocks):
    """The blocks of one file as pytest-codeblocks reads them: untitled fences (it skips titled
    ones), joined with `cont`, followed by what the page shows after `#>`."""
    parts, expected = [], []
    for i, code in enumerate(blocks):
        if i:
            parts.append("<!--pytest-codeblocks:cont-->\n")
        parts.append(f"```python\n{code}\n```\n")
        expected += snippetlib.shown_output(code)
    parts.append("<!--pytest-codeblocks:expected-output-->\n")
    parts.append("```\n" + "".join(line + "\n" for line in expected) + "```\n")
    return "\n".join(parts)


def readme_blocks():
    """The Python fences of README.md, as a reader would copy them (indentation removed)."""
    blocks, lines = [], iter((snippetlib.ROOT / "README.md").read_text().splitlines())
    for line in lines:
        if line.strip() == "```python":
            indent = line[:len(line) - len(line.lstrip())]
            code = []
            for inner in lines:
                if inner.strip() == "```":
                    break
                code.append(inner[len(indent):])
            blocks.append(code and "\n".join(code))
    return blocks


def cases():
    readme = snippetlib.ROOT / "README.md"
    for code in readme_blocks():
        yield readme, "README.md python block", [code]
    for page in pagelib.pages():
        grouped = defaultdict(list)
        for title, code in notebooklib.expanded_blocks(page):
            grouped[title].append(code)
        for title, blocks in grouped.items():
            yield page, title, blocks


CASES = list(cases())


@pytest.fixture(scope="module")
def reader_runs(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("reader")
    (scratch / "empty.ini").write_text("[pytest]\n")
    drivers = {}
    for i, (page, title, blocks) in enumerate(CASES):
        md = scratch / f"case{i}.md"
        md.write_text(reader_markdown(blocks))
        driver = scratch / f"case{i}.py"
        driver.write_text(DRIVER.format(ini=scratch / "empty.ini", root=scratch, md=md))
        drivers[(page, title)] = driver
    runs = snippetlib.run_snippets(list(drivers.values()))
    return {key: runs[driver.resolve()] for key, driver in drivers.items()}


def test_every_page_block_is_covered():
    shown = sum(len(pagelib.read_page(p)[0]) for p in pagelib.pages())
    shown += sum(line.strip() == "```python"
                 for line in (snippetlib.ROOT / "README.md").read_text().splitlines())
    expanded = sum(len(blocks) for _, _, blocks in CASES)
    assert expanded == shown, f"{shown} blocks on the pages, {expanded} expanded for the reader test"


@pytest.mark.parametrize("page,title,blocks", CASES,
                         ids=[f"{snippetlib.rel(p)}:{t}" for p, t, _ in CASES])
def test_page_blocks_run_as_shown(page, title, blocks, reader_runs):
    run = reader_runs[(page, title)]
    where = f"{snippetlib.rel(page)}, blocks titled {title}"
    # pytest-codeblocks merges `cont` blocks into one test: exactly one must be collected and pass.
    if run.status != "passed" or "1 passed" not in run.stdout:
        pytest.fail(f"{where}: {run.status}\n{run.stdout[-4000:]}\n{run.stderr[-2000:]}",
                    pytrace=False)
