"""``f``: the highlighted reference entry's confidence, high → moderate → low → none, one
undoable step each, saved at once (asserted on disk)."""

from __future__ import annotations

from pathlib import Path

from tuihelp import WEEKLY, goto, on_disk, outline_text, ready, type_text

from briefer.tui.app import make_app
from briefer.tui.screens.help import HelpScreen

SIZE = (80, 24)


def confidence(path: Path, s: int, e: int) -> str | None:
    return on_disk(path).sections[s].entries[e].confidence


async def test_f_cycles_confidence_on_disk_and_undoes(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    assert confidence(path, 0, 1) == "moderate"
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await goto(pilot, ("entry", 0, 1))
        seen = []
        for _ in range(4):
            await pilot.press("f")
            seen.append(confidence(path, 0, 1))
        assert seen == ["low", None, "high", "moderate"]
        await pilot.press("f")
        assert confidence(path, 0, 1) == "low"
        assert "[low]" in outline_text(pilot).splitlines()[3]
        assert on_disk(path).sections[0].entries[0].confidence == "high"  # others untouched
        await pilot.press("ctrl+z")
        assert confidence(path, 0, 1) == "moderate"
        assert any("Confidence: low" in n for n in app.messages)

        before = path.read_bytes()
        await goto(pilot, ("entry", 0, 3))  # prose: no confidence
        await pilot.press("f")
        await goto(pilot, ("section", 0))
        await pilot.press("f")
        assert path.read_bytes() == before
        messages = [n for n in app.messages]
        assert any("not to prose" in m for m in messages)
        assert any("Highlight a reference entry" in m for m in messages)


async def test_f_in_help_palette_and_footer(sample_ws: Path) -> None:
    path = sample_ws / WEEKLY
    app = make_app(path)
    async with app.run_test(size=(300, 24)) as pilot:
        await ready(pilot)
        footer_keys = [
            b.binding.key
            for b in app.screen.active_bindings.values()
            if b.binding.show and b.binding.description
        ]
        assert "f" in footer_keys
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = [(k, d) for _, k, d in app.screen.rows]
        assert any(k == "f" and "confidence" in d for k, d in rows), rows
        await pilot.press("escape")
        await goto(pilot, ("entry", 0, 0))
        await pilot.press("ctrl+p")
        await type_text(pilot, "confidence")
        await pilot.press("enter")
        await pilot.pause()
        assert confidence(path, 0, 0) == "moderate"
