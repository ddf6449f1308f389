"""Formatting extract() results for the command line."""

import json

import pytest

from reader.entities.report import format_report
from reader.entities.results import Entity, Mention

ENTITIES = [
    Entity("place", "مراكش", None, (Mention(1, 6, "مراكش"), Mention(40, 45, "مراكش"))),
    Entity("date", "2004", "2004", (Mention(50, 54, "2004"),)),
    Entity("person", "حسن بلوان", None, (Mention(60, 69, "حسن بلوان"), Mention(90, 95, "بلوان"))),
]


def test_json_has_the_documented_shape():
    data = json.loads(format_report("a.txt", ENTITIES, "json"))
    assert data["path"] == "a.txt"
    assert data["entities"][0] == {
        "type": "place",
        "name": "مراكش",
        "value": None,
        "mentions": [
            {"start": 1, "end": 6, "text": "مراكش"},
            {"start": 40, "end": 45, "text": "مراكش"},
        ],
    }
    assert data["entities"][1]["value"] == "2004"


def test_jsonl_is_one_line_with_the_same_content():
    line = format_report("a.txt", ENTITIES, "jsonl")
    assert "\n" not in line
    assert json.loads(line) == json.loads(format_report("a.txt", ENTITIES, "json"))


def test_tsv_has_a_header_and_one_row_per_entity():
    lines = format_report("a.txt", ENTITIES, "tsv").split("\n")
    assert lines[0].split("\t") == ["path", "type", "name", "value", "count", "forms", "spans"]
    assert lines[3].split("\t") == [
        "a.txt",
        "person",
        "حسن بلوان",
        "",
        "2",
        "حسن بلوان | بلوان",
        "60-69,90-95",
    ]
    assert len(lines) == 4


def test_tsv_cells_never_break_lines():
    entity = Entity("place", "الشرق\nالأوسط", None, (Mention(0, 12, "الشرق\nالأوسط"),))
    out = format_report("a.txt", [entity], "tsv")
    assert len(out.split("\n")) == 2


def test_no_entities():
    assert json.loads(format_report("a.txt", [], "jsonl")) == {"path": "a.txt", "entities": []}
    assert format_report("a.txt", [], "tsv").count("\n") == 0


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError):
        format_report("a.txt", ENTITIES, "xml")


@pytest.mark.parametrize(
    "entities",
    [
        ENTITIES,
        [],
        [Entity("person", 'قال "لا"\\\n\t', None, (Mention(0, 3, "\u200fx\x00"),))],
        [Entity("date", "أمس", "relative:-1d", ())],
    ],
)
def test_json_is_what_the_standard_library_indents(entities):
    expected = json.dumps(
        {
            "path": "dir/ملف.txt",
            "entities": [
                {
                    "type": e.kind,
                    "name": e.name,
                    "value": e.value,
                    "mentions": [
                        {"start": m.start, "end": m.end, "text": m.text} for m in e.mentions
                    ],
                }
                for e in entities
            ],
        },
        ensure_ascii=False,
        indent=2,
    )
    assert format_report("dir/ملف.txt", entities, "json") == expected
