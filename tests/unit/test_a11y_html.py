"""HTML export accessibility (#21): the structure every page needs (language, landmarks,
links not told apart by colour alone), and axe-core run in a real headless Chromium on every
theme's HTML, light and dark, for every marking: 0 violations of WCAG 2.0 A/AA, WCAG 2.1 AA
and axe's best practices.

The browser tests need the system ``chromium`` (Debian's package; never a downloaded
browser) and ``axe-playwright-python`` (the test extra); they skip with the reason otherwise.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from export_support import html_text_and_tags, make_brief, make_ws, ref

from briefer import model as m
from briefer.document import Document, resolve
from briefer.render import render_document, stylesheet, theme_names
from briefer.render.html import render as render_html
from briefer.schema import load_brief
from briefer.workspace import Workspace

RULE_SETS = ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def sample_document(root: Path) -> Document:
    ws = Workspace.load(root)
    path = root / "nk-russia-weekly.brief.yaml"
    brief, _ = load_brief(path)
    return resolve(ws, brief, path)


def rich_document(tmp_path: Path) -> Document:
    """A brief with everything the HTML can hold: prose with links, code and lists, a
    quote without speaker, a figure without context, sources with and without links,
    long unbroken URLs, and no marking at all."""
    src = m.Source(
        id="s",
        title="Ministry statement on rail links (full text)",
        publisher="Example Wire",
        url="https://example.org/" + "a" * 120,
        published="2026-11-02",
        reliability="B",
        takes=[m.Take("t1", "Freight trains crossed the Tumen bridge daily in October.", 2)],
        quotes=[m.Quote("q1", "Our cooperation has no limits.", None, None, None, None)],
        figures=[m.Figure("f1", 40, None, "trains", "weekly crossings", None, None, None)],
    )
    other = m.Source(id="o", title="Unlinked report", url="file:///etc/passwd", reliability="E")
    other.takes = [m.Take("t1", "A second, weaker claim.", 5)]
    brief = make_brief(
        ref("s/t1", confidence="high", comment="Seen on two independent image sets."),
        ref("s/q1"),
        ref("s/f1"),
        ref("o/t1", confidence="low"),
        m.Entry(
            text="Prose with [a link](https://example.org/x), `code`, *emphasis*:\n\n"
            "- one\n- two\n\n> a quoted line\n\n```\npreformatted\n```"
        ),
        bluf="Rail traffic **very likely** doubled; see [the wire](https://example.org/w).",
        marking=None,
    )
    return resolve(make_ws(tmp_path, src, other), brief, tmp_path / "b.brief.yaml")


# ------------------------------------------------------------------ structure


def test_page_declares_language_landmarks_and_marking_regions(sample_ws: Path) -> None:
    doc = sample_document(sample_ws)
    page = render_html(doc, stylesheet())
    assert '<html lang="en">' in page
    _, tags = html_text_and_tags(page)
    names = [t for t, _ in tags]
    assert names.count("main") == 1
    # the marking banners are the page's banner and contentinfo landmarks
    assert (
        '<header class="page-marking" aria-label="Marking"><p class="marking marking-top">' in page
    )
    assert (
        '<footer class="page-marking" aria-label="Marking"><p class="marking marking-bottom">'
        in page
    )
    body = page.split("<body", 1)[1]
    first, last = body.index("page-marking"), body.rindex("page-marking")
    assert first < body.index("<main") < body.index("</main>") < last


def test_a_blank_title_still_titles_the_page(sample_ws: Path) -> None:
    doc = dataclasses.replace(sample_document(sample_ws), title="  ")
    page = render_html(doc, stylesheet())
    assert "<title>Untitled brief</title>" in page and "<h1>Untitled brief</h1>" in page


def test_language_of_the_brief_sets_html_lang(sample_ws: Path) -> None:
    brief_path = sample_ws / "nk-russia-weekly.brief.yaml"
    text = brief_path.read_text(encoding="utf-8")
    brief_path.write_text(text.replace("title:", "language: pt-BR\ntitle:", 1), encoding="utf-8")
    page = render_document(sample_document(sample_ws), "html")
    assert isinstance(page, str) and '<html lang="pt-BR">' in page


def test_language_from_workspace_settings_and_brief_wins(sample_ws: Path) -> None:
    settings = sample_ws / "briefer.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\nlanguage: de\n", "utf-8")
    assert sample_document(sample_ws).language == "de"
    brief_path = sample_ws / "nk-russia-weekly.brief.yaml"
    text = brief_path.read_text(encoding="utf-8")
    brief_path.write_text(text.replace("title:", "language: ko\ntitle:", 1), encoding="utf-8")
    assert sample_document(sample_ws).language == "ko"


def test_bad_language_tag_is_reported_with_its_line(sample_ws: Path) -> None:
    from briefer.errors import LoadError

    brief_path = sample_ws / "nk-russia-weekly.brief.yaml"
    text = brief_path.read_text(encoding="utf-8")
    brief_path.write_text("language: English (UK)\n" + text, encoding="utf-8")
    with pytest.raises(LoadError) as e:
        load_brief(brief_path)
    assert "nk-russia-weekly.brief.yaml:1:" in str(e.value)
    assert "BCP 47" in str(e.value) and "English (UK)" in str(e.value)


def test_every_stylesheet_underlines_links() -> None:
    """Footnote numbers and back-links were told apart by colour only (axe
    link-in-text-block); no bundled stylesheet may turn underlines off on screen."""
    for theme in theme_names():
        css = stylesheet(theme)
        screen = css.split("@media print", 1)[0]
        assert "text-decoration: underline" in screen, theme
        assert "text-decoration: none" not in screen, theme


# ------------------------------------------------------------------ axe in Chromium


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    exe = os.environ.get("BRIEFER_CHROMIUM") or _chromium()
    if not exe:
        pytest.skip("no chromium on this machine (Debian: apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright not installed (pip install -e '.[test]')"
    )
    pytest.importorskip(
        "axe_playwright_python", reason="axe-playwright-python not installed (test extra)"
    )
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        except Exception as e:  # a chromium playwright cannot drive
            pytest.skip(f"cannot start {exe} headless: {str(e).splitlines()[0]}")
        yield b
        b.close()


def axe_violations(browser: object, page_html: str, scheme: str) -> list[str]:
    """axe-core's violations on the page in the ``scheme`` colour scheme, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    page = browser.new_page(color_scheme=scheme)  # type: ignore[attr-defined]
    try:
        page.set_content(page_html)
        result = Axe().run(
            page,
            options={
                "runOnly": {"type": "tag", "values": RULE_SETS},
                "resultTypes": ["violations"],
            },
        )
    finally:
        page.close()
    return [
        f"{v['id']} ({v['impact']}): {n['target']} {n['failureSummary']}"
        for v in result.response["violations"]
        for n in v["nodes"]
    ]


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_in_any_theme(browser: object, sample_ws: Path, scheme: str):
    doc = sample_document(sample_ws)
    themes = theme_names()
    assert "print" in themes and "briefer-dark" in themes
    for theme in themes:
        page = render_document(doc, "html", theme)
        assert isinstance(page, str)
        assert axe_violations(browser, page, scheme) == [], theme


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_every_marking_chip_and_rich_content(browser: object, tmp_path: Path, scheme: str):
    doc = rich_document(tmp_path)
    for marking in ("", *m.MARKINGS):
        # the unmarked one also has no title: the page still gets one (document-title)
        variant = dataclasses.replace(doc, marking=marking, title=doc.title if marking else " ")
        page = render_html(variant, stylesheet())
        assert axe_violations(browser, page, scheme) == [], marking or "unmarked"


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_with_every_export_option_on(browser: object, sample_ws: Path, scheme: str):
    """Portion marks, likelihood ranges and internal ids add their own markup."""
    path = sample_ws / "nk-russia-weekly.brief.yaml"
    text = path.read_text(encoding="utf-8")
    options = "portion_marks: true\nlikelihood_ranges: true\nshow_ids: true\nlanguage: en-GB\n"
    path.write_text(options + text, encoding="utf-8")
    page = render_document(sample_document(sample_ws), "html")
    assert isinstance(page, str) and 'lang="en-GB"' in page
    assert axe_violations(browser, page, scheme) == []


@pytest.mark.slow
def test_axe_harness_reports_what_we_fixed(browser: object, sample_ws: Path) -> None:
    """The check can fail: the page as it was before #21 (no <main>, banners outside any
    landmark, footnote links without underline) is reported."""
    page = render_html(sample_document(sample_ws), stylesheet())
    old = (
        page.replace('<main id="brief">', "")
        .replace("</main>", "")
        .replace("<header class", "<div class")
        .replace("</p></header>", "</p></div>")
        .replace("<footer class", "<div class")
        .replace("</p></footer>", "</p></div>")
        .replace("text-decoration: underline", "text-decoration: none")
    )
    found = {line.split(" ", 1)[0] for line in axe_violations(browser, old, "light")}
    assert {"landmark-one-main", "region", "link-in-text-block"} <= found
