"""The file schemas: YAML nodes → model objects (with every problem located), and model
objects → plain data for writing. One table of fields per file type serves both ways."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from . import model as m
from .errors import LoadError, Problem
from .yamlio import (
    ALLOWED_TAGS,
    Document,
    FileStamp,
    FlowList,
    dump,
    load_document,
    save_checked,
)

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_CODE = re.compile(r"BRF[0-9]{3}\Z")
_STR, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def _keys(*names: str) -> dict[str, None]:
    """A schema's keys: ordered (for messages and saving) with fast membership."""
    return dict.fromkeys(names)


class _Walk:
    """Validates one document's node tree and collects problems instead of stopping."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.problems: list[Problem] = []

    def fail(self, node: Any, message: str) -> None:
        self.problems.append(self.doc.problem(node, message))

    # -- structure
    def mapping(self, node: yaml.Node, what: str, keys: dict[str, None],
                required: tuple[str, ...] = ()) -> tuple[dict[str, yaml.Node], m.Positions]:
        """Return {key: value node} and positions; report tags, duplicates, unknowns.
        (The hot path of loading a workspace: kept free of calls for valid input.)"""
        mark = node.start_mark
        pos: m.Positions = {"": (mark.line + 1, mark.column + 1)}
        out: dict[str, yaml.Node] = {}
        if node.__class__ is not yaml.MappingNode:
            self.fail(node, f"expected {what} (a mapping of key: value), found {_kind(node)}")
            return out, pos
        if node.tag != _MAP:
            self.tag_ok(node)
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag != _STR or key_node.__class__ is not yaml.ScalarNode:
                self.fail(key_node, f"a key must be plain text, found {_kind(key_node)}")
                continue
            key = key_node.value
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.fail(key_node, f"duplicate key '{key}' (first at line {first})")
                continue
            seen[key] = key_node
            if key not in keys:
                if key == "<<":
                    self.fail(key_node, "merge keys ('<<') are not allowed")
                    continue
                hint = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
                tip = f"; did you mean '{hint[0]}'?" if hint else f" (known: {', '.join(keys)})"
                self.fail(key_node, f"unknown key '{key}' in {what}{tip}")
                continue
            tag = value_node.tag
            if tag == _NULL:
                mark = value_node.start_mark
                pos[key] = (mark.line + 1, mark.column + 1)
                continue
            if tag != _STR and tag != _SEQ and tag != _MAP and not self.tag_ok(value_node):
                continue
            mark = value_node.start_mark
            pos[key] = (mark.line + 1, mark.column + 1)
            out[key] = value_node
        for key in required:
            if key not in out:
                if key in seen:
                    self.fail(seen[key], f"'{key}' needs a value")
                else:
                    self.fail(node, f"{what} is missing required key '{key}'")
        return out, pos

    def tag_ok(self, node: yaml.Node) -> bool:
        if node.tag in ALLOWED_TAGS:
            return True
        self.fail(node, f"tag '{_short_tag(node.tag)}' is not allowed; briefer files hold "
                  "plain text, numbers, lists and mappings only")
        return False

    def seq(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"'{what}' must be a list, found {_kind(node)}")
            return []
        return [n for n in node.value if self.tag_ok(n)]

    # -- scalars
    def text(self, node: yaml.Node | None, what: str) -> str | None:
        if node is None:
            return None
        if node.__class__ is not yaml.ScalarNode:
            self.fail(node, f"'{what}' must be text, found {_kind(node)}")
            return None
        return node.value

    def number(self, node: yaml.Node | None, what: str) -> int | float | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        plain = raw.strip()
        if _INT.match(plain):
            return int(plain)
        if _FLOAT.match(plain):
            return float(plain)
        hint = " (write it without thousands separators)" if re.fullmatch(
            r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", plain) else ""
        self.fail(node, f"'{what}' must be a number, found '{raw}'{hint}")
        return None

    def integer(self, node: yaml.Node | None, what: str, lo: int, hi: int) -> int | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        if _INT.match(raw.strip()) and lo <= int(raw) <= hi:
            return int(raw)
        self.fail(node, f"'{what}' must be a whole number from {lo} to {hi}, found '{raw}'")
        return None

    def choice(self, node: yaml.Node | None, what: str, options: tuple[str, ...]) -> str | None:
        raw = self.text(node, what)
        if raw is None or raw in options:
            return raw
        hint = [o for o in options if o.lower() == raw.lower() or o.endswith(":" + raw.upper())]
        hint = hint or difflib.get_close_matches(raw, options, n=1)
        tip = f"; did you mean '{hint[0]}'?" if hint else ""
        self.fail(node, f"'{what}' must be one of {', '.join(options)}; found '{raw}'{tip}")
        return None

    def slug(self, node: yaml.Node | None, what: str) -> str | None:
        raw = self.text(node, what)
        if raw is None or m.SLUG_RE.match(raw):
            return raw
        self.fail(node, f"'{what}' {raw!r} is not an id: use lowercase letters, digits and "
                  "'-', starting with a letter or digit")
        return None

    def texts(self, node: yaml.Node | None, what: str) -> list[str]:
        return [t for n in self.seq(node, what) if (t := self.text(n, what)) is not None]

    def span(self, node: yaml.Node | None) -> tuple[int, int] | None:
        if node is None:
            return None
        parts = self.seq(node, "span")
        nums = [self.integer(n, "span", 0, 2**62) for n in parts]
        if len(nums) != 2 or None in nums or nums[0] > nums[1]:  # type: ignore[operator]
            self.fail(node, "'span' must be [start, end] with 0 <= start <= end")
            return None
        return (nums[0], nums[1])  # type: ignore[return-value]

    def codes(self, node: yaml.Node | None, what: str) -> list[str]:
        out = []
        for n in self.seq(node, what):
            code = self.text(n, what)
            if code is not None and _CODE.match(code):
                out.append(code)
            elif code is not None:
                self.fail(n, f"'{code}' is not a check code such as BRF003")
        return out


def _kind(node: yaml.Node | None) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"'{node.value}'" if node is not None else "nothing"


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag


# ------------------------------------------------------------------ sources

SOURCE_KEYS = _keys("id", "title", "kind", "publisher", "author", "url", "published", "accessed",
               "reliability", "marking", "tags", "summary", "takes", "quotes", "figures",
               "notes", "body")
TAKE_KEYS = _keys("id", "text", "credibility", "span")
QUOTE_KEYS = _keys("id", "text", "speaker", "role", "date", "credibility", "span")
FIGURE_KEYS = _keys("id", "value", "qualifier", "unit", "subject", "as_of", "attribution",
               "credibility", "span")


def _item(w: _Walk, node: yaml.Node, kind: str) -> m.Item | None:
    keys = {"take": TAKE_KEYS, "quote": QUOTE_KEYS, "figure": FIGURE_KEYS}[kind]
    required = ("value",) if kind == "figure" else ("text",)
    f, pos = w.mapping(node, f"a {kind}", keys, required)
    item_id = w.slug(f.get("id"), "id") or ""
    common = dict(credibility=w.integer(f.get("credibility"), "credibility", 1, 6),
                  span=w.span(f.get("span")), pos=pos)
    if kind == "figure":
        value = w.number(f.get("value"), "value")
        if value is None:
            return None
        return m.Figure(item_id, value, w.choice(f.get("qualifier"), "qualifier", m.QUALIFIERS),
                        w.text(f.get("unit"), "unit"), w.text(f.get("subject"), "subject"),
                        w.text(f.get("as_of"), "as_of"),
                        w.text(f.get("attribution"), "attribution"), **common)
    text = w.text(f.get("text"), "text")
    if text is None:
        return None
    if kind == "take":
        return m.Take(item_id, text, **common)
    return m.Quote(item_id, text, w.text(f.get("speaker"), "speaker"),
                   w.text(f.get("role"), "role"), w.text(f.get("date"), "date"), **common)


def source_from_doc(doc: Document) -> m.Source:
    w = _Walk(doc)
    root = _root(doc)
    f, pos = w.mapping(root, "a source note", SOURCE_KEYS, ("title",))
    stem = Path(doc.path).stem
    src_id = w.slug(f.get("id"), "id") if "id" in f else stem
    if "id" not in f and not m.SLUG_RE.match(stem):
        w.fail(root, f"file name '{stem}' is not an id; add 'id:' with lowercase letters, "
               "digits and '-'")
    lists: dict[str, list[Any]] = {}
    for key, kind in (("takes", "take"), ("quotes", "quote"), ("figures", "figure")):
        lists[key] = [it for n in w.seq(f.get(key), key) if (it := _item(w, n, kind))]
    _assign_ids(w, lists)
    src = m.Source(
        id=src_id or stem, title=w.text(f.get("title"), "title") or "",
        kind=w.choice(f.get("kind"), "kind", m.SOURCE_KINDS),
        publisher=w.text(f.get("publisher"), "publisher"),
        author=w.text(f.get("author"), "author"), url=w.text(f.get("url"), "url"),
        published=w.text(f.get("published"), "published"),
        accessed=w.text(f.get("accessed"), "accessed"),
        reliability=w.choice(f.get("reliability"), "reliability", tuple(m.RELIABILITY)),
        marking=w.choice(f.get("marking"), "marking", m.MARKINGS),
        tags=w.texts(f.get("tags"), "tags"), summary=w.text(f.get("summary"), "summary"),
        takes=lists["takes"], quotes=lists["quotes"], figures=lists["figures"],
        notes=w.text(f.get("notes"), "notes"), body=w.text(f.get("body"), "body"), pos=pos,
    )
    if w.problems:
        raise LoadError(w.problems)
    return src


def _assign_ids(w: _Walk, lists: dict[str, list[Any]]) -> None:
    seen: dict[str, Any] = {}
    for items in lists.values():
        for it in items:
            if not it.id:
                continue
            if it.id in seen:
                first = seen[it.id].pos[""][0]
                w.problems.append(Problem(w.doc.path, *it.pos["id"],
                                          f"duplicate item id '{it.id}' (first at line {first})",
                                          w.doc.line(it.pos["id"][0])))
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
        raise LoadError([Problem(doc.path, 1, 1, "file is empty; expected a mapping of "
                                 "key: value")])
    if not isinstance(doc.root, yaml.MappingNode):
        raise LoadError([doc.problem(doc.root, f"expected a mapping of key: value at the top, "
                                     f"found {_kind(doc.root)}")])
    return doc.root


# ------------------------------------------------------------------- briefs

BRIEF_KEYS = _keys("title", "subtitle", "author", "date", "marking", "bluf", "sections")
SECTION_KEYS = _keys("heading", "entries")
ENTRY_KEYS = _keys("ref", "text", "comment", "confidence", "nocheck")


def _entry(w: _Walk, node: yaml.Node) -> m.Entry | None:
    f, pos = w.mapping(node, "an entry", ENTRY_KEYS)
    if ("ref" in f) == ("text" in f):
        w.fail(node, "an entry has either 'ref' (an item) or 'text' (prose), not "
               + ("both" if "ref" in f else "neither"))
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
    return m.Entry(ref, w.text(f.get("text"), "text"), w.text(f.get("comment"), "comment"),
                   w.choice(f.get("confidence"), "confidence", m.CONFIDENCE),
                   w.codes(f.get("nocheck"), "nocheck"), pos)


def brief_from_doc(doc: Document) -> m.Brief:
    w = _Walk(doc)
    f, pos = w.mapping(_root(doc), "a brief", BRIEF_KEYS, ("title",))
    sections = []
    for n in w.seq(f.get("sections"), "sections"):
        sf, spos = w.mapping(n, "a section", SECTION_KEYS, ("heading",))
        entries = [e for en in w.seq(sf.get("entries"), "entries") if (e := _entry(w, en))]
        sections.append(m.Section(w.text(sf.get("heading"), "heading") or "", entries, spos))
    brief = m.Brief(w.text(f.get("title"), "title") or "", w.text(f.get("subtitle"), "subtitle"),
                    w.text(f.get("author"), "author"), w.text(f.get("date"), "date"),
                    w.choice(f.get("marking"), "marking", m.MARKINGS),
                    w.text(f.get("bluf"), "bluf"), sections, pos)
    if w.problems:
        raise LoadError(w.problems)
    return brief


# ------------------------------------------------------- settings / config

SETTINGS_KEYS = _keys("author", "marking", "stale_days", "checks")
CONFIG_KEYS = _keys("workspace", "theme", "author", "marking", "stale_days", "editor")


def settings_from_doc(doc: Document) -> m.Settings:
    w = _Walk(doc)
    if doc.root is None:
        return m.Settings()
    f, pos = w.mapping(_root(doc), "workspace settings", SETTINGS_KEYS)
    checks = None
    if "checks" in f:
        cf, cpos = w.mapping(f["checks"], "'checks'", ("disable",))
        checks = m.CheckSettings(w.codes(cf.get("disable"), "disable"), cpos)
    s = m.Settings(w.text(f.get("author"), "author"),
                   w.choice(f.get("marking"), "marking", m.MARKINGS),
                   w.integer(f.get("stale_days"), "stale_days", 0, 100_000), checks, pos)
    if w.problems:
        raise LoadError(w.problems)
    return s


def config_from_doc(doc: Document) -> m.Config:
    w = _Walk(doc)
    if doc.root is None:
        return m.Config()
    f, pos = w.mapping(_root(doc), "the configuration", CONFIG_KEYS)
    c = m.Config(w.text(f.get("workspace"), "workspace"), w.text(f.get("theme"), "theme"),
                 w.text(f.get("author"), "author"),
                 w.choice(f.get("marking"), "marking", m.MARKINGS),
                 w.integer(f.get("stale_days"), "stale_days", 0, 100_000),
                 w.text(f.get("editor"), "editor"), pos)
    if w.problems:
        raise LoadError(w.problems)
    return c


def _load(path: Path | str, build: Callable[[Document], Any]) -> tuple[Any, FileStamp]:
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


def _ordered(obj: Any, fields: tuple[str, ...], values: dict[str, Any]) -> dict[str, Any]:
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
        _ordered(s, SECTION_KEYS, {"heading": s.heading,
                                   "entries": [entry_to_data(e) for e in s.entries]})
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
