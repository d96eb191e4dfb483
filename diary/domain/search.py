"""Search helpers: a safe full-text query from what the user typed, and marked-up snippets."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

MARK_START = "\x02"
MARK_END = "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchHit(NamedTuple):
    """A day whose writing matches, with a snippet and the matched spans inside it."""

    day: dt.date
    snippet: str
    matches: tuple[tuple[int, int], ...]


def fts_query(text: str) -> str | None:
    """Turn free text into an FTS5 query: every word must appear, the last one as a prefix.

    Quoting each word means characters such as ``"``, ``*`` or ``AND`` typed by the user are
    searched for as words instead of being read as query syntax. Returns None when the text
    holds no word at all.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = [f'"{word}"' for word in words]
    quoted[-1] += " *"
    return " ".join(quoted)


_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")


def parse_marked(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Split a snippet with MARK_START/MARK_END markers into plain text and match spans.

    A MARK_END with no MARK_START open is text; a second MARK_START moves the open one. The
    text between markers is taken a piece at a time (a search's 200 snippets went through
    one character at a time).
    """
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for piece in _MARKS.split(marked):
        if piece == MARK_START:
            start = length
        elif piece == MARK_END and start is not None:
            spans.append((start, length))
            start = None
        elif piece:
            plain.append(piece)
            length += len(piece)
    return "".join(plain), tuple(spans)
