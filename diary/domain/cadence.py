"""Staying in touch: who to reach out to, and the numbers of one person's page.

"Keep a repeatable schedule with friends" and "reach out to an old friend" (product.md) become
two lists the user can act on:

* **Overdue** — people and circles with a cadence ("see every 7 days") whose last contact is at
  least one cadence ago, ranked by how overdue they are *relative to their cadence*: the
  overdue ratio is days since the last contact divided by the cadence, so a weekly friend not
  seen for 14 days (ratio 2.0) comes before a monthly one not seen for 45 days (1.5).
* **Long time** — gentle suggestions for inner-circle people *without* a cadence whom the user
  has not seen for ``long_time_days`` (default 42, six weeks) or more. The domain gives the
  numbers (days, whole weeks); the words ("It's been 7 weeks since you saw Sam") live in
  ``diary.messages``.
* **Not yet** — people and circles with a cadence, and inner-circle people, who have no contact
  logged at all. They are listed *after* everyone else, by name, never as "infinitely overdue":
  a diary that just started, or someone just added, is not a failure to keep in touch.

Gentle by design (issue 11, "care that does not nag"):

* Nobody already in **today's contacts** is listed, whatever the kind of contact: someone you
  texted this evening is not someone to be reminded of tonight (``met_today``).
* The clock of someone **never seen** starts when the diary does (``kept_since``, the diary's
  first logged day), not at the beginning of time: a person or circle with a cadence and nothing
  logged together is listed only once the diary has been kept for at least that cadence, and an
  inner-circle person without a cadence only after ``long_time_days``. A brand-new diary (or an
  empty one) lists nobody. The diary does not know when a person was added, so someone added to
  an older diary with a cadence is mentioned from the start, in the same gentle words.

Rules shared by every list:

* A person's last contact is their last **meaningful** contact (``stats.Definition``); for a
  circle it is the last day the user took part, i.e. any interaction with that circle.
* Logging a contact resets the clock at once: a last contact on ``today`` (or, oddly, later)
  means zero days since, and nobody is listed with zero days since.
* A **snooze** hides an item until a date (it shows again on that date). A **dismissal** hides
  it until the next contact: while the last contact is before the day of the dismissal. Both
  are keyed by the person's or circle's uid, so renaming keeps them. Items a hold hides are
  returned in ``ReachOutList.hidden`` so a view can offer to show them again.

The part names (overdue, long time, not yet) are the code's; the user never reads "overdue"
nor a count as a verdict, only one warm sentence per item (``diary.messages.reach_out_sentence``:
"It has been a while since you saw Ivo — you hoped for every 10 days").

Everything is pure standard library over domain objects; the repository supplies the dates.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from diary.domain.initiative import Initiative, initiative
from diary.domain.models import (
    Circle,
    Day,
    Gratitude,
    Interaction,
    Person,
    ValidationError,
)
from diary.domain.stats import DEFAULT_DEFINITION, MIN_MOOD_DAYS, Definition
from diary.i18n import _

DEFAULT_LONG_TIME_DAYS = 42
"""Inner-circle people without a cadence are suggested after this many days (six weeks)."""

MIN_MOOD_DAYS_EACH = 3
"""A person's mood comparison needs at least this many mood days with them and without."""

MIN_MOOD_DAYS_TOTAL = MIN_MOOD_DAYS
"""...and at least this many in all (the product's "not enough data yet" rule)."""


class Subject(enum.Enum):
    """What a reach-out item is about."""

    PERSON = "person"
    CIRCLE = "circle"


@dataclass(frozen=True)
class Target:
    """A person or circle, by its uid (which survives renames, backups and merges)."""

    subject: Subject
    uid: str

    def __post_init__(self) -> None:
        if not isinstance(self.subject, Subject):
            raise ValidationError(_("A reach-out target is a person or a circle."))
        if not isinstance(self.uid, str) or not self.uid:
            raise ValidationError(_("A reach-out target needs a uid."))

    @classmethod
    def of(cls, item: Person | Circle) -> Target:
        """The target of a person or a circle."""
        subject = Subject.PERSON if isinstance(item, Person) else Subject.CIRCLE
        return cls(subject, item.uid)


