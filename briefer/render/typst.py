"""Typst export (and the source of the PDF).

Every piece of user text enters the file as a string literal (``#"..."`` or a string
argument), so nothing a note says can become Typst markup or code: it cannot change the
page setup, read a file or run a function. The page setup, fonts and helpers are fixed
here; the marking is printed in every page's header and footer; citations are native
footnotes. Only fonts embedded in the typst compiler are named, so the PDF builds the same
way on any machine, with no system fonts and no network.
"""

from __future__ import annotations

import datetime as _dt

from .. import document as d
from . import prose
from .escape import fold, paragraphs
from .escape import typst_str as s
from .markdown import BLUF_HEADING

# TLP 2.0 label colours (text on black)
TLP_COLOURS = {
    "TLP:CLEAR": "#ffffff",
    "TLP:GREEN": "#33ff00",
    "TLP:AMBER": "#ffc000",
    "TLP:AMBER+STRICT": "#ffc000",
    "TLP:RED": "#ff2b2b",
}

PREAMBLE = """\
#let marking-badge(m) = if m == "" { [] } else {
  box(fill: black, inset: (x: 5pt, y: 2.5pt), radius: 1.5pt,
      text(font: "DejaVu Sans Mono", size: 7.5pt, weight: "bold",
           fill: rgb(brief-marking-colour), m))
}
#let fnote(title, rest) = footnote[#emph(title), #rest]
#let conf(level) = text(size: 0.85em, fill: luma(80))[ (#level confidence)]
// Footnotes inside blocks (lists, pads, quotes) cost a relayout each: bullets, comments
// and attributions are plain paragraphs with scoped settings, so a long brief stays fast.
#let bullet(body) = [
  #set par(hanging-indent: 1.2em, spacing: 0.75em)
  #box(width: 1.2em, text(fill: luma(90), "•"))#body
]
#let comment(indent, paras) = [
  #set par(first-line-indent: (amount: indent, all: true), hanging-indent: indent,
           justify: false, spacing: 0.7em)
  #set text(size: 0.92em, fill: luma(45))
  #text(style: "italic", "Analyst comment:") #paras.join(parbreak())
]
#let quotebody(paras) = block(
  sticky: true, above: 1em, below: 0.45em, inset: (left: 0.9em, right: 1.2em, y: 0.15em),
  stroke: (left: 1.2pt + luma(170)),
  text(style: "italic", paras.join(parbreak())),
)
#let attribution(body) = align(right, body)
#set document(title: brief-title, date: brief-pdf-date,
              author: if brief-author == "" { () } else { brief-author },
              keywords: if brief-marking == "" { () } else { (brief-marking,) })
#set page(
  paper: "a4",
  margin: (x: 24mm, top: 27mm, bottom: 25mm),
  header: context {
    set text(size: 8pt, fill: luma(90))
    grid(columns: (1fr, auto, 1fr), align: (left + horizon, center + horizon, right + horizon),
      brief-short-title, marking-badge(brief-marking), brief-date)
    v(-2pt)
    line(length: 100%, stroke: 0.4pt + luma(180))
  },
  footer: context {
    set text(size: 8pt, fill: luma(90))
    line(length: 100%, stroke: 0.4pt + luma(180))
    v(-2pt)
    grid(columns: (1fr, auto, 1fr), align: (left + horizon, center + horizon, right + horizon),
      brief-author, marking-badge(brief-marking),
      [Page #counter(page).display() of #counter(page).final().first()])
  },
)
#set text(font: brief-fonts, size: 10.5pt, lang: brief-lang, region: brief-region,
          hyphenate: false)
#set par(justify: true, leading: 0.62em, spacing: 0.9em)
#set list(indent: 0.4em, spacing: 0.75em, marker: text(fill: luma(90))[•])
#set enum(indent: 0.4em, spacing: 0.6em)
#set footnote.entry(separator: line(length: 30%, stroke: 0.4pt + luma(150)))
#show footnote.entry: set text(size: 8pt)
#show heading: set text(weight: "bold")
#show heading.where(level: 1): it => block(above: 1.5em, below: 0.8em, sticky: true, {
  set text(size: 13pt)
  it.body
  v(-0.55em)
  line(length: 100%, stroke: 0.6pt + luma(120))
})
#show link: set text(fill: rgb("#1f4e8c"))
"""


def _call(fn: str, *args: str) -> str:
    return f"#{fn}(" + ", ".join(args) + ")"


def _fnote(cit: d.Citation) -> str:
    title, rest = d.footnote_parts(cit)
    return _call("fnote", s(title), s(rest))


