"""Read the Markdown pages: their fences, and the snippet sections each fence includes."""
import re
from dataclasses import dataclass
from pathlib import Path

from snippetlib import DOCS, ROOT

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
TITLED = re.compile(r'^python title="(snippets/[^"]+\.py)"$')
INCLUDE = re.compile(r'^--8<-- "(snippets/[^":]+\.py)(?::([a-z0-9_]+))?"$')


def pages():
    return sorted(DOCS.rglob("*.md"))


@dataclass
class Include:
    page: Path
    line: int  # of the fence's opening line
    path: str  # snippets/..., relative to the repository
    section: object  # None for the whole file


def read_page(page):
    """Return (includes, errors) for one page; errors read 'docs/x.md:LINE: what is wrong'."""
    name = Path(page).relative_to(ROOT).as_posix()
    includes, errors = [], []
    lines = Path(page).read_text().splitlines()
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            if "--8<--" in lines[i]:
                errors.append(f"{name}:{i + 1}: an include outside a code fence")
            i += 1
            continue
        indent, ticks, info = opening.groups()
        close = next((j for j in range(i + 1, len(lines))
                      if lines[j].strip() == ticks and lines[j].startswith(indent)), None)
        if close is None:
            errors.append(f"{name}:{i + 1}: a code fence that never closes")
            break
        body = [line.strip() for line in lines[i + 1:close]]
        titled = TITLED.match(info.strip())
        include = INCLUDE.match(body[0]) if len(body) == 1 else None
        if not titled or not include:
            errors.append(
                f"{name}:{i + 1}: every code block must be a titled include of a tested snippet, "
                f'```python title="snippets/<page>/<file>.py" then --8<-- "snippets/<page>/<file>.py:<section>"; '
                f"found ```{info.strip()} with {len(body)} line(s): {body[:2]}")
        elif titled.group(1) != include.group(1):
            errors.append(f"{name}:{i + 1}: the title names {titled.group(1)} "
                          f"but the block includes {include.group(1)}")
        else:
            includes.append(Include(Path(page), i + 1, include.group(1), include.group(2)))
        i = close + 1
    return includes, errors
