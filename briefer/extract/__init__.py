"""``briefer import``: a raw article (plain text, Markdown, HTML, PDF or DOCX) → a draft
source note.

The one rule is *never invent*: every take and quote is a stretch of the article, kept in
the note's ``body`` with its ``span``; a figure's span covers the words its number was read
from. The API below is what the CLI and the TUI's review screen use:

- ``read_input(path_or_dash)`` → text (UTF-8, BOM allowed; ``-`` is stdin); a PDF or DOCX
  file gives its text with its pages (``documents.ExtractedText``)
- ``extract(text, fmt=None, name=None)`` → a draft ``model.Source``
- ``write_note(source, sources_dir, id=None)`` → the path written (never overwrites)
- ``summary(source)`` → "4 takes, 1 quote (0 without speaker), 3 figures"
- ``context(body, span)`` → (text before, the item's words, text after), for a review list
- ``relocate(source, item)`` → after an edit, the item's span again (or None if its text is
  no longer in the body), so the note never claims a span that does not hold its text
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

from .. import model as m
from ..errors import BrieferError, ChangedOnDisk
from ..textutil import slugify
from ..yamlio import MAX_BYTES, decode, read_bytes
from .documents import ExtractedText, read_docx, read_pdf
from .figures import find_figures
from .meta import author, published, takes, title
from .people import Register
from .quotes import find_quotes
from .readers import FORMATS, Article, read

__all__ = [
    "extract",
    "read_input",
    "write_note",
    "summary",
    "FORMATS",
    "format_for",
    "context",
    "relocate",
    "check_size",
    "note_size",
]

_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".pdf": "pdf",
    ".docx": "docx",
}
_BINARY_LIMIT = 200 * 1024 * 1024  # a PDF or DOCX may carry images; its text is what counts


def format_for(name: str | None) -> str | None:
    """The format a file name implies (``.md``, ``.html``, ``.txt``), else None (sniff)."""
    return _SUFFIXES.get(Path(name).suffix.lower()) if name else None


def read_input(path_or_dash: str) -> str:
    """The article's text. UTF-8 with or without BOM; anything else is a BrieferError that
    says to save the file as UTF-8. ``-`` reads standard input. A PDF or Word file (by its
    first bytes, whatever its name) gives its text as an ``ExtractedText`` that also
    carries its pages and how to read it."""
    if path_or_dash == "-":
        data = sys.stdin.buffer.read(_BINARY_LIMIT + 1)
        name = "<stdin>"
        if not _binary_kind(data) and len(data) > MAX_BYTES:
            raise BrieferError("<stdin>: input is over the 10 MiB limit")
    else:
        name = path_or_dash
        path = Path(path_or_dash)
        head = _head(path)
        data = _read_binary(path) if _binary_kind(head) else read_bytes(path)
    kind = _binary_kind(data)
    if kind == "pdf":
        text: str = read_pdf(data, name)
    elif kind == "docx":
        text = read_docx(data, name)
    else:
        text = decode(data, name)
    if not text.strip():
        raise BrieferError(f"{name}: the article is empty")
    check_size(text, name)
    return text


# the body alone may fill this much of a note; the items need the rest
_BODY_SHARE = 0.85


def check_size(text: str, name: str) -> None:
    """Refuse, before any work, an article whose note would pass the 10 MiB a note may
    have: its body alone (indented in the YAML) would fill most of it."""
    estimate = len(text.encode("utf-8")) + 2 * text.count("\n")
    if estimate > _BODY_SHARE * MAX_BYTES:
        raise BrieferError(
            f"{name}: the note would be about {estimate / 2**20:.1f} MiB or more, over the "
            "10 MiB a source note may have; split the article and import each part"
        )


def note_size(source: m.Source) -> int:
    """Bytes of the note ``source`` would be written as."""
    from ..schema import dump_source

    return len(dump_source(source).encode("utf-8"))


def _binary_kind(data: bytes) -> str | None:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (
        b"word/" in data[:65536] or b"[Content_Types]" in data[:4096]
    ):
        return "docx"
    return None


def _head(path: Path) -> bytes:
    try:
        if path.is_file():
            with path.open("rb") as fh:
                return fh.read(65536)
    except OSError:
        pass
    return b""  # read_bytes says what is wrong with it


def _read_binary(path: Path) -> bytes:
    size = path.stat().st_size
    if size > _BINARY_LIMIT:
        raise BrieferError(f"{path}: file is {size:,} bytes; the limit for PDF and DOCX is 200 MiB")
    try:
        return path.read_bytes()
    except OSError as e:
        raise BrieferError(f"{path}: cannot read: {e.strerror or e}") from None


def extract(text: str, *, fmt: str | None = None, name: str | None = None) -> m.Source:
    """A draft source note from an article. ``fmt`` is "text", "markdown" or "html"
    (None: from ``name``'s suffix, else guessed from the text). Line endings are made
    ``\\n`` and a leading BOM is dropped; for HTML the body is the article's visible text.
    Every item's ``span`` points into ``body``."""
    info = text.info if isinstance(text, ExtractedText) else None
    if info is not None:
        fmt = info.fmt
    elif fmt is not None and fmt not in FORMATS:
        raise BrieferError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    elif fmt is None and format_for(name) in ("pdf", "docx"):
        fmt = None  # text pasted under a .pdf name: guess from the text
    else:
        fmt = fmt or format_for(name)
    text = str(text).removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    art: Article = read(text, fmt)
    if info is not None:
        art.meta = {**info.meta, **art.meta}
    the_title = title(art)
    if not the_title and name and name != "-":
        the_title = Path(name).stem  # no headline: the file's name, for the analyst to edit
    found_takes = takes(art)
    quotes = find_quotes(art, Register())
    spans = [t.span for t in found_takes if t.span and not t.draft]  # a draft take is prose
    figures = find_figures(art, takes_spans=spans, quotes=quotes)
    date = published(art)
    for f in figures:  # a figure the text gives no date holds as of the article's date
        if f.as_of is None and date:
            f.as_of, f.as_of_inferred = date, True
    if info is not None and info.pages:  # ICD 206 page locators for a PDF
        located: list[m.Item] = [*found_takes, *quotes, *figures]
        for item in located:
            if item.span:
                item.page = info.page_at(item.span[0])
    return m.Source(
        id=slugify(the_title),
        title=the_title,
        kind="article",
        author=author(art),
        url=art.meta.get("url") or None,
        published=date,
        accessed=dt.date.today().isoformat(),
        takes=found_takes,
        quotes=quotes,
        figures=figures,
        body=art.body,
    )


def summary(source: m.Source) -> str:
    """ "4 takes, 1 quote (0 without speaker), 3 figures"."""

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    unattributed = sum(1 for q in source.quotes if not q.speaker)
    return (
        f"{n(len(source.takes), 'take')}, {n(len(source.quotes), 'quote')} "
        f"({unattributed} without speaker), {n(len(source.figures), 'figure')}"
    )


def relocate(source: m.Source, item: m.Item) -> tuple[int, int] | None:
    """The span of a take's or quote's text in the body, nearest its old span; None when
    the text is not there (it was edited). Figures keep their span (it marks where their
    number was read); the caller decides whether an edited figure still fits it."""
    body = source.body or ""
    if isinstance(item, m.Figure):
        return item.span
    if not item.text:
        return None
    old = item.span[0] if item.span else 0
    hits = []
    at = body.find(item.text)
    while at >= 0:
        hits.append(at)
        at = body.find(item.text, at + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - old))
    return best, best + len(item.text)


