"""The data model: source notes, their items, briefs and their outlines.

Plain dataclasses. Every object remembers where it was read from (``pos``: line and
column per key, 1-based; ``""`` is the object itself) so that checks and errors can point
at the file. Positions never take part in equality.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import ClassVar

MARKINGS: tuple[str, ...] = (
    "TLP:CLEAR",
    "TLP:GREEN",
    "TLP:AMBER",
    "TLP:AMBER+STRICT",
    "TLP:RED",
)
RELIABILITY = "ABCDEF"
CREDIBILITY = range(1, 7)
CONFIDENCE: tuple[str, ...] = ("high", "moderate", "low")
# brief/settings ``changes_since``: "none" turns off a workspace default for one brief
CHANGES_SINCE: tuple[str, ...] = ("last-edition", "none")
SOURCE_KINDS: tuple[str, ...] = ("article", "report", "interview", "dataset", "other")
QUALIFIERS: tuple[str, ...] = (
    "exactly",
    "approximately",
    "nearly",
    "about",
    "more than",
    "at least",
    "fewer than",
    "up to",
)
ITEM_KINDS: tuple[str, ...] = ("take", "quote", "figure")
# how the Markdown export cites (``citations:`` of a brief or briefer.yaml)
CITATION_STYLES: tuple[str, ...] = ("footnotes", "pandoc")
# ``pdf_standard:`` of a brief or briefer.yaml: every PDF is PDF/UA-1; "a-2b" adds PDF/A-2b
PDF_STANDARDS: tuple[str, ...] = ("ua-1", "a-2b")
DEFAULT_LANGUAGE = "en"
# BCP 47 language tag, as far as briefer needs it: language, then optional subtags
LANGUAGE_RE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\Z")
# ICD 206 source types (``source_type:`` of a source note)
SOURCE_TYPES: tuple[str, ...] = ("official", "public", "open source", "commercial", "other")
SLUG_RE = re.compile(r"[a-z0-9][a-z0-9-]*\Z")

# (line, col), both 1-based
Pos = tuple[int, int]
Positions = dict[str, Pos]


def marking_rank(marking: str | None) -> int:
    """Order of restrictiveness: CLEAR 0 … RED 4. An unmarked file counts as CLEAR."""
    if not marking:  # None, or "" (document.ref_marking of an unmarked source)
        return 0
    return MARKINGS.index(marking)


def _pos_field() -> Positions:
    return field(default_factory=dict, compare=False, repr=False)


@dataclass(slots=True)
class Ref:
    """A reference to an item: ``SOURCE_ID/ITEM_ID``."""

    source: str
    item: str

    def __str__(self) -> str:
        return f"{self.source}/{self.item}"

    @classmethod
    def parse(cls, text: str) -> Ref:
        """Parse ``source/item``; raise ValueError with a readable reason."""
        parts = text.strip().split("/")
        if len(parts) != 2 or not all(parts):
            raise ValueError(f"reference {text!r} is not of the form SOURCE_ID/ITEM_ID")
        for part in parts:
            if not SLUG_RE.match(part):
                raise ValueError(
                    f"reference {text!r}: {part!r} is not an id "
                    "(lowercase letters, digits and '-', starting with a letter or digit)"
                )
        return cls(parts[0], parts[1])


@dataclass(slots=True)
class Take:
    kind: ClassVar[str] = "take"
    id: str
    text: str
    credibility: int | None = None
    span: tuple[int, int] | None = None
    pos: Positions = _pos_field()
    page: int | None = None  # page of the imported PDF the take was read from
    draft: bool | None = None  # import: drafted from the lead, not the article's own take


@dataclass(slots=True)
class Quote:
    kind: ClassVar[str] = "quote"
    id: str
    text: str
    speaker: str | None = None
    role: str | None = None
    date: str | None = None
    credibility: int | None = None
    span: tuple[int, int] | None = None
    pos: Positions = _pos_field()
    page: int | None = None  # page of the imported PDF the quote was read from
    speaker_inferred: bool | None = None  # import: speaker from a pronoun, title or context


@dataclass(slots=True)
class Figure:
    kind: ClassVar[str] = "figure"
    id: str
    value: int | float
    qualifier: str | None = None
    unit: str | None = None
    subject: str | None = None
    as_of: str | None = None
    attribution: str | None = None
    credibility: int | None = None
    span: tuple[int, int] | None = None
    pos: Positions = _pos_field()
    page: int | None = None  # page of the imported PDF the figure was read from
    as_of_inferred: bool | None = None  # import: as_of is the article's date, not the text's

    @property
    def text(self) -> str:
        """A one-line reading of the figure, for lists and search."""
        head = format_number(self.value)  # never empty
        if self.qualifier:
            head = f"{self.qualifier} {head}"
        if self.unit:
            head = f"{head} {self.unit}"
        return f"{head} — {self.subject}" if self.subject else head


Item = Take | Quote | Figure


def format_number(value: int | float) -> str:
    """15000 → '15,000'; 2500000 → '2.5 million'; 1234567 → '1,234,567'; 0.25 → '0.25'.
    A float prints with the digits it has (its shortest exact form), never more; a value
    that is not a finite number (the schema never lets one in) prints as a notice."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return "(number out of range)"
        exact = Decimal(repr(value))
        if exact == exact.to_integral_value() and abs(exact) < 10**18:
            value = int(exact)
        else:
            for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
                if abs(exact) >= size and (exact * 1000) % size == 0:
                    return f"{exact / size:,f}".rstrip("0").rstrip(".") + f" {word}"
            return f"{exact:,f}"
    if -(10**6) < value < 10**6:  # the common case, no scaling (the search index asks 25,000x)
        return f"{value:,}"
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if abs(value) >= size and (value * 1000) % size == 0:
            scaled = f"{value / size:,.3f}".rstrip("0").rstrip(".")
            return f"{scaled} {word}"
    return f"{value:,}"


