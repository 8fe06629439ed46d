"""The file schemas: YAML nodes → model objects (with every problem located), and model
objects → plain data for writing. One table of fields per file type serves both ways."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from sys import intern as _intern
from typing import Any, TypeVar

import yaml

from . import model as m
from .errors import LoadError, Problem
from .walk import _MAP, _SEQ, _SHARED, _SHARED_MAX, _STR, MAX_DIGITS, Walk, is_date, keys, kind_of
from .yamlio import Document, FileStamp, FlowList, dump, load_document, save_checked

_T = TypeVar("_T")

# ------------------------------------------------------------------ sources

SOURCE_KEYS = keys(
    "id",
    "title",
    "kind",
    "publisher",
    "author",
    "identifier",
    "source_type",
    "url",
    "archived_url",
    "published",
    "accessed",
    "reliability",
    "descriptor",
    "marking",
    "tags",
    "summary",
    "takes",
    "quotes",
    "figures",
    "notes",
    "body",
)
TAKE_KEYS = keys("id", "text", "draft", "credibility", "page", "span")
QUOTE_KEYS = keys(
    "id", "text", "speaker", "speaker_inferred", "role", "date", "credibility", "page", "span"
)
FIGURE_KEYS = keys(
    "id",
    "value",
    "qualifier",
    "unit",
    "subject",
    "as_of",
    "as_of_inferred",
    "attribution",
    "credibility",
    "page",
    "span",
)


_ITEM_SCHEMA = {
    "take": (TAKE_KEYS, ("text",), "a take"),
    "quote": (QUOTE_KEYS, ("text",), "a quote"),
    "figure": (FIGURE_KEYS, ("value",), "a figure"),
}


_Scalar, _Seq = yaml.ScalarNode, yaml.SequenceNode
_CREDIBILITY = {str(n): n for n in range(1, 7)}
_BOOLEAN = {"true": True, "false": False}
_ROOM = _SHARED_MAX - len(TAKE_KEYS) - len(QUOTE_KEYS) - len(FIGURE_KEYS)
# each kind's key names, mapped to one shared str per name (what the walk interns)
_NAMES = {kind: {k: _intern(k) for k in keys} for kind, (keys, _, _) in _ITEM_SCHEMA.items()}


def _plain_item(node: yaml.Node, kind: str) -> m.Item | None:
    """The item for a mapping written the plain way (every key known and once, every value
    plain text, numbers and dates well formed), else None: the full walk below then reads it
    and reports what is wrong. What this accepts, the full walk gives the same item for; it
    only spares the per-field calls of the walk for the ~75,000 items of a large library
    (a third of a cold load's schema time, #18)."""
    if node.__class__ is not yaml.MappingNode or node.tag != _MAP or len(_SHARED) > _ROOM:
        return None
    names, required = _NAMES[kind], _ITEM_SCHEMA[kind][1]
    share = _SHARED.setdefault
    mark = node.start_mark
    at = (mark.line + 1, mark.column + 1)
    pos: m.Positions = {"": share(at, at)}
    f: dict[str, Any] = {}
    for key_node, value_node in node.value:
        if key_node.__class__ is not _Scalar or key_node.tag != _STR:
            return None
        key = names.get(key_node.value)
        if key is None or key in f:
            return None
        if value_node.tag == _STR and value_node.__class__ is _Scalar:
            f[key] = value_node.value
        elif key == "span" and value_node.tag == _SEQ and value_node.__class__ is _Seq:
            f[key] = value_node.value
        else:
            return None  # null, an explicit tag, a list or mapping where text belongs
        mark = value_node.start_mark
        at = (mark.line + 1, mark.column + 1)
        pos[key] = share(at, at)
    if required[0] not in f:
        return None
    get = f.get
    item_id = get("id", "")
    cred = page = span = None
    if item_id and not m.SLUG_RE.match(item_id) or "id" in f and not item_id:
        return None
    if "credibility" in f and (cred := _CREDIBILITY.get(f["credibility"])) is None:
        return None
    if "page" in f:
        raw = f["page"]
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 7):
            return None  # longer (leading zeros): the full walk
        page = int(raw)
        if not 1 <= page <= 10**6:
            return None
    if "span" in f:
        if len(f["span"]) != 2:
            return None
        a, b = f["span"]
        if a.__class__ is not _Scalar or b.__class__ is not _Scalar or a.tag != _STR:
            return None
        start, end = a.value, b.value
        if b.tag != _STR or not (start.isascii() and start.isdigit() and len(start) < 19):
            return None
        if not (end.isascii() and end.isdigit() and len(end) < 19):
            return None
        span = (int(start), int(end))
        if span[0] > span[1] or span[1] > 2**62:
            return None
    if kind == "take":
        draft = get("draft")
        if draft is not None and (draft := _BOOLEAN.get(draft)) is None:
            return None
        return m.Take(item_id, f["text"], cred, span, pos, page=page, draft=draft)
    if kind == "quote":
        date = get("date")
        if date and not is_date(date):
            return None
        inferred = get("speaker_inferred")
        if inferred is not None and (inferred := _BOOLEAN.get(inferred)) is None:
            return None
        return m.Quote(
            item_id,
            f["text"],
            get("speaker"),
            get("role"),
            date,
            cred,
            span,
            pos,
            page=page,
            speaker_inferred=inferred,
        )
    raw = f["value"]
    if not (raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS):
        return None  # decimals, signs and bounds: the full walk
    as_of, qualifier = get("as_of"), get("qualifier")
    if as_of and not is_date(as_of) or qualifier is not None and qualifier not in m.QUALIFIERS:
        return None
    inferred = get("as_of_inferred")
    if inferred is not None and (inferred := _BOOLEAN.get(inferred)) is None:
        return None
    return m.Figure(
        item_id,
        int(raw),
        qualifier,
        get("unit"),
        get("subject"),
        as_of,
        get("attribution"),
        cred,
        span,
        pos,
        page=page,
        as_of_inferred=inferred,
    )


