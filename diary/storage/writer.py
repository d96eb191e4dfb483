"""The write path: plain SQL on the driver connection, inside the caller's transaction.

Saving the evening entry happens on every autosave, so it must cost little more than the commit
itself. The ORM's unit of work (identity map, relationship loading, flush ordering) cost about
ten times a commit, and even SQLAlchemy Core added ~35 µs a statement, so writes are a handful of
statements on the DB-API connection of a transaction that SQLAlchemy opened and will commit.
Statements use the schema of ``migrations``; dates are ISO strings, as SQLAlchemy stores them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from diary.domain.models import CheckIn, Circle, Entry, Interaction, Person, name_key
from diary.storage.tags import write_tags

Db = Any  # a sqlcipher3 connection inside an open transaction
_CHUNK = 500  # days or names per statement when many change at once (far below SQLite's limit)


def _rows(db: Db, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    return list(db.execute(sql, tuple(params)).fetchall())


def _many(db: Db, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        db.executemany(sql, rows)


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# People and circles ---------------------------------------------------------------------------
#
# Names are unique and matched case-folded for every script (``name_key``). The columns' NOCASE
# index folds only A to Z, so it is asked first (one index look-up finds an exact spelling and
# any ASCII case of it: NOCASE-equal names are always casefold-equal), and only a name it misses
# is compared here against every stored name ("ÉMILE" is "émile", "STRASSE" is "straße"). That
# scan happens when a name is new or typed in another case outside A to Z: a diary has hundreds
# of people, not millions. A diary from before may hold two names that fold alike ("émile" and
# "Émile"): the one NOCASE finds wins (the exact spelling, or one differing only in A to Z), else
# the oldest row, so a look-up never depends on the order SQLite returns rows in.


def _folded(db: Db, table: str, keys: set[str]) -> dict[str, int]:
    """Ids of the oldest rows of ``table`` whose names have one of the ``name_key``s ``keys``."""
    assert table in ("person", "circle")
    found: dict[str, int] = {}
    if keys:
        for id_, name in _rows(db, f"SELECT id, name FROM {table} ORDER BY id"):
            key = name_key(name)
            if key in keys:
                found.setdefault(key, int(id_))
    return found


def circle_ids(
    db: Db, circles: Iterable[Circle], known: dict[str, int] | None = None
) -> dict[str, int]:
    """Ids of circles by case-folded name, creating the missing ones.

    ``known`` (case-folded name -> id, kept up to date) spares look-ups during a large import.
    """
    found = known if known is not None else {}
    wanted = {c.name.casefold(): c for c in circles if c.name.casefold() not in found}
    if not wanted:
        return found
    names = [c.name for c in wanted.values()]
    for id_, name in _rows(
        db, f"SELECT id, name FROM circle WHERE name IN ({_marks(names)})", names
    ):
        found[name.casefold()] = id_
    found.update(_folded(db, "circle", {key for key in wanted if key not in found}))
    for key, circle in wanted.items():
        if key not in found:
            ((found[key],),) = _rows(
                db,
                "INSERT INTO circle (uid, name, cadence_days) VALUES (?, ?, ?) RETURNING id",
                (circle.uid, circle.name, circle.cadence_days),
            )
    return found


def person_ids(
    db: Db,
    people: Iterable[Person],
    known: dict[str, int] | None = None,
    known_circles: dict[str, int] | None = None,
) -> dict[str, int]:
    """Ids of people by case-folded name, creating the missing ones with their circles."""
    found = known if known is not None else {}
    wanted = {p.name.casefold(): p for p in people if p.name.casefold() not in found}
    if not wanted:
        return found
    names = [p.name for p in wanted.values()]
    for start in range(0, len(names), _CHUNK):
        chunk = names[start : start + _CHUNK]
        for id_, name in _rows(
            db, f"SELECT id, name FROM person WHERE name IN ({_marks(chunk)})", chunk
        ):
            found[name.casefold()] = id_
    found.update(_folded(db, "person", {key for key in wanted if key not in found}))
    for key, person in wanted.items():
        if key in found:
            continue
        ((found[key],),) = _rows(
            db,
            "INSERT INTO person (uid, name, inner_circle, cadence_days) VALUES (?, ?, ?, ?) "
            "RETURNING id",
            (person.uid, person.name, int(person.inner), person.cadence_days),
        )
        set_person_circles(db, found[key], person.circles, known_circles)
    return found


def name_owner(db: Db, table: str, name: str) -> int | None:
    """Id of the person or circle (``table``) already called ``name``, ignoring case.

    Case is ignored for every script (``name_key``), so this is also the uniqueness check.
    """
    assert table in ("person", "circle")
    found = _rows(
        db, f"SELECT id FROM {table} WHERE name = ?", (unicodedata.normalize("NFC", name),)
    )
    if found:
        return int(found[0][0])
    key = name_key(name)
    return _folded(db, table, {key}).get(key)


def update_person(db: Db, person: Person) -> bool:
    """Change someone's details and circles (found by id); False if they no longer exist."""
    changed = _rows(
        db,
        "UPDATE person SET name = ?, inner_circle = ?, cadence_days = ? WHERE id = ? RETURNING id",
        (person.name, int(person.inner), person.cadence_days, person.id),
    )
    if changed:
        set_person_circles(db, int(changed[0][0]), person.circles)
    return bool(changed)


