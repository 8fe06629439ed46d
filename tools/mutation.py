#!/usr/bin/env python3
"""Mutation testing of briefer's core with mutmut 3 (slow; not run in CI).

    pip install mutmut            # 3.x; not a test dependency: only this script uses it
    python tools/mutation.py                      # every core module, writes bench/mutation.txt
    python tools/mutation.py escape outline       # only these (the others keep their old rows)
    python tools/mutation.py --worktree outline   # the working tree, uncommitted edits included
    python tools/mutation.py --list               # the modules and the tests each is run against

Each module is measured on its own, in a temporary copy of the repository (``git archive
HEAD``: a clean clone, so only committed code and tests count; ``--worktree`` copies the
working tree instead). The copy's ``pyproject.toml`` gets a ``[tool.mutmut]`` table that
mutates that one module and runs the unit tests that exercise it, so the real pyproject and
the real tree are never touched (mutmut writes its ``mutants/`` folder inside the copy).
mutmut runs under ``nice -n 15`` with ``--max-children 1`` (one test process at a time;
``--jobs N`` runs N on a quiet machine).

mutmut only mutates function bodies: module-level regexes and tables are mutated by hand
where a module lists them (``hand``: one entry left out or loosened at a time, the same
tests run on it) and counted in the score.

The score is killed / (killed + survived), with the mutants listed in ``EQUIVALENT`` (no
test can kill them: the program behaves the same) left out of both and listed in the report
with the reason. Timeouts count as killed (the mutant hangs, a test notices), mutants no
test reaches count as survived.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "bench" / "mutation.txt"
TARGET = 85.0


@dataclass
class Module:
    name: str  # short name on the command line and in the report
    paths: list[str]  # files mutated (globs relative to the repository)
    tests: list[str]  # the unit tests run against them
    # module-level tables mutmut does not mutate: (name, file, old text, new text), each run
    # against the same tests in the copy (killed when a test fails)
    hand: list[tuple[str, str, str, str]] = field(default_factory=list)


MODULES = [
    Module(
        "escape",
        ["briefer/render/escape.py"],
        [
            "tests/unit/test_escape_exact.py",
            "tests/unit/test_escape_gaps.py",
            "tests/unit/test_render_markdown.py",
            "tests/unit/test_render_html.py",
        ],
        hand=[],  # filled in below: escape's regexes and tables
    ),
    Module(
        "outline",
        ["briefer/outline.py"],
        [
            "tests/unit/test_outline.py",
            "tests/unit/test_outline_gaps.py",
            "tests/unit/test_tradecraft_outline.py",
        ],
    ),
    Module(
        "yamlio",
        ["briefer/yamlio.py"],
        [
            "tests/unit/test_save.py",
            "tests/unit/test_hardening_input.py",
            "tests/unit/test_hardening_save.py",
            "tests/unit/test_reader_hazards.py",
            "tests/unit/test_roundtrip.py",
            "tests/unit/test_yamlio_gaps.py",
            "tests/unit/test_yamlio_mutants.py",
        ],
    ),
    Module(
        "walk",
        ["briefer/walk.py"],
        [
            "tests/unit/test_hardening_input.py",
            "tests/unit/test_reader_hazards.py",
            "tests/unit/test_roundtrip.py",
            "tests/unit/test_tradecraft_schema.py",
            "tests/unit/test_config_themes.py",
            "tests/unit/test_walk_gaps.py",
            "tests/unit/test_schema_plain_items.py",
        ],
    ),
    Module(
        "schema",
        ["briefer/schema.py"],
        [
            "tests/unit/test_roundtrip.py",
            "tests/unit/test_save.py",
            "tests/unit/test_tradecraft_schema.py",
            "tests/unit/test_hardening_input.py",
            "tests/unit/test_reader_hazards.py",
            "tests/unit/test_schema_gaps.py",
            "tests/unit/test_schema_mutants.py",
            "tests/unit/test_schema_plain_items.py",
        ],
    ),
    Module(
        "document",
        ["briefer/document.py"],
        [
            "tests/unit/test_document.py",
            "tests/unit/test_document_gaps.py",
            "tests/unit/test_tradecraft_audience.py",
            "tests/unit/test_tradecraft_sourcing.py",
        ],
    ),
    Module(
        "workspace",
        ["briefer/workspace.py"],
        [
            "tests/unit/test_workspace.py",
            "tests/unit/test_hardening_workspace.py",
            "tests/unit/test_init.py",
            "tests/unit/test_cache.py",
            "tests/unit/test_workspace_gaps.py",
        ],
    ),
    Module(
        "layout",
        ["briefer/layout.py"],
        [
            "tests/unit/test_workspace.py",
            "tests/unit/test_workspace_gaps.py",
            "tests/unit/test_hardening_workspace.py",
            "tests/unit/test_hardening_input.py",
            "tests/unit/test_yamlio_gaps.py",
            "tests/unit/test_yamlio_mutants.py",
        ],
    ),
    Module(
        "startcache",
        ["briefer/startcache.py"],
        ["tests/unit/test_startcache.py", "tests/unit/test_yamlio_mutants.py"],
    ),
    Module(
        "checks",
        ["briefer/checks/*.py"],
        [
            "tests/unit/test_checks_rules.py",
            "tests/unit/test_checks_text.py",
            "tests/unit/test_checks_cli.py",
            "tests/unit/test_tradecraft_likelihood.py",
            "tests/unit/test_tradecraft_sourcing.py",
            "tests/unit/test_checks_gaps.py",
            "tests/unit/test_checks_mutants_b.py",
            "tests/unit/test_checks_mutants_a.py",
        ],
    ),
    Module(
        "session",
        ["briefer/session/*.py"],
        [
            "tests/unit/test_session.py",
            "tests/unit/test_session_gaps.py",
            "tests/unit/test_lock.py",
        ],
    ),
]


def _escape_hand() -> list[tuple[str, str, str, str]]:
    """escape's module-level regexes and tables, one entry left out or loosened at a time."""
    f = "briefer/render/escape.py"
    chars = r"[\\`*_\[\]<>{}|~^$@#]"
    out = []
    for c in [
        "\\\\",
        "`",
        "*",
        "_",
        "\\[",
        "\\]",
        "<",
        ">",
        "{",
        "}",
        "|",
        "~",
        "^",
        "$",
        "@",
        "#",
    ]:
        out.append((f"_MD_CHARS without {c}", f, chars, chars.replace(c, "", 1)))
    md_chars = r"|&(?=#?[A-Za-z0-9]+;)|-{2,}|\.{3,}"
    out += [
        ("_MD_CHARS without entities", f, md_chars, md_chars.replace("|&(?=#?[A-Za-z0-9]+;)", "")),
        ("_MD_CHARS entities without #", f, "&(?=#?[", "&(?=["),
        ("_MD_CHARS without -- runs", f, "|-{2,}", ""),
        ("_MD_CHARS -- runs from 3", f, "|-{2,}", "|-{3,}"),
        ("_MD_CHARS without ... runs", f, "|\\.{3,}", ""),
        ("_MD_CHARS ... runs from 4", f, "|\\.{3,}", "|\\.{4,}"),
    ]
    start = "[-+=:(%]"
    for c in "-+=:(%":
        out.append((f"_MD_START without {c}", f, start, start.replace(c, "", 1)))
    out += [
        ("_MD_START one digit", f, "[0-9]+(?=[.)])", "[0-9](?=[.)])"),
        ("_MD_START digits and . only", f, "[0-9]+(?=[.)])", "[0-9]+(?=[.])"),
        ("_MD_START without a.", f, "|[a-z](?=[.)](\\s|$))", ""),
        ("_MD_START without A)", f, "|[A-Z](?=\\)(\\s|$)|\\.$)", ""),
        ("_MD_START without A. alone", f, "(\\s|$)|\\.$)", "(\\s|$))"),
        ("_MD_START without iv)", f, "|[ivxlcdm]+(?=[.)](\\s|$))", ""),
        ("_MD_START without iv) alone", f, "[ivxlcdm]+(?=[.)](\\s|$))", "[ivxlcdm]+(?=[.)]\\s)"),
        ("_MD_START one roman capital", f, "[IVXLCDM]{2,}", "[IVXLCDM]{1,}"),
        ("_WS without tab", f, "[ \\t\\n\\r]+", "[ \\n\\r]+"),
        ("_WS without CR", f, "[ \\t\\n\\r]+", "[ \\t\\n]+"),
        ("_MD_QUOTE without '", f, "(['\"])", '(["])'),
        ('_MD_QUOTE without "', f, "(['\"])", "(['])"),
        ('_TYPST_RE without "', f, "r'[\\\\\"\\n\\r\\t]'", "r'[\\\\\\n\\r\\t]'"),
        ("_TYPST_RE without CR", f, "r'[\\\\\"\\n\\r\\t]'", "r'[\\\\\"\\n\\t]'"),
        ("_TYPST_ESC tab as space", f, '"\\t": "\\\\t"', '"\\t": " "'),
    ]
    return out


