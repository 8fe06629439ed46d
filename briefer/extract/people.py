"""People in an article: speaker phrases split into name and role, and a register of the
people named so far, so that "he", "Shin" or "the minister" can be resolved — only when
exactly one person fits. Whom "he" or "she" stands for is decided from this register in
referent.py."""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

from .nlp import PLACE_BEFORE, UP, sentence_ends
from .subjects import (
    _GAP,
    _SAME_TITLE,
    _SAY,
    _SHORT_TITLES,
    CAP_RUN,
    OFFICE_ENDS,
    PARTICLE,
    SUFFIX_TITLES,
    _acronym,
    _cap_role,
    _is_title_word,
    _lower_role_before,
    _name_ok,
    _norm,
    _office_of,
    _plural_noun,
    _strip_article,
    _title_head,
    is_role,
    join_role,
    muhammad_back,
    name_then_office,
    portfolio_before,
    run_start,
    split_name,
)
from .words import (
    COMPANY_WORDS,
    GENDER_WORDS,
    HONORIFICS,
    NOT_PERSON_LAST,
    OFFICE_LEADS,
    ORG_WORDS,
    PEOPLE_NOUNS,
    PLACES,
    PORTFOLIOS,
    ROLE_NOUNS,
    STOP,
)


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    offset: int


# "in Parma, " before a word: that word is where Parma is (a state, a country)
_IN_TOWN = re.compile(rf"\b(?:in|at|from|near|outside|to)\s+[{UP}][\w’'-]+,\s*\Z")
# a people's word before a title ("chinese", "kenyan", "pakistani", "british"), lower-cased
_DEMONYM = re.compile(r"[a-z]{2,}(?:ese|ian|ean|can|ish|i)")
# a run of capitalised words and a comma right before a run: "Ana Lind, " in "Ana Lind,
# Manager Tarn Air Holidays"
_NAME_COMMA = re.compile(rf"({CAP_RUN.pattern}),[ \t]*\Z")
# a capitalised word and a comma before a word, and a list going on after it
_WORD_COMMA = re.compile(rf"[{UP}][\w’'-]+,\s*\Z")
_APPOSITIVE_GAP = re.compile(r",[ \t]*")  # between a name and the title that follows it
_LIST_ON = re.compile(rf"\s*(?:,|and\b|&)\s*[{UP}]")


