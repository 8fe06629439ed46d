"""Whom "he" or "she" stands for, read from the register of the people the article has
named so far (``people.Register``): the person of the nearest sentence before the pronoun
that names anyone (a country, a place or a body is no one). A person is chosen only when
that sentence leaves no doubt: the one person it names; the one it has saying something
while the rest are what was said, or where; its subject when the others are inside the
reported clause; the speaker quoted last when it names only them, or a title that may be
theirs; the one person it names of the pronoun's gender. A sentence whose own subject is
"he" or "she" again sends the search one sentence further back; anything else is no one."""

from __future__ import annotations

import re

from .nlp import UP, sentence_ends
from .people import FROM_PLACE, Person, Register, quoted_in
from .subjects import (
    _SAY,
    _TITLE_LEADS,
    _WRAP,
    CAP_RUN,
    PRONOUN_GENDER,
    _norm,
)
from .words import (
    COMPANY_WORDS,
    COUNTRIES,
    GENERIC_TITLES,
    OFFICE_LEADS,
    ORG_WORDS,
    ROLE_NOUNS,
    STOP,
    TITLE_WORDS,
)


def referent(
    register: Register,
    text: str,
    lo: int,
    at: int,
    quoted: list[tuple[int, int]],
    last_speaker: str | None,
    gender: str | None = None,
) -> Person | None:
    """Who "he" / "she" at ``at`` stands for: the person of the nearest sentence before
    it (from ``lo``) that names anyone. When that sentence names two or more people, the
    subject wins only if the others are inside a reported clause ("Ross allowed that
    Trump may …") and the subject is the one quoted last; otherwise no one. People
    known to be of the other ``gender`` ("m" for "he", "f" for "she") are passed over:
    "she" after "Ms Holt met Mr Rydell" is Holt; after a sentence naming only men, no
    one (the text may have a slip, and an older woman is no sure referent). ``register``
    holds the people named so far; ``quoted`` the quoted spans (sorted by start)."""
    other = {"m": "f", "f": "m"}.get(gender or "")
    said: set[str] = set()
    ends = sorted({lo, *sentence_ends(text, lo, at), *_heading_ends(text, lo, at)})
    for s_end, s_start in zip(reversed(ends), reversed(ends[:-1]), strict=False):
        found = register.mentions(text, s_start, s_end, quoted)
        for said_at, word in register.said_singles_between(s_start, s_end):
            # "Somanath said …" in this sentence
            if not register.names_with(word, s_end):
                said.add(word)
                if not any(a == said_at for a, _n in found):
                    found.append((said_at, {"~" + word}))
        found = [
            (a, ns)
            for a, ns in found
            if not _a_place(register, ns, at) and not (gender and all(map(_never_he, ns)))
        ]
        found.sort(key=lambda x: x[0])
        if not found:
            continue
        opener = _HE_SAID_OPENER.match(text, s_start, s_end)
        if gender and opener and PRONOUN_GENDER.get(opener.group(1).lower()) == gender:
            continue  # "He said that … ousted President X.": the same he; X is spoken of
        if (
            gender
            and all(n[:1] in "?~" and n[1:] not in said for _a, ns in found for n in ns)
            and _SAME_HE.match(text, s_start, s_end)
        ):  # "According to him, the agency seized X Y's powder.": still the same "he"
            continue
        if other:  # people of the other gender are no candidates; none left: no one
            found = [  # ("~Kana": a one-word speaker, whose gender may be known too)
                (a, {n for n in ns if register.gender.get(n.lstrip("~?")) != other})
                for a, ns in found
            ]
            found = [(a, ns) for a, ns in found if ns]
            if not found:
                return None
        sayer = _sayer(text, found, s_start, s_end)
        if sayer is not None and register.gender.get(sayer) != other:
            # "On a visit to Port Ula, Dr Ana Lind said the cases came from outside": the
            # one person the sentence has saying it; the rest is where, or what she said
            return register.person(sayer, at)
        names = set().union(*(names for _at, names in found))
        if len(names) == 1:
            name = next(iter(names))
            if name[:1] == "~" and (name[1:] == last_speaker or name[1:] in said):
                # '“…,” said Mwangi. “…,” he added' / 'Somanath said …. “…,” he said'
                known = register.full(name[1:], at) or register.misspelt(name[1:], at)
                return known or Person(name[1:], None, at)
            if name[:1] == "~" and _unknown_subject(text, s_start, found):
                # "Peter Soulsby was re-elected mayor." then 'He said: "…"': the one
                # person the sentence before is about, though nothing else names him
                return Person(name[1:], None, at)
            if (
                name[:1] == "?"
                and last_speaker
                and not name[1:].startswith("spokes")  # a spokesman is someone else
                and register.compatible(last_speaker, gender)
                and (
                    name[1:] in GENERIC_TITLES
                    or register.role_has(last_speaker, name[1:])
                    or not register.has_role(last_speaker)
                )
            ):  # '“…,” Mr Huq said. The law minister said … . “…,” he said': the one
                # quoted last, whom nothing says is not that minister
                return register.full(last_speaker, at) or register.person(last_speaker, at)
            return None if name[:1] in "?~" else register.person(name, at)
        if last_speaker in names and quoted_in(s_start, s_end, quoted):
            # the sentence that quoted X just before: '"…," X told Y. "…," he said'
            return register.person(last_speaker, at)
        first_at, first = found[0]
        single = f"~{last_speaker}" in first  # "Lind also said that Ode …" (one word)
        if len(first) == 1 and (last_speaker in first or single):
            # the reported clause opens at "that" or right after the reporting verb ("the
            # minister said on Monday in five years, President X had …")
            clause = re.search(
                rf"\b(?:that|whether|if)\b|(?<=\s){_SAY_CLAUSE}\b(?!,)", text[first_at:s_end]
            )
            cut = first_at + clause.start() if clause else s_end
            aside = re.match(rf"[^,.;]{{0,60}}?\s{_SAY_CLAUSE},", text[first_at:s_end])
            if aside:  # "Furthermore, X said, the minister said …": the clause after it
                cut = min(cut, first_at + aside.end())
            told = re.search(r"\s(?:told|tells)\s+", text[first_at:s_end])
            addressee = first_at + told.end() if told else -1  # "X told Eye Radio."
            if all(a >= cut or a == addressee or n == first for a, n in found):
                if single and last_speaker:
                    return register.full(last_speaker, at) or Person(last_speaker, None, at)
                if last_speaker:
                    return register.person(last_speaker, at)
        subject = next(iter(first)) if len(first) == 1 else ""
        reported = re.match(rf"[^.;:]{{0,100}}?\s{_SAY_CLAUSE}\b", text[first_at:s_end])
        # "The army chief who spoke … after meeting with President X on Monday said": the
        # relative clause between the subject and its verb names no speaker
        relative = re.match(r"[^,.;:]{0,40}?,?\s(?:who|which)\s", text[first_at:s_end])
        aside_from = first_at + relative.end() if relative else s_end
        if (
            subject[:1] not in ("", "?", "~")
            and register.gender.get(subject) != other
            and reported
            and all(a >= first_at + reported.end() or a >= aside_from for a, _n in found[1:])
        ):  # "X, a railway official, said the driver of Y had …": X said it, and the
            # people after the verb are what X spoke of
            return register.person(subject, at)
        if (
            subject[:1] not in ("", "?", "~")
            and register.gender.get(subject) != other
            and re.fullmatch(rf"\s*(?:[{UP}][\w’'.-]*\s+)*", text[s_start:first_at])
            and all(
                n[:1] == "~" and _PREP_BEFORE.search(text[max(s_start, a - 30) : a])
                for a, ns in found[1:]
                for n in ns
            )
        ):  # "Ana Lind was speaking at the Harbour Working Group in Kochi.": the
            # subject; the names after a preposition nobody knows are places or events
            return register.person(subject, at)
        if (
            gender
            and register.gender.get(subject) == gender
            and not any(register.gender.get(n) == gender for n in names - {subject})
            and not re.match(r"[^.!?]*\b(?:and|or|with)\s*\Z", text[s_start:first_at])
        ):  # "Ms Holt said she had asked Brandt …": the subject, the one known woman
            return register.person(subject, at)
        return None
    return None


