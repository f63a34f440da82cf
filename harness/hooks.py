"""The MkDocs hook (mkdocs.yml `hooks:`): notebooks, the error index, the "runs on" lines."""
import re
import tempfile
from html import escape, unescape
from pathlib import Path

import nbformat
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from harness import jupyter_css, notebooks, questions, snippets, troubleshooting, versions
from harness.config import front_matter
from harness.markdown import read_page
from harness.paths import ROOT


@event_priority(100)  # before mkdocs-jupyter looks for notebooks
def on_files(files, config):
    scratch = Path(tempfile.mkdtemp(prefix="notebooks-"))
    for source in sorted(notebooks.NOTEBOOK_PAGES.glob("*.md")):
        name = source.with_suffix(".ipynb").name
        (scratch / name).write_text(nbformat.writes(notebooks.notebook_for(source)))
        files.append(File(name, str(scratch), config["site_dir"], config["use_directory_urls"]))
    for file in list(files.documentation_pages()):
        if file.abs_src_path and notebooks.wants_notebook(Path(file.abs_src_path)):
            files.append(File.generated(config, notebooks.download_path(file.src_uri),
                                        content=nbformat.writes(notebooks.notebook_for(
                                            Path(file.abs_src_path)))))
    files.append(File.generated(config, "assets/errors.json", content=troubleshooting.error_index_json()))
    files.append(File.generated(config, "version-notes.md", content=versions.version_notes_markdown()))
    return files


def on_page_markdown(markdown_text, page, config, files):
    if page.file.abs_src_path and Path(page.file.abs_src_path) == troubleshooting.INDEX:
        # Out of the search index: a pasted error should land on its entry, not on this table.
        table = troubleshooting.index_table()
        markdown_text = markdown_text.replace(
            troubleshooting.MARKER, f'<div markdown class="error-index" data-search-exclude>\n\n{table}\n\n</div>')
    if page.meta.get("notebook"):
        link = Path(notebooks.download_path(page.file.src_uri)).relative_to(
            Path(page.file.src_uri).parent).as_posix()
        button = (f"[Download this page as a notebook]({link})"
                  f'{{ .md-button download="{Path(link).name}" }}\n\n')
        markdown_text = re.sub(r"^(# .*\n)", lambda m: m.group(1) + "\n" + button, markdown_text,
                               count=1, flags=re.M)
    return markdown_text


TITLED_BLOCK = re.compile(r'(<div class="(?:language-python )?highlight")(><span class="filename">'
                          r'(snippets/[^<]+\.py)</span>)')


SECTIONS = {}  # location -> (page title, heading): what the questions page's links name


def on_page_content(html, page, config, files):
    """Each file says once, on its first block, on which TensorFlow releases it runs as shown,
    and each block that runs otherwise somewhere says so under its title (versions/, the
    matrix). The page's includes, in order, tell which section each titled block shows."""
    stack = list(page.toc)
    while stack:
        item = stack.pop()
        SECTIONS[f"{page.url}#{item.id}"] = (unescape(re.sub(r"<[^>]+>", "", page.title or "")),
                                            unescape(re.sub(r"<[^>]+>", "", item.title)))
        stack += item.children
    includes = []
    if page.file.abs_src_path and page.file.abs_src_path.endswith(".md"):
        includes = read_page(Path(page.file.abs_src_path))[0]
    ranges, seen, count = {}, {}, iter(range(10 ** 6))
    for include in includes:
        snip = snippets.parse(ROOT / include.path)
        whole = (1, len(snip.lines))
        ranges.setdefault(include.path, []).append(
            snip.sections.get(include.section, whole) if include.section else whole)

    def mark(match):
        path = match.group(3)
        n = next(count)
        if n < len(includes) and includes[n].path == path:
            index = seen[path] = seen.get(path, -1) + 1
            return versions.mark_block(path, match.group(1), match.group(2), ranges[path], index,
                                       first=index == 0)
        return versions.mark_block(path, match.group(1), match.group(2))

    html = TITLED_BLOCK.sub(mark, html)
    html = OUTPUT_COMMENT.sub(r'\1<span class="c1 output">\2\3</span>', html)
    html = CODE_BLOCK.sub(with_copy_text, html)
    return INLINE_CODE.sub(lambda m: m.group(1) + BREAK_AFTER.sub(r"\1<wbr>", m.group(2)) + "</code>",
                           html)


# Inline code may break only after a dot, slash, comma, "=" or "(" (between names, never inside one);
# the stylesheet turns off Material's break-anywhere.
INLINE_CODE = re.compile(r"(?<!<pre>)(?<!</span>)(<code>)([^<]*)</code>")
BREAK_AFTER = re.compile(r"([./,=(](?!$))")