class Register:
    """People named in the article, in order of appearance, indexed by the words of their
    names and roles so that every lookup costs the same however many people there are."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._seen: set[tuple[str, str | None]] = set()
        self._first: dict[str, int] = {}  # name → offset of its first mention
        self._roles: dict[str, list[tuple[int, str]]] = {}  # name → (offset, role)
        self._by_token: dict[str, set[str]] = {}  # a word of a name → names
        self._by_role_word: dict[str, set[str]] = {}  # a word of a role → names
        self._by_shape: dict[tuple[str, int], set[str]] = {}  # (initial, length) → name words
        self.gender: dict[str, str] = {}  # name → "m", "f", or "?" when the clues disagree
        self._singles: dict[str, int] = {}  # one-word speakers nobody knows → first offset
        # one-word subjects of reporting verbs ("Somanath said …"): (offset, word), in order
        self._said_singles: list[tuple[int, str]] = []
        self._said_words: set[str] = set()
        self._placey: set[str] = set()  # words seen after "in", "from", "to" …
        # whole names after "in", "from", "across" … → where the first such mention is
        self._in_places: dict[str, int] = {}
        # short forms of titles the article spells out: "ps" → ("principal", "secretary")
        # after "Principal Secretary X", so "the PS said" and "EC Rafiq" are read as titles
        self._short: dict[str, tuple[str, ...]] = {}

    def learn_short_titles(self, text: str) -> None:
        """Learn the initials of every title the article spells out ("Principal Secretary"
        → PS, "Election Commissioner" → EC): two to four capitalised words ending in a word
        that makes a title. An acronym two spelt-out titles share is learnt for neither."""
        found: dict[str, set[tuple[str, ...]]] = {}
        for m in _TITLE_RUN.finditer(text):
            words = m.group().split()
            for i in range(len(words) - 1):
                for j in range(i + 2, min(len(words), i + 4) + 1):
                    part = words[i:j]
                    if not _title_head(part[-1]) or _norm(part[0]) in _SMALL_WORDS:
                        continue
                    acr = "".join(w[0] for w in part).lower()
                    found.setdefault(acr, set()).add(tuple(_norm(w) for w in part))
        for letters in _LETTERS_IN_BRACKETS.finditer(text):  # "Director of … (DPP)"
            run = _TITLE_ACRONYM.search(text, max(0, letters.start() - 120), letters.start())
            if run is None:
                continue
            words = [w for w in run.group(1).split() if w.lower() not in _SMALL_WORDS]
            words = words[len(words) - len(letters.group(1)) :]  # the words the letters spell
            initials = "".join(w[0] for w in words).upper()  # "chief of naval staff (CNS)"
            spelt = run.group(1)[run.group(1).rfind(words[0]) :] if words else ""
            lead_noun = re.split(r"\s+(?:of|for)\s+", spelt, maxsplit=1)[0].split()[-1:]
            if (
                initials == letters.group(1)
                and any(_title_head(w) for w in words)
                # "General Authority of Levies (GAL)": a body's letters, not a title's
                and not (lead_noun and _norm(lead_noun[0]) in ORG_WORDS)
            ):
                found.setdefault(initials.lower(), set()).add(tuple(_norm(w) for w in words))
        for m in _TITLE_OF.finditer(text):  # "Minister of State" → "said MoS"
            head, small, rest = m.group(1), m.group(2), m.group(3)
            if _title_head(head) and _norm(rest) not in _SMALL_WORDS:
                acr = f"{head[0]}{small[0]}{rest[0]}".lower()
                found.setdefault(acr, set()).add((_norm(head), _norm(rest)))
        for m in _HYPHEN_TITLE.finditer(text):  # "Vice-Chancellor" → "the V-C", "the VC"
            first, second = m.group(1), m.group(2)
            if _title_head(second):
                spelt = (_norm(first), _norm(second))
                for acr in (f"{first[0]}-{second[0]}".lower(), f"{first[0]}{second[0]}".lower()):
                    found.setdefault(acr, set()).add(spelt)
        self._short = {a: next(iter(t)) for a, t in found.items() if len(t) == 1}

    def short_title(self, token: str) -> tuple[str, ...] | None:
        """The spelt-out title an upper-case short form stands for in this article ("PS" →
        principal secretary), None when the article spells out none or two."""
        if not re.fullmatch(r"[A-Z]{2,5}|[A-Z]-[A-Z]|[A-Z][a-z][A-Z]", token):
            return None
        return self._short.get(token.lower())

    def unshort(self, prefix: str | None, name: str) -> tuple[str | None, str]:
        """ "EC Rafiq" → ("Election Commissioner", "Rafiq") when the article spells out a
        title with those initials; the name unchanged otherwise."""
        tokens = name.split()
        if len(tokens) >= 2 and (words := self.short_title(tokens[0])):
            title = " ".join(w.capitalize() for w in words)
            return join_role(prefix, title), " ".join(tokens[1:])
        lead = prefix.split() if prefix else []
        if (
            lead
            and lead[-1] not in SUFFIX_TITLES  # "MP" is as an analyst writes it
            and (words := self.short_title(lead[-1]))
        ):  # "FM | Sitharaman", the letters read as a title already: spelt out as above
            title = " ".join(w.capitalize() for w in words)
            return " ".join([*lead[:-1], title]), name
        return prefix, name

    def note_single(self, name: str, offset: int) -> None:
        """A one-word name the article gives a quote to ("said Mwangi") and the register
        does not know: from now on a mention (so "he" never skips it for someone older)."""
        if (
            len(name.split()) == 1
            and not _acronym(name)
            and name not in self._by_token
            and name not in self._placey  # "“…,” Solvania said" after "across Solvania"
        ):
            self._singles[name] = min(self._singles.get(name, offset), offset)

    def vote(self, name: str, gender: str | None) -> None:
        """A clue that ``name`` is a man ("m") or a woman ("f"); clues that disagree leave
        the gender unknown for good ("?")."""
        if gender:
            old = self.gender.get(name)
            self.gender[name] = gender if old in (None, gender) else "?"

    def _gender_of(self, name: str, words: str | None) -> None:
        found = {
            GENDER_WORDS[w]
            for w in re.findall(r"[a-z]+", (words or "").lower())
            if w in GENDER_WORDS
        }
        if len(found) == 1:
            self.vote(name, found.pop())

    def add(self, name: str, role: str | None, offset: int, clue: str = "") -> None:
        """Register ``name`` with ``role``; ``clue`` holds words before the name that may say
        a man or a woman ("Mr", "Ms")."""
        name, role = muhammad_back(name, role)
        if len(name.split()) == 1 and name.replace(".", "").isupper():
            return  # "the semi-official ISNA": an acronym is a body, not a person
        if any(re.search(r"[’']s\Z", t) for t in name.split()[:-1]):
            return  # "China's Belt": a possessive inside is no person's name
        if len(name.split()) == 1:  # "I.G. Boora" after "D.K. Boora": the same person
            known = self._by_token.get(name, set())
            if len(known) == 1:
                name = next(iter(known))
        elif "-" not in name:  # "Al Hazeem" after "Jamal Al-Hazeem": the same person
            joined = {
                n
                for n in self._by_token.get(name.split()[-1], set())
                if "-" in n and n.replace("-", " ").endswith(" " + name)
            }
            if len(joined) == 1:
                name = next(iter(joined))
        if len(name.split()) >= 2 or role or name in self._first:
            self._gender_of(name, f"{clue} {role or ''}")
        if not (len(name.split()) >= 2 or role) or (name, role) in self._seen:
            return
        self._seen.add((name, role))
        self.people.append(Person(name, role, offset))
        if name not in self._first:
            self._first[name] = offset
            for tok in name.split():
                self._by_token.setdefault(tok, set()).add(name)
                tail = tok.rpartition("-")[2]  # "Governor Mutebile" for "… Tumusiime-Mutebile"
                if tail != tok and len(tail) >= 3 and tail[:1].isupper():
                    self._by_token.setdefault(tail, set()).add(name)
                if len(tok) >= 5:  # for misspelt(): by first letter and length
                    self._by_shape.setdefault((_fold(tok)[:1], len(_fold(tok))), set()).add(tok)
        self._first[name] = min(self._first[name], offset)
        if role:
            self._roles.setdefault(name, []).append((offset, role))
            for w in _role_words(role):
                self._by_role_word.setdefault(w, set()).add(name)

    def scan(self, text: str, start: int, end: int) -> None:
        """Register people named with a role in text[start:end]: "Defense Minister Shin",
        "intelligence chief Kyrylo Budanov", "Kim, the minister," and "its president, Kim,"."""
        for m in CAP_RUN.finditer(text, start, end):
            if (at := run_start(text, m.start(), m.end())) != m.start():
                m = CAP_RUN.match(text, at, m.end()) or m  # "… via Reuters" / "Xi …"
            if _named_thing(text, m.group(), m.end()):
                continue  # "Teacher Eligibility Test (TET)": a thing named, with its letters
            prefix, name = split_name(m.group())
            if " " not in name and re.search(r"[’']s\Z", m.group()):
                continue  # "…, AirAsia’s parent company": the one word owns, names no one
            if prefix and (
                (held_by := _NAME_COMMA.search(text, max(start, m.start() - 60), m.start()))
                and name_then_office(held_by.group(1), m.group())
            ):
                continue  # "Ana Lind, Manager Tarn Air Holidays": her office, no one of its own
            if (short := self.unshort(prefix, name)) != (prefix, name):
                prefix, name = short
                if name not in self._by_token and (p := self.misspelt(name, m.start())):
                    name = p.name  # "PM Shehbaz" after "Prime Minister Shahbaz Sharif"
            office = _office_of(text[max(start, m.start() - 60) : m.start()], m.group())
            if office:
                self.add(office[1], office[0], m.start())
                continue
            last = _norm(name.split()[-1]) if name.split() else ""
            titled_person = (  # "Judge Janet C. Hall": a title, a first name, then the name
                prefix
                and last in NOT_PERSON_LAST
                and re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+", name)
                and _norm(name.split()[0]) not in NOT_PERSON_LAST | ORG_WORDS | PLACES
                and any(_norm(w) in ROLE_NOUNS for w in prefix.split())
            )
            if not _name_ok(name) or (last in ORG_WORDS | NOT_PERSON_LAST and not titled_person):
                continue
            if last in OFFICE_ENDS:
                continue  # "Force Public Relations Officer, Ana Lind": a title, not a name
            if last in _FIRM_NOT_SURNAME:
                continue  # "The Area Manager, Ethiopian Airlines in …": a firm, no one
            if (
                not prefix
                and " " not in name
                and (
                    _IN_TOWN.search(text, max(start, m.start() - 40), m.start())
                    or (
                        _WORD_COMMA.search(text, max(start, m.start() - 40), m.start())
                        and _LIST_ON.match(text, m.end(), end)
                    )
                )
            ):  # "a plant in Parma, Ohio": a place after a place; "the Housing, Opportunity,
                continue  # Production and Employment programme": a word of a list; no one
            lower = _lower_role_before(text[max(start, m.start() - 60) : m.start()])
            role = join_role(lower, prefix) if lower else prefix
            of_title = _OF_TITLE.search(text, max(start, m.start() - 60), m.start())
            if prefix and of_title and any(_title_head(w) for w in of_title.group(2).split()):
                role = of_title.group(1) + prefix  # "Minister of the | Interior General X"
            after = _APPOS_AFTER.match(text, m.end(), end)
            if after and re.match(r"(?:his|her|their)\s[^,]*\band\b", after.group(1)):
                after = None  # "Kipton, his wife and son …": a list of people, not a role
            if after and is_role(after.group(1)):
                appos = re.split(r"\s+(?:who|whose|which)\s", after.group(1), maxsplit=1)[0]
                role = join_role(role, _strip_article(appos))  # "a fisherman who …": no clause
            elif (titled := _CAP_APPOS.match(text, m.end(), end)) and _cap_role(titled.group(1)):
                role = join_role(role, titled.group(1))  # "X, President, Harbour Union (HU)"
            window = text[max(start, m.start() - 80) : m.start()]
            before = _ROLE_BEFORE.search(window)
            ends = _NAME_END.match(text, m.end(), end) or m.group().endswith(".")
            if before and is_role(before.group(1)) and ends:
                role = join_role(_strip_article(before.group(1)), role)
            elif (
                cap := _CAP_ROLE_BEFORE.search(text[max(start, m.start() - 120) : m.start()])
            ) and (
                text[m.end() : m.end() + 1] == ","
                or (ends and not re.match(r"\s+(?:and|or)\b", text[m.end() :]))
                or _AND_OFFICE.match(text, m.end())  # "Minister of X, Ada Obi and Minister of Y, …"
            ):  # "Energy Minister, Ada Obi, said" / "… Minister, Ada Obi today said"
                held = cap.group(1)
                heads = list(_OFFICE_HEAD.finditer(held))
                if len(heads) > 1 and (cut := held.rfind(" and ", 0, heads[-1].start())) > 0:
                    held = held[cut + 5 :]  # "Minister of X, Ada Obi and Minister of Y": Y's
                elif (
                    heads
                    and (cut := held.rfind(" and ", 0, heads[0].start())) > 0
                    and not any(_norm(w) in OFFICE_LEADS for w in held[:cut].split())
                ):  # "…, Ada Obi and Minister of Y": the office after the other person
                    held = held[cut + 5 :]
                role = join_role(held, role)
            if prefix and role and role.startswith(prefix):
                if portfolio := portfolio_before(text[max(start, m.start() - 60) : m.start()]):
                    role = portfolio + role  # "Union Railways and IT Minister X"
            honorific = m.group().split()[0].lower().strip(".") in HONORIFICS
            if role or honorific:
                self.add(name, role, m.start(), clue=m.group().split()[0])

    def speakers(self, text: str, quoted: list[tuple[int, int]]) -> None:
        """Register the subjects of reporting verbs outside quotes as people: "Jon Gold said",
        "said Jon Gold", "Timipre Sylva, minister of state, has said"."""
        # words that follow "in", "from", "to" … somewhere: places and bodies ("Pakistan
        # said …" is no one-word person, as "in Pakistan" shows)
        self._placey = set(_AFTER_PLACE_WORD.findall(text))
        for m in _IN_PLACE_RUN.finditer(text):
            self._in_places.setdefault(m.group("run"), m.start())
        for m in _SPEAKER_BEFORE_VERB.finditer(text):
            app = m.group("app")
            inner = CAP_RUN.fullmatch(app.strip()) if app else None
            if inner and app and name_then_office(m.group("run"), app.strip()):
                inner = None  # "Ana Lind, Manager Tarn Air Holidays, said": NAME, OFFICE
            if inner and app:  # "ROLE, NAME, said": the name is between the commas
                at = m.start("app") + len(app) - len(app.lstrip())
                self._speaker_run(text, at, at + len(app.strip()), quoted)
            else:
                self._speaker_run(text, m.start("run"), m.end("run"), quoted)
        for m in _SPEAKER_AFTER_VERB.finditer(text):
            self._speaker_run(text, m.start("run"), m.end("run"), quoted)
        # two passes append out of order; ``said_singles_between`` bisects by offset ("Lind
        # said Okoro spoke" came after a later "Okoro said" and hid it from ``referent``)
        self._said_singles.sort()
        self._said_words = {w for _at, w in self._said_singles}

    def said_single(self, word: str) -> bool:
        """Whether ``word`` is a one-word name the article makes the subject of a
        reporting verb ("Somanath said …") and no known person's name has."""
        return word in self._said_words and not self._by_token.get(word)

    def said_singles_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The one-word subjects of reporting verbs ("Somanath said …") at offsets in
        [lo, hi), as (offset, word) in order of offset, whether or not someone known has
        the word in their name."""
        i = bisect.bisect_left(self._said_singles, (lo, ""))
        j = bisect.bisect_left(self._said_singles, (hi, ""))
        return self._said_singles[i:j]

    def named_as_place(self, name: str, offset: int) -> bool:
        """Whether the text has ``name`` whole right after "in", "from", "across" … before
        ``offset``: a place or a body, no one."""
        return self._in_places.get(name, offset) < offset

    def _speaker_run(self, text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> None:
        start = run_start(text, start, end)
        if in_spans(start, quoted):
            return
        office = _office_of(text[max(0, start - 60) : start], text[start:end])
        if office:
            self.add(office[1], office[0], start)
            return
        prefix, name = self.unshort(*split_name(text[start:end]))
        tokens = name.split()
        if len(tokens) == 1 and self.short_title(name):
            return  # "the PS said": a title, never a one-word name
        if (
            len(tokens) == 1
            and not prefix
            and _name_ok(name)
            and not _acronym(name)
            and _norm(name) not in ORG_WORDS | PLACES | NOT_PERSON_LAST | STOP
            and not _plural_noun(name)
            and not _title_head(name)
            and name not in self._placey
            and not re.search(
                r"\b(?:the|of|in|at|from|for|and)\s+\Z", text[max(0, start - 6) : start], re.I
            )
        ):  # "Somanath said the launch went well": someone, though named by one word
            self._said_singles.append((start, name))
            return
        if (
            not _name_ok(name)
            or not 2 <= len(tokens) <= 4
            or _norm(tokens[-1]) in ORG_WORDS | OFFICE_ENDS  # "… Relations Officer"
            or tokens[0].lower() in PLACES
            or re.search(r"\bthe\s+\Z", text[max(0, start - 5) : start], re.I)
            or re.search(r"\band\s+\Z", text[max(0, start - 6) : start])
            or PLACE_BEFORE.search(text, max(0, start - 14), start)
            or (re.match(r"The\s", text[start:end]) and _norm(tokens[-1]) in ROLE_NOUNS)
            # "The Fisheries Minister said": a title, not a name
        ):
            return
        self.add(name, prefix, start, clue=text[start:end].split()[0])

    def honourables(self, text: str, quoted: list[tuple[int, int]]) -> None:
        """Register "Minister of Water, Land and Climate Change, Hon. Robert Pickersgill" as
        that minister, before anything else reads the name (so "Minister Pickersgill" later
        is the same man): the office runs back to the sentence's or line's start, a dash or
        "by", less "the" before the honourable."""
        for m in _HON_NAME.finditer(text):  # "Minister of Water, Land and Climate, Hon. X"
            if in_spans(m.start(), quoted):
                continue
            lead = text[max(0, m.start() - 140) : m.start()]
            cut = max((b.end() for b in _ROLE_LEAD_CUT.finditer(lead)), default=0)
            role = _HON_ROLE_EDGES.sub("", lead[cut:].strip())
            name = split_name(m.group("name"))[1]
            if (
                role[:1].isupper()
                and len(name.split()) >= 2
                and any(_norm(w) in ROLE_NOUNS for w in re.findall(r"[\w-]+", role))
            ):
                self.add(name, role, m.start("name"))

    def learn(self, text: str, quoted: list[tuple[int, int]]) -> None:
        """After ``scan`` and ``speakers``: register as people the names nothing else showed
        to be people when the article does ("Tomas Rydell, 54," / "Tomas Rydell, a crane
        driver," / "Rydell" alone later, as only a person's name is shortened), then learn
        who is a man or a woman from the pronouns of sentences that name one person only
        ("Lina Holt said she …"). A name followed in its sentence by "his", "her", "he" or
        "she" (no other capitalised word between) is a person's too."""
        runs = [m for m in CAP_RUN.finditer(text) if not in_spans(m.start(), quoted)]
        alone: dict[str, int] = {}  # a word used as a whole name → its last offset
        for m in runs:
            toks = m.group().split()
            core = [t for t in toks if t.lower().strip(".") not in HONORIFICS]
            if len(core) == 1:
                alone[re.sub(r"[’']s?\Z", "", core[0]).rstrip(".")] = m.start()
        candidates: list[tuple[re.Match[str], str]] = []
        surnames: dict[str, set[str]] = {}  # last word → the names ending in it
        for m in runs:
            name = _unknown_person(text, m)
            if not name or not 2 <= len(name.split()) <= 3 or name in self._first:
                continue
            if name.split()[0].lower() in _LEADS or _title_head(name.split()[-1]):
                continue
            if re.search(
                r"\b(?:of|in|at|from|for|to|into|across|within|throughout)\s+\Z",
                text[max(0, m.start() - 12) : m.start()],
            ):  # "Department of | Planning X Torome": an office runs into the name; "imported
                continue  # to Sri Lanka as well … in his view": a place
            if re.search(r"\b[A-Z]{2,}[ \t]*\(\Z", text[max(0, m.start() - 12) : m.start()]):
                continue  # "Gulf CP (Contract Price)": what the letters stand for
            candidates.append((m, name))
            surnames.setdefault(name.split()[-1], set()).add(name)
        for m, name in candidates:
            after = text[m.end() : m.end() + 80]
            if (
                (
                    alone.get(name.split()[-1], -1) > m.end()
                    and len(surnames[name.split()[-1]]) == 1  # "Brandt": one of two Brandts?
                    and not self._by_token.get(name.split()[-1])  # "Beroz Khan", a typo
                )
                or re.match(r",[ \t]*\d{1,3},", after)
                or _PERSON_APPOSITIVE.match(after)
                or (
                    _PERSON_PRONOUN.match(text, m.end(), min(len(text), m.end() + 160))
                    and not (  # "Tamil Nadu chief minister said his …": not the name's
                        (nxt := _BODY_NEXT.match(after))
                        and _norm(nxt.group(1)) in ROLE_NOUNS | ORG_WORDS
                    )
                )
                or _PERSON_VERB.match(after)
            ):
                self.add(name, None, m.start())
        for m in runs:  # "Lina Holt, 54," → "the 54-year-old" is Lina Holt
            age = re.match(r",[ \t]*(\d{1,3}),", text[m.end() : m.end() + 8])
            if age:
                name = split_name(m.group())[1]
                known = self._by_token.get(name.split()[-1], set()) if name else set()
                if name in self._first or len(known) == 1:
                    person = name if name in self._first else next(iter(known))
                    self._by_role_word.setdefault(f"{age.group(1)}-year-old", set()).add(person)
        start = 0
        for end in sentence_ends(text):
            first = next(
                (
                    p
                    for p in _GENDERED.finditer(text, start, end)
                    if not in_spans(p.start(), quoted)
                ),
                None,
            )  # the sentence's first "he"/"she"
            found = self.mentions(text, start, first.start(), quoted) if first else []
            names = set().union(*(ns for _a, ns in found)) if found else set()
            if first and len(names) == 1 and next(iter(names))[:1] not in "?~":
                # "Lina Holt said she …": one person named before the pronoun, and no other
                # capitalised word between that could be whom it stands for
                at = found[-1][0]
                run = CAP_RUN.match(text, at)
                between = text[run.end() if run else at : first.start()]
                if not re.search(rf"(?<![\w’'])[{UP}]", between):
                    self.vote(next(iter(names)), "m" if first.group(1).lower() == "he" else "f")
            start = end

    def _known(self, names: set[str], offset: int) -> set[str]:
        return {n for n in names if self._first[n] < offset}

    def names_with(self, word: str, offset: int) -> set[str]:
        """The names first registered before ``offset`` that have ``word`` as one of their
        words, or as the tail of a joined surname ("Mutebile": "… Tumusiime-Mutebile")."""
        return self._known(self._by_token.get(word, set()), offset)

    def mentions(
        self, text: str, lo: int, hi: int, quoted: list[tuple[int, int]], titles: bool = True
    ) -> list[tuple[int, set[str]]]:
        """People mentioned in text[lo:hi] outside quotes: (offset, names it may be). A
        full name is one person; a surname or title ("the minister") that fits two people
        is both; "he" is no mention (it refers back)."""
        out: list[tuple[int, set[str]]] = []
        taken: list[tuple[int, int]] = []
        for m in _CAP_WORD.finditer(text, lo, hi):
            at = m.start()
            if any(a <= at < b for a, b in taken) or in_spans(at, quoted):
                continue
            tok = m.group()
            names = _collapse(self._known(self._by_token.get(tok, set()), hi))
            if not names and "-" in tok:  # "Al-Sada" for the "… Saleh Al Sada" named before
                spaced = tok.replace("-", " ")
                last = self._known(self._by_token.get(spaced.split()[-1], set()), hi)
                names = {n for n in last if n == spaced or n.endswith(" " + spaced)}
                if names:
                    out.append((at, names))
                    taken.append((at, m.end()))
                continue
            if not names:
                continue
            full = None
            for name in sorted(names, key=len, reverse=True):
                toks = name.split()
                if tok not in toks:
                    continue  # the tail of a joined surname: a mention by surname, below
                k = toks.index(tok)
                start = at - len(" ".join(toks[:k])) - (1 if k else 0)
                if start >= lo and text.startswith(name, start):
                    full = (start, name)
                    break
            if full:
                out.append((full[0], {full[1]}))
                taken.append((full[0], full[0] + len(full[1])))
            elif len(tok) >= 3 and tok.lower() not in STOP and not _is_title_word(tok):
                ending = {n for n in names if n.split()[-1] == tok}
                if len(ending) == 1 and len(names) > 1 and re.match(r"\s+[a-z]", text[m.end() :]):
                    names = ending  # "Kumar said" with "D Shashi Kumar" and "Ravi Kumar Singh"
                out.append((at, names))
                taken.append((at, m.end()))
        for m in _THE_TITLE.finditer(text, lo, hi) if titles else ():
            words = [_norm(w) for w in m.group(1).split()]
            spelt, head = self._spelt_title(words)  # "the PS said", "The CEC expressed"
            if spelt != words and head is not None and self._titled(spelt[: head + 1], hi):
                words = spelt  # only when someone holds it: else no one is named there
            else:
                head = next((i for i, w in enumerate(words) if w in ROLE_NOUNS), None)
            if head is None or in_spans(m.start(), quoted):
                continue
            if head + 1 < len(words) and words[head + 1] in NOT_PERSON_LAST | ORG_WORDS:
                continue  # "the General Election", "the Health Ministry": no one
            if any(w.endswith("s") and w[:-1] in ROLE_NOUNS for w in words[head:]):
                continue  # "the deputy commissioners": several people, never "he"
            fits = self._titled(words[: head + 1], m.start()) or self._head_only(
                words[: head + 1], m.start()
            )
            # "the Minister of Energy, Dr Ama Obi apologised": the title is the name after it
            after = [
                n
                for n in self._titled([words[head]], hi)
                if (k := text.find(n, m.end(), min(hi, m.end() + 100))) >= 0
                and not re.search(rf"\b{_SAY}\b", text[m.end() : k])  # "the minister said
            ]  # in ten years, Prime Minister X had …": X is someone the minister spoke of
            if len(after) == 1:
                fits = set(after)
            elif not fits:
                fits = self._titled(words[: head + 1], hi)
            # a title that fits no one known ("the Secretary General" never named with his
            # role) still names someone: the sentence is not about nobody
            out.append((m.start(), fits or {"?" + words[head]}))
        for m in CAP_RUN.finditer(text, lo, hi):  # other names: people not yet known
            at = m.start()
            if in_spans(at, quoted) or any(a < m.end() and at < b for a, b in taken):
                continue  # part of the run is a known person's name
            if any(a == at for a, _n in out):
                continue
            unknown = (
                _unknown_person(text, m) if not _named_thing(text, m.group(), m.end()) else None
            )
            owner = _OWNER_ROLE.match(text, m.end(), hi)
            if unknown and owner and any(_norm(w) in ROLE_NOUNS for w in owner.group(1).split()):
                continue  # "De Beers chief executive Al Cooke": the body whose officer he is
            if not unknown:  # a one-word speaker nobody else knows ("said Mwangi")
                word = re.sub(r"[’']s?\Z", "", m.group().split()[-1])
                if self._singles.get(word, hi) < hi and len(split_name(m.group())[1].split()) == 1:
                    unknown = word
            if (
                unknown
                and _IN_PLACE_LIST.search(text, max(lo, at - 300), at)
                and (_LIST_GOES_ON.match(text, m.end(), hi))
            ):  # "Karnataka, Kerala, Andhra Pradesh and Arunachal Pradesh": places in a list
                continue
            if unknown:  # marked: it makes a sentence ambiguous, it is never taken as "he"
                out.append((at, {"~" + unknown}))
                taken.append((at, m.end()))
        for m in _SOMEONE_SAID.finditer(text, lo, hi):  # "Another resident said …": someone
            if not in_spans(m.start(), quoted) and _norm(m.group("noun")) in (
                ROLE_NOUNS | PEOPLE_NOUNS
            ):  # unnamed speaks; "she said" after it is not the woman named before
                out.append((m.start(), {"~" + m.group("noun")}))
        out = [  # "Ana Obi, the country's minister of health, told …": she, not a second one
            (a, ns)
            for a, ns in out
            if not (
                len(ns) == 1
                and next(iter(ns))[:1] == "?"
                and any(b <= a and _APPOSITIVE_GAP.fullmatch(text, b, a) for _s, b in taken)
            )
        ]
        out.sort(key=lambda x: x[0])
        return out

    def _spelt_title(self, words: list[str]) -> tuple[list[str], int | None]:
        """``words`` with the first short title spelt out ("cec expressed his" → "chief
        election commissioner expressed his") and where that title's last word is; the
        words unchanged and None when none is a short title this article spells out."""
        for i, w in enumerate(words):
            if (long := self._short.get(w)) and _norm(long[-1]) in ROLE_NOUNS:
                return [*words[:i], *long, *words[i + 1 :]], i + len(long) - 1
        return words, None

    def _titled(self, words: list[str], offset: int) -> set[str]:
        """Names whose role has all of ``words`` ("the defense minister")."""
        if not words:
            return set()
        words = [
            x for w in words for x in (self._short.get(w) or _SHORT_TITLES.get(w) or (w,))
        ]  # "the CM", "the PS"
        sets = [self._by_role_word.get(w, set()) for w in words]
        found = self._known(set.intersection(*sets), offset)
        if not _FORMER & set(words):  # "the president" is not the former president
            found = {
                n
                for n in found
                if not self._roles.get(n)
                or not all(_FORMER & _role_words(r) for _o, r in self._roles[n])
            }
        return found

    def _head_only(self, words: list[str], offset: int) -> set[str]:
        """Names whose role has the title's last word, when its other words fit no one ("the
        NDP premier" and one premier known), leaving out a role with another portfolio ("the
        finance minister" is not the Farming Minister)."""
        portfolio = set(words[:-1]) & PORTFOLIOS
        fits = self._titled(words[-1:], offset)
        demonyms = {w for w in words[:-1] if _DEMONYM.fullmatch(w)}
        if demonyms:  # "the Chinese ambassador" is not "US Ambassador Ana Lind"
            fits = {
                n
                for n in fits
                if demonyms <= set().union(*(_role_words(r) for _o, r in self._roles.get(n, [])))
            }
        if not portfolio:
            return fits
        out = set()
        for n in fits:
            held = set().union(*(_role_words(r) for _o, r in self._roles.get(n, [])))
            if portfolio & held or not held & PORTFOLIOS:
                out.add(n)
        return out

    def full_exact(self, name: str, offset: int) -> Person | None:
        """The person registered under exactly ``name`` before ``offset``, if any."""
        return self.person(name, offset) if self._known({name}, offset) else None

    def has_role(self, name: str) -> bool:
        """Whether ``name`` itself was registered with a role ("President Trump")."""
        return bool(self._roles.get(name))

    def same_office(self, name: str, fuller: str) -> bool:
        """Whether ``fuller`` was registered with a role sharing a word with ``name``'s."""
        words = {w for _o, r in self._roles.get(name, []) for w in _role_words(r)}
        other = {w for _o, r in self._roles.get(fuller, []) for w in _role_words(r)}
        return bool(words & other - _SMALL_WORDS)

    def role_has(self, name: str, title: str) -> bool:
        """Whether a role registered for ``name`` has the title word ``title`` (or one of
        the same office: "spokeswoman" for "spokesperson")."""
        words = {w for _o, r in self._roles.get(name, []) for w in _role_words(r)}
        return bool(_role_words(title) & words)

    def compatible(self, name: str, gender: str | None) -> bool:
        """Whether ``name`` may be "he" (gender "m") or "she" ("f"): not known as the other."""
        other = {"m": "f", "f": "m"}.get(gender or "")
        return not other or self.gender.get(name) != other

    def person(self, name: str, offset: int) -> Person:
        """``name`` as a person at ``offset``, with the fullest role known before it."""
        roles = [r for o, r in self._roles.get(name, []) if o < offset]
        return Person(name, max(roles, key=len) if roles else None, offset)

    def ending(self, name: str, offset: int) -> Person | None:
        """A two-word surname ("López Obrador") → the one earlier longer name ending in it."""
        found = {
            n
            for n in self._known(self._by_token.get(name.split()[-1], set()), offset)
            if n.replace("-", " ").endswith(" " + name.replace("-", " "))
            and len(n.replace("-", " ").split()) > 2
        }  # "Al Hazeem said" after "Jamal Al-Hazeem"
        return self.person(next(iter(found)), offset) if len(found) == 1 else None

    def full(self, name: str, offset: int) -> Person | None:
        """A one-word name ("Shin", "Mr. Kim") → the one earlier person it fits."""
        found = _collapse(self._known(self._by_token.get(name.split()[-1], set()), offset))
        return self.person(next(iter(found)), offset) if len(found) == 1 else None

    def named_before(self, text: str, surname: str, offset: int) -> str | None:
        """ "Singh said" after "Navtej Singh hoarded …": the one full name ending in that
        word earlier in the text (not yet known as a speaker); None when none or several."""
        if len(surname) < 3 or not surname[:1].isupper():
            return None
        found = set()
        # "Mutebile said" after "Emmanuel Tumusiime-Mutebile": a joined surname's tail too
        pattern = rf"(?:[{UP}][\w’'-]+[ \t]+){{1,2}}(?:[{UP}][\w’']+-)?{re.escape(surname)}\b"
        lo = max(0, offset - 20000)
        for m in re.finditer(pattern, text[lo:offset]):
            run = CAP_RUN.fullmatch(m.group())
            if run:
                name = _unknown_person(m.group(), run)
                if (
                    name
                    and len(name.split()) == 3
                    and PLACE_BEFORE.search(text, max(0, lo + m.start() - 14), lo + m.start())
                ):
                    name = " ".join(name.split()[1:])  # "Department of | Planning X Torome"
                while name and (
                    name.split()[0].lower() in _LEADS or _title_head(name.split()[0].rstrip("s"))
                ):
                    name = " ".join(name.split()[1:])  # "By Ana Duarte", "Commissioners X"
                name = name and without_owner(name)  # "Saudi Arabia’s Almarai": Almarai
                if (
                    name
                    and len(name.split()) >= 2
                    and name.split()[-1].rpartition("-")[2] == surname
                ):
                    found.add(name)
        return found.pop() if len(found) == 1 else None

    def misspelt(self, name: str, offset: int) -> Person | None:
        """A surname typed with one letter off ("Gjorgun" for "Görgun", accents aside) →
        the one earlier person whose name has it; None when none or several fit."""
        token = _fold(name.split()[-1])
        if len(token) < 5:
            return None
        found = set()
        for size in (len(token) - 1, len(token), len(token) + 1):
            for tok in self._by_shape.get((token[:1], size), ()):
                if _one_off(_fold(tok), token):
                    found |= self._known(self._by_token[tok], offset)
        return self.person(next(iter(found)), offset) if len(found) == 1 else None

    def nearest_titled(
        self, text: str, words: list[str], lo: int, at: int, quoted: list[tuple[int, int]]
    ) -> Person | None:
        """ "the minister said" when two ministers are known: the one of them named in the
        nearest sentence before that names either ("The health minister reviewed …");
        "the NDP premier" when no role has "NDP": the one premier known."""
        fits = self._titled(words, at) or self._head_only(words, at)
        if len(fits) == 1:
            return self.person(next(iter(fits)), at)
        if not fits:
            return None
        ends = [lo, *sentence_ends(text, lo, at)]
        for s_end, s_start in zip(reversed(ends), reversed(ends[:-1]), strict=False):
            found = self.mentions(text, s_start, s_end, quoted, titles=False)
            found += [
                (a, ns)  # "The health minister reviewed …": a fuller title that fits one
                for a, ns in self.mentions(text, s_start, s_end, quoted)
                if len(ns & fits) == 1
            ]
            named = {n for _a, ns in found for n in ns}
            hit = named & fits
            if len(hit) == 1 and len(named) == 1:
                return self.person(next(iter(hit)), at)
            if hit:
                return None
        return None

    def may_be(self, name: str, words: list[str], offset: int) -> bool:
        """Whether ``name`` may be "the ``words``" ("the finance minister"): a role of theirs
        has all the words, or they have no known role and no one known before ``offset``
        has that title (nor its head alone: not the Farming Minister, for "the finance
        minister")."""
        if not words:
            return False
        if name in self._titled(words, offset):
            return True
        return not self.has_role(name) and not self._titled(words[-1:], offset)

    def any_titled(self, words: list[str], offset: int) -> bool:
        """Whether anyone known before ``offset`` has a role with ``words``."""
        return bool(self._titled(words, offset))

    def by_title(self, words: list[str], offset: int) -> Person | None:
        """ "the North Korean leader" → the one earlier person whose role has those words."""
        found = self._titled(words, offset)
        return self.person(next(iter(found)), offset) if len(found) == 1 else None


def _collapse(names: set[str]) -> set[str]:
    """ "T. Erdogan" and "Tayyip Erdogan" are one person: when every name is the longest
    one or an initialled form of it, the longest alone."""
    if len(names) < 2:
        return names
    longest = max(names, key=lambda n: (len(n.split()), len(n)))
    return {longest} if all(_initialled(n, longest) for n in names) else names


def _initialled(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` or ``full`` with first names cut to initials ("T.
    Erdogan" for "Tayyip Erdogan")."""
    a, b = short.split(), full.split()
    if a == b:
        return True
    if len(a) < 2 or a[-1] != b[-1] or len(a) > len(b):
        return False  # a bare surname registered on its own is someone of its own
    heads = [t.rstrip(".") for t in a[:-1]]
    return all(
        h == t or (len(h) == 1 and t[:1] == h) for h, t in zip(heads, b[: len(heads)], strict=False)
    )


def _fold(word: str) -> str:
    """Lower case without accents: "Görgün" → "gorgun"."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _one_off(a: str, b: str) -> bool:
    """Whether two words differ by one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])  # "Radhakirshnan"
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


_CAP_WORD = re.compile(rf"[{UP}][\w’'.-]*[\w]|[{UP}]")


_FORMER = frozenset("former ex late outgoing then erstwhile".split())


def _role_words(role: str) -> set[str]:
    words = {_norm(w) for w in re.findall(r"[\w.’'-]+", role)}
    words |= {_norm(part) for w in words for part in w.split("-")}
    words |= {part for w in words for part in _SHORT_TITLES.get(w, ())}  # "CEO" → chief executive
    if "cs" in words:  # Kenya's "Education CS" is its education minister: "the minister said"
        words.add("minister")
    if {"prime", "minister"} <= words:  # "Prime Minister X": "the Premier said" is X
        words.add("premier")
    if words & _LEGISLATORS:  # "Rep. X", "Senator X": "the lawmaker said" is X
        words |= {"lawmaker", "legislator"}
    if {"public", "relations", "officer"} <= words or "pro" in words:
        words |= {"spokesperson", "spokesman", "spokeswoman"}  # a PRO speaks for a body
    return words.union(*(same for same in _SAME_TITLE if same & words))


# the words that end a firm's name and never a person's: COMPANY_WORDS less the trades that
# are also surnames ("Ana Steel", "Tom Bank") or a person's word ("Air Marshal")
_FIRM_NOT_SURNAME = frozenset(w.lower() for w in COMPANY_WORDS) - frozenset(
    "air energy petroleum oil mining resources bank cement steel company corp".split()
)
# the members of a legislature, whom a story may call "the lawmaker" or "the legislator"
_LEGISLATORS = frozenset(
    "representative senator congressman congresswoman congressperson mp mla mep mpp mna "
    "parliamentarian assemblyman assemblywoman assemblymember lawmaker legislator".split()
)


# "X of Tiruchy said", "X from Kollam, a teacher, said": where the person is from (before
# the reporting verb here and in referent.py)
FROM_PLACE = r"(?:\s+(?:of|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
_SPEAKER_BEFORE_VERB = re.compile(
    rf"(?P<run>{CAP_RUN.pattern}){FROM_PLACE}(?:\s*,(?P<app>[^,.;“”\"\n]{{2,90}}),|,)?\s+"
    rf"(?:has\s+|had\s+|also\s+|later\s+|then\s+|on\s+\w+\s+)?{_SAY}\b"
)
_SPEAKER_AFTER_VERB = re.compile(
    # never over a blank line (_GAP): "…, minister says" ends a heading
    rf"\b(?:said|says|[Aa]ccording\s+to|told\s+by){_GAP}(?P<run>{CAP_RUN.pattern})"
)
# lower-case words ending in a role, then a capitalised name: "… chief executive Al Cooke"
_OWNER_ROLE = re.compile(rf"[ \t]+((?:[a-z][\w-]*[ \t]+){{1,3}})(?=[{UP}])")
_SOMEONE_SAID = re.compile(  # "A spokesman for the Harbour Agency said": someone unnamed
    rf"\b(?:[Aa]nother|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z]+)"
    rf"(?:\s+(?:for|of|from|at|with)\s+(?:the\s+)?[{UP}][\w’'&-]*(?:\s+[{UP}][\w’'&-]*){{0,4}})?"
    rf"\s+{_SAY}\b"
)
_THE_TITLE = re.compile(r"\b[Tt]he((?:\s+[\w’'-]+){1,4})")


def _name_words(tokens: list[str]) -> list[str]:
    """A name's words less its particles: "von", "bin", and the Arabic article written "Al"
    or "El" before another word ("Mohammad bin Abdullah Al Gergawi" has three)."""
    return [
        t
        for i, t in enumerate(tokens)
        if not re.fullmatch(PARTICLE, t) and not (t in ("Al", "El") and i < len(tokens) - 1)
    ]


def _unknown_person(text: str, m: re.Match[str]) -> str | None:
    """A two- or three-word name that looks like a person's ("Vladimir Putin"), else None."""
    prefix, name = split_name(m.group())
    tokens = name.split()
    low1 = _norm(name)
    if (
        len(tokens) == 1
        and not prefix
        and re.search(r",[ \t]*\Z", text[max(0, m.start() - 3) : m.start()])
        and re.match(r",|[ \t]+[a-z]+(?:ed|s)\b", text[m.end() : m.end() + 20])
        and _name_ok(name)
        and not name.isupper()
        and low1 not in STOP | PLACES | ORG_WORDS | NOT_PERSON_LAST
        and not _title_head(name)
    ):
        return name  # "… his first name, José, claimed": someone the register does not know
    if (
        len(tokens) == 1
        and not prefix
        and re.match(
            r",\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z]+(?:man|woman|er|or|ist)\b",
            text[m.end() : m.end() + 60],
        )
        and _name_ok(name)
        and not name.isupper()
    ):
        return name  # "Kwesi, a ferryman who gave one name": someone, though unknown
    caps = _name_words(tokens)  # "Ursula von der Leyen", "Mohammed bin Hamad Al Rumhy"
    if not 2 <= len(caps) <= 3 or not _name_ok(name) or not tokens[-1][:1].isupper():
        return None
    if _norm(tokens[-1]) in OFFICE_ENDS:
        return None  # "Public Relations Officer": an office
    if not all(re.fullmatch(rf"[{UP}][a-zà-ÿ’']+(?:-[{UP}]?[a-zà-ÿ’']+)*\.?", t) for t in caps):
        return None  # "Jean-Yves", "Al-Mazrouei", "Ole-Kina"
    low = [_norm(t) for t in tokens]
    if low[-1] in ORG_WORDS or low[-1] in NOT_PERSON_LAST or low[0] in PLACES:
        return None
    if low[0] in OFFICE_LEADS:
        return None  # "Union Railways", "Transport Malta": an office or a body, no one
    before = text[max(0, m.start() - 40) : m.start()]
    if re.search(r"\bthe[ \t]+(?:[a-z]+[ \t]+){0,3}\Z", before, re.I) and not prefix:
        return None  # "the medical charity Open Hands": a body, not a person
    return name


# a list of capitalised names before a run, after "in", "at" or "across": places
# ("work in Rajasthan, Bihar, Uttar Pradesh and Kerala"), no one who could be "he"
_IN_PLACE_LIST = re.compile(
    rf"\b(?:in|at|across)[ \t]+(?:[{UP}][\w’'-]*[ \t]*){{1,3}}"
    rf"(?:,[ \t]*(?:[{UP}][\w’'-]*[ \t]*){{1,3}})*,?[ \t]*(?:and[ \t]+)?\Z"
)
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|and\b|\.|\)|[ \t]+(?:respectively|each)\b)")
# capitalised words that may spell out a title ("Transport Principal Secretary")
# a title with a small word inside, written short with it in lower case: "Minister of State"
# → "MoS"
_TITLE_OF = re.compile(rf"\b([{UP}][a-z]+)[ \t]+(of|for)[ \t]+([{UP}][a-z]+)\b")
_HYPHEN_TITLE = re.compile(rf"\b([{UP}][a-z]+)-([{UP}][a-z]+)\b")
_TITLE_RUN = re.compile(rf"[{UP}][a-z]+(?:[ \t]+[{UP}][a-z]+){{1,5}}")
# the words before a title's letters in brackets (looked for only before each "(ABC)": a run
# of words, capitalised or not, matched from every word of the text would be slow)
_TITLE_ACRONYM = re.compile(
    rf"(?<![\w-])((?:[{UP}a-z][\w-]+[ \t]+(?:(?:of|for|to)[ \t]+(?:the[ \t]+)?)?){{1,5}}"
    rf"[{UP}a-z][\w-]+)[ \t]*\Z"
)
_LETTERS_IN_BRACKETS = re.compile(r"\(([A-Z]{2,6})\)")
# "he", "she": a clue to the gender of the one person a sentence names
_GENDERED = re.compile(r"\b(he|she)\b", re.I)
# "Lina Holt lost her home": a personal pronoun after a name, in its sentence, with no other
# capitalised word between, shows the name is a person's (a place or body is "it")
_PERSON_PRONOUN = re.compile(r"[^.!?;:“”\"A-ZÀ-Þ\n]*?\b(?:he|she|his|her|him)\b")
# ", a crane driver", ", an engineer": an appositive that describes a person
_PERSON_APPOSITIVE = re.compile(
    r",[ \t]+(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?!(?:center|centre|river|water|border|sector|corridor|quarter|harbou?r|tower|"
    r"container|reactor|motor|tractor|monitor|shelter|number|letter|paper|power|computer|"
    r"order|summer|winter|corner|tanker|cluster|disaster|theat(?:er|re)|matter|chapter|"
    r"floor|door|factor|indicator|restaurant|[a-z]*ment)\b)"
    r"(?:[a-z]+(?:man|woman|er|or|ist|ian|ent|ant)|mother|father|son|daughter|wife|husband|"
    r"widow|grandmother|grandfather|spokesperson|official|expert|chief|head|leader)"
    r"(?=[ \t]*(?:[,.;]|(?:who|from|of|in|at|with|for|and|since)\b))"
)
# ", who runs …" (a body is "which"), or a verb only people do right after the name
_PERSON_VERB = re.compile(
    r",?[ \t]+(?:who\b|whose\b|(?:also[ \t]+)?(?:spoke|speaks|smiled|laughed|wept|cried|"
    r"shrugged|nodded|sighed|recalled|recalls|remembered|remembers|married|studied|taught|"
    r"grew[ \t]+up|was[ \t]+born|lives|lived|fled)\b)"
)
# "Minister of the " right before "Interior General X": the start of X's title
_OF_TITLE = re.compile(rf"((?:[{UP}][\w’'.-]*\s+){{0,2}}([{UP}][\w’'.-]*)\s+of\s+(?:the\s+)?)\Z")
_BODY_NEXT = re.compile(r"[ \t]+([a-z]+)\b")
_SMALL_WORDS = frozenset("the a an of for and in on at to".split())
# ", Hon. Daryl Vaz": the honourable's name, after the office he holds
_HON_NAME = re.compile(rf",?[ \t]+(?:Hon\.?|Honourable)[ \t]+(?P<name>{CAP_RUN.pattern})")
# where an office before ", Hon. X" begins: a sentence's or line's start, a dash, "by"
_ROLE_LEAD_CUT = re.compile(
    r"[.!?:;“”\"]\s+|\n|\s[—–-]+\s|\b(?:by|says|said)\s+|\b[A-Z][a-z]+ly,\s+|\A"
)
# "The committee chairman, Honourable …", "Senator the Hon. …", "Prime Minister, the Most Hon.":
# the words around the office that are not it
_HON_ROLE_EDGES = re.compile(r"\A[Tt]he\s+|(?:[,\s]+(?:the|Most|Right|Rt\.?))+\s*\Z|,\s*\Z")
_IN_PLACE_RUN = re.compile(
    rf"\b(?:in|from|into|across|throughout|within)[ \t]+(?:the[ \t]+)?(?P<run>{CAP_RUN.pattern})"
)
_AFTER_PLACE_WORD = re.compile(
    rf"\b(?:in|from|into|across|near|of|throughout|within)[ \t]+([{UP}][\w’'-]+)\b"
)
_LEADS = STOP | PLACES | frozenset("by from with for to of via said says told photo credit".split())


def quoted_in(lo: int, hi: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a quoted stretch starts in [lo, hi) (spans sorted by start)."""
    i = bisect.bisect_left(spans, (lo, -1))
    return i < len(spans) and spans[i][0] < hi


# everything up to an owner's mark: "Saudi Arabia’s | Almarai", "Labour's | Gordon Marsden"
_OWNED = re.compile(r"(?:.*\s)?\S*(?:[’']s|s[’'])\s+(?P<rest>\S.*)", re.S)


def without_owner(name: str) -> str:
    """A name less the owner written before it ("Labour's Gordon Marsden" → "Gordon
    Marsden"): a person's or a body's own name never holds another's possessive."""
    owned = _OWNED.fullmatch(name)
    return owned.group("rest") if owned else name


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is in one of ``spans`` (sorted by start, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, _BIG)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


_BIG = 1 << 62
_APPOS_AFTER = re.compile(  # ", the minister," / ", minister of state," / ", NASA’s director of …,"
    r",\s+((?:the|a|an)\s+(?:[^,;.]|(?<=[A-Z])\.)+?|[a-z](?:[^,;.]|"
    rf"(?<=[A-Z])\.)*?|[{UP}][\w.-]*[’']s\s+[a-z](?:[^,;.]|(?<=[A-Z])\.)*?)"
    r"\s*(?=[,;]|\.(?:\s|\Z)|\Z)"
)
# a capitalised title in commas right after a name: ", President," / ", Chief Executive,"
_CAP_APPOS = re.compile(r",\s+((?:[A-Z][\w.-]*\s+(?:and\s+)?){0,4}[A-Z][\w.-]*)\s*,")
_NAME_END = re.compile(r",|\s+[a-z]|\.")  # what may follow "the minister, NAME"


def _named_thing(text: str, run: str, end: int) -> bool:
    """Whether the capitalised ``run`` is followed by its own initials in brackets ("Teacher
    Eligibility Test (TET)", "Kenya Revenue Authority (KRA)"): a body or a thing, which
    people are not written with."""
    letters = re.match(r"[ \t]*\(([A-Z]{2,8})\)", text[end : end + 14])
    initials = "".join(w[0] for w in run.split() if w[:1].isupper())
    if not letters or len(initials) < 2:
        return False
    if letters.group(1) == initials.upper():
        return True
    # "Justice and Empowerment Initiatives (JEI)": the run is the end of the body's name,
    # after "and" or "of"
    start = end - len(run)
    return letters.group(1).endswith(initials.upper()) and bool(
        re.search(r"[A-Z][\w’'-]*[ \t]+(?:and|&|of|for)[ \t]+\Z", text[max(0, start - 40) : start])
    )


# the head of an office written with capitals, and "and" then another office after a name
_OFFICE_HEAD = re.compile(
    r"\b(?:Minister|Secretary|President|Director|Chief|Governor|Commissioner|Chairman|"
    r"Chairwoman|Chair|Spokesperson|Spokesman|Spokeswoman|Ambassador|Mayor|Premier|Commandant|"
    r"Commander|Controller)\b"
)
_AND_OFFICE = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Minister|Secretary|President|Director|"
    r"Chief|Governor|Commissioner|Chairman|Chairwoman|Mayor|Ambassador)\b"
)
_CAP_ROLE_BEFORE = re.compile(  # "Union Minister for New and Renewable Energy, "
    # "According to Coast Guard (East) Commandant, ", "Kochi, May 3 (PTI) Union Minister …, "
    r"(?:\A|[.;:,]\s+|\n|\b[Aa]ccording\s+to\s+|\((?:PTI|IANS|ANI|AP|AFP|UNI|Reuters)\)\s+)"
    r"(?:The\s+(?=(?:minister|secretary|director)\s+(?:for|of)\s))?"  # "The minister of X, Y, "
    r"((?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?|\([^()]{1,30}\)\s+){0,4}(?:Minister|Secretary"
    r"|(?:minister|secretary|director)(?=\s+(?:for|of)\s)"
    r"|President|Director|Chief|Governor|Commissioner|Chairman|Chairwoman|Chair|Spokesperson"
    r"|Spokesman|Spokeswoman|Ambassador|Mayor|Premier|Commandant|Commander|Controller"
    r"|Officer|Manager|Coordinator|Superintendent|Inspector|Registrar|Administrator)\b"
    r"(?:\s+(?:for|of)\s+[^,;.\n]{1,40}?(?:,\s+[A-Z][^,;.\n]{0,40}?){0,3},?\s+and\s+[A-Z]"
    r"[^,;.\n]{0,40}?|[^,;.\n]{0,90}))"  # "Minister for Gender, Children, and Social Protection"
    r",\s*\Z"
)
_ROLE_BEFORE = re.compile(
    rf"\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[{UP}][\w’']*[’']s)"
    r"\s+[^,;.]{0,60}?),\s*\Z"
)