def _sources_dir(folder: Path) -> Path:
    if folder.is_dir():
        return folder
    if folder.exists():
        raise BrieferError(f"{folder}: is not a folder")
    if not folder.parent.is_dir():
        raise BrieferError(
            f"{folder}: no such folder (and its parent {folder.parent} does "
            "not exist either); create it or name another with -o"
        )
    try:
        folder.mkdir()
    except OSError as e:
        raise BrieferError(f"{folder}: cannot create the folder: {e.strerror or e}") from None
    return folder


def write_note(
    source: m.Source, sources_dir: Path | str, id: str | None = None, *, exact: bool = False
) -> Path:
    """Write ``source`` as ``<id>.yaml`` in ``sources_dir`` and return the path.

    The id is ``id`` if given, else the title slugged. An existing file is never
    replaced: the next free name (``<id>-2``, ``<id>-3`` …) is used, or with ``exact`` a
    BrieferError is raised. The folder is created only if its parent exists."""
    from ..schema import save_source

    if id is not None and not m.SLUG_RE.match(id):
        raise BrieferError(
            f"--id {id!r} is not an id: use lowercase letters, digits and "
            "'-', starting with a letter or digit"
        )
    size = note_size(source)
    if size > MAX_BYTES:
        raise BrieferError(
            f"the note would be {size / 2**20:.1f} MiB, over the 10 MiB a source note may "
            "have; split the article and import each part"
        )
    folder = _sources_dir(Path(sources_dir))
    stem = id or slugify(source.title)
    for candidate in candidate_ids(stem):
        path = folder / f"{candidate}.yaml"
        if path.exists() or (folder / f"{candidate}.yml").exists():
            if exact:
                raise BrieferError(
                    f"{path}: a source note of that name already exists; choose another --id"
                )
            continue
        try:
            save_source(dataclasses.replace(source, id=candidate), path, None)
        except ChangedOnDisk:  # created meanwhile by someone else: try the next name
            if exact:
                raise
            continue
        return path
    raise BrieferError(f"{folder}: no free name for {stem}.yaml; pass --id")


def candidate_ids(stem: str) -> Iterator[str]:
    """``stem``, ``stem-2``, ``stem-3`` … ``stem-999``: the names a new note may take, in
    order, when earlier ones are taken."""
    yield stem
    for n in range(2, 1000):
        yield f"{stem}-{n}"


from .draft import context  # noqa: E402 - one context(): the review's (draft imports this package)
