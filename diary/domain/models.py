"""The diary's records as frozen dataclasses that refuse invalid values.

Every layer above passes these around; validating here means the storage, the command line and
the GUI can never write a mood of 12 or a contact of -5 minutes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# Re-exported: callers find every domain word in ``models``; ``kinds`` exists for start-up speed.
from diary.domain.kinds import CheckInKind as CheckInKind
from diary.domain.kinds import Initiator as Initiator
from diary.domain.kinds import Mode as Mode

if TYPE_CHECKING:  # cadence imports this module; Records imports it only when needed
    from diary.domain.cadence import Hold

MOOD_MIN, MOOD_MAX, MOOD_NEUTRAL = 1, 9, 5
DEPTH_MIN, DEPTH_MAX = 1, 5
MINUTES_MIN, MINUTES_MAX = 0, 24 * 60
NAME_MAX = 80
WORD_MAX = 40
TEXT_MAX = 200_000  # a long essay; far beyond an evening entry, short of a pasted book
NOTE_MAX = 2_000


class ValidationError(ValueError):
    """A value outside what the diary accepts; the message is meant for the user."""


def new_uid() -> str:
    """Return a random identity that survives backups, merges and imports."""
    return uuid.uuid4().hex


def _check_range(name: str, value: int | None, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{name} must be a whole number from {low} to {high}, not {value!r}.")


def _check_text(what: str, value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text.")
    if len(value) > limit:
        raise ValidationError(f"{what} can be at most {limit:,} characters long.")
    return value


def _strings(what: str, values: object) -> tuple[str, ...]:
    """A tuple of strings; a lone string is refused rather than split into letters."""
    if isinstance(values, str) or not isinstance(values, tuple | list):
        raise ValidationError(f"{what} must be a list of words or names.")
    for value in values:
        if not isinstance(value, str):
            raise ValidationError(f"{what} must be a list of words or names.")
    return tuple(values)


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    """Drop repeats, ignoring letter case, keeping the first spelling."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def clean_name(value: str, what: str = "A name") -> str:
    """Trim a person's or circle's name and check it is usable."""
    name = " ".join(_check_text(what, value, 10 * NAME_MAX).split())
    if not name:
        raise ValidationError(f"{what} cannot be empty.")
    if len(name) > NAME_MAX:
        raise ValidationError(f"{what} can be at most {NAME_MAX} characters long.")
    return name


def clean_word(value: str) -> str:
    """Normalise a feeling word: lower case, single spaces."""
    word = " ".join(_check_text("A feeling", value, 10 * WORD_MAX).lower().split())
    if not word:
        raise ValidationError("A feeling cannot be empty.")
    if len(word) > WORD_MAX:
        raise ValidationError(f"A feeling can be at most {WORD_MAX} characters long.")
    return word


@dataclass(frozen=True)
class Gratitude:
    """One thing the user is grateful for, optionally about a person (by name)."""

    text: str
    person: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _check_text("Gratitude", self.text, NOTE_MAX).strip())
        if not self.text:
            raise ValidationError("A gratitude note cannot be empty.")
        if self.person is not None:
            object.__setattr__(self, "person", clean_name(self.person))


@dataclass(frozen=True)
class Entry:
    """The one evening entry of a day."""

    day: dt.date
    mood: int | None = None
    energy: int | None = None
    feelings: tuple[str, ...] = ()
    gratitude: tuple[Gratitude, ...] = ()
    text: str = ""
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        if not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime):
            raise ValidationError("An entry needs a calendar date.")
        _check_range("Mood", self.mood, MOOD_MIN, MOOD_MAX)
        _check_range("Energy", self.energy, MOOD_MIN, MOOD_MAX)
        words = tuple(dict.fromkeys(clean_word(w) for w in _strings("Feelings", self.feelings)))
        object.__setattr__(self, "feelings", words)
        gratitude = tuple(self.gratitude)
        if not all(isinstance(g, Gratitude) for g in gratitude):
            raise ValidationError("Gratitude must be a list of gratitude notes.")
        object.__setattr__(self, "gratitude", gratitude)
        _check_text("The entry's text", self.text, TEXT_MAX)

    @property
    def is_empty(self) -> bool:
        """True when nothing has been written for the day yet."""
        return (
            self.mood is None
            and self.energy is None
            and not self.feelings
            and not self.gratitude
            and not self.text.strip()
        )


@dataclass(frozen=True)
class Interaction:
    """A contact with people on a day, in the spirit of the Rochester Interaction Record."""

    day: dt.date
    mode: Mode
    minutes: int
    people: tuple[str, ...] = ()
    depth: int | None = None
    initiated: Initiator | None = None
    circle: str | None = None
    note: str = ""
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        if not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime):
            raise ValidationError("An interaction needs a calendar date.")
        if not isinstance(self.mode, Mode):
            raise ValidationError(
                "Choose how you connected: in person, video, call, text or social."
            )
        _check_range("Minutes", self.minutes, MINUTES_MIN, MINUTES_MAX)
        _check_range("Depth", self.depth, DEPTH_MIN, DEPTH_MAX)
        names = _unique(tuple(clean_name(p) for p in _strings("People", self.people)))
        object.__setattr__(self, "people", names)
        if self.circle is not None:
            object.__setattr__(self, "circle", clean_name(self.circle, "A circle's name"))
        object.__setattr__(self, "note", _check_text("A note", self.note, NOTE_MAX).strip())


