"""The diary's records as frozen dataclasses that refuse invalid values.

Every layer above passes these around; validating here means the storage, the command line and
the GUI can never write a mood of 12 or a contact of -5 minutes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

# Re-exported: callers find every domain word in ``models``; ``kinds`` exists for start-up speed.
from diary.domain.company import Company as Company
from diary.domain.kinds import CheckInKind as CheckInKind
from diary.domain.kinds import Initiator as Initiator
from diary.domain.kinds import Mode as Mode
from diary.domain.tags import TAG_MAX, clean_tag, unique_tags
from diary.i18n import N_, NP_, Plural, _, pgettext

if TYPE_CHECKING:  # cadence and photos import this module; Records imports them when needed
    from diary.domain.cadence import Hold
    from diary.domain.photos import PreparedPhoto

MOOD_MIN, MOOD_MAX, MOOD_NEUTRAL = 1, 9, 5
DEPTH_MIN, DEPTH_MAX = 1, 5
MINUTES_MIN, MINUTES_MAX = 0, 24 * 60
NAME_MAX = 80
WORD_MAX = 40
TEXT_MAX = 200_000  # a long essay; far beyond an evening entry, short of a pasted book
NOTE_MAX = 2_000


class Problem(StrEnum):
    """What is wrong with a value, as a ``ValidationError``'s code (its words: ``_PROBLEMS``)."""

    OUT_OF_RANGE = "out_of_range"
    NOT_TEXT = "not_text"
    TOO_LONG = "too_long"
    NOT_A_LIST = "not_a_list"
    EMPTY = "empty"
    EMPTY_GRATITUDE = "empty_gratitude"
    NO_ENTRY_DATE = "no_entry_date"
    NO_INTERACTION_DATE = "no_interaction_date"
    NO_MODE = "no_mode"
    NO_COMPANY = "no_company"
    NOT_GRATITUDE = "not_gratitude"
    UNKNOWN_CHECKIN = "unknown_checkin"
    ANSWER_COUNT = "answer_count"
    ANSWER_OUT_OF_RANGE = "answer_out_of_range"
    NOT_RECORDS = "not_records"
    NOT_HOLDS = "not_holds"
    HELD_TWICE = "held_twice"
    BAD_PREFERENCE = "bad_preference"
    PREFERENCE_TWICE = "preference_twice"
    # Raised by the repository (diary.storage.repository) about what the diary holds.
    PERSON_EXISTS = "person_exists"
    CIRCLE_EXISTS = "circle_exists"
    SAME_PERSON = "same_person"
    NO_SUCH_PERSON = "no_such_person"
    NO_SUCH_CIRCLE = "no_such_circle"
    PERSON_GONE = "person_gone"
    CIRCLE_GONE = "circle_gone"
    INTERACTION_GONE = "interaction_gone"
    PHOTO_GONE = "photo_gone"
    BAD_TAG = "bad_tag"


class Field(StrEnum):
    """Which value a ``ValidationError`` is about (its ``field`` parameter)."""

    NAME = "name"
    CIRCLE_NAME = "circle_name"
    FEELING = "feeling"
    FEELINGS = "feelings"
    GRATITUDE = "gratitude"
    TEXT = "text"
    NOTE = "note"
    PEOPLE = "people"
    CIRCLES = "circles"
    MOOD = "mood"
    ENERGY = "energy"
    MINUTES = "minutes"
    DEPTH = "depth"
    CADENCE = "cadence"
    TAGS = "tags"


