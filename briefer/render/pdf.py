"""PDF export: the Typst source compiled in-process by the ``typst`` package.

No TeX, no pango, no network: the fonts embedded in the compiler are used (system fonts
are ignored, so the result is the same on every machine) unless the text needs a script
they lack (Korean, Chinese, Arabic, Hebrew…): then installed system fonts and the user's
``<data dir>/fonts`` are searched too, so names in Hangul print instead of empty boxes.
The compiler's root is an empty temporary folder, so even a mistake in the source could
not read a user's file.
"""

from __future__ import annotations

import tempfile

from ..errors import BrieferError


class PdfError(BrieferError):
    """The Typst compiler refused the document."""


def needs_more_fonts(source: str) -> bool:
    """True when the text has letters beyond Latin, Greek and Cyrillic (the embedded
    fonts' coverage); typographic punctuation, arrows and maths symbols do not count."""
    return any(ord(c) >= 0x0590 and not 0x2000 <= ord(c) <= 0x2BFF for c in source)


def compile_pdf(source: str) -> bytes:
    import typst  # heavy: only when a PDF is asked for

    from ..paths import data_dir

    wide = needs_more_fonts(source)
    user_fonts = data_dir() / "fonts"
    font_paths = [str(user_fonts)] if wide and user_fonts.is_dir() else []
    with tempfile.TemporaryDirectory(prefix="briefer-typst-") as root:
        try:
            return typst.compile(
                source.encode("utf-8"),
                root=root,
                format="pdf",
                ignore_system_fonts=not wide,
                font_paths=font_paths,
            )
        except typst.TypstError as e:
            raise PdfError(
                f"could not make the PDF (typst: {_first_line(e)}); "
                "export with -f typst to inspect the source"
            ) from None
        except Exception as e:  # the binding may raise other errors (e.g. on bad input)
            raise PdfError(f"could not make the PDF: {_first_line(e)}") from None


def _first_line(e: Exception) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0][:300]
