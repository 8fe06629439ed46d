"""briefer import on the command line: input decoding, writing the note (never
overwriting), the summary, errors, and the saved note loading back exactly."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer import model as m
from briefer.cli import main
from briefer.errors import BrieferError
from briefer.extract import extract, read_input, summary, write_note
from briefer.schema import load_source

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
PATTERNS = ARTICLES / "patterns.txt"


def _item_texts(src: m.Source) -> list[tuple[str, object]]:
    body = src.body or ""
    return [(it.id, body[it.span[0] : it.span[1]]) for it in src.items() if it.span]


@pytest.mark.parametrize(
    "article", sorted(p.name for p in ARTICLES.rglob("*") if p.suffix in (".txt", ".md", ".html"))
)
def test_saved_note_loads_back_identical(tmp_path: Path, article: str) -> None:
    path = next(ARTICLES.rglob(article))
    src = extract(path.read_text(encoding="utf-8"), name=path.name)
    written = write_note(src, tmp_path)
    back = load_source(written)
    assert back.body == src.body
    assert back.takes == src.takes and back.quotes == src.quotes
    assert back.figures == src.figures
    assert _item_texts(back) == _item_texts(src)
    assert back.id == written.stem == src.id
    assert (back.title, back.author, back.published) == (src.title, src.author, src.published)


def test_awkward_bodies_round_trip(tmp_path: Path) -> None:
    """Trailing spaces, tabs, leading indentation and odd line ends force other YAML
    styles; the body and its spans must still come back exactly."""
    text = (
        "  Indented title\t\n\nShe said  \n\n\t“This is a quote of some length here,” "
        "said Ann Lee.   \n\nAbout 40 ships sailed.\n\n\n"
    )
    src = extract(text)
    back = load_source(write_note(src, tmp_path))
    assert back.body == text
    assert _item_texts(back) == _item_texts(src)
    assert back.quotes[0].speaker == "Ann Lee"


def test_write_note_never_overwrites(tmp_path: Path) -> None:
    src = extract(PATTERNS.read_text(encoding="utf-8"))
    first = write_note(src, tmp_path)
    before = first.read_bytes()
    second = write_note(src, tmp_path)
    third = write_note(src, tmp_path)
    assert first.name == f"{src.id}.yaml"
    assert second.name == f"{src.id}-2.yaml" and third.name == f"{src.id}-3.yaml"
    assert first.read_bytes() == before
    assert load_source(second).id == f"{src.id}-2"
    assert write_note(src, tmp_path, "x", exact=True).name == "x.yaml"
    with pytest.raises(BrieferError, match="already exists"):
        write_note(src, tmp_path, "x", exact=True)


def test_write_note_id_and_folder_rules(tmp_path: Path) -> None:
    src = extract("A Title\n\nText.")
    assert write_note(src, tmp_path / "sources", "my-note").name == "my-note.yaml"
    with pytest.raises(BrieferError, match="not an id"):
        write_note(src, tmp_path, "Bad Id")
    with pytest.raises(BrieferError, match="does not exist"):
        write_note(src, tmp_path / "no" / "such" / "sources")
    assert not (tmp_path / "no").exists()


def test_read_input_encodings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfTitle \xe2\x80\x9cok\xe2\x80\x9d\n")
    assert read_input(str(bom)) == "Title “ok”\n"
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 title\n".encode("latin-1"))
    with pytest.raises(BrieferError, match="save the file as UTF-8"):
        read_input(str(latin))
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Title\n".encode("utf-16"))
    with pytest.raises(BrieferError, match="UTF-8"):
        read_input(str(utf16))
    with pytest.raises(BrieferError, match="no such file"):
        read_input(str(tmp_path / "missing.txt"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(BrieferError, match="empty"):
        read_input(str(empty))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin\n")))
    assert read_input("-") == "From stdin\n"


def test_summary_wording() -> None:
    src = extract(PATTERNS.read_text(encoding="utf-8"))
    assert summary(src) == "4 takes, 10 quotes (2 without speaker), 21 figures"
    one = extract('Title\n\n- a take\n\n"A quote with enough words in it," Ann Lee said.')
    assert summary(one) == "1 take, 1 quote (0 without speaker), 0 figures"


def test_cli_import_writes_note_and_prints_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "sources"
    code = main(["import", str(PATTERNS), "-o", str(out_dir)])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    written = Path(lines[0])
    assert written.parent == out_dir and written.is_file()
    assert lines[1] == "4 takes, 10 quotes (2 without speaker), 21 figures"
    assert load_source(written).title.startswith("Shell Factories")
    # an explicit --id that exists is refused, not renamed
    code = main(["import", str(PATTERNS), "-o", str(out_dir), "--id", written.stem, "--new"])
    out, err = capsys.readouterr()
    assert code == 1 and "already exists" in err and out == ""


def test_cli_import_default_folder_and_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["import", str(PATTERNS), "--id", "pat"]) == 0
    assert (tmp_path / "sources" / "pat.yaml").is_file()
    capsys.readouterr()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title \xff\xfe here\n")
    assert main(["import", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert "bad.txt:1:7" in err and "UTF-8" in err and "Traceback" not in err
    assert main(["import", str(PATTERNS), "-o", str(tmp_path / "a" / "b")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_cli_import_stdin_without_textual(tmp_path: Path) -> None:
    """`briefer import -` reads stdin, and the headless command never imports Textual."""
    code = (
        "import sys; from briefer.cli import main; rc = main(sys.argv[1:]); "
        "assert 'textual' not in sys.modules, 'textual imported'; sys.exit(rc)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.run(
        [sys.executable, "-c", code, "import", "-", "-o", str(tmp_path)],
        input=PATTERNS.read_bytes(),
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    written = Path(proc.stdout.decode().splitlines()[0])
    assert load_source(written).body == PATTERNS.read_text(encoding="utf-8")


def test_context_and_relocate() -> None:
    from briefer.extract import context, relocate

    src = extract(PATTERNS.read_text(encoding="utf-8"))
    body = src.body or ""
    q = src.quotes[0]
    before, words, after = context(body, q.span, 40)
    assert words == q.text and before.endswith("“") and after.startswith(",” said")
    assert len(before) <= 41 and len(after) <= 41
    assert relocate(src, q) == q.span
    q.text = q.text[:20]
    assert relocate(src, q) == (q.span[0], q.span[0] + 20)
    q.text = "words that are not in the article"
    assert relocate(src, q) is None
    assert relocate(src, src.figures[0]) == src.figures[0].span


def test_cli_import_reports_an_extraction_bug_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import briefer.cli.import_ as ex

    def broken(text: str, **kw: object) -> m.Source:
        raise IndexError("boom")

    monkeypatch.setattr(ex, "extract", broken)
    assert main(["import", str(PATTERNS), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "could not read the article" in err and "IndexError: boom" in err
    assert list(tmp_path.iterdir()) == []
