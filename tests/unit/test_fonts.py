"""Every script the analyst quotes prints in the PDF, or the export says why not (#20).

- with the Noto fonts installed (Debian: fonts-noto-core, fonts-noto-cjk), a brief quoting
  Korean, Chinese, Japanese, Thai, Amharic, Hindi, Arabic, Hebrew and Russian gives every
  character back from the PDF's text layer;
- with system fonts ignored, the check names the scripts that would print as boxes, the
  first example and the fix, and ``strict`` makes it an error;
- a font dropped into ``<data dir>/fonts`` is used;
- the table of the compiler's built-in fonts matches the installed compiler.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from export_support import make_brief, make_ws, ref

from briefer import model as m
from briefer import paths
from briefer.document import resolve
from briefer.render import fonts, render_document
from briefer.render.pdf import MissingFontsError, PdfError, compile_pdf

# One statement per script, in the analysts' own words.
NINE = {
    "Korean": "조선민주주의인민공화국 국방성 대변인은 북한의 입장을 밝혔다",
    "Chinese": "中华人民共和国外交部发言人表示反对",
    "Japanese": "防衛省はミサイルの発射を確認したと発表した",
    "Thai": "กระทรวงการต่างประเทศไทยออกแถลงการณ์",
    "Amharic": "የኢትዮጵያ ውጭ ጉዳይ ሚኒስቴር መግለጫ አወጣ",
    "Hindi": "भारत के विदेश मंत्रालय ने बयान जारी किया",
    "Arabic": "قالت وزارة الخارجية في بيان",
    "Hebrew": "משרד החוץ פרסם הודעה",
    "Russian": "Министерство обороны России сообщило об этом",
}
NOT_BUILT_IN = {"Hangul", "Han", "Hiragana", "Katakana", "Thai", "Ethiopic"}


def nine_script_doc(tmp_path: Path):
    src = m.Source(id="world", title="Statements in the original", reliability="B")
    src.quotes = [
        m.Quote(f"q{i}", text, f"Speaker {lang}", None, None, None)
        for i, (lang, text) in enumerate(NINE.items(), 1)
    ]
    brief = make_brief(*(ref(f"world/q{i}") for i in range(1, 10)), title="Nine scripts")
    return resolve(make_ws(tmp_path, src), brief, tmp_path / "b.brief.yaml")


def squash(text: str) -> str:
    """Text for comparison: NFC, without whitespace and bidi controls (pdftotext wraps
    right-to-left runs in embedding marks)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc")
    )


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext"):
        path = tmp_path / "out.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, timeout=60
        )
        return done.stdout.decode("utf-8")
    import pypdf

    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


# ------------------------------------------------------------------ with the fonts


@pytest.mark.slow
def test_nine_scripts_come_back_from_the_pdf(tmp_path: Path) -> None:
    all_text = " ".join(NINE.values())
    if fonts.check(all_text, system_fonts=True) is not None:
        pytest.skip(
            "the Noto fonts are not installed (Debian: apt install fonts-noto-core "
            "fonts-noto-cjk); the no-fonts case is tested below"
        )
    warnings: list[str] = []
    doc = nine_script_doc(tmp_path)
    source = render_document(doc, "typst")
    assert isinstance(source, str)
    pdf = compile_pdf(source, warnings=warnings)
    assert warnings == []
    assert b"pdfuaid" in pdf  # every glyph there: still PDF/UA-1
    text = pdf_text(pdf, tmp_path)
    if shutil.which("pdftotext"):
        got = squash(text)
        for lang, statement in NINE.items():
            assert squash(statement) in got, lang
    else:  # pypdf reorders some scripts; at least every character is there
        missing = {ch for s in NINE.values() for ch in squash(s)} - set(squash(text))
        assert not missing


# ------------------------------------------------------------------ without them


