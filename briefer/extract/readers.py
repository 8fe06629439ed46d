"""Readers: an article (plain text, Markdown or HTML) → ``body`` plus blocks with offsets.

Every block's offsets point into ``body``, the text that is stored in the source note. For
plain text and Markdown the body is the input itself; for HTML it is the article's visible
text (scripts, styles and navigation dropped, entities decoded), one block per paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FORMATS = ("text", "markdown", "html")

# a bullet: any common glyph, or a number with "." or ")"; the item text follows
BULLET = re.compile(r"[ \t]*(?:[•‣◦▪▫●○■□·∙⁃–—*+-]|\d{1,2}[.)])[ \t]+(?=\S)")
_TERMINAL = '.!?;,”"’)]'


@dataclass(slots=True)
class Block:
    """A heading, paragraph, list or block quote. ``start``/``end`` are offsets in body."""

    kind: str  # "heading" | "paragraph" | "list" | "quote"
    start: int
    end: int
    level: int = 0  # heading level; 0 for a heading guessed from a short line
    items: list[tuple[int, int]] = field(default_factory=list)  # list item text spans
    text: str | None = None  # plain text when it differs from the body slice (Markdown)


@dataclass(slots=True)
class Article:
    body: str
    blocks: list[Block]
    meta: dict[str, str] = field(default_factory=dict)  # title, author, date, url

    def text(self, block: Block) -> str:
        return block.text if block.text is not None else self.body[block.start : block.end]


def sniff(text: str) -> str:
    """Guess the format of ``text``: "html", "markdown" or "text"."""
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and re.search(r"<[a-z/]", head[2:]):
        return "html"  # a doctype with no tag after it is no page ("<!DOCTYPE HTML" + prose)
    tags = re.findall(
        r"</?(?:p|div|article|body|h[1-6]|br|li|ul|span|a)\b[^>]*>", text[:20000], re.I
    )
    if len(tags) >= 3:
        return "html"
    if (
        re.search(r"^ {0,3}#{1,6}[ \t]+\S", text, re.M)
        or re.search(r"^\S[^\n]*\n {0,3}=+[ \t]*$", text, re.M)
        or re.search(r"\[[^\]\n]+\]\([^)\s]+\)", text)
        or re.search(r"\*\*[^*\n]+\*\*", text)
    ):
        return "markdown"
    return "text"


def read(text: str, fmt: str | None = None) -> Article:
    fmt = fmt or sniff(text)
    if fmt == "html":
        from .html_main import read_html_main

        art = read_html_main(text) or _read_html_all(text)
    elif fmt == "markdown":
        art = read_markdown(text)
    elif fmt == "text":
        art = read_text(text)
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    for b in art.blocks:  # list items one by one ("• 445 Posts", "• 0 Comments")
        if b.kind == "list":
            b.items = [(s, e) for s, e in b.items if not BOILERPLATE.fullmatch(art.body[s:e])]
    art.blocks = [
        b
        for b in art.blocks
        if not BOILERPLATE.fullmatch(art.text(b).strip()) and (b.kind != "list" or b.items)
    ]
    return art


def _read_html_all(text: str) -> Article:
    from .html_reader import read_html

    return read_html(text)


# page furniture copied along with an article: kept in the body, never read for items
BOILERPLATE = re.compile(
    r"\W*(?:-?\s*advertisement\s*-?|also\s+read\b.*|read\s+more\b.*|must\s+read|"
    r"related(?:\s+(?:news|articles?|stories|posts|content|reading))?|trending(?:\s+\w+)?|"
    r"next\s+story|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|no\s+comments\b.*|"
    r"your\s+email\s+address\s+will\s+not\s+be\s+published.*|required\s+fields\b.*|"
    r"share\s+(?:this|on)\b.*|follow\s+us\b.*|subscribe\b.*|sign\s+up\b.*|"
    r"click\s+(?:here|to\s+view)\b.*|photo\s*(?:credit)?\s*:.*|exit\s+mobile\s+version|"
    r"latest\s+videos?|facebook\s+comments?|no\s+ads\s+found\b.*|comments?\s+will\s+be\b.*|"
    r"printable\s+version\b.*|©.*|copyright\b.*|all\s+rights\s+reserved\b.*|"
    r"weather\s+forecast|close|skip\s+to\s+(?:main\s+)?content|home|menu|search|"
    r"our\s+code\s+of\s+editorial\s+values|source\s*:\s*read\s+full\s+article|"
    r"\d[\d,]*\s+(?:posts|comments|shares|views|likes|replies|min\s+read)|random\s+posts?|"
    r"more\s+articles\s+on\b.*|processing!?|\[ad_\d\]|story\s+continues\s+below|"
    r"this\s+advertisement\s+has\s+not\s+loaded\b.*|advertisement\s*[–—-]\s*the\s+story\b.*|"
    r"skip\s+to\s+content|join\s+our\s+newsletter|back\s+to\s+top(?:\s+button)?|"
    r"read\s*:.*|\(?also\s+see\s*:.*|see\s+also\s*:.*|you\s+may\s+also\s+like\s*:?)\W*",
    re.I | re.S,
)


def _strip_span(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def looks_like_heading(line: str) -> bool:
    """A short line without sentence punctuation at its end, e.g. "Quick Takes"."""
    s = line.strip().lstrip("#").strip()
    if not s or len(s) > 120 or len(s.split()) > 16 or s[0].islower():
        return False
    if s.endswith(":"):
        return len(s) <= 40
    return s[-1] not in _TERMINAL and s[0] not in "“\"‘'"


# ---------------------------------------------------------------- plain text


def _lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], without the line break."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            out.append((pos, end))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def _line_per_paragraph(body: str, lines: list[tuple[int, int]]) -> bool:
    """Text copied from a web page has one paragraph a line: every line of the chunk ends a
    sentence or is a heading (a hard-wrapped paragraph has lines that stop mid-sentence)."""
    if len(lines) < 2:
        return False
    for n, (ls, le) in enumerate(lines):
        line = body[ls:le].rstrip()
        if BOILERPLATE.fullmatch(line):
            continue
        if BULLET.match(body, ls, le):
            return False
        nxt = body[lines[n + 1][0] : lines[n + 1][1]].lstrip() if n + 1 < len(lines) else "X"
        if nxt[:1].islower():
            return False  # a sentence goes on in the next line
        if not (line[-1:] in '.!?"”’)' or looks_like_heading(line.lstrip("“\"‘'"))):
            if n == len(lines) - 1 and len(lines) >= 3:
                continue  # a trailer at the end ("… Greece. | BGNES")
            return False
    return True


def _group(
    body: str, lines: list[tuple[int, int]], blocks: list[Block], split: bool = True
) -> None:
    """Lines of one chunk (no blank lines) → list blocks and paragraph/heading blocks."""
    para: list[tuple[int, int]] = []
    items: list[tuple[int, int]] = []
    indent = -1

    def flush_para() -> None:
        if para:
            s, e = _strip_span(body, para[0][0], para[-1][1])
            if s < e:
                one = len(para) == 1 and looks_like_heading(body[s:e])
                if one and body[s] == "#":
                    s = s + len(body[s:e]) - len(body[s:e].lstrip("#").lstrip())
                blocks.append(Block("heading" if one else "paragraph", s, e))
            para.clear()

    def flush_items() -> None:
        if items:
            if blocks and blocks[-1].kind == "list" and not para:
                blocks[-1].items.extend(items)
                blocks[-1].end = items[-1][1]
            else:
                blocks.append(Block("list", items[0][0], items[-1][1], items=list(items)))
            items.clear()

    if split and _line_per_paragraph(body, lines):  # web text: one paragraph a line
        for line in lines:
            _group(body, [line], blocks, split=False)
        return
    for ls, le in lines:
        m = BULLET.match(body, ls, le)
        if m:
            flush_para()
            items.append(_strip_span(body, m.end(), le))
            indent = m.end() - ls
        elif items and (le - ls) - len(body[ls:le].lstrip()) >= min(indent, 2):
            s, e = _strip_span(body, ls, le)  # continuation of a wrapped bullet
            items[-1] = (items[-1][0], e) if s < e else items[-1]
        else:
            flush_items()
            para.append((ls, le))
    flush_para()
    flush_items()


# paragraphs glued by a copy that dropped their breaks ("… finalised.They have …",
# "… injustice.“We are …"): a sentence's end with a capital right after it, no space
_GLUED = re.compile(
    r"(?:(?<=[a-z0-9%)]{2}[.!?])|(?<=[a-z0-9%)]{2}[.!?][”\"]))(?=[“\"]?(?:[A-Z][a-z]|[AI]\s))"
)


def _unglue(body: str, blocks: list[Block]) -> list[Block]:
    """Each paragraph split where a copy glued two together; offsets stay in ``body``."""
    out: list[Block] = []
    for b in blocks:
        cuts = (
            [m.start() for m in _GLUED.finditer(body, b.start, b.end)]
            if b.kind == "paragraph"
            else []
        )
        if not cuts:
            out.append(b)
            continue
        for s, e in zip([b.start, *cuts], [*cuts, b.end], strict=True):
            out.append(Block("paragraph", s, e))
    return out


def read_text(text: str) -> Article:
    blocks: list[Block] = []
    chunk: list[tuple[int, int]] = []
    for ls, le in _lines(text):
        if text[ls:le].strip():
            chunk.append((ls, le))
        elif chunk:
            _group(text, chunk, blocks)
            chunk = []
    if chunk:
        _group(text, chunk, blocks)
    return Article(text, _unglue(text, blocks))


# ------------------------------------------------------------------ Markdown

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


def _front_matter(text: str) -> tuple[int, dict[str, str]]:
    """Simple ``key: value`` lines of a YAML front matter block (read as text only)."""
    m = _FRONT.match(text)
    if not m:
        return 0, {}
    meta = {}
    for line in m.group(1).splitlines():
        kv = re.match(r"(title|author|date|published|url)\s*:\s*(.+)", line.strip(), re.I)
        if kv:
            key = kv.group(1).lower().replace("published", "date")
            meta[key] = kv.group(2).strip().strip("\"'")
    return m.end(), meta


def _inline_plain(token: object) -> str:
    children = getattr(token, "children", None) or []
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts).strip()


def read_markdown(text: str) -> Article:
    from markdown_it import MarkdownIt  # lazily: the import costs start-up time

    skip, meta = _front_matter(text)
    md = MarkdownIt("commonmark")
    # parse with the front matter blanked so line numbers still match the body
    src = "\n" * text.count("\n", 0, skip) + text[skip:]
    tokens = md.parse(src)
    lines = _lines(text)
    blocks: list[Block] = []
    list_depth = 0
    item_first_para = False
    in_quote = 0
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
            if list_depth == 1:
                assert tok.map is not None  # markdown-it maps the lines of every block token
                blocks.append(Block("list", lines[tok.map[0]][0], lines[tok.map[0]][0]))
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif tok.type == "list_item_open":
            item_first_para = True
        elif tok.type == "blockquote_open":
            in_quote += 1
        elif tok.type == "blockquote_close":
            in_quote -= 1
        elif tok.type == "inline" and tok.map:
            opener = tokens[i - 1].type
            first, last = lines[tok.map[0]], lines[tok.map[1] - 1]
            first_line = tok.content.split("\n", 1)[0].strip()
            at = text.find(first_line, first[0], first[1]) if first_line else -1
            start = at if at >= 0 else first[0]
            s, e = _strip_span(text, start, last[1])
            if s >= e:
                continue
            if opener == "heading_open":
                level = int(tokens[i - 1].tag[1])
                e = s + len(text[s:e].rstrip("#").rstrip()) if tok.map[1] - tok.map[0] == 1 else e
                if tok.map[1] - tok.map[0] > 1:  # setext: the underline is not text
                    s, e = _strip_span(text, first[0], first[1])
                blocks.append(Block("heading", s, e, level, text=_inline_plain(tok)))
            elif list_depth == 1 and item_first_para and blocks and blocks[-1].kind == "list":
                if not blocks[-1].items:
                    blocks[-1].start = s
                blocks[-1].items.append((s, e))
                blocks[-1].end = e
                item_first_para = False
            elif list_depth:
                blocks.append(Block("paragraph", s, e))
            else:
                _md_paragraph(text, s, e, in_quote > 0, blocks, _inline_plain(tok))
    blocks = [b for b in blocks if b.kind != "list" or b.items]
    return Article(text, blocks, meta)


def _md_paragraph(text: str, s: int, e: int, quoted: bool, blocks: list[Block], plain: str) -> None:
    """A paragraph; "•" lines (not lists in CommonMark) become a list; a short lone line
    such as "**Quick takes**" counts as a heading."""
    para_lines = _lines(text, s, e)
    if all(BULLET.match(text, ls, le) for ls, le in para_lines):
        _group(text, para_lines, blocks)
    elif quoted:
        blocks.append(Block("quote", s, e))
    elif len(para_lines) == 1 and looks_like_heading(plain):
        blocks.append(Block("heading", s, e, text=plain))
    else:
        blocks.append(Block("paragraph", s, e))
