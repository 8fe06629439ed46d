"""``briefer export -f pdf``: ``--pdf-a``, the missing-fonts warning on stderr and
``--strict`` (#20, #21)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.cli import main
from briefer.render import fonts

pypdf = pytest.importorskip("pypdf", reason="pypdf is in the test extra")

BRIEF = "nk-russia-weekly.brief.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["export", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def korean_workspace(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "kcna.yaml").write_text(
        "title: Statement of the defence ministry\n"
        "reliability: C\n"
        "quotes:\n"
        "  - id: q1\n"
        "    text: 조선민주주의인민공화국 국방성 대변인 담화\n"
        "    speaker: 국방성 대변인\n",
        encoding="utf-8",
    )
    brief = root / "k.brief.yaml"
    brief.write_text(
        'title: Korean statement\ndate: "2026-11-26"\nsections:\n'
        "  - heading: Quotes\n    entries:\n      - ref: kcna/q1\n",
        encoding="utf-8",
    )
    return brief


def test_pdf_a_flag(sample_ws: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "brief.pdf"
    code, stdout, err = run(capsys, str(sample_ws / BRIEF), "--pdf-a", "-o", str(out))
    assert (code, stdout, err) == (0, f"{out}\n", "")
    xmp = pypdf.PdfReader(out).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"pdfaid:part" in xmp and b"pdfuaid:part" in xmp
    assert "pdf_standard" not in (sample_ws / BRIEF).read_text(encoding="utf-8")  # unchanged


def test_plain_pdf_is_ua1_only(sample_ws: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "brief.pdf"
    assert run(capsys, str(sample_ws / BRIEF), "-o", str(out))[0] == 0
    xmp = pypdf.PdfReader(out).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"pdfuaid:part" in xmp and b"pdfaid:part" not in xmp


def test_pdf_flags_with_another_format_say_so(sample_ws: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "brief.md"
    code, _, err = run(capsys, str(sample_ws / BRIEF), "--pdf-a", "--strict", "-o", str(out))
    assert code == 0
    assert "--pdf-a and --strict only apply to PDF exports" in err


def test_missing_fonts_warn_on_stderr(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv(fonts.NO_SYSTEM_FONTS_ENV, "1")
    brief = korean_workspace(tmp_path / "ws")
    out = tmp_path / "k.pdf"
    code, stdout, err = run(capsys, str(brief), "-o", str(out))
    assert code == 0 and stdout == f"{out}\n" and out.is_file()
    assert err.startswith("briefer: warning: ")
    assert "Hangul" in err and "'조' (U+C870)" in err and "fonts-noto-cjk" in err


def test_strict_makes_missing_fonts_an_error(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv(fonts.NO_SYSTEM_FONTS_ENV, "1")
    brief = korean_workspace(tmp_path / "ws")
    out = tmp_path / "k.pdf"
    code, stdout, err = run(capsys, str(brief), "--strict", "-o", str(out))
    assert (code, stdout) == (1, "")
    assert not out.exists()
    assert "Hangul" in err and "--strict" in err
    assert "Traceback" not in err
