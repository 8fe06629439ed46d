"""Helpers shared by the export tests: in-memory workspaces and format readers."""

from __future__ import annotations

import io
import os
from html.parser import HTMLParser
from pathlib import Path

from briefer import model as m
from briefer.workspace import Workspace


def make_ws(root: Path, *sources: m.Source) -> Workspace:
    ws = Workspace(root)
    for src in sources:
        ws.sources[src.id] = src
        ws.source_paths[src.id] = root / "sources" / f"{src.id}.yaml"
    return ws


def make_brief(
    *entries: m.Entry,
    title: str = "Test brief",
    bluf: str | None = None,
    marking: str | None = "TLP:AMBER",
    heading: str = "Key judgments",
) -> m.Brief:
    return m.Brief(
        title, "Sub", "A. Author", "2026-11-26", marking, bluf, [m.Section(heading, list(entries))]
    )


def ref(text: str, **kw: object) -> m.Entry:
    return m.Entry(ref=m.Ref.parse(text), **kw)  # type: ignore[arg-type]


def norm(text: str) -> str:
    return " ".join(text.split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text_and_tags(markup: str) -> tuple[str, list[tuple[str, list[tuple[str, str | None]]]]]:
    """The text of an HTML page (tags stripped, entities unescaped) and its start tags."""
    p = _Text()
    p.feed(markup)
    p.close()
    return "".join(p.parts), p.tags  # convert_charrefs: entities already unescaped


def markdown_to_html(text: str) -> tuple[str, list]:
    """Render Markdown as markdown-it-py does with CommonMark + footnotes (+ front matter):
    (html, tokens)."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").use(front_matter_plugin).use(footnote_plugin)
    env: dict = {}
    tokens = md.parse(text, env)
    return md.renderer.render(tokens, md.options, env), tokens


def live_html_problems(tags: list[tuple[str, list[tuple[str, str | None]]]]) -> list[str]:
    """Anything in the parsed tags that could run code or load something."""
    bad = []
    for tag, attrs in tags:
        if tag in ("script", "iframe", "object", "embed", "img", "svg", "math", "base", "form"):
            bad.append(tag)
        for name, value in attrs:
            v = (value or "").strip().lower()
            if name.startswith("on") or (
                name in ("href", "src", "action")
                and v.startswith(("javascript:", "data:", "vbscript:"))
            ):
                bad.append(f"{tag} {name}={value}")
    return bad


def pdf_pages_text(data: bytes) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text() or "" for page in reader.pages]


def pdf_page_sizes(data: bytes) -> set[tuple[float, float]]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return {
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in reader.pages
    }


GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("BRIEFER_UPDATE_GOLDEN") == "1"


def check_golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; BRIEFER_UPDATE_GOLDEN=1 rewrites it instead."""
    path = GOLDEN / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"{path} missing: run with BRIEFER_UPDATE_GOLDEN=1"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from the golden file (BRIEFER_UPDATE_GOLDEN=1)"