# The words of the problems, marked here and translated when an error is shown (the domain
# cannot import diary.messages); the fields' words are below, in their own context.
_PROBLEMS: dict[str, str | Plural] = {
    # Translators: {field} is a value's name (context "field"), as in "Mood", "A circle's name".
    Problem.OUT_OF_RANGE: N_("{field} must be a whole number from {low} to {high}, not {value}."),
    Problem.NOT_TEXT: N_("{field} must be text."),
    # Translators: "{limit:,}" writes 2000 as "2,000"; "{limit}" as "2000".
    Problem.TOO_LONG: N_("{field} can be at most {limit:,} characters long."),
    Problem.NOT_A_LIST: N_("{field} must be a list of words or names."),
    Problem.EMPTY: N_("{field} cannot be empty."),
    Problem.EMPTY_GRATITUDE: N_("A gratitude note cannot be empty."),
    Problem.NO_ENTRY_DATE: N_("An entry needs a calendar date."),
    Problem.NO_INTERACTION_DATE: N_("An interaction needs a calendar date."),
    Problem.NO_MODE: N_("Choose how you connected: in person, video, call, text or social."),
    Problem.NO_COMPANY: N_("Company today is more, right or less (or not answered)."),
    Problem.NOT_GRATITUDE: N_("Gratitude must be a list of gratitude notes."),
    Problem.UNKNOWN_CHECKIN: N_("Unknown check-in."),
    # Translators: {kind} is a questionnaire's short name, "who5" or "ucla3".
    Problem.ANSWER_COUNT: NP_(
        "{kind} needs exactly {n} answer, got {given}.",
        "{kind} needs exactly {n} answers, got {given}.",
    ),
    # Translators: {kind} is a questionnaire's short name, "who5" or "ucla3".
    Problem.ANSWER_OUT_OF_RANGE: N_(
        "Each {kind} answer must be a whole number from {low} to {high}, not {value}."
    ),
    Problem.NOT_RECORDS: N_("Records.{name} must hold only {kind} objects."),
    Problem.NOT_HOLDS: N_("Records.holds must hold only Hold objects."),
    Problem.HELD_TWICE: N_("A person or circle can have only one snooze or dismissal."),
    Problem.BAD_PREFERENCE: N_("A preference is a key and a value, both non-empty text."),
    Problem.PREFERENCE_TWICE: N_("A preference can be stored only once."),
    Problem.PERSON_EXISTS: N_("{name} is already in your diary."),
    Problem.CIRCLE_EXISTS: N_("The circle {name} is already in your diary."),
    Problem.SAME_PERSON: N_("{keep} and {other} are the same person."),
    Problem.NO_SUCH_PERSON: N_("There is nobody called {name} in your diary."),
    Problem.NO_SUCH_CIRCLE: N_("There is no circle called {name} in your diary."),
    Problem.PERSON_GONE: N_("That person is no longer in your diary."),
    Problem.CIRCLE_GONE: N_("That circle is no longer in your diary."),
    Problem.INTERACTION_GONE: N_("That interaction no longer exists."),
    Problem.PHOTO_GONE: N_("That photo is no longer in your diary."),
    Problem.BAD_TAG: N_(
        "“{tag}” is not a tag: a tag is one word of letters, digits, - or _ with a letter in it, "
        "at most {limit} characters long."
    ),
}


def _field_words(field: str) -> str:
    """A ``Field`` in words of the current language (another value's name as it is).

    The context "field" tells translators these begin a refusal: "{field} cannot be empty."
    """
    words: dict[str, str] = {
        Field.NAME: pgettext("field", "A name"),
        Field.CIRCLE_NAME: pgettext("field", "A circle's name"),
        Field.FEELING: pgettext("field", "A feeling"),
        Field.FEELINGS: pgettext("field", "Feelings"),
        Field.GRATITUDE: pgettext("field", "Gratitude"),
        Field.TEXT: pgettext("field", "The entry's text"),
        Field.NOTE: pgettext("field", "A note"),
        Field.PEOPLE: pgettext("field", "People"),
        Field.CIRCLES: pgettext("field", "Circles"),
        Field.MOOD: pgettext("field", "Mood"),
        Field.ENERGY: pgettext("field", "Energy"),
        Field.MINUTES: pgettext("field", "Minutes"),
        Field.DEPTH: pgettext("field", "Depth"),
        Field.CADENCE: pgettext("field", "Cadence (days)"),
        Field.TAGS: pgettext("field", "Tags"),
    }
    return words.get(field, field)


