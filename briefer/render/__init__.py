"""Export: brief + workspace → resolved document (:mod:`briefer.document`) → one renderer
per format. Each renderer owns its escaping. Heavy modules (typst, markdown-it) are imported
only by the functions that need them, so ``briefer export -f md`` starts fast and headless.

API used by the command line (:mod:`briefer.cli.export`) and the TUI: ``FORMATS``,
``SUFFIXES``, ``render``, ``render_markdown``, ``default_output``, ``export_brief``,
``output_format``.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import model as m
from .. import paths
from ..document import Document, resolve
from ..errors import BrieferError
from ..textutil import file_slug, visible
from ..workspace import Workspace

if TYPE_CHECKING:
    from ..tradecraft.audience import Omission

FORMATS = {
    "md": ".md",
    "html": ".html",
    "typst": ".typ",
    "pdf": ".pdf",
    "docx": ".docx",
    "csl-json": ".csl.json",
    "stix": ".stix.json",
}
# Each format's name for people (menus, the palette's "Export as …"); a format missing
# here is shown by its code.
FORMAT_LABELS = {
    "md": "Markdown",
    "html": "HTML",
    "typst": "Typst",
    "pdf": "PDF",
    "docx": "Word (DOCX)",
    "csl-json": "CSL JSON",
    "stix": "STIX 2.1",
}
# What people type for -f besides the format names themselves (case does not matter).
FORMAT_ALIASES = {"markdown": "md", "htm": "html", "typ": "typst"}
SUFFIXES = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".typ": "typst",
    ".pdf": "pdf",
    ".docx": "docx",
    ".csl.json": "csl-json",
    ".stix.json": "stix",
}
EXPORTS_DIR = "exports"
DEFAULT_STYLESHEET = "print"
# Names Windows will not create, whatever the extension.
RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}
_THEME_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")


class ExportError(BrieferError):
    """An export that could not be made; nothing was written."""


# ------------------------------------------------------------------- rendering


def render_document(
    doc: Document,
    fmt: str,
    theme: str | None = None,
    *,
    warnings: list[str] | None = None,
    strict_fonts: bool = False,
) -> str | bytes:
    """The document in ``fmt``. ``warnings`` gets what the reader should know but does not
    stop the export (PDF: characters no installed font has); ``strict_fonts`` makes those
    an error (:class:`briefer.render.pdf.MissingFontsError`)."""
    if fmt == "md":
        from .markdown import render as md

        return md(doc)
    if fmt == "html":
        from .html import render as html

        return html(doc, stylesheet(theme))
    if fmt in ("typst", "pdf"):
        from .typst import render as typ

        source = typ(doc)
        if fmt == "typst":
            return source
        from .pdf import compile_pdf  # errors: PdfError, MissingFontsError (BrieferError)

        return compile_pdf(source, doc.pdf_standard, strict_fonts=strict_fonts, warnings=warnings)
    if fmt == "docx":
        from .docx import render as docx

        return docx(doc)
    if fmt == "csl-json":
        from .csl import render as csl

        return csl(doc)
    if fmt == "stix":
        from .stix import render as stix

        return stix(doc)
    raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def render(
    ws: Workspace,
    brief: m.Brief,
    brief_path: Path | str,
    fmt: str,
    theme: str | None = None,
    *,
    audience: str | None = None,
    left_out: list[Omission] | None = None,
    warnings: list[str] | None = None,
    strict_fonts: bool = False,
) -> str | bytes:
    """The brief in ``fmt`` (bytes for pdf, text otherwise). With ``audience`` (a TLP
    level) only the portions that audience may read are rendered, and what was left out is
    appended to ``left_out``. ``warnings``, ``strict_fonts``: see :func:`render_document`."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    doc = prepare(resolve(ws, brief, brief_path), audience, left_out)
    return render_document(doc, fmt, theme, warnings=warnings, strict_fonts=strict_fonts)


def prepare(
    doc: Document, audience: str | None = None, left_out: list[Omission] | None = None
) -> Document:
    """The resolved document as the reader gets it, for every format: cut for
    ``audience`` (omissions appended to ``left_out``), then the likelihood ranges and
    portion marks written in when the brief asks for them (after the cut, so each range
    is at the first use the reader sees)."""
    from ..tradecraft.audience import AudienceError, for_audience
    from ..tradecraft.likelihood import with_ranges
    from ..tradecraft.portions import with_portion_marks

    if audience:
        try:
            doc, omitted = for_audience(doc, audience)
        except AudienceError as e:
            raise ExportError(str(e)) from None
        if left_out is not None:
            left_out.extend(omitted)
    return with_portion_marks(with_ranges(doc))


