"""Small text helpers shared by the command line, the renderers and the TUI."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def _placeholder(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (␛ for ESC)
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def visible(text: str) -> str:
    """Control characters, bidi overrides and zero-width marks as visible placeholders, so
    text from notes can never move the cursor, clear the screen or reorder a line.
    Tabs and newlines are kept."""
    return _CONTROL.sub(_placeholder, text)


def one_line(text: str, limit: int | None = None) -> str:
    """Whitespace runs folded to one space, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(visible(text).split())
    if limit is not None and len(flat) > limit:
        return flat[: max(0, limit - 1)] + "…"
    return flat


# Letters that Unicode does not decompose into a base letter plus accents.
_LATIN = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
    }
)


def slugify(text: str, limit: int = 60) -> str:
    """A safe file or id stem: lowercase ASCII letters, digits and '-' (never empty)."""
    latin = unicodedata.normalize("NFKD", text.translate(_LATIN))
    ascii_text = latin.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:limit].rstrip("-")
    return slug or "untitled"


def file_slug(text: str, limit: int = 60) -> str:
    """A file name stem that keeps a title readable in any script: Latin letters folded to
    ASCII as :func:`slugify` does, letters, digits and marks of other scripts kept (lower
    case, NFC), anything else (punctuation, spaces, slashes, controls, bidi marks) one '-'.
    At most ``limit`` characters; empty when nothing is left (the caller picks a fallback)."""
    out: list[str] = []
    after_latin = False
    for ch in unicodedata.normalize("NFC", text.translate(_LATIN)):
        if ch.isascii():
            out.append(ch.lower() if ch.isalnum() else "-")
            after_latin = ch.isalpha()
            continue
        category = unicodedata.category(ch)
        if category[0] == "M":
            if not after_latin:  # a mark of a non-Latin letter (Devanagari vowel signs…)
                out.append(ch)
            continue
        if category[0] not in "LN":
            out.append("-")
            after_latin = False
            continue
        if "LATIN" in unicodedata.name(ch, ""):
            folded = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(folded.lower() or "-")
            after_latin = bool(folded)
            continue
        out.append(ch.lower())
        after_latin = False
    slug = re.sub("-+", "-", "".join(out)).strip("-")
    return unicodedata.normalize("NFC", slug[:limit]).rstrip("-")
