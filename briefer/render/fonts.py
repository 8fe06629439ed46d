"""Which characters of a PDF's text no available font can print (#20).

Typst prints a character with the first font of the text's list that has a glyph for it,
else with any font it knows that has one (fallback), else as an empty box — silently, and
the PDF's text layer loses it. So before compiling, briefer asks the same question the
compiler will: is each character in the cmap of *some* font the compiler can use? Those
fonts are

- the fonts built into the typst compiler (Libertinus Serif, New Computer Modern, DejaVu
  Sans Mono: Latin, Greek, Cyrillic and symbols). The binding gives no file for them, so
  their coverage is a table, ``briefer/data/typst-embedded-coverage.txt``, made from the
  compiler itself (``python -m briefer.render.fonts``; a test checks it is current);
- the system fonts (unless ``BRIEFER_NO_SYSTEM_FONTS=1``) and every ``.ttf``/``.otf``/
  ``.ttc`` in ``<data dir>/fonts`` (``briefer paths``), listed by the typst binding itself;
  their cmaps are read directly (formats 4 and 12), else with fontTools. Their coverage is
  cached per file (size and mtime) in the cache folder, so only the first check after a
  font changes reads the fonts; files whose names promise a missing script come first.

Text in the scripts the built-in fonts cover never reads a font file at all.
"""

from __future__ import annotations

import bisect
import json
import mmap
import os
import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import paths

COVERAGE_FILE = paths.PACKAGE_DIR / "data" / "typst-embedded-coverage.txt"
CACHE_NAME = "font-coverage.json"
CACHE_VERSION = 1
NO_SYSTEM_FONTS_ENV = "BRIEFER_NO_SYSTEM_FONTS"
# Characters that need no glyph: controls, format characters (ZWJ, ZWNJ, marks of
# direction), separators, private use, unassigned and the variation selectors.
_NO_GLYPH = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp"}
FIX = (
    "install fonts that cover them — Debian/Ubuntu: sudo apt install fonts-noto-core "
    "fonts-noto-cjk; Fedora: google-noto-sans-fonts google-noto-sans-cjk-fonts; macOS and "
    "Windows: the Noto fonts from your package manager — or put a .ttf/.otf file in {fonts}"
)


@dataclass(frozen=True, slots=True)
class MissingGlyphs:
    """Characters of a text that no available font covers."""

    chars: str  # the distinct characters, in order of first appearance
    count: int  # how many times they occur in the text checked (a Typst source repeats the title)
    scripts: tuple[str, ...]  # their scripts (Unicode names), or U+XXXX where there is none
    example: str  # the first one with the text around it
    fonts_dir: Path

    def message(self) -> str:
        """One paragraph for stderr or a notification: what, where, and the fix."""
        n = len(self.chars)
        what = f"{n} different character{'s' if n != 1 else ''}"
        scripts = ", ".join(self.scripts)
        return (
            f"{what} in the PDF will print as empty boxes (no installed font has them): "
            f"{scripts}; first: {self.example}. Fix: " + FIX.format(fonts=self.fonts_dir) + "."
        )


# ------------------------------------------------------------------ coverage tables


def _parse_ranges(text: str) -> list[int]:
    """``"20-7e,a0-17f"`` → flat sorted bounds ``[0x20, 0x7f, 0xa0, 0x180]`` (end exclusive)."""
    bounds: list[int] = []
    for part in text.replace("\n", ",").split(","):
        part = part.strip()
        if not part or part.startswith("#"):
            continue
        lo, _, hi = part.partition("-")
        bounds += [int(lo, 16), int(hi or lo, 16) + 1]
    return bounds


def _format_ranges(points: Iterable[int]) -> str:
    out: list[str] = []
    start = prev = None
    for cp in sorted(set(points)):
        if prev is not None and cp == prev + 1:
            prev = cp
            continue
        if start is not None:
            out.append(f"{start:x}" if start == prev else f"{start:x}-{prev:x}")
        start = prev = cp
    if start is not None:
        out.append(f"{start:x}" if start == prev else f"{start:x}-{prev:x}")
    return ",".join(out)


def _covered(bounds: list[int], cp: int) -> bool:
    return bisect.bisect_right(bounds, cp) % 2 == 1


_embedded: list[int] | None = None


def embedded_bounds() -> list[int]:
    """Coverage of the fonts built into the typst compiler."""
    global _embedded
    if _embedded is None:
        lines = COVERAGE_FILE.read_text(encoding="utf-8").splitlines()
        _embedded = _parse_ranges(",".join(ln for ln in lines if not ln.startswith("#")))
    return _embedded


