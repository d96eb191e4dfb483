"""SQLAlchemy rows: how the diary's records sit in the encrypted database.

These mirror the schema that ``migrations`` creates; tests check the two agree. Only the
repository uses them; every other layer sees ``diary.domain.models`` objects.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Declarative base of Hearth's rows."""


person_circle = Table(
    "person_circle",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("circle_id", ForeignKey("circle.id", ondelete="CASCADE"), primary_key=True),
)


class CircleRow(Base):
    """A group the user belongs to."""

    __tablename__ = "circle"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String(collation="NOCASE"), unique=True)
    cadence_days: Mapped[int | None] = mapped_column(Integer)


class PersonRow(Base):
    """Someone in the user's life."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String(collation="NOCASE"), unique=True)
    inner_circle: Mapped[int] = mapped_column(Integer, default=0)
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    circles: Mapped[list[CircleRow]] = relationship(
        secondary=person_circle, order_by=CircleRow.name, lazy="selectin"
    )


class EntryRow(Base):
    """The evening entry of one day."""

    __tablename__ = "entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    mood: Mapped[int | None] = mapped_column(Integer)
    energy: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str | None] = mapped_column(String)  # schema v7: "more", "right", "less"
    feelings: Mapped[list[FeelingRow]] = relationship(
        order_by="FeelingRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    gratitude: Mapped[list[GratitudeRow]] = relationship(
        order_by="GratitudeRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class TagRow(Base):
    """A tag of an entry, set on it or written as ``#tag`` in its text (schema v7)."""

    __tablename__ = "entry_tag"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    tag: Mapped[str] = mapped_column(String)
    explicit: Mapped[int] = mapped_column(Integer)


class PhotoRow(Base):
    """A photo of an entry's day, its bytes and thumbnail inside the database (schema v9).

    Only the mapping: ``diary.storage.photos`` reads and writes photos with plain SQL, one
    blob at a time (the blobs are deferred, never loaded with a row).
    """

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String)
    mime: Mapped[str] = mapped_column(String)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(Integer)
    added: Mapped[str] = mapped_column(String)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class FeelingRow(Base):
    """A feeling word of an entry, in the order the user chose it."""

    __tablename__ = "entry_feeling"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(String)


class GratitudeRow(Base):
    """A gratitude line of an entry, optionally about a person."""

    __tablename__ = "gratitude"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    person: Mapped[PersonRow | None] = relationship(lazy="joined")


interaction_person = Table(
    "interaction_person",
    Base.metadata,
    Column("interaction_id", ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
)


class InteractionRow(Base):
    """A contact on a day."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    mode: Mapped[str] = mapped_column(String)
    minutes: Mapped[int] = mapped_column(Integer)
    depth: Mapped[int | None] = mapped_column(Integer)
    initiated: Mapped[str | None] = mapped_column(String)
    circle_id: Mapped[int | None] = mapped_column(ForeignKey("circle.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    circle: Mapped[CircleRow | None] = relationship(lazy="joined")
    people: Mapped[list[PersonRow]] = relationship(
        secondary=interaction_person, order_by=PersonRow.name, lazy="selectin"
    )


class CheckInRow(Base):
    """Answers to a questionnaire, stored as comma-separated integers."""

    __tablename__ = "checkin"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, unique=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String)
    answers: Mapped[str] = mapped_column(String)


class ReachOutHoldRow(Base):
    """A snooze or dismissal of one person or circle on the reach-out list (schema v2)."""

    __tablename__ = "reach_out_hold"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), unique=True
    )
    circle_id: Mapped[int | None] = mapped_column(
        ForeignKey("circle.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(String)
    day: Mapped[dt.date] = mapped_column(Date)


class PreferenceRow(Base):
    """A private preference of the user, by key (schema v3): see ``diary.settings``."""

    __tablename__ = "preference"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(String)


class ImportNoteRow(Base):
    """A note of another app that an import brought, by its app and its key there (schema v6)."""

    __tablename__ = "import_note"
    __table_args__ = (UniqueConstraint("source", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String)
    key: Mapped[str] = mapped_column(String)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    time: Mapped[str | None] = mapped_column(String)
    label: Mapped[str] = mapped_column(String)
    mood: Mapped[int | None] = mapped_column(Integer)
    feelings: Mapped[str] = mapped_column(String)
    text: Mapped[str] = mapped_column(Text)


class ImportDayRow(Base):
    """The mood and text imports last gave a day (schema v6); a different one is the user's."""

    __tablename__ = "import_day"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    mood: Mapped[int | None] = mapped_column(Integer)
    text_hash: Mapped[str | None] = mapped_column(String)


class ImportRunRow(Base):
    """One import, newest last, for ``diary import undo`` (schema v6)."""

    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String)
    file: Mapped[str] = mapped_column(String)
    at: Mapped[str] = mapped_column(String)
    notes: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)


class ImportRunDayRow(Base):
    """A day an import changed, as it was before (JSON) and a digest of how it was left."""

    __tablename__ = "import_run_day"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("import_run.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    before: Mapped[str] = mapped_column(Text)
    after_hash: Mapped[str] = mapped_column(String)


class ImportRunAddedRow(Base):
    """A record a Hearth JSON import added: its kind and its uid (or preference key)."""

    __tablename__ = "import_run_added"

    run_id: Mapped[int] = mapped_column(
        ForeignKey("import_run.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    ref: Mapped[str] = mapped_column(String, primary_key=True)


class DiaryStateRow(Base):
    """The diary's identity, newest change and write count: one row (schema v5)."""

    __tablename__ = "diary_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    diary_id: Mapped[str] = mapped_column(String)
    changed_at: Mapped[str | None] = mapped_column(String)
    commits: Mapped[int] = mapped_column(Integer)
