"""Diary records as short, readable lines for the terminal (no colour unless asked).

The words are the command line's, in the current language (``_`` here, ``diary.messages``
for what other places say too); the separators (" · ", " — ") are the same in every language.
Each function imports what it needs: a search's lines need none of the domain's modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from diary.i18n import _, ngettext

if TYPE_CHECKING:
    from diary.domain.company import Company
    from diary.domain.kinds import Initiator
    from diary.domain.models import Day, Interaction, Person
    from diary.domain.search import SearchHit

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def _started_by(initiated: Initiator) -> str:
    from diary.domain.kinds import Initiator

    return {
        Initiator.ME: _("started by me"),
        Initiator.THEM: _("started by them"),
        Initiator.BOTH: _("started by both"),
    }[initiated]


def interaction_line(item: Interaction) -> str:
    """One contact on one line: mode, minutes, depth, people, circle, note."""
    parts = [item.mode.label, _("{minutes} min").format(minutes=item.minutes)]
    if item.depth is not None:
        parts.append(_("depth {depth}/5").format(depth=item.depth))
    if item.people:
        parts.append(_("with {people}").format(people=", ".join(item.people)))
    if item.circle:
        parts.append(item.circle)
    if item.initiated:
        parts.append(_started_by(item.initiated))
    line = " · ".join(parts)
    return f"{line} — {item.note}" if item.note else line


def company_line(company: Company) -> str:
    """The day's "Company today" answer in a line: "Company today: I wanted more"."""
    # Translators: {answer} is one of "I wanted more", "about right", "I wanted less".
    return _("Company today: {answer}").format(answer=company.label)


def day_lines(day: Day) -> list[str]:
    """The whole of one day, as ``diary show`` prints it."""
    from diary import locale_format, messages
    from diary.domain.tags import day_tags
    from diary.domain.vocabulary import label_of

    lines = [locale_format.long_day(day.day)]
    if not day.logged:
        return [*lines, _("Nothing written for this day yet.")]
    entry = day.entry
    if entry is not None:
        if entry.mood is not None and entry.energy is not None:
            lines.append(
                _("Mood {mood}/9 · energy {energy}/9").format(mood=entry.mood, energy=entry.energy)
            )
        elif entry.mood is not None:
            lines.append(_("Mood {mood}/9").format(mood=entry.mood))
        elif entry.energy is not None:
            lines.append(_("Energy {energy}/9").format(energy=entry.energy))
        if entry.company is not None:
            lines.append(company_line(entry.company))
        if entry.feelings:
            lines.append(
                _("Feelings: {feelings}").format(feelings=", ".join(map(label_of, entry.feelings)))
            )
        if tags := day_tags(entry.tags, entry.text):
            lines.append(messages.EXPORT_MD_TAGS.format(tags=" ".join(f"#{t}" for t in tags)))
        if entry.gratitude:
            lines.append(_("Grateful for:"))
            lines += [
                f"  - {g.text}" + (f" ({g.person})" if g.person else "") for g in entry.gratitude
            ]
    if day.interactions:
        lines.append(_("Connected:"))
        lines += [f"  - {interaction_line(i)}" for i in day.interactions]
    if entry is not None and entry.text.strip():
        lines += ["", entry.text.strip()]
    return lines


def day_summary_line(day: Day) -> str:
    """One line per day, as ``diary list`` prints it."""
    from diary import locale_format, messages
    from diary.domain.tags import day_tags
    from diary.domain.vocabulary import label_of

    entry = day.entry
    if entry and entry.mood is not None:
        mood = _("mood {mood}").format(mood=entry.mood)
    else:
        # Translators: a day's mood in ``diary list`` when none was written.
        mood = _("mood –")
    count = len(day.interactions)
    minutes = sum(i.minutes for i in day.interactions)
    if count:
        contacts = ngettext(
            "{n} contact ({minutes} min)", "{n} contacts ({minutes} min)", count
        ).format(n=count, minutes=minutes)
    else:
        contacts = messages.PEOPLE_NO_CONTACTS
    feelings = ", ".join(map(label_of, entry.feelings)) if entry else ""
    weekday = locale_format.weekday_name(day.day.weekday(), "abbreviated")
    tags = " ".join(f"#{t}" for t in day_tags(entry.tags, entry.text)) if entry else ""
    line = f"{day.day.isoformat()} {weekday}  {mood:<7} {contacts:<22} {feelings}"
    return f"{line}  {tags}" if tags else line


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
    from diary import messages

    parts = [person.name + (" ♥" if person.inner else "")]
    if person.circles:
        parts.append(", ".join(person.circles))
    if person.cadence_days:
        parts.append(messages.hoped_every(person.cadence_days))
    return " · ".join(parts)


def counts_words(counts: dict[str, int]) -> str:
    """The kinds that have any, in words ("3 entries and 1 person"), or "nothing".

    The list is joined by the language's own rule (CLDR's, through Babel): "a, b and c",
    "a, b und c", "a, b et c".
    """
    from diary import locale_format, messages

    parts = [messages.IMPORT_KIND_WORDS[kind](count) for kind, count in counts.items() if count]
    if not parts:
        return messages.IMPORT_NOTHING
    return locale_format.joined(parts)
