"""The engine's work grows linearly with the text (issue 9), counted in executed lines.

No clock is read: sys.settrace counts the Python lines extract() executes, on a text and
on one twice as long, and the ratio must stay near 2 (a step quadratic in the number of
names or mentions makes it 3 and more at these sizes).
"""

import sys
from pathlib import Path

import pytest

from reader.entities import extract
from reader.entities.gazetteer import lexicons

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_d49b3e75e2fba2f2.txt"
# Doubling the text may cost a little more than twice (sorting); never this much more.
BOUND = 2.3


def executed_lines(text: str) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        extract(text)
    finally:
        sys.settrace(None)
    return count


@pytest.fixture(scope="module", autouse=True)
def engine_loaded():
    extract("وصل أنتوني بلينكن إلى مراكش أمس.")  # loading is not the work being counted


def _names(count: int) -> list[str]:
    lex = lexicons()
    pool = sorted(
        n
        for n in lex.name_units | lex.given_names
        if len(n) >= 5 and "\u0621" <= n[0] <= "\u064a" and n not in lex.frequent_words
    )
    assert len(pool) >= count
    return pool[:count]


def _many_people(n: int) -> str:
    """n different people who share a first name, each then mentioned by it alone."""
    names = _names(2 * n)
    return "\n".join(
        f"وقال الرئيس محمد {names[2 * k]} {names[2 * k + 1]} إن الوفد وصل إلى القاهرة "
        "يوم الأحد. وأضاف محمد أن الاجتماع كان ناجحا."
        for k in range(n)
    )


def test_many_distinct_people_cost_linear_work():
    small, large = executed_lines(_many_people(150)), executed_lines(_many_people(300))
    assert large / small < BOUND, (small, large)


def test_a_lone_first_name_joins_the_full_name_said_last_before_it():
    people = [e for e in extract(_many_people(40)) if e.kind == "person"]
    assert len(people) == 40
    assert all(len(e.mentions) == 2 for e in people)


def test_a_long_article_costs_linear_work():
    article = SEED.read_text(encoding="utf-8")
    small, large = executed_lines(article * 4), executed_lines(article * 8)
    assert large / small < BOUND, (small, large)
