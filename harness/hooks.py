"""The MkDocs hook (mkdocs.yml `hooks:`): notebooks, the error index, the "runs on" lines."""
import re
import tempfile
from pathlib import Path

import nbformat
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from harness import notebooks, troubleshooting, versions
from harness.config import front_matter


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
            troubleshooting.MARKER, f'<div markdown data-search-exclude>\n\n{table}\n\n</div>')
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


def on_page_content(html, page, config, files):
    """Each titled block says on which TensorFlow releases its file ran (versions/, the matrix)."""
    return TITLED_BLOCK.sub(lambda m: versions.mark_block(m.group(3), m.group(1), m.group(2)), html)


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


def on_post_page(output, page, config):
    # nbconvert's template would import Mermaid from a CDN; no page here has a diagram.
    return MERMAID_LOADER.sub("", output)