class HoldKind(enum.Enum):
    """How the user set an item aside."""

    SNOOZE = "snooze"
    DISMISS = "dismiss"


@dataclass(frozen=True)
class Hold:
    """A snooze or a dismissal of one person or circle.

    Attributes:
        target: Who is set aside.
        kind: SNOOZE hides until ``day`` (the item shows again on ``day``); DISMISS hides
            until a contact on or after ``day``, the day the user dismissed it.
        day: The snooze's end, or the dismissal's date.
    """

    target: Target
    kind: HoldKind
    day: dt.date

    def __post_init__(self) -> None:
        if not isinstance(self.target, Target) or not isinstance(self.kind, HoldKind):
            raise ValidationError(_("A hold needs a target and a kind."))
        if not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime):
            raise ValidationError(_("A hold needs a calendar date."))

    def hides(self, last_contact: dt.date | None, today: dt.date) -> bool:
        """True while this hold keeps its target off the list."""
        if self.kind is HoldKind.SNOOZE:
            return today < self.day
        return last_contact is None or last_contact < self.day


def snooze(target: Target, until: dt.date) -> Hold:
    """Hide ``target`` until ``until`` (it is listed again from that day, if still due)."""
    return Hold(target, HoldKind.SNOOZE, until)


def dismiss(target: Target, today: dt.date) -> Hold:
    """Hide ``target`` until the next contact logged on or after ``today``."""
    return Hold(target, HoldKind.DISMISS, today)


class Reason(enum.Enum):
    """Why someone is on the reach-out list."""

    OVERDUE = "overdue"
    LONG_TIME = "long-time"
    NOT_YET = "not-yet"


@dataclass(frozen=True)
class ReachOut:
    """One person or circle to reach out to, with the numbers to say why.

    Attributes:
        target: The person's or circle's uid and kind (for snoozing, dismissing, opening).
        name: Their name, for display.
        reason: OVERDUE, LONG_TIME or NOT_YET.
        inner: One of the people the user truly cares about (always False for circles).
        cadence_days: The hoped-for cadence, if any.
        last_contact: The last meaningful contact (person) or taking part (circle), if any.
        days_since: Whole days from ``last_contact`` to today; None if never.
        hold: The snooze or dismissal hiding this item (only in ``ReachOutList.hidden``).
    """

    target: Target
    name: str
    reason: Reason
    inner: bool
    cadence_days: int | None
    last_contact: dt.date | None
    days_since: int | None
    hold: Hold | None = None

    @property
    def ratio(self) -> float | None:
        """Days since the last contact divided by the cadence (1.0 = due today)."""
        if self.days_since is None or self.cadence_days is None:
            return None
        return self.days_since / self.cadence_days

    @property
    def days_overdue(self) -> int | None:
        """Days beyond the cadence (0 = due today)."""
        if self.days_since is None or self.cadence_days is None:
            return None
        return self.days_since - self.cadence_days

    @property
    def weeks_since(self) -> int | None:
        """Whole weeks since the last contact (6 for 42-48 days)."""
        return None if self.days_since is None else self.days_since // 7


@dataclass(frozen=True)
class ReachOutList:
    """The reach-out list of one day, in display order.

    Attributes:
        overdue: Cadence items due or overdue, most overdue relative to the cadence first.
        long_time: Inner-circle people without a cadence not seen for a long time, longest
            first.
        not_yet: Items with nothing logged yet, inner-circle people first, then by name.
        hidden: Items that would be listed but are snoozed or dismissed (``hold`` set).
    """

    overdue: tuple[ReachOut, ...] = ()
    long_time: tuple[ReachOut, ...] = ()
    not_yet: tuple[ReachOut, ...] = ()
    hidden: tuple[ReachOut, ...] = ()

    def __iter__(self) -> Iterator[ReachOut]:
        """The visible items: overdue, then long time, then not yet."""
        yield from self.overdue
        yield from self.long_time
        yield from self.not_yet

    def __len__(self) -> int:
        """How many items are visible."""
        return len(self.overdue) + len(self.long_time) + len(self.not_yet)


