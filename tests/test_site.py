"""The site builds with --strict, and the post's old deep links still land."""
import pytest

import sitelib

# The post's anchors, plus the two of the tutorial it was copied from: all on one page.
POST_ANCHORS = ["ckpt", "what", "saving", "import", "working", "VGG"]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    destination = tmp_path_factory.mktemp("site")
    result = sitelib.build(destination)
    if result.returncode != 0:
        problems = [l for l in result.stderr.splitlines() if l.startswith(("WARNING", "ERROR"))]
        pytest.fail("mkdocs build --strict failed:\n" + "\n".join(problems or [result.stderr[-5000:]]),
                    pytrace=False)
    return destination


def test_post_anchors_are_headings_on_the_saver_page(site):
    page = sitelib.Page(site / "saver" / "index.html")
    missing = [a for a in POST_ANCHORS if a not in page.ids]
    assert not missing, f"saver/index.html has no element with id {missing}: old links to the post break"
