"""HTML export: one standalone file with its print stylesheet embedded.

Every piece of user text is escaped; prose goes through markdown-it with raw HTML off
(see :mod:`briefer.render.prose`); links are kept only for http(s), ftp and mailto URLs.
The marking is printed in the header and footer of every page through ``@page`` margin
boxes, and as a banner at the top and bottom of the document for browsers without them.

Accessibility (WCAG 2.1 AA, checked with axe-core in Chromium by the test suite): the page
declares the brief's language, the brief is the ``<main>`` landmark, the marking banners are
the page's ``<header>`` and ``<footer>``, and the stylesheets keep links underlined and
every text colour at 4.5:1 or more, in light and dark colour schemes.
"""

from __future__ import annotations

from .. import document as d
from .escape import html_attr, html_paragraphs
from .escape import html_text as h
from .markdown import BLUF_HEADING, COMMENT_LABEL
from .prose import to_html

UNTITLED = "Untitled brief"


def marking_class(marking: str) -> str:
    return marking.lower().replace(":", "-").replace("+", "-") if marking else "unmarked"


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def page_css(doc: d.Document) -> str:
    """The ``@page`` rules that depend on the document: marking and title in the margins."""
    mark = _css_string(doc.marking)
    boxes = (
        f"  @top-center {{ content: {mark}; }}\n  @bottom-center {{ content: {mark}; }}\n"
        if doc.marking
        else ""
    )
    return (
        f'@page {{\n{boxes}  @bottom-right {{ content: counter(page) " / " counter(pages); }}\n}}\n'
    )


def _ref(cit: d.Citation) -> str:
    label = html_attr(cit.label)
    return f'<sup class="fn-ref"><a href="#fn-{label}" id="ref-{label}">{cit.number}</a></sup>'


def _confidence(block: d.Cited) -> str:
    if not block.confidence:
        return ""
    return f' <span class="confidence">({h(block.confidence)} confidence)</span>'


def _comment(text: str) -> str:
    paras = html_paragraphs(text, "comment")
    if not paras:
        return ""
    label = f'<span class="comment-label">{COMMENT_LABEL}</span> '
    return paras.replace('<p class="comment">', f'<p class="comment">{label}', 1)


def _portion(block: d.Cited) -> str:
    return f'<span class="portion-mark">{h(block.portion)}</span> ' if block.portion else ""


def _item(block: d.Take | d.Figure) -> str:
    if isinstance(block, d.Take):
        head = _portion(block) + h(block.text)
    else:
        head = _portion(block) + f'<strong class="amount">{h(block.amount)}</strong>'
        if block.subject:
            head += f" — {h(block.subject)}"
        if block.context:
            head += f' <span class="context">({h(block.context)})</span>'
    return (
        f'<li class="{block.kind}">{head}{_ref(block.citation)}{_confidence(block)}'
        f"{_comment(block.comment)}</li>"
    )


def _quote(block: d.Quote) -> str:
    return (
        f'<figure class="quote">{_portion(block)}<blockquote>{html_paragraphs(block.text)}'
        "</blockquote>"
        f"<figcaption>— {h(block.attribution)}{_ref(block.citation)}{_confidence(block)}"
        f"</figcaption></figure>{_comment(block.comment)}"
    )


def _section(sec: d.DocSection) -> str:
    out = [f'<section class="section">\n<h2>{h(sec.heading) or "Untitled section"}</h2>']
    group: list[str] = []
    for block in sec.blocks:
        if isinstance(block, d.Take | d.Figure):
            group.append(_item(block))
            continue
        if group:
            out.append('<ul class="items">\n' + "\n".join(group) + "\n</ul>")
            group = []
        if isinstance(block, d.Quote):
            out.append(_quote(block))
        elif block.text.strip():
            out.append(f'<div class="prose">{to_html(block.text)}</div>')
    if group:
        out.append('<ul class="items">\n' + "\n".join(group) + "\n</ul>")
    out.append("</section>")
    return "\n".join(out)


def _footnote(cit: d.Citation) -> str:
    title, rest = d.footnote_parts(cit)
    label = html_attr(cit.label)
    return (
        f'<li id="fn-{label}" value="{cit.number}"><cite>{h(title)}</cite>, {h(rest)} '
        f'<a class="fn-back" href="#ref-{label}" aria-label="back to text">↩</a></li>'
    )


def _source(s: d.DocSource) -> str:
    parts = [f"<cite>{h(s.title)}</cite>."]
    details = "; ".join(d.source_details(s))
    if details:
        parts.append(f"{h(details)}.")
    if s.link:
        parts.append(
            f'<a class="url" href="{html_attr(s.link)}" rel="noopener noreferrer">{h(s.link)}</a>.'
        )
    elif s.url:
        parts.append(f'<span class="url">{h(s.url)}</span>.')
    parts.append(f'<span class="grades">{h(d.grades_line(s))}</span>')
    return f'<li id="source-{s.number}" value="{s.number}">' + " ".join(parts) + "</li>"


def render(doc: d.Document, css: str) -> str:
    mark = h(doc.marking)

    def banner(where: str) -> str:
        if not doc.marking:
            return ""
        tag = "header" if where == "top" else "footer"
        return (
            f'<{tag} class="page-marking" aria-label="Marking">'
            f'<p class="marking marking-{where}">{mark}</p></{tag}>'
        )

    byline = " · ".join(
        f'<span class="{cls}">{h(v)}</span>'
        for cls, v in (("author", doc.author), ("date", doc.date))
        if v
    )
    title = doc.title if doc.title.strip() else UNTITLED  # a page needs a title (WCAG 2.4.2)
    head = [f"<h1>{h(title)}</h1>"]
    if doc.subtitle:
        head.append(f'<p class="subtitle">{h(doc.subtitle)}</p>')
    if byline:
        head.append(f'<p class="byline">{byline}</p>')
    body = [
        banner("top"),
        '<main id="brief">\n<article class="brief">',
        '<header class="title-block">' + "".join(head) + "</header>",
    ]
    if doc.bluf.strip():
        body.append(
            f'<section class="bluf">\n<h2>{BLUF_HEADING}</h2>\n'
            f'<div class="prose">{to_html(doc.bluf)}</div>\n</section>'
        )
    body += [_section(s) for s in doc.sections]
    if doc.citations:
        body.append(
            '<section class="footnotes">\n<h2>Notes</h2>\n<ol>\n'
            + "\n".join(_footnote(c) for c in doc.citations)
            + "\n</ol>\n</section>"
        )
    if doc.sources:
        body.append(
            '<section class="sources">\n<h2>Sources</h2>\n<ol>\n'
            + "\n".join(_source(s) for s in doc.sources)
            + "\n</ol>\n</section>"
        )
    body += ["</article>\n</main>", banner("bottom")]
    style = (page_css(doc) + css).replace("</", "<\\/")
    meta = f'<meta name="marking" content="{html_attr(doc.marking)}">\n' if doc.marking else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html_attr(doc.language)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="briefer">\n'
        f"{meta}<title>{h(title)}</title>\n<style>\n{style}</style>\n</head>\n"
        f'<body class="{marking_class(doc.marking)}">\n'
        + "\n".join(b for b in body if b)
        + "\n</body>\n</html>\n"
    )