def set_person_circles(
    db: Db, person_id: int, circles: Sequence[str], known: dict[str, int] | None = None
) -> None:
    """Make ``circles`` (creating new ones) exactly the circles of a person."""
    ids = circle_ids(db, (Circle(c) for c in circles), known)
    db.execute("DELETE FROM person_circle WHERE person_id = ?", (person_id,))
    _many(
        db,
        "INSERT INTO person_circle (person_id, circle_id) VALUES (?, ?)",
        [(person_id, ids[c.casefold()]) for c in circles],
    )


# Entries, contacts, check-ins -----------------------------------------------------------------


def _company(entry: Entry) -> str | None:
    """The column value of "Company today" (schema v7), NULL when not answered."""
    return entry.company.value if entry.company is not None else None


def write_entry(db: Db, entry: Entry, people: dict[str, int] | None = None) -> str:
    """Insert or replace the entry of its day with its feelings and gratitude; returns its uid."""
    ((entry_id, uid),) = _rows(
        db,
        "INSERT INTO entry (uid, day, mood, energy, text, company) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET mood = excluded.mood, energy = excluded.energy, "
        "text = excluded.text, company = excluded.company RETURNING id, uid",
        (entry.uid, entry.day.isoformat(), entry.mood, entry.energy, entry.text, _company(entry)),
    )
    db.execute("DELETE FROM entry_feeling WHERE entry_id = ?", (entry_id,))
    _many(
        db,
        "INSERT INTO entry_feeling (entry_id, position, word) VALUES (?, ?, ?)",
        [(entry_id, i, word) for i, word in enumerate(entry.feelings)],
    )
    db.execute("DELETE FROM gratitude WHERE entry_id = ?", (entry_id,))
    ids = person_ids(db, (Person(g.person) for g in entry.gratitude if g.person), people)
    _many(
        db,
        "INSERT INTO gratitude (entry_id, position, text, person_id) VALUES (?, ?, ?, ?)",
        [
            (entry_id, i, g.text, ids[g.person.casefold()] if g.person else None)
            for i, g in enumerate(entry.gratitude)
        ],
    )
    write_tags(db, entry_id, entry)
    return str(uid)


def delete_entry(db: Db, day: dt.date) -> bool:
    """Remove the entry of ``day`` (feelings and gratitude cascade); True if there was one."""
    return bool(_rows(db, "DELETE FROM entry WHERE day = ? RETURNING id", (day.isoformat(),)))


def write_interaction(
    db: Db,
    item: Interaction,
    people: dict[str, int] | None = None,
    circles: dict[str, int] | None = None,
) -> int:
    """Insert a contact, or replace the one with ``item.id``; returns its id."""
    circle_id = None
    if item.circle:
        circle_id = circle_ids(db, [Circle(item.circle)], circles)[item.circle.casefold()]
    values = (
        item.day.isoformat(),
        item.mode.value,
        item.minutes,
        item.depth,
        item.initiated.value if item.initiated else None,
        circle_id,
        item.note,
    )
    if item.id is None:
        ((item_id,),) = _rows(
            db,
            "INSERT INTO interaction (day, mode, minutes, depth, initiated, circle_id, note, uid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (*values, item.uid),
        )
    else:
        item_id = item.id
        db.execute(
            "UPDATE interaction SET day = ?, mode = ?, minutes = ?, depth = ?, initiated = ?, "
            "circle_id = ?, note = ? WHERE id = ?",
            (*values, item_id),
        )
        db.execute("DELETE FROM interaction_person WHERE interaction_id = ?", (item_id,))
    ids = person_ids(db, (Person(name) for name in item.people), people)
    _many(
        db,
        "INSERT INTO interaction_person (interaction_id, person_id) VALUES (?, ?)",
        [(item_id, ids[name.casefold()]) for name in item.people],
    )
    return int(item_id)


def interaction_day(db: Db, interaction_id: int | None) -> dt.date | None:
    """The date of a logged contact, or None if there is no such contact."""
    found = _rows(db, "SELECT day FROM interaction WHERE id = ?", (interaction_id,))
    return dt.date.fromisoformat(found[0][0]) if found else None


