"""Diary records as short, readable lines for the terminal (no colour unless asked)."""

from __future__ import annotations

from diary import locale_format, messages
from diary.domain.models import Day, Interaction, Person
from diary.domain.search import SearchHit

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def interaction_line(item: Interaction) -> str:
    """One contact on one line: mode, minutes, depth, people, circle, note."""
    parts = [item.mode.label, f"{item.minutes} min"]
    if item.depth is not None:
        parts.append(f"depth {item.depth}/5")
    if item.people:
        parts.append("with " + ", ".join(item.people))
    if item.circle:
        parts.append(item.circle)
    if item.initiated:
        parts.append(f"started by {item.initiated.value}")
    line = " · ".join(parts)
    return f"{line} — {item.note}" if item.note else line


def day_lines(day: Day) -> list[str]:
    """The whole of one day, as ``diary show`` prints it."""
    lines = [locale_format.long_day(day.day)]
    if not day.logged:
        return [*lines, "Nothing written for this day yet."]
    entry = day.entry
    if entry is not None:
        mood = [f"mood {entry.mood}/9"] if entry.mood is not None else []
        mood += [f"energy {entry.energy}/9"] if entry.energy is not None else []
        if mood:
            lines.append(" · ".join(mood).capitalize())
        if entry.feelings:
            lines.append("Feelings: " + ", ".join(entry.feelings))
        if entry.gratitude:
            lines.append("Grateful for:")
            lines += [
                f"  - {g.text}" + (f" ({g.person})" if g.person else "") for g in entry.gratitude
            ]
    if day.interactions:
        lines.append("Connected:")
        lines += [f"  - {interaction_line(i)}" for i in day.interactions]
    if entry is not None and entry.text.strip():
        lines += ["", entry.text.strip()]
    return lines


def day_summary_line(day: Day) -> str:
    """One line per day, as ``diary list`` prints it."""
    entry = day.entry
    mood = f"mood {entry.mood}" if entry and entry.mood is not None else "mood –"
    count = len(day.interactions)
    minutes = sum(i.minutes for i in day.interactions)
    contacts = f"{count} contact{'s' if count != 1 else ''}" + (
        f" ({minutes} min)" if count else ""
    )
    feelings = ", ".join(entry.feelings) if entry else ""
    weekday = locale_format.weekday_name(day.day.weekday(), "abbreviated")
    return f"{day.day.isoformat()} {weekday}  {mood:<7} {contacts:<22} {feelings}"


def search_hit_line(hit: SearchHit, *, bold: bool) -> str:
    """A matching day with its matches emphasised (bold on a terminal, «» elsewhere)."""
    start, end = (BOLD, RESET) if bold else ("«", "»")
    text, last = [], 0
    for low, high in hit.matches:
        text += [hit.snippet[last:low], start, hit.snippet[low:high], end]
        last = high
    text.append(hit.snippet[last:])
    snippet = "".join(text).replace("\n", " · ")
    return f"{hit.day.isoformat()}  {snippet}"


def person_line(person: Person) -> str:
    """Someone, with circles, inner-circle mark and cadence."""
    parts = [person.name + (" ♥" if person.inner else "")]
    if person.circles:
        parts.append(", ".join(person.circles))
    if person.cadence_days:
        parts.append(f"every {person.cadence_days} days")
    return " · ".join(parts)


def counts_words(counts: dict[str, int]) -> str:
    """The kinds that have any, in words ("3 entries and 1 person"), or "nothing"."""
    parts = []
    for kind, count in counts.items():
        if count:
            parts.append(messages.IMPORT_KIND_WORDS[kind](count))
    if not parts:
        return messages.IMPORT_NOTHING
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + messages.IMPORT_AND + parts[-1]
