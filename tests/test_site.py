"""The site builds with --strict, and the post's old deep links still land."""
import re
from importlib.metadata import version
from pathlib import Path
from urllib.parse import unquote, urlparse

from bs4 import BeautifulSoup

from harness.config import config
from harness.paths import DOCS
from harness.site import POST_ANCHORS, HtmlPage

SITE_PATH = urlparse(config()["site_url"]).path  # e.g. /tensorflow-basics/


def test_post_anchors_are_headings_on_the_saver_page(site):
    page = HtmlPage(site / "saver" / "index.html")
    missing = [a for a in POST_ANCHORS if a not in page.ids]
    assert not missing, f"saver/index.html has no element with id {missing}: old links to the post break"


def built_html(site):
    return sorted(site.rglob("*.html"))


def test_no_asset_comes_from_another_host(site):
    """Fonts, scripts, styles and images all come from the site itself: it works offline."""
    problems = []
    for path in built_html(site):
        page = HtmlPage(path)
        text = path.read_text()
        external = [a for a in page.assets if urlparse(a).scheme in ("http", "https", "")
                    and urlparse(a).netloc]
        problems += [f"{path.relative_to(site)}: loads {a}" for a in external]
        for script in re.findall(r"<script[^>]*>(.*?)</script>", text, re.S):
            problems += [f"{path.relative_to(site)}: an inline script fetches {u}"
                         for u in re.findall(r"""(?:import\(|src\s*=\s*|fetch\()\s*["'](https?://[^"']+)""", script)]
        problems += [f"{path.relative_to(site)}: CSS loads {u}"
                     for u in re.findall(r"url\(\s*['\"]?(https?://[^)'\"]+)", text)]
    for css in site.rglob("*.css"):
        problems += [f"{css.relative_to(site)}: loads {u}" for u in
                     re.findall(r"(?:url\(\s*['\"]?|@import\s+['\"])(https?://[^)'\"]+)", css.read_text())]
    assert not problems, "\n".join(problems)


def test_no_script_holds_up_the_content(site):
    """A script loaded without `defer`/`async` stops the parser until it has arrived and run:
    nothing below it paints. Every such script comes after the page's article (Material's own
    load after the first paint, harness/theme/main.html; see harness/hooks.py MATHJAX_LOADER for
    one that came before)."""
    problems = []
    for path in built_html(site):
        text = path.read_text()
        end = text.rfind("</article>")
        if end < 0:
            continue
        for match in re.finditer(r"<script\b([^>]*)>", text[:end]):
            attrs = match.group(1)
            if "src=" in attrs and not re.search(r"\b(defer|async)\b|type=\"module\"", attrs):
                problems.append(f"{path.relative_to(site)}: {match.group(0)} comes before the "
                                "end of the article")
    assert not problems, "\n".join(problems)


def test_every_annotation_marker_has_its_note(site):
    """Material attaches a code block's `# (1)!` markers to the list right after the block; a
    list left elsewhere (outside a fold the block moved into) leaves the marker as plain text."""
    problems = []
    for path in built_html(site):
        text = path.read_text()
        if ")!" not in text:
            continue
        for block in BeautifulSoup(text, "html.parser").select("div.highlight"):
            markers = [int(n) for n in re.findall(r"# \((\d+)\)!", block.get_text())]
            if not markers:
                continue
            notes = block.find_next_sibling()
            count = len(notes.find_all("li", recursive=False)) if notes and notes.name == "ol" else 0
            if count < max(markers):
                title = block.select_one(".filename")
                problems.append(f"{path.relative_to(site)}: the block "
                                f"{title.get_text() if title else ''!r} has marker "
                                f"({max(markers)}) but {count} notes right after it")
    assert not problems, "\n".join(problems)


