"""The fullest form of a speaker's name: a speaker named by part of a name ("Rydell said",
"Al Gergawi said", "Shafei added") gets the one fuller form the article writes anywhere
("Tomas Rydell", "Mohammad bin Abdullah Al Gergawi", "Hussein el-Shafei"), and a nickname
the full name it stands for in brackets ("Joko Widodo (Jokowi)")."""

from __future__ import annotations

import re

from .nlp import PLACE_BEFORE, UP
from .people import (
    _LEADS,
    Register,
    _name_words,
    _unknown_person,
    in_spans,
    quoted_in,
    without_owner,
)
from .resolve import Context, Found
from .subjects import (
    _HONORIFIC_SURNAME,
    CAP_RUN,
    JOINED_LEAD,
    PARTICLE,
    _title_head,
    by_line,
    run_start,
)

# an editor's "[Ana Lind]" inside a quote: the article's own words
_BRACKETED = re.compile(rf"\[{CAP_RUN.pattern}\]")


# a full name, then in brackets the one word the person goes by: "Joko Widodo (Jokowi)"
_ALIAS = re.compile(
    rf"([{UP}][\w’'-]+(?:[ \t]+[{UP}][\w’'-]+){{1,3}})[ \t]+\(([{UP}][a-z]{{2,}})\)"
)


def fullest_names(body: str, found: list[Found], ctx: Context) -> None:
    """A speaker named by part of a name ("Rydell said", "López Obrador said") gets the
    fullest form of that name the article gives anywhere, before or after the quote
    ("Tomas Rydell"), when exactly one longer name ends in those words."""
    index = name_index(body, ctx.quoted, ctx.register)
    aliases: dict[str, set[str]] = {}  # "President Joko Widodo (Jokowi)": the name he goes by
    honoured = {m.group(1) for m in _HONORIFIC_SURNAME.finditer(body)}  # "Mr Marsden"
    for m in _ALIAS.finditer(body):
        if not quoted_in(m.start(), m.end(), ctx.quoted):
            aliases.setdefault(m.group(2), set()).add(m.group(1))
    for f in found:
        if not f.speaker or f.speaker in ctx.orgs:
            continue
        own = without_owner(f.speaker)
        if len(own.split()) >= 2 and own.split()[-1] in honoured:
            f.speaker = own  # "Labour's Gordon Marsden …" and then "Mr Marsden": a person
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


def name_index(text: str, quoted: list[tuple[int, int]], register: Register) -> dict[str, set[str]]:
    """Every person-like name of two to four words in ``text`` outside quotes, and every
    name the register knows, by last word: for ``fullest``."""
    index: dict[str, set[str]] = {}
    for p in register.people:
        index.setdefault(p.name.split()[-1], set()).add(p.name)
        if len(p.name.split()) >= 2:
            index.setdefault("^" + p.name.split()[0], set()).add(p.name)
    for m in (line for run in CAP_RUN.finditer(text) for line in by_line(text, run)):
        if len(m.group()) > 80:
            continue
        if (at := run_start(text, m.start(), m.end())) != m.start():
            m = CAP_RUN.match(text, at, m.end()) or m
        if in_spans(m.start(), quoted) and not _BRACKETED.match(text, m.start() - 1):
            continue  # an editor's "[Ana Lind]" inside a quote is the article's own words
        if PLACE_BEFORE.search(text, max(0, m.start() - 14), m.start()):
            # "the governor of Turkana Ali Veli": a place runs into the name, which is the
            # two words after it; a run of two words there is a place or a body
            gap = re.search(r"\s+", m.group())
            if len(m.group().split()) != 3 or not gap or "\n" in m.group():
                continue
            m = CAP_RUN.match(text, m.start() + gap.end(), m.end()) or m
            if len(m.group().split()) != 2:
                continue
        name = _unknown_person(text, m)
        if name and name.split()[0].lower() in _LEADS:
            name = None  # "By Ann Lee": a byline, "Ann Lee" is the name
        if name and len(name.split()) >= 3 and _title_head(name.split()[0].rstrip("s")):
            name = " ".join(name.split()[1:])  # "Commissioners Pakorn Mahannop"
        name = name and without_owner(name)  # "Labour's Gordon Marsden": Gordon Marsden
        if name and len(name.split()) >= 2 and len(_name_words(name.split())) <= 4:
            index.setdefault(name.split()[-1], set()).add(name)
            index.setdefault("^" + name.split()[0], set()).add(name)
    for key in [k for k in index if _unjoined(k) != k]:  # "Shafei said" after "Hussein el-Shafei"
        index.setdefault(_unjoined(key), set()).update(index[key])
    return index


def _unjoined(token: str) -> str:
    """A surname less the Arabic article or kin word joined to it: "el-Shafei" → "Shafei"."""
    joined = re.fullmatch(rf"(?:(?i:{JOINED_LEAD})|[{UP}][a-z]+)-(?P<rest>[{UP}][\w’'\-]*)", token)
    return joined.group("rest") if joined else token


def _particle_case(token: str) -> str:
    """A name's particle in lower case ("Van" opening a sentence is "van")."""
    return token.lower() if re.fullmatch(PARTICLE, token.lower()) else token


def fullest(name: str, index: dict[str, set[str]]) -> str:
    """The one longer name in ``index`` that ends with the words of ``name`` ("Rydell" →
    "Tomas Rydell"); ``name`` itself when none or two different people fit."""
    tokens = name.split()
    if tokens and tokens[-1] not in index and tokens[-1][:1].isupper():
        cased = [k for k in index if k.casefold() == tokens[-1].casefold()]
        if len(cased) == 1:  # "D’ath said" after "Yvette D’Ath": the text's slip of case
            tokens = [*tokens[:-1], cased[0]]
            name = " ".join(tokens)
    folded = [_particle_case(_unjoined(t)) for t in tokens]  # "Van Zyl" after "Ernst van Zyl"
    longer = [
        n
        for n in index.get(tokens[-1], ())
        if len(n.split()) > len(tokens)
        and [_particle_case(_unjoined(t)) for t in n.split()[-len(tokens) :]] == folded
    ]
    if not longer and len(tokens) == 2:
        # "Ibok Ibas" after "Ibok-Ete Ekwe Ibas": the first name is the hyphenated one's start
        hyphened = {
            n
            for n in index.get(tokens[-1], ())
            if len(n.split()) > 2
            and n.split()[-1] == tokens[-1]
            and "-" in n.split()[0]
            and n.split()[0].split("-")[0] == tokens[0]
        }
        if len(hyphened) == 1:
            return next(iter(hyphened))
    if not longer and len(tokens) == 1:
        # "Xi said" after "Xi Jinping", "Lina said" after "Lina Holt": the one name that
        # starts with the word
        first = index.get("^" + tokens[0], set())
        return next(iter(first)) if len(first) == 1 else name
    if not longer and len(tokens) >= 2:
        # "Noor Hisham said" after "Noor Hisham Abdullah": the one longer name it begins
        # (not "Ana Lind Jr.", her son)
        begun = {
            n
            for n in index.get("^" + tokens[0], set())
            if len(n.split()) > len(tokens)
            and n.split()[: len(tokens)] == tokens
            and n.split()[-1].rstrip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")
        }
        return next(iter(begun)) if len(begun) == 1 else name
    if not longer:
        return name
    best = max(longer, key=lambda n: len(n.split()))
    if all(best.split()[-len(n.split()) :] == n.split() for n in longer):
        return best
    return name