def test_without_system_fonts_the_warning_names_the_scripts(tmp_path: Path) -> None:
    source = render_document(nine_script_doc(tmp_path), "typst")
    assert isinstance(source, str)
    missing = fonts.check(source, system_fonts=False, dirs=[])
    assert missing is not None
    assert set(missing.scripts) == NOT_BUILT_IN  # Cyrillic, Hebrew, Arabic, Devanagari: built in
    assert missing.scripts[0] == "Hangul"  # in order of appearance
    assert missing.chars[0] == "조"
    message = missing.message()
    assert f"{len(missing.chars)} different characters" in message
    assert "Hangul, Han, Hiragana, Katakana, Thai, Ethiopic" in message
    assert "'조' (U+C870)" in message and "“조선민주주의인민공화국" in message
    assert "#quotebody" not in message  # the example is the text, not the Typst code
    assert "fonts-noto-core fonts-noto-cjk" in message
    assert str(paths.fonts_dir()) in message


def test_export_warns_and_still_writes_the_pdf(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(fonts.NO_SYSTEM_FONTS_ENV, "1")
    warnings: list[str] = []
    pdf = render_document(nine_script_doc(tmp_path), "pdf", warnings=warnings)
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    assert len(warnings) == 1
    assert "Hangul" in warnings[0] and "Ethiopic" in warnings[0]
    assert "without PDF/UA-1" in warnings[0]  # the standard refuses missing glyphs
    assert b"pdfuaid" not in pdf


def test_strict_fonts_is_an_error_and_pdf_a_refuses(tmp_path: Path) -> None:
    source = render_document(nine_script_doc(tmp_path), "typst")
    assert isinstance(source, str)
    with pytest.raises(MissingFontsError) as e:
        compile_pdf(source, strict_fonts=True, system_fonts=False)
    assert "Thai" in str(e.value) and "--strict" in str(e.value)
    assert e.value.missing.scripts[0] == "Hangul"
    with pytest.raises(PdfError) as e2:
        compile_pdf(source, "a-2b", system_fonts=False)
    assert "PDF/A needs a glyph for every character" in str(e2.value)


def test_text_the_built_in_fonts_cover_reads_no_font_file(monkeypatch) -> None:
    def boom(*args: object) -> list[str]:
        raise AssertionError("font files listed for text the built-in fonts cover")

    monkeypatch.setattr(fonts, "_font_files", boom)
    text = "“Quoted” — 15,000 soldiers → Kursk; Ünïcödé; Путин; αβγ; שלום; हिन्दी\u200d\ufe0f"
    assert fonts.beyond_embedded(text) == set()
    assert fonts.check(text) is None


def test_a_font_in_the_fonts_folder_is_used(tmp_path: Path, monkeypatch) -> None:
    thai = [
        p
        for p in Path("/usr/share/fonts").rglob("NotoSansThai-Regular.*")
        if p.suffix in (".ttf", ".otf")
    ]
    if not thai:
        pytest.skip("no Noto Sans Thai font on this machine to copy (fonts-noto-core)")
    text = NINE["Thai"]
    assert fonts.check(text, system_fonts=False, dirs=[]) is not None
    folder = paths.fonts_dir()
    folder.mkdir(parents=True)
    shutil.copy(thai[0], folder / thai[0].name)
    assert fonts.check(text, system_fonts=False) is None  # default dirs: the fonts folder
    monkeypatch.setenv(fonts.NO_SYSTEM_FONTS_ENV, "1")
    warnings: list[str] = []
    src = m.Source(id="s", title="T", quotes=[m.Quote("q1", text, "X", None, None, None)])
    doc = resolve(make_ws(tmp_path, src), make_brief(ref("s/q1")), tmp_path / "b.brief.yaml")
    pdf = render_document(doc, "pdf", warnings=warnings)
    assert warnings == []
    assert isinstance(pdf, bytes) and b"pdfuaid" in pdf
    if shutil.which("pdftotext"):
        assert squash(text) in squash(pdf_text(pdf, tmp_path))


def test_font_coverage_is_cached_per_file(monkeypatch) -> None:
    if not fonts._font_files(True, []):
        pytest.skip("no system fonts at all on this machine")
    reads: list[str] = []
    real = fonts._file_ranges
    monkeypatch.setattr(fonts, "_file_ranges", lambda p: reads.append(p) or real(p))
    text = "북한 ภาษาไทย " + chr(0x16FE4)  # a code point no font on earth has yet
    first = fonts.check(text)
    assert reads, "no font file read on the first check"
    cache = json.loads((paths.cache_dir() / fonts.CACHE_NAME).read_text(encoding="utf-8"))
    assert set(reads) <= set(cache["fonts"])
    reads.clear()
    second = fonts.check(text)
    assert reads == [] and first == second
    assert first is not None and first.chars[-1] == chr(0x16FE4)
    assert first.scripts[-1] == "Khitan Small Script"


def test_script_names() -> None:
    assert [fonts.script_of(c) for c in "한中ひカกአहاשж"] == [
        "Hangul",
        "Han",
        "Hiragana",
        "Katakana",
        "Thai",
        "Ethiopic",
        "Devanagari",
        "Arabic",
        "Hebrew",
        "Cyrillic",
    ]
    assert fonts.script_of("😀") == "U+1F600"  # common to all scripts: the code point


def test_built_in_font_table_matches_the_compiler() -> None:
    """The table is read from the installed typst; a typst upgrade that changes its fonts
    fails here: run ``python -m briefer.render.fonts`` and commit the table."""
    lines = fonts.COVERAGE_FILE.read_text(encoding="utf-8").splitlines()
    stored = ",".join(ln for ln in lines if not ln.startswith("#"))
    assert fonts._parse_ranges(stored) == fonts._parse_ranges(fonts.embedded_coverage_from_binary())
    bounds = fonts.embedded_bounds()
    assert fonts._covered(bounds, ord("ж")) and not fonts._covered(bounds, ord("한"))
    assert re.match(r"# Code points covered by the fonts built into typst \d", lines[0])


def test_briefer_paths_shows_the_fonts_folder(capsys) -> None:
    from briefer.cli import main

    assert main(["paths"]) == 0
    assert f"fonts:            {paths.fonts_dir()}\n" in capsys.readouterr().out
    assert not paths.fonts_dir().exists()  # shown, not created


def test_a_symbol_beyond_the_built_in_fonts_opens_the_system_fonts(tmp_path: Path) -> None:
    """U+2401 (the visible stand-in briefer prints for a control character in a note) is in
    the range needs_more_fonts lets pass, but no built-in font has it: the system fonts are
    searched too, and where none has it the warning says so."""
    text = "bell: \u2401"
    assert fonts.beyond_embedded(text) == {"\u2401"}
    warnings: list[str] = []
    pdf = compile_pdf(f'#set document(title: "T")\n#"{text}"', warnings=warnings)
    if fonts.check(text) is None:  # an installed font has it: it is printed
        assert warnings == [] and b"pdfuaid" in pdf
        if shutil.which("pdftotext"):
            assert "\u2401" in pdf_text(pdf, tmp_path)
    else:
        assert "U+2401" in warnings[0]


@pytest.mark.slow  # fontTools parses the CJK collections in seconds
def test_fast_cmap_reader_agrees_with_fonttools() -> None:
    """The direct cmap reader (formats 4 and 12, TTC) gives fontTools' coverage."""
    files = fonts._font_files(True, [])
    if not files:
        pytest.skip("no system fonts at all on this machine")
    # a few of each kind: the largest (CJK collections) and some small ones
    picked = sorted(files, key=lambda p: Path(p).stat().st_size)
    picked = picked[:4] + picked[-4:] + [p for p in files if p.endswith(".ttc")][:2]
    for path in dict.fromkeys(picked):
        fast = fonts._file_ranges(path)
        assert fast == fonts._merge(fonts._fonttools_ranges(path)), path
    assert fonts._merge([(5, 9), (1, 3), (4, 4), (20, 20)]) == "1-9,14"


def test_when_typst_finds_a_glyph_missing_the_check_did_not(monkeypatch) -> None:
    """Typst has the last word: if it refuses PDF/UA-1 for a glyph the check thought was
    there, the PDF is made without the standard and the warning says why."""
    monkeypatch.setattr(fonts, "check", lambda *a, **k: None)
    source = '#set document(title: "T")\n#"북한"'
    warnings: list[str] = []
    pdf = compile_pdf(source, warnings=warnings, system_fonts=False)
    assert pdf.startswith(b"%PDF") and b"pdfuaid" not in pdf
    assert len(warnings) == 1 and "could not be displayed" in warnings[0]
    assert "without PDF/UA-1" in warnings[0]
    # strict: no second try
    with pytest.raises(PdfError, match="^could not make the PDF .*could not be displayed"):
        compile_pdf(source, strict_fonts=True, system_fonts=False)
