"""HTML export: golden file, standalone page, print rules, themes, nothing live."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_support import (
    check_golden,
    html_text_and_tags,
    live_html_problems,
    make_brief,
    make_ws,
    norm,
    ref,
)

from briefer import model as m
from briefer import paths
from briefer.render import ExportError, render, stylesheet, theme_names
from briefer.schema import load_brief
from briefer.workspace import Workspace


def sample_html(root: Path, theme: str | None = None) -> str:
    ws = Workspace.load(root)
    brief, _ = load_brief(root / "nk-russia-weekly.brief.yaml")
    out = render(ws, brief, root / "nk-russia-weekly.brief.yaml", "html", theme)
    assert isinstance(out, str)
    return out


def test_golden_html(sample_ws: Path) -> None:
    check_golden("nk-russia-weekly.html", sample_html(sample_ws))


def test_standalone_page_with_print_rules(sample_ws: Path) -> None:
    page = sample_html(sample_ws)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<link" not in page and "<script" not in page  # nothing loaded from elsewhere
    style = page.split("<style>")[1].split("</style>")[0]
    assert '@top-center { content: "TLP:GREEN"; }' in style
    assert '@bottom-center { content: "TLP:GREEN"; }' in style
    assert "break-inside: avoid" in style and "break-after: avoid" in style
    assert stylesheet() in style  # the bundled print stylesheet, embedded
    text, tags = html_text_and_tags(page)
    assert text.count("TLP:GREEN") >= 2  # banners at top and bottom
    assert ("h1", []) in tags
    shown = norm(text)
    assert "approximately 15,000 soldiers — North Korean soldiers sent to Russia" in shown
    assert "— Xavier Brunson, Army Gen., commander of U.S. Forces Korea (2026-11)" in shown
    assert "Analyst comment: The clearest public U.S. statement" in shown


def test_footnote_links_resolve(sample_ws: Path) -> None:
    _, tags = html_text_and_tags(sample_html(sample_ws))
    ids = {v for _, attrs in tags for k, v in attrs if k == "id"}
    hrefs = [
        v
        for t, attrs in tags
        if t == "a"
        for k, v in attrs
        if k == "href" and v and v.startswith("#")
    ]
    assert len(hrefs) == 24 and all(h[1:] in ids for h in hrefs)


def test_hostile_prose_and_links_are_neutralised(tmp_path: Path) -> None:
    src = m.Source(
        "s",
        "<img src=x onerror=alert(1)>",
        url="javascript:alert(1)",
        takes=[m.Take("t1", "<script>alert('take')</script>")],
        quotes=[m.Quote("q1", "</blockquote><b>", speaker="<i>Eve</i>")],
    )
    prose_text = (
        "Click [here](javascript:alert(1)) or [there](data:text/html,x) or "
        "![pixel](https://track.example/p.png) <b onclick=x>raw</b>\n\n"
        "<script>alert(2)</script>"
    )
    brief = make_brief(
        ref("s/t1"),
        ref("s/q1", comment="<style>*{display:none}</style>"),
        m.Entry(text=prose_text),
        bluf="[ok](https://example.org) **fine**",
        title="</title><script>x</script>",
    )
    page = render(make_ws(tmp_path, src), brief, "x", "html")
    assert isinstance(page, str)
    text, tags = html_text_and_tags(page)
    assert live_html_problems(tags) == []
    assert [t for t, _ in tags].count("style") == 1
    shown = norm(text)
    for literal in (
        "<script>alert('take')</script>",
        "</blockquote><b>",
        "<i>Eve</i>",
        "<style>*{display:none}</style>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "</title><script>x</script>",
    ):
        assert literal in shown
    assert '<a href="https://example.org">ok</a>' in page and "<strong>fine</strong>" in page


def test_themes(tmp_path: Path) -> None:
    assert "print" in theme_names()
    user = paths.user_themes_dir()
    user.mkdir(parents=True)
    (user / "mine.css").write_text("body { color: rebeccapurple } </style><script>x</script>")
    (user / "onlytui.yaml").write_text("name: onlytui\n")
    assert {"mine", "onlytui"} <= set(theme_names())
    src = m.Source("s", "S", takes=[m.Take("t1", "x")])
    ws, brief = make_ws(tmp_path, src), make_brief(ref("s/t1"))
    page = render(ws, brief, "x", "html", "mine")
    assert isinstance(page, str) and "rebeccapurple" in page
    _, tags = html_text_and_tags(page)
    assert "script" not in [t for t, _ in tags]
    assert stylesheet("onlytui") == stylesheet()  # a theme without CSS prints with print.css
    # the TUI passes its own theme (maybe one built into Textual): print.css then
    assert render(ws, brief, "x", "html", "nord") == render(ws, brief, "x", "html")
    assert stylesheet("../../etc/passwd") == stylesheet()
    with pytest.raises(ExportError) as err:  # the command line's --theme is strict
        stylesheet("nope", strict=True)
    assert "unknown theme 'nope'" in str(err.value) and "mine" in str(err.value)
    with pytest.raises(ExportError, match=r"^unknown theme '\.\./\.\./etc/passwd'"):
        stylesheet("../../etc/passwd", strict=True)
