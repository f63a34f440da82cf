"""Markdown pages: the one fence reader (indent-aware: fences in tabs, admonitions, lists), the
includes of snippet sections, and include expansion exactly as the site renders it."""
import re
from dataclasses import dataclass
from pathlib import Path

import markdown

from harness.config import config
from harness.paths import DOCS, ROOT

OPENING = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
TITLED = re.compile(r'^python title="(snippets/[^"]+\.py)"$')
INCLUDE = re.compile(r'^--8<-- "(snippets/[^":]+\.py)(?::([a-z0-9_]+))?"$')


def markdown_pages():
    """Every Markdown page under docs/ (the notebook-only pages in docs/_notebooks/ too)."""
    return sorted(p for p in DOCS.rglob("*.md") if "_hooks" not in p.parts)


@dataclass
class Fence:
    line: int  # 1-based, of the opening line
    info: str  # what follows the backticks: `python title="..."`
    body: list  # the lines inside, with the fence's indentation removed
    end: int  # 1-based, of the closing line (None when it never closes)

    @property
    def title(self):
        found = TITLED.match(self.info.strip())
        return found.group(1) if found else None


def fences(lines):
    """Every fenced block of a page, wherever it is indented."""
    i = 0
    while i < len(lines):
        opening = OPENING.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, ticks, info = opening.groups()
        close = next((j for j in range(i + 1, len(lines))
                      if lines[j].strip() == ticks and lines[j].startswith(indent)), None)
        body = [line[len(indent):] if line.startswith(indent) else line.lstrip()
                for line in lines[i + 1:close]]
        yield Fence(i + 1, info, body, None if close is None else close + 1)
        if close is None:
            return
        i = close + 1


@dataclass
class Include:
    page: Path
    line: int  # of the fence's opening line
    path: str  # snippets/..., relative to the repository
    section: object  # None for the whole file


def read_page(page):
    """(includes, errors) of one Markdown page; errors read 'docs/x.md:LINE: what is wrong'."""
    name = Path(page).relative_to(ROOT).as_posix()
    includes, errors = [], []
    lines = Path(page).read_text().splitlines()
    inside = set()
    for fence in fences(lines):
        inside.update(range(fence.line, (fence.end or len(lines)) + 1))
        if fence.end is None:
            errors.append(f"{name}:{fence.line}: a code fence that never closes")
            break
        body = [line.strip() for line in fence.body]
        include = INCLUDE.match(body[0]) if len(body) == 1 else None
        if not fence.title or not include:
            errors.append(
                f"{name}:{fence.line}: every code block must be a titled include of a tested snippet, "
                f'```python title="snippets/<page>/<file>.py" then --8<-- "snippets/<page>/<file>.py:<section>"; '
                f"found ```{fence.info.strip()} with {len(body)} line(s): {body[:2]}")
        elif fence.title != include.group(1):
            errors.append(f"{name}:{fence.line}: the title names {fence.title} "
                          f"but the block includes {include.group(1)}")
        else:
            includes.append(Include(Path(page), fence.line, include.group(1), include.group(2)))
    errors += [f"{name}:{n}: an include outside a code fence" for n, line in enumerate(lines, 1)
               if "--8<--" in line and n not in inside]
    return includes, errors


def expand(text):
    """The page's Markdown (front matter removed) with every include replaced, as the site renders it."""
    snippets_config = config()["mdx_configs"]["pymdownx.snippets"]
    md = markdown.Markdown(extensions=["pymdownx.snippets"],
                           extension_configs={"pymdownx.snippets": snippets_config})
    return md.preprocessors["snippet"].run(text.splitlines())


def expanded_blocks(text):
    """[(title, code)] of every titled fence of a page's Markdown, includes expanded."""
    return [(fence.title, "\n".join(fence.body)) for fence in fences(expand(text)) if fence.title]