def delete_interaction(db: Db, interaction_id: int) -> dt.date | None:
    """Remove a contact; returns the date it was on, or None if it did not exist."""
    found = _rows(db, "DELETE FROM interaction WHERE id = ? RETURNING day", (interaction_id,))
    return dt.date.fromisoformat(found[0][0]) if found else None


def write_checkin(db: Db, checkin: CheckIn) -> int:
    """Store a questionnaire's answers as comma-separated integers; returns the new id."""
    ((new_id,),) = _rows(
        db,
        "INSERT INTO checkin (uid, day, kind, answers) VALUES (?, ?, ?, ?) RETURNING id",
        (
            checkin.uid,
            checkin.day.isoformat(),
            checkin.kind.value,
            ",".join(str(a) for a in checkin.answers),
        ),
    )
    return int(new_id)


# The search index -----------------------------------------------------------------------------


def gratitude_line(text: str, person: str | None) -> str:
    """A gratitude note as indexed: the person's name added only if the text lacks it."""
    if person and person.casefold() not in text.casefold():
        return f"{text} ({person})"
    return text


def refresh_day_text(db: Db, days: Iterable[dt.date], entry: Entry | None = None) -> None:
    """Rebuild the encrypted full-text rows (one per day, rowid = day ordinal) of ``days``.

    ``entry``, when the caller has just written it, spares reading it back.
    """
    ordered = [d.isoformat() for d in sorted(set(days))]
    for start in range(0, len(ordered), _CHUNK):
        _refresh_chunk(db, ordered[start : start + _CHUNK], entry)


def _entry_texts(db: Db, days: list[str]) -> dict[str, tuple[str, str]]:
    texts: dict[str, tuple[str, list[str]]] = {}
    for day, text, gratitude, person in _rows(
        db,
        "SELECT e.day, e.text, g.text, p.name FROM entry e "
        "LEFT JOIN gratitude g ON g.entry_id = e.id LEFT JOIN person p ON p.id = g.person_id "
        f"WHERE e.day IN ({_marks(days)}) ORDER BY e.day, g.position",
        days,
    ):
        lines = texts.setdefault(day, (text, []))[1]
        if gratitude is not None:
            lines.append(gratitude_line(gratitude, person))
    return {day: (text, "\n".join(lines)) for day, (text, lines) in texts.items()}


def _refresh_chunk(db: Db, days: list[str], entry: Entry | None) -> None:
    if entry is not None and days == [entry.day.isoformat()]:
        lines = (gratitude_line(g.text, g.person) for g in entry.gratitude)
        texts = {days[0]: (entry.text, "\n".join(lines))}
    else:
        texts = _entry_texts(db, days)
    notes: dict[str, list[str]] = {}
    for day, note, people in _rows(
        db,
        "SELECT i.day, i.note, group_concat(p.name, ', ' ORDER BY p.name) FROM interaction i "
        "LEFT JOIN interaction_person ip ON ip.interaction_id = i.id "
        "LEFT JOIN person p ON p.id = ip.person_id "
        f"WHERE i.day IN ({_marks(days)}) GROUP BY i.id ORDER BY i.id",
        days,
    ):
        line = " — ".join(part for part in (f"with {people}" if people else "", note) if part)
        if line:
            notes.setdefault(day, []).append(line)
    _many(db, "DELETE FROM day_text WHERE rowid = ?", [(_ordinal(d),) for d in days])
    rows = []
    for day in days:
        text, gratitude = texts.get(day, ("", ""))
        day_notes = "\n".join(notes.get(day, ()))
        if text or gratitude or day_notes:
            rows.append((_ordinal(day), text, gratitude, day_notes))
    _many(db, "INSERT INTO day_text (rowid, text, gratitude, notes) VALUES (?, ?, ?, ?)", rows)


def _ordinal(day: str) -> int:
    return dt.date.fromisoformat(day).toordinal()


# People and circles: merging, deleting, members (issue 5) --------------------------------------


def person_id(db: Db, name: str) -> int | None:
    """Id of the person called ``name`` (ignoring case), or None."""
    return name_owner(db, "person", name)


def person_name(db: Db, person_id: int) -> str:
    """The stored spelling of a person's name."""
    ((name,),) = _rows(db, "SELECT name FROM person WHERE id = ?", (person_id,))
    return str(name)


def days_naming(db: Db, person_ids: Sequence[int]) -> set[dt.date]:
    """Days whose search text names one of the people: their contacts and gratitude notes."""
    marks = _marks(person_ids)
    rows = _rows(
        db,
        "SELECT i.day FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id "
        f"WHERE ip.person_id IN ({marks}) "
        "UNION SELECT e.day FROM entry e JOIN gratitude g ON g.entry_id = e.id "
        f"WHERE g.person_id IN ({marks})",
        [*person_ids, *person_ids],
    )
    return {dt.date.fromisoformat(day) for (day,) in rows}


