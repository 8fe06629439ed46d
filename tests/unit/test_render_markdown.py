"""Markdown export: golden file, structure, footnotes, escaping and the analyst's prose."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from export_support import check_golden, make_brief, make_ws, markdown_to_html, norm, ref

from briefer import document as d
from briefer import model as m
from briefer.render import escape, prose, render_markdown
from briefer.schema import load_brief
from briefer.workspace import Workspace


def sample_md(root: Path, name: str = "nk-russia-weekly") -> str:
    ws = Workspace.load(root)
    brief, _ = load_brief(root / f"{name}.brief.yaml")
    return render_markdown(ws, brief, root / f"{name}.brief.yaml")


def test_golden_markdown(sample_ws: Path) -> None:
    text = sample_md(sample_ws)
    check_golden("nk-russia-weekly.md", text)
    assert sample_md(sample_ws) == text  # deterministic


def test_metadata_block_is_pandoc_yaml(sample_ws: Path) -> None:
    text = sample_md(sample_ws)
    assert text.startswith("---\n")
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta == {
        "title": "North Korea's support to Russia's war",
        "subtitle": "Weekly brief",
        "author": "J. Analyst",
        "date": "2026-11-26",
        "marking": "TLP:GREEN",
        "lang": "en",
    }


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_takes_the_language_from_the_metadata(sample_ws: Path) -> None:
    """The brief's `language:` reaches Pandoc as its `lang` variable (<html lang>)."""
    brief = sample_ws / "nk-russia-weekly.brief.yaml"
    brief.write_text(
        brief.read_text(encoding="utf-8").replace("marking:", "language: ko-KR\nmarking:", 1),
        encoding="utf-8",
    )
    html = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "html5", "-s"],
        input=sample_md(sample_ws),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert '<html xmlns="http://www.w3.org/1999/xhtml" lang="ko-KR" xml:lang="ko-KR">' in html


def test_marking_bluf_sections_sources_in_order(sample_ws: Path) -> None:
    text = sample_md(sample_ws)
    body = text.split("---\n", 2)[2].strip().splitlines()
    assert body[0] == body[-1] == "**TLP:GREEN**"
    headings = [line for line in body if line.startswith("## ")]
    assert headings == [
        "## Bottom line up front",
        "## Key judgments",
        "## Background",
        "## Outlook",
        "## Sources",
    ]
    assert (
        "- **approximately 15,000 soldiers** — North Korean soldiers sent to Russia (as of "
        "2026-11, according to South Korean intelligence)[^nk-artillery-2026.f1]" in body
    )
    assert (
        "> — Xavier Brunson, Army Gen., commander of U.S. Forces Korea (2026-11)"
        "[^nk-artillery-2026.q1]" in body
    )
    src = next(line for line in body if line.startswith("1. "))
    assert "“North Korea's military moves in Russia's war”" in src
    assert "Sample Defense Review" in src and "published 2026-11-20" in src
    assert "<https://example.org/" in src and "6 items cited (C3 ×2, C ×4)" in src
    assert "t1 C3" not in src  # internal ids only with show_ids: true


@pytest.mark.parametrize("name", ["nk-russia-weekly", "nk-tech-transfer"])
def test_every_footnote_reference_resolves(sample_ws: Path, name: str) -> None:
    text = sample_md(sample_ws, name)
    html, tokens = markdown_to_html(text)
    refs = [t for tok in tokens if tok.children for t in tok.children if t.type == "footnote_ref"]
    n_cited = sum(1 for line in text.splitlines() if line.startswith("[^"))
    assert n_cited and len(refs) == n_cited
    assert "[^" not in html  # an unresolved reference would stay as text
    labels = [line.split("]")[0][2:] for line in text.splitlines() if line.startswith("[^")]
    assert len(set(labels)) == len(labels)


def test_items_from_two_sources_with_the_same_title(tmp_path: Path) -> None:
    a = m.Source("alpha", "Same", takes=[m.Take("t1", "one"), m.Take("t2", "two")])
    b = m.Source("beta", "Same", takes=[m.Take("t1", "three")])
    ws = make_ws(tmp_path, a, b)
    brief = make_brief(ref("alpha/t1"), ref("alpha/t2"), ref("beta/t1"), ref("alpha/t1"))
    text = render_markdown(ws, brief, tmp_path / "x.brief.yaml")
    assert text == render_markdown(ws, brief, tmp_path / "x.brief.yaml")
    html, tokens = markdown_to_html(text)
    refs = [
        t.meta["label"]
        for tok in tokens
        if tok.children
        for t in tok.children
        if t.type == "footnote_ref"
    ]
    assert len(refs) == 4 and len(set(refs)) == 4
    assert html.count('class="footnote-item"') == 4