_MODULE = {mod.name: mod for mod in MODULES}
_MODULE["escape"].hand = _escape_hand()
_WALK = "briefer/walk.py"
_MODULE["walk"].hand = [
    ("_INT without a sign", _WALK, 'r"[-+]?[0-9]+\\Z"', 'r"[0-9]+\\Z"'),
    ("_FLOAT without exponents", _WALK, "(?:[eE][-+]?[0-9]+)?\\Z", "\\Z"),
    ("_FLOAT without .5", _WALK, "|\\.[0-9]+|", "|"),
    ("_DATE not anchored", _WALK, '(?:-([0-9]{2}))?)?\\Z")', '(?:-([0-9]{2}))?)?")'),
    ("MAX_DIGITS 17", _WALK, "MAX_DIGITS = 18", "MAX_DIGITS = 17"),
    ("MAX_DIGITS 19", _WALK, "MAX_DIGITS = 18", "MAX_DIGITS = 19"),
    ("MIN_MAGNITUDE 1e-10", _WALK, "= 1e-9, 1e18", "= 1e-10, 1e18"),
    ("MAX_MAGNITUDE 1e19", _WALK, "= 1e-9, 1e18", "= 1e-9, 1e19"),
    ("_CODE not anchored", _WALK, 'r"BRF[0-9]{3}\\Z"', 'r"BRF[0-9]{3}"'),
]
_SCHEMA = "briefer/schema.py"


