"""Jump keys, the current mention and the status line, in a running reader."""

from __future__ import annotations

from reader.text.highlights import Span
from tests.ui.screen_helpers import entities_shown, notices, reader, status_line

WIDE = (120, 40)
SMALL = (80, 24)


def spans_of(entities, kind: str) -> list[Span]:
    """Every mention of `kind`, in reading order, from the hand-made entity table."""
    return sorted(Span(m.start, m.end, kind) for e in entities if e.kind == kind
                  for m in e.mentions)


def named(entities, name: str):
    return next(e for e in entities if e.name == name)


async def test_p_goes_to_the_first_person_and_the_status_names_it(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")
        blinken = named(bundled_entities, "أنتوني بلينكن")
        first = blinken.mentions[0]
        assert reader(app).current == Span(first.start, first.end, "person")
        assert status_line(app) == "أنتوني بلينكن 1/2"
        assert reader(app).article.shows_offset(first.start)
        panel = reader(app).panel
        assert panel.cursor_entry.name == "أنتوني بلينكن"


async def test_p_goes_on_in_reading_order_and_wraps_with_a_notice(make_app, bundled_entities):
    people = spans_of(bundled_entities, "person")
    assert len(people) == 6
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        seen = []
        for _ in people:
            await pilot.press("p")
            seen.append(reader(app).current)
        assert seen == people
        assert status_line(app) == "أنتوني بلينكن 2/2"  # the last person mention
        await pilot.press("p")
        assert reader(app).current == people[0]
        assert "Back to the first person." in notices(app)


async def test_shift_p_from_the_top_wraps_to_the_last_person(make_app, bundled_entities):
    people = spans_of(bundled_entities, "person")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("P")
        assert reader(app).current == people[-1]
        assert "Back to the last person." in notices(app)
        await pilot.press("P")
        assert reader(app).current == people[-2]
        assert status_line(app) == "فيكتوريا نولاند 2/2"


async def test_l_finds_the_place_in_the_title_first(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("l")
        title = app.reader.document.title
        current = reader(app).current
        assert title.start <= current.start < title.end  # بمراكش in the title
        assert app.reader.document.text[current.start:current.end] == "مراكش"
        assert status_line(app) == "مراكش 1/7"


async def test_d_and_shift_l_step_from_the_current_mention(make_app, bundled_entities):
    places = spans_of(bundled_entities, "place")
    dates = spans_of(bundled_entities, "date")
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("l")  # the title's مراكش
        assert reader(app).current == places[0]
        await pilot.press("d")  # الأربعاء, the first date after it
        assert reader(app).current == dates[0]
        assert status_line(app) == "الأربعاء 1/1"
        await pilot.press("l")  # from الأربعاء on: مراكش in the same paragraph
        assert reader(app).current == places[1]
        await pilot.press("L")
        assert reader(app).current == places[0]
        await pilot.press("d", "D")  # back to الأربعاء, then past the first date: the last
        assert reader(app).current == dates[-1]
        assert "Back to the last date." in notices(app)


async def test_a_jump_off_screen_centres_the_mention(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        first_person = spans_of(bundled_entities, "person")[0]
        assert not view.shows_offset(first_person.start)
        await pilot.press("p")
        assert reader(app).current == first_person
        row = view.row_of_offset(first_person.start) - round(view.scroll_y)
        middle = view.scrollable_content_region.height // 2
        assert abs(row - middle) <= 1


async def test_a_jump_on_screen_leaves_the_view_alone(make_app, bundled_entities):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        await pilot.press("l", "l", "l")
        assert round(view.scroll_y) == 0


async def test_jumps_start_from_the_top_of_the_screen_when_the_current_is_off_it(
    make_app, bundled_entities
):
    people = spans_of(bundled_entities, "person")
    app = make_app()
    async with app.run_test(size=SMALL) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        await pilot.press("p")  # Blinken, in the middle of the article
        await pilot.press("g")  # back to the top: the current one is now off screen
        assert not view.shows_offset(reader(app).current.start)
        await pilot.press("space")
        top = view.paragraphs[view.top_position.paragraph].start + view.top_position.offset
        expected = next(span for span in people if span.start >= top)
        await pilot.press("p")
        assert reader(app).current == expected


async def test_n_and_shift_n_step_through_the_current_entitys_mentions(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("l")
        assert status_line(app) == "مراكش 1/7"
        await pilot.press("n", "n")
        assert status_line(app) == "مراكش 3/7"
        await pilot.press("N")
        assert status_line(app) == "مراكش 2/7"
        await pilot.press("N", "N")
        assert status_line(app) == "مراكش 7/7"
        assert "Back to the last mention." in notices(app)


async def test_n_with_no_current_entity_says_what_to_do(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("n")
        assert reader(app).current is None
        assert any("press p, l or d" in notice for notice in notices(app))


async def test_y_copies_the_name_as_logical_text(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p", "y")
        assert app.clipboard == "أنتوني بلينكن"  # logical order, plain letters
        assert any(n.startswith("Copied") and "13 characters" in n for n in notices(app))


async def test_clicking_a_marked_mention_makes_it_current(make_app, bundled_entities):
    from tests.ui.screen_helpers import mention_cells

    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        view = reader(app).article
        morocco = spans_of(bundled_entities, "place")[1]  # مراكش in the first paragraph
        y, runs = mention_cells(view, morocco)
        left, right = runs[0]
        padding = view.styles.padding
        await pilot.click("#article", offset=(padding.left + left + 1, padding.top + y))
        assert reader(app).current == morocco
        assert status_line(app) == "مراكش 2/7"


async def test_clicking_plain_text_keeps_the_current_mention(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await entities_shown(pilot)
        await pilot.press("p")
        before = reader(app).current
        view = reader(app).article
        paragraph, line = view.line_at(0)  # "بأجندة حافلة ...": no mention on its first word
        assert view.paragraphs[paragraph].text.startswith("بأجندة")
        first_word = view.margin + line.padding(view.text_width) + line.cells - 1
        padding = view.styles.padding
        await pilot.click("#article", offset=(padding.left + first_word, padding.top))
        assert reader(app).current == before


async def test_notices_stand_at_the_top_left(make_app):
    app = make_app()
    async with app.run_test(size=WIDE, notifications=True) as pilot:
        await entities_shown(pilot)
        await pilot.press("P")  # wraps: a notice
        await pilot.pause(0.3)
        toasts = list(app.screen.query("Toast"))
        assert toasts
        for toast in toasts:
            assert toast.region.x < WIDE[0] // 2
            assert toast.region.y < WIDE[1] // 2
