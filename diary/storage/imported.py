"""What imports brought, note by note: merging a later export, and taking an import back.

Plain SQL inside the caller's transaction, like ``writer``. The tables (schema v6) remember
each note of another app the diary took in (``import_note``, by app and the note's key there),
the mood and text imports last gave each day (``import_day``), and every import with what each
day it changed was before (``import_run`` and ``import_run_day``).

The rules, so that an import never takes what is the user's:

- A note the diary already holds (same app, same key) is never added again; a note that is new
  is added to its day. A day without an entry gets one, made of its notes.
- The day's mood is the mean of all its imported notes' moods, but only while the entry's mood
  is still the one an import gave it: a mood the user typed or changed is theirs and stays.
- While the day's text is exactly what imports wrote, it is written again from all its notes
  (a later export's notes fall into time order); otherwise the new notes are added after the
  text under a title naming their app ("From jrnl"), and nothing there is changed.
- A note's photos (Day One's) are attached to its day when the note is added, or changed, each
  once: its uid comes from the app and the photo's key there. A photo that cannot be taken is
  named in the result and the rest of the note still comes.
- ``undo_last`` puts every day the last import changed back as it was before, except a day the
  user has changed since (that one is kept as it is and named); the photos it brought go, also
  from a kept day. A day the import made that has photos of the user's since is kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from diary.domain.company import company_of
from diary.domain.imports import (
    SourceNote,
    appended,
    day_text,
    day_uid,
    feelings_of,
    in_time_order,
    mean_mood,
    photo_uid,
    tags_of,
)
from diary.domain.models import Entry, Gratitude, ValidationError
from diary.domain.photos import MAX_PHOTOS_PER_DAY, PhotoProblem, PhotoRefused
from diary.storage import photos as photo_rows
from diary.storage import reader, writer
from diary.storage.writer import Db, _rows


@dataclass(frozen=True)
class NotesMerged:
    """What merging the notes of an import did (or, in a dry run, would do).

    Attributes:
        notes_added: notes the diary did not hold yet, now added.
        days_added_to: the days those notes went to (new days and days that had an entry).
        days_new: of those, the days that had no entry before.
        days_updated: days that had an entry and were changed (notes added, a mood worked out
            again with a new ``--map``).
        notes_known: notes the diary already held.
        refused: days that could not take their notes, each with the reason.
        photos_added: photos attached to the notes' days.
        photos_refused: photos that could not be taken, each with its day and the reason.
    """

    notes_added: int = 0
    days_added_to: int = 0
    days_new: int = 0
    days_updated: int = 0
    notes_known: int = 0
    refused: tuple[tuple[dt.date, ValidationError], ...] = ()
    photos_added: int = 0
    photos_refused: tuple[tuple[dt.date, PhotoRefused], ...] = ()

    @property
    def changes_anything(self) -> bool:
        """True when the import adds or changes anything."""
        return bool(self.notes_added or self.days_updated or self.photos_added)


@dataclass(frozen=True)
class ImportRun:
    """One import the diary remembers (the newest can be undone).

    Attributes:
        source: the importer's name (``daylio``, ``json``…).
        file: the name of the file it read.
        at: when it was made (UTC).
        notes: notes (or, for a Hearth JSON file, records) it added.
        days: days it added notes to; updated: days that had an entry and were changed.
    """

    source: str
    file: str
    at: dt.datetime
    notes: int
    days: int
    updated: int


@dataclass(frozen=True)
class ImportUndone:
    """What ``undo_last`` did: the import, the days put back, the days kept as changed since."""

    run: ImportRun
    days_restored: int
    kept: tuple[dt.date, ...]
    records_removed: int = 0
    photos_removed: int = 0


# Digests and snapshots ------------------------------------------------------------------------


def _digest(value: object) -> str:
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def text_hash(text: str) -> str:
    """A digest of a day's text, to tell whether it is still what an import wrote."""
    return _digest(text)


def _entry_dict(entry: Entry | None) -> dict[str, Any] | None:
    if entry is None:
        return None
    return (
        {
            "uid": entry.uid,
            "mood": entry.mood,
            "energy": entry.energy,
            "feelings": list(entry.feelings),
            "gratitude": [[g.text, g.person] for g in entry.gratitude],
            "text": entry.text,
        }
        | ({"company": entry.company.value} if entry.company else {})
        | (  # unanswered: as before
            {"tags": list(entry.tags)} if entry.tags else {}  # only if any: older digests hold
        )
    )


