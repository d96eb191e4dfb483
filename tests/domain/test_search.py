"""The search helpers: marked snippets split into text and spans exactly as before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from diary.domain.search import MARK_END, MARK_START, parse_marked


def _one_char_at_a_time(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The first ``parse_marked``, a character at a time: the reference for the faster one."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for char in marked:
        if char == MARK_START:
            start = length
        elif char == MARK_END and start is not None:
            spans.append((start, length))
            start = None
        else:
            plain.append(char)
            length += 1
    return "".join(plain), tuple(spans)


def test_a_snippet_splits_into_its_text_and_the_matches() -> None:
    marked = f"…Long {MARK_START}walk{MARK_END} by the {MARK_START}river{MARK_END}"
    assert parse_marked(marked) == ("…Long walk by the river", ((6, 10), (18, 23)))


def test_stray_marks_are_kept_as_the_old_parser_kept_them() -> None:
    # An end with nothing open is text; a second start moves the open one; an open start at
    # the end makes no span.
    for marked in (
        f"a{MARK_END}b",
        f"{MARK_START}a{MARK_START}b{MARK_END}c",
        f"a{MARK_START}b",
        f"{MARK_START}{MARK_END}",
        "",
        "plain",
    ):
        assert parse_marked(marked) == _one_char_at_a_time(marked)


@given(st.lists(st.sampled_from(["a", "é", " ", "\n", "…", MARK_START, MARK_END, "walk"])))
def test_any_snippet_splits_as_a_character_at_a_time(pieces: list[str]) -> None:
    marked = "".join(pieces)
    assert parse_marked(marked) == _one_char_at_a_time(marked)