def merge_people(db: Db, keep_id: int, other_id: int) -> None:
    """Move every contact, gratitude link and circle of ``other_id`` to ``keep_id``; delete it.

    ``keep_id`` stays in the inner circle if either was in it, and takes ``other_id``'s cadence
    only if it had none. ``other_id``'s snooze or dismissal goes with it.
    """
    db.execute(
        "INSERT OR IGNORE INTO interaction_person (interaction_id, person_id) "
        "SELECT interaction_id, ? FROM interaction_person WHERE person_id = ?",
        (keep_id, other_id),
    )
    db.execute("UPDATE gratitude SET person_id = ? WHERE person_id = ?", (keep_id, other_id))
    db.execute(
        "INSERT OR IGNORE INTO person_circle (person_id, circle_id) "
        "SELECT ?, circle_id FROM person_circle WHERE person_id = ?",
        (keep_id, other_id),
    )
    db.execute(
        "UPDATE person SET inner_circle = max(inner_circle, "
        "(SELECT inner_circle FROM person WHERE id = :other)), "
        "cadence_days = coalesce(cadence_days, "
        "(SELECT cadence_days FROM person WHERE id = :other)) "
        "WHERE id = :keep",
        {"keep": keep_id, "other": other_id},
    )
    db.execute("DELETE FROM person WHERE id = ?", (other_id,))


def delete_person(db: Db, person_id: int, *, keep_interactions: bool) -> tuple[int, int, int]:
    """Remove a person; returns (contacts deleted, contacts that lost the name, notes unlinked).

    With ``keep_interactions`` every contact stays, without the name. Otherwise contacts with
    only this person are deleted and shared ones lose just the name. Gratitude notes always
    stay (they are the user's own words), unlinked from the person.
    """
    deleted = 0
    if not keep_interactions:
        deleted = len(
            _rows(
                db,
                "DELETE FROM interaction WHERE id IN ("
                "SELECT ip.interaction_id FROM interaction_person ip WHERE ip.person_id = ? "
                "AND NOT EXISTS (SELECT 1 FROM interaction_person o "
                "WHERE o.interaction_id = ip.interaction_id AND o.person_id <> ?)) RETURNING id",
                (person_id, person_id),
            )
        )
    ((unlinked,),) = _rows(
        db, "SELECT count(*) FROM interaction_person WHERE person_id = ?", (person_id,)
    )
    ((notes,),) = _rows(db, "SELECT count(*) FROM gratitude WHERE person_id = ?", (person_id,))
    db.execute("DELETE FROM person WHERE id = ?", (person_id,))
    return deleted, int(unlinked), int(notes)


def update_circle(db: Db, circle: Circle) -> bool:
    """Rename a circle or change its cadence (found by id); False if it no longer exists."""
    return bool(
        _rows(
            db,
            "UPDATE circle SET name = ?, cadence_days = ? WHERE id = ? RETURNING id",
            (circle.name, circle.cadence_days, circle.id),
        )
    )


def delete_circle(db: Db, circle_id: int) -> None:
    """Remove a circle: members leave it and its contacts stay, without a circle."""
    db.execute("DELETE FROM circle WHERE id = ?", (circle_id,))


def set_circle_members(db: Db, circle_id: int, person_ids: Iterable[int]) -> None:
    """Make exactly ``person_ids`` the members of a circle."""
    db.execute("DELETE FROM person_circle WHERE circle_id = ?", (circle_id,))
    _many(
        db,
        "INSERT INTO person_circle (person_id, circle_id) VALUES (?, ?)",
        [(pid, circle_id) for pid in dict.fromkeys(person_ids)],
    )


# Reach-out holds -------------------------------------------------------------------------------


def target_id(db: Db, table: str, uid: str) -> int | None:
    """Id of the person or circle (``table``) with ``uid``, or None."""
    assert table in ("person", "circle")
    found = _rows(db, f"SELECT id FROM {table} WHERE uid = ?", (uid,))
    return int(found[0][0]) if found else None


def set_hold(db: Db, column: str, owner_id: int, kind: str, day: dt.date) -> None:
    """Snooze or dismiss one person or circle, replacing any earlier hold of theirs."""
    assert column in ("person_id", "circle_id")
    db.execute(f"DELETE FROM reach_out_hold WHERE {column} = ?", (owner_id,))
    db.execute(
        f"INSERT INTO reach_out_hold ({column}, kind, day) VALUES (?, ?, ?)",
        (owner_id, kind, day.isoformat()),
    )


def clear_hold(db: Db, column: str, owner_id: int) -> bool:
    """Remove the hold of one person or circle; True if there was one."""
    assert column in ("person_id", "circle_id")
    return bool(
        _rows(db, f"DELETE FROM reach_out_hold WHERE {column} = ? RETURNING id", (owner_id,))
    )
