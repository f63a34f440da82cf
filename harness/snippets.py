"""Snippet files: their named sections, the `#>` lines that claim what they print, and the
updater that rewrites those lines from a real run."""
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from harness.paths import SNIPPETS, rel

MARKER = re.compile(r"^\s*# --8<-- \[(start|end):([a-z0-9_]+)\]\s*$")
OUTPUT = re.compile(r"^(\s*)#>(?: (.*))?$")


def files():
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


def expected_lines(text):
    """(line number, text) of every `#>` line of a program's text: what it claims to print."""
    return [(n, m.group(2) or "") for n, line in enumerate(text.splitlines(), 1) if (m := OUTPUT.match(line))]


def shown_output(code):
    """The lines a block of code shows after `#>`: what it claims to print."""
    return [m.group(2) or "" for line in code.splitlines() if (m := OUTPUT.match(line))]


@dataclass
class Snippet:
    path: Path
    lines: list = field(default_factory=list)
    sections: dict = field(default_factory=dict)  # name -> (first, last) 1-based, markers excluded
    expected: list = field(default_factory=list)  # (line number, text) of every `#>` line
    errors: list = field(default_factory=list)  # "file:line: what is wrong"

    def section_text(self, name=None):
        """What pymdownx.snippets shows for a section (dedented), or for the whole file."""
        if name is None:
            return "\n".join(line for line in self.lines if not MARKER.match(line)).strip("\n")
        first, last = self.sections[name]
        return textwrap.dedent("\n".join(self.lines[first - 1:last])).strip("\n")


def parse(path):
    snip = Snippet(Path(path), Path(path).read_text().splitlines())
    name_of = rel(path)
    open_at = {}
    for number, line in enumerate(snip.lines, 1):
        marker = MARKER.match(line)
        if marker:
            kind, name = marker.groups()
            if kind == "start":
                if name in open_at or name in snip.sections:
                    snip.errors.append(f"{name_of}:{number}: section '{name}' starts twice")
                open_at[name] = number
            elif name not in open_at:
                snip.errors.append(f"{name_of}:{number}: section '{name}' ends but never started")
            else:
                snip.sections[name] = (open_at.pop(name) + 1, number - 1)
            continue
        if "--8<--" in line:
            snip.errors.append(f"{name_of}:{number}: malformed section marker {line.strip()!r}")
        out = OUTPUT.match(line)
        if out:
            snip.expected.append((number, out.group(2) or ""))
    for name, number in open_at.items():
        snip.errors.append(f"{name_of}:{number}: section '{name}' never ends")
    # A line outside every section is never shown on a page, so the blocks of a page
    # would not add up to the program that the tests run.
    for number, line in enumerate(snip.lines, 1):
        inside = any(a - 1 <= number <= b + 1 for a, b in snip.sections.values())
        if line.strip() and not inside:
            snip.errors.append(f"{name_of}:{number}: line outside every section: {line.strip()!r}")
    return snip


def compare(snip, stdout):
    """A message naming the first differing `#>` line, or None when all match."""
    printed = stdout.splitlines()
    name = rel(snip.path)
    for i, (number, want) in enumerate(snip.expected):
        got = printed[i] if i < len(printed) else None
        if got != want:
            shown = "nothing more" if got is None else repr(got)
            return (f"{name}:{number}: the page shows {want!r} but the program printed {shown}\n"
                    f"(refresh with `bash .ci/run --update-outputs`, then read the diff)\n"
                    f"--- whole output ---\n{stdout}")
    if len(printed) > len(snip.expected):
        extra = printed[len(snip.expected)]
        last = snip.expected[-1][0] if snip.expected else 1
        return (f"{name}:{last}: the program printed {extra!r} after the last `#>` line; "
                f"add a `#>` line after the print that wrote it, then `--update-outputs`\n"
                f"--- whole output ---\n{stdout}")
    return None


class UpdateRefused(Exception):
    pass


def output_blocks(lines):
    """[(first, last)] 1-based line ranges of each run of consecutive `#>` lines."""
    blocks, start = [], None
    for number, line in enumerate(lines + [""], 1):
        if OUTPUT.match(line):
            start = start or number
        elif start:
            blocks.append((start, number - 1))
            start = None
    return blocks


def updated(path, writes, stdout):
    """The file's text with every `#>` run replaced by what the statements before it printed.

    `writes` is [(line, text)]: each write to sys.stdout with the line of the top-level
    statement that was running. Output goes to the first `#>` run after that line; a print
    with no `#>` run after it is refused (add one `#>` line after it)."""
    name = rel(path)
    if "".join(text for _, text in writes) != stdout:
        raise UpdateRefused(f"{name}: part of the output did not go through sys.stdout "
                            "(a subprocess or C code wrote it); update its `#>` lines by hand")
    lines = Path(path).read_text().splitlines()
    blocks = output_blocks(lines)
    chunks = {block: "" for block in blocks}
    for line, text in writes:
        block = next((b for b in blocks if b[0] > line), None)
        if block is None:
            raise UpdateRefused(f"{name}:{line}: this line prints {text!r} but no `#>` line "
                                "follows it; add one after it")
        chunks[block] += text
    new = []
    previous_end = 0
    for (first, last) in blocks:
        new += lines[previous_end:first - 1]
        indent = OUTPUT.match(lines[first - 1]).group(1)
        printed = chunks[(first, last)].split("\n")
        if printed[-1] == "":
            printed.pop()
        new += [f"{indent}#> {text}" if text else f"{indent}#>" for text in printed]
        previous_end = last
    new += lines[previous_end:]
    return "\n".join(new) + "\n"
