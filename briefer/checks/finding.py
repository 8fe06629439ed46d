"""Findings: what a check reports, and the table of rule codes (PRODUCT.md §5)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..textutil import one_line, visible

ERROR = "error"
WARNING = "warning"

# code: (severity, what it finds)
CODES: dict[str, tuple[str, str]] = {
    "LOAD": (ERROR, "a file that cannot be loaded"),
    "BRF001": (ERROR, "reference to an unknown source or item"),
    "BRF002": (ERROR, "brief marking less restrictive than a cited source"),
    "BRF003": (WARNING, "vague likelihood wording instead of ICD 203 terms"),
    "BRF004": (WARNING, "ICD 203 terms from both columns mixed in one brief"),
    "BRF005": (WARNING, "likelihood term and confidence level in the same sentence"),
    "BRF006": (WARNING, "figure older than stale_days before the brief date"),
    "BRF007": (WARNING, "figure without as_of or attribution; quote without speaker"),
    "BRF008": (WARNING, "quote not found verbatim in its source's body"),
    "BRF009": (WARNING, "different values cited for the same figure subject"),
    "BRF010": (WARNING, "source graded E/F or item graded 5/6 cited under Key judgments"),
    "BRF011": (WARNING, "the same item cited twice"),
    "BRF012": (WARNING, "brief has no BLUF, or an empty section"),
    "BRF013": (ERROR, "a portion marked above the brief's banner"),
    "BRF014": (WARNING, "a number that contradicts its ICD 203 likelihood term"),
    "BRF015": (WARNING, "a key judgment resting on a single source"),
    "BRF016": (WARNING, "Admiralty grade halves 3+ steps apart (A5, E1) under Key judgments"),
    "BRF017": (WARNING, "a cited source with a URL but no accessed date"),
    "BRF018": (WARNING, "a cited source with no reliability grade"),
    "BRF019": (ERROR, "a portion marked below what it cites"),
}


@dataclass(slots=True)
class Finding:
    """One finding at ``path:line:col`` (1-based).

    ``section``/``entry`` index ``brief.sections`` / ``section.entries`` when the finding
    is about an entry (``section`` alone: about a section; both None: about the brief).
    ``related`` is a second location, ``path:line:col`` in a source note, when it helps.
    """

    code: str
    severity: str
    message: str
    path: str
    line: int
    col: int
    section: int | None = None
    entry: int | None = None
    related: str | None = None

    def __str__(self) -> str:
        """``path:line:col: CODE severity: message`` on one line, control characters shown
        as visible placeholders (messages quote user text)."""
        return (
            f"{visible(self.path)}:{self.line}:{self.col}: {self.code} {self.severity}: "
            f"{one_line(self.message)}"
        )

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``briefer check --format json``: code, severity, message,
        path, line, col, then section, entry and related when set."""
        data: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "col": self.col,
        }
        for key in ("section", "entry", "related"):
            if getattr(self, key) is not None:
                data[key] = getattr(self, key)
        return data


def counts(findings: list[Finding]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = sum(1 for f in findings if f.is_error)
    return errors, len(findings) - errors
