"""``briefer --demo``: the temporary copy is removed at exit unless the user changed files
in it; then its path is printed on stderr after the app closed."""

from __future__ import annotations

import shutil

from tuihelp import goto, on_disk, ready

from briefer.tui import demo
from briefer.tui.app import make_app


def test_untouched_demo_is_removed_when_the_app_exits(capfd) -> None:  # noqa: ANN001
    app = make_app(demo=True)
    folder = app.demo_dir
    assert folder is not None and (folder / "sources").is_dir()

    async def quit_at_once(pilot) -> None:  # noqa: ANN001
        await pilot.pause()
        await pilot.press("ctrl+q")

    try:
        app.run(headless=True, size=(80, 24), auto_pilot=quit_at_once)
        assert not folder.exists() and not folder.parent.exists()
        assert capfd.readouterr().err == ""
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


async def test_changed_demo_is_kept_and_its_path_printed(capsys) -> None:  # noqa: ANN001
    app = make_app(demo=True)
    folder = app.demo_dir
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await ready(pilot)
            await goto(pilot, ("entry", 0, 0))
            await pilot.press("f")  # an edit: the brief is saved in the demo folder
        brief = app.session.path
        assert on_disk(brief).sections[0].entries[0].confidence is not None
        capsys.readouterr()
        app.finish_demo()
        err = capsys.readouterr().err
        assert folder.is_dir() and brief.is_file()
        assert str(folder) in err and brief.name in err
    finally:
        shutil.rmtree(folder.parent, ignore_errors=True)


def test_changed_lists_added_removed_and_edited_files(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    before = demo.manifest(tmp_path)
    assert demo.changed(tmp_path, before) == []
    (tmp_path / "a.txt").write_text("A")
    (tmp_path / "b.txt").unlink()
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "x.md").write_text("x")
    assert demo.changed(tmp_path, before) == ["a.txt", "b.txt", "exports/x.md"]
    (tmp_path / "a.txt").write_text("a")  # back to the original content
    assert demo.changed(tmp_path, before) == ["b.txt", "exports/x.md"]
