"""Quotes: text in double quotes, with the speaker found from the attribution around it.

A quote's ``text`` is exactly ``body[span[0]:span[1]]``. A speaker is only given when the
article names one (directly, or through a pronoun or title that fits exactly one person
named before); otherwise it stays None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Quote
from . import names
from .attribution import (
    AUX,
    DASH_AFTER,
    END_INVERTED,
    END_SUBJECT,
    NO_COMMA_NAME,
    NO_COMMA_SUBJECT,
    STATED_BY,
    STATEMENT,
    VERB,
    attribution,
    attribution_after,
    described_by,
    reported_words,
    sentence_end_speaker,
)
from .nlp import UP, is_abbrev_period, sentence_ends
from .people import (
    HE_AGAIN,
    Register,
    fullest,
    name_index,
    quoted_in,
)
from .readers import Article
from .subjects import (
    BODY_RUN,
    IN_PLACE,
    Who,
    parse_inverted,
    parse_subject,
    person_word,
)
from .words import (
    OFFICE_LEADS,
    ORG_WORDS,
    PORTFOLIOS,
    ROLE_NOUNS,
    STOP,
)

_TITLE_CUE = re.compile(
    r"\b(?:titled|entitled|called|dubbed|named|headlined|headline|"
    r"book|film|report|song|album|slogan|motto|operation|term|word|"
    r"phrase|label|(?:policy|principle|doctrine|mantra|maxim)(?:\s+of)?)\s*,?\s*\Z",
    re.I,
)
_REACH = 400  # how far before or after a quote its attribution is looked for
_SMALL = frozenset("a an the of and or in on at to for by with from vs".split())


@dataclass(slots=True)
class Found:
    start: int  # content span in body
    end: int
    open: int  # where the quotation mark is (for context)
    close: int
    speaker: str | None = None
    role: str | None = None
    attributed: bool = False
    unit: int = 0  # index of the paragraph (or list item)
    inferred: bool = False  # speaker from a pronoun, title or the quote before


def _pairs(body: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """(open mark, close mark) of each double-quoted stretch of a paragraph; an unclosed
    mark runs to the paragraph's end (a quote that goes on in the next paragraph)."""
    out = []
    i = ps
    lead = ps + len(body[ps:pe]) - len(body[ps:pe].lstrip())
    first = _FIRST_MARK.match(body, lead, pe)
    if (
        first
        and lead > 0
        and not _runs_on(body, lead)
        and attribution_after(body[first.end() : min(pe, first.end() + 200)])
    ):
        # 'The project opens a market,” its CEO X said.': the opening mark left out; the
        # quote runs from the paragraph's start (after a dateline) to the closing mark
        dateline = _DATELINE.match(body, lead, first.end())
        if dateline and dateline.group().rstrip().endswith(":") and not dateline.group().isupper():
            dateline = None  # "KARACHI: " is a dateline, "Reason: " is a word of the quote
        out.append(((dateline.end() if dateline else lead) - 1, first.end() - 1))
        i = first.end()
    while i < pe:
        ch = body[i]
        # a closing mark typed for the opening one at the paragraph's start ('”We …,” says X')
        if ch in '“"' or (
            ch == "”"
            and i == lead
            and (
                _closer(body, "“", i + 1, pe) > 0
                or (
                    re.match(r"”[ \t]?[A-Z]", body[i:pe])
                    and not re.search('[“”"]', body[i + 1 : pe])
                )
            )
        ):  # '” It could …' alone in its paragraph: the quote goes on from the one before
            j = _closer(body, ch, i + 1, pe)
            k = _reopened(body, i + 1, j + 2 if j >= 0 else pe)
            if k >= 0:
                # '"A. “B,” he said': a new sentence opens a new quote before this one
                # closed (two quote paragraphs run together): this one ends there, or at
                # its own attribution ('“A, X said on Monday. “B …')
                stop = k
                while stop > i + 1 and body[stop - 1].isspace():
                    stop -= 1
                inner = _INNER_ATTRIBUTION.search(body, i + 1, stop)
                out.append(
                    (i, inner.start() + 1) if inner and inner.start() > i + 20 else (i, k - 1)
                )
                i = k
                continue
            if j < 0:
                # '“Today prices rose …, the President announced.' (never closed): the
                # attribution at the paragraph's end is outside the quote; in lines run
                # together as one paragraph, at the end of the quote's line
                nl = body.find("\n", i + 1, pe)
                inner = _INNER_ATTRIBUTION.search(body, i + 1, nl) if nl > 0 else None
                if inner and inner.start() > i + 20:
                    out.append((i, inner.start() + 1))
                    i = nl
                    continue
                inner = _INNER_ATTRIBUTION.search(body, i + 1, pe)
                out.append((i, inner.start() + 1) if inner and inner.start() > i + 20 else (i, pe))
                break
            out.append((i, j))
            i = j + 1
            continue
        i += 1
    return out


# "Tarnby, May 3 (NPA) – ", "TARNBY, May 3 – ", "TARNBY: ": where a wire story's first
# paragraph starts, before its first words
_DATELINE = re.compile(
    rf"[{UP}][\w.’'-]*(?:[ \t]+[{UP}][\w.’'-]*){{0,3}}"
    rf"(?:,[ \t]+[{UP}][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*[–—-]"
    r"|[ \t]*\([^()\n]{1,20}\)[ \t]*[–—-]|:)[ \t]+"
)


def _runs_on(body: str, at: int) -> bool:
    """Whether the line before ``at`` leaves a quote open (its last mark opens one)."""
    line = body[max(0, at - 2000) : at].rstrip()
    line = line[line.rfind("\n") + 1 :]
    curly = max(line.rfind("“"), line.rfind("”"))
    if curly >= 0 and line.rfind('"') < curly:
        return line[curly] == "“"
    return line.count('"') % 2 == 1


# a paragraph whose first mark closes a quote: words, then ',”' / '."' with no opening mark
_FIRST_MARK = re.compile(r"[^“”\"\n]{20,600}?[,.!?][”\"](?=[ \t])")
_REOPEN = re.compile(r"(?<=[.!?])\s+([“\"])(?=[{UP}])".replace("{UP}", UP))


def _reopened(body: str, start: int, end: int) -> int:
    """Where an opening mark starts a new sentence in body[start:end] ('… verified. “Once
    we …' or '… results. "Since …'), -1 when none does."""
    m = _REOPEN.search(body, start, end)
    return m.start(1) if m else -1


_INNER_ATTRIBUTION = re.compile(
    rf",[ \t]*(?:the[ \t]+[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){{0,3}}|"
    rf"(?:[\w’'.-]+[ \t]+){{0,3}}[{UP}][\w.’'-]*(?:[ \t]+[{UP}][\w.’'-]*){{0,4}}|he|she)"
    rf"[ \t]+{AUX}{VERB}"
    r"(?:[ \t]+(?:on|in|at|during|late|early|yesterday|today|this|last)\b[^,.;!?“”\"]{0,40})?"
    r"[.!?]?[ \t]*\Z"
)


def _closer(body: str, mark: str, start: int, end: int) -> int:
    """Where the quote opened by ``mark`` closes: a straight mark closes at the next
    straight or curly closing mark (typed text mixes them: '"… dollars,” said'); a curly
    one at its ”, else at a straight mark, else at a “ typed by mistake at the paragraph's
    end; -1 when it runs on."""
    if mark == '"':
        hits = [j for j in (body.find('"', start, end), body.find("”", start, end)) if j >= 0]
        return min(hits) if hits else -1
    j = body.find("”", start, end)
    straight = body.find('"', start, j if j >= 0 else end)
    if (
        straight >= 0
        and re.match(r"[\s.,;:!?)]|\Z", body[straight + 1 : straight + 2])
        and (body[straight - 1 : straight] in ",.!?")
    ):  # '“… of life," reports Khan. "So …”': typed marks mixed, the straight one closes
        j = straight
    if j < 0:
        tail = body[start:end].rstrip()
        if tail.endswith("“") and len(tail) > 1:
            j = start + len(tail) - 1
    return j


def _clause_start(body: str, ps: int, pos: int, floor: int) -> int:
    """Start of the sentence that contains ``pos`` (not before ``floor``)."""
    i = pos - 1
    while i > max(ps, floor):
        if body[i] in ".!?" and body[i + 1 : i + 2].isspace():
            if not (body[i] == "." and is_abbrev_period(body, i)):
                return i + 1
        i -= 1
    return max(ps, floor)


def _clause_end(body: str, pos: int, pe: int, ceiling: int) -> int:
    i = pos
    stop = min(pe, ceiling)
    while i < stop:
        if body[i] in ".!?;" and (i + 1 >= stop or body[i + 1].isspace()):
            if not (body[i] == "." and is_abbrev_period(body, i)):
                return i
        i += 1
    return stop


def _is_title_or_term(content: str, before: str) -> bool:
    words = content.split()
    if len(words) <= 2:
        return True  # scare quotes and quoted terms
    if (
        _TITLE_CUE.search(before)
        and len(words) <= 8
        and not re.search(r"\b(?:he|she|they|what|which)\s+(?:\w+\s+)?called\s*\Z", before)
    ):  # "what he called “an air strike”" is speech
        return True  # a long stretch after "called" is speech: 'which she called “an …'
    if content.rstrip()[-1:] in ".!?,…":
        return False
    caps = [w for w in words if w.lower() not in _SMALL]
    return len(words) <= 12 and all(w[:1].isupper() or not w[:1].isalpha() for w in caps)


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    lead = re.match(r"(?:…|\.\.\.)[ \t]*(?=\w)", body[s:e])  # '“… the rest”': the words
    if lead:  # quoted start after the ellipsis
        s += lead.end()
    while e > s and (body[e - 1].isspace() or body[e - 1] == ","):
        e -= 1
    return s, e