def needs_glyph(ch: str) -> bool:
    if unicodedata.category(ch) in _NO_GLYPH:
        return False
    cp = ord(ch)
    return not (0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF)


def beyond_embedded(text: str) -> set[str]:
    """The distinct characters of ``text`` that need a glyph the built-in fonts lack."""
    bounds = embedded_bounds()
    return {ch for ch in set(text) if needs_glyph(ch) and not _covered(bounds, ord(ch))}


# ------------------------------------------------------------------ installed fonts


def system_fonts_wanted() -> bool:
    return os.environ.get(NO_SYSTEM_FONTS_ENV, "") not in ("1", "true", "yes")


def font_dirs() -> list[Path]:
    """The user's fonts folder, when it exists."""
    folder = paths.fonts_dir()
    return [folder] if folder.is_dir() else []


def _font_files(system: bool, dirs: Sequence[Path]) -> list[str]:
    """Font files the compiler will know (system fonts and ``dirs``), as the binding lists
    them; the fonts built into the compiler have no file and are not listed."""
    import typst

    fonts = typst.Fonts(
        include_system_fonts=system,
        include_embedded_fonts=False,
        font_paths=[str(d) for d in dirs],
    )
    return sorted({f.path for f in fonts.fonts() if f.path})


def _file_ranges(path: str) -> str:
    """Union of the cmaps of every font in the file (a .ttc holds several), read directly
    (formats 4 and 12: fifty times faster than a full parse), else with fontTools."""
    try:
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            ranges = _sfnt_ranges(data)
    except (OSError, ValueError, struct.error):
        ranges = None
    if ranges is None:
        ranges = _fonttools_ranges(path)
    return _merge(ranges)


def _merge(ranges: Iterable[tuple[int, int]]) -> str:
    out: list[str] = []
    lo = hi = -2
    for a, b in sorted(ranges):
        if a <= hi + 1:
            hi = max(hi, b)
            continue
        if hi >= 0:
            out.append(f"{lo:x}" if lo == hi else f"{lo:x}-{hi:x}")
        lo, hi = a, b
    if hi >= 0:
        out.append(f"{lo:x}" if lo == hi else f"{lo:x}-{hi:x}")
    return ",".join(out)


# cmap subtables in the order fontTools' getBestCmap prefers them
_CMAP_PREFERENCE = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))


def _sfnt_ranges(data: mmap.mmap | bytes) -> list[tuple[int, int]] | None:
    """Code point ranges of every font in an sfnt file (TTF, OTF, TTC); None when a cmap
    is in a format read here no more (then fontTools reads it)."""
    u16 = struct.Struct(">H").unpack_from
    u32 = struct.Struct(">I").unpack_from
    if data[:4] == b"ttcf":
        offsets = [u32(data, 12 + 4 * i)[0] for i in range(u32(data, 8)[0])]
    else:
        offsets = [0]
    ranges: list[tuple[int, int]] = []
    for off in offsets:
        cmap = next(
            (
                u32(data, off + 12 + 16 * i + 8)[0]
                for i in range(u16(data, off + 4)[0])
                if data[off + 12 + 16 * i : off + 16 + 16 * i] == b"cmap"
            ),
            None,
        )
        if cmap is None:
            continue
        subtables = {}
        for j in range(u16(data, cmap + 2)[0]):
            platform, encoding, at = struct.unpack_from(">HHI", data, cmap + 4 + 8 * j)
            subtables[(platform, encoding)] = at
        key = next((k for k in _CMAP_PREFERENCE if k in subtables), None)
        if key is None:
            continue
        sub = cmap + subtables[key]
        fmt = u16(data, sub)[0]
        if fmt == 12:
            for g in range(u32(data, sub + 12)[0]):
                start, end, glyph = struct.unpack_from(">III", data, sub + 16 + 12 * g)
                start += glyph == 0  # glyph 0 is .notdef: not a glyph for it
                if start <= end:
                    ranges.append((start, end))
        elif fmt == 4:
            ranges += _format4(data, sub)
        else:
            return None
    return ranges