def test_every_link_and_anchor_resolves(site):
    ids = {}
    problems = []
    for path in built_html(site):
        page = HtmlPage(path)
        for href in page.links:
            url = urlparse(href)
            if url.scheme or url.netloc or href.startswith("mailto:"):
                continue  # links to other sites are not assets; the browser test blocks requests
            if url.path.startswith("/"):  # absolute (the 404 page): relative to the site's root
                target = site / unquote(url.path).removeprefix(SITE_PATH).lstrip("/")
            else:
                target = (path.parent / unquote(url.path)).resolve() if url.path else path
            if target.is_dir() or not target.suffix:
                target = target / "index.html"
            where = f"{path.relative_to(site)}: link {href!r}"
            if not target.is_file():
                problems.append(f"{where} leads to no file")
                continue
            if url.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = HtmlPage(target).ids
                if unquote(url.fragment) not in ids[target]:
                    problems.append(f"{where}: {target.relative_to(site)} has no id {url.fragment!r}")
    assert not problems, "\n".join(problems)


def test_old_urls_and_anchors_still_resolve(site):
    """Every page and anchor of tests/old_anchors.txt (what the site had before pages were
    reshaped) still lands: the page exists and holds the id."""
    problems = []
    for number, line in enumerate((Path(__file__).parent / "old_anchors.txt").read_text().splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        url, _, anchor = line.partition("#")
        page = site / url / "index.html"
        where = f"tests/old_anchors.txt:{number}: {line!r}"
        if not page.is_file():
            problems.append(f"{where}: the page is gone")
        elif anchor and anchor not in HtmlPage(page).ids:
            problems.append(f"{where}: the page has no such id (renamed heading? keep the old id "
                            f"with {{#{anchor}}})")
    assert not problems, "\n".join(problems)


def test_every_page_has_a_description_and_is_in_the_sitemap(site):
    sitemap = (site / "sitemap.xml").read_text()
    default = config()["site_description"]
    problems = []
    for path in sorted(site.rglob("index.html")):
        found = re.search(r'<meta name="description" content="([^"]*)"', path.read_text())
        if not found or found.group(1) in ("", default):
            problems.append(f"{path.relative_to(site)}: no description of its own "
                            "(add `description:` to the page's front matter)")
        loc = path.parent.relative_to(site).as_posix()
        if loc != "." and f"/{loc}/</loc>" not in sitemap:
            problems.append(f"{path.relative_to(site)}: not in sitemap.xml")
    assert not problems, "\n".join(problems)


def test_versions_table_on_the_home_page_is_what_is_installed():
    """The home page's table of versions names what the tests ran with."""
    rows = re.findall(r"^\| `([\w-]+)` \| ([\w.]+)", (DOCS / "index.md").read_text(), re.M)
    assert rows, "docs/index.md has no versions table (| `package` | version |)"
    wrong = [f"{name}: the page says {shown}, installed is {version(name)}" for name, shown in rows
             if version(name) != shown]
    assert not wrong, "docs/index.md: " + "; ".join(wrong)


def test_every_titled_block_says_where_it_ran(site):
    """Each titled code block carries `data-runs-on` (harness/versions.py); the first block of
    each file on a page carries the file's "runs on" line, the others only a note when they
    run otherwise somewhere."""
    problems = []
    for path in built_html(site):
        text = path.read_text()
        seen = set()
        for found in re.finditer(r'<div class="(?:language-python )?highlight"([^>]*)><span class="filename">'
                                 r'(snippets/[^<]+)</span>(.{0,60})', text):
            attributes, title, after = found.groups()
            if "data-runs-on=" not in attributes:
                problems.append(f"{path.relative_to(site)}: the block {title} has no data-runs-on")
            if title not in seen and not after.startswith('<p class="runs-on"'):
                problems.append(f"{path.relative_to(site)}: the first block of {title} has no runs-on line")
            if title in seen and after.startswith('<p class="runs-on"'):
                problems.append(f"{path.relative_to(site)}: a later block of {title} repeats the file's line")
            seen.add(title)
    assert not problems, "\n".join(problems[:20])


def test_navigation_labels_are_unique():
    """The phone's drawer shows labels without their sections: a guide and its errors page
    must not share a name."""
    labels = []

    def walk(items):
        for item in items:
            for label, target in item.items() if isinstance(item, dict) else [(None, item)]:
                if isinstance(target, list):
                    walk(target)
                elif label:
                    labels.append(label)
    walk(config()["nav"])
    repeated = sorted({label for label in labels if labels.count(label) > 1})
    assert not repeated, f"mkdocs.yml nav: labels used twice: {repeated}"