@dataclass(frozen=True)
class _Candidate:
    target: Target
    name: str
    inner: bool
    cadence_days: int | None


def while_key(
    days_since: int | None,
    cadence_days: int | None,
    long_time_days: int = DEFAULT_LONG_TIME_DAYS,
) -> float | None:
    """How long it has been, relative to the hope (1.0: one whole cadence).

    Days since the last contact over the cadence, or over the long-time threshold without one.
    Sorting by it, largest first, brings the people not seen for longest for their rhythm to
    the top; None (never seen) sorts apart.
    """
    if days_since is None:
        return None
    return days_since / (cadence_days or long_time_days)


def _days_since(last: dt.date | None, today: dt.date) -> int | None:
    return None if last is None else max(0, (today - last).days)


def _name_key(item: ReachOut) -> tuple[str, str]:
    return (item.name.casefold(), item.target.uid)


def _overdue_key(item: ReachOut) -> tuple[Fraction, int, bool, bool, str, str]:
    """Most overdue first: ratio, then days overdue, inner circle, people, name, uid."""
    assert item.days_since is not None and item.cadence_days is not None
    return (
        -Fraction(item.days_since, item.cadence_days),
        -(item.days_since - item.cadence_days),
        not item.inner,
        item.target.subject is not Subject.PERSON,
        *_name_key(item),
    )


def reach_out(
    today: dt.date,
    people: Iterable[Person],
    last_contacts: Mapping[str, dt.date],
    circles: Iterable[Circle] = (),
    circle_last: Mapping[str, dt.date] | None = None,
    holds: Iterable[Hold] = (),
    *,
    long_time_days: int = DEFAULT_LONG_TIME_DAYS,
    met_today: Collection[str] = (),
    kept_since: dt.date | None = None,
) -> ReachOutList:
    """Who to reach out to on ``today``.

    Args:
        today: The day the list is for.
        people: Everyone in the diary.
        last_contacts: Person uid -> date of the last meaningful contact (see
            ``last_contacts`` below, or ``Repository.last_contacts``). Missing = never.
        circles: Every circle.
        circle_last: Circle uid -> last day the user took part (any interaction with it).
        holds: The user's snoozes and dismissals; stale ones are harmless.
        long_time_days: Threshold of the gentle suggestions for inner-circle people without
            a cadence.
        met_today: Uids of the people in today's contacts (any mode, any length): never
            listed, not even as set aside.
        kept_since: The diary's first logged day: someone never seen is listed only once the
            diary is that much older than their cadence (or ``long_time_days``). None lists
            them at once (the old rule, for callers that do not know the diary's start).

    Returns:
        The list, each part in display order (see ``ReachOutList``).

    Raises:
        ValidationError: If ``long_time_days`` is not a whole number from 1 to 3650.
    """
    if (
        isinstance(long_time_days, bool)
        or not isinstance(long_time_days, int)
        or not 1 <= long_time_days <= 3650
    ):
        raise ValidationError(_("The long-time threshold must be a whole number of days (1-3650)."))
    circle_last = circle_last or {}
    by_target: dict[Target, list[Hold]] = {}
    for hold in holds:
        by_target.setdefault(hold.target, []).append(hold)
    candidates: list[tuple[_Candidate, dt.date | None]] = [
        (_Candidate(Target.of(p), p.name, p.inner, p.cadence_days), last_contacts.get(p.uid))
        for p in people
    ]
    candidates += [
        (_Candidate(Target.of(c), c.name, False, c.cadence_days), circle_last.get(c.uid))
        for c in circles
    ]
    overdue: list[ReachOut] = []
    long_time: list[ReachOut] = []
    not_yet: list[ReachOut] = []
    hidden: list[ReachOut] = []
    met = frozenset(met_today)
    kept_days = None if kept_since is None else (today - kept_since).days
    for candidate, last in candidates:
        if candidate.target.subject is Subject.PERSON and candidate.target.uid in met:
            continue
        reason = _reason(candidate, _days_since(last, today), long_time_days)
        if reason is None:
            continue
        if reason is Reason.NOT_YET and kept_days is not None:
            hope = candidate.cadence_days or long_time_days
            if kept_days < hope:
                continue
        item = ReachOut(
            candidate.target,
            candidate.name,
            reason,
            candidate.inner,
            candidate.cadence_days,
            last,
            _days_since(last, today),
        )
        active = next((h for h in by_target.get(item.target, ()) if h.hides(last, today)), None)
        if active is not None:
            hidden.append(replace(item, hold=active))
        elif reason is Reason.OVERDUE:
            overdue.append(item)
        elif reason is Reason.LONG_TIME:
            long_time.append(item)
        else:
            not_yet.append(item)
    overdue.sort(key=_overdue_key)
    long_time.sort(key=lambda i: (-(i.days_since or 0), *_name_key(i)))
    not_yet.sort(key=lambda i: (not i.inner, i.target.subject is not Subject.PERSON, *_name_key(i)))
    hidden.sort(key=_name_key)
    return ReachOutList(tuple(overdue), tuple(long_time), tuple(not_yet), tuple(hidden))


