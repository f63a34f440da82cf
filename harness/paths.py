"""Where things are in the repository."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
SITE = ROOT / "site"  # the tests build here, and CI publishes what they built


def rel(path):
    """A path relative to the repository, for messages: `snippets/saver/save.py`."""
    path = Path(path).resolve()
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