def _format4(data: mmap.mmap | bytes, sub: int) -> list[tuple[int, int]]:
    seg = struct.unpack_from(">H", data, sub + 6)[0] // 2
    ends = struct.unpack_from(f">{seg}H", data, sub + 14)
    starts = struct.unpack_from(f">{seg}H", data, sub + 16 + 2 * seg)
    deltas = struct.unpack_from(f">{seg}h", data, sub + 16 + 4 * seg)
    range_at = sub + 16 + 6 * seg
    range_offsets = struct.unpack_from(f">{seg}H", data, range_at)
    out: list[tuple[int, int]] = []
    for i in range(seg):
        start, end, delta, ro = starts[i], ends[i], deltas[i], range_offsets[i]
        if start > end or start == 0xFFFF:
            continue
        if ro == 0:
            zero = -delta & 0xFFFF  # the one code point that would map to glyph 0
            if start <= zero <= end:
                out += [(a, b) for a, b in ((start, zero - 1), (zero + 1, end)) if a <= b]
            else:
                out.append((start, end))
            continue
        base = range_at + 2 * i + ro
        glyphs = struct.unpack_from(f">{end - start + 1}H", data, base)
        run_start = None
        for k, g in enumerate(glyphs):
            ok = g != 0 and (g + delta) & 0xFFFF != 0
            if ok and run_start is None:
                run_start = start + k
            elif not ok and run_start is not None:
                out.append((run_start, start + k - 1))
                run_start = None
        if run_start is not None:
            out.append((run_start, end))
    return out


def _fonttools_ranges(path: str) -> list[tuple[int, int]]:
    from fontTools.ttLib import TTCollection, TTFont

    points: set[int] = set()
    try:
        if path.lower().endswith((".ttc", ".otc")):
            with TTCollection(path, lazy=True) as coll:
                for font in coll.fonts:
                    points.update((font.getBestCmap() or {}).keys())
        else:
            with TTFont(path, lazy=True) as font:
                points.update((font.getBestCmap() or {}).keys())
    except Exception:  # noqa: BLE001 - an unreadable font covers nothing; typst skips it too
        return []
    return [(p, p) for p in points]


