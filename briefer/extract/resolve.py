"""Resolving a quote's speaker: the attribution read beside a quote (a name, a pronoun, a
title, a body or a statement) becomes the person or body the article means, from the
people and bodies registered so far (``Context``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import names
from .attribution import (
    STATEMENT,
)
from .nlp import ABBREV, UP, sentence_ends
from .people import (
    Register,
    quoted_in,
)
from .referent import HE_AGAIN, referent
from .subjects import (
    BODY_RUN,
    IN_PLACE,
    Who,
    parse_subject,
    person_word,
)
from .words import (
    COMPANY_WORDS,
    GENERIC_TITLES,
    OFFICE_LEADS,
    ORG_WORDS,
    PORTFOLIOS,
    ROLE_NOUNS,
    STOP,
)


@dataclass(slots=True)
class Found:
    """A quote as it is being read: where it is, and the speaker found for it so far."""

    start: int  # content span in body
    end: int
    open: int  # where the quotation mark is (for context)
    close: int
    speaker: str | None = None
    role: str | None = None
    attributed: bool = False
    unit: int = 0  # index of the paragraph (or list item)
    inferred: bool = False  # speaker from a pronoun, title or the quote before
    term: bool = False  # two words, no quote of their own (only their attribution counts)
    pending: Who | None = None  # "he said", "the minister said" that named no one yet


def unshort(who: Who, register: Register) -> None:
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


def nobody(sentence: str) -> bool:
    """A sentence that can bring in no one: no capital after its first word and no word for
    a person ("The centrepiece of the plan is a $15 billion programme.")."""
    words = re.findall(r"[\w’'-]+", sentence)
    return (
        bool(words)
        and not any(w[:1].isupper() for w in words[1:])
        and not any(person_word(w) for w in words)
    )


BACK = 3  # paragraphs before a quote searched for the person "he" stands for
_QUOTE_LED = re.compile(r"\s*(?:[“”\"]| “)")  # a paragraph opening with a quotation mark
# a sentence that opens with "he"/"she" as its subject, or "According to him/her"
_SAME_HE_AGAIN = re.compile(rf"(?:(?<![^\n])|(?<=[.!?])\s+){HE_AGAIN}")


class Context:
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
                if norm_last(issuer) in ORG_WORDS:
                    self.last_org = (issuer, at)
                    self.orgs.add(issuer)
            return
        if who.pronoun and who.plural:  # "they said": a body that is the subject just before
            if body := self._subject_body(at):
                f.speaker, f.inferred = body, True
                self.last_org = (body, at)
                self.orgs.add(body)
            return
        if who.pronoun and who.org:  # "it said": the body quoted just before, if one was
            if recent := self._recent_org(at):
                f.speaker, f.inferred = recent, True
            elif body := self._subject_body(at):
                f.speaker, f.inferred = body, True
                self.last_org = (body, at)
                self.orgs.add(body)
            elif (
                (last := self.last_speaker)
                and " " not in last
                and f.unit - self.last_unit <= 1
                and self.register.gender.get(last) is None
                and self.register.full(last, at) is None
            ):  # '“…,” Puregold said. “…,” it added.': a one-word speaker nobody knows as a
                f.speaker, f.inferred = last, True  # person is the body "it" stands for
                self.last_org = (last, at)
                self.orgs.add(last)
            return
        if who.pronoun:
            lo = max(self.lo, at - WINDOW)
            p = referent(
                register, self.body, lo, at, self.quoted, self.last_speaker, gender=who.gender
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
                p = referent(
                    register,
                    self.body,
                    max(0, at - WINDOW),
                    at,
                    self.quoted,
                    None,
                    gender=who.gender,
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
                register.vote(q.name if q else self.last_speaker, who.gender)  # he, from now on
            return
        if who.title:
            p = register.by_title(who.title, at) or register.nearest_titled(
                self.body, who.title, max(self.lo, at - WINDOW), at, self.quoted
            )
            if p:
                f.speaker, f.role, f.inferred = p.name, p.role, True
            elif (
                self.last_speaker
                and self.last_speaker not in self.orgs  # "the official" is a person
                and f.unit - self.last_unit <= 3
                and (
                    who.title[-1] in GENERIC_TITLES
                    or (
                        not who.qualified  # "the Director of Port Works": someone else
                        and not who.title[-1].endswith("-year-old")
                        and not register.any_titled(who.title[-1:], len(self.body) + 1)
                    )
                )
                and not register.by_title(who.title, len(self.body) + 1)
                and (
                    who.title[-1] in GENERIC_TITLES  # any officeholder is "the official"
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
            unshort(who, register)
            if who.name is None:
                self.resolve(f, who, at)  # "the PS said": a title
                return
        if who.known_only and who.org:  # "a department spokesman": the department named
            named = self._body_named(who.name, at)
            if named:  # ("a company spokesperson" names no company: a group has several)
                f.speaker, f.role, f.inferred = named, None, True
                self.orgs.add(named)
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
        elif (
            who.org
            and who.name.lower() in _FIRM_KINDS
            and (firm := self._recent_org(at) or self._subject_firm(at))
        ):  # '“…,” the company said' after 'Solvia Air said it …': the one that said it
            f.speaker, f.inferred = firm, True
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
        elif (
            len(who.name.split()) >= 2
            and register.full(who.name, at) is None
            and (p := register.misspelt(who.name, at))
            and p.name.split()[:-1] == who.name.split()[:-1]
            and len(p.name.split()) == len(who.name.split())
        ):  # "Nana Ama Opku pointed out" after "Nana Ama Opoku said": a slip of one letter
            f.speaker, f.role, f.inferred = p.name, who.role or p.role, True
        elif len(who.name.split()) == 1:
            p = register.full(who.name, at)
            if p is None and register.has_role(who.name):
                p = register.full_exact(who.name, at)  # "President Brandt", not "Ana Brandt"
            if (
                p
                and (
                    re.sub(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)\Z", "", p.name).split()[-1] != who.name
                    or p.name == who.name  # "Governor Mutebile" known by that word alone
                )
                and (full := register.named_before(self.body, who.name, at))
                and full not in p.name  # "Gusti Putu" is part of "I Gusti Putu Arya"
                # a name known by that word alone only for a joined surname ("Tumusiime-
                # Mutebile"): "President Brandt" is not his daughter "Ana Brandt"
                and (p.name != who.name or full.split()[-1] != who.name)
            ):  # "Torome said": the "Saitoti Torome" of the text, not a caption's "Torome
                f.speaker, f.inferred = full, True  # Saitoti" (a surname is a name's end)
                f.role = who.role or (p.role if p.name == who.name else None)
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
        lo = max(self.units[self.last_unit][0], at - WINDOW)
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
        lo = max(self.units[self.last_unit][0], at - WINDOW)
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
            if text and not re.match(r"[“\"”]|(?:He|She|They|It)\b", text) and not nobody(text):
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
        first = max(0, unit - BACK)
        return unit > 0 and all(
            _QUOTE_LED.match(self.body, s, e) for s, e in self.units[first : unit + 1]
        )

    def _body_named(self, word: str, at: int) -> str | None:
        """ "the union", "the ministry", "the Authority": the one body of that kind the text
        named before ("the Harbour Workers Union", "the Ministry of Ports"), "" when it
        named two or more (no speaker is surer than a guess). Else "the agency" alone within
        two sentences after one that names a body by its acronym ("a USGS assessment"):
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
        if not named and [w.lower() for w in words] == ["central", "bank"]:
            # "the central bank" after "the Bank of Jamaica": the one bank named that is no
            # lender of another kind ("World Bank", "National Commercial Bank")
            named = {
                " ".join(m.group().split())
                for m in _CENTRAL_BANK.finditer(self.body, max(0, at - 3000), at)
                if not quoted_in(m.start(), m.end(), self.quoted)
                and not {_norm_word(w) for w in m.group().split()} & _NOT_CENTRAL
                and not (  # "First Bank of Nigeria", "Zenith Bank of Ghana": lenders
                    (before := _WORD_BEFORE.search(self.body, max(0, m.start() - 30), m.start()))
                    and before.group(1)[:1].isupper()
                    and before.group(1).lower() not in STOP
                )
            }
        if not named and [w.lower() for w in words] == ["fund"]:
            imf = _IMF.search(self.body, 0, at)  # "the fund" in economic news: the IMF
            while imf and quoted_in(imf.start(), imf.end(), self.quoted):
                imf = _IMF.search(self.body, imf.end(), at)
            if imf:
                return "IMF" if imf.group() == "IMF" else "International Monetary Fund"
        if len(named) == 1:
            return named.pop()
        if named:
            return ""
        if words[-1] != "agency":
            return None
        ends = [e for e in sentence_ends(self.body, max(0, at - 600), at) if e < at]
        start = ends[-3] if len(ends) >= 3 else max(0, at - 600)
        window = self.body[start:at]
        found = {
            m.group()
            for m in _ACRONYM.finditer(window)
            if not quoted_in(start + m.start(), start + m.end(), self.quoted)
            and (m.group().isupper() or f"({m.group()})" in self.body)
        }  # "DepEd" in mixed case only when the text gives it as a body's letters
        if len(found) == 1:
            return next(iter(found))
        if not found and (recent := self._recent_org(at)):
            return recent  # "…,” the agency added': the body quoted just before
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
            from_ = _past_heading(self.body, s_start, s_end)
            head = self.body[from_:s_end].lstrip(' \t\n“”"')[:200]
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
                if any(norm_last(t) in ORG_WORDS or re.fullmatch(r"[A-Z]{3,8}", t) for t in tokens):
                    return " ".join(tokens)
            return None
        return None

    def _recent_org(self, at: int) -> str | None:
        """The body quoted last, when that was less than a window (``WINDOW``) before ``at``."""
        if self.last_org and at - self.last_org[1] < WINDOW:
            return self.last_org[0]
        return None

    def _subject_firm(self, at: int) -> str | None:
        """ "the company said" after "Solvia Air said it was …": the capitalised subject of a
        reporting verb that opens one of the two sentences before ``at`` (no person the
        register knows, no title); None otherwise."""
        lo = max(0, at - 1500)
        starts = [lo, *sentence_ends(self.body, lo, at)]
        starts = [x for x in starts if re.search(r"\w", self.body[x:at])]  # not the mark
        ends = [*starts[1:], at]
        for s_start, s_end in reversed(list(zip(starts, ends, strict=True))[-4:]):
            m = _FIRM_SAID.match(self.body, _past_heading(self.body, s_start, s_end), at)
            if m is None:
                continue  # "The company, which owns …, said": the same firm, further back
            name = " ".join(m.group("org").split())
            if _COMPANY_WORD.search(name):
                return name  # "Solvia Airways": a company's name, never a person's
            unknown = self.register.full(name, at) is None and not self.register.mentions(
                self.body, m.start("org"), m.end("org"), self.quoted
            )
            if (
                unknown
                and name.split()[0].lower() not in STOP
                and not any(w.lower() in ROLE_NOUNS or person_word(w) for w in name.split())
            ):
                return name
            if name.split()[0].lower() not in STOP:
                return None  # "Ana Lind said …": someone else spoke since the firm
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
                if placed and norm_last(placed.group(1)) in ORG_WORDS:
                    tokens = placed.group(1).split()  # "the X Court in eastern China said"
                while tokens and tokens[0].lower() in STOP:
                    tokens = tokens[1:]
                if tokens and norm_last(tokens[0]) in ROLE_NOUNS and not _a_person(tokens):
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
            if kind in _PRESS and self.last_org and at - self.last_org[1] < WINDOW:
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
        if (norm_last(name) in ORG_WORDS or name.islower()) and (
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
            # a line break inside the name, in hard-wrapped text: "the National Water\nCommission"
            rf"(?:[{UP}][\w’'&.-]*(?:[ \t]+|[ \t]*\n[ \t]*(?=[{UP}]))"
            rf"(?:(?:and|&)[ \t]+(?=[{UP}]))?){{1,5}}{word}\b",
            # "the Kenya Meteorological department": the kind in lower case after a name
            rf"(?:[{UP}][\w’'&-]*[ \t]+){{2,5}}{head}\b" if head.isalpha() else r"(?!)",
            rf"(?:[{UP}][\w’'&.-]*[ \t]+){{0,3}}\b{word}[ \t]+(?:of|for)[ \t]+"
            rf"(?:the[ \t]+)?[{UP}][\w’'-]*"
            rf"(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[{UP}][\w’'-]*)*",
        ):
            for m in re.finditer(pattern, self.body[lo:at]):
                if quoted_in(lo + m.start(), lo + m.end(), self.quoted):
                    continue
                tokens = m.group().split()
                ends = [
                    i
                    for i, t in enumerate(tokens[:-1])
                    if re.fullmatch(r"\w*[a-z]{2}\.", t) and t[:-1].lower() not in ABBREV
                ]  # a stop, not "Ltd." or "Dept."
                tokens = tokens[ends[-1] + 1 :] if ends else tokens  # "… in October. Curve"
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
                if len(tokens) < (3 if tokens and tokens[-1] == head else 2):
                    continue  # "the Health department": no name, only its kind
                name = " ".join(tokens)
                name += self._portfolios(lo + m.end(), at)  # "… of Energy, Water and …"
                if all(q.lower() in name.lower() for q in qualifiers):
                    found.add(name)
        # "Federal Ministry" is the start of "Federal Ministry of Health": one body
        return {n for n in found if not any(o.startswith(n + " ") for o in found)}