@dataclass(slots=True)
class Source:
    id: str
    title: str
    kind: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    accessed: str | None = None
    reliability: str | None = None
    marking: str | None = None
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    takes: list[Take] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    notes: str | None = None
    body: str | None = None
    pos: Positions = _pos_field()
    identifier: str | None = None  # report number, DOI, ISBN…
    archived_url: str | None = None
    source_type: str | None = None  # one of SOURCE_TYPES
    descriptor: str | None = None  # ICD 206: the source's access, expertise, bias, currency

    @property
    def grade(self) -> str:
        """Source reliability, F (cannot be judged) when not given."""
        return self.reliability or "F"

    def items(self) -> list[Item]:
        return [*self.takes, *self.quotes, *self.figures]

    def item(self, item_id: str) -> Item | None:
        for it in self.items():
            if it.id == item_id:
                return it
        return None


def admiralty(source: Source, item: Item | None = None) -> str:
    """Admiralty grade: source reliability plus the item's credibility, e.g. 'B2' or 'B'."""
    cred = getattr(item, "credibility", None) if item is not None else None
    return f"{source.grade}{cred}" if cred else source.grade


def grade_label(source: Source, item: Item | None = None) -> str:
    """The grade as shown to people: the Admiralty grade ('B2', 'B') when the note gives a
    reliability, else 'ungraded' (with the item's credibility: 'ungraded 2'). Not 'F': F
    is an analyst's judgement (reliability cannot be judged), not a missing one."""
    if source.reliability:
        return admiralty(source, item)
    cred = getattr(item, "credibility", None) if item is not None else None
    return f"ungraded {cred}" if cred else "ungraded"


@dataclass(slots=True)
class Hit:
    """One item of the library, with its source."""

    source: Source
    item: Item

    @property
    def ref(self) -> str:
        return f"{self.source.id}/{self.item.id}"


@dataclass(slots=True)
class Entry:
    """One entry of a section: a reference (with comment/confidence) or prose ``text``."""

    ref: Ref | None = None
    text: str | None = None
    comment: str | None = None
    confidence: str | None = None
    nocheck: list[str] = field(default_factory=list)
    pos: Positions = _pos_field()
    marking: str | None = None  # portion marking; default: the source's (ref) or the brief's
    likelihood: float | None = None  # stated probability 0-1, must fit its ICD 203 term

    @property
    def is_prose(self) -> bool:
        return self.ref is None


@dataclass(slots=True)
class Section:
    heading: str
    entries: list[Entry] = field(default_factory=list)
    pos: Positions = _pos_field()


@dataclass(slots=True)
class Brief:
    title: str
    subtitle: str | None = None
    author: str | None = None
    date: str | None = None
    marking: str | None = None
    bluf: str | None = None
    sections: list[Section] = field(default_factory=list)
    pos: Positions = _pos_field()
    portion_marks: bool | None = None  # export: "(TLP:AMBER)" before each portion
    likelihood_ranges: bool | None = None  # export: "likely (55-80 %)" at first use
    show_ids: bool | None = None  # export: internal ids (drafts only)
    citations: str | None = None  # Markdown export: footnotes (default) or pandoc
    # "last-edition": exports open with what changed since the last exported snapshot
    changes_since: str | None = None
    language: str | None = None  # BCP 47 tag of the brief's text ("en", "pt-BR"); default en
    pdf_standard: str | None = None  # PDF_STANDARDS: "a-2b" adds PDF/A-2b to PDF/UA-1
    bluf_marking: str | None = None  # the BLUF's portion marking (default: the brief's)


@dataclass(slots=True)
class CheckSettings:
    disable: list[str] = field(default_factory=list)
    pos: Positions = _pos_field()


@dataclass(slots=True)
class Settings:
    """Workspace settings (``briefer.yaml``)."""

    author: str | None = None
    marking: str | None = None
    stale_days: int | None = None
    checks: CheckSettings | None = None
    pos: Positions = _pos_field()
    portion_marks: bool | None = None
    likelihood_ranges: bool | None = None
    show_ids: bool | None = None
    citations: str | None = None
    changes_since: str | None = None  # default for the briefs of the workspace
    language: str | None = None
    pdf_standard: str | None = None

    @property
    def disabled_checks(self) -> list[str]:
        return list(self.checks.disable) if self.checks else []


@dataclass(slots=True)
class Config:
    """User configuration (``config.yaml`` in the user config dir)."""

    workspace: str | None = None
    theme: str | None = None
    author: str | None = None
    marking: str | None = None
    stale_days: int | None = None
    editor: str | None = None
    pos: Positions = _pos_field()