def _reason(candidate: _Candidate, days_since: int | None, long_time_days: int) -> Reason | None:
    if candidate.cadence_days is not None:
        if days_since is None:
            return Reason.NOT_YET
        return Reason.OVERDUE if days_since >= candidate.cadence_days else None
    if not candidate.inner:
        return None
    if days_since is None:
        return Reason.NOT_YET
    return Reason.LONG_TIME if days_since >= long_time_days else None


# -- last contacts from diary days (the repository computes the same in SQL) -----------------


def last_contacts(
    days: Iterable[Day],
    people: Iterable[Person],
    definition: Definition = DEFAULT_DEFINITION,
) -> dict[str, dt.date]:
    """Person uid -> date of the last meaningful contact with them, over ``days``.

    Names in interactions are matched to ``people`` ignoring case; names of nobody in
    ``people`` are ignored. People never met meaningfully are absent.
    """
    uids = {p.name.casefold(): p.uid for p in people}
    found: dict[str, dt.date] = {}
    for day in days:
        for item in day.interactions:
            if not definition.is_meaningful(item):
                continue
            for name in item.people:
                uid = uids.get(name.casefold())
                if uid is not None and (uid not in found or found[uid] < item.day):
                    found[uid] = item.day
    return found


def circle_last_taken_part(days: Iterable[Day], circles: Iterable[Circle]) -> dict[str, dt.date]:
    """Circle uid -> the last day with an interaction in that circle (any kind, any length)."""
    uids = {c.name.casefold(): c.uid for c in circles}
    found: dict[str, dt.date] = {}
    for day in days:
        for item in day.interactions:
            uid = uids.get(item.circle.casefold()) if item.circle else None
            if uid is not None and (uid not in found or found[uid] < item.day):
                found[uid] = item.day
    return found


# -- one person's page ---------------------------------------------------------------------


@dataclass(frozen=True)
class GratitudeMention:
    """A gratitude note about a person.

    Attributes:
        day: The entry's date.
        note: The note as written.
        linked: The note was linked to the person (``note.person``); False when it only
            names them in its text.
    """

    day: dt.date
    note: Gratitude
    linked: bool