def _schema_hand() -> list[tuple[str, str, str, str]]:
    """schema's key tables (the order of a saved file and of an unknown key's "known:"
    list; one key left out or two swapped at a time) and its items' required keys."""
    swaps = [  # (table, first, second): first and second are next to each other
        ("SOURCE_KEYS", '"id",\n    "title",', '"title",\n    "id",'),
        ("TAKE_KEYS", '"id", "text", "draft",', '"id", "draft", "text",'),
        ("QUOTE_KEYS", '"role", "date",', '"date", "role",'),
        ("FIGURE_KEYS", '"as_of",\n    "as_of_inferred",', '"as_of_inferred",\n    "as_of",'),
        ("BRIEF_KEYS", '"bluf",\n    "bluf_marking",', '"bluf_marking",\n    "bluf",'),
        ("SECTION_KEYS", 'keys("heading", "entries")', 'keys("entries", "heading")'),
        ("ENTRY_KEYS", '"marking", "comment",', '"comment", "marking",'),
        ("SETTINGS_KEYS", '"stale_days",\n    "language",', '"language",\n    "stale_days",'),
        ("CONFIG_KEYS", 'keys("workspace", "theme",', 'keys("theme", "workspace",'),
    ]
    out = [(f"{table} order", _SCHEMA, old, new) for table, old, new in swaps]
    out += [
        ("SOURCE_KEYS without body", _SCHEMA, '"notes",\n    "body",\n)', '"notes",\n)'),
        ("TAKE_KEYS without span", _SCHEMA, '"page", "span")\nQUOTE', '"page")\nQUOTE'),
        ("FIGURE_KEYS without span", _SCHEMA, '"page",\n    "span",\n)', '"page",\n)'),
        ("BRIEF_KEYS without pdf_standard", _SCHEMA, '"pdf_standard",\n    "bluf",', '"bluf",'),
        ("SETTINGS_KEYS without checks", _SCHEMA, '"pdf_standard",\n    "checks",', '"checks",'),
    ]
    for table, what in (("TAKE", "text"), ("QUOTE", "text"), ("FIGURE", "value")):
        old = f'({table}_KEYS, ("{what}",),'
        out.append((f"{table.lower()} needs no {what}", _SCHEMA, old, f"({table}_KEYS, (),"))
    return out


_MODULE["schema"].hand = _schema_hand()


# Mutants no test can kill because the program behaves the same. Each is named by its
# function (mutmut's name without "briefer." and "__mutmut_N") and its changed line as
# ``mutmut show`` prints it (whitespace folded): numbers change whenever the function is
# edited, the changed line does not. Only survivors are matched.
@dataclass(frozen=True)
class Equivalent:
    function: str
    line: str
    why: str