# words of a bank's name that make it a lender or a fund, not a country's central bank
_NOT_CENTRAL = frozenset(
    "world development commercial investment savings cooperative co-operative merchant "
    "islamic export import exim agricultural housing microfinance rural post america "
    "american europe asian african".split()
)
# words after "Bank of Jamaica" that are no part of its place: "… Governor Ana Lind"
_BANK_NOT_PLACE = (
    "(?:Governor|Deputy|Chief|President|Chairman|Chair|Director|Board|Monetary|Committee|"
    "Statement|Report|Act|Data|Figures|Survey|Official|Spokesperson|Spokesman|Said|Says)"
)
# the names of a country's central bank: "Bank of Jamaica", "Reserve Bank of India", "Central
# Bank of Nigeria", "Bangko Sentral ng Pilipinas", "Bank Negara Malaysia" (not "JN Bank")
_PLACE_WORDS = rf"[{UP}][a-z]+(?:[ \t]+(?:and[ \t]+)?(?!{_BANK_NOT_PLACE}\b)[{UP}][a-z]+){{0,2}}"
_CENTRAL_BANK = re.compile(
    rf"\b(?:(?:Central|Reserve|State|National|People[’']s)[ \t]+)?Bank[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?{_PLACE_WORDS}"
    rf"|\b{_PLACE_WORDS}[ \t]+(?:Central|Reserve|Rastra)[ \t]+Bank\b"
    r"|\bBangko[ \t]+Sentral[ \t]+ng[ \t]+Pilipinas\b|\bBank[ \t]+Negara[ \t]+Malaysia\b"
    r"|\bBank[ \t]+Indonesia\b|\bBanco[ \t]+Central[ \t]+(?:de|do|del)[ \t]+[A-Z][a-z]+"
    r"|\bFederal[ \t]+Reserve\b|\bBundesbank\b|\bBangladesh[ \t]+Bank\b"
)
_WORD_BEFORE = re.compile(r"([\w’'-]+)[ \t]+\Z")
_IMF = re.compile(r"\bIMF\b|\bInternational Monetary Fund\b")


