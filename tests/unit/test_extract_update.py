"""The same article imported twice (issue 19, point 9) and inputs too big for a note
(issue 11, item 8): `briefer import` names the note it already is and offers --update,
which refreshes that note without touching what the analyst did."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefer import model as m
from briefer.errors import BrieferError
from briefer.extract import check_size, extract, write_note
from briefer.extract.update import find_existing, merge, same_url, update_note
from briefer.schema import load_source, save_source
from briefer.yamlio import MAX_BYTES

FIRST = """Ferry strike enters its second week

Harbour director Lena Marsh said on Monday that no sailings would run before Friday at the earliest.

“We cannot move a single boat without the crews on board,” she said.

About 40 ferries are idle, the port office said.
"""
# the same story a day later: one paragraph more
SECOND = (
    FIRST
    + """
Talks resume on Thursday, and the union says 300 sailors will join the strike.
"""
)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", "import", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def test_same_text_is_found_and_the_cli_offers_update(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    first = _run("a.txt", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    (tmp_path / "copy.txt").write_text(FIRST.replace("\n", "\r\n"), encoding="utf-8")
    again = _run("copy.txt", cwd=tmp_path)
    assert again.returncode == 1
    assert "already the note sources/ferry-strike-enters-its-second-week.yaml" in again.stderr
    assert "(the same text)" in again.stderr and "--update" in again.stderr
    assert sorted(p.name for p in (tmp_path / "sources").iterdir()) == [
        "ferry-strike-enters-its-second-week.yaml"
    ]
    forced = _run("copy.txt", "--new", cwd=tmp_path)
    assert forced.returncode == 0 and "second-week-2.yaml" in forced.stdout


def test_same_url_is_found(tmp_path: Path) -> None:
    old = extract(FIRST)
    old.url = "https://www.example.org/news/ferry-strike/"
    write_note(old, tmp_path)
    new = extract("Ferry strike, updated\n\nAll new wording of the story today, nothing alike.")
    new.url = "http://example.org/news/ferry-strike?utm_source=feed#top"
    hit = find_existing(new, tmp_path)
    assert hit is not None and hit[1] == "the same URL"
    assert not same_url("https://example.org/a", "https://example.org/b")
    assert (
        find_existing(extract("Other story\n\nSomething else entirely happened."), tmp_path) is None
    )


def test_update_keeps_the_analysts_work_and_adds_new_items(tmp_path: Path) -> None:
    path = write_note(extract(FIRST), tmp_path)
    note = load_source(path)
    # the analyst grades the note, edits a quote's speaker, grades a figure, drops a take
    note.reliability, note.marking, note.title = "B", "TLP:AMBER", "Ferry strike (edited)"
    note.quotes[0].speaker, note.quotes[0].credibility = "L. Marsh", 2
    note.figures[0].credibility = 3
    dropped = note.takes.pop()
    save_source(note, path, _stamp(path))
    kept, added = update_note(path, extract(SECOND))
    after = load_source(path)
    assert (after.reliability, after.marking, after.title) == (
        "B",
        "TLP:AMBER",
        "Ferry strike (edited)",
    )
    assert (after.quotes[0].speaker, after.quotes[0].credibility) == ("L. Marsh", 2)
    assert after.figures[0].credibility == 3 and after.figures[0].id == "f1"
    assert after.body == SECOND
    # the new paragraph's figure is added with a new id; the dropped take stays dropped
    assert [f.value for f in after.figures] == [40, 300]
    assert after.figures[1].id == "f2"
    assert dropped.text not in [t.text for t in after.takes]
    assert (kept, added) == (len(note.items()), 1)
    body = after.body or ""
    for q in after.quotes:
        assert q.span and body[q.span[0] : q.span[1]] == q.text


def _stamp(path: Path):  # noqa: ANN202
    from briefer.yamlio import FileStamp

    return FileStamp.of(path, path.read_bytes())


def test_update_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    assert _run("a.txt", cwd=tmp_path).returncode == 0
    (tmp_path / "a.txt").write_text(SECOND, encoding="utf-8")
    # the new text is not the same text: it is found by neither URL nor text
    run = _run("a.txt", "--update", cwd=tmp_path)
    assert run.returncode == 1 and "no note in sources has this article" in run.stderr
    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    run = _run("a.txt", "--update", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "updated:" in run.stdout and "0 new" in run.stdout


def test_merge_relocates_spans_when_text_moves() -> None:
    old = extract(FIRST)
    moved = extract(
        "Ferry strike enters its second week\n\nA new first paragraph.\n\n"
        + FIRST.split("\n\n", 1)[1]
    )
    merged, _kept, _added = merge(old, moved)
    body = merged.body or ""
    for q in merged.quotes:
        assert q.span and body[q.span[0] : q.span[1]] == q.text


def test_inputs_whose_note_would_be_too_big_are_refused_up_front(tmp_path: Path) -> None:
    big = "Big\n\n" + ("A line of text that goes on. " * 40 + "\n") * (MAX_BYTES // 1200)
    with pytest.raises(BrieferError, match="over the 10 MiB a source note may have"):
        check_size(big, "big.txt")
    check_size("Small\n\nA small article.", "small.txt")  # no error
    path = tmp_path / "big.txt"
    path.write_text(big[: MAX_BYTES - 10], encoding="utf-8")
    run = _run(str(path), "-o", str(tmp_path / "s"), cwd=tmp_path)
    assert run.returncode == 1 and "split the article" in run.stderr
    assert not (tmp_path / "s").exists()


def test_write_note_refuses_a_note_over_the_limit(tmp_path: Path) -> None:
    src = m.Source(id="x", title="X", body="y" * (MAX_BYTES + 10))
    with pytest.raises(BrieferError, match="over the 10 MiB"):
        write_note(src, tmp_path)
    assert list(tmp_path.iterdir()) == []