class ValidationError(ValueError):
    """A value outside what the diary accepts; the message is meant for the user.

    Raised with a ``code`` (a ``Problem``) and its parameters, its words are chosen when it is
    shown, in the current language: ``ValidationError(code=Problem.TOO_LONG,
    field=Field.NOTE, limit=2000)``. One made from a sentence (words the caller has already
    chosen) says that sentence.

    Attributes:
        code: the ``Problem``, or None for an error made from a sentence.
        params: what the words name; ``field`` is a ``Field``.
    """

    def __init__(self, message: str = "", /, *, code: str | None = None, **params: object):
        super().__init__(message or code or "")
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if self.code is None:
            return super().__str__()
        return explain(self.code, self.params)


def explain(code: str, params: dict[str, object]) -> str:
    """The words of a ``Problem`` in the current language, its parameters filled in."""
    words = _PROBLEMS.get(code)
    if words is None:
        return code
    values = dict(params)
    if "field" in values:
        values["field"] = _field_words(str(values["field"]))
    if isinstance(words, Plural):
        count = values.pop("n")
        assert isinstance(count, int)
        return words(count, **values)
    return _(words).format(**values)


def new_uid() -> str:
    """Return a random identity that survives backups, merges and imports."""
    return uuid.uuid4().hex


def _in_range(value: object, low: int, high: int) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and low <= value <= high


def _check_range(name: Field, value: int | None, low: int, high: int) -> None:
    if value is not None and not _in_range(value, low, high):
        raise ValidationError(
            code=Problem.OUT_OF_RANGE, field=name, low=low, high=high, value=repr(value)
        )


def _check_text(what: Field, value: object, limit: int) -> str:
    if not isinstance(value, str):
        raise ValidationError(code=Problem.NOT_TEXT, field=what)
    if len(value) > limit:
        raise ValidationError(code=Problem.TOO_LONG, field=what, limit=limit)
    return value


def _strings(what: Field, values: object) -> tuple[str, ...]:
    """A tuple of strings; a lone string is refused rather than split into letters."""
    if isinstance(values, str) or not isinstance(values, tuple | list):
        raise ValidationError(code=Problem.NOT_A_LIST, field=what)
    for value in values:
        if not isinstance(value, str):
            raise ValidationError(code=Problem.NOT_A_LIST, field=what)
    return tuple(values)