def render_markdown(ws: Workspace, brief: m.Brief, brief_path: Path | str) -> str:
    text = render(ws, brief, brief_path, "md")
    assert isinstance(text, str)
    return text


# ---------------------------------------------------------------------- themes


def theme_names() -> list[str]:
    """Themes that can style an export: every theme (``*.yaml``) and every export
    stylesheet (``*.css``) in the user's and the bundled themes folders."""
    names: set[str] = set()
    for folder in (paths.user_themes_dir(), paths.themes_dir()):
        try:
            names.update(
                p.stem
                for p in folder.iterdir()
                if p.suffix in (".css", ".yaml", ".yml") and not p.name.startswith(".")
            )
        except OSError:
            continue
    return sorted(names)


def check_theme(theme: str) -> None:
    """Raise ExportError, listing the available themes, unless ``theme`` is one."""
    known = theme_names()
    if not _THEME_NAME.match(theme) or theme not in known:
        raise ExportError(
            f"unknown theme {visible(theme)!r}; available: " + (", ".join(known) or "none")
        )


def stylesheet(theme: str | None = None, strict: bool = False) -> str:
    """The export stylesheet of ``theme``: ``NAME.css`` from the user's themes folder, else
    the bundled one, else the default print stylesheet. A theme with no stylesheet of its
    own (a TUI-only theme, or one built into Textual) prints with the default; with
    ``strict`` (the command line's --theme) an unknown theme is an error."""
    if strict and theme is not None:
        check_theme(theme)
    names = [DEFAULT_STYLESHEET]
    if theme is not None and _THEME_NAME.match(theme):
        names.insert(0, theme)
    for candidate in names:
        for folder in (paths.user_themes_dir(), paths.themes_dir()):
            path = folder / f"{candidate}.css"
            if path.is_file():
                try:
                    return path.read_text(encoding="utf-8-sig")
                except (OSError, UnicodeError) as e:
                    raise ExportError(f"{path}: cannot read the stylesheet: {e}") from None
    return ""


# --------------------------------------------------------------------- writing


def safe_stem(title: str, fallback: Path | str | None = None) -> str:
    """A file name stem from a title that cannot leave its folder: letters (Latin ones
    folded to ASCII, other scripts kept: ``北朝鮮の軍事``), digits and '-', never a reserved
    device name, at most 60 characters. A title with no letter or digit (``!!!``) takes the
    stem of ``fallback`` (the brief's file), so two such briefs do not overwrite each
    other's export; 'untitled' when there is none."""
    stem = file_slug(re.sub(r"['’]", "", title), 60)  # "Russia's" → "russias"
    if not stem and fallback is not None:
        name = Path(fallback).name
        stem = file_slug(name.removesuffix(".yaml").removesuffix(".brief"), 60)
    stem = stem or "untitled"
    return f"{stem}-brief" if stem in RESERVED else stem


