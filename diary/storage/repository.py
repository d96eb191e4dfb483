"""The read/write API of an unlocked diary: domain objects in, domain objects out.

Reads use the ORM in one short Session per call (SQLAlchemy's advice for GUI apps); writes use
``writer``'s plain SQL in one transaction per call. Either way the transaction is committed, and
so fsynced, before the call returns. Database errors become the storage errors the user
interface knows how to explain.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TypeVar

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, event, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from diary.domain.cadence import (
    DEFAULT_LONG_TIME_DAYS,
    Hold,
    HoldKind,
    PersonSummary,
    ReachOutList,
    Subject,
    Target,
    person_summary,
    reach_out,
)
from diary.domain.checkins import is_due
from diary.domain.company import company_of
from diary.domain.imports import SourceNote
from diary.domain.initiative import RECENT_CONTACTS, Initiative, counted
from diary.domain.models import (
    CheckIn,
    CheckInKind,
    Circle,
    Day,
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
    Problem,
    Records,
    ValidationError,
    name_order,
)
from diary.domain.photos import Photo, PreparedPhoto
from diary.domain.search import SearchHit
from diary.domain.stats import DEFAULT_DEFINITION, Definition
from diary.domain.tags import TagCount
from diary.storage import imported, reader, writer
from diary.storage import photos as photo_rows
from diary.storage import tags as tag_rows
from diary.storage import words as storage_words
from diary.storage.database import integrity_problems, storage_error
from diary.storage.imported import ImportRun as ImportRun
from diary.storage.imported import ImportUndone as ImportUndone
from diary.storage.imported import NotesMerged as NotesMerged
from diary.storage.orm import (
    CheckInRow,
    CircleRow,
    DiaryStateRow,
    EntryRow,
    InteractionRow,
    PersonRow,
    PreferenceRow,
)
from diary.storage.seal import Finding, Mark, Report, Seal


def _to_entry(row: EntryRow) -> Entry:
    """An entry read through the ORM, without its set tags (``reader.entries`` has them)."""
    return Entry(
        day=row.day,
        mood=row.mood,
        energy=row.energy,
        feelings=tuple(f.word for f in row.feelings),
        gratitude=tuple(
            Gratitude(g.text, g.person.name if g.person else None) for g in row.gratitude
        ),
        text=row.text,
        uid=row.uid,
        company=company_of(row.company),
    )


def _to_interaction(row: InteractionRow) -> Interaction:
    return Interaction(
        day=row.day,
        mode=Mode(row.mode),
        minutes=row.minutes,
        people=tuple(p.name for p in row.people),
        depth=row.depth,
        initiated=Initiator(row.initiated) if row.initiated else None,
        circle=row.circle.name if row.circle else None,
        note=row.note,
        id=row.id,
        uid=row.uid,
    )


def _to_person(row: PersonRow) -> Person:
    return Person(
        name=row.name,
        circles=tuple(c.name for c in row.circles),
        inner=bool(row.inner_circle),
        cadence_days=row.cadence_days,
        id=row.id,
        uid=row.uid,
    )


def _to_circle(row: CircleRow) -> Circle:
    return Circle(name=row.name, cadence_days=row.cadence_days, id=row.id, uid=row.uid)


def _to_checkin(row: CheckInRow) -> CheckIn:
    answers = tuple(int(a) for a in row.answers.split(","))
    return CheckIn(row.day, CheckInKind(row.kind), answers, id=row.id, uid=row.uid)


class _RolledBack(Exception):
    """Raised inside a write to roll a dry run back."""


@dataclass(frozen=True)
class MergeCounts:
    """What a merge added and skipped, by ``{kind}_added`` / ``{kind}_skipped`` keys.

    ``counts``, ``added`` and ``skipped`` cover the five kinds of ``Records.counts``; the
    snoozes/dismissals, private preferences and photos a merge added are counted apart.
    """

    counts: dict[str, int]
    kept_days: tuple[dt.date, ...]
    holds_added: int = 0
    preferences_added: int = 0
    photos_added: int = 0
    photos_skipped: int = 0

    def __getitem__(self, key: str) -> int:
        return self.counts[key]

    def added(self) -> dict[str, int]:
        """Records added, by kind."""
        return {kind: self.counts[f"{kind}_added"] for kind in _KINDS}

    @property
    def adds_anything(self) -> bool:
        """True when the merge adds any record, hold, preference or photo."""
        extra = self.holds_added or self.preferences_added or self.photos_added
        return any(self.added().values()) or bool(extra)

    def skipped(self) -> dict[str, int]:
        """Records already present, by kind."""
        return {kind: self.counts[f"{kind}_skipped"] for kind in _KINDS}


@dataclass
class _Added:
    """What a remembered merge added: uids (or keys) by kind, and the entries themselves."""

    refs: dict[str, list[str]] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class BackupSnapshot:
    """What ``Repository.backup_snapshot`` gives: the records, and the photos to be read.

    Attributes:
        records: Every record (its ``photos`` empty: they are in ``photos``).
        photo_count: How many photos the diary holds.
        photo_bytes: Their bytes and their thumbnails' together (what a backup carries).
        photos: Each photo with its bytes, by day and order added, read as it is asked for;
            only inside the ``with`` block.
    """

    records: Records
    photo_count: int
    photo_bytes: int
    photos: Iterator[PreparedPhoto]


@dataclass(frozen=True)
class DiaryState:
    """Who the diary is and how far it got (schema v5's ``diary_state``).

    Attributes:
        diary_id: A random UUID made once for this diary; a restore carries it over.
        changed_at: When the diary last changed (aware, UTC), None if not since it learnt to
            tell (a diary from before schema v5 that has not been written to since).
        commits: How many write transactions the database has committed.
    """

    diary_id: uuid.UUID
    changed_at: dt.datetime | None
    commits: int


_STATE_STAMP = "%Y-%m-%dT%H:%M:%S.%fZ"
_STAMP_WRITE = (
    "UPDATE diary_state SET changed_at = max(coalesce(changed_at, ''), ?), "
    "commits = commits + 1 RETURNING commits, diary_id"
)
_COUNT_WRITE = "UPDATE diary_state SET commits = commits + 1 RETURNING commits, diary_id"


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(_STATE_STAMP)


class Repository:
    """Everything the app and the command line read from or write to an unlocked diary.

    Args:
        engine: the migrated database's engine (``database.open_engine``).
        seal: the diary's seal file (``diary.storage.seal``); compared with the database now,
            moved on after every write transaction. None: no seal (tests of the bare database).
    """

    def __init__(self, engine: Engine, seal: Seal | None = None) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._changes = 0  # ``version``: committed transactions that changed rows
        self._seal = seal
        self._local = threading.local()  # per thread: the count a commit reached, and flags
        event.listen(engine, "begin", self._note_changes)
        event.listen(engine, "commit", self._count_commit)
        self.seal_report: Report | None = None
        """What the seal said on opening (lost saves, a missing or broken seal), else None."""
        if seal is not None:
            state = self.state()
            self.seal_report = seal.compare(Mark(state.diary_id, state.commits))
            if self.seal_report is None and not seal.valid:  # a first seal: nothing counted yet
                seal.write(Mark(state.diary_id, state.commits))

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A Session for reads (and rare ORM writes), committed on success."""
        self._local.committed = None
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            raise storage_error(error.orig or error) from None
        finally:
            self._after_commit()

    @contextmanager
    def _write(self) -> Iterator[writer.Db]:
        """One transaction for ``writer``'s plain SQL, committed (and fsynced) on success."""
        self._local.committed = None
        try:
            with self._engine.begin() as conn:
                yield conn.connection.driver_connection
        except DBAPIError as error:
            raise storage_error(error.orig or error) from None
        except sqlcipher.DatabaseError as error:
            raise storage_error(error) from None
        finally:
            self._after_commit()

    def _after_commit(self) -> None:
        """Move the seal on to the count a write transaction of this thread just committed.

        ``committed`` is set only by a commit that changed rows, just before SQLite commits;
        a failed commit raises before this runs, and the next transaction clears it.
        """
        committed, self._local.committed = getattr(self._local, "committed", None), None
        if committed is not None and self._seal is not None:
            self._seal.write(committed)

    _read = _write
    """One transaction for ``reader``'s bulk reads (a read-only one commits without a sync)."""

    def close(self) -> None:
        """Close every database connection and the seal (the vault then forgets the key)."""
        self._engine.dispose()
        if self._seal is not None:
            self._seal.close()

    # Entries -----------------------------------------------------------------------------

    def save_entry(self, entry: Entry) -> Entry:
        """Create or replace the entry of ``entry.day``; an empty entry removes the day's entry.

        An emptied entry that holds photos stays (empty): clearing a day's words never deletes
        its photos. Returns the stored entry (its identity is kept when the day already had
        one).
        """
        with self._write() as conn:
            if entry.is_empty and not photo_rows.has_photos(conn, entry.day):
                writer.delete_entry(conn, entry.day)
                uid = entry.uid
            else:
                uid = writer.write_entry(conn, entry)
            stored = replace(entry, uid=uid)
            writer.refresh_day_text(conn, [entry.day], None if entry.is_empty else stored)
        return stored

    def entry(self, day: dt.date) -> Entry | None:
        """The entry of ``day``, if one was written."""
        with self._read() as db:
            return reader.entries(db, day, day).get(day)

    def delete_entry(self, day: dt.date) -> bool:
        """Remove the entry of ``day`` and its photos (its contacts stay); True if there was one."""
        with self._write() as conn:
            found = writer.delete_entry(conn, day)
            writer.refresh_day_text(conn, [day])
        return found

    # Photos ------------------------------------------------------------------------------

    def add_photo(self, prepared: PreparedPhoto) -> Photo:
        """Store a photo (``diary.formats.photos.prepare_photo``) as the last of its day's.

        The day's entry is made (empty) if it has none. Returns the photo with its id.

        Raises:
            PhotoRefused: TOO_MANY_FOR_DAY when the day has ``MAX_PHOTOS_PER_DAY`` photos
                already, DUPLICATE when the same file (the same bytes) is already one of them.
        """
        with self._write() as conn:
            return photo_rows.add(conn, prepared, dt.datetime.now(dt.UTC))

    def photos(self, day: dt.date) -> list[Photo]:
        """The photos of ``day`` in the order they were added (no bytes: see ``photo_data``)."""
        with self._read() as db:
            return photo_rows.of_days(db, day, day)

    def photos_between(self, start: dt.date, end: dt.date) -> list[Photo]:
        """The photos from ``start`` to ``end`` inclusive, by day and then in the order added."""
        with self._read() as db:
            return photo_rows.of_days(db, start, end)

    def photo_counts(self, start: dt.date, end: dt.date) -> dict[dt.date, int]:
        """How many photos each day from ``start`` to ``end`` has; days without any left out."""
        with self._read() as db:
            return photo_rows.counts(db, start, end)

    def photo_thumbnail(self, photo_id: int) -> bytes:
        """The thumbnail of a photo: a JPEG (a PNG if transparent), upright, at most 320 px.

        Raises:
            ValidationError: PHOTO_GONE, if the photo is no longer in the diary.
        """
        return self._photo_blob(photo_id, "thumbnail")

    def photo_data(self, photo_id: int) -> bytes:
        """The bytes of a photo's original file, exactly as it was added.

        Raises:
            ValidationError: PHOTO_GONE, if the photo is no longer in the diary.
        """
        return self._photo_blob(photo_id, "data")

    def _photo_blob(self, photo_id: int, column: str) -> bytes:
        with self._read() as db:
            found = photo_rows.blob(db, photo_id, column)
        if found is None:
            raise ValidationError(code=Problem.PHOTO_GONE)
        return found

    def delete_photo(self, photo_id: int) -> bool:
        """Remove a photo; True if it existed.

        An entry that was there only to hold photos (nothing else written) goes with its last.
        """
        with self._write() as conn:
            day = conn.execute(
                "SELECT e.day FROM photo p JOIN entry e ON e.id = p.entry_id WHERE p.id = ?",
                (photo_id,),
            ).fetchone()
            if day is None:
                return False
            photo_rows.delete(conn, photo_id)
            date = dt.date.fromisoformat(day[0])
            entry = reader.entries(conn, date, date).get(date)
            if entry is not None and entry.is_empty and not photo_rows.has_photos(conn, date):
                writer.delete_entry(conn, date)
        return True

    # Tags --------------------------------------------------------------------------------

    def tags(self) -> list[TagCount]:
        """Every tag of the diary with its number of days, most used first (for completion)."""
        with self._read() as db:
            return tag_rows.known_tags(db)

    def tagged_days(
        self, tags: Iterable[str], start: dt.date = dt.date.min, end: dt.date = dt.date.max
    ) -> list[Day]:
        """The days from ``start`` to ``end`` whose entry has every one of ``tags``."""
        with self._read() as db:
            return reader.tagged_days(db, tags, start, end)

    def add_tags(self, day: dt.date, tags: Iterable[str]) -> Entry:
        """Set ``tags`` on the entry of ``day`` too (making one if needed), leaving its text.

        For importers and the command line: another app's tags arrive as tags, not as words
        added to the text. Tags the day already has are kept as they were written.
        """
        with self._write() as conn:
            old = reader.entries(conn, day, day).get(day) or Entry(day)
            entry = replace(old, tags=(*old.tags, *tags))
            uid = writer.write_entry(conn, entry)
            stored = replace(entry, uid=uid)
            writer.refresh_day_text(conn, [day], stored)
        return stored

    # Interactions ------------------------------------------------------------------------

    def add_interaction(self, interaction: Interaction) -> Interaction:
        """Log a contact; people and circles named for the first time are created."""
        with self._write() as conn:
            new_id = writer.write_interaction(conn, replace(interaction, id=None))
            writer.refresh_day_text(conn, [interaction.day])
        return replace(interaction, id=new_id)

    def update_interaction(self, interaction: Interaction) -> Interaction:
        """Change a logged contact (found by its id)."""
        with self._write() as conn:
            old_day = writer.interaction_day(conn, interaction.id)
            if old_day is None:
                raise ValidationError(code=Problem.INTERACTION_GONE)
            writer.write_interaction(conn, interaction)
            writer.refresh_day_text(conn, [old_day, interaction.day])
        return interaction

    def delete_interaction(self, interaction_id: int) -> bool:
        """Remove a logged contact; True if it existed."""
        with self._write() as conn:
            day = writer.delete_interaction(conn, interaction_id)
            if day is not None:
                writer.refresh_day_text(conn, [day])
        return day is not None

    def interactions(self, start: dt.date, end: dt.date) -> list[Interaction]:
        """Contacts from ``start`` to ``end`` inclusive, oldest first."""
        with self._read() as db:
            return reader.interactions(db, start, end)

    # Days --------------------------------------------------------------------------------

    def day(self, day: dt.date) -> Day:
        """The entry and contacts of one date (possibly an unlogged, empty day)."""
        found = self.days(day, day)
        return found[0] if found else Day(day, None, ())

    def days(self, start: dt.date, end: dt.date) -> list[Day]:
        """Every logged day from ``start`` to ``end`` inclusive, oldest first (``reader``)."""
        with self._read() as db:
            return reader.days(db, start, end)

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        """First and last logged date, or None for an empty diary."""
        with self._session() as session:
            lows, highs = [], []
            for column in (EntryRow.day, InteractionRow.day):
                low, high = session.execute(select(func.min(column), func.max(column))).one()
                if low is not None:
                    lows.append(low)
                    highs.append(high)
            return (min(lows), max(highs)) if lows else None

    # People and circles ------------------------------------------------------------------

    def add_person(self, person: Person) -> Person:
        """Add someone; a name already in the diary is refused (names are unique)."""
        with self._write() as conn:
            if writer.name_owner(conn, "person", person.name) is not None:
                raise ValidationError(code=Problem.PERSON_EXISTS, name=person.name)
            ids = writer.person_ids(conn, [person])
        return replace(person, id=ids[person.name.casefold()])

    def update_person(self, person: Person) -> Person:
        """Change someone's details (found by id)."""
        with self._write() as conn:
            owner = writer.name_owner(conn, "person", person.name)
            if owner is not None and owner != person.id:
                raise ValidationError(code=Problem.PERSON_EXISTS, name=person.name)
            if not writer.update_person(conn, person):
                raise ValidationError(code=Problem.PERSON_GONE)
        return person

    def person(self, name: str) -> Person | None:
        """Someone by name (case-insensitive for every script: "ÉMILE" finds "émile")."""
        with self._session() as session:
            row = _named(session, PersonRow, name)
            return _to_person(row) if row else None

    def people(self) -> list[Person]:
        """Everyone in the diary, by name."""
        with self._session() as session:
            people = [_to_person(r) for r in session.scalars(select(PersonRow))]
        return sorted(people, key=lambda person: name_order(person.name))

    def add_circle(self, circle: Circle) -> Circle:
        """Add a group; a name already used is refused."""
        with self._write() as conn:
            if writer.name_owner(conn, "circle", circle.name) is not None:
                raise ValidationError(code=Problem.CIRCLE_EXISTS, name=circle.name)
            ids = writer.circle_ids(conn, [circle])
        return replace(circle, id=ids[circle.name.casefold()])

    def circles(self) -> list[Circle]:
        """Every circle, by name."""
        with self._session() as session:
            circles = [_to_circle(r) for r in session.scalars(select(CircleRow))]
        return sorted(circles, key=lambda circle: name_order(circle.name))

    # Check-ins ---------------------------------------------------------------------------

    def add_checkin(self, checkin: CheckIn) -> CheckIn:
        """Store a questionnaire's answers."""
        with self._write() as conn:
            new_id = writer.write_checkin(conn, checkin)
        return replace(checkin, id=new_id)

    def checkins(self, kind: CheckInKind | None = None) -> list[CheckIn]:
        """Check-ins, oldest first, optionally of one kind."""
        with self._session() as session:
            query = select(CheckInRow).order_by(CheckInRow.day, CheckInRow.id)
            if kind is not None:
                query = query.where(CheckInRow.kind == kind.value)
            return [_to_checkin(r) for r in session.scalars(query)]

    # Many records at once ----------------------------------------------------------------

    def import_records(
        self,
        *,
        circles: Iterable[Circle] = (),
        people: Iterable[Person] = (),
        entries: Iterable[Entry] = (),
        interactions: Iterable[Interaction] = (),
        checkins: Iterable[CheckIn] = (),
    ) -> None:
        """Write many records in one transaction: all of them land, or none do."""
        with self._write() as conn:
            circle_ids = writer.circle_ids(conn, circles)
            person_ids = writer.person_ids(conn, people, known_circles=circle_ids)
            days: set[dt.date] = set()
            for entry in entries:
                writer.write_entry(conn, entry, person_ids)
                days.add(entry.day)
            for item in interactions:
                writer.write_interaction(conn, replace(item, id=None), person_ids, circle_ids)
                days.add(item.day)
            for checkin in checkins:
                writer.write_checkin(conn, checkin)
            writer.refresh_day_text(conn, days)

    # Search and health -------------------------------------------------------------------

    def search(self, words: str, limit: int = 200) -> list[SearchHit]:
        """Days whose text, gratitude or contact notes hold every word, newest first.

        A ``#tag`` among the words keeps only the days with that tag (``domain.tags``).
        """
        with self._read() as db:
            return reader.search(db, words, limit)

    def photo_count(self) -> int:
        """How many photos the diary holds."""
        with self._read() as db:
            return photo_rows.total(db)[0]

    def counts(self) -> dict[str, int]:
        """How many records of each kind the diary holds."""
        tables = {
            "entries": EntryRow,
            "interactions": InteractionRow,
            "people": PersonRow,
            "circles": CircleRow,
            "checkins": CheckInRow,
        }
        with self._session() as session:
            return {
                name: session.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in tables.items()
            }

    def logged_day_count(self) -> int:
        """How many days have an entry or a contact."""
        with self._session() as session:
            query = text(
                "SELECT count(*) FROM (SELECT day FROM entry UNION SELECT day FROM interaction)"
            )
            return int(session.execute(query).scalar_one())

    def integrity_problems(self) -> list[str]:
        """A full check of every page and structure; an empty list means healthy.

        What the seal said on opening comes first: lost saves leave every page intact.
        """
        found = [seal_words(self.seal_report)] if self.seal_report is not None else []
        try:
            return found + integrity_problems(self._engine)
        except DBAPIError as error:
            return [*found, f"unreadable: {error.orig}"]

    # Identity and newest change --------------------------------------------------------------

    @property
    def seal_problem(self) -> str | None:
        """What the seal found on opening, as a line in the current language, or None."""
        return seal_words(self.seal_report) if self.seal_report is not None else None

    def state(self) -> DiaryState:
        """The diary's id, the time of its newest change and its count of write transactions."""
        with self._session() as session:
            row = session.get(DiaryStateRow, 1)
            assert row is not None  # made by migration v5 and never deleted
            changed = row.changed_at
            return DiaryState(
                uuid.UUID(row.diary_id),
                dt.datetime.strptime(changed, _STATE_STAMP).replace(tzinfo=dt.UTC)
                if changed
                else None,
                row.commits,
            )

    def adopt_identity(self, diary_id: uuid.UUID, changed_at: dt.datetime | None) -> None:
        """Take on the identity of the diary a backup came from (a restore does this).

        ``changed_at`` is the backup's newest change (None: unknown, the time of the restore is
        kept). It becomes the newest change as given, also when that is earlier.
        """
        self._local.keep_changed_at = True
        try:
            with self._write() as conn:
                conn.execute("UPDATE diary_state SET diary_id = ?", (str(diary_id),))
                if changed_at is not None:
                    conn.execute("UPDATE diary_state SET changed_at = ?", (_stamp(changed_at),))
        finally:
            self._local.keep_changed_at = False

    # Backups: everything out, merging back in --------------------------------------------

    def records(self) -> Records:
        """Every record of the diary, for a backup or an export.

        Circles and people by name, entries by date, interactions and check-ins by date and
        then in the order they were logged, snoozes and dismissals in the order they were set,
        private preferences by key. All of it is read in one transaction.
        """
        with self._session() as session, reader.no_cyclic_collection():
            db = session.connection().connection.driver_connection  # the same transaction
            return self._records(session, db)

    @contextmanager
    def backup_snapshot(self) -> Iterator[BackupSnapshot]:
        """Every record and every photo as of one moment, for a backup or an export.

        One read transaction holds for the whole ``with`` block, so the photos are those of
        the records' days even if the user adds one meanwhile (a write waits for nothing: the
        database keeps the moment's pages for this reader). The photos are read one at a
        time, as ``BackupSnapshot.photos`` is iterated, inside the block.
        """
        with self._session() as session:
            db = session.connection().connection.driver_connection  # the same transaction
            with reader.no_cyclic_collection():
                records = self._records(session, db)
            count, size = photo_rows.total(db)
            yield BackupSnapshot(records, count, size, photo_rows.each(db))

    @staticmethod
    def _records(session: Session, db: writer.Db) -> Records:
        return Records(
            circles=tuple(
                _to_circle(r) for r in session.scalars(select(CircleRow).order_by(CircleRow.name))
            ),
            people=tuple(
                _to_person(r) for r in session.scalars(select(PersonRow).order_by(PersonRow.name))
            ),
            entries=tuple(reader.entries(db, dt.date.min, dt.date.max).values()),
            interactions=tuple(reader.interactions(db, dt.date.min, dt.date.max)),
            checkins=tuple(
                _to_checkin(r)
                for r in session.scalars(select(CheckInRow).order_by(CheckInRow.day, CheckInRow.id))
            ),
            holds=tuple(_holds(session)),
            preferences=tuple(_preferences(session).items()),
        )

    def merge_records(
        self,
        records: Records,
        *,
        photos: Iterable[PreparedPhoto] = (),
        dry_run: bool = False,
        remember: str | None = None,
    ) -> MergeCounts:
        """Add the records this diary does not hold yet, all in one transaction.

        A record is already here when its uid is; a person or circle also when its name is
        (names are unique, ignoring case), and an entry also when its day already has one (the
        diary's own entry is kept). Records of the merge that name people or circles are linked
        to the ones matched, by uid first, then by name. A snooze or dismissal is added for a
        person or circle that has none yet (the diary's own is kept), found through that same
        matching from the uid it names (or, for a uid the merge does not bring, by the diary's
        own uids; a hold of nobody in either is left out). A private preference is added when
        the diary has no value for its key yet (the diary's own value is kept). A photo is
        added when its uid is not here yet, to its day's entry (the diary's own, if it kept
        its own), after that day's photos. Merging the same records twice adds nothing the
        second time.

        Args:
            records: what to add.
            photos: more photos to add after ``records.photos``: a backup's, read one at a
                time as they are written (a stream, read once). An exception it raises (a
                backup found damaged at its end) rolls the whole merge back.
            dry_run: work the merge out in full, then roll it back: what an import would do.
            remember: the file name of a Hearth JSON import, remembered with what it added so
                that ``undo_last_import`` can take it back (a backup's merge is not).

        Returns:
            ``{kind}_added`` and ``{kind}_skipped`` for entries, interactions, people, circles
            and check-ins, the days whose entry was skipped because the diary already had its
            own entry there (``kept_days``), and how many holds and preferences were added.
        """
        counts = {f"{kind}_{what}": 0 for kind in _KINDS for what in ("added", "skipped")}
        kept: list[dt.date] = []
        extra = {"holds": 0, "preferences": 0, "photos": 0, "photos_skipped": 0}
        added = _Added() if remember is not None else None
        try:
            with self._write() as conn:
                self._merge(conn, records, counts, kept, extra, added)
                new_photos, skipped = photo_rows.merge(
                    conn, itertools.chain(records.photos, photos), dt.datetime.now(dt.UTC)
                )
                extra["photos"], extra["photos_skipped"] = len(new_photos), skipped
                if added is not None:
                    added.refs["photo"] = new_photos
                if dry_run:
                    raise _RolledBack
                if remember is not None and added is not None:
                    self._remember_merge(conn, remember, added, counts)
        except _RolledBack:
            pass
        return MergeCounts(
            counts,
            tuple(kept),
            extra["holds"],
            extra["preferences"],
            extra["photos"],
            extra["photos_skipped"],
        )

    def _merge(
        self,
        conn: writer.Db,
        records: Records,
        counts: dict[str, int],
        kept: list[dt.date],
        extra: dict[str, int],
        added: _Added | None = None,
    ) -> None:
        circle_uids: dict[str, int] = {}
        person_uids: dict[str, int] = {}
        known_circles = {uid for (uid,) in conn.execute("SELECT uid FROM circle")}
        known_people = {uid for (uid,) in conn.execute("SELECT uid FROM person")}
        circle_map = self._merge_names(conn, "circle", records.circles, {}, counts, circle_uids)
        person_map = self._merge_names(
            conn, "person", records.people, circle_map, counts, person_uids
        )
        new_entries: list[Entry] = []
        entry_uids = {uid for (uid,) in conn.execute("SELECT uid FROM entry")}
        entry_days = {day for (day,) in conn.execute("SELECT day FROM entry")}
        days: set[dt.date] = set()
        for entry in records.entries:
            if entry.uid in entry_uids or entry.day.isoformat() in entry_days:
                counts["entries_skipped"] += 1
                if entry.uid not in entry_uids:
                    kept.append(entry.day)
                continue
            writer.write_entry(conn, entry, person_map)
            new_entries.append(entry)
            entry_uids.add(entry.uid)
            entry_days.add(entry.day.isoformat())
            days.add(entry.day)
            counts["entries_added"] += 1
        known = {uid for (uid,) in conn.execute("SELECT uid FROM interaction")}
        for item in records.interactions:
            if item.uid in known:
                counts["interactions_skipped"] += 1
                continue
            writer.write_interaction(conn, replace(item, id=None), person_map, circle_map)
            known.add(item.uid)
            days.add(item.day)
            if added is not None:
                added.refs.setdefault("interaction", []).append(item.uid)
            counts["interactions_added"] += 1
        known = {uid for (uid,) in conn.execute("SELECT uid FROM checkin")}
        for checkin in records.checkins:
            if checkin.uid in known:
                counts["checkins_skipped"] += 1
                continue
            writer.write_checkin(conn, checkin)
            known.add(checkin.uid)
            counts["checkins_added"] += 1
            if added is not None:
                added.refs.setdefault("checkin", []).append(checkin.uid)
        writer.refresh_day_text(conn, days)
        uids = {Subject.PERSON: person_uids, Subject.CIRCLE: circle_uids}
        holds = set(conn.execute("SELECT person_id, circle_id FROM reach_out_hold"))
        extra["holds"] += self._merge_holds(conn, records.holds, uids)
        present = {key for (key,) in conn.execute("SELECT key FROM preference")}
        for key, value in records.preferences:
            if key not in present:
                conn.execute("INSERT INTO preference (key, value) VALUES (?, ?)", (key, value))
                extra["preferences"] += 1
                if added is not None:
                    added.refs.setdefault("preference", []).append(key)
        if added is not None:
            added.entries = new_entries
            added.refs["circle"] = [
                uid for (uid,) in conn.execute("SELECT uid FROM circle") if uid not in known_circles
            ]
            added.refs["person"] = [
                uid for (uid,) in conn.execute("SELECT uid FROM person") if uid not in known_people
            ]
            for person, circle, uid in conn.execute(
                "SELECT h.person_id, h.circle_id, coalesce(p.uid, c.uid) FROM reach_out_hold h "
                "LEFT JOIN person p ON p.id = h.person_id LEFT JOIN circle c ON c.id = h.circle_id"
            ):
                if (person, circle) not in holds:
                    kind = "hold_person" if person is not None else "hold_circle"
                    added.refs.setdefault(kind, []).append(uid)

    @staticmethod
    def _merge_holds(
        conn: writer.Db, holds: Iterable[Hold], uids: dict[Subject, dict[str, int]]
    ) -> int:
        """Add the holds of people and circles that have none; returns how many were added.

        ``uids`` maps the merged records' uids to local ids (after matching by uid or name).
        """
        held: dict[Subject, set[int]] = {Subject.PERSON: set(), Subject.CIRCLE: set()}
        for person_id, circle_id in conn.execute("SELECT person_id, circle_id FROM reach_out_hold"):
            if person_id is not None:
                held[Subject.PERSON].add(person_id)
            else:
                held[Subject.CIRCLE].add(circle_id)
        added = 0
        for hold in holds:
            subject, table = hold.target.subject, hold.target.subject.value
            owner = uids[subject].get(hold.target.uid)
            if owner is None:
                owner = writer.target_id(conn, table, hold.target.uid)
            if owner is None or owner in held[subject]:
                continue
            writer.set_hold(conn, f"{table}_id", owner, hold.kind.value, hold.day)
            held[subject].add(owner)
            added += 1
        return added

    @staticmethod
    def _merge_names(
        conn: writer.Db,
        table: str,
        items: Iterable[Circle] | Iterable[Person],
        circle_map: dict[str, int],
        counts: dict[str, int],
        uid_map: dict[str, int],
    ) -> dict[str, int]:
        """Match (or add) circles or people by uid, then by name; returns name -> local id.

        The keys are the case-folded names *of the merged records*, as ``writer`` expects, so
        a record renamed in one diary still links to the same person in the other. ``uid_map``
        is filled the same way with the merged records' uids.
        """
        kind = "circles" if table == "circle" else "people"
        by_uid: dict[str, int] = {}
        by_name: dict[str, int] = {}
        for id_, uid, name in conn.execute(f"SELECT id, uid, name FROM {table}"):
            by_uid[uid] = id_
            by_name.setdefault(name.casefold(), id_)
        mapped: dict[str, int] = {}
        for item in items:
            key = item.name.casefold()
            local = by_uid.get(item.uid, by_name.get(key))
            if local is not None:
                mapped.setdefault(key, local)
                uid_map[item.uid] = local
                counts[f"{kind}_skipped"] += 1
                continue
            if isinstance(item, Circle):
                writer.circle_ids(conn, [item], mapped)
            else:
                writer.person_ids(conn, [item], mapped, known_circles=circle_map)
            by_uid[item.uid] = by_name[key] = uid_map[item.uid] = mapped[key]
            counts[f"{kind}_added"] += 1
        return mapped

    @staticmethod
    def _remember_merge(conn: writer.Db, file: str, added: _Added, counts: dict[str, int]) -> None:
        """Record a Hearth JSON import with every record it added, for ``undo_last_import``."""
        run_id = imported.start_run(conn, "json", file, dt.datetime.now(dt.UTC))
        imported.record_entries(conn, run_id, added.entries)
        for kind, refs in added.refs.items():
            imported.record_added(conn, run_id, kind, refs)
        total = sum(counts[f"{kind}_added"] for kind in _KINDS)
        imported.finish_run(conn, run_id, total, len(added.entries), 0)

    # Imports of other apps: merged note by note, remembered, undone ------------------------

    def import_notes(
        self,
        source: str,
        notes: Iterable[SourceNote],
        *,
        titles: Mapping[str, str],
        file: str = "",
        dry_run: bool = False,
    ) -> NotesMerged:
        """Merge the notes of another app's export, all in one transaction (see ``imported``).

        Notes the diary already holds are not added again; the others go to their days; a
        day's imported mood is worked out from all its notes. The import is remembered, so
        ``undo_last_import`` can take it back; one that changes nothing is not.

        Args:
            source: the importer's name (``daylio``…), which with each note's key names it.
            notes: the notes, best a day's one after another; may be a stream, read once. An
                exception it raises (a file found cut short) rolls everything back.
            titles: the line heading notes added after a day's own text, by importer name.
            file: the name of the file read, remembered with the import.
            dry_run: work it out in full, then roll it back: what the import would do (its
                photos are read and checked, not stored).
        """
        merged = imported.NotesMerged()
        now = dt.datetime.now(dt.UTC)
        try:
            with self._write() as conn:
                merged = imported.merge_notes(
                    conn, source, notes, titles=titles, file=file, at=now, dry_run=dry_run
                )
                if dry_run:
                    raise _RolledBack
        except _RolledBack:
            pass
        return merged

    def last_import(self) -> ImportRun | None:
        """The newest import the diary remembers (the one ``undo_last_import`` takes back)."""
        with self._read() as conn:
            return imported.last_run(conn)

    def undo_last_import(self) -> ImportUndone | None:
        """Take the newest import back, in one transaction; None when there is none.

        Every day it changed is put back as it was before (entries it made removed), and the
        records a Hearth JSON import added are removed; a day the user changed since is kept
        as it is and named in the result.
        """
        with self._write() as conn:
            return imported.undo_last(conn)

    # People: merging and deleting --------------------------------------------------------

    def merge_people(self, keep: str, other: str) -> Person:
        """Make two people one: ``other``'s contacts, gratitude notes and circles join ``keep``.

        ``other`` is removed, all in one transaction. ``keep`` keeps its name, uid and details;
        it stays in the inner circle if either was, and takes ``other``'s cadence only if it
        had none. A contact that had both keeps one of them. ``other``'s snooze or dismissal
        is dropped. The search text of every affected day is rebuilt.

        Returns:
            ``keep`` as stored after the merge.

        Raises:
            ValidationError: If either name is not in the diary, or both are the same person.
        """
        with self._write() as conn:
            keep_id = self._person_id(conn, keep)
            other_id = self._person_id(conn, other)
            if keep_id == other_id:
                raise ValidationError(
                    code=Problem.SAME_PERSON, keep=_spaced(keep), other=_spaced(other)
                )
            days = writer.days_naming(conn, [other_id])
            writer.merge_people(conn, keep_id, other_id)
            writer.refresh_day_text(conn, days)
        merged = self.person(keep)
        assert merged is not None
        return merged

    def delete_person(self, name: str, *, keep_interactions: bool) -> PersonRemoval:
        """Remove someone from the diary, in one transaction.

        Args:
            name: Who (ignoring case).
            keep_interactions: True keeps every contact with them, without their name. False
                also deletes the contacts they were the only person in; contacts shared with
                others stay and lose just their name.

        Gratitude notes always stay (they are the user's words), no longer linked to them;
        their circle memberships and any snooze or dismissal go. The search text of every
        affected day is rebuilt, so their name is no longer found where it came from them.

        Raises:
            ValidationError: If nobody of that name is in the diary.
        """
        with self._write() as conn:
            person_id = self._person_id(conn, name)
            stored_name = writer.person_name(conn, person_id)
            days = writer.days_naming(conn, [person_id])
            deleted, kept, notes = writer.delete_person(
                conn, person_id, keep_interactions=keep_interactions
            )
            writer.refresh_day_text(conn, days)
        return PersonRemoval(stored_name, deleted, kept, notes)

    @staticmethod
    def _person_id(conn: writer.Db, name: str) -> int:
        found = writer.person_id(conn, _spaced(name))
        if found is None:
            raise ValidationError(code=Problem.NO_SUCH_PERSON, name=_spaced(name))
        return found

    # Circles -----------------------------------------------------------------------------

    def circle(self, name: str) -> Circle | None:
        """A circle by name (case-insensitive for every script)."""
        with self._session() as session:
            row = _named(session, CircleRow, name)
            return _to_circle(row) if row else None

    def update_circle(self, circle: Circle) -> Circle:
        """Rename a circle or change its cadence (found by id); a name in use is refused."""
        with self._write() as conn:
            owner = writer.name_owner(conn, "circle", circle.name)
            if owner is not None and owner != circle.id:
                raise ValidationError(code=Problem.CIRCLE_EXISTS, name=circle.name)
            if not writer.update_circle(conn, circle):
                raise ValidationError(code=Problem.CIRCLE_GONE)
        return circle

    def delete_circle(self, name: str) -> bool:
        """Remove a circle; its members and contacts stay (without it). True if it existed."""
        with self._write() as conn:
            circle_id = writer.name_owner(conn, "circle", _spaced(name))
            if circle_id is not None:
                writer.delete_circle(conn, circle_id)
        return circle_id is not None

    def circle_members(self, name: str) -> list[Person]:
        """The people in a circle, by name (none if there is no such circle)."""
        with self._session() as session:
            circle = _named(session, CircleRow, name)
            if circle is None:
                return []
            rows = session.scalars(
                select(PersonRow).join(PersonRow.circles).where(CircleRow.id == circle.id)
            )
            return sorted((_to_person(r) for r in rows), key=lambda person: name_order(person.name))

    def set_circle_members(self, name: str, people: Iterable[str]) -> list[Person]:
        """Make exactly ``people`` (names already in the diary) the members of a circle.

        Raises:
            ValidationError: If the circle or one of the people is not in the diary.
        """
        with self._write() as conn:
            circle_id = writer.name_owner(conn, "circle", _spaced(name))
            if circle_id is None:
                raise ValidationError(code=Problem.NO_SUCH_CIRCLE, name=_spaced(name))
            ids = [self._person_id(conn, person) for person in people]
            writer.set_circle_members(conn, circle_id, ids)
        return self.circle_members(name)

    # Staying in touch --------------------------------------------------------------------

    def last_contacts(self, definition: Definition = DEFAULT_DEFINITION) -> dict[str, dt.date]:
        """Person uid -> date of the last meaningful contact, for everyone ever met meaningfully.

        ``definition.is_meaningful`` itself decides, once per distinct (mode, minutes, depth)
        of the diary (a few hundred at most); SQL then takes each person's latest date among
        the contacts of those kinds, so ten years of contacts cost two indexed scans.
        """
        with self._session() as session:
            kinds = session.execute(
                text("SELECT DISTINCT mode, minutes, depth FROM interaction")
            ).all()
            meaningful = [
                (mode, minutes, -1 if depth is None else depth)
                for mode, minutes, depth in kinds
                if definition.is_meaningful(
                    Interaction(dt.date.min, Mode(mode), minutes, depth=depth)
                )
            ]
            found: dict[str, dt.date] = {}
            for start in range(0, len(meaningful), _KINDS_PER_QUERY):
                chunk = meaningful[start : start + _KINDS_PER_QUERY]
                values = ", ".join(f"(:m{i}, :n{i}, :d{i})" for i in range(len(chunk)))
                params: dict[str, object] = {}
                for i, (mode, minutes, depth) in enumerate(chunk):
                    params.update({f"m{i}": mode, f"n{i}": minutes, f"d{i}": depth})
                rows = session.execute(
                    text(
                        "SELECT p.uid, max(i.day) FROM interaction i "
                        "JOIN interaction_person ip ON ip.interaction_id = i.id "
                        "JOIN person p ON p.id = ip.person_id "
                        "WHERE (i.mode, i.minutes, coalesce(i.depth, -1)) "
                        f"IN (VALUES {values}) GROUP BY p.id"
                    ),
                    params,
                )
                for uid, day in rows:
                    date = dt.date.fromisoformat(day)
                    if uid not in found or found[uid] < date:
                        found[uid] = date
            return found

    def circle_last_taken_part(self) -> dict[str, dt.date]:
        """Circle uid -> the last day with a contact in that circle (any kind, any length)."""
        with self._session() as session:
            rows = session.execute(
                text(
                    "SELECT c.uid, max(i.day) FROM interaction i "
                    "JOIN circle c ON c.id = i.circle_id GROUP BY c.id"
                )
            )
            return {uid: dt.date.fromisoformat(day) for uid, day in rows}

    def circle_initiative(self) -> dict[str, Initiative]:
        """Circle uid -> who started its last contacts that say so (``domain.initiative``)."""
        by_circle: dict[str, list[Initiator]] = defaultdict(list)
        with self._read() as db:
            rows = db.execute(
                "SELECT c.uid, i.initiated FROM interaction i JOIN circle c ON c.id = i.circle_id "
                "WHERE i.initiated IS NOT NULL ORDER BY i.day DESC, i.id DESC"
            ).fetchall()
        for uid, who in rows:
            if len(by_circle[uid]) < RECENT_CONTACTS:
                by_circle[uid].append(Initiator(who))
        return {uid: counted(started) for uid, started in by_circle.items()}

    def holds(self) -> list[Hold]:
        """Every snooze and dismissal of the reach-out list, oldest first."""
        with self._session() as session:
            return _holds(session)

    def set_hold(self, hold: Hold) -> None:
        """Store a snooze or dismissal (``cadence.snooze``/``cadence.dismiss``).

        It replaces any earlier hold of the same person or circle.

        Raises:
            ValidationError: If the person or circle is no longer in the diary.
        """
        table = "person" if hold.target.subject is Subject.PERSON else "circle"
        with self._write() as conn:
            owner = writer.target_id(conn, table, hold.target.uid)
            if owner is None:
                gone = Problem.PERSON_GONE if table == "person" else Problem.CIRCLE_GONE
                raise ValidationError(code=gone)
            writer.set_hold(conn, f"{table}_id", owner, hold.kind.value, hold.day)

    def clear_hold(self, target: Target) -> bool:
        """Show a snoozed or dismissed person or circle again; True if there was a hold."""
        table = "person" if target.subject is Subject.PERSON else "circle"
        with self._write() as conn:
            owner = writer.target_id(conn, table, target.uid)
            return owner is not None and writer.clear_hold(conn, f"{table}_id", owner)

    def person_summary(
        self, name: str, definition: Definition = DEFAULT_DEFINITION
    ) -> PersonSummary | None:
        """The numbers of a person's page over the whole diary; None if nobody has that name.

        Reads only what the summary uses (their contacts, every mood and gratitude note), so
        ten years take a fraction of a second; ``cadence.person_summary`` over ``days()``
        gives the same result.
        """
        person = self.person(name)
        if person is None:
            return None
        contacts: dict[dt.date, list[Interaction]] = defaultdict(list)
        moods: dict[dt.date, int] = {}
        notes: dict[dt.date, list[Gratitude]] = defaultdict(list)
        with self._session() as session:
            rows = session.scalars(
                select(InteractionRow)
                .join(InteractionRow.people)
                .where(PersonRow.id == person.id)
                .order_by(InteractionRow.day, InteractionRow.id)
            )
            for row in rows:
                contacts[row.day].append(_to_interaction(row))
            for day, mood in session.execute(
                text("SELECT day, mood FROM entry WHERE mood IS NOT NULL")
            ):
                moods[dt.date.fromisoformat(day)] = mood
            for day, note, about in session.execute(
                text(
                    "SELECT e.day, g.text, p.name FROM gratitude g "
                    "JOIN entry e ON e.id = g.entry_id LEFT JOIN person p ON p.id = g.person_id "
                    "ORDER BY e.day, g.position"
                )
            ):
                notes[dt.date.fromisoformat(day)].append(Gratitude(note, about))
        days = [
            Day(
                date,
                Entry(date, mood=moods.get(date), gratitude=tuple(notes.get(date, ()))),
                tuple(contacts.get(date, ())),
            )
            for date in sorted(set(contacts) | set(moods) | set(notes))
        ]
        return person_summary(person, days, definition)

    # Check-ins by date -------------------------------------------------------------------

    def checkins_between(
        self, start: dt.date, end: dt.date, kind: CheckInKind | None = None
    ) -> list[CheckIn]:
        """Check-ins from ``start`` to ``end`` inclusive, oldest first, optionally of one kind."""
        with self._session() as session:
            query = (
                select(CheckInRow)
                .where(CheckInRow.day.between(start, end))
                .order_by(CheckInRow.day, CheckInRow.id)
            )
            if kind is not None:
                query = query.where(CheckInRow.kind == kind.value)
            return [_to_checkin(r) for r in session.scalars(query)]

    def last_checkins(self) -> dict[CheckInKind, dt.date]:
        """The date of the latest check-in of each kind ever taken."""
        with self._session() as session:
            rows = session.execute(
                select(CheckInRow.kind, func.max(CheckInRow.day)).group_by(CheckInRow.kind)
            ).all()
        return {CheckInKind(kind): day for kind, day in rows}

    def due_checkins(self, today: dt.date) -> tuple[CheckInKind, ...]:
        """The check-ins due on ``today`` (WHO-5 every 14 days, UCLA-3 every 30; never = due)."""
        last = self.last_checkins()
        return tuple(kind for kind in CheckInKind if is_due(kind, last.get(kind), today))

    # Private preferences -----------------------------------------------------------------

    def preferences(self) -> dict[str, str]:
        """Every private preference stored in the diary (see ``diary.settings``)."""
        with self._session() as session:
            return _preferences(session)

    def set_preference(self, key: str, value: str) -> None:
        """Store one private preference; an empty value removes it."""
        with self._write() as conn:
            if value:
                conn.execute(
                    "INSERT INTO preference (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
            else:
                conn.execute("DELETE FROM preference WHERE key = ?", (key,))

    # Reach out ------------------------------------------------------------------------------

    def people_met_on(self, day: dt.date) -> frozenset[str]:
        """Uids of everyone in a contact on ``day``, whatever its mode, length or depth."""
        with self._session() as session:
            rows = session.execute(
                text(
                    "SELECT DISTINCT p.uid FROM interaction i "
                    "JOIN interaction_person ip ON ip.interaction_id = i.id "
                    "JOIN person p ON p.id = ip.person_id WHERE i.day = :day"
                ),
                {"day": day.isoformat()},
            )
            return frozenset(uid for (uid,) in rows)

    def reach_out(
        self,
        today: dt.date,
        definition: Definition = DEFAULT_DEFINITION,
        *,
        long_time_days: int = DEFAULT_LONG_TIME_DAYS,
    ) -> ReachOutList:
        """The reach-out list as Today, People and ``diary reach-out`` show it.

        ``cadence.reach_out`` with its two gentle rules: nobody in today's contacts, and the
        clock of someone never seen starting on the diary's first logged day (an empty diary
        lists nobody).
        """
        span = self.date_range()
        return reach_out(
            today,
            self.people(),
            self.last_contacts(definition),
            self.circles(),
            self.circle_last_taken_part(),
            self.holds(),
            long_time_days=long_time_days,
            met_today=self.people_met_on(today),
            kept_since=span[0] if span is not None else today,
        )

    # A change counter for caches of computed numbers ----------------------------------------

    @property
    def version(self) -> int:
        """A number that grows after every write to the diary, from any connection or thread.

        Cheap to read: the Insights page keeps the numbers of a year it computed and recomputes
        them only when this has moved.
        """
        return self._changes

    @staticmethod
    def _total_changes(conn: Connection) -> int:
        return int(getattr(conn.connection.driver_connection, "total_changes", -1))

    def _note_changes(self, conn: Connection) -> None:
        """At the start of a transaction, note how many rows its connection has changed."""
        conn.info["hearth_changes"] = self._total_changes(conn)

    def _count_commit(self, conn: Connection) -> None:
        """Bump ``version`` when the committed transaction changed rows (or cannot tell).

        A transaction that changed rows also stamps ``diary_state`` (one UPDATE, inside it, as
        the last statement before the commit) and notes the count it reached for the seal.
        """
        before = conn.info.pop("hearth_changes", None)
        after = self._total_changes(conn)
        if before is None or after < 0 or after != before:
            self._changes += 1
            db = conn.connection.driver_connection
            assert db is not None  # inside the transaction being committed
            if getattr(self._local, "keep_changed_at", False):
                row = db.execute(_COUNT_WRITE).fetchone()
            else:
                row = db.execute(_STAMP_WRITE, (_stamp(dt.datetime.now(dt.UTC)),)).fetchone()
            self._local.committed = Mark(uuid.UUID(row[1]), int(row[0]))


_KINDS = ("entries", "interactions", "people", "circles", "checkins")


def seal_words(report: Report) -> str:
    """What the seal found, as one line of ``diary check`` and of the unlock window."""
    if report.finding is Finding.SAVES_LOST:
        return storage_words.saves_lost(report.lost)
    if report.finding is Finding.SEAL_MISSING:
        return storage_words.SEAL_MISSING
    return storage_words.SEAL_BROKEN


def _holds(session: Session) -> list[Hold]:
    """Every snooze and dismissal, oldest first, naming people and circles by uid."""
    rows = session.execute(
        text(
            "SELECT h.kind, h.day, p.uid, c.uid FROM reach_out_hold h "
            "LEFT JOIN person p ON p.id = h.person_id "
            "LEFT JOIN circle c ON c.id = h.circle_id ORDER BY h.id"
        )
    ).all()
    return [
        Hold(
            Target(Subject.PERSON, person) if person else Target(Subject.CIRCLE, circle),
            HoldKind(kind),
            dt.date.fromisoformat(day),
        )
        for kind, day, person, circle in rows
    ]


def _preferences(session: Session) -> dict[str, str]:
    """Every private preference, by key."""
    rows = session.scalars(select(PreferenceRow).order_by(PreferenceRow.key))
    return {row.key: row.value for row in rows}


_KINDS_PER_QUERY = 300  # (mode, minutes, depth) triples per query, far below SQLite's limit


def _spaced(name: str) -> str:
    """A name as stored: trimmed, single spaces."""
    return " ".join(name.split())


_Named = TypeVar("_Named", PersonRow, CircleRow)


def _named(session: Session, row: type[_Named], name: str) -> _Named | None:
    """The person or circle called ``name``, matched as ``writer.name_owner`` matches names."""
    db = session.connection().connection.driver_connection
    found = writer.name_owner(db, row.__tablename__, _spaced(name))
    return session.get(row, found) if found is not None else None


@dataclass(frozen=True)
class PersonRemoval:
    """What ``Repository.delete_person`` did, for the confirmation the user sees.

    Attributes:
        name: Who was removed.
        contacts_deleted: Contacts with only them, deleted (0 when contacts were kept).
        contacts_kept: Contacts that stay without their name.
        gratitude_unlinked: Gratitude notes that stay, no longer linked to them.
    """

    name: str
    contacts_deleted: int
    contacts_kept: int
    gratitude_unlinked: int