class _Cache:
    """Coverage of font files, kept in the cache folder between runs."""

    def __init__(self) -> None:
        self.path = paths.cache_dir() / CACHE_NAME
        self.entries: dict[str, list[Any]] = {}
        self.dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == CACHE_VERSION:
                self.entries = data.get("fonts", {})
        except (OSError, ValueError, AttributeError):
            pass

    def bounds(self, path: str) -> list[int]:
        try:
            st = os.stat(path)
        except OSError:
            return []
        stamp = [st.st_size, st.st_mtime_ns]
        entry = self.entries.get(path)
        if not (isinstance(entry, list) and len(entry) == 2 and entry[0] == stamp):
            entry = [stamp, _file_ranges(path)]
            self.entries[path] = entry
            self.dirty = True
        try:
            return _parse_ranges(entry[1])
        except (ValueError, TypeError):
            return []

    def save(self) -> None:
        if not self.dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(
                json.dumps({"version": CACHE_VERSION, "fonts": self.entries}), encoding="utf-8"
            )
            os.replace(tmp, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs time


# Words in font file names that promise a script: those files are read first, so the
# first check (before the cache knows the fonts) usually stops after a few files.
_HINTS = {
    "Hang": ("cjk", "korean", "hangul", "nanum", "baekmuk", "unfonts"),
    "Hani": ("cjk", "wqy", "ming", "song", "kaiti", "heiti", "arphic", "ukai", "uming"),
    "Hira": ("cjk", "gothic", "mincho", "takao", "ipa"),
    "Kana": ("cjk", "gothic", "mincho", "takao", "ipa"),
    "Thai": ("thai", "tlwg"),
    "Ethi": ("ethiopic", "abyssinica"),
    "Deva": ("devanagari", "hindi", "lohit"),
    "Arab": ("arabic", "naskh", "kufi", "amiri"),
    "Hebr": ("hebrew",),
}


def _hinted(path: str, chars: set[str]) -> bool:
    from fontTools import unicodedata as fu

    name = Path(path).name.lower()
    return any(w in name for ch in chars for w in _HINTS.get(fu.script(ch), ()))


def uncovered(chars: set[str], system: bool, dirs: Sequence[Path]) -> set[str]:
    """Those of ``chars`` that no system font (when ``system``) nor font in ``dirs`` has.
    Files whose names promise a script still missing are read first."""
    left = set(chars)
    files = _font_files(system, dirs)
    cache = _Cache()
    try:
        while left and files:
            path = next((f for f in files if _hinted(f, left)), files[0])
            files.remove(path)
            bounds = cache.bounds(path)
            left = {ch for ch in left if not _covered(bounds, ord(ch))}
    finally:
        cache.save()
    return left


# ------------------------------------------------------------------ the check


def script_of(ch: str) -> str:
    """The Unicode script's name ("Hangul", "Han", "Thai"…), or ``U+XXXX`` for characters
    common to several scripts (punctuation, symbols, emoji)."""
    from fontTools import unicodedata as fu

    code = fu.script(ch)
    if code in ("Zyyy", "Zinh", "Zzzz"):
        return f"U+{ord(ch):04X}"
    return str(fu.script_name(code, default=f"U+{ord(ch):04X}"))


_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def _example(text: str, ch: str) -> str:
    """The first ``ch`` with a little of its text around it: in a Typst source, the text of
    the string literal holding it (not the code around it)."""
    i = text.index(ch)
    lo, hi = max(0, i - 12), min(len(text), i + 13)
    line_start = text.rfind("\n", 0, i) + 1
    line_end = text.find("\n", i)
    line_end = len(text) if line_end < 0 else line_end
    for lit in _LITERAL.finditer(text, line_start, line_end):
        if lit.start(1) <= i < lit.end(1):
            lo, hi = max(lit.start(1), i - 12), min(lit.end(1), i + 13)
            break
    around = " ".join(text[lo:hi].split())
    return f"'{ch}' (U+{ord(ch):04X}) in “{around}”"


def check(
    text: str, system_fonts: bool | None = None, dirs: Sequence[Path] | None = None
) -> MissingGlyphs | None:
    """The characters of ``text`` that would print as empty boxes, or None when every one
    has a font. ``system_fonts`` defaults to yes unless ``BRIEFER_NO_SYSTEM_FONTS=1``;
    ``dirs`` defaults to the user's fonts folder."""
    wide = beyond_embedded(text)
    if not wide:
        return None
    if system_fonts is None:
        system_fonts = system_fonts_wanted()
    missing = uncovered(wide, system_fonts, font_dirs() if dirs is None else dirs)
    if not missing:
        return None
    ordered = "".join(dict.fromkeys(ch for ch in text if ch in missing))
    scripts = tuple(dict.fromkeys(script_of(ch) for ch in ordered))
    return MissingGlyphs(
        chars=ordered,
        count=sum(1 for ch in text if ch in missing),
        scripts=scripts,
        example=_example(text, ordered[0]),
        fonts_dir=paths.fonts_dir(),
    )


# ------------------------------------------------------------------ the table


def embedded_coverage_from_binary(binary: Path | None = None) -> str:
    """Coverage of the fonts built into the typst binding, read from its library: the fonts
    are stored there whole (sfnt files), so each is found by its table directory and read
    with fontTools. Used to write ``COVERAGE_FILE`` and by a test that checks it."""
    import io
    import re
    import struct

    from fontTools.ttLib import TTFont

    if binary is None:
        import typst

        folder = Path(typst.__file__).parent
        binary = next(p for p in folder.iterdir() if p.name.startswith("_typst"))
    data = binary.read_bytes()
    points: set[int] = set()
    for m in re.finditer(rb"OTTO|\x00\x01\x00\x00", data):
        off = m.start()
        (count,) = struct.unpack(">H", data[off + 4 : off + 6])
        if not 5 <= count <= 40:
            continue
        end, tags = 0, set()
        for i in range(count):
            rec = data[off + 12 + 16 * i : off + 28 + 16 * i]
            if len(rec) < 16:
                break
            tag, _, start, length = struct.unpack(">4sIII", rec)
            tags.add(tag)
            end = max(end, start + length)
        if not {b"cmap", b"name", b"head"} <= tags or end > 50_000_000:
            continue
        try:
            font = TTFont(io.BytesIO(data[off : off + end]), lazy=True)
            points.update((font.getBestCmap() or {}).keys())
        except Exception:  # noqa: BLE001 - bytes that only look like a font
            continue
    return _format_ranges(points)


def main() -> None:
    import typst

    table = embedded_coverage_from_binary()
    header = (
        f"# Code points covered by the fonts built into typst {getattr(typst, '__version__', '?')} "
        "(python -m briefer.render.fonts)\n"
    )
    lines, line = [], ""
    for part in table.split(","):
        if len(line) + len(part) + 1 > 96:
            lines.append(line)
            line = ""
        line = f"{line},{part}" if line else part
    lines.append(line)
    COVERAGE_FILE.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{COVERAGE_FILE}: {table.count(',') + 1} ranges")


if __name__ == "__main__":
    main()
