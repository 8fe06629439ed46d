"""The analyst's Markdown (BLUF and prose entries) in each output format.

Prose is Markdown (PRODUCT.md: "Markdown allowed") and is read in one of three modes:

- ``plain``: no character that Markdown would read as syntax; paragraphs of text. The
  common case, handled without importing markdown-it.
- ``markdown``: parsed with markdown-it (CommonMark). The Markdown export passes it through
  as written; HTML renders it with raw HTML disabled, images off and only http(s)/mailto
  links; Typst converts its structure, with every piece of text a string literal.
- ``literal``: prose that would not stay in its place in the Markdown export — an unclosed
  code fence or HTML block that would swallow the rest of the brief, leading indentation
  that would join the previous list, or footnote syntax (``[^x]``, ``^[note]``) that would join
  the citations — or that would be live there: raw HTML, or a link that is not http(s),
  ftp or mailto (``javascript:``, ``data:``). It is shown as literal text in every format,
  so nothing is lost and nothing runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..document import safe_url
from . import escape as esc

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_SPECIAL = re.compile(r"[\\`*_\[\]<>&!]|^[ \t]|^[-+=>#~]|^[0-9]+[.)]| {2}$", re.MULTILINE)
_SENTINEL_A, _SENTINEL_B = "briefersentinelzqa", "briefersentinelzqb"


def mode(text: str) -> str:
    if not _SPECIAL.search(text):
        return "plain"
    return "markdown" if _contained(text) else "literal"


@lru_cache(maxsize=1024)
def _contained(text: str) -> bool:
    """Does ``text`` parse as blocks of its own between a list and a paragraph, as it will
    sit in the Markdown export (read by a CommonMark reader with raw HTML enabled)?"""
    if "[^" in text or "^[" in text:  # footnote or inline note: would join the citations
        return False
    tokens = _check_parser().parse(f"- {_SENTINEL_A}\n\n{text.strip(chr(10))}\n\n{_SENTINEL_B}\n")
    # the list holding A must end with A (the prose may continue it with items of its own,
    # as it would in the export, but not put its text into A's item) ...
    if len(tokens) < 9 or tokens[3].content != _SENTINEL_A or tokens[5].type != "list_item_close":
        return False
    # ... and B must still be a paragraph of its own at the top level
    last = tokens[-3:]
    if not (
        [t.type for t in last] == ["paragraph_open", "inline", "paragraph_close"]
        and last[1].content == _SENTINEL_B
        and last[0].level == 0
    ):
        return False
    return not _live(tokens)


def _live(tokens: list[Any]) -> bool:
    """Raw HTML, or a link or image to anything but an ordinary web or mail address:
    what would be live in a reader of the Markdown export."""
    for tok in tokens:
        if tok.type in ("html_block", "html_inline"):
            return True
        if tok.type in ("link_open", "image"):
            url = tok.attrs.get("href", tok.attrs.get("src")) if tok.attrs else None
            if safe_url(str(url or "")) is None:
                return True
        if tok.children and _live(tok.children):
            return True
    return False


def markdown_parser(
    validate_link: Callable[[str], bool], options: dict[str, Any] | None = None
) -> MarkdownIt:
    """A CommonMark parser (``options`` over the preset's) whose links are kept only when
    ``validate_link`` accepts their address. markdown-it is imported on first use."""
    from markdown_it import MarkdownIt

    class Parser(MarkdownIt):
        def validateLink(self, url: str) -> bool:
            return validate_link(url)

    return Parser("commonmark", options)


@lru_cache(maxsize=1)
def _check_parser() -> MarkdownIt:
    # raw HTML on, as most readers of the export have it; every link parses, to be judged
    # by _live
    return markdown_parser(lambda url: True)


def _parser(html: bool = False) -> MarkdownIt:
    md = markdown_parser(lambda url: safe_url(url) is not None, {"html": html})
    md.disable("image")  # never load remote images from an export
    return md


@lru_cache(maxsize=1)
def _html_parser() -> MarkdownIt:
    return _parser(False)


# ------------------------------------------------------------------- Markdown


def to_markdown(text: str) -> str:
    """Prose as Markdown blocks (no trailing newline)."""
    kind = mode(text)
    if kind == "literal":
        return "\n\n".join(esc.md_paragraphs(text))
    if kind == "plain":
        return "\n\n".join(esc.paragraphs(text))
    return text.strip("\n")


# ----------------------------------------------------------------------- HTML


def to_html(text: str) -> str:
    kind = mode(text)
    if kind != "markdown":
        return esc.html_paragraphs(text)
    html: str = _html_parser().render(text)  # markdown-it types it Any (any renderer)
    return html.strip()


# ---------------------------------------------------------------------- Typst


def to_typst(text: str) -> str:
    """Prose as Typst markup; all text is in string literals."""
    kind = mode(text)
    if kind != "markdown":
        return "\n\n".join(esc.typst_text(p) for p in esc.paragraphs(text))
    tokens = _html_parser().parse(text)
    return _typst_blocks(tokens).strip()


def _typst_blocks(tokens: list[Any]) -> str:
    out: list[str] = []
    stack: list[str] = []
    for tok in tokens:
        t = tok.type
        if t == "paragraph_close":
            out.append("\n\n")
        elif t == "inline":
            out.append(_typst_inline(tok.children or []))
        elif t == "heading_open":
            out.append("#block(above: 1em, below: 0.6em, strong[")
        elif t == "heading_close":
            out.append("])\n")
        elif t in ("bullet_list_open", "ordered_list_open"):
            fn = "list" if t == "bullet_list_open" else "enum"
            start = tok.attrs.get("start") if tok.attrs else None
            out.append(f"#{fn}(" + (f"start: {int(start)}, " if start else ""))
            stack.append(fn)
        elif t in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
            out.append(")\n")
        elif t == "list_item_open":
            out.append("[")
            stack.append("item")
        elif t == "list_item_close":
            stack.pop()
            out.append("], ")
        elif t == "blockquote_open":
            out.append("#quote(block: true)[")
            stack.append("quote")
        elif t == "blockquote_close":
            stack.pop()
            out.append("]\n")
        elif t in ("fence", "code_block"):
            out.append(f"#raw({esc.typst_str(tok.content)}, block: true)\n")
        elif t == "hr":
            out.append("#line(length: 100%, stroke: 0.5pt)\n")
    return "".join(out)


def _typst_inline(children: list[Any]) -> str:
    out: list[str] = []
    for tok in children:
        t = tok.type
        if t in ("text", "html_inline"):
            if tok.content:
                out.append("#" + esc.typst_str(tok.content))
        elif t == "softbreak":
            out.append('#" "')
        elif t == "hardbreak":
            out.append("#linebreak()")
        elif t == "code_inline":
            out.append(f"#raw({esc.typst_str(tok.content)})")
        elif t == "em_open":
            out.append("#emph[")
        elif t == "strong_open":
            out.append("#strong[")
        elif t in ("em_close", "strong_close", "link_close"):
            out.append("]")
        elif t == "link_open":
            href = safe_url(tok.attrs.get("href")) if tok.attrs else None
            out.append(f"#link({esc.typst_str(href)})[" if href else "#[")
    return "".join(out)
