"""The notebook page's stylesheet, cut to what the page uses.

mkdocs-jupyter inlines JupyterLab's whole stylesheet (about 570 KB) in the page: a phone parses
it and matches every rule against the page before it can paint (Lighthouse: the walkthrough's
largest paint came 1.5 s after the first). Most of it styles widgets the page does not have.
A rule is kept when one of its selectors names only classes that occur in the page (rules
without classes, and at-rules other than @media/@supports, are kept whole). Then the custom
properties (`--jp-...`, about 90 KB of colours and icons as data URLs) that no kept declaration
reads, directly or through another property, are dropped: every element inherits each one."""
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


VAR = re.compile(r"var\(\s*(--[\w-]+)")


def _custom_properties(css):
    """The custom property declarations of a stylesheet, as (name, value) pairs."""
    found = []
    for rule in tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True):
        if rule.type == "qualified-rule":
            found += [(d.name, tinycss2.serialize(d.value)) for d in
                      tinycss2.parse_declaration_list(rule.content, skip_whitespace=True,
                                                      skip_comments=True)
                      if d.type == "declaration" and d.name.startswith("--")]
        elif rule.type == "at-rule" and rule.content and rule.lower_at_keyword in ("media", "supports"):
            found += _custom_properties(tinycss2.serialize(rule.content))
    return found


def _read_properties(css_texts):
    """The custom properties that some declaration reads, following properties that read others."""
    defined = {}
    for css in css_texts:
        for name, value in _custom_properties(css):
            defined.setdefault(name, []).append(value)
    # What the rest reads: every var() outside the custom properties' own values.
    rest = "".join(css_texts)
    for values in defined.values():
        for value in values:
            rest = rest.replace(value, "")
    read, todo = set(), set(VAR.findall(rest))
    while todo:
        name = todo.pop()
        if name not in read:
            read.add(name)
            todo |= {ref for value in defined.get(name, []) for ref in VAR.findall(value)}
    return read


def _drop_unread(rules, read):
    out = []
    for rule in rules:
        if rule.type == "qualified-rule":
            kept = [d for d in tinycss2.parse_declaration_list(rule.content, skip_whitespace=True,
                                                               skip_comments=True)
                    if d.type == "declaration" and (not d.name.startswith("--") or d.name in read)]
            if kept:
                body = ";".join(f"{d.name}:{tinycss2.serialize(d.value).strip()}"
                                f"{'!important' if d.important else ''}" for d in kept)
                out.append(f"{tinycss2.serialize(rule.prelude).strip()}{{{body}}}")
        elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _drop_unread(tinycss2.parse_rule_list(rule.content, skip_whitespace=True,
                                                          skip_comments=True), read)
            if inner:
                out.append(f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}"
                           f"{{{''.join(inner)}}}")
        elif rule.type != "error":  # what a browser skips too
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
    html = STYLE.sub(cut, html)
    read = _read_properties([m.group(2) for m in STYLE.finditer(html)])

    def drop(match):
        if "--jp-" not in match.group(2):
            return match.group(0)
        rules = tinycss2.parse_stylesheet(match.group(2), skip_whitespace=True, skip_comments=True)
        return match.group(1) + "".join(_drop_unread(rules, read)) + match.group(3)
    return STYLE.sub(drop, html)
