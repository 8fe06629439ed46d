"""Escaping of literal text, one function per format. Nothing here imports a heavy module.

- Markdown: every character that CommonMark or Pandoc's Markdown could read as syntax is
  backslash-escaped (all of these are ASCII punctuation, so the escapes are valid
  CommonMark), and the start of the text is made unable to open a block (list, heading,
  quote, thematic break). Whitespace runs fold to one space: literal text is one line.
- HTML: ``html.escape`` (quotes too in attribute values).
- Typst: a string literal, so the text is data and never markup or code.
"""

from __future__ import annotations

import html
import re

# CommonMark inline syntax plus Pandoc extensions: ~ (strikeout/subscript), ^ (superscript),
# $ (TeX math), @ (citations), {} (attributes), | (tables, line blocks), # (headings).
# Runs of "-" and "." are escaped too: Pandoc's smart typography reads "--" as an en dash,
# "---" as an em dash and "..." as an ellipsis ("--help" and "<!--" must stay as typed).
_MD_CHARS = re.compile(r"[\\`*_\[\]<>{}|~^$@#]|&(?=#?[A-Za-z0-9]+;)|-{2,}|\.{3,}")
# What could open a block at the start of a line once the characters above are escaped:
# "-", "+", "=", ":" (Pandoc definitions), "%" (a Pandoc title block when the text opens the
# document), "1." / "1)" and Pandoc's "a." / "iv)" / "(a)".
# A single capital and a period ("J. Doe") is not a list for Pandoc (it wants two spaces),
# unless nothing follows ("A.", a paragraph of its own); "iv)" alone is a list too.
_MD_START = re.compile(
    r"[-+=:(%]|[0-9]+(?=[.)])|[a-z](?=[.)](\s|$))|[A-Z](?=\)(\s|$)|\.$)"
    r"|[ivxlcdm]+(?=[.)](\s|$))|[IVXLCDM]{2,}(?=[.)](\s|$))"
)
_WS = re.compile(r"[ \t\n\r]+")
# Pandoc's smart typography joins an abbreviation to the next word with a no-break space
# ("Mr. Smith" → "Mr.\u00a0Smith"): its default list of abbreviations, whose final stop is
# escaped before a space so the space stays a space (an escaped stop prints as a stop)
_PANDOC_ABBREVIATIONS = (
    "aet. aetat. al. Apr. Aug. bk. Bros. c. Capt. cf. ch. chap. chs. Co. col. Corp. cp. d. "
    "Dec. Dr. e.g. ed. eds. esp. f. fasc. Feb. ff. fig. fl. fol. fols. Fr. Gen. Gov. Hon. "
    "i.e. ill. Inc. incl. Jan. Jr. Jul. Jun. Ltd. M.A. M.D. Mar. Mr. Mrs. Ms. n. n.b. nn. "
    "No. Nov. Oct. p. Ph.D. pp. Pres. Prof. pt. q.v. Rep. Rev. s.v. s.vv. saec. sec. Sen. "
    "Sep. Sept. Sgt. Sr. St. univ. viz. vol. vs."
).split()
_MD_ABBREVIATION = re.compile(
    r"(?<![A-Za-z0-9])("
    + "|".join(re.escape(a[:-1]) for a in sorted(_PANDOC_ABBREVIATIONS, key=len, reverse=True))
    + r")\.(?= )"
)
# Pandoc's smart quotes drop the space before a closing quote ('a ' → ‘a’): a quote after a
# space that Pandoc could read as closing is escaped (it then prints the straight quote as
# typed). A "'" closes when no letter or digit follows; a '"' closes after any other '"'.
_MD_QUOTE = re.compile(r"""(?<= )(['"])""")


def _md_quote(out: str, mt: re.Match[str]) -> str:
    q = mt.group()
    closing = not out[mt.end() : mt.end() + 1].isalnum() or (q == '"' and q in out[: mt.start()])
    return "\\" + q if closing else q


def fold(text: str) -> str:
    """Runs of ASCII whitespace as one space, ends trimmed."""
    return _WS.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Paragraphs (split at blank lines), each folded to one line."""
    return [p for p in (fold(x) for x in re.split(r"\n[ \t]*\n", text)) if p]


def md(text: str) -> str:
    """Literal text as Markdown that renders exactly this text (whitespace folded), safe
    anywhere a paragraph, list item, block quote, heading or footnote starts."""
    marked = _MD_CHARS.sub(lambda mt: "".join("\\" + c for c in mt.group()), fold(text))
    out = _MD_QUOTE.sub(lambda mt: _md_quote(marked, mt), marked)
    out = _MD_ABBREVIATION.sub(r"\1\\.", out)  # "Mr\. Smith": no no-break space
    start = _MD_START.match(out)
    if start:
        end = start.end()
        if out[0] in "-+=:(%":
            out = "\\" + out
        else:  # "12." → "12\." ; "a)" → "a\)"
            out = out[:end] + "\\" + out[end:]
    return out


def md_paragraphs(text: str) -> list[str]:
    return [md(p) for p in paragraphs(text)]


def html_text(text: str) -> str:
    """Text content (not attribute values: use :func:`html_attr`)."""
    return html.escape(text, quote=False)


def html_attr(text: str) -> str:
    return html.escape(text, quote=True)


def html_paragraphs(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{html_text(p)}</p>" for p in paragraphs(text))


_TYPST_ESC = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_TYPST_RE = re.compile(r'[\\"\n\r\t]')


def typst_str(text: str) -> str:
    """A Typst string literal: ``"..."`` with backslash, quote and line ends escaped."""
    return '"' + _TYPST_RE.sub(lambda mt: _TYPST_ESC[mt.group()], text) + '"'


def typst_text(text: str) -> str:
    """Literal text in Typst markup: an embedded string literal, ``#"..."``. What follows
    it must not continue the expression (the renderers follow it with space, ``#``, ``]``
    or a line end)."""
    return "#" + typst_str(fold(text))
