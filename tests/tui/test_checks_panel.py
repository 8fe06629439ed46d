"""The checks panel (``c``), the header's counts and the export dialog's warning, through
the pilot; the findings are compared with what ``briefer check`` prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Label, OptionList, Static, TextArea
from tuihelp import goto, on_disk, outline, ready

import briefer.session
from briefer.checks import counts
from briefer.cli.check import run_check
from briefer.tui.app import make_app
from briefer.tui.screens.checks import ChecksPanel
from briefer.tui.screens.export import ExportDialog
from briefer.tui.widgets import header as checking
from briefer.tui.widgets.detail import Detail
from briefer.tui.widgets.header import BriefHeader

SIZE = (80, 24)
TECH = "nk-tech-transfer.brief.yaml"


def cli_findings(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    run_check(path, "json", False)
    return json.loads(capsys.readouterr().out)


def header_text(app) -> str:  # noqa: ANN001
    return str(app.screen_stack[0].query_one(BriefHeader).render())


def panel_lines(panel: ChecksPanel) -> list[str]:
    options = panel.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def expected_badge(findings: list) -> str:  # noqa: ANN001
    g = checking.glyphs()
    errors = sum(1 for f in findings if f["severity"] == "error")
    return f"{g.error}{errors} {g.warning}{len(findings) - errors}"


async def test_panel_shows_what_briefer_check_prints(sample_ws: Path, capsys) -> None:  # noqa: ANN001
    path = sample_ws / TECH
    expected = cli_findings(path, capsys)
    assert expected, "the sample brief is meant to show warnings"
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert expected_badge(expected) in header_text(app)
        await pilot.press("c")
        panel = app.screen
        assert isinstance(panel, ChecksPanel)
        shown = [(f.code, f.severity, f.message, f.line, f.col) for f in panel.findings]
        assert shown == [
            (f["code"], f["severity"], f["message"], f["line"], f["col"]) for f in expected
        ]
        lines = panel_lines(panel)
        assert len(lines) == len(expected)
        for text, f in zip(lines, expected, strict=True):
            assert f"{f['code']} {f['line']}:{f['col']} " in text
            assert text.split(f"{f['col']} ", 1)[1][:30] == f["message"][:30]
        assert expected_badge(expected) in str(panel.query_one("#checks-title", Label).render())
        # the highlighted finding in full, below the list
        await pilot.press("down")
        detail = str(panel.query_one("#finding-detail", Static).render())
        assert expected[1]["code"] in detail and expected[1]["message"][-40:] in " ".join(
            detail.split()
        )
        await pilot.press("escape")
        assert not isinstance(app.screen, ChecksPanel)


async def test_enter_jumps_to_the_entry_and_focuses_it(sample_ws: Path) -> None:
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("c")
        panel = app.screen
        target = next(i for i, f in enumerate(panel.findings) if f.code == "BRF003")
        finding = panel.findings[target]
        for _ in range(target):
            await pilot.press("down")
        await pilot.press("enter")
        view = outline(pilot)
        for _ in range(10):  # the jump runs once the panel is gone (after a refresh)
            await pilot.pause()
            if app.focused is view:
                break
        assert view.cursor == ("entry", finding.section, finding.entry)
        assert app.focused is view
        entry = app.session.brief.sections[finding.section].entries[finding.entry]
        assert "may matter" in (entry.comment or "")  # the comment the finding quotes
        hit = app.ws.resolve(entry.ref)

        def shown() -> str:
            return " ".join(str(app.screen.query_one(Detail).query_one(Static).render()).split())

        for _ in range(20):  # the detail follows the cursor on a later refresh (slow machines)
            if hit.item.text[:30] in shown():
                break
            await pilot.pause()
        assert hit.item.text[:30] in shown()
        # c again: the panel opens on the same finding
        await pilot.press("c")
        assert app.screen.query_one(OptionList).highlighted == target


async def test_findings_refresh_after_an_edit_that_fixes_or_causes_one(sample_ws: Path) -> None:
    path = sample_ws / TECH
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        before = list(app.session.findings)
        vague = [f for f in before if f.code == "BRF003"]
        assert len(vague) == 2
        s, e = vague[0].section, vague[0].entry
        # fix: rewrite the comment without "may" and "could"
        await pilot.press("c")
        for _ in range(before.index(vague[0])):
            await pilot.press("down")
        await pilot.press("enter", "e")
        area = app.screen.query_one(TextArea)
        area.text = "This is likely to matter more than any single weapon system."
        await pilot.press("ctrl+s")
        assert on_disk(path).sections[s].entries[e].comment.startswith("This is likely")
        after = app.session.findings
        assert [f.code for f in after if f.code == "BRF003"] == []
        assert len(after) == len(before) - 2
        assert expected_badge([f.to_dict() for f in after]) in header_text(app)
        # cause: a vague BLUF; the finding is about the BLUF and enter goes there
        await pilot.press("b")
        app.screen.query_one(TextArea).text = "Russia is perhaps paying in technology."
        await pilot.press("ctrl+s")
        found = [f for f in app.session.findings if f.code == "BRF003"]
        assert len(found) == 1 and "'perhaps'" in found[0].message
        assert found[0].line == on_disk(path).pos["bluf"][0]  # lines follow the edit
        await pilot.press("c")
        panel = app.screen
        assert any("BRF003" in text and "perhaps" in text for text in panel_lines(panel))
        index = panel.findings.index(found[0])
        panel.query_one(OptionList).highlighted = index
        await pilot.pause()
        assert "BLUF" in str(panel.query_one("#finding-detail", Static).render())
        await pilot.press("enter")
        assert outline(pilot).cursor == ("bluf",)
        # undo brings the clean BLUF back, and the findings with it
        await pilot.press("ctrl+z")
        assert not [f for f in app.session.findings if f.code == "BRF003"]


async def test_lines_follow_edits_above_a_finding(sample_ws: Path, capsys) -> None:  # noqa: ANN001
    path = sample_ws / TECH
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = outline(pilot)
        view.focus()
        view.highlighted = view.cursors.index(("entry", 0, 0))
        await pilot.press("t")
        app.screen.query_one(TextArea).text = "A new first judgment."
        await pilot.press("ctrl+s")
        await pilot.pause()
        mine = [(f.code, f.line, f.col, f.message) for f in app.session.findings]
    # the same findings, at the same lines, as briefer check on the saved file
    assert mine == [
        (f["code"], f["line"], f["col"], f["message"]) for f in cli_findings(path, capsys)
    ]


async def goto_entry(pilot, s: int, e: int) -> None:  # noqa: ANN001
    await goto(pilot, ("entry", s, e))


def add_unknown_ref(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    marker = "      - ref: nk-treaty-2024/t1\n"
    assert marker in text
    path.write_text(
        text.replace(marker, marker + "      - ref: nk-treaty-2024/t99\n"), encoding="utf-8"
    )


async def test_unknown_reference_counts_in_header_and_export_warns(sample_ws: Path, capsys) -> None:  # noqa: ANN001
    path = sample_ws / TECH
    add_unknown_ref(path)
    expected = cli_findings(path, capsys)
    assert [f["code"] for f in expected if f["severity"] == "error"] == ["BRF001"]
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert expected_badge(expected) in header_text(app)
        assert counts(app.session.findings)[0] == 1
        await pilot.press("ctrl+e")
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        warning = str(dialog.query_one("#export-warning", Label).render())
        assert "1 error" in warning and "BRF001" in warning and "still export" in warning
        # the renderer refuses to cite an unknown item: it says where, nothing is written
        out = sample_ws / dialog.query_one("#export-path", Input).value
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not out.exists()
        assert any("t99" in n for n in app.messages)
        # removing the entry fixes it: no error, no warning
        await goto_entry(pilot, 1, 1)
        await pilot.press("x")
        assert app.session.errors == 0
        assert expected_badge([f.to_dict() for f in app.session.findings]) in header_text(app)
        await pilot.press("ctrl+e")
        assert not app.screen.query("#export-warning")


async def test_marking_error_warns_and_still_exports(sample_ws: Path, capsys) -> None:  # noqa: ANN001
    path = sample_ws / TECH
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("marking: TLP:AMBER\n", "marking: TLP:CLEAR\n"), "utf-8")
    expected = cli_findings(path, capsys)
    errors = [f for f in expected if f["severity"] == "error"]
    assert errors and {f["code"] for f in errors} == {"BRF002"}
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert expected_badge(expected) in header_text(app)
        await pilot.press("ctrl+e")
        warning = str(app.screen.query_one("#export-warning", Label).render())
        assert f"{len(errors)} error" in warning and "BRF002" in warning
        out = sample_ws / app.screen.query_one("#export-path", Input).value
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert out.is_file() and "What Pyongyang gets in return" in out.read_text("utf-8")


async def test_large_brief_is_checked_in_a_worker(sample_ws: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(briefer.session, "LARGE", 5)  # the tech-transfer brief has 14 entries
    path = sample_ws / TECH
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.session.findings and {f.code for f in app.session.findings} >= {"BRF003"}
        await pilot.press("b")
        app.screen.query_one(TextArea).text = "It could happen."
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert any("'could'" in f.message and f.section is None for f in app.session.findings)
        assert any(w.name == "checks" for w in app.workers) or app.session.size > 5


def test_snapshot_checks_panel(sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(
        make_app(sample_ws / TECH),
        terminal_size=SIZE,
        press=["c", "down", "down"],
        run_before=ready,
    )


async def test_clean_brief_says_so(sample_ws: Path) -> None:
    app = make_app(sample_ws / "nk-russia-weekly.brief.yaml")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.session.findings == []
        assert f"{checking.glyphs().ok} checks" in header_text(app)
        await pilot.press("c")
        lines = panel_lines(app.screen)
        assert lines == ["No findings: the brief passes every check."]
        await pilot.press("enter")  # nothing to jump to: the panel stays
        assert isinstance(app.screen, ChecksPanel)
        await pilot.press("c")  # c closes it again
        assert not isinstance(app.screen, ChecksPanel)


def test_finding_text_is_shown_literally() -> None:
    from briefer import model as m
    from briefer.checks import Finding
    from briefer.tui.screens.checks import finding_detail, finding_line

    message = "figure [bold]x[/] ('[red]subject\x1b[2J') is stale"
    f = Finding(
        "BRF006", "warning", message, "b.brief.yaml", 3, 5, None, None, "/ws/sources/[i]n.yaml:2:1"
    )
    shown = str(finding_line(f, checking.UNICODE))
    assert "[bold]x[/] ('[red]subject\u241b[2J')" in shown and "\x1b" not in shown
    detail = str(finding_detail(f, m.Brief("T"), Path("/ws")))
    assert "[bold]x[/]" in detail and "See: sources/[i]n.yaml:2:1" in detail


async def test_linux_console_counts_in_letters(sample_ws: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("TERM", "linux")
    expected = cli_findings(sample_ws / TECH, capsys)
    errors = sum(1 for f in expected if f["severity"] == "error")
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE):
        await ready(app)
        text = header_text(app)
        assert f"E{errors} W{len(expected) - errors}" in text and "⚠" not in text