# a nickname in quotes inside a name ('Ana “Red” Lind'): no quote, and not part of the name
_NICKNAME = re.compile(
    rf"\b([{UP}][a-zà-ÿ’'-]+[ \t]+)([“\"‘][{UP}][\w’'.-]{{0,20}}[”\"’])(?=[ \t]+[{UP}][a-zà-ÿ])"
)


def _without_nicknames(text: str) -> str:
    """``text`` with each nickname between a first name and a surname blanked out, its
    length kept (offsets stay those of the article's text)."""
    return _NICKNAME.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


# '“… a year.” Lind said.': a sentence of a name and a reporting verb alone attributes the
# quote before it, though the quote ended with its own full stop
# a speaker the text leaves unnamed: "A spokesperson from the University said:", ", said a
# resident", ", another official said"
_UNNAMED_BEFORE = re.compile(
    rf"(?:\A\s*|[.!?]\s+|,\s+)(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[{UP}][\w’'&-]*\s+){{0,4}}[a-z]"
    rf"[^“”\".;:]{{0,80}}?\s+{VERB}"
    r"\s*[:,]?\s*\Z"
)
_UNNAMED_AFTER = re.compile(
    rf"\s*,?\s*(?:(?:an?|another|one)\s+[a-z][^“”\".;:]{{0,80}}?\s+{VERB}\b|{VERB}\s+"
    rf"(?:an?|another|one)\s+(?:[{UP}][\w’'&-]*\s+){{0,4}}[a-z])"  # "said a Valley Milk spokesman"
)
# "… in a statement", "… on Monday": where or when, after the verb of a bare attribution
_BARE_TRAIL = r"(?:[ \t]+(?:in|on|at|to|during|yesterday|today)\b[^.!?\n“”\"]{0,40})?"
_BARE_AFTER_STOP = re.compile(
    rf"\.[ \t]+(?P<rest>(?:[{UP}][\w’'-]+[ \t]+){{0,2}}[{UP}][\w’'-]+[ \t]+{VERB}{_BARE_TRAIL})"
    r"[ \t]*\.?[ \t]*(?:\n|\Z)"
)
_BARE_ATTRIBUTION = re.compile(
    rf"[ \t]+(?:[{UP}][\w’'-]+[ \t]+){{0,2}}[{UP}][\w’'-]+[ \t]+{VERB}{_BARE_TRAIL}[ \t]*\.?[ \t]*"
    r"(?:\n|\Z)"
)


# two straight single marks typed for a double one: opening before a word, closing otherwise
_TWO_STRAIGHT = re.compile(r"(?<!')''(?!')(?:(?=[\w])()|)")


def _introduced(body: str, unit: tuple[int, int]) -> str | None:
    """The clause that ends a paragraph with a reporting verb ("The IAAF released a statement,
    it said:", "Mr Lind said", "… and that:"), introducing the quote that opens the next
    one; None otherwise."""
    text = body[unit[0] : unit[1]].rstrip()
    tail = re.split(r"(?<=[.!?”\"])\s+", text)[-1]
    ends = re.search(rf"\b{VERB}\s*:?\Z", tail) or re.search(
        rf"\b{VERB}\b[^.!?]*\bthat\s*:\Z", tail
    )  # "Mr X said" with nothing after it; "The owner said that the protests … and that:"
    return tail + " " if ends else None


def find_quotes(art: Article, register: Register) -> list[Quote]:
    # read for speakers (quote texts come from art.body): nicknames blanked, and two single
    # marks typed for a double one (‘‘ … ’’, '' … '') read as one, the same length
    body = _without_nicknames(art.body).replace("‘‘", " “").replace("’’", "” ")
    body = _TWO_STRAIGHT.sub(lambda m: ' "' if m.group(1) else '" ', body)
    body = re.sub(r"‘’(?=\w)", " “", body)  # "‘’In line …’’": a left and a right single mark
    found: list[Found] = []
    paragraphs = [b for b in art.blocks if b.kind in ("paragraph", "quote", "list")]
    paragraphs.sort(key=lambda b: b.start)
    units = [
        (ps, pe)
        for b in paragraphs
        for ps, pe in (b.items if b.kind == "list" else [(b.start, b.end)])
    ]
    pairs_of = [_pairs(body, ps, pe) for ps, pe in units]
    quoted = sorted((o, c + 1) for pairs in pairs_of for o, c in pairs)
    register.learn_short_titles(body)
    for block in art.blocks:
        if block.kind == "heading":
            continue
        register.scan(body, block.start, block.end)
    register.speakers(body, quoted)
    register.learn(body, quoted)
    ctx = _Context(body, register, quoted)
    ctx.units = units
    for n_unit, (ps, pe) in enumerate(units):
        ctx.lo = units[max(0, n_unit - _BACK)][0]
        pairs = pairs_of[n_unit]
        local: list[Found] = []
        prev_close = ps  # the end of the last real quote: scare quotes are read through
        for n, (o, c) in enumerate(pairs):
            s, e = _trim(body, o + 1, c)
            next_open = pairs[n + 1][0] if n + 1 < len(pairs) else pe
            b_start = _clause_start(body, ps, o, max(prev_close, o - _REACH))
            before = body[b_start:o]
            gap = (units[n_unit - 1][1], ps) if n_unit else (ps, ps)  # a line read as a heading
            before_unit = gap if body[gap[0] : gap[1]].strip() else units[max(0, n_unit - 1)]
            intro = None
            if not body[ps:o].strip() and n_unit and (intro := _introduced(body, before_unit)):
                before = intro  # "Ana Lind in a statement said:" ends the paragraph before
            if s >= e or _is_title_or_term(body[s:e], before):
                continue
            prev_close = c + 1
            f = Found(s, e, o, c, unit=n_unit)
            after = (
                body[c + 1 : _clause_end(body, c + 1, pe, min(next_open, c + _REACH))]
                if c < pe
                else ""
            )
            dash = DASH_AFTER.match(body, c + 1, pe) if c < pe else None
            bare = _BARE_AFTER_STOP.match(body, c + 1, pe) if c < pe else None
            if dash:
                after = " said " + dash.group("who")
            elif bare:  # '“… her economy”. Garba said' ending the paragraph
                after = ", " + bare.group("rest")
            elif (
                body[s:e].endswith(".")
                and "," not in (body[c - 1], body[c + 1 : c + 2])
                and not _BARE_ATTRIBUTION.match(body, c + 1, pe)
                and not re.match(r"[ \t]+(?:an?|the)[ \t]+[a-z]", body[c + 1 : c + 8])
                # '“… impacted...” an official statement quoted the minister': it goes on
                and not re.match(rf"[ \t]+{VERB}[ \t]+[{UP}]", body[c + 1 : c + 40])
                # '"… safe and sound." said Ana Lind': a lower-case verb goes on too
                and not re.match(
                    rf"[ \t]+the[ \t]+(?:[{UP}][\w’'-]*[ \t]+){{1,4}}{VERB}[ \t]*[.,]",
                    body[c + 1 : c + 80],
                )  # '“… speedily.” the Nigerian Navy Chief said.'
            ):
                after = ""  # '"… a year." He added …': the sentence ended in the quote
            stated = STATED_BY.match(body, c + 1, min(len(body), c + 300))  # "This was stated by X"
            if stated:  # "… by the Secretary General of the Alliance, Ada Lind": the name
                who_text = stated.group("who")
                named = re.search(r",\s*([^,]+?)\s*\Z", who_text)
                after = " said " + (named.group(1) if named else who_text)
            mid = (
                bool(after)
                and body[c - 1 : c] not in (",", ".", "!", "?", "…")
                and not re.match(rf"\s*(?:[,.!?;:—–)-]|{VERB}\b)", after)
            )
            if mid:
                # a quoted phrase inside a sentence ('a “firm and clear” response …, says
                # X'): the speaker is named at the sentence's end, or before the quote
                rest = body[c + 1 : _clause_end(body, c + 1, pe, c + _REACH)]
                who, side = sentence_end_speaker(rest), "after"
                if who is None:  # 'described as “…” by David Rice, president'
                    who = described_by(before, rest)
                if who is None and not before.strip() and len(body[s:e].split()) >= 4:
                    # '“… have been evacuated” District collector X said.': the comma
                    # left out, the quote opening its sentence and the speaker ending it
                    m_end = NO_COMMA_SUBJECT.fullmatch(rest) or NO_COMMA_NAME.match(rest)
                    who = parse_subject(m_end.group("who")) if m_end else None
                if who is None:
                    who, side = attribution(before, "")
                elif who.frame and (inner := reported_words(before)) is not None:
                    who, side = inner, "before"  # 'The PM stressed that farmers “…” despite
                    # the rise, the statement read': his words, which the statement reports
            else:
                who, side = attribution(before, after)
            if who is None and c >= pe and n_unit + 1 < len(units):
                # a quote broken over a line ('"… The board head [X' / 'Y] asked …," Z
                # said.'): the next line closes it, and the attribution follows the close
                who = _run_on_attribution(body, *units[n_unit + 1])
            if who is None and (_UNNAMED_BEFORE.search(before) or _UNNAMED_AFTER.match(after)):
                f.attributed = True  # "A spokesperson from the University said: “…”": said
                # by someone the text does not name, not by whoever was quoted before
            if who is not None and _ANONYMOUS.search(before + " " + after):
                f.attributed = True  # '“…,” the official said, speaking on condition of
                who = None  # anonymity': someone the text does not name, on purpose
            if who is not None:
                f.attributed = True
                at = o
                prev_speakers = [g for g in local if g.speaker]
                if prev_speakers:  # a quote earlier in this paragraph was the last one
                    ctx.last_speaker, ctx.last_unit = prev_speakers[-1].speaker, n_unit
                if who.pronoun and side == "before" and not (who.org and intro):
                    # "he" stands for someone before it; "It warned of “…”": so does "it"
                    pron = r"\b(?:it|its)\b" if who.org else r"\b(?:he|she)\b"
                    hit = list(re.finditer(pron, before, re.I))
                    at = b_start + hit[-1].start() if hit else o
                ctx.resolve(f, who, at)
                if intro and f.speaker:
                    f.inferred = True  # named in the paragraph before, not the quote's own
            elif not before.strip() and not quoted_in(ps, o, quoted):
                # '… X, who …, said evacuations are too slow. "It is so important …"': the
                # sentence before, in the same paragraph, reports one known person's words
                said = _reported_in(body, ps, o, ctx) or _subject_in(body, ps, o, ctx)
                if (
                    not said
                    and not body[ps:o].strip()
                    and n_unit
                    and not pairs_of[n_unit - 1]
                    and not _unattributed_words(body, ps, pe, pairs)
                    and re.search(r"[.!?…]\W*\Z", body[s:e])  # not a pull quote set as a heading
                ):  # a paragraph that is only a quote, after one that reports X's words
                    p_start, p_end = units[n_unit - 1]  # ("She said that 10,200 people …")
                    p_stop = p_start + len(body[p_start:p_end].rstrip())
                    said = _reported_in(body, p_start, p_stop, ctx)
                    if not said and _SPEECH_ACT.search(body, p_start, p_stop):
                        # "X credited the find to …" then “…”: X's (not "X died …")
                        said = _subject_in(body, p_start, p_stop, ctx)
                if said:
                    f.speaker, f.role, f.inferred, f.attributed = said[0], said[1], True, True
            local.append(f)
        _continuations(body, local)
        for f in local:
            if f.speaker:
                ctx.last_speaker, ctx.last_unit = f.speaker, n_unit
        found.extend(
            f
            for f in local
            if _kept(body, f) or _whole_paragraph(body, f, units)  # '"It was really strong."'
        )
    _across_paragraphs(body, found)
    _quote_paragraphs(body, found, units, ctx)
    found[:] = [f for f in found if f.speaker or _kept(body, f)]  # a pull quote: dropped
    _written_forms(body, found, ctx)
    _fullest_names(body, found, ctx)
    _written_forms(body, found, ctx)  # the fullest form may bring an honorific back
    return [
        Quote(
            f"q{i}",
            art.body[f.start : f.end],
            _flat(f.speaker),
            _flat(f.role),
            span=(f.start, f.end),
            speaker_inferred=True if f.speaker and f.inferred else None,
        )
        for i, f in enumerate(found, 1)
    ]


