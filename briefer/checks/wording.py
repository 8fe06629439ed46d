"""Rules about the analyst's own wording and the brief's shape (BRF003, BRF004, BRF005,
BRF012). They read the BLUF, prose entries and comments, never the cited items (those are
the sources' words), and never text in quotes."""

from __future__ import annotations

from collections import Counter

from .context import Context, Text
from .lexicon import COLUMNS, Match, Term, Vague, lexicon, sentences


def _column(ctx: Context) -> str:
    """The ICD 203 column the brief mostly uses (likelihood when it uses none)."""
    used = Counter(m.what.column for t in ctx.texts() for m in t.icd() if isinstance(m.what, Term))
    return "probability" if used["probability"] > used["likelihood"] else "likelihood"


def _add(ctx: Context, code: str, t: Text, match: Match, message: str) -> None:
    ctx.add(code, message, t.at(match.start), section=t.section, entry=t.index)


def _w(match: Match) -> str:
    """The words matched, on one line ('probably\\n  not' → 'probably not')."""
    return " ".join(match.text.split())


def _where(t: Text) -> str:
    return {"bluf": "BLUF", "text": "prose", "comment": "comment"}[t.field]


def brf003_vague_wording(ctx: Context) -> None:
    lex = lexicon()
    column = _column(ctx)
    all_terms = ", ".join(r.term(column) for r in lex.rows[:-1]) + (
        f" or {lex.rows[-1].term(column)}"
    )
    for t in ctx.texts():
        for match in t.vague():
            v = match.what
            assert isinstance(v, Vague)
            if v.use is not None:
                advice = f"use the ICD 203 term '{lex.rows[v.use].label(column)}'"
            else:
                advice = f"say how likely with an ICD 203 term: {all_terms}"
            _add(
                ctx,
                "BRF003",
                t,
                match,
                f"vague likelihood wording '{_w(match)}' in the {_where(t)}: {advice}",
            )


def brf004_mixed_columns(ctx: Context) -> None:
    lex = lexicon()
    found: list[tuple[Text, Match]] = [
        (t, m) for t in ctx.texts() if not t.skips("BRF004") for m in t.icd()
    ]
    by_column = {
        c: [(t, m) for t, m in found if getattr(m.what, "column", None) == c] for c in COLUMNS
    }
    if not all(by_column.values()):
        return
    like, prob = by_column["likelihood"], by_column["probability"]
    # the column used less gives way; on a tie, the one that came in second
    if len(prob) > len(like) or (len(prob) == len(like) and _order(prob[0]) < _order(like[0])):
        keep, drop = "probability", like
    else:
        keep, drop = "likelihood", prob
    t0, m0 = by_column[keep][0]
    line0 = t0.at(m0.start)[0]
    for t, match in drop:
        term = match.what
        assert isinstance(term, Term)
        instead = lex.rows[term.row].term(keep)
        _add(
            ctx,
            "BRF004",
            t,
            match,
            f"'{_w(match)}' is from the ICD 203 {term.column} "
            f"column but this brief also uses the {keep} column ('{_w(m0)}' at line "
            f"{line0}); keep to one column: write '{instead}'",
        )


def _order(found: tuple[Text, Match]) -> tuple[int, int]:
    return found[0].at(found[1].start)


def brf005_likelihood_with_confidence(ctx: Context) -> None:
    for t in ctx.texts():
        terms = t.icd() + t.vague()
        levels = t.confidence()
        if not terms or not levels:
            continue
        for start, end in sentences(t.value):
            here = sorted((m for m in terms if start <= m.start < end), key=lambda m: m.start)
            conf = [m for m in levels if start <= m.start < end]
            if here and conf:
                _add(
                    ctx,
                    "BRF005",
                    t,
                    here[0],
                    f"likelihood '{_w(here[0])}' and confidence "
                    f"'{_w(conf[0])}' in one sentence of the {_where(t)}: ICD 203 keeps "
                    "them apart; state the confidence in a sentence of its own",
                )


def brf012_shape(ctx: Context) -> None:
    b = ctx.brief
    if not (b.bluf or "").strip():
        where = b.pos.get("bluf") or b.pos.get("", (1, 1))
        ctx.add(
            "BRF012",
            "the brief has no BLUF: open with the bottom line up front, the "
            "judgment in one or two sentences",
            where,
        )
    if not b.sections:
        ctx.add(
            "BRF012", "the brief has no sections", b.pos.get("sections") or b.pos.get("", (1, 1))
        )
    for si, section in enumerate(b.sections):
        if not section.entries:
            where = section.pos.get("heading") or section.pos.get("", (1, 1))
            ctx.add(
                "BRF012",
                f"section '{' '.join(section.heading.split())}' is empty: add "
                "items or prose, or remove it",
                where,
                section=si,
            )


RULES = (
    brf003_vague_wording,
    brf004_mixed_columns,
    brf005_likelihood_with_confidence,
    brf012_shape,
)
