"""The read/write API of an unlocked diary: domain objects in, domain objects out.

One short Session per call (SQLAlchemy's advice for GUI apps), committed before the call
returns, so a save that returned has been fsynced. Database errors become the storage errors the
user interface knows how to explain.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

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
    ValidationError,
)
from diary.domain.search import MARK_END, MARK_START, SearchHit, fts_query, parse_marked
from diary.storage.database import integrity_problems, storage_error
from diary.storage.orm import (
    CheckInRow,
    CircleRow,
    EntryRow,
    FeelingRow,
    GratitudeRow,
    InteractionRow,
    PersonRow,
)


class _Names:
    """Find-or-create people and circles by name within one Session (case-insensitive)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._people: dict[str, PersonRow] = {}
        self._circles: dict[str, CircleRow] = {}

    def person(self, name: str, template: Person | None = None) -> PersonRow:
        key = name.casefold()
        row = self._people.get(key)
        if row is None:
            row = self._session.scalars(select(PersonRow).where(PersonRow.name == name)).first()
            if row is None:
                person = template or Person(name)
                row = PersonRow(
                    uid=person.uid,
                    name=person.name,
                    inner_circle=int(person.inner),
                    cadence_days=person.cadence_days,
                    circles=[self.circle(c) for c in person.circles],
                )
                self._session.add(row)
            self._people[key] = row
        return row

    def circle(self, name: str, template: Circle | None = None) -> CircleRow:
        key = name.casefold()
        row = self._circles.get(key)
        if row is None:
            row = self._session.scalars(select(CircleRow).where(CircleRow.name == name)).first()
            if row is None:
                circle = template or Circle(name)
                row = CircleRow(uid=circle.uid, name=circle.name, cadence_days=circle.cadence_days)
                self._session.add(row)
            self._circles[key] = row
        return row


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


def _fill_entry(row: EntryRow, entry: Entry, names: _Names) -> None:
    row.mood, row.energy, row.text = entry.mood, entry.energy, entry.text
    row.feelings = [FeelingRow(position=i, word=w) for i, w in enumerate(entry.feelings)]
    row.gratitude = [
        GratitudeRow(position=i, text=g.text, person=names.person(g.person) if g.person else None)
        for i, g in enumerate(entry.gratitude)
    ]


def _fill_interaction(row: InteractionRow, item: Interaction, names: _Names) -> None:
    row.day, row.mode, row.minutes = item.day, item.mode.value, item.minutes
    row.depth, row.note = item.depth, item.note
    row.initiated = item.initiated.value if item.initiated else None
    row.circle = names.circle(item.circle) if item.circle else None
    row.people = [names.person(p) for p in item.people]


def _refresh_day_text(session: Session, days: Iterable[dt.date]) -> None:
    """Rebuild the encrypted full-text rows (one per day, rowid = day ordinal) of ``days``."""
    days = sorted(set(days))
    if not days:
        return
    session.flush()
    entries = {
        row.day: row for row in session.scalars(select(EntryRow).where(EntryRow.day.in_(days)))
    }
    notes: dict[dt.date, list[str]] = defaultdict(list)
    for row in session.scalars(select(InteractionRow).where(InteractionRow.day.in_(days))):
        people = ", ".join(p.name for p in row.people)
        notes[row.day].append(f"{people}: {row.note}" if people else row.note)
    rows: list[dict[str, Any]] = []
    for day in days:
        entry = entries.get(day)
        text_, gratitude = "", ""
        if entry is not None:
            text_ = entry.text
            gratitude = "\n".join(
                f"{g.text} ({g.person.name})" if g.person else g.text for g in entry.gratitude
            )
        day_notes = "\n".join(n for n in notes.get(day, ()) if n)
        if text_ or gratitude or day_notes:
            rows.append({"r": day.toordinal(), "t": text_, "g": gratitude, "n": day_notes})
    session.execute(
        text("DELETE FROM day_text WHERE rowid = :r"), [{"r": d.toordinal()} for d in days]
    )
    if rows:
        session.execute(
            text("INSERT INTO day_text(rowid, text, gratitude, notes) VALUES (:r, :t, :g, :n)"),
            rows,
        )


