"""The bulk read path gives exactly what the ORM gave, values as the domain model makes them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc

from sqlalchemy import select

from diary.domain.models import Circle, Day, Entry, Gratitude, Initiator, Interaction, Mode, Person
from diary.domain.sample import generate
from diary.storage import reader
from diary.storage.orm import EntryRow, InteractionRow
from diary.storage.repository import Repository, _to_entry, _to_interaction


def orm_days(repo: Repository, start: dt.date, end: dt.date) -> list[Day]:
    """The read as it was done through the ORM before ``reader``."""
    with repo._session() as session:
        entries = {
            row.day: _to_entry(row)
            for row in session.scalars(select(EntryRow).where(EntryRow.day.between(start, end)))
        }
        contacts: dict[dt.date, list[Interaction]] = {}
        for row in session.scalars(
            select(InteractionRow)
            .where(InteractionRow.day.between(start, end))
            .order_by(InteractionRow.day, InteractionRow.id)
        ):
            contacts.setdefault(row.day, []).append(_to_interaction(row))
    logged = sorted(set(entries) | set(contacts))
    return [Day(d, entries.get(d), tuple(contacts.get(d, ()))) for d in logged]


def untagged(days: list[Day]) -> list[Day]:
    """The days without their set tags: the ORM never read the tag table (``reader`` does)."""
    return [
        dataclasses.replace(d, entry=dataclasses.replace(d.entry, tags=())) if d.entry else d
        for d in days
    ]


def test_a_year_of_sample_days_reads_the_same_as_through_the_orm(repo: Repository) -> None:
    sample = generate(dt.date(2026, 6, 30), years=1, seed=3)
    repo.import_records(
        circles=sample.circles,
        people=sample.people,
        entries=sample.entries,
        interactions=sample.interactions,
    )
    start, end = dt.date(2025, 9, 1), dt.date(2026, 3, 31)
    read = repo.days(start, end)
    assert untagged(read) == orm_days(repo, start, end)
    wanted = {e.day: e.tags for e in sample.entries if start <= e.day <= end}
    assert {d.day: d.entry.tags for d in read if d.entry} == wanted
    assert any(wanted.values()), "the sample tags some days"
    everything = repo.days(dt.date.min, dt.date.max)
    assert untagged(everything) == orm_days(repo, dt.date.min, dt.date.max)
    assert len(everything) > 300


def test_order_and_every_field_survive_the_unchecked_build(repo: Repository) -> None:
    repo.add_circle(Circle("Choir"))
    for name in ("zoë", "Ana", "bea"):
        repo.add_person(Person(name))
    day = dt.date(2026, 11, 3)
    repo.save_entry(
        Entry(
            day,
            mood=7,
            energy=3,
            feelings=("calm", "grateful"),
            gratitude=(Gratitude("Soup from Ana", "Ana"), Gratitude("Sun")),
            text="A day.",
        )
    )
    first = repo.add_interaction(
        Interaction(day, Mode.IN_PERSON, 40, people=("zoë", "bea", "Ana"), depth=4, note="walk")
    )
    repo.add_interaction(
        Interaction(day, Mode.CALL, 10, initiated=Initiator.THEM, circle="Choir", people=("bea",))
    )
    (found,) = repo.days(day, day)
    assert found == orm_days(repo, day, day)[0]
    assert found.entry is not None and found.entry.feelings == ("calm", "grateful")
    assert found.entry.gratitude == (Gratitude("Soup from Ana", "Ana"), Gratitude("Sun"))
    assert [c.people for c in found.interactions] == [("Ana", "bea", "zoë"), ("bea",)]
    assert found.interactions[0].id == first.id and found.interactions[1].circle == "Choir"
    assert found.interactions[1].initiated is Initiator.THEM
    # Built without checks, yet exactly what the checked constructor makes of the same values.
    for item in (found.entry, *found.interactions, *found.entry.gratitude):
        assert dataclasses.replace(item) == item
        assert hash(item) == hash(dataclasses.replace(item))


def test_the_collector_is_paused_only_while_reading_and_only_if_it_ran(repo: Repository) -> None:
    before = gc.isenabled()  # the suite runs the collector as the app does: off
    gc.enable()
    seen = []
    original = reader.entries

    def spy(*args: object) -> dict[dt.date, Entry]:
        seen.append(gc.isenabled())
        return original(*args)  # type: ignore[arg-type]

    reader.entries = spy  # type: ignore[assignment]
    try:
        repo.days(dt.date.min, dt.date.max)
        gc.disable()
        repo.days(dt.date.min, dt.date.max)
        assert not gc.isenabled()  # the app's GUI-thread-only collection stays as it was
        gc.enable()
        repo.days(dt.date.min, dt.date.max)
        assert gc.isenabled()
    finally:
        reader.entries = original  # type: ignore[assignment]
        if not before:
            gc.disable()
    assert seen == [False, False, False]