def _unshort(who: Who, register: Register) -> None:
    """A title's initials the article spells out: "EC Rafiq" is "Rafiq", Election
    Commissioner; "the PS" alone is the title "principal secretary"."""
    if not who.name:
        return
    tokens = who.name.split()
    words = register.short_title(tokens[0])
    if words is None:
        return
    if len(tokens) == 1:
        who.name, who.org, who.title = None, False, list(words)
    else:
        who.role, who.name = register.unshort(who.role, who.name)


def _nobody(sentence: str) -> bool:
    """A sentence that can bring in no one: no capital after its first word and no word for
    a person ("The centrepiece of the plan is a $15 billion programme.")."""
    words = re.findall(r"[\w’'-]+", sentence)
    return (
        bool(words)
        and not any(w[:1].isupper() for w in words[1:])
        and not any(person_word(w) for w in words)
    )


_ANONYMOUS = re.compile(
    r"\b(?:anonymity|not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+"
    r"(?:speak|talk|comment)|declined\s+to\s+be\s+(?:named|identified)|withheld)\b"
)


def _run_on_attribution(body: str, ns: int, ne: int) -> Who | None:
    """The named speaker after the first closing mark of the paragraph [ns, ne), when that
    paragraph opens no quote before it (it ends a quote the paragraph before opened)."""
    m = re.match(r'[^“”"]{0,400}?[”"]', body[ns:ne])
    if m is None or not re.search(r"[\w.,!?]", m.group()[:-1]):
        return None
    close = ns + m.end() - 1
    if body[close - 1 : close] not in (",", ".", "!", "?"):
        return None  # a quoted word, not the end of a quote
    who = attribution_after(body[close + 1 : _clause_end(body, close + 1, ne, close + _REACH)])
    # a name, or a title the article gives one person ("…,” the CM said.")
    return who if who is not None and (who.name or who.title) and not who.pronoun else None


_BACK = 3  # paragraphs before a quote searched for the person "he" stands for
_QUOTE_LED = re.compile(r"\s*(?:[“”\"]| “)")  # a paragraph opening with a quotation mark
# a sentence that opens with "he"/"she" as its subject, or "According to him/her"
_SAME_HE_AGAIN = re.compile(rf"(?:(?<![^\n])|(?<=[.!?])\s+){HE_AGAIN}")
# "the expert said": a word for whoever was quoted just before, when no role has it
_GENERIC = frozenset("expert analyst scholar researcher academic observer official".split())


