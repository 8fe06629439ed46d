"""A validating walk over a YAML node tree: each method reads one kind of value and, when
the value is wrong, records a located Problem instead of stopping, so one pass reports
every problem in a file."""

from __future__ import annotations

import datetime
import difflib
import math
import re
from decimal import Decimal
from sys import intern as _intern
from typing import Any

import yaml

from . import model as m
from .errors import ProblemList
from .yamlio import ALLOWED_TAGS, Document

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?\Z")
MAX_NUMBER_CHARS = 40  # a longer number is out of range before it is converted
MAX_DIGITS = 18  # whole numbers: below 10**18
MIN_MAGNITUDE, MAX_MAGNITUDE = 1e-9, 1e18
_CODE = re.compile(r"BRF[0-9]{3}\Z")
_STR, _NULL = "tag:yaml.org,2002:str", "tag:yaml.org,2002:null"
_SEQ, _MAP = "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


_SHARED: dict[tuple[int, int], tuple[int, int]] = {}
_SHARED_MAX = 1 << 16


def keys(*names: str) -> dict[str, None]:
    """A schema's keys: ordered (for messages and saving) with fast membership."""
    return dict.fromkeys(names)


class Walk:
    """Validates one document's node tree and collects problems instead of stopping."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.problems = ProblemList()  # the first MAX_PROBLEMS, then only counted

    def fail(self, node: Any, message: str) -> None:
        if self.problems.full:
            self.problems.dropped += 1
        else:
            self.problems.append(self.doc.problem(node, message))

    # -- structure
    def mapping(
        self, node: yaml.Node, what: str, keys: dict[str, None], required: tuple[str, ...] = ()
    ) -> tuple[dict[str, yaml.Node], m.Positions]:
        """Return {key: value node} and positions; report tags, duplicates, unknowns.
        (The hot path of loading a workspace: kept free of calls for valid input.)"""
        mark = node.start_mark
        at = (mark.line + 1, mark.column + 1)
        pos: m.Positions = {"": _SHARED.setdefault(at, at) if len(_SHARED) < _SHARED_MAX else at}
        out: dict[str, yaml.Node] = {}
        if node.__class__ is not yaml.MappingNode:
            self.fail(node, f"expected {what} (a mapping of key: value), found {kind_of(node)}")
            return out, pos
        if node.tag != _MAP:
            self.tag_ok(node)
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if key_node.tag != _STR or key_node.__class__ is not yaml.ScalarNode:
                self.fail(key_node, f"a key must be plain text, found {kind_of(key_node)}")
                continue
            key = key_node.value
            if key in seen:
                first = seen[key].start_mark.line + 1
                self.fail(key_node, f"duplicate key '{_cut(key)}' (first at line {first})")
                continue
            seen[key] = key_node
            if key not in keys:
                if key == "<<":
                    self.fail(key_node, "merge keys ('<<') are not allowed")
                    continue
                if self.problems.full:  # only counted: spare the did-you-mean search
                    self.problems.dropped += 1
                    continue
                hint = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
                tip = f"; did you mean '{hint[0]}'?" if hint else f" (known: {', '.join(keys)})"
                self.fail(key_node, f"unknown key '{_cut(key)}' in {what}{tip}")
                continue
            key = _intern(key)  # one str per key name: 75,000 items' positions share them
            tag = value_node.tag
            if tag == _NULL:
                mark = value_node.start_mark
                pos[key] = (mark.line + 1, mark.column + 1)
                continue
            if tag != _STR and tag != _SEQ and tag != _MAP and not self.tag_ok(value_node):
                continue
            mark = value_node.start_mark
            at = (mark.line + 1, mark.column + 1)
            # one tuple per (line, col) across files: a library's notes have few distinct
            # positions, and 75,000 items' own tuples were ~30 MB (bounded table)
            pos[key] = _SHARED.setdefault(at, at) if len(_SHARED) < _SHARED_MAX else at
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
        self.fail(
            node,
            f"tag '{short_tag(node.tag)}' is not allowed; briefer files hold "
            "plain text, numbers, lists and mappings only",
        )
        return False

    def seq(self, node: yaml.Node | None, what: str) -> list[yaml.Node]:
        if node is None:
            return []
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, f"'{what}' must be a list, found {kind_of(node)}")
            return []
        return [n for n in node.value if self.tag_ok(n)]

    # -- scalars
    def text(self, node: yaml.Node | None, what: str) -> str | None:
        if node is None:
            return None
        if node.__class__ is not yaml.ScalarNode:
            self.fail(node, f"'{what}' must be text, found {kind_of(node)}")
            return None
        text: str = node.value
        return text

    def number(self, node: yaml.Node | None, what: str) -> int | float | None:
        """A figure's number: a whole number of at most 18 digits, or a decimal with at most
        15 significant digits (what a float keeps exactly) between 1e-9 and 1e18 in size.
        Anything else is a located problem, never an exception or a rounded value."""
        raw = self.text(node, what)
        if raw is None:
            return None
        plain = raw.strip()
        value: int | float | None = None
        if len(plain) <= MAX_NUMBER_CHARS and _INT.match(plain):
            if len(plain.lstrip("+-").lstrip("0")) <= MAX_DIGITS:
                return int(plain)
        elif len(plain) <= MAX_NUMBER_CHARS and _FLOAT.match(plain):
            value = _bounded_float(plain)
            if value is not None:
                return value
        elif not (_INT.match(plain) or _FLOAT.match(plain)):
            hint = (
                " (write it without thousands separators)"
                if re.fullmatch(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?", plain)
                else ""
            )
            self.fail(node, f"'{what}' must be a number, found '{_cut(raw)}'{hint}")
            return None
        self.fail(
            node,
            f"'{what}' {_cut(plain)} is out of range: briefer keeps whole numbers of up to "
            f"{MAX_DIGITS} digits, and decimals from 1e-9 to 1e18 in size with no more digits "
            "than a computer's float holds exactly (about 15)",
        )
        return None

    def integer(self, node: yaml.Node | None, what: str, lo: int, hi: int) -> int | None:
        raw = self.text(node, what)
        if raw is None:
            return None
        plain = raw.strip()
        if len(plain) <= MAX_NUMBER_CHARS and _INT.match(plain) and lo <= int(plain) <= hi:
            return int(plain)
        self.fail(node, f"'{what}' must be a whole number from {lo} to {hi}, found '{_cut(raw)}'")
        return None

    def boolean(self, node: yaml.Node | None, what: str) -> bool | None:
        """``true`` / ``false`` (any case); ``yes``/``no``/``on``/``off`` are refused, since
        the file is read with everything as text and those are easy to misread."""
        raw = self.text(node, what)
        if raw is None:
            return None
        if raw.strip().lower() in ("true", "false"):
            return raw.strip().lower() == "true"
        self.fail(node, f"'{what}' must be true or false, found '{_cut(raw)}'")
        return None

    def date(self, node: yaml.Node | None, what: str) -> str | None:
        """A date as text: YYYY, YYYY-MM or YYYY-MM-DD, and a real one (no month 13)."""
        raw = self.text(node, what)
        if raw is None or raw == "" or is_date(raw):  # '' is "no date", as written
            return raw
        self.fail(
            node,
            f"'{what}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '{_cut(raw)}'",
        )
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
        self.fail(
            node,
            f"'{what}' {raw!r} is not an id: use lowercase letters, digits and "
            "'-', starting with a letter or digit",
        )
        return None

    def texts(self, node: yaml.Node | None, what: str) -> list[str]:
        return [t for n in self.seq(node, what) if (t := self.text(n, what)) is not None]

    def span(self, node: yaml.Node | None) -> tuple[int, int] | None:
        if node is None:
            return None
        parts = self.seq(node, "span")
        nums = [self.integer(n, "span", 0, 2**62) for n in parts]
        if None in nums:
            return None  # already reported, at the number
        if len(nums) != 2 or nums[0] > nums[1]:  # type: ignore[operator]
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


def _bounded_float(plain: str) -> float | None:
    """The float for ``plain`` when it is in range and holds exactly the number written
    (no digit lost or invented on the way: what ``repr`` gives back is the same number),
    else None."""
    value = float(plain)
    if not math.isfinite(value):
        return None
    exact = Decimal(repr(value))
    if exact != Decimal(plain):
        return None  # 0.1e-400 became 0; 1.23456789012345678 lost digits
    if value != 0.0 and not (MIN_MAGNITUDE <= abs(value) < MAX_MAGNITUDE):
        return None
    return value


def number_ok(value: int | float) -> bool:
    """True when a note holding ``value`` loads again (what :meth:`Walk.number` accepts):
    for code that makes figures, such as the importer."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return abs(value) < int(10**MAX_DIGITS)
    return _bounded_float(repr(value)) is not None


def is_date(text: str) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, naming a day that exists."""
    known = _DATES_SEEN.get(text)
    if known is None:
        known = _is_date(text)
        if len(_DATES_SEEN) < _SHARED_MAX:  # a library has few distinct dates: bounded
            _DATES_SEEN[text] = known
    return known


_DATES_SEEN: dict[str, bool] = {}


def _is_date(text: str) -> bool:
    m_ = _DATE.match(text)
    if not m_:
        return False
    year, month, day = m_.group(1), m_.group(2), m_.group(3)
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return False
    return True


def _cut(text: str, limit: int = 40) -> str:
    """Long values shortened for messages (a 5,000-digit number is one line, not a page)."""
    return text if len(text) <= limit else f"{text[: limit - 1]}… ({len(text):,} characters)"


def kind_of(node: yaml.Node | None) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"'{_cut(node.value)}'" if node is not None else "nothing"


def short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:") :] if tag.startswith("tag:yaml.org,2002:") else tag