def _unique(values: tuple[str, ...]) -> tuple[str, ...]:
    """Drop repeats, ignoring letter case, keeping the first spelling."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a name they only serve to
# make it display as something else ("Ana\u202egnp.exe" shown as "Anaexe.png").
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _invisible(char: str) -> bool:
    """Format characters (zero-width space, joiners, BOM…) and spaces: nothing one can see."""
    return char.isspace() or unicodedata.category(char) == "Cf"


def _as_kept(value: str) -> str:
    """``value`` normalised as names are kept, without refusing anything (see ``clean_name``)."""
    name = " ".join(unicodedata.normalize("NFC", value).translate(_BIDI_CONTROLS).split())
    start, end = 0, len(name)
    while start < end and _invisible(name[start]):
        start += 1
    while end > start and _invisible(name[end - 1]):
        end -= 1
    return name[start:end]


def clean_name(value: str, what: Field = Field.NAME) -> str:
    """A person's (or, with ``Field.CIRCLE_NAME``, a circle's) name as the diary keeps it.

    Unicode-normalised (NFC), so "é" typed as one character or as "e" and an accent is one
    name; bidirectional controls removed; spaces trimmed and single; and refused when nothing
    visible is left (a name of zero-width characters would be a person nobody can see).
    """
    name = _as_kept(_check_text(what, value, 10 * NAME_MAX))
    if not name:
        raise ValidationError(code=Problem.EMPTY, field=what)
    if len(name) > NAME_MAX:
        raise ValidationError(code=Problem.TOO_LONG, field=what, limit=NAME_MAX)
    return name


def name_key(value: str) -> str:
    """What every spelling of one name has in common: the name as kept, case-folded.

    Case-folded for every script (``str.casefold``), not only A to Z: "ÉMILE", "émile" and
    "Émile" are one person, and so are "STRASSE" and "straße". For a name as ``clean_name``
    keeps it this is just ``name.casefold()``, the key the rest of the code uses; a name as
    typed (a lookup) is normalised first, so a decomposed "é" finds the composed one.
    """
    return _as_kept(value).casefold()


def clean_word(value: str) -> str:
    """Normalise a feeling word: lower case, single spaces."""
    word = " ".join(_check_text(Field.FEELING, value, 10 * WORD_MAX).lower().split())
    if not word:
        raise ValidationError(code=Problem.EMPTY, field=Field.FEELING)
    if len(word) > WORD_MAX:
        raise ValidationError(code=Problem.TOO_LONG, field=Field.FEELING, limit=WORD_MAX)
    return word


def _tags(values: object) -> tuple[str, ...]:
    """``Entry.tags`` checked: valid tags, with or without "#", each once as first written."""
    kept = []
    for value in _strings(Field.TAGS, values):
        tag = clean_tag(value)
        if tag is None:
            raise ValidationError(code=Problem.BAD_TAG, tag=value[: 2 * TAG_MAX], limit=TAG_MAX)
        kept.append(tag)
    return unique_tags(kept)


@dataclass(frozen=True)
class Gratitude:
    """One thing the user is grateful for, optionally about a person (by name)."""

    text: str
    person: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _check_text(Field.GRATITUDE, self.text, NOTE_MAX).strip())
        if not self.text:
            raise ValidationError(code=Problem.EMPTY_GRATITUDE)
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
    company: Company | None = None  # "Company today": wanted more, about right, wanted less
    tags: tuple[str, ...] = ()
    """Tags set on the entry itself; its ``#tags`` stay in its text (``domain.tags``)."""

    def __post_init__(self) -> None:
        if not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime):
            raise ValidationError(code=Problem.NO_ENTRY_DATE)
        if self.company is not None and not isinstance(self.company, Company):
            raise ValidationError(code=Problem.NO_COMPANY)
        _check_range(Field.MOOD, self.mood, MOOD_MIN, MOOD_MAX)
        _check_range(Field.ENERGY, self.energy, MOOD_MIN, MOOD_MAX)
        feelings = _strings(Field.FEELINGS, self.feelings)
        words = tuple(dict.fromkeys(clean_word(w) for w in feelings))
        object.__setattr__(self, "feelings", words)
        gratitude = tuple(self.gratitude)
        if not all(isinstance(g, Gratitude) for g in gratitude):
            raise ValidationError(code=Problem.NOT_GRATITUDE)
        object.__setattr__(self, "gratitude", gratitude)
        _check_text(Field.TEXT, self.text, TEXT_MAX)
        object.__setattr__(self, "tags", _tags(self.tags))

    @property
    def is_empty(self) -> bool:
        """True when nothing has been written for the day yet."""
        return (
            self.mood is None
            and self.energy is None
            and not self.feelings
            and not self.gratitude
            and not self.text.strip()
            and self.company is None
            and not self.tags
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
            raise ValidationError(code=Problem.NO_INTERACTION_DATE)
        if not isinstance(self.mode, Mode):
            raise ValidationError(code=Problem.NO_MODE)
        _check_range(Field.MINUTES, self.minutes, MINUTES_MIN, MINUTES_MAX)
        _check_range(Field.DEPTH, self.depth, DEPTH_MIN, DEPTH_MAX)
        names = _unique(tuple(clean_name(p) for p in _strings(Field.PEOPLE, self.people)))
        object.__setattr__(self, "people", names)
        if self.circle is not None:
            object.__setattr__(self, "circle", clean_name(self.circle, Field.CIRCLE_NAME))
        object.__setattr__(self, "note", _check_text(Field.NOTE, self.note, NOTE_MAX).strip())


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
            tuple(clean_name(c, Field.CIRCLE_NAME) for c in _strings(Field.CIRCLES, self.circles))
        )
        object.__setattr__(self, "circles", circles)
        _check_range(Field.CADENCE, self.cadence_days, 1, 3650)