class _Context:
    """What resolving a speaker needs: the register, the quoted stretches (never read as
    mentions), the window's start and the last speaker quoted."""

    def __init__(self, body: str, register: Register, quoted: list[tuple[int, int]]) -> None:
        self.body = body
        self.register = register
        self.quoted = quoted
        self.lo = 0
        self.last_speaker: str | None = None
        self.last_org: tuple[str, int] | None = None  # (the body quoted last, where)
        self.last_unit = -10  # the paragraph of the last quote with a speaker
        self.orgs: set[str] = set()  # speakers that are bodies, not people
        self.units: list[tuple[int, int]] = []  # the paragraphs (start, end)

    def resolve(self, f: Found, who: Who, at: int) -> None:
        register = self.register
        if who.frame:  # "the statement said": who issued it, if the text said so before
            issuer = self._issuer(at, who.title[0] if who.title else "statement")
            if issuer:
                f.speaker, f.inferred = issuer, True
                if _norm_last(issuer) in ORG_WORDS:
                    self.last_org = (issuer, at)
                    self.orgs.add(issuer)
            return
        if who.pronoun and who.org:  # "it said": the body quoted just before, if one was
            if self.last_org and at - self.last_org[1] < _WINDOW:
                f.speaker, f.inferred = self.last_org[0], True
            elif body := self._subject_body(at):
                f.speaker, f.inferred = body, True
                self.last_org = (body, at)
                self.orgs.add(body)
            return
        if who.pronoun:
            lo = max(self.lo, at - _WINDOW)
            p = register.referent(
                self.body, lo, at, self.quoted, self.last_speaker, gender=who.gender
            )
            if (
                p is None
                and who.gender
                and (
                    (
                        _SAME_HE_AGAIN.search(self.body, lo, at)
                        and not register.mentions(self.body, lo, at, self.quoted)
                    )
                    or self._quote_run_before(f.unit)
                )
            ):  # 'Mr X said …. He noted …. According to him, …. "…," he said': the same
                # he since X, further back than the paragraphs usually searched
                p = register.referent(
                    self.body, max(0, at - _WINDOW), at, self.quoted, None, gender=who.gender
                )
            if p:
                f.speaker, f.role, f.inferred = p.name, p.role, True
                register.vote(p.name, who.gender)
            elif (
                self.last_speaker
                and self.last_speaker not in self.orgs
                and register.compatible(self.last_speaker, who.gender)
                and f.unit - self.last_unit <= 3
                and (since := self._names_since(at)) is not None
                and all(  # "…, after meeting Tomas Rydell": then "he" may be either
                    n.lstrip("~?").split()[-1:] == self.last_speaker.split()[-1:] for n in since
                )
                and self._only_pronoun_sentences(f.unit, at)
            ):  # '“…,” he said.' after '“…,” he said.': nobody else named since, the same he
                q = register.full(self.last_speaker, at + 1)
                f.speaker, f.role, f.inferred = self.last_speaker, q.role if q else None, True
            return
        if who.title:
            p = register.by_title(who.title, at) or register.nearest_titled(
                self.body, who.title, max(self.lo, at - _WINDOW), at, self.quoted
            )
            if p:
                f.speaker, f.role, f.inferred = p.name, p.role, True
            elif (
                self.last_speaker
                and self.last_speaker not in self.orgs  # "the official" is a person
                and f.unit - self.last_unit <= 3
                and (
                    who.title[-1] in _GENERIC
                    or (
                        not who.qualified  # "the Director of Port Works": someone else
                        and not who.title[-1].endswith("-year-old")
                        and not register.any_titled(who.title[-1:], len(self.body) + 1)
                    )
                )
                and not register.by_title(who.title, len(self.body) + 1)
                and (
                    who.title[-1] in _GENERIC  # any officeholder is "the official"
                    or self._holds_or_no_role(self.last_speaker, who.title[-1], at)
                )
                and self._nobody_else_since(self.last_speaker, at, who.title[-1])
            ):  # '"…," the expert said' right after the expert was quoted by name; '"…," the
                # minister said' when nobody in the article has that title: the one quoted
                f.speaker, f.inferred = self.last_speaker, True
                p = register.full(self.last_speaker, at + 1)
                f.role = p.role if p else None
            return
        if who.name is None:
            return
        if not who.org or who.name.isupper():
            _unshort(who, register)
            if who.name is None:
                self.resolve(f, who, at)  # "the PS said": a title
                return
        if who.known_only:
            p = register.full(who.name, at)
            if p is None:
                return
            f.speaker, f.role = p.name, p.role
            return
        f.speaker, f.role = who.name, who.role
        named = self._body_named(who.name, at) if who.org else None
        if named == "":  # "the ministry said" after two ministries were named: no one
            f.speaker = f.role = None
            return
        if named:
            f.speaker, f.inferred = named, True  # "the union" after "Harbour Workers Union"
        elif who.name in ("authority", "authorities") and not self._body_before(who.name, at):
            # '“…,” said the authority' (an official, in translated text) with no body of
            # that name before: a word, not a speaker. "the army said" stays a body.
            f.speaker = f.role = None
            return
        if who.org:
            self.last_org = (f.speaker, at)
            self.orgs.add(f.speaker)
            return
        spaced = who.name.replace("-", " ")  # "Al-Sada said" after "… Saleh Al Sada"
        if (
            len(who.name.split()) == 1
            and len(spaced.split()) == 2
            and not register.full(who.name, at)
        ):
            if p := register.ending(spaced, at):
                who.name = spaced
        if len(who.name.split()) == 2 and (p := register.ending(who.name, at)):
            f.speaker, f.role = p.name, who.role or p.role  # "López Obrador said"
        elif len(who.name.split()) == 1:
            p = register.full(who.name, at)
            if p is None and register.has_role(who.name):
                p = register.full_exact(who.name, at)  # "President Brandt", not "Ana Brandt"
            if (
                p
                and re.sub(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)\Z", "", p.name).split()[-1] != who.name
                and (full := register.named_before(self.body, who.name, at))
                and full not in p.name  # "Gusti Putu" is part of "I Gusti Putu Arya"
            ):  # "Torome said": the "Saitoti Torome" of the text, not a caption's "Torome
                f.speaker, f.inferred = full, True  # Saitoti" (a surname is a name's end)
            elif p:
                f.speaker, f.role = p.name, who.role or p.role
            elif p := register.misspelt(who.name, at):  # "said Gjorgun" after "Görgun"
                f.speaker, f.role, f.inferred = p.name, who.role or p.role, True
            elif full := register.named_before(self.body, who.name, at):  # "Navtej Singh"
                f.speaker, f.inferred = full, True
            else:
                register.note_single(who.name, at)
        register.add(f.speaker, f.role, at)

    def _holds_or_no_role(self, name: str, title: str, at: int) -> bool:
        """Whether ``name`` has no known role, or one with ``title`` in it ("the spokesman"
        is never the trade minister quoted before)."""
        p = self.register.full(name, at + 1)
        if not self.register.has_role(name) and (p is None or not p.role):
            return True
        return self.register.role_has(name, title) or bool(
            p and self.register.role_has(p.name, title)
        )

    def _nobody_else_since(self, name: str, at: int, title: str) -> bool:
        """Whether no one but ``name`` is named from the paragraph of the last quote with a
        speaker up to ``at`` (a person or title named between may be whom the text means;
        ``title`` itself, "the governor also said that “…”", is the attribution)."""
        named = self._names_since(at)
        if named is None:
            return False
        lo = max(self.units[self.last_unit][0], at - _WINDOW)
        if re.search(  # "Another official said …": someone new, unnamed, with that title
            rf"\b(?:[Aa]nother|[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){{0,2}}{re.escape(title)}s?\b",
            self.body[lo:at],
        ):
            return False
        return not (named - {name, "?" + title})

    def _names_since(self, at: int) -> set[str] | None:
        """The names mentioned from the paragraph of the last quote with a speaker up to
        ``at`` (at most a window back: stays linear); None when no quote had a speaker."""
        if not self.units or not 0 <= self.last_unit < len(self.units):
            return None
        lo = max(self.units[self.last_unit][0], at - _WINDOW)
        return {n for _a, ns in self.register.mentions(self.body, lo, at, self.quoted) for n in ns}

    def _only_pronoun_sentences(self, unit: int, at: int) -> bool:
        """Whether every sentence between the last quoted speaker's paragraph and ``at``
        is a quote or starts with a pronoun ("He thanked the crews."): then no one new can
        have come in between ("Kwesi, a ferryman, crossed twice." stops the chain)."""
        if not self.units or self.last_unit < 0 or self.last_unit >= unit:
            return False
        lo = self.units[self.last_unit][1]
        start = lo
        for end in sentence_ends(self.body, lo, at):
            text = self.body[start:end].strip()
            start = end
            if text and not re.match(r"[“\"”]|(?:He|She|They|It)\b", text) and not _nobody(text):
                return False
        return True

    def _body_before(self, word: str, at: int) -> bool:
        """Whether a body called ``word`` ("army", "Army", "the authority") was named in
        the text before ``at`` (a window of 3,000 characters), outside quotes."""
        lo = max(0, at - 3000)
        for m in re.finditer(rf"\b{word}\b", self.body[lo:at], re.I):
            if not quoted_in(lo + m.start(), lo + m.end(), self.quoted):
                return True
        return False

    def _quote_run_before(self, unit: int) -> bool:
        """Whether the paragraphs searched for "he" before paragraph ``unit`` are all one
        quote running on ('‘‘On Monday …' / '‘‘Then …' / '“…,” he said'): whom "he" stands
        for is named before the run, further back than usual."""
        first = max(0, unit - _BACK)
        return unit > 0 and all(
            _QUOTE_LED.match(self.body, s, e) for s, e in self.units[first : unit + 1]
        )

    def _body_named(self, word: str, at: int) -> str | None:
        """ "the union", "the ministry", "the Authority": the one body of that kind the text
        named before ("the Harbour Workers Union", "the Ministry of Ports"), "" when it
        named two or more (no speaker is surer than a guess). Else "the agency" alone in the
        sentence right after one that names a body by its acronym ("a USGS assessment"):
        that body, when it is the only acronym there; with no acronym there, the body quoted
        just before. Anything less sure keeps the bare word."""
        words = word.split()
        if len(words) > 2 and word.islower() and words[-1] in _GENERIC_BODIES:
            words = words[-1:]  # "the private military group": a group, named or not
        elif len(words) > 2 or (len(words) == 2 and word[:1].isupper()):
            return None  # "the Defense Ministry": already a body's name
        if words[-1].lower() in _GENERIC_BODIES:
            # "the group said" after "conservation group Big Life Trust": the body the text
            # called a group; a bare "the group" is nobody an analyst can cite
            lo = max(0, at - 3000)
            called = {
                " ".join(m.group("name").split())
                for m in _CALLED.finditer(self.body, lo, at)
                if m.group("kind").lower() == words[-1].lower()
                and not quoted_in(m.start(), m.end(), self.quoted)
            }
            return called.pop() if len(called) == 1 else ""
        named = self._proper_bodies(words[-1].lower(), words[:-1], at)
        if len(named) == 1:
            return named.pop()
        if named:
            return ""
        if words[-1] != "agency":
            return None
        ends = [e for e in sentence_ends(self.body, max(0, at - 600), at) if e < at]
        start = ends[-2] if len(ends) >= 2 else max(0, at - 600)
        window = self.body[start:at]
        found = {
            m.group()
            for m in _ACRONYM.finditer(window)
            if not quoted_in(start + m.start(), start + m.end(), self.quoted)
        }
        if len(found) == 1:
            return next(iter(found))
        if not found and self.last_org and at - self.last_org[1] < _WINDOW:
            return self.last_org[0]  # "…,” the agency added': the body quoted just before
        return None

    def _subject_body(self, at: int) -> str | None:
        """ "it said" with no body quoted before: the body that is the subject of the
        sentence before ("The International Committee of the Red Cross earlier announced
        …"), looked for in the two sentences before the one with "it"; a sentence whose
        subject is someone else stops the search."""
        lo = max(0, at - 1500)
        starts = [lo, *sentence_ends(self.body, lo, at)]
        starts = [x for x in starts if self.body[x:at].strip()]  # sentences before the quote
        spans = list(zip(starts, [*starts[1:], at], strict=True))
        for s_start, s_end in reversed(spans[-2:]):
            # a headline without a full stop runs into the sentence: read after a blank line
            pieces = [p for p in re.split(r"\n[ \t]*\n", self.body[s_start:s_end]) if p.strip()]
            head = pieces[-1].lstrip(' \t\n“”"')[:200] if pieces else ""
            head = re.sub(
                r"\AIn\s+(?:a|an|its)\s+[a-z]+(?:\s+on\s+[A-Z][a-z]+day)?,\s+(?:the\s+)?(?=[A-Z])",
                "The ",
                head,
            )  # "In a statement, the Press Council said …", "… SATAWU said": its subject
            if not head[:1].isupper():
                continue
            lower = re.match(r"The\s+([a-z]+)\s+(?:also\s+)?[a-z]+(?:ed|s)\b", head)
            if lower and lower.group(1) in ORG_WORDS:  # "The agency said …" after its name
                return self._body_named(lower.group(1), at) or None
            m = _SUBJECT_BODY.match(head)
            if m:
                tokens = m.group("org").split()
                if any(
                    _norm_last(t) in ORG_WORDS or re.fullmatch(r"[A-Z]{3,8}", t) for t in tokens
                ):
                    return " ".join(tokens)
            return None
        return None

    def _issuer(self, at: int, kind: str) -> str | None:
        """Who issued the statement the text last mentioned before ``at`` (2,500
        characters back, outside quotes): "X said in a statement", "X issued a statement",
        "a statement from X", "In a statement, X said"; None when the text does not say."""
        lo = max(0, at - 2500)
        best: tuple[int, str] | None = None
        for pattern in _ISSUERS:
            for m in pattern.finditer(self.body, lo, at):
                said = m.group().lower()
                wrote = kind == "letter" and re.search(r"\b(?:wrote|writes|written)\b", said)
                if (
                    kind not in said
                    and not (kind in _PRESS and any(w in said for w in _PRESS))
                    and not wrote
                ):
                    continue  # "the letter added": a letter, not the statement before
                if quoted_in(m.start(), m.end(), self.quoted) or (best and m.start() < best[0]):
                    continue
                tokens = m.group("who").split()
                placed = _BODY_BEFORE_PLACE.search(
                    self.body, max(0, m.start("who") - 120), m.start("who")
                )
                if placed and _norm_last(placed.group(1)) in ORG_WORDS:
                    tokens = placed.group(1).split()  # "the X Court in eastern China said"
                while tokens and tokens[0].lower() in STOP:
                    tokens = tokens[1:]
                if tokens and _norm_last(tokens[0]) in ROLE_NOUNS and not _a_person(tokens):
                    # "a statement by the Spokesperson to the Governor, Ana Lind" / "… signed
                    # by the Chief Officer of the firm, Ana Lind": the name after the title
                    after = _TITLE_THEN_NAME.match(self.body, m.end("who"), at)
                    who = parse_subject(after.group("name")) if after else None
                    tokens = who.name.split() if who and who.name and not who.org else []
                if tokens:
                    name = " ".join(tokens).rstrip(".")
                    name += self._portfolios(m.end("who"), at)
                    best = (m.start(), name)
        if best is None:
            # "…,” the statement read' after '“…,” the PM’s office said in a statement': the
            # body quoted last, when the text names no issuer in words the patterns know
            if kind in _PRESS and self.last_org and at - self.last_org[1] < _WINDOW:
                return self.last_org[0]
            if kind in _PRESS:
                # "The Ministry of Labour said a rise was agreed. “…,” the statement said":
                # the body that said so in the sentence before
                return self._subject_body(at)
            return None
        name = best[1]
        if name.lower() in ("ministry", "agency", "union", "authority", "company"):
            # "the Ministry said in a statement" after "the Ministry of Energy": that one
            return self._body_named(name.lower(), at) or None
        if (_norm_last(name) in ORG_WORDS or name.islower()) and (
            named := self._body_named(name, at)
        ) is not None:
            return named or None
        return name

    def _portfolios(self, end: int, at: int) -> str:
        """The rest of a ministry's list of portfolios written at ``end`` (", Food and Public
        Distribution" after "Ministry of Consumer Affairs"), or ""."""
        tail = _PORTFOLIO_TAIL.match(self.body, end, at)
        if tail and all(
            w.lower() in PORTFOLIOS | _PORTFOLIO_MORE
            for w in re.findall(r"[A-Za-z]+", tail.group())
        ):
            return tail.group()
        return ""

    def _proper_bodies(self, head: str, qualifiers: list[str], at: int) -> set[str]:
        """The names of bodies of kind ``head`` ("union") written before ``at`` (3,000
        characters back, outside quotes): "Harbour Workers Union", "Ministry of Ports";
        with ``qualifiers`` ("health ministry") only those holding those words."""
        lo = max(0, at - 3000)
        word = _KIND_NAMES.get(head, head.capitalize())
        found = set()
        for pattern in (
            rf"(?:[{UP}][\w’'&.-]*[ \t]+(?:(?:and|&)[ \t]+(?=[{UP}]))?){{1,5}}{word}\b",
            rf"(?:[{UP}][\w’'&.-]*[ \t]+){{0,3}}\b{word}[ \t]+(?:of|for)[ \t]+"
            rf"(?:the[ \t]+)?[{UP}][\w’'-]*"
            rf"(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[{UP}][\w’'-]*)*",
        ):
            for m in re.finditer(pattern, self.body[lo:at]):
                if quoted_in(lo + m.start(), lo + m.end(), self.quoted):
                    continue
                tokens = m.group().split()
                while tokens and (tokens[0].lower() in STOP or re.search(r"[’']s\Z", tokens[0])):
                    tokens = tokens[1:]  # "The", "Monday", "Kenya’s"
                joins = [i for i, t in enumerate(tokens) if t in ("and", "&")]
                letters = re.match(r"[ \t]*\(([A-Z]{2,8})\)", self.body[lo + m.end() : at])
                spelt = letters and names.spells(
                    [t for t in tokens if t not in ("and", "&")], letters.group(1)
                )  # "Kenya Medical Practitioners and Dentists Council (KMPDC)": one body
                if joins and re.fullmatch(word, tokens[-1]) and not spelt:
                    k = joins[-1]  # "Energy and Mining Ministry": two portfolios, one body;
                    if not all(t.lower() in OFFICE_LEADS for t in tokens[:k]):
                        tokens = tokens[k + 1 :]  # "Ana Lind and Health Ministry": not
                if len(tokens) < 2:
                    continue
                name = " ".join(tokens)
                name += self._portfolios(lo + m.end(), at)  # "… of Energy, Water and …"
                if all(q.lower() in name.lower() for q in qualifiers):
                    found.add(name)
        # "Federal Ministry" is the start of "Federal Ministry of Health": one body
        return {n for n in found if not any(o.startswith(n + " ") for o in found)}