def _a_place(register: Register, names: set[str], at: int) -> bool:
    """Whether an unknown name ("~Zimbabwe") is a country, or a place or body the text
    named after "in", "from" or "across" before ``at``: "In 2016, Zimbabwe recorded …"
    names no one."""
    if len(names) != 1 or not (name := next(iter(names))).startswith("~"):
        return False
    bare = re.sub(r"\A[Tt]he\s+", "", name[1:])
    return bare in COUNTRIES or register.named_as_place(bare, at)


def _unknown_subject(text: str, s_start: int, found: list[tuple[int, set[str]]]) -> bool:
    """Whether the one name of a sentence, a person's the register does not know, is
    its subject: a full name (two words or more) that opens the sentence."""
    if len(found) != 1:
        return False
    at, names = found[0]
    (name,) = names
    words = name[1:].split()
    return (
        len(words) >= 2
        and words[0].lower() not in STOP | {"no", "new"}
        and not text[s_start:at].strip(' \t\n“”"')
        and not re.match(r"[Tt]he\s", text[at : at + 4])  # "The Klein Karoo was …": a place
        and bool(re.search(r"[.!?][”\"’]?\s*\Z", text[at : at + 400].split("\n\n")[0]))
    )  # a heading ("No Bumi discount for housing") ends without a full stop