def entry_hash(entry: Entry | None) -> str:
    """A digest of everything an entry holds (or of no entry)."""
    return _digest(_entry_dict(entry))


def _entry_from(day: dt.date, value: dict[str, Any]) -> Entry:
    return Entry(
        day,
        mood=value["mood"],
        energy=value["energy"],
        feelings=tuple(value["feelings"]),
        gratitude=tuple(Gratitude(text, person) for text, person in value["gratitude"]),
        text=value["text"],
        uid=value["uid"],
        company=company_of(value.get("company")),
        tags=tuple(value.get("tags", ())),
    )


@dataclass
class _Row:
    """A stored note (a row of ``import_note``)."""

    source: str
    key: str
    day: str
    time: str | None
    label: str
    mood: int | None
    feelings: str
    text: str

    @classmethod
    def of(cls, source: str, note: SourceNote) -> _Row:
        time = note.time.isoformat() if note.time is not None else None
        feelings = "\n".join(note.feelings)
        return cls(source, note.key, note.day.isoformat(), time, note.label, note.mood, feelings,
                   note.text)  # fmt: skip

    def note(self) -> SourceNote:
        time = dt.time.fromisoformat(self.time) if self.time else None
        feelings = tuple(self.feelings.split("\n")) if self.feelings else ()
        day = dt.date.fromisoformat(self.day)
        return SourceNote(day, time, self.text, self.label, self.mood, feelings, self.key)

    def values(self) -> tuple[Any, ...]:
        return (self.source, self.key, self.day, self.time, self.label, self.mood, self.feelings,
                self.text)  # fmt: skip

    def same_as(self, other: _Row) -> bool:
        return self.values()[3:] == other.values()[3:]


_NOTE_COLUMNS = "source, key, day, time, label, mood, feelings, text"


def _day_rows(db: Db, day: str) -> list[_Row]:
    return [
        _Row(*row)
        for row in _rows(
            db, f"SELECT {_NOTE_COLUMNS} FROM import_note WHERE day = ? ORDER BY id", (day,)
        )  # fmt: skip
    ]


def _known(db: Db, source: str, keys: list[str]) -> dict[str, _Row]:
    found: dict[str, _Row] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in _rows(
            db,
            f"SELECT {_NOTE_COLUMNS} FROM import_note WHERE source = ? AND key IN ({marks})",
            (source, *chunk),
        ):
            found[row[1]] = _Row(*row)
    return found


def _insert(db: Db, rows: Iterable[_Row]) -> None:
    db.executemany(
        f"INSERT INTO import_note ({_NOTE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [row.values() for row in rows],
    )


def _state(db: Db, day: str) -> tuple[int | None, str | None] | None:
    found = _rows(db, "SELECT mood, text_hash FROM import_day WHERE day = ?", (day,))
    return (found[0][0], found[0][1]) if found else None


def _set_state(db: Db, day: str, state: tuple[int | None, str | None] | None) -> None:
    db.execute("DELETE FROM import_day WHERE day = ?", (day,))
    if state is not None:
        db.execute("INSERT INTO import_day (day, mood, text_hash) VALUES (?, ?, ?)", (day, *state))


def _entry(db: Db, day: dt.date) -> Entry | None:
    return reader.entries(db, day, day).get(day)


# Merging ---------------------------------------------------------------------------------------


@dataclass
class _Run:
    id: int
    source: str
    titles: Mapping[str, str]
    at: dt.datetime
    dry_run: bool
    before: dict[dt.date, str | None] = field(default_factory=dict)  # entry digests, or None
    after: dict[dt.date, str] = field(default_factory=dict)
    added_to: set[dt.date] = field(default_factory=set)
    notes_added: int = 0
    notes_known: int = 0
    refused: list[tuple[dt.date, ValidationError]] = field(default_factory=list)
    photos_added: int = 0
    photos_refused: list[tuple[dt.date, PhotoRefused]] = field(default_factory=list)


