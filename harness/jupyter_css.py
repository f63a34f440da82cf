"""The notebook page's stylesheet, cut to what the page uses.

mkdocs-jupyter inlines JupyterLab's whole stylesheet (about 570 KB) in the page: a phone parses
it and matches every rule against the page before it can paint (Lighthouse: the walkthrough's
largest paint came 1.5 s after the first). Most of it styles widgets the page does not have.
A rule is kept when one of its selectors names only classes that occur in the page (rules
without classes, and at-rules other than @media/@supports, are kept whole)."""
import re

import tinycss2

CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
BIG = 50_000  # characters: only JupyterLab's stylesheet is this large


def used_classes(html):
    return {name for value in re.findall(r'class="([^"]*)"', html) for name in value.split()}


def _keep(prelude, classes):
    selectors = tinycss2.serialize(prelude).split(",")
    return any(all(name in classes for name in CLASS.findall(selector)) for selector in selectors)


def _prune(rules, classes):
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            if _keep(rule.prelude, classes):
                out.append(rule.serialize())
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _prune(tinycss2.parse_rule_list(rule.content, skip_whitespace=True,
                                                    skip_comments=True), classes)
            if inner:
                out.append(f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}"
                           f"{{{''.join(inner)}}}")
        elif rule.type == "at-rule":
            out.append(rule.serialize())
    return out


def prune_styles(html):
    """The page with each very large inline stylesheet cut to the rules the page can use."""
    classes = used_classes(html)

    def cut(match):
        css = match.group(2)
        if len(css) < BIG:
            return match.group(0)
        rules = tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True)
        return match.group(1) + "".join(_prune(rules, classes)) + match.group(3)
    return STYLE.sub(cut, html)
