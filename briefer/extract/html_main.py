"""The main text of a real web page, with trafilatura: menus, cookie banners, share
buttons, related-article and most-read lists, newsletter boxes and comments are left out;
headings, paragraphs, lists, block quotes and tables are kept as blocks, and the page's
own title, author, date and address become the article's metadata.

trafilatura gives its result as XML (``<head rend="h2">``, ``<p>``, ``<list><item>``,
``<quote>``, ``<table><row><cell>``); the body is written from it the way the stdlib
reader writes its own (one paragraph a block, list items as ``- item`` lines), so every
block's offsets point into the body. None when trafilatura is missing or finds no main
text (a fragment of HTML): the caller then uses the stdlib reader.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from .readers import Article, Block

_MIN_TEXT = 80  # less main text than this: a fragment, read it all with the stdlib reader


def read_html_main(text: str) -> Article | None:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return None
    try:
        xml = trafilatura.extract(
            text,
            output_format="xml",
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            include_links=False,
            include_images=False,
            with_metadata=True,
            deduplicate=False,
            # a date only from the page's metadata, never guessed from a year in the text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    if not xml:
        return None
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return None
    main = root.find("main")
    if main is None:
        return None
    writer = _Writer()
    for el in main:
        writer.element(el)
    body = writer.body()
    if len(body.strip()) < _MIN_TEXT:
        return None
    meta = {
        k: " ".join(v.split())
        for k in ("title", "author", "date", "url")
        if (v := root.get(k) or (root.get("source") if k == "url" else None))
    }
    if "author" in meta:  # "Lucia Ferraro; Ahmed Nasser" → "Lucia Ferraro and Ahmed Nasser"
        names = [n.strip() for n in meta["author"].split(";") if n.strip()]
        meta["author"] = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]
    return Article(body, writer.blocks, meta)


def _flat(el: ET.Element) -> str:
    return " ".join("".join(el.itertext()).split())


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.blocks: list[Block] = []

    def _add(self, text: str) -> tuple[int, int]:
        if self.parts:
            self.parts.append("\n\n")
            self.size += 2
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start, self.size

    def body(self) -> str:
        return "".join(self.parts) + ("\n" if self.parts else "")

    def element(self, el: ET.Element) -> None:
        tag = el.tag
        if tag == "head":
            text = _flat(el)
            if text:
                m = re.fullmatch(r"h([1-6])", el.get("rend") or "")
                s, e = self._add(text)
                self.blocks.append(Block("heading", s, e, int(m.group(1)) if m else 2))
        elif tag == "p":
            text = _flat(el)
            if text:
                s, e = self._add(text)
                self.blocks.append(Block("paragraph", s, e))
        elif tag == "list":
            self._list(el)
        elif tag == "quote":
            paras = [t for p in (el.findall("p") or [el]) if (t := _flat(p))]
            if paras:
                s, e = self._add("\n\n".join(paras))
                self.blocks.append(Block("quote", s, e))
        elif tag == "table":
            for row in el.iter("row"):
                cells = [t for c in row.iter("cell") if (t := _flat(c))]
                if cells:
                    s, e = self._add(" | ".join(cells))
                    self.blocks.append(Block("paragraph", s, e))
        else:
            text = _flat(el)
            if text:
                s, e = self._add(text)
                self.blocks.append(Block("paragraph", s, e))

    def _list(self, el: ET.Element) -> None:
        items = [t for it in el.findall("item") if (t := _flat(it))]
        if not items:
            return
        start = None
        spans = []
        for n, item in enumerate(items):
            if n == 0:
                s, _e = self._add("- " + item)
                start = s
            else:
                self.parts.append("\n- " + item)
                self.size += 3 + len(item)
            spans.append((self.size - len(item), self.size))
        assert start is not None
        self.blocks.append(Block("list", spans[0][0], spans[-1][1], items=spans))
