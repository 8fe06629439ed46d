"""Typst export (and the source of the PDF).

Every piece of user text enters the file as a string literal (``#"..."`` or a string
argument), so nothing a note says can become Typst markup or code: it cannot change the
page setup, read a file or run a function. The page setup, fonts and helpers are fixed
here; the marking is printed in every page's header and footer; citations are native
footnotes. Only fonts embedded in the typst compiler are named, so the PDF builds the same
way on any machine, with no system fonts and no network.
"""

from __future__ import annotations

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
#set document(title: brief-title, author: brief-author, date: none)
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
#set text(font: "Libertinus Serif", size: 10.5pt, lang: "en", hyphenate: false)
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
    short = doc.title if len(doc.title) <= 70 else doc.title[:69] + "…"
    values = [
        ("brief-title", fold(doc.title)),
        ("brief-short-title", fold(short)),
        ("brief-author", fold(doc.author)),
        ("brief-date", fold(doc.date)),
        ("brief-marking", doc.marking),
        ("brief-marking-colour", TLP_COLOURS.get(doc.marking, "#ffffff")),
    ]
    out = [
        "// Generated by briefer. All user text is in string literals.\n",
        "".join(f"#let {name} = {s(value)}\n" for name, value in values),
        PREAMBLE,
    ]
    title = [f'#text(size: 21pt, weight: "bold", {s(fold(doc.title))})']
    if doc.subtitle:
        title.append(f'#text(size: 13pt, style: "italic", fill: luma(60), {s(fold(doc.subtitle))})')
    byline = " · ".join(fold(v) for v in (doc.author, doc.date) if v)
    if byline:
        title.append(f"#text(size: 9.5pt, fill: luma(90), {s(byline)})")
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
