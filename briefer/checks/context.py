"""What every rule needs: the brief, its library, where things are, and how to report."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from .. import model as m
from ..workspace import Workspace
from .finding import CODES, Finding
from .lexicon import Match, lexicon
from .locate import FileText, Pos


@dataclass(slots=True)
class Cited:
    """An entry of the brief that cites an item, resolved against the library."""

    section: int
    index: int
    entry: m.Entry
    ref: m.Ref
    source: m.Source | None
    item: m.Item | None

    @property
    def pos(self) -> Pos:
        return self.entry.pos.get("ref") or self.entry.pos.get("", (1, 1))


@dataclass(slots=True)
class Text:
    """A piece of the analyst's own wording: the BLUF, a prose entry or a comment."""

    field: str  # "bluf" | "text" | "comment"
    value: str
    at: Callable[[int], Pos]  # index in value → file position
    section: int | None = None
    index: int | None = None
    entry: m.Entry | None = None

    # (dataclasses.field in full: the ``field`` attribute above shadows the name here)
    _scans: dict[str, list[Match]] = dataclasses.field(default_factory=dict)

    def skips(self, code: str) -> bool:
        return self.entry is not None and code in self.entry.nocheck

    def vague(self) -> list[Match]:
        """Vague likelihood wording, outside quotes (scanned once)."""
        if "vague" not in self._scans:
            self._scans["vague"] = lexicon().vague_terms(self.value)
        return self._scans["vague"]

    def icd(self) -> list[Match]:
        """ICD 203 terms, outside quotes and outside vague phrases (scanned once)."""
        if "icd" not in self._scans:
            self._scans["icd"] = lexicon().icd_terms(self.value, self.vague())
        return self._scans["icd"]

    def confidence(self) -> list[Match]:
        if "confidence" not in self._scans:
            self._scans["confidence"] = lexicon().confidence_levels(self.value)
        return self._scans["confidence"]


class Context:
    def __init__(
        self, ws: Workspace, brief: m.Brief, path: str, text: str | None, today: date | None = None
    ) -> None:
        self.ws = ws
        self.brief = brief
        self.path = path
        self.file = FileText(text)
        self.today = today or date.today()
        self.findings: list[Finding] = []
        self._texts: list[Text] | None = None
        self._cited: list[Cited] | None = None

    def add(
        self,
        code: str,
        message: str,
        pos: Pos,
        *,
        section: int | None = None,
        entry: int | None = None,
        related: str | None = None,
    ) -> None:
        self.findings.append(
            Finding(
                code, CODES[code][0], message, self.path, pos[0], pos[1], section, entry, related
            )
        )

    # ------------------------------------------------------------ the brief
    def entries(self) -> Iterator[tuple[int, int, m.Entry]]:
        for si, section in enumerate(self.brief.sections):
            for ei, entry in enumerate(section.entries):
                yield si, ei, entry

    def cited(self) -> list[Cited]:
        if self._cited is not None:
            return self._cited
        out = []
        for si, ei, e in self.entries():
            if e.ref is None:
                continue
            src = self.ws.sources.get(e.ref.source)
            out.append(Cited(si, ei, e, e.ref, src, src.item(e.ref.item) if src else None))
        self._cited = out
        return out

    def texts(self) -> list[Text]:
        """The BLUF, prose entries and comments, each able to locate its characters."""
        if self._texts is not None:
            return self._texts
        out = []
        b = self.brief
        if b.bluf and b.bluf.strip():
            out.append(Text("bluf", b.bluf, self._at(b.bluf, b.pos, "bluf")))
        for si, ei, e in self.entries():
            for name in ("text", "comment"):
                value = getattr(e, name)
                if value and value.strip():
                    out.append(Text(name, value, self._at(value, e.pos, name), si, ei, e))
        self._texts = out
        return out

    def _at(self, value: str, pos: m.Positions, key: str) -> Callable[[int], Pos]:
        return self.file.locator(value, pos.get(key) or pos.get("", (1, 1)))

    def heading(self, section: int) -> str:
        return self.brief.sections[section].heading

    def line_of(self, c: Cited) -> int:
        return c.pos[0]

    # ------------------------------------------------------------ the library
    def source_loc(self, source: m.Source, key: str = "", item: m.Item | None = None) -> str | None:
        """``path:line:col`` of a source's (or one of its items') field."""
        path = self.ws.source_paths.get(source.id)
        if path is None:
            return None
        pos = item.pos if item is not None else source.pos
        line, col = pos.get(key) or pos.get("", (1, 1))
        return f"{path}:{line}:{col}"

    def source_file(self, source: m.Source) -> str:
        path = self.ws.source_paths.get(source.id)
        return str(path) if path else f"source '{source.id}'"

    def reference_date(self) -> tuple[date, str]:
        """The brief's date (start of the period) or today, with how to name it."""
        d = parse_date(self.brief.date) if self.brief.date else None
        if d is not None:
            return d, f"the brief date {self.brief.date}"
        why = (
            "the brief has no date"
            if not self.brief.date
            else (f"the brief date '{self.brief.date}' is not YYYY-MM-DD")
        )
        return self.today, f"today, {self.today.isoformat()} ({why})"


_DATE = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?\s*\Z")


def parse_date(text: str, *, end: bool = False) -> date | None:
    """An ISO date, month or year; partial dates are the first (or, with ``end``, the
    last) day of their period. None when it is not one."""
    m_ = _DATE.match(text)
    if not m_:
        return None
    year = int(m_.group(1))
    month = int(m_.group(2)) if m_.group(2) else (12 if end else 1)
    try:
        if m_.group(3):
            return date(year, month, int(m_.group(3)))
        if not end:
            return date(year, month, 1)
        nxt = date(year + month // 12, month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    except ValueError:
        return None