def _conf(block: d.Cited) -> str:
    return _call("conf", s(block.confidence)) if block.confidence else ""


def _comment(text: str, indent: str) -> str:
    paras = paragraphs(text)
    if not paras:
        return ""
    return "\n\n" + _call("comment", indent, "(" + "".join(s(p) + ", " for p in paras) + ")")


def _item(block: d.Take | d.Figure) -> str:
    mark = _call("strong", s(block.portion + " ")) if block.portion else ""
    if isinstance(block, d.Take):
        head = mark + "#" + s(fold(block.text))
    else:
        rest = f" — {fold(block.subject)}" if block.subject else ""
        rest += f" ({fold(block.context)})" if block.context else ""
        head = mark + _call("strong", s(fold(block.amount))) + ("#" + s(rest) if rest else "")
    return (
        f"#bullet[{head}{_fnote(block.citation)}{_conf(block)}]"
        + _comment(block.comment, "1.2em")
        + "\n"
    )


def _quote(block: d.Quote) -> str:
    paras = "(" + "".join(s(p) + ", " for p in paragraphs(block.text)) + ")"
    mark = _call("strong", s(block.portion)) + "\n\n" if block.portion else ""
    attribution = f"#{s('— ' + fold(block.attribution))}{_fnote(block.citation)}{_conf(block)}"
    return (
        mark
        + _call("quotebody", paras)
        + f"\n#attribution[{attribution}]"
        + _comment(block.comment, "0.9em")
        + "\n"
    )


def _section(sec: d.DocSection) -> str:
    out = [f"#heading(level: 1, {s(fold(sec.heading) or 'Untitled section')})\n"]
    for block in sec.blocks:
        if isinstance(block, d.Take | d.Figure):
            out.append(_item(block))
        elif isinstance(block, d.Quote):
            out.append(_quote(block))
        elif block.text.strip():
            out.append(prose.to_typst(block.text) + "\n")
    return "\n".join(out)


def _source(src: d.DocSource) -> str:
    parts = [_call("emph", s(fold(src.title))), '#"."']
    details = "; ".join(d.source_details(src))
    if details:
        parts.append("#" + s(" " + fold(details) + "."))
    if src.link:
        parts.append('#" "' + _call("link", s(src.link), s(src.link)) + '#"."')
    elif src.url:
        parts.append("#" + s(" " + fold(src.url) + "."))
    parts.append("#" + s(" " + d.grades_line(src)))
    return f"enum.item({src.number})[" + "".join(parts) + "]"


def render(doc: d.Document) -> str:
    # PDF/UA needs a document title
    full = doc.title if doc.title.strip() else UNTITLED
    short = full if len(full) <= 70 else full[:69] + "…"
    values = [
        ("brief-title", fold(full)),
        ("brief-short-title", fold(short)),
        ("brief-author", fold(doc.author)),
        ("brief-date", fold(doc.date)),
        ("brief-marking", doc.marking),
        ("brief-marking-colour", TLP_COLOURS.get(doc.marking, "#ffffff")),
    ]
    lang, region = typst_language(doc.language)
    body = _body(doc)
    settings = [
        ("brief-lang", s(lang)),
        ("brief-region", s(region) if region else "none"),
        ("brief-pdf-date", pdf_date(doc.date, required=bool(doc.pdf_standard))),
        ("brief-fonts", "(" + "".join(s(f) + ", " for f in font_list(body, doc.language)) + ")"),
    ]
    return "\n".join(
        [
            "// Generated by briefer. All user text is in string literals.\n",
            "".join(f"#let {name} = {s(value)}\n" for name, value in values)
            + "".join(f"#let {name} = {value}\n" for name, value in settings),
            PREAMBLE,
            body,
        ]
    )


def _body(doc: d.Document) -> str:
    out = []
    heading = doc.title if doc.title.strip() else UNTITLED
    title = [f'#text(size: 21pt, weight: "bold", {s(fold(heading))})']
    if doc.subtitle:
        title.append(f'#text(size: 13pt, style: "italic", fill: luma(60), {s(fold(doc.subtitle))})')
    byline = " · ".join(fold(v) for v in (doc.author, doc.date) if v)
    if byline:
        title.append(f"#text(size: 9.5pt, fill: luma(90), {s(byline)})")
    if doc.marking:  # the page header and footer are artifacts: screen readers skip them
        title.append("#marking-badge(brief-marking)")
    out.append(
        "#block(below: 1.4em, {\n  set par(justify: false, spacing: 0.5em)\n  "
        + "\n  parbreak()\n  ".join(t[1:] for t in title)
        + "\n})\n"
    )
    if doc.bluf.strip():
        out.append(
            "#block(width: 100%, fill: luma(243), stroke: (left: 2.5pt + luma(60)),"
            " inset: (x: 10pt, y: 8pt), below: 1.2em)[\n"
            f'#text(weight: "bold", size: 9pt, tracking: 0.04em, upper({s(BLUF_HEADING)}))'
            "\n\n" + prose.to_typst(doc.bluf) + "\n]\n"
        )
    out += [_section(sec) for sec in doc.sections]
    if doc.sources:
        out.append(
            '#heading(level: 1, "Sources")\n#set par(justify: false)\n'
            "#enum(\n  " + ",\n  ".join(_source(x) for x in doc.sources) + ",\n)\n"
        )
    return "\n".join(out)


