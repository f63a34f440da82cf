"""The README's Python blocks run as a reader would copy them, with pytest-codeblocks, and print
what the README shows after `#>`."""
import pytest

from harness import runner, snippets
from harness.markdown import fences
from harness.paths import ROOT

README = ROOT / "README.md"
# Only pytest-codeblocks is loaded: other installed plugins are not part of the reader's setup.
DRIVER = """import os, sys, pytest
os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-p", "pytest_codeblocks.plugin",
                      "--codeblocks", "-c", "{ini}", "--rootdir", "{root}", "{md}"]))
"""
BLOCKS = ["\n".join(f.body) for f in fences(README.read_text().splitlines()) if f.info.strip() == "python"]


def as_codeblocks_markdown(code):
    """One untitled fence (pytest-codeblocks skips titled ones) and the output it must print."""
    expected = "".join(line + "\n" for line in snippets.shown_output(code))
    return (f"```python\n{code}\n```\n\n<!--pytest-codeblocks:expected-output-->\n"
            f"```\n{expected}```\n")


def test_readme_has_python_blocks():
    assert BLOCKS, "README.md shows no Python example"


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_readme_block_runs_as_shown(number, tmp_path):
    (tmp_path / "empty.ini").write_text("[pytest]\n")
    (tmp_path / "block.md").write_text(as_codeblocks_markdown(BLOCKS[number]))
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER.format(ini=tmp_path / "empty.ini", root=tmp_path, md=tmp_path / "block.md"))
    run = runner.run([driver])[driver.resolve()]
    # Exactly one block must be collected, and pass.
    assert run.status == "passed" and "1 passed" in run.stdout, f"README block {number + 1}:\n{run.stdout[-4000:]}"
