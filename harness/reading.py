"""Measures of the built site as a reader sees it (scripts run in Chromium), shared by
tests/test_reading.py and tools/reading.py."""

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
MAX_PHONE_SCREENS = 25

# Each code block whose text is wider than its box (it scrolls sideways): "page: first line".
SCROLLING_CODE = """() => [...document.querySelectorAll('.md-content pre > code')]
  .filter(c => c.scrollWidth > c.clientWidth + 1)
  .map(c => {
    const text = c.closest('[data-copy]')?.dataset.copy ?? c.innerText;  // the code, not its notes
    return text.split('\\n').find(l => l.length > 79 && !l.trim().startsWith('#>')) || text.slice(0, 79);
  })"""

# Each table wider than the column it sits in (its scroll box scrolls, or it sticks out).
WIDE_TABLES = """() => {
  const column = document.querySelector('.md-content__inner').getBoundingClientRect();
  return [...document.querySelectorAll('.md-content table')].filter(t => {
    const wrap = t.closest('.md-typeset__scrollwrap') || t;
    return t.scrollWidth > t.clientWidth + 1 || wrap.scrollWidth > wrap.clientWidth + 1
      || t.getBoundingClientRect().right > column.right + 1;
  }).map(t => (t.querySelector('tr') || t).innerText.replace(/\\s+/g, ' ').slice(0, 80));
}"""

# Each inline code span that a line break cuts between two identifier characters
# (`tf.train.Checkpoin|t`, `var_|list`); a break after `.`, `/`, `,` or a space is fine.
BROKEN_NAMES = """() => {
  const word = /[A-Za-z0-9_]/, out = [];
  for (const code of document.querySelectorAll('.md-content :not(pre) > code')) {
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let node; (node = walker.nextNode());) {
      for (let i = 0; i < node.length; i++) chars.push([node, i]);
    }
    const range = document.createRange();
    let before = null;
    for (const [node, i] of chars) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      const ch = node.data[i];
      if (rect && before && rect.top > before.top + rect.height / 2
          && word.test(before.ch) && word.test(ch)) {
        out.push(code.textContent.slice(0, 60));
        break;
      }
      if (rect) before = {top: rect.top, ch};
    }
  }
  return out;
}"""


# Where the page's "In short" admonition ends, and how tall the page is, in CSS pixels. Code
# blocks off screen are not rendered (site.css, `content-visibility: auto`) and count as a 12em
# placeholder until scrolled to: the page is measured with every block rendered, as a reader
# scrolling through it sees it.
LAYOUT = """() => {
  for (const block of document.querySelectorAll('.md-typeset div.highlight')) {
    block.style.contentVisibility = 'visible';
  }
  const titles = [...document.querySelectorAll('.md-content .admonition-title, .md-content summary')];
  const short = titles.find(t => t.textContent.trim() === 'In short');
  const box = short && short.parentElement.getBoundingClientRect();
  return {short: box ? box.bottom + window.scrollY : null,
          height: document.documentElement.scrollHeight};
}"""


HOME_FIRST_SCREEN = """() => [...document.querySelectorAll('.home-paste, .home-paths')]
  .map(e => ({name: e.className, bottom: e.getBoundingClientRect().bottom + window.scrollY}))"""
