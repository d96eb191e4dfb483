"""An unlocked diary on one plain sqlcipher3 connection: the command line's way in.

A ``diary`` command reads or writes a few rows and exits. Through ``Repository`` it paid for
SQLAlchemy (its import, ~0.2 s, raced Argon2id for the two cores), a pool that opened a second
keyed connection, the ORM's first query and a slow interpreter teardown. Here the connection
``database.open_connection`` migrated is the only one, reads are ``reader``'s plain SQL and
writes ``writer``'s, in one transaction each. The bookkeeping is the repository's: every write
transaction that changed rows stamps ``diary_state`` and moves the seal on, and opening compares
the seal, so the app and the command line keep one count. The methods carry the repository's
names and answers, so a command moves between the two by changing how it opens the diary.
Only what a command uses is imported: a search loads neither the domain models nor the writer.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from diary.storage import reader
from diary.storage.database import open_connection, storage_error
from diary.storage.seal import Mark, Report, Seal

if TYPE_CHECKING:
    from diary.domain.models import Day, Entry
    from diary.domain.search import SearchHit

_STATE = "SELECT diary_id, commits FROM diary_state WHERE id = 1"
# As the repository stamps a write transaction (``Repository._count_commit``).
_STAMP_WRITE = (
    "UPDATE diary_state SET changed_at = max(coalesce(changed_at, ''), ?), "
    "commits = commits + 1 RETURNING commits, diary_id"
)
_STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class QuickDiary:
    """The few reads and writes of the command line, on one connection, without SQLAlchemy.

    Args:
        path: the diary's database file.
        key: its data key (used to connect, not kept: the vault owns and wipes it).
        seal: its seal file, compared now and moved on after every write transaction.
        read_only: open for reading only (every write raises DiaryReadOnly).
    """

    def __init__(
        self, path: Path, key: bytes | bytearray, seal: Seal, *, read_only: bool = False
    ) -> None:
        self._db: Any = open_connection(path, key, read_only=read_only)
        self._db.isolation_level = None  # transactions begin and end where this class says
        self._seal = seal
        try:
            with self._transaction() as db:
                diary_id, commits = db.execute(_STATE).fetchone()
            mark = Mark(uuid.UUID(diary_id), int(commits))
            self.seal_report: Report | None = seal.compare(mark)
            if self.seal_report is None and not seal.valid:  # a first seal: nothing counted yet
                seal.write(mark)
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        """Close the connection (its last: SQLite checkpoints the WAL) and sync the seal."""
        self._db.close()
        self._seal.close()

    @contextmanager
    def _transaction(self) -> Iterator[reader.Db]:
        """One transaction; one that changed rows is counted, committed, then sealed."""
        db = self._db
        committed: Mark | None = None
        try:
            before = db.total_changes
            db.execute("BEGIN")
            try:
                yield db
                if db.total_changes != before:
                    moment = dt.datetime.now(dt.UTC).strftime(_STAMP_FORMAT)
                    commits, diary_id = db.execute(_STAMP_WRITE, (moment,)).fetchone()
                    committed = Mark(uuid.UUID(diary_id), int(commits))
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlcipher.DatabaseError as error:
            raise storage_error(error) from None
        if committed is not None:
            self._seal.write(committed)

    # The repository's methods the command line uses, with the same answers --------------------

    def entry(self, day: dt.date) -> Entry | None:
        """The entry of ``day``, if one was written."""
        with self._transaction() as db:
            return reader.entries(db, day, day).get(day)

    def day(self, day: dt.date) -> Day:
        """The entry and contacts of one date (possibly an unlogged, empty day)."""
        from diary.domain.models import Day

        found = self.days(day, day)
        return found[0] if found else Day(day, None, ())

    def days(self, start: dt.date, end: dt.date) -> list[Day]:
        """Every logged day from ``start`` to ``end`` inclusive, oldest first."""
        with self._transaction() as db:
            return reader.days(db, start, end)

    def day_summaries(self, start: dt.date, end: dt.date) -> list[reader.DaySummary]:
        """Every logged day from ``start`` to ``end`` in brief (``reader.day_summaries``).

        The command line's own: the repository answers ``days``, which holds all of this.
        """
        with self._transaction() as db:
            return reader.day_summaries(db, start, end)

    def tagged_days(
        self, tags: Iterable[str], start: dt.date = dt.date.min, end: dt.date = dt.date.max
    ) -> list[Day]:
        """The days from ``start`` to ``end`` whose entry has every one of ``tags``."""
        with self._transaction() as db:
            return reader.tagged_days(db, tags, start, end)

    def search(self, words: str, limit: int = 200) -> list[SearchHit]:
        """Days whose text, gratitude or contact notes hold every word, newest first.

        A ``#tag`` among the words keeps only the days with that tag (``domain.tags``).
        """
        with self._transaction() as db:
            return reader.search(db, words, limit)

    def save_entry(self, entry: Entry) -> Entry:
        """Create or replace the entry of ``entry.day``; an empty entry removes the day's entry."""
        from dataclasses import replace

        from diary.storage import writer

        with self._transaction() as db:
            if entry.is_empty:
                writer.delete_entry(db, entry.day)
                uid = entry.uid
            else:
                uid = writer.write_entry(db, entry)
            stored = replace(entry, uid=uid)
            writer.refresh_day_text(db, [entry.day], None if entry.is_empty else stored)
        return stored