# the words a body's name ends in for a kind named otherwise: "the airline" is Solvia Airways
_KIND_NAMES = {"airline": "(?:Airline|Airlines|Airways)"}
_PRESS = ("statement", "release", "communiqué", "communique")  # one kind of text
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_WHO = rf"(?P<who>(?:[{UP}][\w’'&.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){{0,6}}[{UP}][\w’'&.-]*)"
_ACR = r"(?:[ \t]*\([A-Z][A-Za-z]{1,9}\))?"
_PORTFOLIO_MORE = frozenset(
    "and public distribution protection social rural urban family civil supplies consumer "
    "enterprises empowerment development reform administration".split()
)
# the rest of a ministry's list of portfolios after a comma: ", Food and Public Distribution"
_PORTFOLIO_TAIL = re.compile(
    r"(?:,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)*,?[ \t]+and[ \t]+"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
)
# a body's name, then where it sits, right before the capitalised place an issuer pattern
# took for the speaker: "the Harbour Court in eastern Kenya said in a statement"
_BODY_BEFORE_PLACE = re.compile(rf"({BODY_RUN}){IN_PLACE}\Z")
# words for a body of any kind that name no one when left alone ("the company said"); "the
# army", "the ministry" stay: a source an analyst can cite, if vaguely
# words that stand for a body of any kind ("the group said")
_GENERIC_BODIES = frozenset("group organisation organization charity body outfit".split())
_NO_ONES_NAME = _GENERIC_BODIES | frozenset("company firm companies firms".split())
# "conservation group Big Life Trust", "the rights group Open Doors": a body called so
_CALLED = re.compile(
    rf"\b(?P<kind>{'|'.join(sorted(_GENERIC_BODIES))})[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>[{UP}][\w’'&.-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[{UP}][\w’'&.-]*){{0,6}})"
)
# the rest of an issuer's title and the name after it: " to the Governor, Ana Lind"
_TITLE_THEN_NAME = re.compile(
    rf"[^.;,“”\"]{{0,60}},[ \t]+(?P<name>[{UP}][\w’'.-]*(?:[ \t]+[{UP}][\w’'.-]*){{1,3}})"
    r"(?=[ \t]*,)"
)
_ISSUERS = (
    re.compile(
        rf"{_WHO}{_ACR}[ \t]+(?:also[ \t]+)?(?:said|says|added|noted|stated|announced|explained|"
        rf"declared|warned)[ \t]+(?:[^.;“”\"]{{0,40}}?[ \t])?in[ \t]+(?:a|an|its|the)[ \t]+"
        rf"{STATEMENT}"
    ),
    re.compile(
        rf"{_WHO}{_ACR}[ \t]+(?:has[ \t]+|had[ \t]+)?(?:issued|released|published|put[ \t]+out|"
        rf"sent[ \t]+out|sent)[ \t]+(?:a|an|its|the)[ \t]+{STATEMENT}"
    ),
    re.compile(  # "The Football Union wrote to the ministry": the letter quoted next
        rf"{_WHO}{_ACR}[ \t]+(?:has[ \t]+|had[ \t]+)?(?:wrote|writes|has[ \t]+written)[ \t]+to\b"
    ),
    re.compile(
        rf"{STATEMENT}[ \t]+(?:from|by|of|issued[ \t]+by|released[ \t]+by|signed[ \t]+by)"
        rf"[ \t]+(?:the[ \t]+)?{_WHO}"
    ),
    re.compile(  # "a statement by its spokesman, Brigadier General Ana Lind,"
        rf"{STATEMENT}[ \t]+(?:from|by|issued[ \t]+by|signed[ \t]+by)[ \t]+(?:its|their|his|her|"
        rf"the)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}(?:spokes(?:man|woman|person)|director|secretary|"
        rf"officer|chairman|president|head|chief)[ \t]*,[ \t]+{_WHO}"
    ),
    re.compile(
        rf"\b[Ii]n[ \t]+(?:a|an|its|the)[ \t]+{STATEMENT}[^.;“”\"]{{0,60}}?,[ \t]+(?:the[ \t]+)?"
        rf"{_WHO}{_ACR}[ \t]+(?:said|says|added|noted|stated|announced)"
    ),
    re.compile(  # "In a statement on Sunday, Police spokesman (PS), Ana Lind, said"
        rf"\b[Ii]n[ \t]+(?:a|an|its|the)[ \t]+{STATEMENT}[^.;“”\"]{{0,60}}?,[ \t]+"
        rf"[^.;,“”\"]{{2,80}}?,[ \t]+{_WHO}{_ACR},[ \t]+(?:said|says|added|noted|stated|announced)"
    ),
)


