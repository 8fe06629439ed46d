"""Workspace loading: per-file errors, the index, search and the warm-start cache."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer import workspace as wsmod
from briefer.cli import main
from briefer.workspace import NotAWorkspace, Workspace, find_workspace

GOOD = "title: The good note\ntags: [ports]\ntakes:\n  - text: Cranes idle at the harbour.\n"

HAZARDS: dict[str, bytes] = {
    "alias.yaml": b"title: &t x\nsummary: *t\n",
    "pytag.yaml": b"title: !!python/object/apply:os.system ['echo pwned']\n",
    "dupkey.yaml": b"title: a\ntitle: b\n",
    "tabs.yaml": b"title: x\ntakes:\n\t- text: y\n",
    "toplist.yaml": b"- title: x\n",
    "empty.yaml": b"",
    "utf16.yaml": codecs.BOM_UTF16_LE + "title: x\n".encode("utf-16-le"),
    "latin1.yaml": b"title: caf\xe9\n",
    "unknown.yaml": b"title: x\nreliabilty: B\n",
    "value.yaml": b"title: x\nfigures:\n  - value: many\n",
    "grade.yaml": b"title: x\nreliability: Z\n",
    "notitle.yaml": b"kind: article\n",
    "dupid.yaml": b"title: x\ntakes:\n  - id: t1\n    text: a\n  - id: t1\n    text: b\n",
    "badid.yaml": b"id: Not A Slug\ntitle: x\n",
    "big.yaml": b"title: x\nnotes: " + b"a" * (10 * 1024 * 1024 + 1) + b"\n",
}


@pytest.fixture
def broken_ws(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "good.yaml").write_text(GOOD)
    for name, data in HAZARDS.items():
        (tmp_path / "sources" / name).write_bytes(data)
    (tmp_path / "bad.brief.yaml").write_text(
        "title: B\nsections:\n  - heading: H\n    entries:\n      - ref: good\n"
    )
    return tmp_path


def test_sample_workspace_loads_clean(sample_ws):
    ws = Workspace.load(sample_ws)
    assert ws.errors == []
    assert len(ws.sources) >= 8 and len(ws.brief_paths()) >= 2
    assert ws.resolve("nk-artillery-2026/q1").item.speaker == "Xavier Brunson"
    assert ws.resolve("nk-artillery-2026/zz") is None and ws.resolve("bad ref") is None


def test_one_bad_file_never_stops_the_rest(broken_ws):
    ws = Workspace.load(broken_ws)
    assert list(ws.sources) == ["good"]
    bad_files = {Path(p.path).name for p in ws.errors}
    assert bad_files == set(HAZARDS)
    for p in ws.errors:
        assert p.line >= 1 and p.col >= 1 and p.message


def test_check_names_every_bad_file_and_items_still_lists_the_good_one(broken_ws, capsys):
    assert main(["check", str(broken_ws)]) == 1
    out = capsys.readouterr().out
    for name in HAZARDS:
        assert f"{broken_ws / 'sources' / name}:" in out, name
    assert f"{broken_ws / 'bad.brief.yaml'}:5:" in out
    assert "Traceback" not in out
    assert main(["items", str(broken_ws), "--json"]) == 0
    captured = capsys.readouterr()
    rows = json.loads(captured.out)
    assert [r["ref"] for r in rows] == ["good/t1"]
    assert rows[0] == {
        "ref": "good/t1",
        "kind": "take",
        "text": "Cranes idle at the harbour.",
        "source": "good",
        "source_title": "The good note",
        "grade": "F",
    }
    assert "dupkey.yaml:2:1: duplicate key 'title'" in captured.err


def test_duplicate_source_id_across_files(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.yaml").write_text("id: same\ntitle: A\n")
    (tmp_path / "sources" / "b.yaml").write_text("id: same\ntitle: B\n")
    ws = Workspace.load(tmp_path)
    assert "same" not in ws.sources  # neither wins by file name (issue #11)
    assert [(Path(p.path).name, p.line) for p in ws.errors] == [("a.yaml", 1), ("b.yaml", 1)]
    assert "also used by" in ws.errors[0].message and "b.yaml" in ws.errors[0].message


def test_search_all_words_case_insensitive(sample_ws):
    ws = Workspace.load(sample_ws)
    hits = ws.search("brunson SPACE")
    assert [h.ref for h in hits] == ["nk-artillery-2026/q1"]
    assert all(h.item.kind == "figure" for h in ws.search("", "figure"))
    soldiers = ws.search("soldiers", "figure")
    assert soldiers and all(
        "soldier" in (h.item.unit or h.item.subject or "").lower()
        or "soldier" in h.item.text.lower()
        for h in soldiers
    )
    narrower = ws.search("soldiers russia", "figure")
    assert {h.ref for h in narrower} <= {h.ref for h in soldiers}
    assert ws.search("zzzz-no-such-word") == []
    # Widening again after a narrower query still finds everything.
    assert len(ws.search("soldiers", "figure")) == len(soldiers)


def test_search_matches_tags_and_attribution(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.yaml").write_text(
        "title: Harbour\ntags: [logistics]\nfigures:\n  - value: 3\n    unit: cranes\n"
        "    attribution: Port authority\n"
    )
    ws = Workspace.load(tmp_path)
    assert [h.ref for h in ws.search("LOGISTICS authority")] == ["s/f1"]
    assert ws.search("cranes", "take") == []


def test_warm_start_uses_the_cache_and_notices_changes(sample_ws, monkeypatch):
    Workspace.load(sample_ws)  # cold: fills the cache
    calls = []
    real = wsmod._parse_source
    monkeypatch.setattr(wsmod, "_parse_source", lambda p: calls.append(Path(p).name) or real(p))
    warm = Workspace.load(sample_ws)
    assert calls == [] and len(warm.sources) >= 8
    note = sample_ws / "sources" / "nk-artillery-2026.yaml"
    note.write_text(note.read_text().replace("North Korea's military moves", "Changed title"))
    os.utime(note, ns=(1, 1))  # even a file with an older mtime but another size is re-read
    again = Workspace.load(sample_ws)
    assert calls == ["nk-artillery-2026.yaml"]
    assert again.sources["nk-artillery-2026"].title.startswith("Changed title")


def test_corrupt_cache_is_ignored(sample_ws):
    Workspace.load(sample_ws)
    for f in Path(os.environ["BRIEFER_CACHE_DIR"]).iterdir():
        f.write_bytes(b"not a pickle")
    assert len(Workspace.load(sample_ws).sources) >= 8


def test_find_workspace(sample_ws, tmp_path):
    brief = next(sample_ws.glob("*.brief.yaml"))
    assert find_workspace(brief) == sample_ws
    with pytest.raises(NotAWorkspace, match="not a briefer workspace"):
        find_workspace(tmp_path / "ws" / "sources")
    with pytest.raises(NotAWorkspace, match="no such file"):
        find_workspace(tmp_path / "nope")


def test_new_brief_from_template(tmp_path, capsys):
    (tmp_path / "briefer.yaml").write_text("author: A. Person\nmarking: TLP:AMBER\n")
    assert main(["new", str(tmp_path / "weekly"), "--title", "Weekly"]) == 0
    created = tmp_path / "weekly.brief.yaml"
    assert capsys.readouterr().out.strip() == str(created)
    from briefer.schema import load_brief

    brief, _ = load_brief(created)
    assert (brief.title, brief.author, brief.marking) == ("Weekly", "A. Person", "TLP:AMBER")
    assert [s.heading for s in brief.sections] == ["Key judgments", "Background", "Outlook"]
    assert main(["new", str(created)]) == 1  # never replaces an existing brief
    assert "already exists" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["items", "--kind", "banana"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_paths_command(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFER_CONFIG", str(tmp_path / "c" / "config.yaml"))
    assert main(["paths"]) == 0
    out = capsys.readouterr().out
    assert f"config file:      {tmp_path / 'c' / 'config.yaml'}" in out
    assert "cache:" in out and "data:" in out and "user themes:" in out
    assert not (tmp_path / "c").exists()  # nothing is created by asking


def test_headless_commands_never_import_textual(sample_ws):
    code = (
        "import sys; from briefer.cli import main; "
        f"rc = main(['check', {str(sample_ws)!r}]); "
        f"main(['items', {str(sample_ws)!r}, '--json']); "
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.')]; "
        "print('LEAK', bad, file=sys.stderr) if bad else None; "
        "sys.exit(10 + rc if bad else rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_python_dash_m_briefer_check_sample():
    from conftest import SAMPLE

    result = subprocess.run(
        [sys.executable, "-m", "briefer", "check", str(SAMPLE)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " error:" not in result.stdout


def test_refresh_picks_up_changed_added_and_removed_notes(sample_ws, monkeypatch):
    ws = Workspace.load(sample_ws)
    assert ws.refresh() is False  # nothing changed
    calls = []
    real = wsmod._parse_source
    monkeypatch.setattr(wsmod, "_parse_source", lambda p: calls.append(Path(p).name) or real(p))
    kept = ws.sources["nk-treaty-2024"]
    note = sample_ws / "sources" / "nk-artillery-2026.yaml"
    note.write_text(note.read_text().replace("North Korea's military moves", "Renamed note"))
    (sample_ws / "sources" / "new-note.yaml").write_text(GOOD)
    (sample_ws / "sources" / "nk-casualties-2025.yaml").unlink()
    assert ws.search("cranes") == []
    assert ws.refresh() is True
    assert sorted(calls) == ["new-note.yaml", "nk-artillery-2026.yaml"]
    assert ws.sources["nk-artillery-2026"].title.startswith("Renamed note")
    assert "nk-casualties-2025" not in ws.sources and "new-note" in ws.sources
    assert ws.sources["nk-treaty-2024"] is kept  # unchanged notes are the same objects
    assert [h.ref for h in ws.search("cranes")] == ["new-note/t1"]  # the index follows


def test_refresh_reports_a_note_that_broke_and_rereads_settings(sample_ws):
    ws = Workspace.load(sample_ws)
    (sample_ws / "sources" / "nk-treaty-2024.yaml").write_text("title: [unclosed\n")
    (sample_ws / "briefer.yaml").write_text("stale_days: 7\n")
    assert ws.refresh() is True
    assert "nk-treaty-2024" not in ws.sources and ws.stale_days == 7
    assert [Path(p.path).name for p in ws.errors] == ["nk-treaty-2024.yaml"]