@pytest.mark.parametrize(
    "text",
    [
        "*not emphasis* and _nor this_",
        "`code`",
        "[link](http://x)",
        "<b>bold</b>",
        "# heading",
        "> quote",
        "1. list",
        "- item",
        "+ item",
        "---",
        "===",
        "a | b | c",
        "\\backslash\\",
        "&amp; &#35;",
        "$x$ ^sup^ ~sub~ @cite {.attr}",
        "[^1]",
        "![img](x)",
        "a. fancy",
        "iv) roman",
        "(1) paren",
        ": definition",
        "<script>alert(1)</script>",
        "#set page(width: 1cm)",
        "trailing \\",
        "J. Doe",
    ],
)
def test_literal_text_renders_literally(text: str) -> None:
    out, _ = markdown_to_html(f"Intro.\n\n- {escape.md(text)}[^x]\n\n[^x]: note\n")
    from export_support import html_text_and_tags

    shown, tags = html_text_and_tags(out)
    assert norm(text) in norm(shown)
    assert [t for t, _ in tags][:3] == ["p", "ul", "li"] and "script" not in [t for t, _ in tags]


def test_prose_markdown_passes_through(tmp_path: Path) -> None:
    src = m.Source("s", "S", takes=[m.Take("t1", "after")])
    prose_text = "We judge this **very likely**.\n\n- first point\n- second point"
    brief = make_brief(m.Entry(text=prose_text), ref("s/t1"), bluf="*Short* answer.")
    text = render_markdown(make_ws(tmp_path, src), brief, "x")
    assert prose_text in text and "*Short* answer." in text
    html, _ = markdown_to_html(text)
    assert "<strong>very likely</strong>" in html and "<em>Short</em>" in html


@pytest.mark.parametrize(
    "hostile",
    [
        "```\nunclosed fence",
        "<!-- unclosed comment",
        "<script>\nnot closed",
        "    indented after a list",
        "see [^s.t1] here",
        "~~~\nfence",
        "^[inline note]",
        "<b onclick=x>raw html</b> in **prose**",
        "[click](javascript:alert(1)) **here**",
        "<javascript:alert(1)>",
        "[x]\n\n[x]: data:text/html,<script>",
        "![p](file:///etc/passwd)",
    ],
)
def test_prose_that_would_swallow_the_brief_is_kept_literal(tmp_path: Path, hostile: str) -> None:
    src = m.Source("s", "S", takes=[m.Take("t0", "before"), m.Take("t1", "after")])
    brief = make_brief(ref("s/t0"), m.Entry(text=hostile), ref("s/t1"))
    text = render_markdown(make_ws(tmp_path, src), brief, "x")
    html, tokens = markdown_to_html(text)
    refs = [t for tok in tokens if tok.children for t in tok.children if t.type == "footnote_ref"]
    assert len(refs) == 2 and "<li>after" in html.replace("<p>", "")
    from export_support import html_text_and_tags

    shown, tags = html_text_and_tags(html)
    assert norm(hostile) in norm(shown)
    assert "script" not in [t for t, _ in tags]


def test_prose_modes() -> None:
    assert prose.mode("Plain words, with commas; and colons: fine.") == "plain"
    assert prose.mode("Some **bold** text") == "markdown"
    assert prose.mode("```\nopen") == "literal"


def test_document_without_marking_or_bluf(tmp_path: Path) -> None:
    src = m.Source("s", "S", takes=[m.Take("t1", "x")])
    text = render_markdown(make_ws(tmp_path, src), make_brief(ref("s/t1"), marking=None), "x")
    assert "TLP" not in text and "Bottom line" not in text and "- x[^s.t1]" in text


def test_resolve_error_surfaces(tmp_path: Path) -> None:
    with pytest.raises(d.ResolveError, match="reference s/t1: unknown source 's'"):
        render_markdown(make_ws(tmp_path), make_brief(ref("s/t1")), "x")
