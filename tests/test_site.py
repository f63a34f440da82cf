"""The site builds with --strict, and the post's old deep links still land."""
import sitelib

# The post's anchors, plus the two of the tutorial it was copied from: all on one page.
POST_ANCHORS = ["ckpt", "what", "saving", "import", "working", "VGG"]


def test_post_anchors_are_headings_on_the_saver_page(site):
    page = sitelib.Page(site / "saver" / "index.html")
    missing = [a for a in POST_ANCHORS if a not in page.ids]
    assert not missing, f"saver/index.html has no element with id {missing}: old links to the post break"
