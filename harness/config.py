"""mkdocs.yml, loaded once (MkDocs' own loader: the hook module it holds is the one the build runs)."""
import functools
import os

from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from harness.paths import ROOT


@functools.cache
def config():
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    return load_config(str(ROOT / "mkdocs.yml"))


def front_matter(path):
    """(meta dict, Markdown without its front matter) of a Markdown page, as MkDocs reads it."""
    text, meta = get_data(path.read_text())
    return meta, text
