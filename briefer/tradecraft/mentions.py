"""How the analyst's own text (BLUF, prose entries, comments) cites items and sources.

Three ways, all matched case-sensitively on ids (ids are lowercase):

- ``[[SOURCE/ITEM]]`` or ``[[SOURCE]]``: the explicit form, recommended;
- a bare ``SOURCE/ITEM`` (``nk-artillery-2026/f1``), as the TUI's ``y`` copies it;
- Pandoc's ``@SOURCE`` (``[@nk-artillery-2026]``), as written for ``citations: pandoc``.

Only ids the workspace knows count (see :func:`briefer.document.resolve`), so "and/or"
or an e-mail address is never taken for a citation. Parts of URLs are never matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ID = r"[a-z0-9][a-z0-9-]*"
_PATTERN = re.compile(
    rf"\[\[\s*(?P<xs>{_ID})(?:/(?P<xi>{_ID}))?\s*\]\]"  # [[src/item]] or [[src]]
    rf"|(?<![\w/.@:-])(?P<bs>{_ID})/(?P<bi>{_ID})(?![\w/-])"  # bare src/item, not in a URL
    rf"|(?<![\w@])@(?P<ps>{_ID})(?![\w-]*@)"  # pandoc @src, not an e-mail address
)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    source: str
    item: str | None  # None: the whole source
    explicit: bool = False  # written [[…]]: meant as a citation even when the id is wrong

    @property
    def key(self) -> str:
        """``source/item`` or ``source``."""
        return f"{self.source}/{self.item}" if self.item else self.source


def mentions(text: str) -> list[Mention]:
    """Every candidate citation in ``text``, in order (ids not yet checked)."""
    out = []
    for mt in _PATTERN.finditer(text or ""):
        if mt.group("xs"):
            out.append(Mention(mt.start(), mt.end(), mt.group("xs"), mt.group("xi"), True))
        elif mt.group("bs"):
            if _in_url(text, mt.start()):
                continue
            out.append(Mention(mt.start(), mt.end(), mt.group("bs"), mt.group("bi")))
        else:
            out.append(Mention(mt.start(), mt.end(), mt.group("ps"), None))
    return out


def _in_url(text: str, start: int) -> bool:
    """Is ``start`` inside a run of non-blank characters that holds ``://``?"""
    left = start
    while left > 0 and not text[left - 1].isspace() and text[left - 1] not in "(<[":
        left -= 1
    return "://" in text[left:start]
