"""The read/write API of an unlocked diary: domain objects in, domain objects out.

Reads use the ORM in one short Session per call (SQLAlchemy's advice for GUI apps); writes use
``writer``'s plain SQL in one transaction per call. Either way the transaction is committed, and
so fsynced, before the call returns. Database errors become the storage errors the user
interface knows how to explain.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

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
    Records,
    ValidationError,
)
from diary.domain.search import MARK_END, MARK_START, SearchHit, fts_query, parse_marked
from diary.storage import writer
from diary.storage.database import integrity_problems, storage_error
from diary.storage.orm import (
    CheckInRow,
    CircleRow,
    EntryRow,
    InteractionRow,
    PersonRow,
)


def _to_entry(row: EntryRow) -> Entry:
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


class Repository:
    """Everything the app and the command line read from or write to an unlocked diary."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        """A Session for reads (and rare ORM writes), committed on success."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            raise storage_error(error.orig or error) from None

    @contextmanager
    def _write(self) -> Iterator[writer.Db]:
        """One transaction for ``writer``'s plain SQL, committed (and fsynced) on success."""
        try:
            with self._engine.begin() as conn:
                yield conn.connection.driver_connection
        except DBAPIError as error:
            raise storage_error(error.orig or error) from None
        except sqlcipher.DatabaseError as error:
            raise storage_error(error) from None

    def close(self) -> None:
        """Close every database connection (the vault then forgets the key)."""
        self._engine.dispose()

    # Entries -----------------------------------------------------------------------------

    def save_entry(self, entry: Entry) -> Entry:
        """Create or replace the entry of ``entry.day``; an empty entry removes the day's entry.

        Returns the stored entry (its identity is kept when the day already had one).
        """
        with self._write() as conn:
            if entry.is_empty:
                writer.delete_entry(conn, entry.day)
                uid = entry.uid
            else:
                uid = writer.write_entry(conn, entry)
            stored = replace(entry, uid=uid)
            writer.refresh_day_text(conn, [entry.day], None if entry.is_empty else stored)
        return stored

    def entry(self, day: dt.date) -> Entry | None:
        """The entry of ``day``, if one was written."""
        with self._session() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.day == day)).first()
            return _to_entry(row) if row else None

    def delete_entry(self, day: dt.date) -> bool:
        """Remove the entry of ``day`` (its interactions stay); True if there was one."""
        with self._write() as conn:
            found = writer.delete_entry(conn, day)
            writer.refresh_day_text(conn, [day])
        return found

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
                raise ValidationError("That interaction no longer exists.")
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
        with self._session() as session:
            rows = session.scalars(
                select(InteractionRow)
                .where(InteractionRow.day.between(start, end))
                .order_by(InteractionRow.day, InteractionRow.id)
            )
            return [_to_interaction(r) for r in rows]

    # Days --------------------------------------------------------------------------------

    def day(self, day: dt.date) -> Day:
        """The entry and contacts of one date (possibly an unlogged, empty day)."""
        found = self.days(day, day)
        return found[0] if found else Day(day, None, ())

    def days(self, start: dt.date, end: dt.date) -> list[Day]:
        """Every logged day from ``start`` to ``end`` inclusive, oldest first."""
        with self._session() as session:
            entries = {
                row.day: _to_entry(row)
                for row in session.scalars(select(EntryRow).where(EntryRow.day.between(start, end)))
            }
        contacts: dict[dt.date, list[Interaction]] = defaultdict(list)
        for item in self.interactions(start, end):
            contacts[item.day].append(item)
        logged = sorted(set(entries) | set(contacts))
        return [Day(d, entries.get(d), tuple(contacts.get(d, ()))) for d in logged]

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
                raise ValidationError(f"{person.name} is already in your diary.")
            ids = writer.person_ids(conn, [person])
        return replace(person, id=ids[person.name.casefold()])

    def update_person(self, person: Person) -> Person:
        """Change someone's details (found by id)."""
        with self._write() as conn:
            owner = writer.name_owner(conn, "person", person.name)
            if owner is not None and owner != person.id:
                raise ValidationError(f"{person.name} is already in your diary.")
            if not writer.update_person(conn, person):
                raise ValidationError("That person is no longer in your diary.")
        return person

    def person(self, name: str) -> Person | None:
        """Someone by name (case-insensitive)."""
        with self._session() as session:
            row = session.scalars(select(PersonRow).where(PersonRow.name == name.strip())).first()
            return _to_person(row) if row else None

    def people(self) -> list[Person]:
        """Everyone in the diary, by name."""
        with self._session() as session:
            return [
                _to_person(r) for r in session.scalars(select(PersonRow).order_by(PersonRow.name))
            ]

    def add_circle(self, circle: Circle) -> Circle:
        """Add a group; a name already used is refused."""
        with self._write() as conn:
            if writer.name_owner(conn, "circle", circle.name) is not None:
                raise ValidationError(f"The circle {circle.name} is already in your diary.")
            ids = writer.circle_ids(conn, [circle])
        return replace(circle, id=ids[circle.name.casefold()])

    def circles(self) -> list[Circle]:
        """Every circle, by name."""
        with self._session() as session:
            return [
                _to_circle(r) for r in session.scalars(select(CircleRow).order_by(CircleRow.name))
            ]

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
        """Days whose text, gratitude or contact notes hold every word, newest first."""
        query = fts_query(words)
        if query is None:
            return []
        with self._session() as session:
            rows = session.execute(
                text(
                    "SELECT rowid, snippet(day_text, -1, :a, :b, '…', 16) FROM day_text "
                    "WHERE day_text MATCH :q ORDER BY rowid DESC LIMIT :n"
                ),
                {"a": MARK_START, "b": MARK_END, "q": query, "n": limit},
            ).all()
        hits = []
        for ordinal, marked in rows:
            snippet, spans = parse_marked(marked)
            hits.append(SearchHit(dt.date.fromordinal(ordinal), snippet, spans))
        return hits

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
        """A full check of every page and structure; an empty list means healthy."""
        try:
            return integrity_problems(self._engine)
        except DBAPIError as error:
            return [f"unreadable: {error.orig}"]

    # Backups: everything out, merging back in --------------------------------------------

    def records(self) -> Records:
        """Every record of the diary, for a backup or an export.

        Circles and people by name, entries by date, interactions and check-ins by date and
        then in the order they were logged.
        """
        with self._session() as session:
            return Records(
                circles=tuple(
                    _to_circle(r)
                    for r in session.scalars(select(CircleRow).order_by(CircleRow.name))
                ),
                people=tuple(
                    _to_person(r)
                    for r in session.scalars(select(PersonRow).order_by(PersonRow.name))
                ),
                entries=tuple(
                    _to_entry(r) for r in session.scalars(select(EntryRow).order_by(EntryRow.day))
                ),
                interactions=tuple(
                    _to_interaction(r)
                    for r in session.scalars(
                        select(InteractionRow).order_by(InteractionRow.day, InteractionRow.id)
                    )
                ),
                checkins=tuple(
                    _to_checkin(r)
                    for r in session.scalars(
                        select(CheckInRow).order_by(CheckInRow.day, CheckInRow.id)
                    )
                ),
            )

    def merge_records(self, records: Records) -> dict[str, int]:
        """Add the records this diary does not hold yet, all in one transaction.

        A record is already here when its uid is; a person or circle also when its name is
        (names are unique, ignoring case), and an entry also when its day already has one (the
        diary's own entry is kept). Records of the merge that name people or circles are linked
        to the ones matched, by uid first, then by name. Merging the same records twice adds
        nothing the second time.

        Returns:
            ``{kind}_added`` and ``{kind}_skipped`` for entries, interactions, people, circles
            and check-ins.
        """
        counts = {f"{kind}_{what}": 0 for kind in _KINDS for what in ("added", "skipped")}
        with self._write() as conn:
            circle_map = self._merge_names(conn, "circle", records.circles, {}, counts)
            person_map = self._merge_names(conn, "person", records.people, circle_map, counts)
            entry_uids = {uid for (uid,) in conn.execute("SELECT uid FROM entry")}
            entry_days = {day for (day,) in conn.execute("SELECT day FROM entry")}
            days: set[dt.date] = set()
            for entry in records.entries:
                if entry.uid in entry_uids or entry.day.isoformat() in entry_days:
                    counts["entries_skipped"] += 1
                    continue
                writer.write_entry(conn, entry, person_map)
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
                counts["interactions_added"] += 1
            known = {uid for (uid,) in conn.execute("SELECT uid FROM checkin")}
            for checkin in records.checkins:
                if checkin.uid in known:
                    counts["checkins_skipped"] += 1
                    continue
                writer.write_checkin(conn, checkin)
                known.add(checkin.uid)
                counts["checkins_added"] += 1
            writer.refresh_day_text(conn, days)
        return counts

    @staticmethod
    def _merge_names(
        conn: writer.Db,
        table: str,
        items: Iterable[Circle] | Iterable[Person],
        circle_map: dict[str, int],
        counts: dict[str, int],
    ) -> dict[str, int]:
        """Match (or add) circles or people by uid, then by name; returns name -> local id.

        The keys are the case-folded names *of the merged records*, as ``writer`` expects, so
        a record renamed in one diary still links to the same person in the other.
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
                counts[f"{kind}_skipped"] += 1
                continue
            if isinstance(item, Circle):
                writer.circle_ids(conn, [item], mapped)
            else:
                writer.person_ids(conn, [item], mapped, known_circles=circle_map)
            by_uid[item.uid] = by_name[key] = mapped[key]
            counts[f"{kind}_added"] += 1
        return mapped


_KINDS = ("entries", "interactions", "people", "circles", "checkins")