def default_output(
    ws: Workspace, brief: m.Brief, fmt: str, brief_path: Path | str | None = None
) -> Path:
    """``<workspace>/exports/<slug>.<ext>`` (see :func:`safe_stem`)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return ws.root / EXPORTS_DIR / f"{safe_stem(brief.title, brief_path)}{FORMATS[fmt]}"


def export_brief(
    ws: Workspace,
    brief: m.Brief,
    brief_path: Path | str,
    fmt: str,
    output: Path | str | None = None,
    theme: str | None = None,
    *,
    audience: str | None = None,
    left_out: list[Omission] | None = None,
    warnings: list[str] | None = None,
    strict_fonts: bool = False,
) -> Path:
    """Render and write the brief atomically; return the path written. ``audience`` and
    ``left_out``: see :func:`render`; ``warnings`` (PDF: characters that will print as
    empty boxes, for stderr or the TUI's message) and ``strict_fonts``: see
    :func:`render_document`."""
    from ..yamlio import atomic_write

    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    doc = prepare(resolve(ws, brief, brief_path), audience, left_out)
    data = render_document(doc, fmt, theme, warnings=warnings, strict_fonts=strict_fonts)
    if output is not None and str(output) == "-":  # standard output
        _write_stdout(data.encode("utf-8") if isinstance(data, str) else data)
        return Path("-")
    if output is None:
        target = default_output(ws, brief, fmt, brief_path)
        try:
            target.parent.mkdir(exist_ok=True)
        except FileExistsError:
            raise ExportError(f"{target.parent}: exists and is not a folder") from None
        except OSError as e:
            raise ExportError(
                f"{target.parent}: cannot create the folder: {e.strerror or e}"
            ) from None
    else:
        target = Path(output)
        if target.is_dir():
            target = target / f"{safe_stem(brief.title, brief_path)}{FORMATS[fmt]}"
        elif not target.parent.is_dir():
            raise ExportError(f"{target}: the folder {target.parent} does not exist")
    if target.suffix.lower() in (".yaml", ".yml") or _same_file(target, Path(brief_path)):
        raise ExportError(
            f"{target}: refusing to write an export over a YAML file "
            "(a brief, a source note or settings); choose another name"
        )
    _check_target(target)
    atomic_write(target, data.encode("utf-8") if isinstance(data, str) else data)
    if fmt == "md" and doc.citation_style == "pandoc":  # the file `bibliography:` names
        from .csl import bibliography_name
        from .csl import render as csl

        atomic_write(target.parent / bibliography_name(doc), csl(doc).encode("utf-8"))
    _snapshot_at_export(ws, brief, brief_path, fmt, target)
    return target


def _snapshot_at_export(
    ws: Workspace, brief: m.Brief, brief_path: Path | str, fmt: str, target: Path
) -> None:
    """Every export into the workspace (``exports/``, or any path under the brief's folder)
    leaves a snapshot of the brief and its cited items (#16): the edition the next "Changes
    since the last edition" compares with. An export written outside the workspace takes
    none (nothing is written outside the folder the user named), nor does a brief that is
    not a file (never saved)."""
    brief_file = Path(brief_path)
    if not brief_file.is_file():
        return
    try:
        target.resolve().relative_to(brief_file.resolve().parent)
    except (ValueError, OSError):
        return
    from ..editions.snapshot import SnapshotError, snapshot_at_export

    try:
        snapshot_at_export(ws, brief, brief_path, fmt)
    except SnapshotError as e:
        raise ExportError(f"{target} was written, but no snapshot could be taken: {e}") from None


def _check_target(target: Path) -> None:
    """An export replaces only a regular file, or makes a new one: never a device
    (``/dev/null``, ``/dev/full``), a FIFO, a socket or a symbolic link (which could point
    anywhere, and which the replace would turn into a plain file)."""
    from ..layout import not_regular

    why = not_regular(target)
    if why is None and target.is_symlink():
        why = f"a symbolic link to {os.readlink(target)}"
    if why is not None:
        raise ExportError(
            f"{target}: not a regular file ({why}); an export is written only to a regular "
            "file or a new name (-o - writes to standard output)"
        )


def _write_stdout(data: bytes) -> None:
    out = getattr(sys.stdout, "buffer", None)
    if out is None:  # a text-only stream (tests): decode what is text
        sys.stdout.write(data.decode("utf-8", "replace"))
    else:
        sys.stdout.flush()
        out.write(data)
    sys.stdout.flush()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def output_format(fmt: str | None, output: str | None) -> str:
    """The format from ``-f``, else from the ``-o`` suffix, else Markdown."""
    suffix = _suffix(output) if output else ""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        if suffix and SUFFIXES.get(suffix, fmt) != fmt:
            raise ExportError(
                f"-o {output} looks like {SUFFIXES[suffix]}, not {fmt}; "
                f"use a {FORMATS[fmt]} file name or -f {SUFFIXES[suffix]}"
            )
        return fmt
    if not suffix:
        return "md"
    if suffix not in SUFFIXES:
        raise ExportError(
            f"cannot tell the format from {output!r}: use a file name ending in "
            f"{', '.join(FORMATS.values())}, or -f {'|'.join(FORMATS)}"
        )
    return SUFFIXES[suffix]


def _suffix(output: str) -> str:
    """The file name's format suffix: ``.csl.json`` and ``.stix.json`` count whole."""
    name = Path(output).name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return suffix
    return Path(output).suffix.lower()