def start_run(db: Db, source: str, file: str, at: dt.datetime) -> int:
    """Record a new import (its counts are filled in by ``finish_run``); returns its id."""
    ((run_id,),) = _rows(
        db,
        "INSERT INTO import_run (source, file, at, notes, days, updated) "
        "VALUES (?, ?, ?, 0, 0, 0) RETURNING id",
        (source, file, at.astimezone(dt.UTC).isoformat(timespec="seconds")),
    )
    return int(run_id)


def finish_run(db: Db, run_id: int, notes: int, days: int, updated: int) -> None:
    """Fill in what an import did, or forget it when it did nothing."""
    changed = _rows(db, "SELECT 1 FROM import_run_day WHERE run_id = ? LIMIT 1", (run_id,))
    added = _rows(db, "SELECT 1 FROM import_run_added WHERE run_id = ? LIMIT 1", (run_id,))
    if not changed and not added:
        db.execute("DELETE FROM import_run WHERE id = ?", (run_id,))
        return
    db.execute(
        "UPDATE import_run SET notes = ?, days = ?, updated = ? WHERE id = ?",
        (notes, days, updated, run_id),
    )


def merge_notes(
    db: Db,
    source: str,
    notes: Iterable[SourceNote],
    *,
    titles: Mapping[str, str],
    file: str,
    at: dt.datetime,
    dry_run: bool = False,
) -> NotesMerged:
    """Merge the notes of one import of ``source`` into the diary (see the module's rules).

    ``notes`` may be a stream: the notes of a day are best given one after another (Daylio's
    rows are), but a day given again later is merged again, which is the same. ``titles`` are
    the lines that head notes added after a day's text, by app ("From jrnl"). In a ``dry_run``
    (which the caller rolls back) photos are read and checked but not stored: a large export's
    photos would only fill the database's journal to be thrown away.
    """
    run = _Run(start_run(db, source, file, at), source, titles, at, dry_run)
    for day, group in itertools.groupby(notes, key=lambda note: note.day):
        _merge_day(db, run, day, list(group))
    updated = sum(
        1 for day, before in run.before.items() if before is not None and run.after[day] != before
    )
    new_days = sum(1 for day in run.added_to if run.before.get(day, "") is None)
    finish_run(db, run.id, run.notes_added, len(run.added_to), updated)
    return NotesMerged(
        notes_added=run.notes_added,
        days_added_to=len(run.added_to),
        days_new=new_days,
        days_updated=updated,
        notes_known=run.notes_known,
        refused=tuple(run.refused),
        photos_added=run.photos_added,
        photos_refused=tuple(run.photos_refused),
    )


def _snapshot(db: Db, run: _Run, day: dt.date, entry: Entry | None) -> None:
    """Keep what ``day`` was before this import changed it (only the first time)."""
    if day in run.before:
        return
    iso = day.isoformat()
    before: dict[str, Any] = {
        "entry": _entry_dict(entry),
        "state": _state(db, iso),
        "notes": [list(row.values()) for row in _day_rows(db, iso)],
    }
    db.execute(
        "INSERT INTO import_run_day (run_id, day, before, after_hash) VALUES (?, ?, ?, ?)",
        (run.id, iso, json.dumps(before, ensure_ascii=False), entry_hash(entry)),
    )
    run.before[day] = None if entry is None else entry_hash(entry)


def _legacy(entry: Entry, notes: list[SourceNote]) -> tuple[list[SourceNote], tuple[Any, Any]]:
    """The notes an import made before notes were remembered already brought, and its state.

    Such an entry has the import's uid but no remembered notes; a note whose text is in the
    entry's text was part of it. Its mood was the import's if it is still their mean.
    """
    present = [n for n in notes if n.text in entry.text]
    mood = mean_mood(n.mood for n in present if n.mood is not None)
    older = present[0].text if len(present) == 1 else None  # one note, once without a heading
    written = entry.text in (day_text(present), older) if present else False
    return present, (mood, text_hash(entry.text) if written else None)


def _compose(rows: list[_Row], primary: str, titles: Mapping[str, str]) -> str:
    """The text of a day written only by imports: the first app's notes, then each other's."""
    by_source: dict[str, list[SourceNote]] = {}
    for row in rows:
        by_source.setdefault(row.source, []).append(row.note())
    text = day_text(by_source.pop(primary, []))
    for source, notes in by_source.items():
        text = appended(text, titles.get(source, source), notes)
    return text