def _sayer(text: str, found: list[tuple[int, set[str]]], s_start: int, s_end: int) -> str | None:
    """The one known person in a sentence who is followed by a reporting verb ("X said",
    "X, the minister, told"), when everyone else it names comes after that verb (what
    was said), is an unknown name after a preposition or "the" (a place, an event), or
    is in a clause leading the sentence ("After Y opened the show, X said")."""
    lead = _LEAD_CLAUSE.match(text, s_start, s_end)
    lead_end = lead.end() if lead else s_start
    for a, ns in found:
        name = next(iter(ns)) if len(ns) == 1 else "?"
        if name[:1] in "?~":
            continue
        run = CAP_RUN.match(text, a)
        if run and not run.group().endswith(name.split()[-1]):
            continue  # "The Commissioner …": a title standing for the name, said later
        verb = _SAYS_AFTER.match(text, run.end(), s_end) if run else None
        if verb is None:
            continue
        # "Sri Lankans will know by 6pm, the Chairman X says.": the verb ends the sentence,
        # and what stands before the comma ahead of X is what X says
        comma = (
            text.rfind(",", s_start, a) if not text[verb.end() : s_end].strip(' \t\n.!?”"') else -1
        )
        if all(
            b < comma
            or b == a
            or ms == {name}  # "The Commissioner of Police …, X, confirmed": X twice
            or b >= verb.end()
            or (b < lead_end <= a)  # "After Y inaugurated the show, X said, …"
            # "X, who is also the relief coordinator, said": X's own title between
            or (a < b < verb.end() and all(n[:1] == "?" for n in ms))
            or (
                all(n[:1] == "~" for n in ms)
                and _PREP_BEFORE.search(text[max(0, b - 30) : b]) is not None
            )
            for b, ms in found
        ):
            return name
        return None
    return None


_BARE_LINE = re.compile(r"\n([^\n]{1,100}?)[ \t]*\n(?=[^\n]{101})")


def _heading_ends(text: str, lo: int, hi: int) -> list[int]:
    """Where a line with no end punctuation, set between paragraphs of one line each (a
    subheading: "… minister hails PM X"), ends: a sentence ends there though no full stop
    says so. Hard-wrapped text, whose lines are all short, has none."""
    return [
        m.end(1)
        for m in _BARE_LINE.finditer(text, max(0, lo - 1), hi)
        if m.group(1).strip()
        and m.group(1).rstrip()[-1] not in '.!?:;,”"’)…'
        and m.start() - (text.rfind("\n", 0, m.start()) + 1) > _WRAP
    ]


# the last word of a name that is a place's or a body's (beyond ORG_WORDS), never a person's
_PLACE_ENDS = frozenset(
    "airport airports hotel dam springs region province district county city town village "
    "river island islands park reserve estate station road street avenue "
    "division directorate secretariat "
    # and the last words of bodies' names: "PSA International", "Health Insurance Scheme",
    # "General Confederation", "Kruger Trust" ("Bhd" and "Berhad" are in ORG_WORDS)
    "international scheme sdn confederation programme program initiative "
    "trust society forum chamber consortium partnership industries".split()
)