CODE_BLOCK = re.compile(r'(<div class="(?:language-\w+ )?highlight")(.*?<pre[^>]*>(?:<span></span>)?<code>)'
                        r'(.*?)(</code></pre>)', re.S)
ANNOTATION = re.compile(r"\s*# \(\d+\)!\s*$")


def with_copy_text(match):
    """The block with `data-copy`: what its copy button copies (Material reads the attribute),
    the program exactly, without annotation markers and the spaces before them."""
    text = unescape(re.sub(r"<[^>]+>", "", match.group(3)))
    lines = [ANNOTATION.sub("", line).rstrip() for line in text.split("\n")]
    copy = escape("\n".join(lines).strip("\n"), quote=True)
    return f'{match.group(1)} data-copy="{copy}"{match.group(2)}{match.group(3)}{match.group(4)}'


# A `#>` comment (what the example printed), with the indentation before it: the stylesheet
# wraps it at the column's edge, while the copy button copies the line as it is.
OUTPUT_COMMENT = re.compile(r'(^|<code>)( *)<span class="c1">(#&gt;[^<]*)</span>', re.M)


def on_page_context(context, page, config, nav):
    """Notebook pages take their description from their Markdown source's front matter."""
    source = notebooks.NOTEBOOK_PAGES / Path(page.file.src_uri).with_suffix(".md").name
    if page.file.src_uri.endswith(".ipynb") and source.is_file():
        description = front_matter(source)[0].get("description")
        if description:
            page.meta["description"] = description
    return context


MERMAID_LOADER = re.compile(r'<script type="module">\s*document\.addEventListener\("DOMContentLoaded",'
                            r' async \(\) => \{\s*const diagrams = document\.querySelectorAll'
                            r'\("\.jp-Mermaid.*?</script>', re.S)


# nbconvert's template loads MathJax (here a local no-op, mkdocs.yml `custom_mathjax_url`) with a
# parser-blocking script in the middle of the page, before the notebook's cells: nothing below it
# paints until it has loaded. The site has no formulas, so the loader and its config go.
MATHJAX_LOADER = re.compile(r'<script src="[^"]*no-mathjax\.js">\s*</script>\s*'
                            r'<!-- MathJax configuration -->.*?<!-- End of mathjax configuration -->',
                            re.S)

# nbconvert's copy buttons come with two inline scripts placed before the cells: the parser may
# paint what it has there and only paint the cells after Material's scripts at the end have
# run. Moved after the cells (a custom element works once defined, wherever that happens).
CLIPBOARD_SCRIPTS = re.compile(r"<script>\s*\(function \(global, factory\).*?</script>\s*"
                               r"<script>\s*document\.addEventListener\('clipboard-copy'.*?</script>",
                               re.S)


# The search box takes a pasted error too (assets/javascripts/error-finder.js): it says so.
SEARCH_INPUT = re.compile(r'(<input type="text" class="md-search__input"[^>]*?) aria-label="Search"'
                          r' placeholder="Search"')
SEARCH_INVITE = ' aria-label="Search, or paste an error message" placeholder="Search, or paste an error"'


def on_post_page(output, page, config):
    # nbconvert's template would import Mermaid from a CDN; no page here has a diagram.
    output = MERMAID_LOADER.sub("", output)
    output, found = SEARCH_INPUT.subn(lambda m: m.group(1) + SEARCH_INVITE, output)
    if not found:
        raise ValueError(f"{page.file.src_uri}: no search box found to invite a pasted error "
                         "(has Material's search partial changed?)")
    if page.file.src_uri.endswith(".ipynb"):
        output, found = MATHJAX_LOADER.subn("", output)
        if not found:
            raise ValueError(f"{page.file.src_uri}: nbconvert's MathJax loader not found "
                             "(has mkdocs-jupyter's template changed?)")
        scripts = CLIPBOARD_SCRIPTS.search(output)
        if not scripts or "</article>" not in output:
            raise ValueError(f"{page.file.src_uri}: nbconvert's copy-button scripts not found "
                             "(has mkdocs-jupyter's template changed?)")
        output = output.replace(scripts.group(0), "", 1).replace(
            "</article>", scripts.group(0) + "</article>", 1)
        output = jupyter_css.prune_styles(output)
    return output



def on_post_template(output, template_name, config):
    """The 404 page (a static template, not a page) has the search box too."""
    return SEARCH_INPUT.sub(lambda m: m.group(1) + SEARCH_INVITE, output)


def on_post_build(config):
    """The questions page's data, with the headings its links land on (assets/questions.json)."""
    (Path(config["site_dir"]) / "assets" / "questions.json").write_text(questions.questions_json(SECTIONS))