def _item(w: Walk, node: yaml.Node, kind: str) -> m.Item | None:
    plain = _plain_item(node, kind)
    return plain if plain is not None else _walked_item(w, node, kind)


def _walked_item(w: Walk, node: yaml.Node, kind: str) -> m.Item | None:
    keys, required, what = _ITEM_SCHEMA[kind]
    f, pos = w.mapping(node, what, keys, required)
    get, text = f.get, w.text
    item_id = w.slug(f["id"], "id") or "" if "id" in f else ""
    cred = w.integer(f["credibility"], "credibility", 1, 6) if "credibility" in f else None
    span = w.span(f["span"]) if "span" in f else None
    page = w.integer(f["page"], "page", 1, 10**6) if "page" in f else None
    if kind == "figure":
        value = w.number(get("value"), "value")
        if value is None:
            return None
        qualifier = (
            w.choice(f["qualifier"], "qualifier", m.QUALIFIERS) if ("qualifier" in f) else None
        )
        return m.Figure(
            item_id,
            value,
            qualifier,
            text(get("unit"), "unit"),
            text(get("subject"), "subject"),
            w.date(get("as_of"), "as_of"),
            text(get("attribution"), "attribution"),
            cred,
            span,
            pos,
            page=page,
            as_of_inferred=w.boolean(get("as_of_inferred"), "as_of_inferred"),
        )
    body = text(get("text"), "text")
    if body is None:
        return None
    if kind == "take":
        return m.Take(
            item_id, body, cred, span, pos, page=page, draft=w.boolean(get("draft"), "draft")
        )
    return m.Quote(
        item_id,
        body,
        text(get("speaker"), "speaker"),
        text(get("role"), "role"),
        w.date(get("date"), "date"),
        cred,
        span,
        pos,
        page=page,
        speaker_inferred=w.boolean(get("speaker_inferred"), "speaker_inferred"),
    )