class Repository:
    """Everything the app and the command line read from or write to an unlocked diary."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            raise storage_error(error.orig or error) from None

    def close(self) -> None:
        """Close every database connection (the vault then forgets the key)."""
        self._engine.dispose()

    # Entries -----------------------------------------------------------------------------

    def save_entry(self, entry: Entry) -> Entry:
        """Create or replace the entry of ``entry.day``; an empty entry removes the day's entry.

        Returns the stored entry (its identity is kept when the day already had one).
        """
        with self._session() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.day == entry.day)).first()
            if entry.is_empty:
                if row is not None:
                    session.delete(row)
                    _refresh_day_text(session, [entry.day])
                return entry
            if row is None:
                row = EntryRow(uid=entry.uid, day=entry.day)
                session.add(row)
            _fill_entry(row, entry, _Names(session))
            _refresh_day_text(session, [entry.day])
            return _to_entry(row)

    def entry(self, day: dt.date) -> Entry | None:
        """The entry of ``day``, if one was written."""
        with self._session() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.day == day)).first()
            return _to_entry(row) if row else None

    def delete_entry(self, day: dt.date) -> bool:
        """Remove the entry of ``day`` (its interactions stay); True if there was one."""
        with self._session() as session:
            row = session.scalars(select(EntryRow).where(EntryRow.day == day)).first()
            if row is None:
                return False
            session.delete(row)
            _refresh_day_text(session, [day])
            return True

    # Interactions ------------------------------------------------------------------------

    def add_interaction(self, interaction: Interaction) -> Interaction:
        """Log a contact; people and circles named for the first time are created."""
        with self._session() as session:
            row = InteractionRow(uid=interaction.uid)
            _fill_interaction(row, interaction, _Names(session))
            session.add(row)
            _refresh_day_text(session, [interaction.day])
            return _to_interaction(row)

    def update_interaction(self, interaction: Interaction) -> Interaction:
        """Change a logged contact (found by its id)."""
        with self._session() as session:
            row = session.get(InteractionRow, interaction.id) if interaction.id else None
            if row is None:
                raise ValidationError("That interaction no longer exists.")
            old_day = row.day
            _fill_interaction(row, interaction, _Names(session))
            _refresh_day_text(session, [old_day, interaction.day])
            return _to_interaction(row)

    def delete_interaction(self, interaction_id: int) -> bool:
        """Remove a logged contact; True if it existed."""
        with self._session() as session:
            row = session.get(InteractionRow, interaction_id)
            if row is None:
                return False
            day = row.day
            session.delete(row)
            _refresh_day_text(session, [day])
            return True

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
        with self._session() as session:
            if session.scalars(select(PersonRow).where(PersonRow.name == person.name)).first():
                raise ValidationError(f"{person.name} is already in your diary.")
            row = _Names(session).person(person.name, person)
            session.flush()
            return _to_person(row)

    def update_person(self, person: Person) -> Person:
        """Change someone's details (found by id)."""
        with self._session() as session:
            row = session.get(PersonRow, person.id) if person.id else None
            if row is None:
                raise ValidationError("That person is no longer in your diary.")
            clash = session.scalars(select(PersonRow).where(PersonRow.name == person.name)).first()
            if clash is not None and clash.id != row.id:
                raise ValidationError(f"{person.name} is already in your diary.")
            names = _Names(session)
            row.name, row.inner_circle = person.name, int(person.inner)
            row.cadence_days = person.cadence_days
            row.circles = [names.circle(c) for c in person.circles]
            return _to_person(row)

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
        with self._session() as session:
            if session.scalars(select(CircleRow).where(CircleRow.name == circle.name)).first():
                raise ValidationError(f"The circle {circle.name} is already in your diary.")
            row = _Names(session).circle(circle.name, circle)
            session.flush()
            return _to_circle(row)

    def circles(self) -> list[Circle]:
        """Every circle, by name."""
        with self._session() as session:
            return [
                _to_circle(r) for r in session.scalars(select(CircleRow).order_by(CircleRow.name))
            ]

    # Check-ins ---------------------------------------------------------------------------

    def add_checkin(self, checkin: CheckIn) -> CheckIn:
        """Store a questionnaire's answers."""
        with self._session() as session:
            row = CheckInRow(
                uid=checkin.uid,
                day=checkin.day,
                kind=checkin.kind.value,
                answers=",".join(str(a) for a in checkin.answers),
            )
            session.add(row)
            session.flush()
            return _to_checkin(row)

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
        with self._session() as session:
            names = _Names(session)
            for circle in circles:
                names.circle(circle.name, circle)
            for person in people:
                names.person(person.name, person)
            days: set[dt.date] = set()
            existing = {r.day: r for r in session.scalars(select(EntryRow))}
            for entry in entries:
                row = existing.get(entry.day)
                if row is None:
                    row = existing[entry.day] = EntryRow(uid=entry.uid, day=entry.day)
                    session.add(row)
                _fill_entry(row, entry, names)
                days.add(entry.day)
            for item in interactions:
                row_i = InteractionRow(uid=item.uid)
                _fill_interaction(row_i, item, names)
                session.add(row_i)
                days.add(item.day)
            for checkin in checkins:
                session.add(
                    CheckInRow(
                        uid=checkin.uid,
                        day=checkin.day,
                        kind=checkin.kind.value,
                        answers=",".join(str(a) for a in checkin.answers),
                    )
                )
            _refresh_day_text(session, days)

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

    def integrity_problems(self) -> list[str]:
        """A full check of every page and structure; an empty list means healthy."""
        try:
            return integrity_problems(self._engine)
        except DBAPIError as error:
            return [f"unreadable: {error.orig}"]
