"""Snapshots of the main screen (80x24, 120x40), the help screen, the preview and the export
dialog. Plain ``def`` tests: ``snap_compare`` runs its own event loop.

Update after an intended change: ``pytest tests/tui/test_snapshots.py --snapshot-update``
(then look at the SVGs under ``__snapshots__`` before committing them).
"""

from __future__ import annotations

from pathlib import Path

from tuihelp import WEEKLY, ready

from briefer.tui.app import make_app


def test_main_80x24(sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(make_app(sample_ws / WEEKLY), terminal_size=(80, 24), run_before=ready)


def test_main_120x40_after_filter_and_add(sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(
        make_app(sample_ws / WEEKLY),
        terminal_size=(120, 40),
        press=["slash", *"shells", "enter", "a"],
        run_before=ready,
    )


def test_help(sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(
        make_app(sample_ws / WEEKLY),
        terminal_size=(100, 40),
        press=["question_mark"],
        run_before=ready,
    )


def test_preview(sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(
        make_app(sample_ws / WEEKLY), terminal_size=(120, 40), press=["p"], run_before=ready
    )


def test_export_dialog(sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(
        make_app(sample_ws / WEEKLY),
        terminal_size=(80, 24),
        press=["ctrl+e", "down"],
        run_before=ready,
    )
