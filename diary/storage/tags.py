"""The ``entry_tag`` rows: every tag of every entry, kept beside it so days filter fast.

The writer calls ``write_tags`` with each entry it writes, in the same transaction, so the rows
always say what the entry's set tags and its text's ``#tags`` are (``domain.tags.day_tags``).
Plain SQL on the driver connection, like ``writer`` and ``reader``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from diary.domain.search import MARK_END, MARK_START, SearchHit, parse_marked
from diary.domain.tags import TagCount, tag_key, tag_snippet, tags_in_text, unique_tags

if TYPE_CHECKING:  # the rows are read without it (``diary list --json`` loads no models)
    from diary.domain.models import Entry

Db = Any  # a sqlcipher3 connection inside an open transaction


def write_tags(db: Db, entry_id: int, entry: Entry) -> None:
    """Make the rows of ``entry_id`` the tags of ``entry``: set ones (explicit), then its text's."""
    db.execute("DELETE FROM entry_tag WHERE entry_id = ?", (entry_id,))
    explicit = {tag_key(tag) for tag in entry.tags}
    rows = [
        (entry_id, tag_key(tag), tag, int(tag_key(tag) in explicit))
        for tag in unique_tags((*entry.tags, *tags_in_text(entry.text)))
    ]
    if rows:
        db.executemany(
            "INSERT INTO entry_tag (entry_id, key, tag, explicit) VALUES (?, ?, ?, ?)", rows
        )


_EXPLICIT = (
    "SELECT t.entry_id, t.tag FROM entry_tag t JOIN entry e ON e.id = t.entry_id "
    "WHERE t.explicit = 1 AND e.day BETWEEN ? AND ? ORDER BY t.entry_id, t.rowid"
)


def explicit_tags(db: Db, start: dt.date, end: dt.date) -> dict[int, tuple[str, ...]]:
    """The tags set on each entry from ``start`` to ``end`` (by entry id), in the order set."""
    found: dict[int, list[str]] = defaultdict(list)
    for entry_id, tag in db.execute(_EXPLICIT, (start.isoformat(), end.isoformat())).fetchall():
        found[entry_id].append(tag)
    return {entry_id: tuple(tags) for entry_id, tags in found.items()}


def known_tags(db: Db) -> list[TagCount]:
    """Every tag of the diary, as last written, with its number of days; most days first."""
    rows = db.execute(
        "SELECT t.key, t.tag, e.day FROM entry_tag t JOIN entry e ON e.id = t.entry_id "
        "ORDER BY e.day"
    ).fetchall()
    spelling: dict[str, str] = {}
    days: dict[str, int] = defaultdict(int)
    for key, tag, _day in rows:
        spelling[key] = tag  # the newest day's spelling wins
        days[key] += 1
    ordered = sorted(days, key=lambda key: (-days[key], spelling[key].casefold()))
    return [TagCount(spelling[key], days[key]) for key in ordered]


def tagged_days(db: Db, tags: Sequence[str], start: dt.date, end: dt.date) -> list[dt.date]:
    """The days from ``start`` to ``end`` whose entry has every one of ``tags``, oldest first."""
    keys = sorted({tag_key(tag) for tag in tags})
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        "SELECT e.day FROM entry e JOIN entry_tag t ON t.entry_id = e.id "
        f"WHERE t.key IN ({marks}) AND e.day BETWEEN ? AND ? "  # noqa: S608 - marks only
        "GROUP BY e.id HAVING count(*) = ? ORDER BY e.day",
        (*keys, start.isoformat(), end.isoformat(), len(keys)),
    ).fetchall()
    return [dt.date.fromisoformat(day) for (day,) in rows]


def search(db: Db, tags: Sequence[str], query: str | None, limit: int) -> list[SearchHit]:
    """The days with every one of ``tags`` (and, given an FTS ``query``, its words), newest first.

    With words, the snippet is the full-text index's, its words marked; without, the text
    around the first ``#tag`` (``domain.tags.tag_snippet``).
    """
    days = tagged_days(db, tags, dt.date.min, dt.date.max)[::-1]
    if query is None:
        texts = dict(
            db.execute(
                f"SELECT day, text FROM entry WHERE day IN ({','.join('?' * len(days[:limit]))})",  # noqa: S608
                [day.isoformat() for day in days[:limit]],
            ).fetchall()
        )
        return [SearchHit(day, *tag_snippet(texts[day.isoformat()], tags)) for day in days[:limit]]
    wanted = {day.toordinal() for day in days}
    hits = []
    for ordinal, marked in db.execute(
        "SELECT rowid, snippet(day_text, -1, ?, ?, '…', 16) FROM day_text "
        "WHERE day_text MATCH ? ORDER BY rowid DESC",
        (MARK_START, MARK_END, query),
    ).fetchall():
        if ordinal in wanted:
            hits.append(SearchHit(dt.date.fromordinal(ordinal), *parse_marked(marked)))
            if len(hits) == limit:
                break
    return hits
