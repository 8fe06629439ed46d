"""PDF export: the Typst source compiled in-process by the ``typst`` package.

No TeX, no pango, no network: only the fonts embedded in the compiler are used (system
fonts are ignored, so the result is the same on every machine) and the compiler's root is
an empty temporary folder, so even a mistake in the source could not read a user's file.
"""

from __future__ import annotations

import tempfile

from ..errors import BrieferError


class PdfError(BrieferError):
    """The Typst compiler refused the document."""


def compile_pdf(source: str) -> bytes:
    import typst  # heavy: only when a PDF is asked for

    with tempfile.TemporaryDirectory(prefix="briefer-typst-") as root:
        try:
            return typst.compile(source.encode("utf-8"), root=root, format="pdf",
                                 ignore_system_fonts=True)
        except typst.TypstError as e:
            raise PdfError(f"could not make the PDF (typst: {_first_line(e)}); "
                           "export with -f typst to inspect the source") from None
        except Exception as e:  # the binding may raise other errors (e.g. on bad input)
            raise PdfError(f"could not make the PDF: {_first_line(e)}") from None


def _first_line(e: Exception) -> str:
    text = str(e).strip() or type(e).__name__
    return text.splitlines()[0][:300]