def _never_he(name: str) -> bool:
    """Whether a mention ("Oman Airports", "~Flow Barbados", "Zimbabwe") can be no "he" or
    "she": a country, a name ending in a body's or a place's word, or an office's words."""
    if name[:1] == "?":
        return False  # "the minister": a title, someone unnamed
    bare = name.lstrip("~")
    words = bare.split()
    last = words[-1] if words else ""
    return (
        bare in COUNTRIES
        or last in COMPANY_WORDS
        or _norm(last) in ORG_WORDS
        or last.lower() in _PLACE_ENDS
        or (  # an office, not a name: "Senior Public Prosecutor", "Government Statistician"
            len(words) >= 2
            and _norm(last) in ROLE_NOUNS
            and _norm(words[0]) in TITLE_WORDS | OFFICE_LEADS | ORG_WORDS | _TITLE_LEADS
        )
    )


# a sentence whose subject is "he"/"she" again ("He noted …", "According to him, …"): the
# person it stands for is further back, whoever else it names
HE_AGAIN = (
    r"(?:(?:He|She)\s+(?:also\s+|further\s+|then\s+)?(?:[a-z]+(?:ed|s)|said|told)\b"
    r"|According\s+to\s+(?:him|her)\b)"
)  # "He noted …", "According to him, …": a sentence of the same "he" (resolve.py too)
# a sentence whose subject is "he" or "she" ("He said that …", "He rose to fame behind X"):
# the same person as before; the names in it are what he did or spoke of
_HE_SAID_OPENER = re.compile(  # "Referring to the floods, he said …": a participle's clause
    r"\s*(?:(?:But|And|However|Also|Later|Earlier|Then),?\s+|[A-Z][a-z]+ing\b[^.;“”\"]{0,150}?,\s+)?"
    r"([Hh]e|[Ss]he)\s+"
    r"(?:also\s+|further\s+|then\s+|later\s+)?(?!and\b|or\b)[a-z]{2,}\b"
)
_SAME_HE = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+ly|Meanwhile|However|Also|Further|Furthermore|Moreover),?\s+)?"
    rf"(?:{HE_AGAIN}|[^“”\"]*,\s+(?:he|she)\s+(?:said|added|noted|told\s[^.]*)\.\s*\Z)"
)
# a preposition or "the" right before a capitalised run: a place, body or event follows
_PREP_BEFORE = re.compile(
    r"\b(?:in|at|on|during|under|from|to|for|of|near|into|across|throughout|inside|outside"
    r"|ahead\s+of|after|before|via|the)\s+(?:the\s+)?(?:[\w’'-]+,?\s+){0,3}\Z"
)
# a clause leading its sentence, up to its comma ("After Y inaugurated the show, ")
_LEAD_CLAUSE = re.compile(
    r"\s*(?:[“\"]\s*)?(?:After|When|As|While|Before|Once|Since|Although|Though|Following|"
    r"(?:Shortly|Soon|Just)\s+(?:after|before)|Even\s+as|Just\s+as|"
    r"(?:In|On|By|Upon|While)\s+[a-z]+ing|[A-Z][a-z]+ing)\s[^.;:,“”\"]{3,120},\s*"
)  # and a participle's phrase: "In welcoming the figure …, X said", "Speaking at …, X said"
# verbs whose object is what was said, not a person ("told reporters, after meeting Y" is
# no reported clause)
_SAY_CLAUSE = (
    r"(?:said|says|added|adds|noted|stated|explained|stressed|argued|insisted|claimed|"
    r"warned|disclosed|revealed|announced|declared|maintained)"
)


# right after a name: its reporting verb, past an appositive ("X, the minister, told")
_SAYS_AFTER = re.compile(
    FROM_PLACE
    + r"(?:\s*,[^,.;“”\"]{2,80},)?,?(?:\s+(?:on\s+)?(?:\w+day|yesterday|today|earlier|later))?"
    rf"\s+(?:has\s+|had\s+|also\s+|later\s+|further\s+)?{_SAY}\b"
)