def _past_heading(text: str, start: int, end: int) -> int:
    """Where the sentence text[start:end] really starts: after its last blank line, for a
    headline without a full stop runs into the sentence under it."""
    gaps = list(re.finditer(r"\n[ \t]*\n", text[start:end].rstrip()))
    return start + gaps[-1].end() if gaps else start


def _norm_word(word: str) -> str:
    return re.sub(r"[’']s?\Z", "", word).lower()


# the words a body's name ends in for a kind named otherwise: "the airline" is Solvia Airways,
# "the club" Solvia FC
_KIND_NAMES = {"airline": "(?:Airline|Airlines|Airways)", "club": r"(?:Club|FC|F\.C\.)"}
_PRESS = ("statement", "release", "communiqué", "communique")  # one kind of text
_ACRONYM = re.compile(r"\b(?:[A-Z]{3,6}|[A-Z][a-z]{1,3}[A-Z][a-z]{0,3})\b")
_WHO = rf"(?P<who>(?:[{UP}][\w’'&.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){{0,6}}[{UP}][\w’'&.-]*)"
_ACR = r"(?:[ \t]*\([A-Z][A-Za-z]{1,9}\))?"
_PORTFOLIO_MORE = frozenset(
    "and public distribution protection social rural urban family civil supplies consumer "
    "enterprises empowerment development reform administration community communities land "
    "local government cooperatives wildlife".split()
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
_GENERIC_BODIES = frozenset("group organisation organization charity body outfit ngo".split())
NO_ONES_NAME = _GENERIC_BODIES | frozenset("company firm companies firms".split())
# "conservation group Big Life Trust", "the rights group Open Doors": a body called so
_CALLED = re.compile(
    rf"\b(?P<kind>(?i:{'|'.join(sorted(_GENERIC_BODIES))}))[ \t]+(?:the[ \t]+)?"
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


# words that end a company's name and never a person's
# "the airline said": a business called by its kind, which the firm quoted or named as a
# subject just before is
_FIRM_KINDS = frozenset(
    "company firm airline carrier group lender insurer miner retailer operator brewer "
    "manufacturer".split()
)
_COMPANY_WORD = re.compile(rf"\b(?:{'|'.join(sorted(COMPANY_WORDS))})\Z")
# a capitalised subject opening a sentence, then a reporting verb: "Solvia Air said …"
_FIRM_SAID = re.compile(
    rf"\s*(?P<org>(?:[{UP}][\w&’'.-]*[ \t]+){{0,4}}[{UP}][\w&’'.-]*)[ \t]+(?:also[ \t]+)?"
    r"(?:said|says|announced|reported|stated|added|told)\b"
)
# a sentence opening with a body's name and its verb: "The International Committee of the
# Red Cross earlier announced …", "The Dockers’ Union (DU) has said …"
_SUBJECT_BODY = re.compile(
    rf"(?:The\s+)?(?P<org>[{UP}][\w’'&.-]*(?:\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?"
    rf"[{UP}][\w’'&.-]*){{0,8}})(?:\s*\([A-Z][A-Za-z]{{1,9}}\))?"
    rf"(?:\s+in\s+[{UP}][\w’'-]*(?:\s+[{UP}][\w’'-]*)?)?"  # "… Department in New Delhi said"
    r"(?:,\s+which\s[^\n]{0,200}?,)?\s+"  # "CWT, which posted revenues of …, confirmed"
    r"(?:(?:[a-z]+ly|earlier|also|later|has|have|had|on\s+\w+day)\s+)?(?:[a-z]+(?:ed|s)|said|told)\b"
)


def _a_person(tokens: list[str]) -> bool:
    """Whether ``tokens`` name a person ("Chief Executive Ana Lind"), not only a title."""
    who = parse_subject(" ".join(tokens))
    return bool(who and who.name and not who.org and not who.known_only)


def norm_last(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""


WINDOW = 2000  # characters before a pronoun searched for the person it stands for


def flat(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None