# a sentence opening with a body's name and its verb: "The International Committee of the
# Red Cross earlier announced …", "The Dockers’ Union (DU) has said …"
_SUBJECT_BODY = re.compile(
    rf"(?:The\s+)?(?P<org>[{UP}][\w’'&.-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?"
    rf"[{UP}][\w’'&.-]*){{0,8}})(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?"
    rf"(?:\s+in\s+[{UP}][\w’'-]*(?:\s+[{UP}][\w’'-]*)?)?\s+"  # "… Department in New Delhi said"
    r"(?:(?:[a-z]+ly|earlier|also|later|has|have|had|on\s+\w+day)\s+)?(?:[a-z]+(?:ed|s)|said|told)\b"
)


def _a_person(tokens: list[str]) -> bool:
    """Whether ``tokens`` name a person ("Chief Executive Ana Lind"), not only a title."""
    who = parse_subject(" ".join(tokens))
    return bool(who and who.name and not who.org and not who.known_only)


def _norm_last(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


_WINDOW = 2000  # characters before a pronoun searched for the person it stands for


def _flat(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


def _across_paragraphs(body: str, found: list[Found]) -> None:
    """A quote that runs on into the next paragraph has no closing mark; the next paragraph
    opens with a new one. The parts share the speaker named for any of them."""

    def joined(f: Found, g: Found) -> bool:
        return f.close >= len(body) or (
            body[f.close] not in '”"' and not body[f.close : g.open].strip()
        )

    for f, g in zip(found, found[1:], strict=False):  # speaker named before: forwards
        if f.speaker and not g.speaker and not g.attributed and joined(f, g):
            g.speaker, g.role, g.inferred = f.speaker, f.role, True
    for f, g in zip(reversed(found[:-1]), reversed(found[1:]), strict=False):  # after
        if g.speaker and not f.speaker and not f.attributed and joined(f, g):
            f.speaker, f.role, f.inferred = g.speaker, g.role, True


def _continuations(body: str, local: list[Found]) -> None:
    """'"First part," he said. "Second part."': a quote with no attribution of its own that
    follows an attributed one in the same paragraph has the same speaker — not one inside
    a new sentence of other words ('… he said. Residents were told it was “too late”')."""
    for prev, f in zip(local, local[1:], strict=False):
        gap = body[prev.close + 1 : f.open]
        tail = re.split(r"[.!?][”\"’)]*\s", gap)[-1] if re.search(r"[.!?][”\"’)]*\s", gap) else ""
        if tail.strip() and not tail.rstrip().endswith((",", ":")):
            continue
        first = re.split(r"[.!?][”\"’)]*\s", gap)[0] if tail != gap else ""
        if (
            re.search(r"[.!?]\W*\Z", body[prev.open : prev.close + 1])
            and len(first.split()) > 6
            and not re.search(rf"\b{VERB}\b(?:\s+[\w’'-]+){{0,4}}\s*\Z", first)
        ):  # '“….” A spokesman for the agency said it had tried to …. “…”': other words
            continue
        if not f.attributed and prev.attributed and prev.speaker:
            f.speaker, f.role, f.attributed = prev.speaker, prev.role, True
            f.inferred = prev.inferred


def _kept(body: str, f: Found) -> bool:
    """Whether a quote stands as a quote with no speaker found for it: it is attributed, or
    longer than five words (a short one alone is a scare quote or a term)."""
    return f.attributed or len(body[f.start : f.end].split()) > 5


def _whole_paragraph(body: str, f: Found, units: list[tuple[int, int]]) -> bool:
    """Whether the quote ``f`` (three words or more) is all of its paragraph."""
    ps, pe = units[f.unit]
    return len(body[f.start : f.end].split()) >= 3 and not (
        body[ps : f.open].strip() or body[f.close + 1 : pe].strip(" \t\n.,")
    )


def _quote_paragraphs(
    body: str, found: list[Found], units: list[tuple[int, int]], ctx: _Context | None = None
) -> None:
    """A paragraph that is nothing but a quote, right after a paragraph whose last quote has
    a speaker, continues that speaker's words; so does one right after a line that
    introduces quotes and names one person ("Key points from Haluk Görgün's statements:").
    Both are marked inferred."""
    last_in: dict[int, Found] = {}
    for f in found:
        last_in[f.unit] = f
    last_speaker = None  # the speaker of the last quote before, for "he" in the intro
    for f in found:
        if f.speaker:
            last_speaker = f.speaker
        if f.speaker or f.attributed or f.unit == 0:
            continue
        ps, pe = units[f.unit]
        rest = body[ps:pe].replace(body[f.open : min(f.close + 1, pe)], "", 1)  # may run on
        rest = re.sub(
            r"\((?:reporting|writing|editing|additional reporting)\b[^)]*\)", "", rest, flags=re.I
        )
        if rest.strip(" \t\n.,;:!?") or f.open != ps + len(body[ps:pe]) - len(body[ps:pe].lstrip()):
            continue
        prev = last_in.get(f.unit - 1)
        if (
            prev is None
            and f.close < pe
            and body[f.end - 1 : f.end].isalnum()
            and not body[f.close + 1 : pe].strip()
        ):  # '“The trust we offer will continue”' alone: a pull quote set as a heading
            continue  # ('“We will rebuild every home”.' ends a sentence: a quote)
        if prev is not None and prev.speaker:
            f.speaker, f.role, f.inferred = prev.speaker, prev.role, True
            last_in[f.unit] = f
        elif (
            prev is None
            and ctx is not None
            and (said := _reported_by(body, units, f, ctx, last_speaker))
        ):
            # 'Mr Lapsley said they were far less devastating.' then a quote paragraph
            f.speaker, f.role, f.inferred = said[0], said[1], True
            last_in[f.unit] = f
            last_speaker = f.speaker
        elif (
            prev is None and ctx is not None and (only := _only_speaker(body, units, f, ctx, found))
        ):
            # '“…,” said Ana Lind.' / 'Sales were lower in the north.' / '“…”': the one
            # person quoted so far, past a paragraph or two that name no one
            f.speaker, f.role, f.inferred = only[0], only[1], True
            last_in[f.unit] = f
        elif prev is None and ctx is not None:
            ls, le = units[f.unit - 1]
            gap = body[le : units[f.unit][0]]  # a heading between the two paragraphs
            if gap.strip():
                ls, le = le + len(gap) - len(gap.lstrip()), le + len(gap.rstrip())
            intro = body[ls:le].rstrip()
            if intro.endswith(":") and len(intro) < 200:
                names = {
                    n
                    for _at, ns in ctx.register.mentions(body, ls, le, ctx.quoted)
                    for n in ns
                    if n[:1] not in "?~"
                }
                if len(names) == 1:
                    p = ctx.register.full(next(iter(names)), f.open + 1)
                    f.speaker, f.role, f.inferred = next(iter(names)), p.role if p else None, True
                    last_in[f.unit] = f


# "He did not see …", "She believes …", "He also expected …": a thought reported of "he"
_THOUGHT = re.compile(
    r"(He|She)\s+(?:(?:also|further|still)\s+)?(?:(?:did|does|do|would|could)\s+not\s+)?"
    r"(?:see|sees|saw|believes?|believed|think|thinks|thought|expects?|expected|hopes?|"
    r"hoped|feels?|felt|doubts?|doubted)\b"
)


def _speech_in(body: str, lo: int, hi: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a quote of more than three words starts in [lo, hi): a scare quote ('could
    “greatly influence” whether …') is the reporter's sentence, not a quote of its own."""
    i = bisect.bisect_left(spans, (lo, -1))
    while i < len(spans) and spans[i][0] < hi:
        if len(body[spans[i][0] : spans[i][1]].split()) > 3:
            return True
        i += 1
    return False


def _reported_by(
    body: str, units: list[tuple[int, int]], f: Found, ctx: _Context, speaker: str | None = None
) -> tuple[str, str | None] | None:
    """(name, role) of the one person whose words the paragraph right before ``f`` reports
    in its last sentence ("Mr X said they were far less devastating."), when that paragraph
    quotes nothing and names no other known person; else None."""
    ls, le = units[f.unit - 1]
    if le > f.open or body[le : units[f.unit][0]].strip() or _speech_in(body, ls, le, ctx.quoted):
        return None  # a heading or other text between, or quotes in that paragraph
    ends = [e for e in sentence_ends(body, ls, le) if e < le - 1]
    start = ends[-1] if ends else ls
    last = body[start:le].strip()
    m = _REPORTED_START.match(last)  # "Ken Ode, the donor envoy, said the funds had left."
    who = parse_subject(m.group("who")) if m else None
    if (according := _ACCORDING_LEAD.match(last)) is not None:
        who = parse_subject(according.group("who"))  # "According to X, they feel …"
    if who is None or not who.name:
        m = _REPORTED.search(last)
        who = parse_subject(m.group("who")) if m else None
    if (
        who is None
        and not _SPEAKS_OF_SOMEONE.search(body, f.start, f.end)
        and (about := _about_one(body, start, le, ctx))
    ):  # "Festival director Ana Lind put the rise down to the guests." then a quote
        # paragraph: the one person the sentence opens with, and the paragraph names (not
        # when the words speak of a "she" or "he": "Farmer X died …" then "“She was …”")
        return about
    if who is None and (lead := _THOUGHT.match(last)):
        # 'He did not see any chance of …' then a quote paragraph: his words, as after "he
        # said" (what he thinks is reported as what he says)
        who = Who(pronoun=True, gender="m" if lead.group(1) == "He" else "f")
    register = ctx.register
    if who is not None and who.pronoun and not who.org:
        # 'He added that the crews were angry.' then a quote paragraph: whom "he" is
        at = start + len(body[start:le]) - len(body[start:le].lstrip())
        if m is not None and (own := _own_subject(body, at, at + m.end("who"), ctx, who.gender)):
            return own  # "On his part, Lukaku thanked the fans and he promised …": Lukaku
        p = register.referent(body, max(0, at - _WINDOW), at, ctx.quoted, speaker, who.gender)
        return (p.name, p.role) if p else None
    if (
        who is not None
        and who.org
        and who.name
        and who.name[:1].isupper()
        and (
            len(who.name.split()) >= 2
            or (re.fullmatch(r"[A-Z]{2,8}", who.name) and not names.office_letters(who.name))
        )  # "But the NWC said it would suffer." then its words
        and not register.mentions(body, ls, le, ctx.quoted)
    ):  # "The Harbour Workers Union has accused the board …" then its letter, quoted
        ctx.orgs.add(who.name)
        return who.name, None
    if who is None or not who.name or who.org or who.pronoun or who.title:
        return None
    name, role = who.name, who.role
    if len(name.split()) == 1:
        p = register.full(name, f.open)
        if p is None:
            return None
        name, role = p.name, role or p.role
    hi = (
        start + len(last)
        if m is None
        else start + (len(body[start:le]) - len(body[start:le].lstrip())) + m.end("who")
    )
    mentioned = register.mentions(body, ls, min(le, hi), ctx.quoted)  # not the clause's
    known = {n for _at, ns in mentioned for n in ns if n[:1] not in "?~"}
    if known - {name}:
        return None
    p = register.full(name, f.open)
    return name, role or (p.role if p else None)


# words that speak of a "he" or "she": about someone, not by the person named before
_SPEAKS_OF_SOMEONE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]e|[Hh]im|[Hh]is)\b")


def _only_speaker(
    body: str, units: list[tuple[int, int]], f: Found, ctx: _Context, found: list[Found]
) -> tuple[str, str | None] | None:
    """(speaker, role) of the one speaker every quote before ``f`` has, when the one or two
    paragraphs since the last of them name no one and quote nothing, and ``f`` speaks of
    no "he" or "she"; else None."""
    before = [g for g in found if g.speaker and g.close < f.open]
    if not before or len({g.speaker for g in before}) != 1:
        return None
    if any(not g.speaker and g.close < f.open and g.unit > before[-1].unit for g in found):
        return None  # a quote nobody was found for stands between
    last = before[-1]
    if not 2 <= f.unit - last.unit <= 3:
        return None
    if _SPEAKS_OF_SOMEONE.search(body, f.start, f.end):
        return None
    for u in range(last.unit + 1, f.unit):
        lo, hi = units[u]
        if _speech_in(body, lo, hi, ctx.quoted) or ctx.register.mentions(body, lo, hi, ctx.quoted):
            return None
        if re.search(rf"\b(?:{VERB})\b", body[lo:hi]) and not re.search(
            r"\b(?:said|says)\s+(?:he|she)\b|\b(?:he|she)\s+(?:said|says)\b", body[lo:hi]
        ):
            return None  # someone unnamed reports something ("officials said …")
    return (last.speaker, last.role) if last.speaker else None


def _about_one(body: str, start: int, end: int, ctx: _Context) -> tuple[str, str | None] | None:
    """(name, role) of the known person, named in full, that the sentence body[start:end]
    opens with ("Festival director Ana Lind was delighted …"), when the rest of the
    paragraph's last sentence names no one else; else None."""
    at = start + len(body[start:end]) - len(body[start:end].lstrip())
    found = [
        (a, {n for n in ns if n[:1] not in "?~"})
        for a, ns in ctx.register.mentions(body, at, end, ctx.quoted)
    ]
    names = set().union(*(ns for _a, ns in found)) if found else set()
    if len(names) != 1 or not found or not found[0][1]:
        return None
    name = next(iter(names))
    if len(name.split()) < 2 or not body.startswith(name, found[0][0]):
        return None  # a surname alone, or a title that fits: not sure enough
    if not _OPENS_WITH.fullmatch(body[at : found[0][0]]):
        return None
    if _DONE_BY.search(body, found[0][0], end):
        return None  # "Ana Lind was thanked by the mayor …": the sentence is about what
        # someone else did, and the words may be that someone's
    p = ctx.register.full(name, end)
    return (name, p.role) if p else None


# a passive with its doer: "was thanked by", "were named by", "is warmly praised by"
_DONE_BY = re.compile(
    r"\b(?:was|were|is|are|been|got|gets)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+by\b"
)

# what may stand before the name that opens a sentence: a capitalised title and a few
# lower-case words of a role ("Festival director ")
_OPENS_WITH = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z][\w’'-]*\s+){0,2}")


_ACCORDING_LEAD = re.compile(r"According\s+to\s+(?P<who>[^,;:“”\"]{2,80}?),")


def _unattributed_words(body: str, ps: int, pe: int, pairs: list[tuple[int, int]]) -> bool:
    """Whether the paragraph's text outside its quotes has words of its own: an attribution
    ("…,” Ana Lind said.") or any sentence, so it is no bare quote run on from before."""
    outside, at = [], ps
    for o, c in pairs:
        outside.append(body[at:o])
        at = c + 1
    outside.append(body[at:pe])
    return bool(re.search(r"[A-Za-z]{2,}", " ".join(outside)))


def _own_subject(
    body: str, lo: int, hi: int, ctx: _Context, gender: str | None
) -> tuple[str, str | None] | None:
    """The one known person text[lo:hi] (a subject ending in "he") names, of that gender."""
    own = {
        n.lstrip("~")
        for _a, ns in ctx.register.mentions(body, lo, hi, ctx.quoted)
        for n in ns
        if (n[:1] not in "?~" and ctx.register.compatible(n, gender))
        or (n[:1] == "~" and len(n.split()) >= 2)  # a full name nobody registered yet
    }
    if len(own) != 1:
        return None
    name = next(iter(own))
    p = ctx.register.full(name, hi)
    return (p.name, p.role) if p else (name, None)


def _reported_in(body: str, ps: int, at: int, ctx: _Context) -> tuple[str, str | None] | None:
    """(name, role) of the one known person whose words the sentence right before ``at``
    (in the same paragraph, from ``ps``) reports ("X, who …, said evacuations are too
    slow."), when that sentence names no one else; else None."""
    lo = max(ps, at - 1000)  # a bounded look back keeps one long paragraph linear
    ends = [e for e in sentence_ends(body, lo, at) if body[e:at].strip()]
    start = ends[-1] if ends else lo
    # "The board is not hiding anything, said its chairman X Y." then the quote
    inv = END_INVERTED.search(body, start, at)
    who = parse_inverted(inv.group("who")) if inv else None
    if who is None and (tail := END_SUBJECT.search(body, start, at)):
        # "The convoy was the first of two, UN spokesman X Y said." then the quote
        who = parse_subject(tail.group("who"))
        if who is not None and who.pronoun and tail.group("who").strip() in ("he", "she"):
            pass  # "…, he said." then the quote: whom "he" stands for (below)
        elif who is not None and (who.pronoun or not who.name or who.org):
            who = None
    hi = at  # where names may stand that would make the sentence someone else's
    lead = start + len(body[start:at]) - len(body[start:at].lstrip())
    according = _ACCORDING_LEAD.match(body, lead, at)
    if who is None and according:  # "According to X, they feel that …. “…”"
        who = parse_subject(according.group("who"))
        hi = according.end("who")
    if who is None:
        m = _REPORTED_START.match(body, lead, at)
        who = parse_subject(m.group("who")) if m else None
        if m and who is not None:  # "X said she will meet Y": Y is in the reported clause
            hi = m.end("who")
    register = ctx.register
    if who is not None and who.pronoun and not who.org and who.gender:
        # "X, chair of the owners, said …. He claimed that …. “…”": whom "he" stands for
        own = _own_subject(body, lead, hi, ctx, who.gender) if hi < at else None
        if own:  # "On his part, Lukaku thanked the fans and he promised …": Lukaku
            return own
        p = register.referent(body, max(0, start - _WINDOW), start, ctx.quoted, None, who.gender)
        return (p.name, p.role) if p else None
    if who is not None and who.title and not who.name and not who.frame:
        # "The minister said the retreat was …": the one person holding that title
        p = register.by_title(who.title, at)
        named = {n for _at, ns in register.mentions(body, start, hi, ctx.quoted) for n in ns}
        return (p.name, p.role) if p and not named - {p.name} - {"?" + who.title[-1]} else None
    if who is None or not who.name or who.org or who.pronoun or who.title:
        return None
    p = register.full(who.name, at)
    if p is None and register.said_single(who.name):  # "Lind said he was not …. “…”"
        named = {n for _at, ns in register.mentions(body, start, at, ctx.quoted) for n in ns}
        return None if named else (who.name, who.role)
    if p is None or who.name.split()[-1] != p.name.split()[-1]:
        return None
    named = {n for _at, ns in register.mentions(body, start, hi, ctx.quoted) for n in ns}
    if named - {p.name}:
        return None
    return p.name, who.role or p.role


def _subject_in(body: str, ps: int, at: int, ctx: _Context) -> tuple[str, str | None] | None:
    """(name, role) of the person who is the subject of the sentence right before ``at`` in
    the same paragraph ("PM X thanked the donors. “…”", "The prime minister said that ….
    “…”", "He lamented …. “…”"): the sentence must open with that person (a name, a title
    that fits one person, or he/she standing for one) and quote nothing; else None."""
    lo = max(ps, at - 1000)
    ends = [e for e in sentence_ends(body, lo, at) if body[e:at].strip()]
    start = ends[-1] if ends else lo
    start += len(body[start:at]) - len(body[start:at].lstrip())
    if start >= at or quoted_in(start, at, ctx.quoted):
        return None
    register = ctx.register
    pronoun = re.match(r"(He|She)\b", body[start:at])
    if pronoun:
        gender = "m" if pronoun.group(1) == "He" else "f"
        p = register.referent(body, max(0, start - _WINDOW), start, ctx.quoted, None, gender)
        return (p.name, p.role) if p else None
    opening = _PARTICIPLE_LEAD.match(body, start, at)  # "Expressing grief, X flagged …"
    if opening:
        start = opening.end()
    found = register.mentions(body, start, at, ctx.quoted)
    if not found:
        return None
    first_at, names = found[0]
    lead = body[start:first_at]
    role_lead = re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+)+((?:[a-z][\w-]*\s+){1,3})", lead)
    if len(names) != 1 or not (
        re.fullmatch(r"(?:(?:The|the|[A-Z][\w.’'-]*)\s+)*", lead)
        or (role_lead and role_lead.group(1).split()[-1].lower() in ROLE_NOUNS)
    ):  # "Customs Auckland Airport acting manager Ben Wells credited …": a title first
        return None  # the sentence opens with something else, or the name fits two people
    others = {n for _a, ns in found[1:] for n in ns} - names
    if others and _SAID_WORD.search(body, first_at, at):
        return None  # "A met B, who said …": the words may be B's
    name = next(iter(names))
    if name[:1] in "?~":
        return None
    p = register.full(name, at) or register.full_exact(name, at)
    return (p.name, p.role) if p else (name, None)


# a person's act of speaking in other words than a reporting verb: "X credited the find
# to …", "X thanked the crews": a quote paragraph right after it is X's
_SPEECH_ACT = re.compile(  # not "X was thanked by the mayor": what the mayor did
    r"[A-Za-z](?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bare)(?<!\bbe)"
    r"(?:,[^,;.“”\"]{2,90},)?\s+(?:also\s+)?(?:credited|thanked|urged|praised|blamed|"
    r"welcomed|criticised|criticized|appealed|assured|lamented|attributed|defended|"
    r"dismissed|hailed|commended|congratulated|cautioned|advised|encouraged|reiterated|"
    r"recounted|spoke|addressed)\b"
)
_PARTICIPLE_LEAD = re.compile(r"[A-Z][a-z]+ing\b[^,;.“”\"]{0,80},\s+")
_SAID_WORD = re.compile(rf"\b{VERB}\b")
# verbs that report words only in the sentence before a quote paragraph ("He also
# expressed optimism that …" then “…”), never as an attribution beside a quote
_REPORTING = rf"(?:{VERB}|expressed|voiced|explained)"
_REPORTED_START = re.compile(rf"(?P<who>[^;:“”\"]{{2,160}}?)\s+{AUX}{_REPORTING}\b[^“”\"]*")


# the last sentence of a paragraph reporting someone's words: "X said they were …"
_REPORTED = re.compile(
    rf"(?:\A|,\s+)(?P<who>[^,;:“”\"]{{2,80}}?),?\s+{AUX}{_REPORTING}\b[^“”\"]*\Z"
)  # "…, the Inspector General, X Y, says …": the comma after the name too


_NAMES_BEFORE = 8000  # an article's worth of text before a quote, for its speaker's name
_NAMES_AFTER = 3000


def _written_forms(body: str, found: list[Found], ctx: _Context) -> None:
    """Each speaker's name as an analyst cites it (``names``): a body's initials spelled
    out, a person's name without an owner, honorifics or describing words in front. Each
    is read in the text around its quote (``_NAMES_BEFORE`` characters before it and
    ``_NAMES_AFTER`` after), so a long input of many articles stays linear."""
    whole = body
    done: dict[str, tuple[int, str | None]] = {}  # speaker → (where, written) just before
    for f in found:
        if not f.speaker:
            continue
        if f.speaker in done and f.open - done[f.speaker][0] < _NAMES_AFTER:
            f.speaker = done[f.speaker][1]  # the same speaker a few quotes on: same text
            if f.speaker is None:
                f.role = None
            continue
        said_as = f.speaker
        body = whole[max(0, f.open - _NAMES_BEFORE) : f.close + _NAMES_AFTER]
        holder = names.office_holder(f.speaker, body) if f.speaker.isupper() else None
        if holder:  # "the CJI said" after "CJI Lalit": Lalit, an office is no body
            written = holder
            ctx.orgs.discard(f.speaker)
        elif names.office_letters(f.speaker):
            written = None  # "the V-C said" with no name written after "V-C": no one named
        elif f.speaker in ("THE", "AND", "FOR", "BUT", "NOT", "ALL", "THIS", "THAT"):
            written = None  # "She added THE comments …": a word in capitals, no body
        elif f.speaker in ctx.orgs or _norm_last(f.speaker) in ORG_WORDS:
            written = names.fuller_body(names.spelled_out(f.speaker, body), body)
            if f.speaker in ctx.orgs:
                ctx.orgs.add(written)
        elif f.speaker.isupper():
            written = names.spelled_out(f.speaker, body)
        else:
            written = names.tidy_person(f.speaker, body)
            if names.titled_alone(written, body):  # "President Brandt": not "Ana Brandt", his
                written = names.with_suffix(names.with_initials(written, body), body)  # kin
                f.speaker = written
                done[said_as] = (f.open, written)
                continue
            written = names.whole_name(names.a_slip_before(written, body), body)
            written = names.with_initials(written, body)
            written = names.with_suffix(written, body)
            owned = re.search(r"[’']s\s+(.*)\Z", written)
            if owned and len(owned.group(1).split()) < 2:
                written = None  # "East Solvia’s Tory": a description, nobody's name
        if written and written.lower() in _NO_ONES_NAME:
            written = None  # "the company said", a body the text never names: no one to cite
        done[said_as] = (f.open, written)
        f.speaker = written
        if written is None:
            f.role = None


# a full name, then in brackets the one word the person goes by: "Joko Widodo (Jokowi)"
_ALIAS = re.compile(
    rf"([{UP}][\w’'-]+(?:[ \t]+[{UP}][\w’'-]+){{1,3}})[ \t]+\(([{UP}][a-z]{{2,}})\)"
)


def _fullest_names(body: str, found: list[Found], ctx: _Context) -> None:
    """A speaker named by part of a name ("Rydell said", "López Obrador said") gets the
    fullest form of that name the article gives anywhere, before or after the quote
    ("Tomas Rydell"), when exactly one longer name ends in those words."""
    index = name_index(body, ctx.quoted, ctx.register)
    aliases: dict[str, set[str]] = {}  # "President Joko Widodo (Jokowi)": the name he goes by
    for m in _ALIAS.finditer(body):
        if not quoted_in(m.start(), m.end(), ctx.quoted):
            aliases.setdefault(m.group(2), set()).add(m.group(1))
    for f in found:
        if not f.speaker or f.speaker in ctx.orgs:
            continue
        if len(full := aliases.get(f.speaker, set())) == 1:
            f.speaker = next(iter(full))
            continue
        fuller = fullest(f.speaker, index)
        if fuller != f.speaker and ctx.register.has_role(f.speaker):
            # "President Trump" is someone in his own right: "Ivanka Trump" named in
            # passing is not his fuller name (only a known person with his title would be)
            if not ctx.register.same_office(f.speaker, fuller):
                continue
        if fuller != f.speaker:
            p = ctx.register.full(fuller, len(body) + 1)
            f.speaker, f.role = fuller, f.role or (p.role if p else None)
