"""Import in the TUI (``i``): dialog → review → save into sources/, through the pilot,
asserting the note on disk, the library and the screen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Label, OptionList, Select, Static, TextArea
from tuihelp import library, outline_text, ready, type_text

from briefer import model as m
from briefer.extract import extract, read_input
from briefer.extract.draft import context, free_id, id_problem
from briefer.schema import load_source
from briefer.tui.app import make_app
from briefer.tui.importing import parse_value
from briefer.tui.screens.dialogs import ChoiceDialog
from briefer.tui.screens.importer import ImportDialog, ItemDialog
from briefer.tui.screens.review import ReviewScreen
from briefer.workspace import Workspace

SIZE = (80, 24)
REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "data" / "articles" / "seed_shells.txt"  # as test_extract.py
TECH = "nk-tech-transfer.brief.yaml"
PASTED = """Harbour cranes idle as sanctions bite

Port officials in the northern city said traffic had fallen sharply this year.
"We have not seen a foreign ship since spring," the harbour master said.
Exports of coal fell to about 120,000 tonnes, according to estimates by the customs office.
"Nobody knows what comes next," a notice on the gate read in full, "nobody at all."
"""


def seed_in(ws: Path) -> Path:
    folder = ws / "articles"
    folder.mkdir()
    return Path(shutil.copy(SEED, folder / "seed.txt"))


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def review_lines(screen: ReviewScreen) -> list[str]:
    items = screen.query_one(OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


async def open_review(pilot, typed: str) -> ReviewScreen:  # noqa: ANN001
    await pilot.press("i")
    assert isinstance(pilot.app.screen, ImportDialog)
    await type_text(pilot, typed)
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen), getattr(screen, "id", screen)
    return screen


async def test_file_review_drop_edit_save(sample_ws: Path) -> None:
    seed_in(sample_ws)
    draft = extract(read_input(str(SEED)), name="seed.txt")
    brief = sample_ws / TECH  # cites the note before it exists: BRF001 until the import
    marker = "      - ref: nk-treaty-2024/t1\n"
    brief.write_text(
        brief.read_text("utf-8").replace(marker, marker + "      - ref: seed-article/q1\n"), "utf-8"
    )
    app = make_app(brief)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert [f.code for f in app.session.findings if f.is_error] == ["BRF001"]
        assert "seed-article/q1 not in the library" in outline_text(pilot)
        review = await open_review(pilot, "articles/seed.txt")
        lines = review_lines(review)
        assert len(lines) == len(draft.items())
        assert any("Dana Whitcombe" in text for text in lines)
        # the highlighted item's sentence from the article
        assert "Aren Volkov" in str(review.query_one("#review-context", Static).render())
        # drop the second take
        await pilot.press("down", "space")
        dropped = draft.takes[1]
        assert review_lines(review)[1].startswith("[ ]")
        assert "7 of 8 kept" in str(review.query_one("#review-status", Static).render())
        # edit the 15,000 figure: a value that is not a number is refused
        f_index = next(
            i
            for i, it in enumerate(draft.items())
            if isinstance(it, m.Figure) and it.value == 15000
        )
        for _ in range(f_index - 1):
            await pilot.press("down")
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ItemDialog)
        dialog.query_one("#item-value", Input).value = "lots"
        await pilot.press("ctrl+s")
        assert app.screen is dialog
        error = str(dialog.query_one("#item-error", Label).render())
        assert "number" in error and "lots" in error
        dialog.query_one("#item-value", Input).value = "16,000"
        dialog.query_one("#item-unit", Input).value = "troops"
        await pilot.press("ctrl+s")
        assert app.screen is review
        assert "16,000 troops" in review_lines(review)[f_index]
        # title, id (follows the title), reliability, marking
        review.query_one("#review-title", Input).value = "Seed article"
        await pilot.pause()
        assert review.query_one("#review-id", Input).value == "seed-article"
        review.query_one("#review-reliability", Select).value = "B"
        review.query_one("#review-marking", Select).value = "TLP:GREEN"
        before = files(sample_ws / "sources")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)
        path = sample_ws / "sources" / "seed-article.yaml"
        assert set(files(sample_ws / "sources")) == set(before) | {path.name}
        assert files(sample_ws / "sources") | {path.name: b""} == before | {path.name: b""}
        note = load_source(path)
        assert (note.id, note.title, note.reliability, note.marking) == (
            "seed-article",
            "Seed article",
            "B",
            "TLP:GREEN",
        )
        assert note.body == draft.body
        assert [t.text for t in note.takes] == [t.text for t in draft.takes if t is not dropped]
        assert [t.id for t in note.takes] == ["t1", "t2", "t3"]
        assert [t.span for t in note.takes] == [t.span for t in draft.takes if t is not dropped]
        for t in note.takes:
            assert note.body[t.span[0] : t.span[1]] == t.text
        edited = next(f for f in note.figures if f.unit == "troops")
        assert edited.value == 16000 and edited.span == draft.items()[f_index].span
        assert note.quotes[0].speaker == "Dana Whitcombe"
        # in the library at once, highlighted; the app says where it saved
        assert "seed-article" in app.ws.sources and app.ws.source_paths["seed-article"] == path
        shown = {f"{s.id}/{it.id}" for s, it in library(pilot).shown_items()}
        assert {f"seed-article/{it.id}" for it in note.items()} <= shown
        src, item = library(pilot).current
        assert src.id == "seed-article" and item.id == "t1"
        assert [h.ref for h in app.ws.search("Whitcombe", "quote")].count("seed-article/q1") == 1
        assert any("sources/seed-article.yaml" in n for n in app.messages)
        # the reference resolves now: no error, the outline shows the quote
        assert app.session.errors == 0
        assert "not in the library" not in outline_text(pilot)
        assert "In return, Russia is expanding" in outline_text(pilot)


async def test_cancel_at_every_step_writes_nothing(sample_ws: Path) -> None:
    seed_in(sample_ws)
    before = files(sample_ws / "sources")
    top = sorted(p.name for p in sample_ws.iterdir())
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("i", "escape")
        assert not isinstance(app.screen, ImportDialog)
        review = await open_review(pilot, "articles/seed.txt")
        await pilot.press("space", "e")
        assert isinstance(app.screen, ItemDialog)
        await pilot.press("escape")
        assert app.screen is review
        # an item was dropped: escape asks before the review is lost
        await pilot.press("escape")
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")  # the question itself cancelled: back to the review
        assert app.screen is review and review.kept.count(False) == 1
        await pilot.press("escape")
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")  # "Keep reviewing" has the focus
        assert app.screen is review
        await pilot.press("escape", "right", "enter")  # "Discard"
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)
        assert any("nothing was written" in n for n in app.messages)
    assert files(sample_ws / "sources") == before
    assert sorted(p.name for p in sample_ws.iterdir()) == top


@pytest.mark.parametrize(
    ("setup", "typed", "expected"),
    [
        (None, "articles/missing.txt", "missing.txt: no such file"),
        (b"caf\xe9 au lait\n", "articles/latin1.txt", "not valid UTF-8; save the file as UTF-8"),
        ("folder", "articles", "is a folder"),
        (None, "", "Give the path of an article file, or paste its text"),
    ],
)
async def test_unreadable_file_shows_a_clear_error(
    sample_ws: Path, setup: object, typed: str, expected: str
) -> None:
    (sample_ws / "articles").mkdir()
    if isinstance(setup, bytes):
        (sample_ws / typed).write_bytes(setup)
    before = files(sample_ws / "sources")
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("i")
        await type_text(pilot, typed)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)  # still there, to fix the path
        error = dialog.query_one("#import-error", Label)
        assert error.display and expected in str(error.render())
    assert files(sample_ws / "sources") == before


async def test_pasted_text_quote_without_speaker_is_marked(sample_ws: Path) -> None:
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("i", "tab")
        assert isinstance(app.focused, TextArea)
        app.focused.text = PASTED
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        lines = review_lines(review)
        unattributed = [text for text in lines if "no speaker" in text]
        assert unattributed and all(text.startswith("[x] “") for text in unattributed)
        assert "without speaker" in str(review.query_one("#review-status", Static).render())
        await pilot.press("ctrl+s")
        await pilot.pause()
    path = sample_ws / "sources" / "harbour-cranes-idle-as-sanctions-bite.yaml"
    note = load_source(path)
    assert note.body.startswith("Harbour cranes idle")
    assert any(q.speaker is None for q in note.quotes)


async def test_save_refuses_a_used_id(sample_ws: Path) -> None:
    seed_in(sample_ws)
    before = files(sample_ws / "sources")
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        review = await open_review(pilot, "articles/seed.txt")
        review.query_one("#review-id", Input).value = "nk-artillery-2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is review
        status = str(review.query_one("#review-status", Static).render())
        assert "Not saved" in status and "nk-artillery-2026.yaml" in status
    assert files(sample_ws / "sources") == before


def test_helpers(sample_ws: Path) -> None:
    assert parse_value("15,000") == 15000 and parse_value(" 2.5 ") == 2.5
    assert parse_value("-3") == -3 and isinstance(parse_value("4.0"), int)
    for bad in ("", "lots", "1,5e", "nan", "inf", "2.5 million"):
        with pytest.raises(ValueError, match="^the value (is empty|must be a number)"):
            parse_value(bad)
    body = 'Intro line.\n\nFirst sentence here. The army said "we hold" today. Last one.'
    start = body.index("we hold")
    before, own, after = context(body, (start, start + len("we hold")))
    assert (before, own, after) == ('The army said "', "we hold", '" today.')
    assert context(None, (0, 1)) == ("", "", "") and context(body, None) == ("", "", "")
    assert context("a\x1bb", (0, 3))[1] == "a\u241bb"  # control characters made visible
    ws = Workspace.load(sample_ws)
    assert id_problem(ws, "nk-artillery-2026").startswith("the id 'nk-artillery-2026'")
    assert id_problem(ws, "Bad Id") and not id_problem(ws, "fresh-note")
    assert free_id(ws, "nk-artillery-2026") == "nk-artillery-2026-2"


def test_snapshot_review(sample_ws: Path, snap_compare) -> None:  # noqa: ANN001
    seed_in(sample_ws)

    async def run_before(pilot) -> None:  # noqa: ANN001
        await ready(pilot)
        await open_review(pilot, "articles/seed.txt")
        await pilot.press("down", "down", "down", "down", "space", "down")
        await pilot.pause()

    assert snap_compare(make_app(sample_ws / TECH), terminal_size=SIZE, run_before=run_before)


async def test_escape_on_an_untouched_review_leaves_at_once(sample_ws: Path) -> None:
    seed_in(sample_ws)
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await open_review(pilot, "articles/seed.txt")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen | ChoiceDialog)


async def test_a_bug_while_reading_is_logged_and_the_dialog_stays(
    sample_ws: Path, monkeypatch
) -> None:  # noqa: ANN001
    import briefer.tui.importing as importing
    from briefer import paths

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("extractor bug")

    monkeypatch.setattr(importing, "extract", broken)
    seed_in(sample_ws)
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("i")
        await type_text(pilot, "articles/seed.txt")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog) and app.is_running
        assert any("Internal error in import" in m for m in app.messages)
        log = paths.cache_dir() / "crash.log"
        assert "extractor bug" in log.read_text(encoding="utf-8")


async def test_a_word_file_through_the_dialog_keeps_its_quote_and_speaker(sample_ws: Path) -> None:
    """The dialog says it reads .pdf and .docx, and it does: a Word file made here is read
    (by its bytes, as ``briefer import`` does), reviewed and saved with its quote's speaker."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Desalination Plant Opens Two Years Late", style="Title")
    d.add_paragraph("The plant will supply 120,000 homes, the water board said on Tuesday.")
    d.add_paragraph(
        "“Every household in the valley will have water by the summer,” said board chair "
        "Salma Idris."
    )
    folder = sample_ws / "articles"
    folder.mkdir()
    d.save(str(folder / "plant.docx"))
    app = make_app(sample_ws / TECH)
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("i")
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        hint = " ".join(str(label.render()) for label in dialog.query(Label))
        assert ".pdf or .docx" in hint
        await type_text(pilot, "articles/plant.docx")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert any("Salma Idris" in text for text in review_lines(review))
        await pilot.press("ctrl+s")
        await pilot.pause()
    note = load_source(sample_ws / "sources" / "desalination-plant-opens-two-years-late.yaml")
    assert [(q.speaker, q.text[:15]) for q in note.quotes] == [("Salma Idris", "Every household")]