@dataclass(frozen=True)
class Circle:
    """A group the user belongs to: a book club, a team, family, a faith circle."""

    name: str
    cadence_days: int | None = None
    id: int | None = None
    uid: str = field(default_factory=new_uid)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", clean_name(self.name, Field.CIRCLE_NAME))
        _check_range(Field.CADENCE, self.cadence_days, 1, 3650)


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
            raise ValidationError(code=Problem.UNKNOWN_CHECKIN)
        object.__setattr__(self, "answers", tuple(self.answers))
        count, low, high = self.kind.shape
        kind = self.kind.value
        if len(self.answers) != count:
            given = len(self.answers)
            raise ValidationError(code=Problem.ANSWER_COUNT, kind=kind, n=count, given=given)
        for answer in self.answers:
            if answer is not None and not _in_range(answer, low, high):
                raise ValidationError(
                    code=Problem.ANSWER_OUT_OF_RANGE,
                    kind=kind,
                    low=low,
                    high=high,
                    value=repr(answer),
                )


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
        photos: Photos with their bytes, when they travel with the records: a backup or a
            Hearth JSON export read whole (``payload.load``), which a merge then adds. Empty in
            ``Repository.records``: a diary's photos are read one at a time where they are
            needed (``Repository.backup_snapshot``), never all at once.
    """

    circles: tuple[Circle, ...] = ()
    people: tuple[Person, ...] = ()
    entries: tuple[Entry, ...] = ()
    interactions: tuple[Interaction, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    holds: tuple[Hold, ...] = ()
    preferences: tuple[tuple[str, str], ...] = ()
    photos: tuple[PreparedPhoto, ...] = ()

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
                raise ValidationError(code=Problem.NOT_RECORDS, name=name, kind=kind.__name__)
            object.__setattr__(self, name, values)
        object.__setattr__(self, "holds", _holds(self.holds))
        object.__setattr__(self, "preferences", _preferences(self.preferences))
        object.__setattr__(self, "photos", _photos(self.photos))

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
        raise ValidationError(code=Problem.NOT_HOLDS)
    targets = {hold.target for hold in holds}
    if len(targets) != len(holds):
        raise ValidationError(code=Problem.HELD_TWICE)
    return holds


def _photos(values: Iterable[PreparedPhoto]) -> tuple[PreparedPhoto, ...]:
    """``Records.photos`` checked: photos with their bytes only."""
    photos = tuple(values)
    if not photos:
        return ()
    from diary.domain.photos import PreparedPhoto  # here: photos imports this module

    if not all(isinstance(photo, PreparedPhoto) for photo in photos):
        raise ValidationError(code=Problem.NOT_RECORDS, name="photos", kind="PreparedPhoto")
    return photos


def _preferences(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``Records.preferences`` checked and sorted by key."""
    pairs = tuple(values)
    for pair in pairs:
        if (
            not isinstance(pair, tuple)
            or len(pair) != 2
            or not all(isinstance(part, str) and part for part in pair)
        ):
            raise ValidationError(code=Problem.BAD_PREFERENCE)
    if len({key for key, _ in pairs}) != len(pairs):
        raise ValidationError(code=Problem.PREFERENCE_TWICE)
    return tuple(sorted(pairs))