def source_from_doc(doc: Document) -> m.Source:
    w = Walk(doc)
    root = _root(doc)
    f, pos = w.mapping(root, "a source note", SOURCE_KEYS, ("title",))
    stem = _stem(doc.path)
    src_id = w.slug(f.get("id"), "id")  # None without 'id' (or a bad one): the stem then
    if "id" not in f and not m.SLUG_RE.match(stem):
        w.fail(
            root,
            f"file name '{stem}' is not an id; add 'id:' with lowercase letters, digits and '-'",
        )
    lists: dict[str, list[Any]] = {}
    for key, kind in (("takes", "take"), ("quotes", "quote"), ("figures", "figure")):
        lists[key] = [it for n in w.seq(f.get(key), key) if (it := _item(w, n, kind))]
    _assign_ids(w, lists)
    src = m.Source(
        id=src_id or stem,
        title=w.text(f.get("title"), "title") or "",
        kind=w.choice(f.get("kind"), "kind", m.SOURCE_KINDS),
        publisher=w.text(f.get("publisher"), "publisher"),
        author=w.text(f.get("author"), "author"),
        url=w.text(f.get("url"), "url"),
        published=w.date(f.get("published"), "published"),
        accessed=w.date(f.get("accessed"), "accessed"),
        reliability=w.choice(f.get("reliability"), "reliability", tuple(m.RELIABILITY)),
        marking=w.choice(f.get("marking"), "marking", m.MARKINGS),
        tags=w.texts(f.get("tags"), "tags"),
        summary=w.text(f.get("summary"), "summary"),
        takes=lists["takes"],
        quotes=lists["quotes"],
        figures=lists["figures"],
        notes=w.text(f.get("notes"), "notes"),
        body=w.text(f.get("body"), "body"),
        pos=pos,
        identifier=w.text(f.get("identifier"), "identifier"),
        archived_url=w.text(f.get("archived_url"), "archived_url"),
        source_type=w.choice(f.get("source_type"), "source_type", m.SOURCE_TYPES),
        descriptor=w.text(f.get("descriptor"), "descriptor"),
    )
    if w.problems:
        raise LoadError(w.problems)
    return src


def _stem(path: str) -> str:
    """``Path(path).stem`` without making a Path (5,000 of them on a cold load)."""
    name = path.rpartition("/")[2] if os.sep == "/" else ""
    if name in ("", "."):  # "a/." is "a" to Path, and Windows paths are Path's to read
        return Path(path).stem
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _assign_ids(w: Walk, lists: dict[str, list[Any]]) -> None:
    seen: dict[str, Any] = {}
    for items in lists.values():
        for it in items:
            if not it.id:
                continue
            if it.id in seen:
                first = seen[it.id].pos[""][0]
                line, col = it.pos["id"]
                w.problems.append(
                    Problem(
                        w.doc.path,
                        line,
                        col,
                        f"duplicate item id '{it.id}' (first at line {first})",
                        w.doc.line(it.pos["id"][0]),
                    )
                )
            else:  # a third with the same id is reported against the first, too
                seen[it.id] = it
    for items in lists.values():
        for it in items:
            if not it.id:
                n = 1
                while f"{it.kind[0]}{n}" in seen:
                    n += 1
                it.id = f"{it.kind[0]}{n}"
                seen[it.id] = it


def _root(doc: Document) -> yaml.Node:
    if doc.root is None:
        raise LoadError(
            [Problem(doc.path, 1, 1, "file is empty; expected a mapping of key: value")]
        )
    if not isinstance(doc.root, yaml.MappingNode):
        raise LoadError(
            [
                doc.problem(
                    doc.root,
                    f"expected a mapping of key: value at the top, found {kind_of(doc.root)}",
                )
            ]
        )
    return doc.root


# ------------------------------------------------------------------- briefs

BRIEF_KEYS = keys(
    "title",
    "subtitle",
    "author",
    "date",
    "language",
    "marking",
    "portion_marks",
    "likelihood_ranges",
    "show_ids",
    "citations",
    "changes_since",
    "pdf_standard",
    "bluf",
    "bluf_marking",
    "sections",
)
SECTION_KEYS = keys("heading", "entries")
ENTRY_KEYS = keys("ref", "text", "marking", "comment", "confidence", "likelihood", "nocheck")


def _entry(w: Walk, node: yaml.Node) -> m.Entry | None:
    f, pos = w.mapping(node, "an entry", ENTRY_KEYS)
    if ("ref" in f) == ("text" in f):
        w.fail(
            node,
            "an entry has either 'ref' (an item) or 'text' (prose), not "
            + ("both" if "ref" in f else "neither"),
        )
        return None
    ref = None
    if "ref" in f:
        raw = w.text(f["ref"], "ref")
        try:
            ref = m.Ref.parse(raw) if raw is not None else None
        except ValueError as e:
            w.fail(f["ref"], str(e))
            return None
    elif "comment" in f:
        w.fail(f["comment"], "a prose entry has no 'comment'; put it in 'text'")
    return m.Entry(
        ref,
        w.text(f.get("text"), "text"),
        w.text(f.get("comment"), "comment"),
        w.choice(f.get("confidence"), "confidence", m.CONFIDENCE),
        w.codes(f.get("nocheck"), "nocheck"),
        pos,
        marking=w.choice(f.get("marking"), "marking", m.MARKINGS),
        likelihood=_likelihood(w, f.get("likelihood")),
    )


