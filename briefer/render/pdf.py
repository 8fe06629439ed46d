"""PDF export: the Typst source compiled in-process by the ``typst`` package.

No TeX, no pango, no network. Every PDF is PDF/UA-1 (tagged, with title, author and
language; typst refuses a document that would break the standard); ``pdf_standard: a-2b``
in the brief or ``briefer.yaml`` (``briefer export --pdf-a``) adds PDF/A-2b for records
retention, with the brief's date as the document date.

Fonts: the fonts embedded in the compiler are used (system fonts are ignored, so the result
is the same on every machine) unless the text needs a script they lack (Korean, Chinese,
Arabic, Thai…): then installed system fonts and the user's ``<data dir>/fonts`` are searched
too. Before compiling, :mod:`briefer.render.fonts` finds the characters no available font
has — they would print as empty boxes — and the export says so (or, strict, refuses).

The compiler's root is an empty temporary folder, so even a mistake in the source could
not read a user's file.
"""

from __future__ import annotations

import tempfile
from typing import Literal

from ..errors import BrieferError
from . import fonts

# typst's names for the standards (``pdf_standards``)
Standard = Literal["ua-1", "a-2b"]
UA: Standard = "ua-1"
EXTRA_STANDARDS: dict[str, Standard] = {"a-2b": "a-2b"}


class PdfError(BrieferError):
    """The Typst compiler refused the document."""


class MissingFontsError(PdfError):
    """Characters no available font has, with ``--strict``; nothing was written."""

    def __init__(self, missing: fonts.MissingGlyphs):
        self.missing = missing
        super().__init__(
            missing.message() + " (--strict: no PDF written; drop --strict to export anyway)"
        )


def needs_more_fonts(source: str) -> bool:
    """True when the text has letters beyond Latin, Greek and Cyrillic (the embedded
    fonts' coverage); typographic punctuation, arrows and maths symbols do not count."""
    return any(ord(c) >= 0x0590 and not 0x2000 <= ord(c) <= 0x2BFF for c in source)


def standards(extra: str = "") -> list[Standard]:
    """typst's ``pdf_standards`` for a brief: PDF/UA-1, plus ``extra`` ("a-2b")."""
    if extra and extra not in EXTRA_STANDARDS:
        raise PdfError(f"unknown PDF standard {extra!r}: use one of ua-1, a-2b")
    return [UA] + ([EXTRA_STANDARDS[extra]] if extra else [])


def compile_pdf(
    source: str,
    standard: str = "",
    *,
    strict_fonts: bool = False,
    warnings: list[str] | None = None,
    system_fonts: bool | None = None,
) -> bytes:
    """The PDF of a Typst source made by :func:`briefer.render.typst.render`.

    ``standard``: "" (PDF/UA-1) or "a-2b" (PDF/UA-1 and PDF/A-2b). Characters no font
    covers are reported in ``warnings`` (one message), or raise MissingFontsError with
    ``strict_fonts``. Both standards need a glyph for every character: without one the
    default PDF is made without PDF/UA-1 (and the warning says so), while a PDF/A request
    is refused. ``system_fonts`` defaults to yes unless ``BRIEFER_NO_SYSTEM_FONTS=1``.
    """
    if system_fonts is None:
        system_fonts = fonts.system_fonts_wanted()
    wanted = standards(standard)
    missing = fonts.check(source, system_fonts)
    if missing is not None:
        if strict_fonts:
            raise MissingFontsError(missing)
        if standard:
            raise PdfError(
                f"{missing.message()} PDF/A needs a glyph for every character: install the "
                "fonts, or export without pdf_standard: a-2b (--pdf-a)."
            )
        _warn(warnings, missing.message() + " " + NOT_UA)
        wanted = []
    try:
        return _compile(source, wanted, system_fonts)
    except PdfError as e:
        # typst knows best: a glyph the check thought was there (a font it could not use)
        if "could not be displayed" not in str(e) or not wanted or standard or strict_fonts:
            raise
        _warn(warnings, f"{e} {NOT_UA}")
        return _compile(source, [], system_fonts)


NOT_UA = "The PDF is made without PDF/UA-1 (which needs a glyph for every character)."


def _warn(warnings: list[str] | None, message: str) -> None:
    if warnings is not None:
        warnings.append(message)


def _compile(source: str, pdf_standards: list[Standard], system_fonts: bool) -> bytes:
    import typst  # heavy: only when a PDF is asked for

    # any character beyond the built-in fonts (a rare symbol, Latin Extended-D…) opens
    # the system's and the user's fonts too, not only the scripts needs_more_fonts names
    wide = needs_more_fonts(source) or bool(fonts.beyond_embedded(source))
    font_paths = [str(p) for p in fonts.font_dirs()] if wide else []
    with tempfile.TemporaryDirectory(prefix="briefer-typst-") as root:
        try:
            # the stub ties input, root and font paths to one type (bytes input = content)
            pdf = typst.compile(  # type: ignore[call-overload]
                source.encode("utf-8"),
                root=root,
                format="pdf",
                ignore_system_fonts=not (wide and system_fonts),
                font_paths=font_paths,
                pdf_standards=list(pdf_standards),
            )
        except typst.TypstError as e:
            raise PdfError(
                f"could not make the PDF (typst: {_first_line(e)}); "
                "export with -f typst to inspect the source"
            ) from None
        except Exception as e:  # the binding may raise other errors (e.g. on bad input)
            raise PdfError(f"could not make the PDF: {_first_line(e)}") from None
    if not isinstance(pdf, bytes):
        raise PdfError("could not make the PDF: the compiler returned no PDF")
    return pdf


def _first_line(e: Exception) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0][:300]
