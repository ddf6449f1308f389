"""The real entity engine behind the reader: in a worker, never in the way of the keys."""

from __future__ import annotations

from reader.entities import extract
from reader.text.document import parse_document
from reader.text.highlights import Span
from reader.ui.widgets.entity_panel import PanelState
from tests.ui.screen_helpers import entities_shown, reader, status_line

WIDE = (120, 40)


async def test_the_real_engine_fills_the_panel_and_p_names_its_first_person(make_app, article):
    found = extract(article.text)
    people = [e for e in found if e.kind == "person"]
    assert people  # the bundled article names people (tests/entities guards which)
    first = min(((m, e) for e in people for m in e.mentions), key=lambda me: me[0].start)
    app = make_app(find_entities=None)
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        panel = reader(app).panel
        assert panel.state is PanelState.READY
        assert sorted(row.entry.name for row in panel.rows if row.entry) == sorted(
            e.name for e in found
        )
        await pilot.press("p")
        mention, entity = first
        assert reader(app).current == Span(mention.start, mention.end, "person")
        assert status_line(app) == f"{entity.name} 1/{len(entity.mentions)}"


async def test_keys_are_answered_while_a_5_mb_article_is_being_read(make_app, article):
    lines = article.text.split("\n")
    body = [line for line in lines[1:] if line.strip()]
    copies = 5_000_000 // sum(len(line) + 1 for line in body) + 1
    # Each copy numbered, so the text does not repeat word for word.
    text = "\n".join([lines[0]] + [f"{line} ({k})" for k in range(copies) for line in body])
    assert len(text) > 5_000_000
    big = parse_document(text, "big.txt")
    app = make_app(big, find_entities=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(0.5)  # the engine is at work by now
        view = reader(app).article
        await pilot.press("j", "j", "j")
        assert round(view.scroll_y) == 3
        await pilot.press("space")
        assert round(view.scroll_y) == 3 + view.scrollable_content_region.height
        await pilot.press("G")
        assert round(view.scroll_y) == round(view.max_scroll_y) > 1000
        await pilot.press("p")
        await pilot.pause()
        assert reader(app).current is None
        assert any("Still finding" in n.message for n in app._notifications)
        assert reader(app).panel.state is PanelState.WORKING  # all of this while it works


async def test_the_panel_rows_and_english_names_are_made_off_the_ui_thread(make_app,
                                                                           monkeypatch):
    # Looking up a place's English name loads the gazetteer (tens of milliseconds): the
    # worker does it, so the keys never wait for it.
    import threading

    from reader.geo import places

    looked_up: list[tuple[str, bool]] = []
    real = places.place_info

    def recording(name: str):
        looked_up.append((name, threading.current_thread() is threading.main_thread()))
        return real(name)

    monkeypatch.setattr(places, "place_info", recording)
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        english = [row.entry.detail for row in reader(app).panel.rows
                   if row.entry and row.entry.name == "المغرب"]
    assert english == ["Morocco"]
    assert looked_up and not any(on_main for _, on_main in looked_up)
