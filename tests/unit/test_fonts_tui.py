"""The app's export says what the command line says: scripts no installed font has (#20)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.render import fonts
from briefer.tui.app import make_app


def korean_brief(root: Path) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "kcna.yaml").write_text(
        "title: Statement of the defence ministry\nreliability: C\nquotes:\n"
        "  - id: q1\n    text: 조선민주주의인민공화국 국방성 대변인 담화\n    speaker: 대변인\n",
        encoding="utf-8",
    )
    brief = root / "k.brief.yaml"
    brief.write_text(
        "title: Korean statement\nbluf: A statement was made.\nsections:\n"
        "  - heading: Quotes\n    entries:\n      - ref: kcna/q1\n",
        encoding="utf-8",
    )
    return brief


async def test_pdf_export_from_the_app_shows_the_font_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fonts.NO_SYSTEM_FONTS_ENV, "1")
    brief = korean_brief(tmp_path / "ws")
    app = make_app(brief)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.loaded.wait()
        await pilot.pause()
        app.export_as("pdf")
        await app.workers.wait_for_complete()
        await pilot.pause()
        warning = next((m for m in app.messages if "empty boxes" in m), None)
        assert warning is not None, app.messages
        assert "Hangul" in warning and "fonts-noto-cjk" in warning
        assert any(m.startswith("Exported to") for m in app.messages)  # still written
    assert (tmp_path / "ws" / "exports" / "korean-statement.pdf").is_file()
