"""Every key of the main screen, through the pilot: the brief on disk and the screen."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, MarkdownViewer, TextArea
from tuihelp import WEEKLY, goto, library, on_disk, outline, outline_text, ready, refs, type_text

from briefer.citation import citation
from briefer.tui.app import make_app
from briefer.tui.screens.briefs import NewBriefDialog, OpenBriefDialog
from briefer.tui.screens.checks import ChecksPanel
from briefer.tui.screens.dialogs import ChoiceDialog, LineDialog, TextDialog
from briefer.tui.screens.export import ExportDialog
from briefer.tui.screens.help import HelpScreen
from briefer.tui.screens.preview import PreviewScreen
from briefer.tui.widgets.header import BriefHeader

SIZE = (80, 24)


async def test_filter_enter_kind_and_escape(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        app.focused.value = "treaty assis"
        await type_text(pilot, "t")
        await pilot.press("enter")
        lib = library(pilot)
        assert app.focused is lib
        src, item = lib.current
        first = app.ws.search("treaty assist")[0]
        assert (src, item) == (first.source, first.item)
        shown = [f"{s.id}/{it.id}" for s, it in lib.shown_items()]
        assert shown == [h.ref for h in app.ws.search("treaty assist")]
        assert "nk-treaty-2024/t1" in shown and "nk-artillery-2026/f1" not in shown
        await pilot.press("slash", "ctrl+u")  # empty the filter
        await pilot.press("escape")
        assert app.focused is lib
        await pilot.press("2")
        kinds = {it.kind for _, it in lib.shown_items()}
        assert kinds == {"quote"}
        await pilot.press("3")
        assert {it.kind for _, it in lib.shown_items()} == {"figure"}
        await pilot.press("1")
        assert {it.kind for _, it in lib.shown_items()} == {"take"}
        await pilot.press("0")
        assert {it.kind for _, it in lib.shown_items()} == {"take", "quote", "figure"}


async def test_tab_moves_between_panes(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        seen = []
        for _ in range(4):
            seen.append(app.focused.id)
            await pilot.press("tab")
        assert seen == ["library-list", "detail", "outline", "library-list"]  # never the filter
        await pilot.press("shift+tab")
        assert app.focused.id == "library-list"


async def test_a_adds_item_to_current_section_undo_redo(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("section", 2))
        await pilot.press("slash")
        await type_text(pilot, "sohae")
        await pilot.press("enter", "a")
        src, item = library(pilot).current
        ref = f"{src.id}/{item.id}"
        assert refs(on_disk(path), 2)[-1] == ref
        assert "saved" in str(app.screen.query_one(BriefHeader).render())
        assert outline(pilot).cursor == ("entry", 2, 3)
        await pilot.press("ctrl+z")
        assert ref not in refs(on_disk(path), 2)
        await pilot.press("ctrl+y")
        assert refs(on_disk(path), 2)[-1] == ref
        # added after the highlighted entry, in its section
        await goto(pilot, ("entry", 0, 0))
        library(pilot).focus()
        await pilot.press("a")
        assert refs(on_disk(path), 0)[1] == ref


async def test_t_adds_prose(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 1, 0))
        await pilot.press("t")
        assert isinstance(app.screen, TextDialog)
        app.screen.query_one(TextArea).text = "New prose"
        await pilot.press("ctrl+s")
        assert refs(on_disk(path), 1)[1] == "~New prose"
        assert "New prose" in outline_text(pilot)
        await pilot.press("t", "escape")  # cancelled: nothing added
        assert len(on_disk(path).sections[1].entries) == 9


async def test_e_edits_comment_and_prose(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("e")
        assert isinstance(app.screen, TextDialog)
        app.screen.query_one(TextArea).text = "Why it matters"
        await pilot.press("ctrl+s")
        assert on_disk(path).sections[0].entries[0].comment == "Why it matters"
        assert "Why it matters" in outline_text(pilot)
        await goto(pilot, ("entry", 0, 3))
        await pilot.press("e")
        app.screen.query_one(TextArea).text = "Rewritten prose."
        await pilot.press("ctrl+s")
        assert on_disk(path).sections[0].entries[3].text == "Rewritten prose."


async def test_b_edits_bluf(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("b")
        area = app.screen.query_one(TextArea)
        area.text = "A new bottom line."
        await pilot.press("ctrl+s")
        assert on_disk(path).bluf == "A new bottom line."
        assert "A new bottom line." in outline_text(pilot)


async def test_n_and_r_sections(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("section", 0))
        await pilot.press("n")
        assert isinstance(app.screen, LineDialog)
        await type_text(pilot, "Ind")
        await pilot.press("enter")
        assert [s.heading for s in on_disk(path).sections] == [
            "Key judgments",
            "Ind",
            "Background",
            "Outlook",
        ]
        assert outline(pilot).cursor == ("section", 1)
        await pilot.press("r", "ctrl+u")
        await type_text(pilot, "Sig")
        await pilot.press("enter")
        assert on_disk(path).sections[1].heading == "Sig"
        assert "Sig" in outline_text(pilot)


async def test_delete_and_x_remove(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 2, 0))
        await pilot.press("delete")
        assert refs(on_disk(path), 2)[0] == "nk-artillery-2026/t4"
        await pilot.press("x")
        assert len(on_disk(path).sections[2].entries) == 1
        await goto(pilot, ("section", 2))
        await pilot.press("x")  # non-empty: asks
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")
        assert len(on_disk(path).sections) == 3
        await pilot.press("x")
        await pilot.click("#choice-delete")
        assert [s.heading for s in on_disk(path).sections] == ["Key judgments", "Background"]


async def test_moves_cross_sections(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 3))
        await pilot.press("shift+down")
        assert refs(on_disk(path), 1)[0].startswith("~Pyongyang")
        assert outline(pilot).cursor == ("entry", 1, 0)
        await pilot.press("K")
        assert refs(on_disk(path), 0)[-1].startswith("~Pyongyang")
        await pilot.press("shift+up")
        assert refs(on_disk(path), 0)[2].startswith("~Pyongyang")
        await pilot.press("J")
        assert refs(on_disk(path), 0)[3].startswith("~Pyongyang")
        await goto(pilot, ("section", 0))
        await pilot.press("J")
        assert [s.heading for s in on_disk(path).sections][:2] == ["Background", "Key judgments"]


async def test_p_preview(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        viewer = app.screen.query_one(MarkdownViewer)
        assert app.screen.markdown.startswith("# North Korea's support to Russia's war\n")
        assert "---" not in app.screen.markdown.splitlines()[0:3]
        assert "[^" not in app.screen.markdown and "**[1]**" in app.screen.markdown
        toc = viewer.show_table_of_contents
        await pilot.press("t")
        assert viewer.show_table_of_contents is not toc
        await pilot.press("escape")
        assert not isinstance(app.screen, PreviewScreen)


async def test_ctrl_e_exports_markdown(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+e")
        assert isinstance(app.screen, ExportDialog)
        path_box = app.screen.query_one("#export-path", Input)
        assert path_box.value.startswith("exports") and path_box.value.endswith(".md")
        await pilot.press("down")  # html: the path follows the format
        assert path_box.value.endswith(".html")
        await pilot.press("up", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        out = sample_ws / path_box.value
        assert out.is_file() and "North Korea" in out.read_text(encoding="utf-8")
        assert any(str(out) in n for n in app.messages)


async def test_ctrl_o_opens_and_ctrl_n_creates(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, OpenBriefDialog)
        other = app.screen.paths.index(sample_ws / "nk-tech-transfer.brief.yaml")
        app.screen.query_one("#brief-list").highlighted = other
        await pilot.press("enter")
        assert app.session.path.name == "nk-tech-transfer.brief.yaml"
        header = app.screen.query_one(BriefHeader)
        assert "What Pyongyang gets in return" in (header.header.title or "")
        assert "What Pyongy" in str(header.render())  # shortened at 80 columns, not dropped
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, NewBriefDialog)
        await type_text(pilot, "Wk2")
        await pilot.press("enter")
        created = sample_ws / "wk2.brief.yaml"
        assert on_disk(created).title == "Wk2"
        assert app.session.path == created


async def test_help_palette_and_quit(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = {k for _, k, _ in app.screen.rows}
        for key in ("/", "a", "t", "e", "b", "n", "r", "x", "^z", "^y", "p", "^e", "^o", "^n"):
            assert any(key in k for k in keys), key
        await pilot.press("escape", "ctrl+p")
        await type_text(pilot, "new se")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LineDialog)
        await pilot.press("escape", "ctrl+q")
    assert app.return_code == 0


async def test_c_checks_jump_and_y_copies(sample_ws: Path) -> None:
    app = make_app(sample_ws / "nk-tech-transfer.brief.yaml")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("y")
        src, item = library(pilot).current
        assert app.clipboard == citation(src, item)  # a Markdown citation (test_comforts)
        await pilot.press("c")
        assert isinstance(app.screen, ChecksPanel)
        codes = {f.code for f in app.screen.findings}
        assert {"BRF003", "BRF006", "BRF009", "BRF010"} <= codes
        target = next(f for f in app.screen.findings if f.entry is not None)
        app.screen.query_one("#findings-list").highlighted = app.screen.findings.index(target)
        await pilot.press("enter")
        assert outline(pilot).cursor == ("entry", target.section, target.entry)
        assert app.focused is outline(pilot)
        await pilot.press("y")
        entry = app.session.brief.sections[target.section].entries[target.entry]
        assert entry.ref is None or app.clipboard.rstrip().endswith(f"({entry.ref}).")


async def test_text_dialog_uses_editor(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    path = sample_ws / WEEKLY
    monkeypatch.setenv("EDITOR", 'sh -c \'printf "From the editor\\n" > "$1"\' sh')
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("b", "ctrl+g")
        assert app.screen.query_one(TextArea).text == "From the editor"
        await pilot.press("ctrl+s")
        assert on_disk(path).bluf == "From the editor"


async def test_mouse_click_highlights_double_click_edits(sample_ws: Path) -> None:
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = outline(pilot)
        await pilot.click(view, offset=(4, 1))  # the BLUF's first line, inside the border
        assert view.cursor == ("bluf",) and not isinstance(app.screen, TextDialog)
        await pilot.click(view, offset=(4, 1), times=2)
        assert isinstance(app.screen, TextDialog)
        await pilot.press("escape")
        lib = library(pilot)
        await pilot.click(lib, offset=(5, 2))
        assert lib.cursor == 2 and lib.current[1] is not None
