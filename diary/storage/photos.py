"""The photo rows (schema v9): plain SQL on the driver connection, one blob at a time.

A photo belongs to its day's entry (``entry_id``, ON DELETE CASCADE); adding one to a day with
no entry makes an empty entry for it. Lists read only the small columns; a photo's bytes and
its thumbnail are each read alone, by id, so a day of photos never sits in memory at once. The
blobs are the last columns of the row, so listing stops before their pages (see migration v9).
Times are UTC, written as ``diary_state`` writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from diary.domain.models import Entry
from diary.domain.photos import (
    MAX_PHOTOS_PER_DAY,
    Photo,
    PhotoProblem,
    PhotoRefused,
    PreparedPhoto,
)
from diary.storage import writer

Db = Any  # a sqlcipher3 connection inside an open transaction
_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
_COLUMNS = "p.id, p.uid, e.day, p.name, p.mime, p.width, p.height, p.size, p.added"


def stamp(moment: dt.datetime) -> str:
    """An aware time as the ``added`` column keeps it (UTC, microseconds, "Z")."""
    return moment.astimezone(dt.UTC).strftime(_STAMP)


def _photo(row: tuple[Any, ...]) -> Photo:
    row_id, uid, day, name, mime, width, height, size, added = row
    return Photo(
        day=dt.date.fromisoformat(day),
        mime=mime,
        width=width,
        height=height,
        size=size,
        name=name,
        id=row_id,
        uid=uid,
        added=dt.datetime.strptime(added, _STAMP).replace(tzinfo=dt.UTC),
    )


def entry_id(db: Db, day: dt.date) -> int:
    """The id of the entry of ``day``, made (empty) if the day has none."""
    found = db.execute("SELECT id FROM entry WHERE day = ?", (day.isoformat(),)).fetchone()
    if found is not None:
        return int(found[0])
    writer.write_entry(db, Entry(day))
    ((made,),) = db.execute("SELECT id FROM entry WHERE day = ?", (day.isoformat(),)).fetchall()
    return int(made)


def add(db: Db, prepared: PreparedPhoto, now: dt.datetime, *, limit: bool = True) -> Photo:
    """Store a photo as the last of its day's; returns it as stored (id, added).

    Args:
        db: the open transaction.
        prepared: the photo and its bytes; its ``added`` time is kept when it has one (a
            backup's), else ``now`` is.
        now: the time of adding (aware).
        limit: refuse a day's ``MAX_PHOTOS_PER_DAY + 1``-th photo and one already on the day
            (the same bytes). A merge passes False: it never refuses what a diary held.

    Raises:
        PhotoRefused: TOO_MANY_FOR_DAY or DUPLICATE (only with ``limit``).
    """
    photo = prepared.photo
    owner = entry_id(db, photo.day)
    count, last = db.execute(
        "SELECT count(*), coalesce(max(ordinal), -1) FROM photo WHERE entry_id = ?", (owner,)
    ).fetchone()
    if limit:
        if count >= MAX_PHOTOS_PER_DAY:
            raise PhotoRefused(
                PhotoProblem.TOO_MANY_FOR_DAY,
                name=photo.name,
                day=photo.day,
                limit=MAX_PHOTOS_PER_DAY,
            )
        same = db.execute(
            "SELECT 1 FROM photo WHERE entry_id = ? AND size = ? AND data = ?",
            (owner, photo.size, prepared.data),
        ).fetchone()
        if same is not None:
            raise PhotoRefused(PhotoProblem.DUPLICATE, name=photo.name, day=photo.day)
    added = photo.added or now
    ((row_id,),) = db.execute(
        "INSERT INTO photo (uid, entry_id, ordinal, name, mime, width, height, size, added, "
        "thumbnail, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            photo.uid,
            owner,
            last + 1,
            photo.name,
            photo.mime,
            photo.width,
            photo.height,
            photo.size,
            stamp(added),
            prepared.thumbnail,
            prepared.data,
        ),
    ).fetchall()
    return Photo(
        day=photo.day,
        mime=photo.mime,
        width=photo.width,
        height=photo.height,
        size=photo.size,
        name=photo.name,
        id=int(row_id),
        uid=photo.uid,
        added=added.astimezone(dt.UTC),
    )


def of_days(db: Db, start: dt.date, end: dt.date) -> list[Photo]:
    """The photos from ``start`` to ``end`` inclusive, by day, each day's in the order added."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM photo p JOIN entry e ON e.id = p.entry_id "  # noqa: S608
        "WHERE e.day BETWEEN ? AND ? ORDER BY e.day, p.ordinal",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return [_photo(row) for row in rows]


def counts(db: Db, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """How many photos each day from ``start`` to ``end`` has (days without any left out)."""
    rows = db.execute(
        "SELECT e.day, count(*) FROM photo p JOIN entry e ON e.id = p.entry_id "
        "WHERE e.day BETWEEN ? AND ? GROUP BY e.day ORDER BY e.day",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return {dt.date.fromisoformat(day): int(count) for day, count in rows}


def on_day(db: Db, day: dt.date) -> int:
    """How many photos ``day`` has."""
    ((count,),) = db.execute(
        "SELECT count(*) FROM photo p JOIN entry e ON e.id = p.entry_id WHERE e.day = ?",
        (day.isoformat(),),
    ).fetchall()
    return int(count)


def blob(db: Db, photo_id: int, column: str) -> bytes | None:
    """A photo's ``data`` or ``thumbnail``, or None when there is no such photo."""
    assert column in ("data", "thumbnail")
    found = db.execute(f"SELECT {column} FROM photo WHERE id = ?", (photo_id,)).fetchone()  # noqa: S608
    return bytes(found[0]) if found is not None else None


def delete(db: Db, photo_id: int) -> bool:
    """Remove a photo (secure_delete overwrites its pages); True if there was one."""
    return (
        db.execute("DELETE FROM photo WHERE id = ? RETURNING id", (photo_id,)).fetchone()
        is not None
    )


def total(db: Db) -> tuple[int, int]:
    """How many photos the diary holds, and their bytes with their thumbnails'."""
    count, size = db.execute(
        "SELECT count(*), coalesce(sum(size + length(thumbnail)), 0) FROM photo"
    ).fetchone()
    return int(count), int(size)


def uids(db: Db) -> set[str]:
    """The uid of every photo in the diary."""
    return {uid for (uid,) in db.execute("SELECT uid FROM photo")}


def each(db: Db) -> Iterator[PreparedPhoto]:
    """Every photo with its bytes, by day and order added, read one at a time.

    The ids are listed first and each row then read by id: a sorted query of the blobs would
    copy all of them into SQLite's sorter, in memory.
    """
    ids = [
        row_id
        for (row_id,) in db.execute(
            "SELECT p.id FROM photo p JOIN entry e ON e.id = p.entry_id ORDER BY e.day, p.ordinal"
        ).fetchall()
    ]
    for row_id in ids:
        found = db.execute(
            f"SELECT {_COLUMNS}, p.thumbnail, p.data FROM photo p "  # noqa: S608
            "JOIN entry e ON e.id = p.entry_id WHERE p.id = ?",
            (row_id,),
        ).fetchone()
        if found is not None:
            yield PreparedPhoto(_photo(found[:9]), bytes(found[10]), bytes(found[9]))


def merge(db: Db, photos: Iterable[PreparedPhoto], now: dt.datetime) -> tuple[list[str], int]:
    """Add the photos whose uid the diary does not hold yet; returns their uids and the skipped.

    Each goes to its day's entry (the diary's own, if the day has one), after that day's own
    photos, and keeps the time it was first added; ``photos`` may be a stream, read once, each
    photo let go once written. The limit of photos a day takes from the user does not apply: a
    merge never leaves out what a diary held.
    """
    known = uids(db)
    added: list[str] = []
    skipped = 0
    for prepared in photos:
        uid = prepared.photo.uid
        if uid in known:
            skipped += 1
            continue
        add(db, prepared, now, limit=False)
        del prepared
        known.add(uid)
        added.append(uid)
    return added, skipped


def has_photos(db: Db, day: dt.date) -> bool:
    """True when the entry of ``day`` has a photo (an empty entry then stays, holding them)."""
    return on_day(db, day) > 0
