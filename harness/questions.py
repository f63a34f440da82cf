"""The questions page (docs/questions.md): readers' questions, each a link to the section that
answers it. The search box's finder (assets/javascripts/error-finder.js) matches a typed
question against them, from assets/questions.json."""
import json
import re

from harness.paths import DOCS

PAGE = DOCS / "questions.md"
# `- [Question](page.md#anchor)`, optionally `· also asked: "wording"; "wording"` (readers' own
# words for the same question, from public threads).
QUESTION = re.compile(r'^- \[(.+)\]\(([\w/.-]+\.md)#([\w-]+)\)(?: · also asked: ((?:"[^"]+"(?:; )?)+))?\s*$')
HEADING = re.compile(r"^## (.+)$")


def questions():
    """[(topic, question as plain text, docs-relative page, anchor)], in the page's order, each
    wording of a question its own item. A list item that is not a question link is an error:
    the page holds nothing else in its lists."""
    found, topic = [], None
    for number, line in enumerate(PAGE.read_text().splitlines(), 1):
        if heading := HEADING.match(line):
            topic = heading.group(1)
        elif line.startswith("- "):
            match = QUESTION.match(line)
            if not match:
                raise ValueError(f"docs/questions.md:{number}: not `- [question](page.md#anchor)`: {line}")
            wordings = [re.sub(r"`([^`]*)`", r"\1", match.group(1))]
            wordings += re.findall(r'"([^"]+)"', match.group(4) or "")
            found += [(topic, text, match.group(2), match.group(3)) for text in wordings]
    return found


def location(page, anchor):
    """`troubleshooting/files.md`, `moved-folder` -> `troubleshooting/files/#moved-folder`."""
    path = page.removesuffix(".md")
    path = "" if path == "index" else path.removesuffix("/index")
    return f"{path}/#{anchor}".lstrip("/")


def questions_json(sections):
    """The finder's data: each wording with its section's location, heading and page title.
    `sections`: {location: (page title, heading)} of the built site."""
    found = []
    for topic, text, page, anchor in questions():
        where = location(page, anchor)
        if where not in sections:
            raise ValueError(f"docs/questions.md: {text!r} links to {page}#{anchor}, not a heading")
        page_title, heading = sections[where]
        found.append({"question": text, "topic": topic, "location": where, "page": page_title,
                      "title": heading})
    return json.dumps(found, indent=0)