_DELTA = "delta is -1 or +1 there (refused before): < 0, <= 0 and < 1 are the same test"
_NONE_IS_BLUF = "undo/redo turn a missing cursor into the BLUF, which is what was recorded"
_MOVE_ENTRY = "outline.xǁOutlineǁmove_entry"
_MOVE_SECTION = "outline.xǁOutlineǁmove_section"
_BYTEORDER = "since Python 3.11 int.to_bytes/from_bytes default to 'big', the order written"
_EMPTY_BODY = (
    "a file of exactly the header has an empty body, which marshal cannot read: refused either way"
)
_DURABLE_NONE = "durable=None is falsy: the same as durable=False"
EQUIVALENT = [
    Equivalent(
        "startcache.x_read",
        "if zlib.crc32(payload) != int.from_bytes(data[len(MAGIC) : head], ):",
        _BYTEORDER,
    ),
    Equivalent(
        "startcache.x_write",
        "atomic_write(path, MAGIC + zlib.crc32(payload).to_bytes(4, ) + payload, durable=False)",
        _BYTEORDER,
    ),
    Equivalent(
        "startcache.x_read",
        "if not data.startswith(MAGIC) or len(data) <= head:",
        _EMPTY_BODY,
    ),
    Equivalent(
        "startcache.x_write",
        'atomic_write(path, MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload, '
        "durable=None)",
        _DURABLE_NONE,
    ),
    Equivalent(
        "workspace.x__write_cache",
        "atomic_write(path, cache_file.dumps(fresh), durable=None) # a cache",
        _DURABLE_NONE,
    ),
    Equivalent(_MOVE_ENTRY, "elif delta <= 0 and s > 0:", _DELTA),
    Equivalent(_MOVE_ENTRY, "elif delta < 1 and s > 0:", _DELTA),
    Equivalent(_MOVE_ENTRY, "elif delta >= 0 and s + 1 < len(secs):", _DELTA),
    *(
        Equivalent(
            fn,
            f'raise OutlineError("the {what} is already at the "'
            f' + ("top" if delta {op} else "end"))',
            _DELTA,
        )
        for fn, what in ((_MOVE_ENTRY, "entry"), (_MOVE_SECTION, "section"))
        for op in ("<= 0", "< 1")
    ),
    *(
        Equivalent(
            fn,
            f'self._record("move {what} " + ("up" if delta {op} else "down"), {cur})',
            _DELTA,
        )
        for fn, what, cur in (
            (_MOVE_ENTRY, "entry", "EntryCursor(s, e)"),
            (_MOVE_SECTION, "section", "SectionCursor(s)"),
        )
        for op in ("<= 0", "< 1")
    ),
    *(
        Equivalent(
            "outline.xǁOutlineǁtarget_section",
            f"if {low} cursor.section < len(self.brief.sections):",
            "section 0 and the fallback are both 0: leaving 0 out of the range changes nothing",
        )
        for low in ("1 <=", "0 <")
    ),
    Equivalent("outline.xǁOutlineǁset_bluf", 'self._record("edit BLUF", None)', _NONE_IS_BLUF),
    Equivalent("outline.xǁOutlineǁreplace", "self._record(label, None)", _NONE_IS_BLUF),
    Equivalent(
        "outline.xǁOutlineǁset_bluf_marking",
        "self._record(f\"BLUF marking {marking or 'inherited'}\", None)",
        _NONE_IS_BLUF,
    ),
    Equivalent(
        "session.positions.x__dump",
        "super().expect_node(**kwargs)",
        "PyYAML's emitter calls expect_node with keyword arguments only",
    ),
    Equivalent(
        "session.positions.x__dump",
        "super().expect_node(*args, )",
        "the context flags change only how keys and the root are written; briefer's keys are"
        " short plain words: the same text (checked on the sample briefs and on quoted,"
        " multi-line and empty values)",
    ),
    *(
        Equivalent(
            "session.positions.x_dump_placed",
            f"for {a}, {b} in zip({c}, {strict}):",
            "both lists are made from the same brief: always the same length",
        )
        for a, b, c in (
            ("sec", "sdata", "brief.sections, sections"),
            ("entry", "edata", 'sec.entries, sdata.get("entries") or []'),
        )
        for strict in ("strict=None", "strict=False", "")
    ),
    *(
        Equivalent(
            "session.positions.x_dump_placed",
            line,
            "the fallback for a node count that cannot differ; the same text either way",
        )
        for line in (
            "return text if (text) and False else dump(data)",
            "return text if (text) or True else dump(data)",
            "return text if text else dump(None)",
        )
    ),
    Equivalent(
        "session.xǁBriefSessionǁ_accept_findings",
        "if findings is not None or self._open is not None:",
        "findings are None exactly when no brief is open (a result for a closed brief is"
        " dropped as stale before it gets here)",
    ),
    *(
        Equivalent(
            "session.xǁBriefSessionǁrecheck",
            line,
            "only equality with a job's generation matters: each change still gets a new one",
        )
        for line in ("self._generation -= 1", "self._generation += 2")
    ),
    Equivalent(
        "session.xǁBriefSessionǁredo",
        "return self._history(undo=None)",
        "None is falsy like False: it redoes",
    ),
    *(
        Equivalent(
            "document.x__placeholder",
            line,
            "a space (0x20) is not a control character: _CONTROL never hands it over",
        )
        for line in ("if code <= 0x20:", "if code < 33:")
    ),
    *(
        Equivalent(
            "document.x_safe_url",
            f'if any(ch.isspace() or ord(ch) {op} or ch in "<>\\"\'`\\\\" for ch in url):',
            "a space (0x20) is refused by isspace() just before",
        )
        for op in ("<= 0x20", "< 33")
    ),
    Equivalent(
        "document.x_resolve",
        'lines = Path(path).read_text(encoding="UTF-8-SIG").splitlines()',
        "codec names are case-insensitive",
    ),
    Equivalent(
        "render.escape.x_html_text",
        "return html.escape(text, quote=None)",
        "quote=None is falsy like quote=False: quotes are left alone either way",
    ),
    Equivalent(
        "render.escape.x_html_attr",
        "return html.escape(text, )",
        "quote=True is html.escape's default",
    ),
    # yamlio
    Equivalent(
        "yamlio.x__char_at",
        "if line <= len(lines) and column < len(lines[line]):",
        "a mark's line is at most the text's count of line breaks, one less than"
        " len(text.split('\\n')): line == len(lines) never happens",
    ),
    Equivalent(
        "yamlio.x__char_at",
        'return "XXXX"',
        "the answer is only compared with a tab: any other non-tab text is the same",
    ),
    *(
        Equivalent(fn, line, "codec names are case-insensitive")
        for fn, line in (
            (
                "yamlio.x__locked_temp",
                'stem = os.fsencode(path.name)[:160].decode("UTF-8", "ignore") or "file"',
            ),
            ("yamlio.x_decode", 'return data.decode("UTF-8")'),
            (
                "yamlio.x_decode",
                'text_line = data.splitlines()[line - 1].decode("UTF-8", "replace")',
            ),
            ("yamlio.x_save_checked", 'data = text.encode("UTF-8")'),
        )
    ),
    *(
        Equivalent(fn, line, "a None start of str.count/rfind is 0")
        for fn, line in (
            ("yamlio.x__problem_at", 'line = doc.text.count("\\n", None, offset) + 1'),
            (
                "yamlio.x__problem_at",
                'col = offset - (doc.text.rfind("\\n", None, offset) + 1) + 1',
            ),
            ("yamlio.x__reject_conflict", 'line = doc.text.count("\\n", None, match.start()) + 1'),
        )
    ),
    Equivalent(
        "yamlio.x__remove_if_unlocked",
        "lockable = None",
        "None is falsy like False: the file is then judged by age alone either way",
    ),
    *(
        Equivalent(
            "yamlio.x__reject_anchors",
            f"f\"alias *{{getattr(event, 'anchor', {default})}}: aliases are not allowed; \"",
            "every AliasEvent has an anchor attribute: getattr's default is never used",
        )
        for default in ("None", "", "'XXXX'")
    ),
    *(
        Equivalent(
            "yamlio.x__reject_anchors",
            f"event, f\"anchor &{{getattr(event, 'anchor', {default})}}: anchors are not allowed\"",
            "this branch runs only when the event's anchor attribute is there and not empty",
        )
        for default in ("None", "", "'XXXX'")
    ),
    Equivalent(
        "yamlio.x__represent_str",
        'style = ""',
        "PyYAML's representer and emitter treat an empty style like None (checked on plain,"
        " quoted, multi-line, long and non-text-looking values, as keys, items and flow items)",
    ),
    Equivalent(
        "yamlio.x__represent_str",
        'text and dumper.resolve(yaml.ScalarNode, text, (True, True)) != _TAG + "str"',
        "BaseResolver.resolve reads implicit[1] for nothing when no path resolvers exist",
    ),
    Equivalent(
        "yamlio.x__represent_str",
        'style = \'XX"XX\' # escapes, and values YAML would read as non-text: "2026-11-20", "NO"',
        "the emitter falls back to double quotes for any style it does not know (checked on"
        " the same values as the empty style)",
    ),
    Equivalent(
        "yamlio.x_atomic_write",
        'tmp = ""',
        'os.unlink("") raises FileNotFoundError, which the finally clause swallows',
    ),
    Equivalent(
        "yamlio.x_atomic_write",
        "umask = os.umask(1)",
        "os.umask returns the old mask whatever it sets, and the next line puts it back",
    ),
    Equivalent(
        "yamlio.x_dump",
        "data, stream, Dumper=dumper or _Dumper, sort_keys=None, allow_unicode=True, width=88",
        "None is falsy like False: keys unsorted",
    ),
    Equivalent(
        "yamlio.x_remove_stale_temps",
        'e for e in os.scandir(folder) if e.name.startswith(".") or e.name.endswith(".tmp")',
        "_TEMP and _OLD_TEMP both demand the leading dot and the .tmp ending: the pre-filter"
        " only saves regex calls",
    ),
    Equivalent(
        "yamlio.x_remove_stale_temps",
        "st = entry.stat(follow_symlinks=None)",
        "None is falsy like False: lstat",
    ),
    Equivalent(
        "yamlio.xǁFileStampǁof",
        'crlf = first >= 0 and data[first - 1 : first] == b"\\r"',
        "first == 0 slices data[-1:0], which is empty: never a carriage return",
    ),
    *(
        Equivalent(
            "yamlio.xǁ_Dumperǁincrease_indent",
            line,
            "PyYAML's emitter passes flow= in every call, and indentless is not passed on",
        )
        for line in (
            "def increase_indent(self, flow: bool = True, indentless: bool = False) -> None:",
            "def increase_indent(self, flow: bool = False, indentless: bool = True) -> None:",
        )
    ),
    *(
        Equivalent(
            "yamlio.xǁ_Dumperǁincrease_indent",
            line,
            "the base class reads indentless as a truth value, False by default",
        )
        for line in ("super().increase_indent(flow, None)", "super().increase_indent(flow, )")
    ),
    Equivalent(
        "yamlio.x_compose",
        'if ("&" in text or "*" in text) or _MAYBE_ANCHOR.search(text):',
        "_reject_anchors finds nothing in a text without & or *: only slower",
    ),
    # checks, part 2 (sourcing, wording, lexicon, context, locate)
    *(
        Equivalent(
            "checks.sourcing.x_brf001_unknown_refs",
            f"near = difflib.get_close_matches({args})",
            "only near[0] is used: get_close_matches puts the best match first whatever n is,"
            " and 0.6 is its default cutoff",
        )
        for args in (
            "c.ref.source, list(ctx.ws.sources), ",
            "c.ref.source, list(ctx.ws.sources), n=2",
            "c.ref.item, ids, cutoff=0.6",
            "c.ref.item, ids, n=1, ",
            "c.ref.item, ids, n=2, cutoff=0.6",
        )
    ),
    Equivalent(
        "checks.sourcing.x_brf007_missing_attribution",
        "if c.source is None and c.item is None:",
        "an item is resolved only when its source is (unknown source: both None), and a None"
        " item is neither a Figure nor a Quote below",
    ),
    Equivalent(
        "checks.sourcing.x_quote_in_body",
        "if not q and q in hay:",
        "a shortcut: a quote found verbatim is found piece by piece too (the loop only widens"
        " the match: first letter's case, insertions); 300,000 random quotes agreed",
    ),
    Equivalent(
        "checks.sourcing.x_brf009_conflicting_figures",
        "assert isinstance(c.item, m.Figure) or isinstance(first.item, m.Figure)",
        "only figures are grouped: both are always Figures (the assert is for the type checker)",
    ),
    Equivalent(
        "checks.sourcing.x_brf009_conflicting_figures",
        "f\"{_q(c.item.subject or 'XXXX')} is {_describe(c)} here but \"",
        "a figure without a subject has no subject key and is never grouped: the '' fallback"
        " is for the type checker",
    ),
    Equivalent(
        "checks.sourcing.x_brf009_conflicting_figures",
        'related=ctx.source_loc(c.source, "value", c.item) if (c.source) or True else None,',
        "a cited figure was resolved from its source: c.source is never None here",
    ),
    Equivalent(
        "checks.sourcing.x_brf010_weak_key_judgments",
        'weak_source = c.source.grade in "XXEFXX"',
        "a grade is one letter A-F (the schema refuses others; no reliability reads as F)",
    ),
    Equivalent(
        "checks.context.xǁContextǁsource_loc",
        'def source_loc(self, source: m.Source, key: str = "XXXX", item: m.Item | None = None)'
        " -> str | None:",
        "a key the positions lack falls back to the start (''): the same place as key ''",
    ),
    *(
        Equivalent(
            "checks.context.xǁTextǁicd",
            f'self._scans["icd"] = lexicon().icd_terms(self.value, {arg})',
            "icd_terms scans the vague phrases itself when not given them: the same list as"
            " self.vague() (only scanned twice)",
        )
        for arg in ("None", "")
    ),
    *(
        Equivalent(
            "checks.wording.x__column",
            f'return "{word}" if used["probability"] > used["likelihood"] else "likelihood"',
            "Row.term and Row.label read every column but 'likelihood' as probability, and"
            " BRF003's message does not name the column",
        )
        for word in ("XXprobabilityXX", "PROBABILITY")
    ),
    Equivalent(
        "checks.wording.x_brf004_mixed_columns",
        'c: [(t, m) for t, m in found if getattr(m.what, "column", ) == c] for c in COLUMNS',
        "icd() matches are always Terms, which have a column: the default is never used",
    ),
    Equivalent(
        "checks.wording.x_brf005_likelihood_with_confidence",
        "if not terms and not levels:",
        "a shortcut: without terms or without levels no sentence has both, nothing is reported",
    ),
    Equivalent(
        "checks.lexicon.xǁLexiconǁ__init__",
        'r"|(?:HIGHLY|MODERATELY|FAIRLY|VERY)\\s+CONFIDENT)(?!\\w)",',
        "the pattern is compiled with re.IGNORECASE",
    ),
    *(
        Equivalent(
            "checks.lexicon.x__alternation",
            f"words = sorted({{_key(p) for p in phrases}}, {key}reverse=True)"
            "  # type: ignore[attr-defined]",
            "only a phrase that extends another ('a', 'a b') needs to come first: reverse"
            " alphabetical order puts it first too",
        )
        for key in ("key=None, ", "")
    ),
    Equivalent(
        "checks.lexicon.x__scan",
        "return [m for m in pattern.finditer(text) if not any(a < m.start() < b for a, b in"
        " masked)]",
        "a quoted span starts with a quote mark or a backtick, a match with a letter: never at"
        " the same index",
    ),
    Equivalent(
        "checks.lexicon.x_sentences",
        "text[max(0, m.start() - 8) : m.start() + 1]",
        "the longest abbreviation is 6 letters: 7 characters back already hold the one before"
        " it, so \\b sees the word's real start; an 8th changes no match",
    ),
    Equivalent(
        "checks.locate.xǁFileTextǁ_align",
        "if col <= len(lines[row]):",
        "one step past a line's end reads as its end ('\\n') too, then moves on: the same"
        " characters are paired",
    ),
    Equivalent(
        "checks.locate.xǁFileTextǁ_escape",
        "return None, 2",
        "an escape that cannot be decoded makes the caller give up at once: the width is unused",
    ),
    # checks, part 1 (icd206, portions, likelihood_ranges, engine, collect, finding)
    *(
        Equivalent(
            "checks.icd206.x_brf001_unknown_text_citations",
            f"near = difflib.get_close_matches({args})",
            "only near[0] is used: get_close_matches puts the best match first whatever n is",
        )
        for args in (
            "mt.source, list(ctx.ws.sources), ",
            "mt.source, list(ctx.ws.sources), n=2",
            "str(mt.item), ids, ",
            "str(mt.item), ids, n=2",
        )
    ),
    *(
        Equivalent(
            "checks.icd206.x_brf016_admiralty_disagreement",
            line,
            "each letter is once in LETTERS: rindex and index agree",
        )
        for line in (
            "if abs(LETTERS.rindex(letter) - (cred - 1)) < 3:",
            'f"{cred} disagree by {abs(LETTERS.rindex(letter) - (cred - 1))} steps; check both "',
        )
    ),
    *(
        Equivalent(
            "checks.icd206.x_brf018_ungraded_sources",
            line,
            "source_loc falls back to the note's start ('') for a key its positions lack: the"
            " same place as key ''",
        )
        for line in ("None,", '"XXXX",')
    ),
    *(
        Equivalent(
            "checks.engine.x_check_brief",
            f"text = decode(read_bytes(Path(brief_path)), {name})",
            "the name only goes into the load error, which is swallowed (text stays None)",
        )
        for name in ("None", "str(None)")
    ),
    *(
        Equivalent(
            "checks.engine.x_check_brief",
            f"-2 if f.{key} is None else f.{key},",
            "section and entry indices are >= 0: -1 and -2 both sort a None first",
        )
        for key in ("section", "entry")
    ),
    Equivalent(
        "checks.portions.x_brf019_portion_below_what_it_cites",
        "if m.marking_rank(mark) >= m.marking_rank(effective.get(key)):",
        "each marking has its own rank: an equal rank is the same marking (or '' for a missing"
        " one, both unmarked)",
    ),
    Equivalent(
        "checks.portions.x_brf019_portion_below_what_it_cites",
        "own = (t.entry.marking if (t.entry) or True else None) or b.marking",
        "only the BLUF has no entry, and it is handled above: t.entry is always set here",
    ),
    *(
        Equivalent(
            "checks.portions.x_brf019_portion_below_what_it_cites",
            f'[src.marking or "", effective.get(mt.key, {arg})],',
            "None and '' both rank as unmarked, and max keeps the first of equal ranks (the"
            " source's marking)",
        )
        for arg in ("None", "")
    ),
    # schema
    Equivalent(
        "schema.x__assign_ids",
        "seen[it.id] = None",
        "the loop that gives ids reads seen only for membership (the one that reports"
        " duplicates, where the item matters, has its own line and is killed)",
    ),
    Equivalent(
        "schema.x__likelihood",
        'hint = f" (for {value:g} % write {value / 100:g})" if 1 <= value <= 100 else ""',
        "a likelihood of exactly 1 is accepted before the hint: 1 < and 1 <= differ only there",
    ),
]


