"""Domain objects as plain JSON-ready dicts: what ``--json`` prints and exports carry.

The shapes are documented in docs/cli.md; keys are stable, so scripts can rely on them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from diary.domain.models import CheckIn, Circle, Day, Entry, Interaction, Person, Records
from diary.domain.search import SearchHit
from diary.domain.tags import day_tags


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    """An entry without its date (the day object carries it)."""
    return {
        "uid": entry.uid,
        "mood": entry.mood,
        "energy": entry.energy,
        "feelings": list(entry.feelings),
        "gratitude": [{"text": g.text, "person": g.person} for g in entry.gratitude],
        "text": entry.text,
        "company": entry.company.value if entry.company else None,
        "tags": list(entry.tags),
    }


def interaction_to_dict(item: Interaction) -> dict[str, Any]:
    """One contact; ``mode`` and ``initiated`` use the command-line spellings."""
    return {
        "id": item.id,
        "uid": item.uid,
        "date": item.day.isoformat(),
        "mode": item.mode.value,
        "minutes": item.minutes,
        "depth": item.depth,
        "initiated": item.initiated.value if item.initiated else None,
        "people": list(item.people),
        "circle": item.circle,
        "note": item.note,
    }


def day_to_dict(day: Day) -> dict[str, Any]:
    """Everything of one date, as ``diary show --json`` prints it."""
    return {
        "date": day.day.isoformat(),
        "logged": day.logged,
        "entry": entry_to_dict(day.entry) if day.entry else None,
        "interactions": [interaction_to_dict(i) for i in day.interactions],
    }


def day_summary(day: Day) -> dict[str, Any]:
    """A one-line view of a day, as ``diary list --json`` prints it."""
    entry = day.entry
    return {
        "date": day.day.isoformat(),
        "mood": entry.mood if entry else None,
        "energy": entry.energy if entry else None,
        "company": entry.company.value if entry and entry.company else None,
        "feelings": list(entry.feelings) if entry else [],
        "gratitude": len(entry.gratitude) if entry else 0,
        "words": len(entry.text.split()) if entry else 0,
        "tags": list(day_tags(entry.tags, entry.text)) if entry else [],
        "interactions": len(day.interactions),
        "minutes": sum(i.minutes for i in day.interactions),
    }


def person_to_dict(person: Person) -> dict[str, Any]:
    """Someone in the diary."""
    return {
        "id": person.id,
        "uid": person.uid,
        "name": person.name,
        "circles": list(person.circles),
        "inner": person.inner,
        "every_days": person.cadence_days,
    }


def circle_to_dict(circle: Circle) -> dict[str, Any]:
    """A group the user belongs to."""
    return {
        "id": circle.id,
        "uid": circle.uid,
        "name": circle.name,
        "every_days": circle.cadence_days,
    }


def checkin_to_dict(checkin: CheckIn) -> dict[str, Any]:
    """A questionnaire's answers."""
    return {
        "id": checkin.id,
        "uid": checkin.uid,
        "date": checkin.day.isoformat(),
        "kind": checkin.kind.value,
        "answers": list(checkin.answers),
    }


def search_hit_to_dict(hit: SearchHit) -> dict[str, Any]:
    """A matching day; ``matches`` are [start, end) character spans inside ``snippet``."""
    return {
        "date": hit.day.isoformat(),
        "snippet": hit.snippet,
        "matches": [list(span) for span in hit.matches],
    }


@dataclass(frozen=True)
class DayRecords:
    """What one date holds in a set of records: its entry, contacts and check-ins."""

    day: dt.date
    entry: Entry | None
    interactions: tuple[Interaction, ...]
    checkins: tuple[CheckIn, ...]


def records_by_day(records: Records) -> list[DayRecords]:
    """Every date with an entry, a contact or a check-in, oldest first (for day-by-day exports)."""
    entries = {entry.day: entry for entry in records.entries}
    contacts: dict[dt.date, list[Interaction]] = defaultdict(list)
    for item in records.interactions:
        contacts[item.day].append(item)
    checkins: dict[dt.date, list[CheckIn]] = defaultdict(list)
    for checkin in records.checkins:
        checkins[checkin.day].append(checkin)
    return [
        DayRecords(day, entries.get(day), tuple(contacts[day]), tuple(checkins[day]))
        for day in sorted(set(entries) | set(contacts) | set(checkins))
    ]