def _merge_day(db: Db, run: _Run, day: dt.date, group: list[SourceNote]) -> None:
    iso = day.isoformat()
    source = run.source
    incoming: dict[str, SourceNote] = {}
    for note in group:
        if note.has_content:
            incoming.setdefault(note.key, note)
    if not incoming:
        return
    known = _known(db, source, list(incoming))
    entry = _entry(db, day)
    state = _state(db, iso)
    day_rows = _day_rows(db, iso)
    adopted: list[_Row] = []
    if entry is not None and state is None and not day_rows and entry.uid == day_uid(source, day):
        present, state = _legacy(entry, [n for k, n in incoming.items() if k not in known])
        adopted = [_Row.of(source, n) for n in present]
        known.update((row.key, row) for row in adopted)
        day_rows = adopted[:]
    new = [n for key, n in incoming.items() if key not in known]
    changed: list[_Row] = []
    for key, note in incoming.items():
        row = known.get(key)
        fresh = _Row.of(source, note)
        if row is not None and row.day == iso and not row.same_as(fresh):
            changed.append(fresh)
    run.notes_known += len(incoming) - len(new)
    if adopted and not new and not changed:  # only remembered now; the entry stays as it is
        _insert(db, adopted)
        _set_state(db, iso, state)
        return
    if not new and not changed:
        return
    replaced = {row.key: row for row in changed}
    rows_after = [
        replaced.get(row.key, row) if row.source == source else row for row in day_rows
    ] + [_Row.of(source, n) for n in new]
    try:
        result, new_state = _day_after(run, day, entry, state, rows_after, new)
    except ValidationError as error:
        run.refused.append((day, error))
        return
    _snapshot(db, run, day, entry)
    _insert(db, adopted)
    for row in changed:
        db.execute(
            "UPDATE import_note SET time = ?, label = ?, mood = ?, feelings = ?, text = ? "
            "WHERE source = ? AND key = ?",
            (row.time, row.label, row.mood, row.feelings, row.text, row.source, row.key),
        )
    _insert(db, (_Row.of(source, n) for n in new))
    if result != entry and result is not None:
        writer.write_entry(db, result)
        writer.refresh_day_text(db, [day], result)
    if result is not None:
        attached = _attach_photos(db, run, day, [*new, *(incoming[r.key] for r in changed)])
        if entry is None and result.is_empty and not attached:  # only photos, none taken
            _forget_day(db, run, day, new)
            return
    _set_state(db, iso, new_state)
    run.after[day] = entry_hash(result)
    db.execute(
        "UPDATE import_run_day SET after_hash = ? WHERE run_id = ? AND day = ?",
        (run.after[day], run.id, iso),
    )
    if new:
        run.added_to.add(day)
        run.notes_added += len(new)


def _forget_day(db: Db, run: _Run, day: dt.date, new: list[SourceNote]) -> None:
    """Take back a day this import was making of notes of only photos, none of which came.

    Its notes are not remembered either, so a later export whose photos can be read brings them.
    """
    writer.delete_entry(db, day)
    db.executemany(
        "DELETE FROM import_note WHERE source = ? AND key = ?", [(run.source, n.key) for n in new]
    )
    db.execute("DELETE FROM import_run_day WHERE run_id = ? AND day = ?", (run.id, day.isoformat()))
    del run.before[day]


def _attach_photos(db: Db, run: _Run, day: dt.date, notes: list[SourceNote]) -> int:
    """Attach the photos of ``notes`` the diary lacks to ``day``, one at a time; how many came.

    Each is read from the import's file only now, stored, and let go before the next.
    """
    attached = 0
    held = photo_rows.on_day(db, day) if run.dry_run else 0
    for note in in_time_order(notes):
        for photo in note.photos:
            uid = photo_uid(run.source, photo.key)
            if db.execute("SELECT 1 FROM photo WHERE uid = ?", (uid,)).fetchone() is not None:
                continue
            try:
                prepared = photo.load()
                prepared = replace(prepared, photo=replace(prepared.photo, day=day, uid=uid))
                if not run.dry_run:
                    photo_rows.add(db, prepared, run.at)
                elif held + attached >= MAX_PHOTOS_PER_DAY:  # as ``add`` would refuse it
                    name = prepared.photo.name
                    raise PhotoRefused(
                        PhotoProblem.TOO_MANY_FOR_DAY, name=name, day=day, limit=MAX_PHOTOS_PER_DAY
                    )
            except PhotoRefused as error:
                run.photos_refused.append((day, error))
                continue
            del prepared  # let go before the next is read
            if not run.dry_run:
                record_added(db, run.id, "photo", [uid])
            attached += 1
    run.photos_added += attached
    return attached


