"""Issue #11, hostile input: numbers out of range, dates that are not dates, special files,
floods of problems, raw control characters, duplicate ids, edits that keep mtime and size.
Each test failed on the code before the fix."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from briefer import config
from briefer import model as m
from briefer.cli import main
from briefer.errors import ChangedOnDisk, LoadError
from briefer.schema import load_brief, load_source, save_brief
from briefer.workspace import Workspace
from briefer.yamlio import MAX_BYTES, read_bytes

GOOD = "title: Harbour cranes\ntakes:\n  - text: Cranes idle at the harbour.\n"
HUGE = "9" * 5000


def workspace(tmp_path: Path, **notes: str) -> Path:
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "good.yaml").write_text(GOOD)
    for name, text in notes.items():
        (tmp_path / "sources" / f"{name}.yaml").write_text(text)
    return tmp_path


def problems_by_file(ws: Workspace) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in ws.errors:
        out.setdefault(Path(p.path).name, []).append(f"{p.line}:{p.col}: {p.message}")
    return out


# ------------------------------------------------------------------ 1. numbers


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("value", f"title: t\nfigures:\n  - value: {HUGE}\n"),
        ("credibility", f"title: t\ntakes:\n  - text: x\n    credibility: {HUGE}\n"),
        ("span", f"title: t\ntakes:\n  - text: x\n    span: [0, {HUGE}]\n"),
    ],
    ids=["value", "credibility", "span"],
)
def test_a_5000_digit_number_is_one_located_problem(tmp_path, field, text):
    ws = Workspace.load(workspace(tmp_path, big=text), use_cache=False)
    assert "good" in ws.sources  # the rest loads
    [problem] = [p for p in ws.errors if p.path.endswith("big.yaml")]
    assert problem.line in (3, 4) and problem.col > 1
    assert field in problem.message and "5,000 characters" in problem.message
    assert len(str(problem)) < 600  # the number is not printed whole


def test_a_huge_stale_days_in_settings_or_config(tmp_path, capsys):
    root = workspace(tmp_path)
    (root / "briefer.yaml").write_text(f"stale_days: {HUGE}\n")
    ws = Workspace.load(root, use_cache=False)
    assert "good" in ws.sources
    [problem] = ws.errors
    assert (Path(problem.path).name, problem.line, problem.col) == ("briefer.yaml", 1, 13)
    cfg = Path(os.environ["BRIEFER_CONFIG"])
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(f"theme: briefer-light\nstale_days: {HUGE}\n")
    loaded, cfg_problems = config.load()
    assert loaded == m.Config() and [(p.line, p.col) for p in cfg_problems] == [(2, 13)]
    assert main(["items", str(root)]) == 0
    captured = capsys.readouterr()
    assert "good/t1" in captured.out and "internal error" not in captured.err


@pytest.mark.parametrize("raw", ["1e400", "1e308", "0.1e-400", "-1e19", "1.23456789012345678"])
def test_floats_out_of_range_or_precision_are_refused(tmp_path, raw):
    note = workspace(tmp_path) / "sources" / "f.yaml"
    note.write_text(f"title: t\nfigures:\n  - value: {raw}\n")
    with pytest.raises(LoadError) as info:
        load_source(note)
    [problem] = info.value.problems
    assert (problem.line, problem.col) == (3, 12) and "out of range" in problem.message


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("0.25", "0.25"),
        ("1e-7", "0.0000001"),
        ("123456789012345.6", "123,456,789,012,345.6"),
        ("2500000", "2.5 million"),
        ("1.5e3", "1,500"),
        ("999999999999999999", "999,999,999,999,999,999"),
    ],
)
def test_a_figure_prints_in_its_own_precision(tmp_path, raw, shown):
    note = workspace(tmp_path) / "sources" / "f.yaml"
    note.write_text(f"title: t\nfigures:\n  - value: {raw}\n")
    assert m.format_number(load_source(note).figures[0].value) == shown


def test_format_number_never_prints_inf_or_invented_digits():
    assert "inf" not in m.format_number(float("inf"))
    assert m.format_number(0.1 + 0.2) == "0.30000000000000004"  # repr's digits, no more
    assert m.format_number(1e-7) == "0.0000001"  # was "0"


def test_refresh_survives_a_huge_number_dropped_in(tmp_path):
    root = workspace(tmp_path)
    ws = Workspace.load(root)
    (root / "sources" / "big.yaml").write_text(f"title: t\nfigures:\n  - value: {HUGE}\n")
    (root / "sources" / "new.yaml").write_text(GOOD.replace("Harbour", "Rail"))
    assert ws.refresh() is True
    assert {"good", "new"} <= ws.sources.keys()
    assert list(problems_by_file(ws)) == ["big.yaml"]


# -------------------------------------------------------------------- 2. dates


@pytest.mark.parametrize(
    ("line", "where"),
    [
        ("published: 2026-13-45", (2, 12)),
        ("accessed: yesterday", (2, 11)),
        ("published: 2026-02-30", (2, 12)),
        ("published: 26-1-2", (2, 12)),
    ],
)
def test_dates_that_are_not_dates(tmp_path, line, where):
    note = workspace(tmp_path) / "sources" / "d.yaml"
    note.write_text(f"title: t\n{line}\n")
    with pytest.raises(LoadError) as info:
        load_source(note)
    [problem] = info.value.problems
    assert (problem.line, problem.col) == where
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in problem.message


def test_item_and_brief_dates_are_checked_too(tmp_path):
    note = workspace(tmp_path) / "sources" / "d.yaml"
    note.write_text(
        "title: t\npublished: 2026\naccessed: 2026-11\nquotes:\n  - text: q\n"
        "    date: last week\nfigures:\n  - value: 1\n    as_of: 2026-00\n"
    )
    with pytest.raises(LoadError) as info:
        load_source(note)
    assert [(p.line, p.col) for p in info.value.problems] == [(6, 11), (9, 12)]
    brief = tmp_path / "b.brief.yaml"
    brief.write_text("title: b\ndate: 2026-11-31\nsections: []\n")
    with pytest.raises(LoadError, match="'date' must be a date"):
        load_brief(brief)


# ----------------------------------------------------------- 3. special files


def test_special_files_in_sources_are_one_problem_each(tmp_path):
    root = workspace(tmp_path)
    src = root / "sources"
    os.mkfifo(src / "fifo.yaml")
    (src / "zero.yaml").symlink_to("/dev/zero")
    (src / "loop-a.yaml").symlink_to("loop-b.yaml")
    (src / "loop-b.yaml").symlink_to("loop-a.yaml")
    (src / "dangling.yaml").symlink_to("nowhere.yaml")
    (src / "linked.yaml").symlink_to("good.yaml")  # a link to a regular file loads
    (src / "dup-a.yaml").write_text("id: same\n" + GOOD)
    (src / "dup-b.yaml").write_text("id: same\n" + GOOD)
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(src / "sock.yaml"))
        ws = Workspace.load(root, use_cache=False)  # returns: the FIFO is never opened
    found = problems_by_file(ws)
    assert found == {
        "dangling.yaml": [
            "1:1: cannot read: a dangling symbolic link (to nowhere.yaml, which does not exist)"
        ],
        "fifo.yaml": ["1:1: not a regular file (named pipe); not read"],
        "loop-a.yaml": ["1:1: cannot read: a symbolic link loop"],
        "loop-b.yaml": ["1:1: cannot read: a symbolic link loop"],
        "sock.yaml": ["1:1: not a regular file (socket); not read"],
        "zero.yaml": ["1:1: not a regular file (character device); not read"],
        # two notes with the same id: both reported, neither loaded under it
        "dup-a.yaml": [
            f"1:5: source id 'same' is also used by {src / 'dup-b.yaml'}; "
            "neither note is loaded until each has its own id"
        ],
        "dup-b.yaml": [
            f"1:5: source id 'same' is also used by {src / 'dup-a.yaml'}; "
            "neither note is loaded until each has its own id"
        ],
    }
    assert set(ws.sources) == {"good", "linked"}


def test_dev_zero_says_what_it_is():
    with pytest.raises(LoadError) as info:
        read_bytes(Path("/dev/zero"))
    assert "character device" in str(info.value) and "UTF-16" not in str(info.value)


def test_a_fifo_brief_or_settings_file_is_reported_not_opened(tmp_path, capsys):
    root = workspace(tmp_path)
    os.mkfifo(root / "briefer.yaml")
    os.mkfifo(root / "pipe.brief.yaml")
    (root / "gone.brief.yaml").symlink_to("missing.brief.yaml")
    (root / "ok.brief.yaml").write_text("title: ok\nsections: []\n")
    ws = Workspace.load(root, use_cache=False)
    assert [p.name for p in ws.brief_paths()] == ["ok.brief.yaml"]
    found = problems_by_file(ws)
    assert found["briefer.yaml"] == ["1:1: not a regular file (named pipe); not read"]
    assert found["pipe.brief.yaml"] == ["1:1: not a regular file (named pipe); not read"]
    assert "dangling symbolic link" in found["gone.brief.yaml"][0]
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out
    assert "pipe.brief.yaml:1:1: LOAD error: not a regular file (named pipe)" in out


def test_a_file_that_grows_past_the_limit_while_read_is_capped(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (MAX_BYTES + 10))
    with pytest.raises(LoadError, match="limit is 10 MiB"):
        read_bytes(big)


# ------------------------------------------------------------------ 9. floods


def test_a_flood_of_unknown_keys_is_capped(tmp_path, capsys):
    lines = "".join(f"k{i}: v\n" for i in range(50_000))
    root = workspace(tmp_path, flood="title: t\n" + lines)
    ws = Workspace.load(root, use_cache=False)
    flood = problems_by_file(ws)["flood.yaml"]
    assert len(flood) == 21
    assert flood[0].startswith("2:1: unknown key 'k0'")
    assert flood[-1].endswith("… and 49,980 more problems in this file")
    assert main(["items", str(root)]) == 0
    assert len(capsys.readouterr().err.splitlines()) < 100


def test_many_control_characters_are_capped_too(tmp_path):
    note = tmp_path / "c.yaml"
    note.write_text("title: t\nsummary: " + "\x01" * 500 + "\n")
    with pytest.raises(LoadError) as info:
        load_source(note)
    assert len(info.value.problems) == 21
    assert "more problem" in info.value.problems[-1].message


# ---------------------------------------------------- 10. control characters


def test_a_raw_control_character_is_reported_where_it_is(tmp_path):
    note = tmp_path / "c.yaml"
    note.write_text("title: t\nsummary: ab\x07cd\n")
    with pytest.raises(LoadError) as info:
        load_source(note)
    [problem] = info.value.problems
    assert (problem.line, problem.col) == (2, 12)
    assert "U+0007" in problem.message
    assert str(problem).splitlines()[2] == " " * 4 + " " * 11 + "^"


# ------------------------------------------------------- 5. external edits


def _same_size_edit_keeping_mtime(path: Path, old: str, new: str) -> None:
    st = path.stat()
    text = path.read_text()
    assert len(old) == len(new) and old in text
    path.write_text(text.replace(old, new))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # touch -r
    assert (path.stat().st_mtime_ns, path.stat().st_size) == (st.st_mtime_ns, st.st_size)


def test_save_never_overwrites_an_edit_that_kept_mtime_and_size(tmp_path):
    path = tmp_path / "b.brief.yaml"
    path.write_text("title: Weekly one\nsections: []\n")
    brief, stamp = load_brief(path)
    _same_size_edit_keeping_mtime(path, "Weekly one", "Weekly two")
    brief.bluf = "Mine."
    with pytest.raises(ChangedOnDisk, match="changed on disk"):
        save_brief(brief, path, stamp)
    assert "Weekly two" in path.read_text()


def test_the_parse_cache_sees_an_edit_that_kept_mtime_and_size(tmp_path):
    root = workspace(tmp_path)
    note = root / "sources" / "good.yaml"
    Workspace.load(root)  # fills the cache
    _same_size_edit_keeping_mtime(note, "Cranes idle", "Cranes held")
    assert Workspace.load(root).sources["good"].takes[0].text == "Cranes held at the harbour."
    ws = Workspace.load(root)
    _same_size_edit_keeping_mtime(note, "Cranes held", "Cranes seen")
    assert ws.refresh() is True
    assert ws.sources["good"].takes[0].text == "Cranes seen at the harbour."


def test_an_old_cache_entry_is_trusted_without_reading(tmp_path, monkeypatch):
    import briefer.workspace as wsmod

    root = workspace(tmp_path)
    note = root / "sources" / "good.yaml"
    os.utime(note, ns=(10**18, 10**18))  # long ago ... in the future: not "racy" either way
    monkeypatch.setattr(wsmod, "RACY_NS", -(10**19))
    Workspace.load(root)
    reads = []
    real = wsmod._digest
    monkeypatch.setattr(wsmod, "_digest", lambda p: reads.append(p) or real(p))
    assert "good" in Workspace.load(root).sources and reads == []


def test_a_note_readable_only_by_others_is_a_problem(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    root = workspace(tmp_path)
    note = root / "sources" / "good.yaml"
    note.chmod(0)
    ws = Workspace.load(root, use_cache=False)
    assert "Permission denied" in problems_by_file(ws)["good.yaml"][0]
    note.chmod(stat.S_IRUSR | stat.S_IWUSR)


# ------------------------------------- the importer writes only what loads again


def test_an_imported_note_with_impossible_dates_and_numbers_loads(tmp_path):
    from briefer.extract import extract, write_note

    article = (
        "# Border report\n\nFebruary 30, 2025\n\n"
        "As of February 30, 2025, about 15,000 soldiers were sent, officials said. "
        "Officials said 99,999,999,999,999,999,999 shells were made.\n"
    )
    written = write_note(extract(article, name="a.txt"), tmp_path)
    back = load_source(written)  # raised LoadError: '2025-02-30' and a 20-digit value
    assert back.published is None
    assert [f.value for f in back.figures] == [15000]
    assert back.figures[0].as_of is None


def test_a_huge_unknown_key_is_shortened_in_the_message(tmp_path):
    note = tmp_path / "k.yaml"
    note.write_text("title: t\n" + "k" * 1000 + ": v\n")  # YAML allows keys to 1024
    with pytest.raises(LoadError) as info:
        load_source(note)
    [problem] = info.value.problems
    assert (problem.line, problem.col) == (2, 1) and "1,000 characters" in problem.message
    assert len(problem.message) < 300


def test_naming_a_fifo_brief_on_the_command_line(tmp_path, capsys):
    root = workspace(tmp_path)
    os.mkfifo(root / "pipe.brief.yaml")
    for args in (["check"], ["export"], []):
        assert main([*args, str(root / "pipe.brief.yaml")]) in (1, 2)
        err = capsys.readouterr().err
        assert "pipe.brief.yaml" in err and "named pipe" in err, (args, err)
