"""What a right first screen of the bundled article is, read off a terminal's cells and colours."""

from __future__ import annotations

import re

from tests.e2e.harness import ARABIC_RUN, SEED, rightmost_word_read_right_to_left

TITLE_FIRST_WORD, BODY_FIRST_WORD = "التحالف", "بأجندة"
PANEL_BORDER = "▕"  # between the entity panel (left) and the article
_SCROLLBAR = " ▇▁▂▃▄▅▆█▉▊▋▌▍▎▏│┃"
_SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def check_first_screen(rows: list[str]) -> None:
    """The bundled article's first screen: title then body, each starting on the right
    with its first word, body lines flush right, no escape character among the cells."""
    shown = "\n".join(rows)
    article = [row.rsplit(PANEL_BORDER, 1)[-1] for row in rows]  # right of the panel
    arabic_rows = [row for row in article if ARABIC_RUN.search(row)]
    words = [rightmost_word_read_right_to_left(row) for row in arabic_rows]
    # The rightmost word of the first row is the title's first word; the first row whose
    # rightmost word is not the title's starts the body, with the body's first word.
    title_words = set(SEED.read_text(encoding="utf-8").splitlines()[0].split())
    assert words and words[0] == TITLE_FIRST_WORD, shown
    first_body = next(i for i, word in enumerate(words) if word not in title_words)
    assert words[first_body] == BODY_FIRST_WORD, shown
    # Body lines are flush right: the Arabic ends in the same column on each row.
    ends = {len(row.rstrip(_SCROLLBAR)) for row in arabic_rows[first_body:] if row.strip()}
    assert len(ends) <= 2, shown
    assert not any("\x1b" in row for row in rows), shown


def colours(screen_with_escapes: str) -> set[tuple[str, ...]]:
    """The colours of a `capture-pane -e` screen: ("16", n), ("256", n) or ("rgb", r, g, b)."""
    found: set[tuple[str, ...]] = set()
    for match in _SGR.finditer(screen_with_escapes):
        params = [p for p in re.split("[;:]", match.group(1)) if p] or ["0"]
        k = 0
        while k < len(params):
            code = int(params[k])
            if code in (38, 48) and params[k + 1:k + 2] == ["5"]:
                found.add(("256", params[k + 2]))
                k += 3
                continue
            if code in (38, 48) and params[k + 1:k + 2] == ["2"]:
                found.add(("rgb", *params[k + 2:k + 5]))
                k += 5
                continue
            if 30 <= code <= 37 or 40 <= code <= 47 or 90 <= code <= 97 or 100 <= code <= 107:
                found.add(("16", str(code % 10 + (8 if code >= 90 else 0))))
            k += 1
    return found


def is_grey(colour: tuple[str, ...]) -> bool:
    """Black, white or a grey (the only colours a NO_COLOR screen may have)."""
    system, *values = colour
    if system == "16":
        return int(values[0]) in (0, 7, 8, 15)
    if system == "rgb":
        return len(set(values)) == 1
    index = int(values[0])
    if index < 16:
        return index in (0, 7, 8, 15)
    if index >= 232:
        return True
    red, green, blue = (index - 16) // 36, (index - 16) // 6 % 6, (index - 16) % 6
    return red == green == blue
