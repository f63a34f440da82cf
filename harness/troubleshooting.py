"""Troubleshooting entries: one `### message {#id}` heading per problem, on the area pages under
docs/troubleshooting/, and the index page's table of every error, generated from them."""
import json
import re
from dataclasses import dataclass, field

from harness import snippets
from harness.config import config
from harness.markdown import read_page
from harness.paths import DOCS, ROOT

FOLDER = DOCS / "troubleshooting"
INDEX = FOLDER / "index.md"
MARKER = "<!-- error-index: the hook fills this table from the area pages -->"
HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s*\{#([\w-]+)\})?\s*$")


def area_pages():
    """The area pages, in the order of the site's navigation."""
    order = re.findall(r"troubleshooting/(\w+)\.md", str(config()["nav"]))
    pages = [FOLDER / f"{name}.md" for name in order if name != "index"]
    unlisted = sorted(set(FOLDER.glob("*.md")) - set(pages) - {INDEX})
    return pages + unlisted  # an unlisted page fails the build's nav check, not this


@dataclass
class Entry:
    page: object
    anchor: str
    title: str  # the heading's text, Markdown
    line: int
    includes: list = field(default_factory=list)
    text: str = ""  # the entry's Markdown, heading to next heading

    @property
    def location(self):
        return f"troubleshooting/{self.page.stem}/#{self.anchor}"


def entries(page):
    """The entries of one area page: `###` headings with an id and at least one block."""
    lines = page.read_text().splitlines()
    headings = [(n, m) for n, line in enumerate(lines, 1) if (m := HEADING.match(line))]
    found = []
    for i, (number, match) in enumerate(headings):
        end = headings[i + 1][0] - 1 if i + 1 < len(headings) else len(lines)
        if match.group(1) == "###" and match.group(3):
            found.append(Entry(page, match.group(3), match.group(2), number,
                               text="\n".join(lines[number - 1:end])))
    for include in read_page(page)[0]:
        owners = [e for e in found if e.line < include.line]
        if owners and include.line <= owners[-1].line + owners[-1].text.count("\n"):
            owners[-1].includes.append(include)
    return [e for e in found if e.includes]


def all_entries():
    return [entry for page in area_pages() for entry in entries(page)]


def index_table():
    """Markdown: per area (a heading linking its page), one row per entry in the order of its
    message, the message linked to the entry. Each row's link carries the entry's id, so the
    old one-page links (`troubleshooting/#key-not-found`) land on its row."""
    parts = []
    for page in area_pages():
        area = area_title(page)
        rows = sorted(entries(page), key=lambda e: CODE_SPAN.sub(r"\2", e.title).strip("`'\" ").lower())
        parts += [f"### [{area}]({page.name}) {{#area-{page.stem}}}", "", "| Error or symptom |", "| --- |"]
        parts += [f"| [{entry.title.replace('|', chr(92) + '|')}]({page.name}#{entry.anchor})"
                  f"{{#{entry.anchor}}} |" for entry in rows]
        parts.append("")
    return "\n".join(parts)


CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.S)  # `x` or ``x with ` in it``


def messages(entry):
    """What a reader may paste for this entry: the message its problem block prints (the longest
    line), and the wordings quoted in its heading and in the text above its first block (older
    releases' wordings, the message as users report it)."""
    first = entry.includes[0]
    snip = snippets.parse(ROOT / first.path)
    a, b = snip.sections[first.section] if first.section else (1, len(snip.lines))
    printed = [text for number, text in snip.expected if a <= number <= b]
    # Up to the first code block, however indented (reproductions are folded, and older
    # wordings may sit in the fold above it).
    intro = re.split(r"\n[ \t]*```", entry.text, maxsplit=1)[0]
    quoted = [span.strip() for _, span in CODE_SPAN.findall(intro) if len(span.split()) >= 3]
    return [max(printed, key=len)] + quoted if printed else quoted


EXCEPT = re.compile(r"^\s*except\s+\(?([\w., \n]+?)\)?(?:\s+as\s+\w+)?\s*:", re.M)


def classes(entry):
    """The exception classes the entry's problem block catches (`except tf.errors.NotFoundError`
    -> `NotFoundError`), and those its text above the first block names in code (what older
    releases raised): the error finder is sure of a paste only when its class agrees. None
    for an entry whose problem is a warning, a log line or a silent failure."""
    first = entry.includes[0]
    snip = snippets.parse(ROOT / first.path)
    a, b = snip.sections[first.section] if first.section else (1, len(snip.lines))
    code = "\n".join(snip.lines[a - 1:b])
    names = {name.strip().split(".")[-1] for group in EXCEPT.findall(code) for name in group.split(",")}
    if names - {"AssertionError", ""}:  # an error, not a silent failure that an assert shows
        intro = re.split(r"\n[ \t]*```", entry.text, maxsplit=1)[0]
        names |= {name for _, span in CODE_SPAN.findall(intro) for name in ERROR_CLASS.findall(span)}
    return sorted(name for name in names if name and name != "AssertionError") or None


ERROR_CLASS = re.compile(r"\b[A-Z]\w*(?:Error|Exception)\b")


def area_title(page):
    return HEADING.match(next(line for line in page.read_text().splitlines()
                              if line.startswith("# "))).group(2)


def error_index_json():
    """The data of the search box's error finder (docs/assets/javascripts/error-finder.js)."""
    return json.dumps([{"location": entry.location, "title": CODE_SPAN.sub(r"\2", entry.title),
                        "area": area_title(entry.page), "classes": classes(entry),
                        "messages": messages(entry)} for entry in all_entries()], indent=0)