def _day_after(
    run: _Run,
    day: dt.date,
    entry: Entry | None,
    state: tuple[Any, Any] | None,
    rows: list[_Row],
    new: list[SourceNote],
) -> tuple[Entry | None, tuple[int | None, str | None]]:
    """The day's entry once the notes are in, and what imports then gave it (mood, text)."""
    if entry is None:
        if not new:  # the user removed the entry since; notes they had are not brought back
            return None, (None, None)
        text = day_text(new)
        made = Entry(
            day,
            mood=mean_mood(n.mood for n in new if n.mood is not None),
            feelings=feelings_of(new),
            text=text,
            uid=day_uid(run.source, day),
            tags=tags_of(new),
        )
        return made, (made.mood, text_hash(text))
    given_mood, given_text = state if state is not None else (None, None)
    mood = entry.mood
    if entry.mood == given_mood:  # still the import's (or none at all): work it out again
        mood = mean_mood(row.mood for row in rows if row.mood is not None)
        given_mood = mood
    sources = dict.fromkeys(row.source for row in rows)
    primary = next((s for s in sources if day_uid(s, day) == entry.uid), None)
    text = entry.text
    if primary is not None and given_text == text_hash(entry.text):
        text = _compose(rows, primary, run.titles)
        given_text = text_hash(text)
    elif new:
        text = appended(entry.text, run.titles.get(run.source, run.source), new)
        given_text = None
    result = Entry(
        day,
        mood=mood,
        energy=entry.energy,
        feelings=feelings_of(new, entry.feelings),
        gratitude=entry.gratitude,
        text=text,
        uid=entry.uid,
        company=entry.company,
        tags=tags_of(new, entry.tags),
    )
    return result, (given_mood, given_text)


# Undoing ----------------------------------------------------------------------------------------


def _run(row: tuple[Any, ...]) -> ImportRun:
    source, file, at, notes, days, updated = row
    return ImportRun(source, file, dt.datetime.fromisoformat(at), notes, days, updated)


def last_run(db: Db) -> ImportRun | None:
    """The newest import the diary remembers, if any."""
    found = _rows(
        db,
        "SELECT source, file, at, notes, days, updated FROM import_run ORDER BY id DESC LIMIT 1",
    )
    return _run(found[0]) if found else None


def record_added(db: Db, run_id: int, kind: str, refs: Iterable[str]) -> None:
    """Remember records a Hearth JSON import added, so an undo can remove them."""
    db.executemany(
        "INSERT OR IGNORE INTO import_run_added (run_id, kind, ref) VALUES (?, ?, ?)",
        [(run_id, kind, ref) for ref in refs],
    )


_ADDED_TABLES = {
    "checkin": "DELETE FROM checkin WHERE uid = ?",
    "interaction": "DELETE FROM interaction WHERE uid = ?",
    "hold_person": (
        "DELETE FROM reach_out_hold WHERE person_id = (SELECT id FROM person WHERE uid = ?)"
    ),
    "hold_circle": (
        "DELETE FROM reach_out_hold WHERE circle_id = (SELECT id FROM circle WHERE uid = ?)"
    ),
    "preference": "DELETE FROM preference WHERE key = ?",
    # Someone the user has written about since (a contact, a gratitude note) is kept.
    "person": (
        "DELETE FROM person WHERE uid = ?1 AND NOT EXISTS (SELECT 1 FROM interaction_person ip "
        "JOIN person p ON p.id = ip.person_id WHERE p.uid = ?1) AND NOT EXISTS (SELECT 1 FROM "
        "gratitude g JOIN person p ON p.id = g.person_id WHERE p.uid = ?1)"
    ),
    "circle": (
        "DELETE FROM circle WHERE uid = ?1 AND NOT EXISTS (SELECT 1 FROM interaction i "
        "JOIN circle c ON c.id = i.circle_id WHERE c.uid = ?1) AND NOT EXISTS (SELECT 1 FROM "
        "person_circle pc JOIN circle c ON c.id = pc.circle_id WHERE c.uid = ?1)"
    ),
}
"""How to remove each kind of record a Hearth JSON import added, in this order (entries are
put back day by day, like those of other apps)."""