@dataclass(frozen=True)
class Person:
    """Someone in the user's life; initials are fine, their privacy matters too."""

    name: str
    circles: tuple[str, ...] = ()
    inner: bool = False
    cadence_days: int | None = None
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_name(self.name))
        circles = _unique(
            tuple(clean_name(c, "A circle's name") for c in _strings("Circles", self.circles))
        )
        object.__setattr__(self, "circles", circles)
        _check_range("Cadence (days)", self.cadence_days, 1, 3650)


@dataclass(frozen=True)
class Circle:
    """A group the user belongs to: a book club, a team, family, a faith circle."""

    name: str
    cadence_days: int | None = None
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_name(self.name, "A circle's name"))
        _check_range("Cadence (days)", self.cadence_days, 1, 3650)


@dataclass(frozen=True)
class CheckIn:
    """Answers to a validated questionnaire on a day; scoring lives in domain.checkins."""

    day: dt.date
    kind: CheckInKind
    answers: tuple[int, ...]
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        if not isinstance(self.kind, CheckInKind):
            raise ValidationError("Unknown check-in.")
        object.__setattr__(self, "answers", tuple(self.answers))
        count, low, high = self.kind.shape
        if len(self.answers) != count:
            raise ValidationError(
                f"{self.kind.value} needs exactly {count} answers, got {len(self.answers)}."
            )
        for answer in self.answers:
            _check_range(f"Each {self.kind.value} answer", answer, low, high)


@dataclass(frozen=True)
class Day:
    """Everything logged on one date: the entry (if any) and the interactions."""

    day: dt.date
    entry: Entry | None
    interactions: tuple[Interaction, ...]

    @property
    def logged(self) -> bool:
        """A day is logged if it has an entry or an interaction (product.md)."""
        has_entry = self.entry is not None and not self.entry.is_empty
        return has_entry or bool(self.interactions)


@dataclass(frozen=True)
class Records:
    """Every record of a diary at once: what a backup carries and a merge adds.

    People refer to circles, and entries and interactions to people and circles, by name, as
    everywhere else in the domain; the uids are what a merge matches on.

    Attributes:
        holds: The reach-out list's snoozes and dismissals, at most one per person or circle,
            naming them by uid (``cadence.Target``).
        preferences: The private preferences kept in the diary (``diary.settings``, the
            options declared ``private``) as ``(key, value)`` pairs, sorted by key, each key
            once; keys and values are non-empty text (an empty value is never stored).
    """

    circles: tuple[Circle, ...] = ()
    people: tuple[Person, ...] = ()
    entries: tuple[Entry, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    holds: tuple[Hold, ...] = ()
    preferences: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for name, kind in (
            ("circles", Circle),
            ("people", Person),
            ("entries", Entry),
            ("interactions", Interaction),
            ("checkins", CheckIn),
        ):
            values = tuple(getattr(self, name))
            if not all(isinstance(value, kind) for value in values):
                raise ValidationError(f"Records.{name} must hold only {kind.__name__} objects.")
            object.__setattr__(self, name, values)
        object.__setattr__(self, "holds", _holds(self.holds))
        object.__setattr__(self, "preferences", _preferences(self.preferences))

    def counts(self) -> dict[str, int]:
        """How many records of each kind, with the keys of ``Repository.counts``."""
        return {
            "entries": len(self.entries),
            "interactions": len(self.interactions),
            "people": len(self.people),
            "circles": len(self.circles),
            "checkins": len(self.checkins),
        }

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        """First and last logged date (entries and interactions), or None if there are none."""
        days = [e.day for e in self.entries] + [i.day for i in self.interactions]
        return (min(days), max(days)) if days else None


def _holds(values: Iterable[Hold]) -> tuple[Hold, ...]:
    """``Records.holds`` checked: Hold objects only, one per person or circle."""
    holds = tuple(values)
    if not holds:
        return ()
    from diary.domain.cadence import Hold  # here: cadence imports this module

    if not all(isinstance(hold, Hold) for hold in holds):
        raise ValidationError("Records.holds must hold only Hold objects.")
    targets = {hold.target for hold in holds}
    if len(targets) != len(holds):
        raise ValidationError("A person or circle can have only one snooze or dismissal.")
    return holds


def _preferences(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``Records.preferences`` checked and sorted by key."""
    pairs = tuple(values)
    for pair in pairs:
        if (
            not isinstance(pair, tuple)
            or len(pair) != 2
            or not all(isinstance(part, str) and part for part in pair)
        ):
            raise ValidationError("A preference is a key and a value, both non-empty text.")
    if len({key for key, _ in pairs}) != len(pairs):
        raise ValidationError("A preference can be stored only once.")
    return tuple(sorted(pairs))