def _likelihood(w: Walk, node: yaml.Node | None) -> float | None:
    """A probability from 0 to 1 (``0.7``); ``70`` gets a hint to write ``0.7``."""
    value = w.number(node, "likelihood")
    if value is None:
        return None
    if 0 <= value <= 1:
        return float(value)
    hint = f" (for {value:g} % write {value / 100:g})" if 1 < value <= 100 else ""
    w.fail(node, f"'likelihood' must be a probability from 0 to 1, found '{value:g}'{hint}")
    return None


def language(w: Walk, node: yaml.Node | None) -> str | None:
    """A BCP 47 language tag (``en``, ``pt-BR``, ``zh-Hant-TW``)."""
    tag = w.text(node, "language")
    if tag is None or m.LANGUAGE_RE.match(tag):
        return tag
    w.fail(node, f"'language' must be a BCP 47 tag such as en, fr or pt-BR, found '{tag}'")
    return None


def brief_from_doc(doc: Document) -> m.Brief:
    w = Walk(doc)
    f, pos = w.mapping(_root(doc), "a brief", BRIEF_KEYS, ("title",))
    sections = []
    for n in w.seq(f.get("sections"), "sections"):
        sf, spos = w.mapping(n, "a section", SECTION_KEYS, ("heading",))
        entries = [e for en in w.seq(sf.get("entries"), "entries") if (e := _entry(w, en))]
        sections.append(m.Section(w.text(sf.get("heading"), "heading") or "", entries, spos))
    brief = m.Brief(
        w.text(f.get("title"), "title") or "",
        w.text(f.get("subtitle"), "subtitle"),
        w.text(f.get("author"), "author"),
        w.date(f.get("date"), "date"),
        w.choice(f.get("marking"), "marking", m.MARKINGS),
        w.text(f.get("bluf"), "bluf"),
        sections,
        pos,
        portion_marks=w.boolean(f.get("portion_marks"), "portion_marks"),
        likelihood_ranges=w.boolean(f.get("likelihood_ranges"), "likelihood_ranges"),
        show_ids=w.boolean(f.get("show_ids"), "show_ids"),
        citations=w.choice(f.get("citations"), "citations", m.CITATION_STYLES),
        changes_since=w.choice(f.get("changes_since"), "changes_since", m.CHANGES_SINCE),
        language=language(w, f.get("language")),
        pdf_standard=w.choice(f.get("pdf_standard"), "pdf_standard", m.PDF_STANDARDS),
        bluf_marking=w.choice(f.get("bluf_marking"), "bluf_marking", m.MARKINGS),
    )
    if w.problems:
        raise LoadError(w.problems)
    return brief


# ------------------------------------------------------- settings / config

SETTINGS_KEYS = keys(
    "author",
    "marking",
    "stale_days",
    "language",
    "portion_marks",
    "likelihood_ranges",
    "show_ids",
    "citations",
    "changes_since",
    "pdf_standard",
    "checks",
)
CONFIG_KEYS = keys("workspace", "theme", "author", "marking", "stale_days", "editor")


def settings_from_doc(doc: Document) -> m.Settings:
    w = Walk(doc)
    if doc.root is None:
        return m.Settings()
    f, pos = w.mapping(_root(doc), "workspace settings", SETTINGS_KEYS)
    checks = None
    if "checks" in f:
        cf, cpos = w.mapping(f["checks"], "'checks'", keys("disable"))
        checks = m.CheckSettings(w.codes(cf.get("disable"), "disable"), cpos)
    s = m.Settings(
        w.text(f.get("author"), "author"),
        w.choice(f.get("marking"), "marking", m.MARKINGS),
        w.integer(f.get("stale_days"), "stale_days", 0, 100_000),
        checks,
        pos,
        portion_marks=w.boolean(f.get("portion_marks"), "portion_marks"),
        likelihood_ranges=w.boolean(f.get("likelihood_ranges"), "likelihood_ranges"),
        show_ids=w.boolean(f.get("show_ids"), "show_ids"),
        citations=w.choice(f.get("citations"), "citations", m.CITATION_STYLES),
        changes_since=w.choice(f.get("changes_since"), "changes_since", m.CHANGES_SINCE),
        language=language(w, f.get("language")),
        pdf_standard=w.choice(f.get("pdf_standard"), "pdf_standard", m.PDF_STANDARDS),
    )
    if w.problems:
        raise LoadError(w.problems)
    return s


