"""What the article view paints: the layout's lines, flush right, kept in place on resize."""

from __future__ import annotations

from reader.text.document import parse_document
from reader.text.layout import layout_paragraph
from reader.ui.widgets.article_view import ArticleView


def view_of(app) -> ArticleView:
    return app.query_one("#article", ArticleView)


def painted(view: ArticleView, y: int) -> str:
    return view.render_line(y).text


async def test_visible_rows_are_the_layout_of_their_paragraphs(make_app, article):
    app = make_app()
    async with app.run_test(size=(80, 24)):
        view = view_of(app)
        width = view.text_width
        expected: list[str] = []
        for paragraph in article.body:
            for line in layout_paragraph(paragraph.text, width):
                expected.append((" " * line.padding(width) + line.text).ljust(width))
            expected.append(" " * width)
        rows = view.scrollable_content_region.height
        assert [painted(view, y) for y in range(rows)] == expected[:rows]


async def test_first_words_are_at_the_right_edge_of_the_first_row(make_app, article):
    # بأجندة, shaped and in visual order, written out by hand: ة (isolated), د (final),
    # ن (medial), ج (initial), أ (final), ب (initial).
    first_word = "\ufe93\ufeaa\ufee8\ufe9f\ufe84\ufe91"
    assert article.body[0].text.startswith("بأجندة ")
    app = make_app()
    async with app.run_test(size=(80, 24)):
        row = painted(view_of(app), 0)
        assert row.endswith(" " + first_word)
        assert row.startswith(" ")  # the short end of the line is on the left


async def test_a_blank_row_separates_paragraphs(make_app, article):
    app = make_app()
    async with app.run_test(size=(80, 24)):
        view = view_of(app)
        count = len(layout_paragraph(article.body[0].text, view.text_width))
        assert view.line_at(count) is None
        assert painted(view, count).strip() == ""
        assert view.line_at(count + 1)[0] == 1


async def test_resize_keeps_the_top_paragraph_at_the_top(make_app, article):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        view = view_of(app)
        await pilot.press(*["j"] * 15)
        before = view.top_position
        assert before.paragraph > 1
        await pilot.resize_terminal(50, 20)
        await pilot.pause()
        after = view.top_position
        assert view.text_width < 50
        assert after.paragraph == before.paragraph
        # The top row is the line holding the old top offset at the new width.
        lines = layout_paragraph(article.body[after.paragraph].text, view.text_width)
        holding = [line for line in lines if line.start <= before.offset < max(line.end, 1)]
        assert view.line_at(0)[1] == holding[0]
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert view.top_position.paragraph == before.paragraph


async def test_harakat_off_hides_diacritics(make_app):
    document = parse_document("عنوان\nكَتَبَ الوَلَدُ", "t")
    app = make_app(document, harakat=False)
    async with app.run_test(size=(40, 12)):
        row = painted(view_of(app), 0)
        assert row.strip()
        assert not any("\u064b" <= ch <= "\u0652" for ch in row)
    app = make_app(document, harakat=True)
    async with app.run_test(size=(40, 12)):
        assert any("\u064b" <= ch <= "\u0652" for ch in painted(view_of(app), 0))


async def test_only_paragraphs_near_the_screen_are_laid_out(make_app):
    # 20,000 paragraphs (about 3 MB): opening must not lay them all out.
    body = "\n".join(
        f"الفقرة رقم {n} من مقالة طويلة جدا تتكرر فيها الجمل مرة بعد مرة " * 3
        for n in range(20_000)
    )
    document = parse_document("عنوان طويل\n" + body, "big")
    app = make_app(document)
    async with app.run_test(size=(80, 24)) as pilot:
        view = view_of(app)
        index = view.line_index
        assert index.laid_out_count() < 20
        assert view.virtual_size.height > 20_000
        await pilot.press("G")
        assert index.laid_out_count() < 40
        paragraph, line = view.line_at(view.scrollable_content_region.height - 1)
        assert paragraph == len(document.body) - 1
        assert line.end == len(document.body[-1].text)


async def test_scrolling_up_through_estimated_paragraphs_moves_one_row(make_app):
    body = "\n".join(
        f"الفقرة رقم {n} " + "كلمة طويلة نسبيا " * (n % 7 + 3) for n in range(2_000)
    )
    document = parse_document("عنوان\n" + body, "mixed")
    app = make_app(document)
    async with app.run_test(size=(60, 20)) as pilot:
        view = view_of(app)
        await pilot.press("G")
        for _ in range(30):
            top, second = view.line_at(0), view.line_at(1)
            await pilot.press("k")
            # What was the top row is now the second: nothing skipped by corrections.
            assert view.line_at(1) == top
            assert view.line_at(2) == second