# --------------------------------------------------------- language, date, fonts


def typst_language(tag: str) -> tuple[str, str]:
    """A BCP 47 tag as typst's ``lang`` and ``region``: "pt-BR" → ("pt", "BR"),
    "zh-Hant-TW" → ("zh", "TW"), "en" → ("en", "")."""
    parts = (tag or "en").split("-")
    lang = parts[0].lower() if 2 <= len(parts[0]) <= 3 and parts[0].isalpha() else "en"
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return lang, region


def pdf_date(date: str, required: bool = False) -> str:
    """The brief's date as a typst ``datetime`` for the PDF's metadata ("2026-11" → the
    1st of the month); ``auto`` (the day the PDF is made) when there is none but PDF/A
    needs one, else ``none``."""
    parts = (date or "").strip().split("-")
    try:
        nums = [int(p) for p in parts] + [1] * (3 - len(parts))
        if len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
            raise ValueError
        _dt.date(*nums)  # a real day (typst would stop at 2026-02-30)
    except (ValueError, TypeError):
        return "auto" if required else "none"
    return f"datetime(year: {nums[0]}, month: {nums[1]}, day: {nums[2]})"


BODY_FONT = "Libertinus Serif"
UNTITLED = "Untitled brief"
# Fonts for the scripts the built-in fonts lack, serif first (the body is serif), as the
# Noto families that Debian's fonts-noto-core / fonts-noto-cjk and most systems install.
SCRIPT_FONTS = {
    "Hang": ("Noto Serif CJK KR", "Noto Sans CJK KR"),
    "Hira": ("Noto Serif CJK JP", "Noto Sans CJK JP"),
    "Kana": ("Noto Serif CJK JP", "Noto Sans CJK JP"),
    "Thai": ("Noto Serif Thai", "Noto Sans Thai"),
    "Ethi": ("Noto Serif Ethiopic", "Noto Sans Ethiopic"),
    "Deva": ("Noto Serif Devanagari", "Noto Sans Devanagari"),
    "Arab": ("Noto Naskh Arabic", "Noto Sans Arabic"),
    "Hebr": ("Noto Serif Hebrew", "Noto Sans Hebrew"),
}
_HAN = {"ja": "JP", "ko": "KR", "zh": "SC"}


def font_list(text: str, language: str = "en") -> list[str]:
    """The body font, then a font for each script of ``text`` that needs one, in order of
    first appearance: the PDF then uses the same fonts on every machine that has them, and
    the Typst source says which fonts it needs."""
    from fontTools import unicodedata as fu

    scripts: dict[str, None] = {}
    for ch in dict.fromkeys(text):
        if ord(ch) >= 0x0590 and not 0x2000 <= ord(ch) <= 0x2BFF:
            scripts.setdefault(fu.script(ch), None)
    families: dict[str, None] = {BODY_FONT: None}
    for code in scripts:
        if code == "Hani":
            lang, region = typst_language(language)
            cjk = _HAN.get(lang, "")
            if lang == "zh" and (region in ("TW", "HK", "MO") or "Hant" in language):
                cjk = "TC"
            if not cjk:
                cjk = (
                    "JP"
                    if {"Hira", "Kana"} & scripts.keys()
                    else "KR"
                    if "Hang" in scripts
                    else "SC"
                )
            names: tuple[str, ...] = (f"Noto Serif CJK {cjk}", f"Noto Sans CJK {cjk}")
        elif code in SCRIPT_FONTS:
            names = SCRIPT_FONTS[code]
        elif code in ("Zyyy", "Zinh", "Zzzz"):
            continue
        else:
            name = fu.script_name(code, default="")
            names = (f"Noto Serif {name}", f"Noto Sans {name}") if name else ()
        families.update(dict.fromkeys(names))
    return list(families)