def equivalent_why(mutant: str, line: str) -> str | None:
    function = mutant.removeprefix("briefer.").rsplit("__mutmut_", 1)[0]
    for eq in EQUIVALENT:
        if eq.function == function and " ".join(eq.line.split()) == line:
            return eq.why
    return None


def sh(cmd: list[str], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, text=True, capture_output=True, **kw)  # type: ignore[call-overload]


def make_copy(dest: Path, worktree: bool) -> str:
    """The repository at HEAD (or the working tree) in ``dest``; returns what was copied."""
    head = sh(["git", "rev-parse", "--short", "HEAD"], ROOT).stdout.strip()
    if worktree:
        files = sh(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT)
        for rel in filter(None, files.stdout.split("\0")):
            src = ROOT / rel
            if src.is_file() and not src.is_symlink():
                (dest / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest / rel)
        return f"working tree at {head} (uncommitted edits included)"
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return f"clean copy of commit {head} (git archive HEAD)"


PYTEST_ARGS = ["-p", "no:cacheprovider", "-m", "not slow", "-x", "-q"]


def configure(copy: Path, mod: Module) -> list[str]:
    """Append this module's [tool.mutmut] table to the copy's pyproject; the test files used."""
    tests = [t for t in mod.tests if (copy / t).exists()]
    # mutmut runs the tests inside mutants/: the data they read (briefs/, themes/…) goes too.
    extra = sorted(p.name for p in copy.iterdir() if p.name not in ("briefer", "tests", "mutants"))
    args = PYTEST_ARGS
    table = [
        "",
        "[tool.mutmut]",
        'source_paths = ["briefer"]',
        f"also_copy = {extra!r}".replace("'", '"'),
        f"only_mutate = {mod.paths!r}".replace("'", '"'),
        f"pytest_add_cli_args_test_selection = {tests!r}".replace("'", '"'),
        f"pytest_add_cli_args = {args!r}".replace("'", '"'),
        "use_git_change_detection = false",
        # each mutant's test run forks from a clean server process: forking mutmut's own
        # process (threads, and whatever the stats run left) deadlocked children on a lock,
        # which then "timed out" and would have counted as killed
        'process_isolation = "forkserver"',
        "",
    ]
    with (copy / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write("\n".join(table))
    return tests


STATUS = re.compile(r"^\s*(\S+__mutmut_\d+): (.+)$")


@dataclass
class Result:
    name: str
    tests: list[str]
    status: dict[str, str]  # mutant -> killed / survived / timeout / no tests / …
    lines: dict[str, str]  # mutant -> its changed line (every mutant that was not killed)
    equivalents: dict[str, str]  # mutant -> why no test can kill it
    hand: dict[str, bool]  # hand mutant of a module-level table -> killed?
    seconds: float
    when: str = ""
    what: str = ""

    def count(self, *names: str) -> int:
        return sum(1 for k, v in self.status.items() if v in names and k not in self.equivalents)

    @property
    def killed(self) -> int:
        return self.count("killed", "timeout", "caught by type check") + sum(self.hand.values())

    @property
    def survived(self) -> int:
        hand = sum(1 for k in self.hand.values() if not k)
        return self.count("survived", "no tests", "suspicious") + hand

    @property
    def equivalent(self) -> list[str]:
        return sorted(self.equivalents)

    @property
    def score(self) -> float:
        total = self.killed + self.survived
        return 100.0 * self.killed / total if total else 100.0


def changed_line(copy: Path, mutant: str) -> str:
    diff = sh([sys.executable, "-m", "mutmut", "show", mutant], copy).stdout
    plus = [ln[1:].strip() for ln in diff.splitlines() if ln.startswith("+") and ln[1:2] != "+"]
    return " ".join(" / ".join(plus).split()) or "(a line removed)"


class NotMeasured(Exception):
    """A module that could not be measured (the others still are)."""


def run_hand(mod: Module, copy: Path, tests: list[str], env: dict[str, str]) -> dict[str, bool]:
    """Each hand mutant applied to the copy's source in turn, the module's tests run on it."""
    if not mod.hand:
        return {}
    cmd = ["nice", "-n", "15", sys.executable, "-m", "pytest", *PYTEST_ARGS, *tests]
    if subprocess.run(cmd, cwd=copy, env=env, capture_output=True).returncode != 0:
        raise NotMeasured(f"{mod.name}: the tests fail without any mutant (copy in {copy})")
    killed: dict[str, bool] = {}
    for name, rel, old, new in mod.hand:
        path = copy / rel
        source = path.read_text(encoding="utf-8")
        if source.count(old) != 1:
            raise NotMeasured(f"{mod.name}: hand mutant {name!r}: {old!r} is not once in {rel}")
        path.write_text(source.replace(old, new), encoding="utf-8")
        try:
            rc = subprocess.run(cmd, cwd=copy, env=env, capture_output=True).returncode
        finally:
            path.write_text(source, encoding="utf-8")
        killed[name] = rc != 0
    return killed


def measure(mod: Module, worktree: bool, keep: bool, jobs: int = 1) -> Result:
    tmp = Path(tempfile.mkdtemp(prefix=f"briefer-mutation-{mod.name}-"))
    try:
        what = make_copy(tmp, worktree)
        tests = configure(tmp, mod)
        env = dict(os.environ, BRIEFER_CACHE_DIR=str(tmp / ".cache"), PYTHONDONTWRITEBYTECODE="1")
        start = dt.datetime.now()
        run = subprocess.run(
            ["nice", "-n", "15", sys.executable, "-m", "mutmut", "run"]
            + ["--max-children", str(jobs)],
            cwd=tmp,
            env=env,
            text=True,
            capture_output=True,
        )
        seconds = (dt.datetime.now() - start).total_seconds()
        (tmp / "mutmut-run.log").write_text(run.stdout + run.stderr, encoding="utf-8")
        if run.returncode != 0:
            tail = "\n".join((run.stdout + run.stderr).splitlines()[-30:])
            raise NotMeasured(f"mutmut failed on {mod.name} (copy kept in {tmp}):\n{tail}")
        out = sh([sys.executable, "-m", "mutmut", "results", "--all", "true"], tmp, env=env)
        status = {
            mt.group(1): mt.group(2).strip()
            for mt in map(STATUS.match, out.stdout.splitlines())
            if mt
        }
        if not status:
            raise NotMeasured(f"mutmut made no mutants of {mod.name} (copy kept in {tmp})")
        lines = {
            k: changed_line(tmp, k)
            for k, v in status.items()
            if v not in ("killed", "caught by type check")
        }
        equivalents = {
            k: why
            for k, line in lines.items()
            if status[k] != "timeout" and (why := equivalent_why(k, line)) is not None
        }
        hand = run_hand(mod, tmp, tests, env)
        seconds = (dt.datetime.now() - start).total_seconds()
        when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return Result(mod.name, tests, status, lines, equivalents, hand, seconds, when, what)
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ report
ROW = re.compile(r"^(\w+)\s*\|")  # "startcache|": a 10-letter name leaves no space


def old_sections(text: str) -> dict[str, str]:
    """The per-module sections of an earlier report (kept for modules not measured now)."""
    out: dict[str, str] = {}
    for block in re.split(r"\n(?=## )", text):
        mt = re.match(r"## (\w+)\n", block)
        if mt:
            out[mt.group(1)] = block.rstrip() + "\n"
    return out


def old_rows(text: str) -> dict[str, str]:
    rows: dict[str, str] = {}
    for line in text.splitlines():
        mt = ROW.match(line)
        if mt and mt.group(1) in {m.name for m in MODULES} and "not measured" not in line:
            rows[mt.group(1)] = line
    return rows


def section(r: Result) -> str:
    out = [f"## {r.name}", ""]
    out.append(f"measured {r.when} on a {r.what}, in {r.seconds / 60:.1f} min")
    out.append("tests: " + " ".join(r.tests))
    out.append("")
    if r.equivalent:
        out.append("equivalent (left out of the score):")
        for k in r.equivalent:
            out.append(f"  {k}: {r.lines[k]}")
            out.append(f"      why: {r.equivalents[k]}")
        out.append("")
    if r.hand:
        done = sum(r.hand.values())
        out.append(f"module-level tables (hand mutants): {done} of {len(r.hand)} killed")
        out.extend(f"  survived: {k}" for k, v in r.hand.items() if not v)
        out.append("")
    slow = sorted(k for k in r.lines if r.status[k] == "timeout")
    if slow:
        out.append("timed out (counted as killed: the tests hung or ran 15 times too long):")
        out.extend(f"  {k}: {r.lines[k]}" for k in slow)
        out.append("")
    surv = sorted(k for k in r.lines if k not in r.equivalents and r.status[k] != "timeout")
    if surv:
        out.append("survived:")
        for k in surv:
            out.append(f"  {k} ({r.status[k]}): {r.lines[k]}")
        out.append("")
    return "\n".join(out) + "\n"


def row(r: Result) -> str:
    flag = "ok" if r.score >= TARGET else "BELOW"
    return (
        f"{r.name:<10}| {len(r.status) + len(r.hand):>9} | {r.killed:>6} | {r.survived:>8} | "
        f"{len(r.equivalent):>10} | {r.score:>6.1f} % | {flag:<5} | {r.when}"
    )


def write_report(results: list[Result]) -> None:
    old = REPORT.read_text(encoding="utf-8") if REPORT.exists() else ""
    rows, sections = old_rows(old), old_sections(old)
    for r in results:
        rows[r.name] = row(r)
        sections[r.name] = section(r)
    head = (
        "# Mutation testing of briefer's core (tools/mutation.py, mutmut 3)\n\n"
        "score = killed / (killed + survived); equivalent mutants are left out and listed\n"
        "with why; timeouts count as killed, mutants no test reaches as survived.\n"
        "generated = every mutant mutmut made (equivalents included). Target: >= 85 %.\n"
        "mutmut mutates function bodies only: module-level regexes and tables are mutated\n"
        "by hand where listed (hand mutants, one entry left out or loosened at a time),\n"
        "run against the same tests and counted in the score.\n\n"
    )
    table = [
        "module    | generated | killed | survived | equivalent |  score   | >=85% | measured",
        "----------|-----------|--------|----------|------------|----------|-------|---------",
    ]
    measured = []
    for mod in MODULES:
        if mod.name in rows:
            table.append(rows[mod.name])
            measured.append(mod.name)
        else:
            table.append(f"{mod.name:<10}| not measured yet")
    pending = [m.name for m in MODULES if m.name not in measured]
    foot = ["", f"this run: {', '.join(r.name for r in results)} ({results[-1].what})"]
    foot.append("not measured yet: " + (", ".join(pending) if pending else "none"))
    body = "".join(sections[m.name] + "\n" for m in MODULES if m.name in sections)
    REPORT.write_text(head + "\n".join(table + foot) + "\n\n" + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    names = [m.name for m in MODULES]
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("modules", nargs="*", metavar="MODULE", help=f"of {', '.join(names)}")
    ap.add_argument("--worktree", action="store_true", help="measure the working tree, not HEAD")
    ap.add_argument("--keep", action="store_true", help="keep the temporary copies")
    ap.add_argument("--list", action="store_true", help="print the modules and their tests")
    ap.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="test processes at a time (default 1)"
    )
    args = ap.parse_args(argv)
    unknown = [n for n in args.modules if n not in names]
    if unknown:
        ap.error(f"unknown module {', '.join(unknown)} (one of {', '.join(names)})")
    by_name = {m.name: m for m in MODULES}
    chosen = [by_name[n] for n in dict.fromkeys(args.modules)] if args.modules else MODULES
    if args.list:
        for mod in chosen:
            print(f"{mod.name}: {' '.join(mod.paths)}\n    " + "\n    ".join(mod.tests))
        return 0
    if importlib.util.find_spec("mutmut") is None:
        print("mutmut is not installed: pip install mutmut", file=sys.stderr)
        return 1
    if shutil.which("nice") is None:
        print("nice is not installed (coreutils)", file=sys.stderr)
        return 1
    results = []
    failed = []
    for mod in chosen:
        print(f"{mod.name}: mutating {' '.join(mod.paths)} ...", flush=True)
        try:
            r = measure(mod, args.worktree, args.keep, max(1, args.jobs))
        except NotMeasured as e:
            print(f"{mod.name}: NOT MEASURED: {e}", file=sys.stderr, flush=True)
            failed.append(mod.name)
            continue
        print(f"{mod.name}: {r.killed} killed, {r.survived} survived: {r.score:.1f} %", flush=True)
        results.append(r)
        write_report(results)  # after each module: a long run keeps what it has
    return 0 if not failed and all(r.score >= TARGET for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
