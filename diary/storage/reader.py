"""The bulk read path: years of days in a handful of plain SQL statements on the driver.

Insights, ``diary stats``, the report and backups read every day of a period at once. Through
the ORM ten years took 1.7 s (an object per row and per relationship, then a domain object
built from each); here five statements fetch the rows of the period as tuples, joined in Python
by id, and each domain object is built once, unchecked (``_stored``), with the cyclic collector
paused: about 115 ms. Order and content are exactly the ORM's: entries by
day, feelings and gratitude by position, contacts by day then id, their people by name as the
``NOCASE`` column sorts them. Dates are ISO strings, as SQLAlchemy stores them.

The domain models, the tag rows and the tag rules are imported inside the functions that use
them: the command line's ``search`` and ``list --json`` (``day_summaries``) read without them.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from diary.domain.company import Company, company_of

if TYPE_CHECKING:
    from diary.domain.models import Day, Entry, Interaction
    from diary.domain.search import SearchHit

Db = Any  # a sqlcipher3 connection inside an open transaction

_ENTRIES = (
    "SELECT id, uid, day, mood, energy, text, company FROM entry WHERE day BETWEEN ? AND ? "
    "ORDER BY day"
)
_FEELINGS = (
    "SELECT f.entry_id, f.word FROM entry_feeling f JOIN entry e ON e.id = f.entry_id "
    "WHERE e.day BETWEEN ? AND ? ORDER BY f.entry_id, f.position"
)
_GRATITUDE = (
    "SELECT g.entry_id, g.text, p.name FROM gratitude g JOIN entry e ON e.id = g.entry_id "
    "LEFT JOIN person p ON p.id = g.person_id "
    "WHERE e.day BETWEEN ? AND ? ORDER BY g.entry_id, g.position"
)
_INTERACTIONS = (
    "SELECT i.id, i.uid, i.day, i.mode, i.minutes, i.depth, i.initiated, c.name, i.note "
    "FROM interaction i LEFT JOIN circle c ON c.id = i.circle_id "
    "WHERE i.day BETWEEN ? AND ? ORDER BY i.day, i.id"
)
_PEOPLE = (
    "SELECT ip.interaction_id, p.name FROM interaction_person ip "
    "JOIN interaction i ON i.id = ip.interaction_id JOIN person p ON p.id = ip.person_id "
    "WHERE i.day BETWEEN ? AND ? ORDER BY ip.interaction_id, p.name"
)


T = TypeVar("T")


@lru_cache(maxsize=8192)
def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _stored(cls: type[T], **fields: Any) -> T:
    """A domain object of values read back from the diary, without validating them again.

    Every value was validated and normalised by the domain model when it was written (the
    write path takes only domain objects, and migrations bring older rows up to today's rules),
    and SQLCipher authenticates every page, so checking each name and text again on every read
    would only repeat that: it was two thirds of reading ten years.
    """
    made = object.__new__(cls)
    made.__dict__.update(fields)
    return made


def entries(db: Db, start: dt.date, end: dt.date) -> dict[dt.date, Entry]:
    """The entries from ``start`` to ``end`` inclusive, by day (in date order)."""
    from diary.domain.models import Entry, Gratitude
    from diary.storage.tags import explicit_tags

    span = (start.isoformat(), end.isoformat())
    feelings: dict[int, list[str]] = defaultdict(list)
    for entry_id, word in db.execute(_FEELINGS, span).fetchall():
        feelings[entry_id].append(word)
    gratitude: dict[int, list[Gratitude]] = defaultdict(list)
    for entry_id, note, about in db.execute(_GRATITUDE, span).fetchall():
        gratitude[entry_id].append(_stored(Gratitude, text=note, person=about))
    tags = explicit_tags(db, start, end)
    found = {}
    for entry_id, uid, day, mood, energy, text, company in db.execute(_ENTRIES, span).fetchall():
        date = _date(day)
        found[date] = _stored(
            Entry,
            day=date,
            mood=mood,
            energy=energy,
            feelings=tuple(feelings.get(entry_id, ())),
            gratitude=tuple(gratitude.get(entry_id, ())),
            text=text,
            uid=uid,
            company=company_of(company),
            tags=tags.get(entry_id, ()),
        )
    return found


def interactions(db: Db, start: dt.date, end: dt.date) -> list[Interaction]:
    """The contacts from ``start`` to ``end`` inclusive, by day and then as logged."""
    from diary.domain.models import Initiator, Interaction, Mode

    span = (start.isoformat(), end.isoformat())
    people: dict[int, list[str]] = defaultdict(list)
    for interaction_id, name in db.execute(_PEOPLE, span).fetchall():
        people[interaction_id].append(name)
    modes = {mode.value: mode for mode in Mode}
    initiators = {who.value: who for who in Initiator}
    return [
        _stored(
            Interaction,
            day=_date(day),
            mode=modes[mode],
            minutes=minutes,
            people=tuple(people.get(row_id, ())),
            depth=depth,
            initiated=initiators[initiated] if initiated else None,
            circle=circle,
            note=note,
            id=row_id,
            uid=uid,
        )
        for row_id, uid, day, mode, minutes, depth, initiated, circle, note in db.execute(
            _INTERACTIONS, span
        ).fetchall()
    ]


def days(db: Db, start: dt.date, end: dt.date) -> list[Day]:
    """Every logged day from ``start`` to ``end`` inclusive, oldest first."""
    from diary.domain.models import Day

    with no_cyclic_collection():
        found = entries(db, start, end)
        contacts: dict[dt.date, list[Interaction]] = defaultdict(list)
        for item in interactions(db, start, end):
            contacts[item.day].append(item)
        logged = sorted(set(found) | set(contacts))
        return [Day(d, found.get(d), tuple(contacts.get(d, ()))) for d in logged]


def tagged_days(db: Db, tags: Iterable[str], start: dt.date, end: dt.date) -> list[Day]:
    """The days from ``start`` to ``end`` whose entry has every one of ``tags``."""
    from diary.storage import tags as tag_rows

    dates = tag_rows.tagged_days(db, tuple(tags), start, end)
    found = {d.day: d for d in days(db, dates[0], dates[-1])} if dates else {}
    return [found[date] for date in dates]


class DaySummary(NamedTuple):
    """A logged day in brief, as ``diary list`` shows it: what its entry says, and its contacts.

    A day with contacts and no entry has no mood, energy or company, and nothing counted.
    """

    day: dt.date
    mood: int | None
    energy: int | None
    company: Company | None
    feelings: tuple[str, ...]
    gratitude: int  # how many lines
    words: int  # of the entry's text
    tags: tuple[str, ...]  # those set, then the text's #tags (``domain.tags.day_tags``)
    contacts: int
    minutes: int  # of every contact together


_SUMMARY_ENTRIES = (
    "SELECT e.id, e.day, e.mood, e.energy, e.company, e.text, "
    "(SELECT count(*) FROM gratitude g WHERE g.entry_id = e.id) "
    "FROM entry e WHERE e.day BETWEEN ? AND ? ORDER BY e.day"
)
_SUMMARY_CONTACTS = (
    "SELECT day, count(*), sum(minutes) FROM interaction WHERE day BETWEEN ? AND ? GROUP BY day"
)


def day_summaries(db: Db, start: dt.date, end: dt.date) -> list[DaySummary]:
    """Every logged day from ``start`` to ``end`` inclusive in brief, oldest first.

    What ``days`` answers, counted in SQL instead of built: no gratitude line, contact or person
    is made into an object, and the domain models are not needed (a month's ``diary list
    --json`` reads four small result sets).
    """
    from diary.domain.tags import day_tags
    from diary.storage.tags import explicit_tags

    span = (start.isoformat(), end.isoformat())
    feelings: dict[int, list[str]] = defaultdict(list)
    for entry_id, word in db.execute(_FEELINGS, span).fetchall():
        feelings[entry_id].append(word)
    tags = explicit_tags(db, start, end)
    contacts = {
        day: (count, minutes)
        for day, count, minutes in db.execute(_SUMMARY_CONTACTS, span).fetchall()
    }
    found = {}
    for entry_id, day, mood, energy, company, text, thanks in db.execute(
        _SUMMARY_ENTRIES, span
    ).fetchall():
        count, minutes = contacts.get(day, (0, 0))
        found[day] = DaySummary(
            day=_date(day),
            mood=mood,
            energy=energy,
            company=company_of(company),
            feelings=tuple(feelings.get(entry_id, ())),
            gratitude=thanks,
            words=len(text.split()),
            tags=day_tags(tags.get(entry_id, ()), text),
            contacts=count,
            minutes=minutes,
        )
    for day, (count, minutes) in contacts.items():
        if day not in found:
            found[day] = DaySummary(_date(day), None, None, None, (), 0, 0, (), count, minutes)
    return [found[day] for day in sorted(found)]


_SEARCH = (
    "SELECT rowid, snippet(day_text, -1, ?, ?, '…', 16) FROM day_text "
    "WHERE day_text MATCH ? ORDER BY rowid DESC LIMIT ?"
)


def search(db: Db, words: str, limit: int) -> list[SearchHit]:
    """Days whose text, gratitude or contact notes hold every word, newest first.

    A ``#tag`` among the words keeps only the days with that tag (``domain.tags``). Words
    alone need neither the domain models nor the tag rows: those are imported for a ``#tag``.
    """
    from diary.domain.search import MARK_END, MARK_START, SearchHit, fts_query, parse_marked

    tags: tuple[str, ...] = ()
    if "#" in words:  # only a word starting with "#" can be a tag; the rest are FTS words
        from diary.domain.tags import split_query

        tags, words = split_query(words)
    query = fts_query(words)
    if tags:
        from diary.storage import tags as tag_rows

        return tag_rows.search(db, tags, query, limit)
    if query is None:
        return []
    hits = []
    for ordinal, marked in db.execute(_SEARCH, (MARK_START, MARK_END, query, limit)).fetchall():
        snippet, spans = parse_marked(marked)
        hits.append(SearchHit(dt.date.fromordinal(ordinal), snippet, spans))
    return hits


@contextmanager
def no_cyclic_collection() -> Iterator[None]:
    """Pause Python's cyclic collector while tens of thousands of objects are made.

    They form no cycles (frozen dataclasses of tuples and strings), yet each allocation burst
    set off collections that walked everything alive: 40% of reading ten years. Where the
    collector is already off (the app runs it on the GUI thread only) this changes nothing.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()