def record_entries(db: Db, run_id: int, entries: Iterable[Entry]) -> None:
    """Remember the days a Hearth JSON import gave an entry (they had none before)."""
    rows = []
    for entry in entries:
        iso = entry.day.isoformat()
        notes = [list(row.values()) for row in _day_rows(db, iso)]
        before: dict[str, Any] = {"entry": None, "state": _state(db, iso), "notes": notes}
        rows.append((run_id, iso, json.dumps(before), entry_hash(entry)))
    db.executemany(
        "INSERT OR IGNORE INTO import_run_day (run_id, day, before, after_hash) "
        "VALUES (?, ?, ?, ?)",
        rows,
    )


def undo_last(db: Db) -> ImportUndone | None:
    """Take the newest import back; None when the diary remembers none."""
    found = _rows(
        db,
        "SELECT id, source, file, at, notes, days, updated FROM import_run "
        "ORDER BY id DESC LIMIT 1",
    )
    if not found:
        return None
    run_id, *details = found[0]
    run = _run(tuple(details))
    added = _rows(db, "SELECT kind, ref FROM import_run_added WHERE run_id = ?", (run_id,))
    ours = {ref for kind, ref in added if kind == "photo"}
    kept: list[dt.date] = []
    restored: list[dt.date] = []
    photos_removed = 0
    for iso, before_json, after in _rows(
        db, "SELECT day, before, after_hash FROM import_run_day WHERE run_id = ? ORDER BY day",
        (run_id,),
    ):  # fmt: skip
        day = dt.date.fromisoformat(iso)
        before = json.loads(before_json)
        theirs = _day_photos(db, iso) - ours
        if entry_hash(_entry(db, day)) != after or (before["entry"] is None and theirs):
            kept.append(day)  # changed since: a photo the user added counts
            continue
        for uid in _day_photos(db, iso) & ours:
            photos_removed += db.execute("DELETE FROM photo WHERE uid = ?", (uid,)).rowcount
        if before["entry"] is None:
            writer.delete_entry(db, day)
        else:  # written over, not deleted: the day's own photos are the entry's (cascade)
            writer.write_entry(db, _entry_from(day, before["entry"]))
        db.execute("DELETE FROM import_note WHERE day = ?", (iso,))
        _insert(db, (_Row(*values) for values in before["notes"]))
        state = before["state"]
        _set_state(db, iso, tuple(state) if state is not None else None)
        restored.append(day)
    removed = 0
    days: set[dt.date] = set(restored)
    for kind, statement in _ADDED_TABLES.items():
        for ref in (ref for k, ref in added if k == kind):
            if kind == "interaction":
                found = _rows(db, "SELECT day FROM interaction WHERE uid = ?", (ref,))
                days.update(dt.date.fromisoformat(d) for (d,) in found)
            removed += max(db.execute(statement, (ref,)).rowcount, 0)
    photos_removed += _remove_photos(db, ours)
    writer.refresh_day_text(db, days)
    db.execute("DELETE FROM import_run WHERE id = ?", (run_id,))
    return ImportUndone(run, len(restored), tuple(kept), removed, photos_removed)


def _day_photos(db: Db, iso: str) -> set[str]:
    """The uids of the photos of a day."""
    return {
        uid
        for (uid,) in _rows(
            db,
            "SELECT p.uid FROM photo p JOIN entry e ON e.id = p.entry_id WHERE e.day = ?",
            (iso,),
        )
    }


def _remove_photos(db: Db, uids: set[str]) -> int:
    """Remove the photos an import brought that are still here; how many went.

    Those of the days put back went already; these are on days kept as they are (the day's
    entry and the user's own photos stay) or that the import did not change otherwise.
    """
    removed = 0
    for uid in uids:
        removed += max(db.execute("DELETE FROM photo WHERE uid = ?", (uid,)).rowcount, 0)
    return removed
