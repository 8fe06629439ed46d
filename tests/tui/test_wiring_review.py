"""The import review (#12) at 80x24 shows what the importer was unsure of: an inferred
speaker, a drafted take, an inferred as-of date, a PDF page; it asks for a title when the
article had no headline, and offers to update the note an article already is."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Input, OptionList, Static
from tuihelp import WEEKLY, ready

from briefer import model as m
from briefer.schema import load_source
from briefer.tui.app import make_app
from briefer.tui.screens.review import ReviewScreen, item_context
from briefer.workspace import Workspace

SIZE = (80, 24)
BODY = (
    "The port authority said traffic fell this year. "
    "\u201cWe have not seen a ship since spring,\u201d he said. "
    "Exports fell to about 120,000 tonnes."
)


def draft(title: str = "Harbour traffic falls", url: str | None = None) -> m.Source:
    quote_at = BODY.index("We have")
    figure_at = BODY.index("about 120,000")
    return m.Source(
        id="",
        title=title,
        kind="article",
        url=url,
        body=BODY,
        takes=[m.Take("t1", "Port traffic fell this year.", draft=True, page=2)],
        quotes=[
            m.Quote(
                "q1",
                "We have not seen a ship since spring,",
                speaker="Ana Example",
                span=(quote_at, quote_at + 36),
                speaker_inferred=True,
                page=3,
            )
        ],
        figures=[
            m.Figure(
                "f1",
                120000,
                qualifier="about",
                unit="tonnes",
                subject="exports",
                as_of="2026-05",
                span=(figure_at, figure_at + 21),
                as_of_inferred=True,
            )
        ],
    )


def lines(screen: ReviewScreen) -> list[str]:
    items = screen.query_one(OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


class Host(App[None]):
    def __init__(self, screen: ReviewScreen) -> None:
        super().__init__()
        self.review = screen
        self.result: object = "not dismissed"

    def on_mount(self) -> None:
        def done(result: object) -> None:
            self.result = result

        self.push_screen(self.review, done)


async def test_inferred_draft_and_page_marks(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws)
    screen = ReviewScreen(draft(), "port.pdf", ws, "harbour-traffic-falls")
    async with Host(screen).run_test(size=SIZE) as pilot:
        await pilot.pause()
        take, quote, figure = lines(screen)
        assert "[draft]" in take and "p.2" in take
        assert "Ana Example (inferred):" in quote and "p.3" in quote
        assert "[as of 2026-05?]" in figure
        assert "[draft]" not in quote and "inferred" not in take
        await pilot.press("down")
        shown = str(screen.query_one("#review-context", Static).render())
        assert "inferred from the text around it" in shown
        assert "Page: 3" in shown
    assert "inferred from the article's date" in item_context(draft().figures[0], BODY).plain


async def test_no_headline_asks_for_a_title(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws)
    screen = ReviewScreen(draft(title=""), "pasted text", ws, "pasted")
    host = Host(screen)
    async with host.run_test(size=SIZE) as pilot:
        await pilot.pause()
        title = screen.query_one("#review-title", Input)
        assert title.has_focus
        assert "no headline found" in title.placeholder
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "needs a title" in str(screen.query_one("#review-status", Static).render())
        assert host.result == "not dismissed"


async def test_an_article_already_imported_updates_its_note(sample_ws: Path) -> None:
    existing = sample_ws / "sources" / "nk-artillery-2026.yaml"
    old = load_source(existing)
    app = make_app(sample_ws / WEEKLY)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.session is not None
        screen = ReviewScreen(draft(url=old.url), "again.html", app.session.ws, "again")
        app.push_screen(screen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        banner = screen.query_one("#review-existing", Static)
        assert banner.display
        assert "nk-artillery-2026.yaml has the same URL" in str(banner.render())
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert not isinstance(app.screen, ReviewScreen)
    new = load_source(existing)
    assert new.title == old.title and new.reliability == old.reliability
    assert len(new.items()) == len(old.items()) + 3  # the three new items added
    assert new.body == BODY
    assert sorted(p.name for p in (sample_ws / "sources").iterdir()) == sorted(
        p.name for p in (Path(__file__).parents[2] / "briefs" / "sources").iterdir()
    )  # no second note


async def test_a_new_article_offers_no_update(sample_ws: Path) -> None:
    ws = Workspace.load(sample_ws)
    screen = ReviewScreen(draft(url="https://example.org/new-page"), "new.html", ws, "new")
    host = Host(screen)
    async with host.run_test(size=SIZE) as pilot:
        await host.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.query_one("#review-existing", Static).display
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert "not a note yet" in str(screen.query_one("#review-status", Static).render())
