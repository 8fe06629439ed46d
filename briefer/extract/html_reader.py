"""The HTML reader (stdlib ``html.parser``): the article's visible text becomes the body.

Scripts, styles, navigation, asides, footers and page headers are dropped (a ``<header>``
inside ``<article>`` or ``<main>`` is kept: it often holds the title and byline); headings,
paragraphs, lists and block quotes become blocks; inline markup is flattened and entities
decoded. List items are written as ``- item`` lines so the body reads like plain text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .readers import Article, Block

_DROP = frozenset(
    {
        "script",
        "style",
        "nav",
        "footer",
        "aside",
        "noscript",
        "template",
        "svg",
        "form",
        "button",
        "select",
        "iframe",
        "figcaption",
        "head",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "dd",
        "dt",
        "dl",
        "hr",
        "figure",
        "body",
        "header",
    }
)
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source"})


class _HTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.size = 0
        self.blocks: list[Block] = []
        self.meta: dict[str, str] = {}
        self.buf: list[str] = []
        self.drop = 0
        self.container = 0  # inside <article> or <main>: their <header> is kept
        self.header_drop: list[bool] = []
        self.heading = 0
        self.lists: list[str] = []
        self.in_li = False
        self.quote = 0
        self.title: list[str] | None = None
        self.last_list: int | None = None  # id of the list the previous block belonged to

    # -- output
    def _emit(self, piece: str, sep: str) -> int:
        if self.size:
            self.out.append(sep)
            self.size += len(sep)
        self.out.append(piece)
        start = self.size
        self.size += len(piece)
        return start

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
        text = re.sub(r"\n+", "\n", text)
        if not text:
            return
        if self.in_li and self.lists:
            list_id = len(self.lists)
            marker = "- " if self.lists[-1] == "ul" else "1. "
            same = self.last_list == list_id and self.blocks and self.blocks[-1].kind == "list"
            start = self._emit(marker + text, "\n" if same else "\n\n") + len(marker)
            span = (start, start + len(text))
            if same:
                self.blocks[-1].items.append(span)
                self.blocks[-1].end = span[1]
            else:
                self.blocks.append(Block("list", span[0], span[1], items=[span]))
            self.last_list = list_id
            return
        self.last_list = None
        start = self._emit(text, "\n\n")
        kind = "heading" if self.heading else "quote" if self.quote else "paragraph"
        self.blocks.append(Block(kind, start, start + len(text), self.heading))

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self._meta(a)
        elif tag == "link" and "canonical" in a.get("rel", "").split():
            self.meta.setdefault("url", a.get("href", ""))
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("date", a["datetime"])
        if tag == "title":
            self.title = []
            return
        if tag == "header":
            dropped = not self.container
            self.header_drop.append(dropped)
            self.drop += dropped
        elif tag in _DROP:
            self.drop += 1
        if self.drop:
            return
        if tag in ("article", "main"):
            self.container += 1
        if tag == "br":
            self.buf.append("\n")
        elif tag in _BLOCK:
            self.flush()
            if tag in ("ul", "ol"):
                self.lists.append(tag)
            elif tag == "li":
                self.in_li = True
            elif tag == "blockquote":
                self.quote += 1
            elif tag[0] == "h" and tag[1:].isdigit():
                self.heading = int(tag[1:])

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            self.meta.setdefault("title", " ".join("".join(self.title).split()))
            self.title = None
            return
        if tag == "header":
            if self.header_drop:
                self.drop -= self.header_drop.pop()
            return
        if tag in _DROP:
            self.drop = max(0, self.drop - 1)
            return
        if self.drop:
            return
        if tag in _BLOCK:
            self.flush()
            if tag in ("ul", "ol") and self.lists:
                self.lists.pop()
                self.in_li = False
            elif tag == "li":
                self.in_li = False
            elif tag == "blockquote":
                self.quote = max(0, self.quote - 1)
            elif tag[0] == "h" and tag[1:].isdigit():
                self.heading = 0
            elif tag in ("article", "main"):
                self.container = max(0, self.container - 1)

    def handle_data(self, data: str) -> None:
        if self.title is not None:
            self.title.append(data)
        elif not self.drop:
            self.buf.append(re.sub(r"\s+", " ", data))

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("name") or a.get("property") or "").lower()
        content = a.get("content", "").strip()
        if not content:
            return
        if key in ("author", "article:author", "byl"):
            self.meta.setdefault("author", content)
        elif key in ("article:published_time", "date", "pubdate", "dc.date"):
            self.meta.setdefault("date", content)
        elif key == "og:url":
            self.meta.setdefault("url", content)
        elif key == "og:title":
            self.meta.setdefault("og_title", content)


def read_html(text: str) -> Article:
    parser = _HTML()
    parser.feed(text)
    parser.close()
    parser.flush()
    meta = {k: v for k, v in parser.meta.items() if v}
    if "title" not in meta and "og_title" in meta:
        meta["title"] = meta["og_title"]
    meta.pop("og_title", None)
    return Article("".join(parser.out), parser.blocks, meta)