def config_from_doc(doc: Document) -> m.Config:
    w = Walk(doc)
    if doc.root is None:
        return m.Config()
    f, pos = w.mapping(_root(doc), "the configuration", CONFIG_KEYS)
    c = m.Config(
        w.text(f.get("workspace"), "workspace"),
        w.text(f.get("theme"), "theme"),
        w.text(f.get("author"), "author"),
        w.choice(f.get("marking"), "marking", m.MARKINGS),
        w.integer(f.get("stale_days"), "stale_days", 0, 100_000),
        w.text(f.get("editor"), "editor"),
        pos,
    )
    if w.problems:
        raise LoadError(w.problems)
    return c


def _load(path: Path | str, build: Callable[[Document], _T]) -> tuple[_T, FileStamp]:
    doc, data = load_document(path)
    return build(doc), FileStamp.of(Path(path), data)


def load_source(path: Path | str) -> m.Source:
    return _load(path, source_from_doc)[0]


def load_brief(path: Path | str) -> tuple[m.Brief, FileStamp]:
    """The brief and the stamp of what was read (pass it back to save_brief)."""
    return _load(path, brief_from_doc)


def load_settings(path: Path | str) -> m.Settings:
    return _load(path, settings_from_doc)[0]


def load_config(path: Path | str) -> m.Config:
    return _load(path, config_from_doc)[0]


# ------------------------------------------------------------------ writing


def _ordered(obj: Any, fields: Iterable[str], values: dict[str, Any]) -> dict[str, Any]:
    """Keys in the order the file had them, new keys in schema order; None left out."""
    order = [k for k in obj.pos if k in values] + [k for k in fields if k not in obj.pos]
    return {k: values[k] for k in order if k in values and values[k] not in (None, [], ())}


def item_to_data(it: m.Item) -> dict[str, Any]:
    keys = {"take": TAKE_KEYS, "quote": QUOTE_KEYS, "figure": FIGURE_KEYS}[it.kind]
    values = {k: getattr(it, k) for k in keys}
    if it.span is not None:
        values["span"] = FlowList(it.span)
    return _ordered(it, keys, values)


def source_to_data(src: m.Source) -> dict[str, Any]:
    values = {k: getattr(src, k) for k in SOURCE_KEYS}
    values["tags"] = FlowList(src.tags)
    for key in ("takes", "quotes", "figures"):
        values[key] = [item_to_data(it) for it in getattr(src, key)]
    return _ordered(src, SOURCE_KEYS, values)


def entry_to_data(e: m.Entry) -> dict[str, Any]:
    values = {k: getattr(e, k) for k in ENTRY_KEYS}
    values["ref"] = str(e.ref) if e.ref else None
    values["nocheck"] = FlowList(e.nocheck)
    return _ordered(e, ENTRY_KEYS, values)


def brief_to_data(b: m.Brief) -> dict[str, Any]:
    values = {k: getattr(b, k) for k in BRIEF_KEYS}
    values["sections"] = [
        _ordered(
            s,
            SECTION_KEYS,
            {"heading": s.heading, "entries": [entry_to_data(e) for e in s.entries]},
        )
        for s in b.sections
    ]
    data = _ordered(b, BRIEF_KEYS, values)
    if not b.sections:
        data["sections"] = []
    return data


def dump_source(src: m.Source) -> str:
    return dump(source_to_data(src))


def dump_brief(b: m.Brief) -> str:
    return dump(brief_to_data(b))


def save_brief(b: m.Brief, path: Path | str, stamp: FileStamp | None) -> FileStamp:
    """Save atomically unless the file changed since ``stamp`` (ChangedOnDisk)."""
    return save_checked(path, dump_brief(b), stamp)


def save_source(src: m.Source, path: Path | str, stamp: FileStamp | None = None) -> FileStamp:
    return save_checked(path, dump_source(src), stamp)


def config_to_data(c: m.Config) -> dict[str, Any]:
    return _ordered(c, CONFIG_KEYS, {k: getattr(c, k) for k in CONFIG_KEYS})