@dataclass(frozen=True)
class MoodWith:
    """Mean mood on days with a person against the other days that have a mood.

    Attributes:
        mean_with: Mean mood (1-9) on days with a contact with them; None if there is none.
        n_with: How many such days have a mood.
        mean_other: Mean mood on every other day with a mood.
        n_other: How many such days.
    """

    mean_with: float | None
    n_with: int
    mean_other: float | None
    n_other: int

    @property
    def difference(self) -> float | None:
        """``mean_with - mean_other`` when both exist (never a claim about cause)."""
        if self.mean_with is None or self.mean_other is None:
            return None
        return self.mean_with - self.mean_other

    @property
    def enough(self) -> bool:
        """Enough days to show the difference: 3 on each side and 8 in all."""
        return (
            min(self.n_with, self.n_other) >= MIN_MOOD_DAYS_EACH
            and self.n_with + self.n_other >= MIN_MOOD_DAYS_TOTAL
        )


@dataclass(frozen=True)
class PersonSummary:
    """The numbers of a person's page.

    Attributes:
        person: Who.
        interactions: Every contact with them, newest first.
        gratitude: Gratitude notes linked to them or naming them, newest first.
        mood: The user's mood on days with them against other days.
        last_contact: The date of the last contact of any kind, if any.
        last_meaningful: The date of the last meaningful contact, if any.
        meaningful: How many of the contacts were meaningful.
        initiative: Who started the last contacts where the diarist noted it.
    """

    person: Person
    interactions: tuple[Interaction, ...]
    gratitude: tuple[GratitudeMention, ...]
    mood: MoodWith
    last_contact: dt.date | None
    last_meaningful: dt.date | None
    meaningful: int
    initiative: Initiative = Initiative()

    @property
    def minutes(self) -> int:
        """Total minutes of every contact with them."""
        return sum(i.minutes for i in self.interactions)


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def names_in_text(name: str) -> re.Pattern[str]:
    """A pattern finding ``name`` as a whole word or words, ignoring case ("Sam" not "Samba")."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)


def person_summary(
    person: Person,
    days: Iterable[Day],
    definition: Definition = DEFAULT_DEFINITION,
) -> PersonSummary:
    """Everything a person's page shows, from the diary's days.

    A day is "with them" when one of its interactions names them (any kind of contact). A
    gratitude note is about them when it is linked to them or names them as a whole word in
    its text. Moods come from the entries; days without a mood count on neither side.

    Args:
        person: Who.
        days: Diary days in any order (all of the diary for honest numbers).
        definition: What counts as a meaningful contact.
    """
    key = person.name.casefold()
    pattern = names_in_text(person.name)
    contacts: list[tuple[dt.date, int, Interaction]] = []
    notes: list[tuple[dt.date, int, GratitudeMention]] = []
    with_moods: list[int] = []
    other_moods: list[int] = []
    for day in days:
        together = False
        for position, item in enumerate(day.interactions):
            if any(name.casefold() == key for name in item.people):
                contacts.append((day.day, position, item))
                together = True
        entry = day.entry
        if entry is None:
            continue
        for position, note in enumerate(entry.gratitude):
            linked = note.person is not None and note.person.casefold() == key
            if linked or pattern.search(note.text):
                notes.append((day.day, position, GratitudeMention(day.day, note, linked)))
        if entry.mood is not None:
            (with_moods if together else other_moods).append(entry.mood)
    contacts.sort(key=lambda c: (c[0], c[1]), reverse=True)
    notes.sort(key=lambda n: (n[0], n[1]), reverse=True)
    interactions = tuple(item for _, _, item in contacts)
    meaningful = [i for i in interactions if definition.is_meaningful(i)]
    return PersonSummary(
        person=person,
        interactions=interactions,
        gratitude=tuple(note for _, _, note in notes),
        mood=MoodWith(_mean(with_moods), len(with_moods), _mean(other_moods), len(other_moods)),
        last_contact=interactions[0].day if interactions else None,
        last_meaningful=meaningful[0].day if meaningful else None,
        meaningful=len(meaningful),
        initiative=initiative(interactions),
    )
