"""The logical dump inside a backup: versioned JSON of every record of a diary.

The record shapes are those of ``diary.formats.records`` (what ``--json`` prints), with the
diary-local ``id`` left out and each entry's ``date`` added, so one vocabulary describes the
diary everywhere. Every record keeps its ``uid``: a merge matches records by identity.

Version 2 adds the reach-out list's snoozes and dismissals (``reach_out_holds``, naming people
and circles by uid) and the private preferences kept in the diary (``preferences``, see
``diary.settings``). Version 1 dumps, which have neither, are still read (both are then empty).
Version 3 adds which diary the dump came from (``diary_id``, a UUID) and when that diary last
changed (``last_changed_at``, UTC), each null when unknown, so a restore can say that a backup is
older than the diary or another diary's. Older dumps are still read: both are then unknown.
Version 4 lets each entry carry ``company``, the answer to "Company today" (``more``, ``right``,
``less`` or null); the key is optional there and refused before (``COMPANY_SINCE``), so an older
dump reads with every entry unanswered.
Version 5 (``TAGS_SINCE``) adds each entry's set tags (``tags``, a list; its ``#tags`` stay in
its text); an entry of an older dump has none.

The reader is strict. It refuses anything it does not understand rather than guess: unknown or
missing keys (a version 1 dump may not have the version 2 keys), duplicate keys, wrong JSON types,
non-canonical dates, repeated uids, two entries on one day, names used twice, references to
people or circles the dump does not define, two holds of one person or circle, and preference
keys that are not private options. Values are then validated by the domain models themselves.
A dump that was encrypted correctly but is not valid becomes one clear ``InvalidPayload`` error,
never another exception.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from diary import messages
from diary.domain.cadence import Hold, HoldKind, Subject, Target
from diary.domain.company import Company
from diary.domain.models import (
    CheckIn,
    CheckInKind,
    Circle,
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
    Records,
    ValidationError,
)
from diary.formats import records as shapes
from diary.formats.backup import BackupDamaged, Code, UnsupportedBackup

FORMAT_NAME = "hearth-diary"
PAYLOAD_VERSION = 5
"""The version this Hearth writes; it reads every version from 1 to this one."""

COMPANY_SINCE = 4
"""The first version whose entries may carry ``company`` ("Company today"; optional, null when
not answered). Older dumps have no such key and their entries read as not answered."""

PREFERENCE_KEYS = ("care_dismissed", "checkin_dismissed", "support_text")
"""The private options of ``diary.settings`` a dump may carry (formats cannot import settings,
which writes through storage; a test keeps the two lists equal)."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
_UID = re.compile(r"[A-Za-z0-9_-]{1,64}\Z", re.ASCII)
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\Z", re.ASCII)
_FINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\Z", re.ASCII)
_FINE_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
_DIARY_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z", re.ASCII)
_V1_TOP_KEYS = ("format", "version", "exported_at", "app_version") + (
    "circles",
    "people",
    "entries",
    "interactions",
    "checkins",
)
_V2_TOP_KEYS = (*_V1_TOP_KEYS, "reach_out_holds", "preferences")
_TOP_KEYS = (*_V2_TOP_KEYS, "diary_id", "last_changed_at")
TAGS_SINCE = 5
"""The first version whose entries carry ``tags``."""
_TOP_KEYS_OF = {1: _V1_TOP_KEYS, 2: _V2_TOP_KEYS} | {
    version: _TOP_KEYS for version in range(3, PAYLOAD_VERSION + 1)
}

T = TypeVar("T")


class Flaw(StrEnum):
    """What is wrong where in a dump: the parts of ``Code.PAYLOAD_INVALID``'s words.

    Each has words of its own, ``diary.messages.ERROR_<FLAW>``.
    """

    PAYLOAD_DETAIL = "payload_detail"
    WHOLE_DOCUMENT = "whole_document"
    EXPECTED_OBJECT = "expected_object"
    UNKNOWN_KEY = "unknown_key"
    MISSING_KEY = "missing_key"
    EXPECTED_TEXT = "expected_text"
    EXPECTED_TEXT_OR_NULL = "expected_text_or_null"
    EXPECTED_NUMBER = "expected_number"
    EXPECTED_NUMBER_OR_NULL = "expected_number_or_null"
    EXPECTED_BOOL = "expected_bool"
    EXPECTED_LIST = "expected_list"
    EXPECTED_DATE = "expected_date"
    NOT_A_DATE = "not_a_date"
    BAD_UID = "bad_uid"
    UID_TWICE = "uid_twice"
    UNKNOWN_VALUE = "unknown_value"
    NAME_TWICE = "name_twice"
    UNKNOWN_CIRCLE = "unknown_circle"
    UNKNOWN_PERSON = "unknown_person"
    TWO_ENTRIES = "two_entries"
    UNKNOWN_CIRCLE_UID = "unknown_circle_uid"
    UNKNOWN_PERSON_UID = "unknown_person_uid"
    SECOND_CIRCLE_HOLD = "second_circle_hold"
    SECOND_PERSON_HOLD = "second_person_hold"
    EMPTY_PREFERENCE = "empty_preference"
    EXPECTED_FORMAT = "expected_format"
    UNKNOWN_VERSION = "unknown_version"
    EXPECTED_UTC_TIME = "expected_utc_time"
    NOT_A_TIME = "not_a_time"
    BAD_APP_VERSION = "bad_app_version"
    NOT_UTF8 = "not_utf8"
    NESTED_TOO_DEEPLY = "nested_too_deeply"
    NOT_JSON = "not_json"
    KEY_TWICE = "key_twice"
    NOT_A_JSON_NUMBER = "not_a_json_number"
    LONE_SURROGATE = "lone_surrogate"
    BAD_DIARY_ID = "bad_diary_id"
    EXPECTED_FINE_UTC_TIME = "expected_fine_utc_time"


class Detail:
    """A coded part of an error's words (a ``Flaw`` and what it names), told when shown."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return messages.explain(self.code, self.params)

    def __repr__(self) -> str:
        return f"Detail({self.code!r}, **{self.params!r})"


WHOLE = Detail(Flaw.WHOLE_DOCUMENT)
"""The place of a problem with the dump as a whole ("the document")."""

_EXPECTED = {
    (str, False): Flaw.EXPECTED_TEXT,
    (str, True): Flaw.EXPECTED_TEXT_OR_NULL,
    (int, False): Flaw.EXPECTED_NUMBER,
    (int, True): Flaw.EXPECTED_NUMBER_OR_NULL,
    (bool, False): Flaw.EXPECTED_BOOL,
    (list, False): Flaw.EXPECTED_LIST,
}


class InvalidPayload(BackupDamaged):
    """The backup decrypted, but what it holds is not a valid Hearth diary dump.

    Its ``detail`` (a ``Detail``) says where and what, for words of one's own: the Hearth JSON
    importer puts it in a sentence about an export.
    """

    @property
    def detail(self) -> object:
        """Where in the dump and what is wrong: "entries[0]: Mood must be a whole number…"."""
        return self.params.get("detail", "")


@dataclass(frozen=True)
class Dump:
    """A parsed dump: the records, when and by which Hearth they were exported, its version.

    ``diary_id`` and ``changed_at`` (aware, UTC) say which diary it came from and when that
    diary last changed; None when unknown (a dump older than version 3, or a diary that had
    not changed since it learnt to tell).
    """

    records: Records
    exported_at: str
    app_version: str
    version: int = PAYLOAD_VERSION
    diary_id: uuid.UUID | None = None
    changed_at: dt.datetime | None = None


# Writing --------------------------------------------------------------------------------------


def _without_id(shape: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in shape.items() if key != "id"}


def to_dict(
    records: Records,
    *,
    exported_at: dt.datetime,
    app_version: str,
    diary_id: uuid.UUID | None = None,
    changed_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The dump as a JSON-ready dict; keys in a fixed order.

    ``diary_id`` and ``changed_at`` (aware) name the diary and its newest change; None writes
    null (unknown).

    Only the preferences of ``PREFERENCE_KEYS`` are written: a key this Hearth does not declare
    (left in the diary by another version) means nothing to it, and its own reader would refuse
    the dump. Every hold must name one of the people or circles of ``records``.

    Raises:
        ValueError: a naive ``exported_at`` or ``changed_at``, or a hold of someone ``records``
            does not hold (a programming error: a diary's holds always name its own people and
            circles).
    """
    if exported_at.tzinfo is None or (changed_at is not None and changed_at.tzinfo is None):
        raise ValueError("exported_at and changed_at must be aware datetimes")
    targets = {Target.of(p) for p in records.people} | {Target.of(c) for c in records.circles}
    if any(hold.target not in targets for hold in records.holds):
        raise ValueError("every hold must name one of the people or circles of the records")
    stamp = exported_at.astimezone(dt.UTC).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    return {
        "format": FORMAT_NAME,
        "version": PAYLOAD_VERSION,
        "exported_at": stamp,
        "app_version": app_version,
        "circles": [_without_id(shapes.circle_to_dict(c)) for c in records.circles],
        "people": [_without_id(shapes.person_to_dict(p)) for p in records.people],
        "entries": [
            {"uid": e.uid, "date": e.day.isoformat()} | _without_id(shapes.entry_to_dict(e))
            for e in records.entries
        ],
        "interactions": [_without_id(shapes.interaction_to_dict(i)) for i in records.interactions],
        "checkins": [_without_id(shapes.checkin_to_dict(c)) for c in records.checkins],
        "reach_out_holds": [
            {
                "subject": h.target.subject.value,
                "uid": h.target.uid,
                "kind": h.kind.value,
                "date": h.day.isoformat(),
            }
            for h in records.holds
        ],
        "preferences": {key: value for key, value in records.preferences if key in PREFERENCE_KEYS},
        "diary_id": str(diary_id) if diary_id is not None else None,
        "last_changed_at": (
            changed_at.astimezone(dt.UTC).strftime(_FINE_FORMAT) if changed_at is not None else None
        ),
    }


def dump(
    records: Records,
    *,
    exported_at: dt.datetime,
    app_version: str,
    diary_id: uuid.UUID | None = None,
    changed_at: dt.datetime | None = None,
) -> bytes:
    """The dump as compact UTF-8 JSON bytes (what a backup encrypts)."""
    document = to_dict(
        records,
        exported_at=exported_at,
        app_version=app_version,
        diary_id=diary_id,
        changed_at=changed_at,
    )
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


# Reading --------------------------------------------------------------------------------------


def _fail(where: object, flaw: str | BaseException, **params: object) -> NoReturn:
    """Refuse the dump: ``flaw`` (a ``Flaw`` with ``params``, or the domain's own error)."""
    problem = Detail(flaw, **params) if isinstance(flaw, str) else flaw
    detail = Detail(Flaw.PAYLOAD_DETAIL, where=where, problem=problem)
    raise InvalidPayload(code=Code.PAYLOAD_INVALID, detail=detail)


class _JsonRefused(ValueError):
    """What the JSON reader's hooks refuse: a repeated key or a constant such as NaN."""

    def __init__(self, flaw: Flaw, **params: object) -> None:
        super().__init__(flaw)
        self.flaw = flaw
        self.params = params


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _JsonRefused(Flaw.KEY_TWICE, key=repr(key))
        result[key] = value
    return result


def _refuse_constant(name: str) -> NoReturn:
    raise _JsonRefused(Flaw.NOT_A_JSON_NUMBER, name=name)


def _object(where: object, value: object, keys: Iterable[str]) -> dict[str, Any]:
    """``value`` as a JSON object with exactly ``keys``."""
    if not isinstance(value, dict):
        _fail(where, Flaw.EXPECTED_OBJECT)
    wanted = tuple(keys)
    unknown = sorted(set(value) - set(wanted))
    if unknown:
        _fail(where, Flaw.UNKNOWN_KEY, key=repr(unknown[0]))
    missing = [key for key in wanted if key not in value]
    if missing:
        _fail(where, Flaw.MISSING_KEY, key=repr(missing[0]))
    return value


def _typed(where: str, value: object, kind: type[T], optional: bool = False) -> T:
    if value is None and optional:
        return value  # type: ignore[return-value]
    # JSON true/false are bools, which Python also counts as ints: never accept one for the other.
    if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
        return value
    _fail(where, _EXPECTED[kind, optional])


def _list(where: str, value: object) -> list[Any]:
    return _typed(where, value, list)


def _date(where: str, value: object) -> dt.date:
    text = _typed(where, value, str)
    if not _DATE.match(text):
        _fail(where, Flaw.EXPECTED_DATE)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        _fail(where, Flaw.NOT_A_DATE, text=text)


def _uid(where: str, value: object, seen: set[str]) -> str:
    uid = _typed(where, value, str)
    if not _UID.match(uid):
        _fail(where, Flaw.BAD_UID)
    if uid in seen:
        _fail(where, Flaw.UID_TWICE, uid=uid)
    seen.add(uid)
    return uid


def _enum(where: str, value: object, make: Callable[[str], T], optional: bool = False) -> T | None:
    text = _typed(where, value, str, optional)
    if text is None:
        return None
    try:
        return make(text)
    except ValueError:
        _fail(where, Flaw.UNKNOWN_VALUE, value=repr(text))


def _build(where: object, make: Callable[[], T]) -> T:
    """Run a domain constructor, turning its refusal into an InvalidPayload."""
    try:
        return make()
    except ValidationError as error:
        _fail(where, error)


def _names(where: str, value: object) -> tuple[str, ...]:
    return tuple(_typed(where, name, str) for name in _list(where, value))


class _Reader:
    """Reads one dump, remembering names and uids to check references and repeats."""

    def __init__(self, version: int = PAYLOAD_VERSION) -> None:
        self.version = version
        self.uids: set[str] = set()
        self.circles: set[str] = set()
        self.people: set[str] = set()
        self.targets: set[Target] = set()  # every person and circle, by uid

    def _known(self, where: str, name: str, names: set[str], unknown: Flaw) -> None:
        if name.casefold() not in names:
            _fail(where, unknown, name=repr(name))

    def _unique_name(self, where: str, name: str, names: set[str]) -> None:
        if name.casefold() in names:
            _fail(where, Flaw.NAME_TWICE, name=repr(name))
        names.add(name.casefold())

    def circle(self, where: str, value: object) -> Circle:
        obj = _object(where, value, ("uid", "name", "every_days"))
        uid = _uid(f"{where}.uid", obj["uid"], self.uids)
        name = _typed(f"{where}.name", obj["name"], str)
        every = _typed(f"{where}.every_days", obj["every_days"], int, optional=True)
        circle = _build(where, lambda: Circle(name=name, cadence_days=every, uid=uid))
        self._unique_name(f"{where}.name", circle.name, self.circles)
        self.targets.add(Target.of(circle))
        return circle

    def person(self, where: str, value: object) -> Person:
        obj = _object(where, value, ("uid", "name", "circles", "inner", "every_days"))
        uid = _uid(f"{where}.uid", obj["uid"], self.uids)
        name = _typed(f"{where}.name", obj["name"], str)
        circles = _names(f"{where}.circles", obj["circles"])
        inner = _typed(f"{where}.inner", obj["inner"], bool)
        every = _typed(f"{where}.every_days", obj["every_days"], int, optional=True)
        person = _build(
            where,
            lambda: Person(name=name, circles=circles, inner=inner, cadence_days=every, uid=uid),
        )
        self._unique_name(f"{where}.name", person.name, self.people)
        self.targets.add(Target.of(person))
        for circle in person.circles:
            self._known(f"{where}.circles", circle, self.circles, Flaw.UNKNOWN_CIRCLE)
        return person

    def gratitude(self, where: str, value: object) -> Gratitude:
        obj = _object(where, value, ("text", "person"))
        text = _typed(f"{where}.text", obj["text"], str)
        person = _typed(f"{where}.person", obj["person"], str, optional=True)
        note = _build(where, lambda: Gratitude(text, person))
        if note.person is not None:
            self._known(f"{where}.person", note.person, self.people, Flaw.UNKNOWN_PERSON)
        return note

    def entry(self, where: str, value: object, days: set[dt.date]) -> Entry:
        keys: tuple[str, ...] = ("uid", "date", "mood", "energy", "feelings", "gratitude", "text")
        if self.version >= COMPANY_SINCE and isinstance(value, dict) and "company" in value:
            keys = (*keys, "company")
        if self.version >= TAGS_SINCE:
            keys = (*keys, "tags")
        obj = _object(where, value, keys)
        company = _enum(f"{where}.company", obj.get("company"), Company, optional=True)
        uid = _uid(f"{where}.uid", obj["uid"], self.uids)
        day = _date(f"{where}.date", obj["date"])
        if day in days:
            _fail(f"{where}.date", Flaw.TWO_ENTRIES, day=day.isoformat())
        days.add(day)
        mood = _typed(f"{where}.mood", obj["mood"], int, optional=True)
        energy = _typed(f"{where}.energy", obj["energy"], int, optional=True)
        feelings = _names(f"{where}.feelings", obj["feelings"])
        gratitude = tuple(
            self.gratitude(f"{where}.gratitude[{i}]", g)
            for i, g in enumerate(_list(f"{where}.gratitude", obj["gratitude"]))
        )
        text = _typed(f"{where}.text", obj["text"], str)
        tags = _names(f"{where}.tags", obj["tags"]) if self.version >= TAGS_SINCE else ()
        return _build(
            where,
            lambda: Entry(
                day, mood, energy, feelings, gratitude, text, uid=uid, company=company, tags=tags
            ),
        )

    def interaction(self, where: str, value: object) -> Interaction:
        keys = ("uid", "date", "mode", "minutes", "depth", "initiated", "people", "circle", "note")
        obj = _object(where, value, keys)
        uid = _uid(f"{where}.uid", obj["uid"], self.uids)
        day = _date(f"{where}.date", obj["date"])
        mode = _enum(f"{where}.mode", obj["mode"], Mode)
        minutes = _typed(f"{where}.minutes", obj["minutes"], int)
        depth = _typed(f"{where}.depth", obj["depth"], int, optional=True)
        initiated = _enum(f"{where}.initiated", obj["initiated"], Initiator, optional=True)
        people = _names(f"{where}.people", obj["people"])
        circle = _typed(f"{where}.circle", obj["circle"], str, optional=True)
        note = _typed(f"{where}.note", obj["note"], str)
        assert mode is not None
        item = _build(
            where,
            lambda: Interaction(
                day, mode, minutes, people, depth, initiated, circle, note, uid=uid
            ),
        )
        for name in item.people:
            self._known(f"{where}.people", name, self.people, Flaw.UNKNOWN_PERSON)
        if item.circle is not None:
            self._known(f"{where}.circle", item.circle, self.circles, Flaw.UNKNOWN_CIRCLE)
        return item

    def checkin(self, where: str, value: object) -> CheckIn:
        obj = _object(where, value, ("uid", "date", "kind", "answers"))
        uid = _uid(f"{where}.uid", obj["uid"], self.uids)
        day = _date(f"{where}.date", obj["date"])
        kind = _enum(f"{where}.kind", obj["kind"], CheckInKind)
        answers = tuple(
            _typed(f"{where}.answers", a, int) for a in _list(f"{where}.answers", obj["answers"])
        )
        assert kind is not None
        return _build(where, lambda: CheckIn(day, kind, answers, uid=uid))

    def hold(self, where: str, value: object, held: set[Target]) -> Hold:
        obj = _object(where, value, ("subject", "uid", "kind", "date"))
        subject = _enum(f"{where}.subject", obj["subject"], Subject)
        uid = _typed(f"{where}.uid", obj["uid"], str)
        kind = _enum(f"{where}.kind", obj["kind"], HoldKind)
        day = _date(f"{where}.date", obj["date"])
        assert subject is not None and kind is not None
        target = _build(where, lambda: Target(subject, uid))
        person = subject is Subject.PERSON
        if target not in self.targets:
            unknown = Flaw.UNKNOWN_PERSON_UID if person else Flaw.UNKNOWN_CIRCLE_UID
            _fail(f"{where}.uid", unknown, uid=repr(uid))
        if target in held:
            _fail(where, Flaw.SECOND_PERSON_HOLD if person else Flaw.SECOND_CIRCLE_HOLD, uid=uid)
        held.add(target)
        return _build(where, lambda: Hold(target, kind, day))


def _preferences(value: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        _fail("preferences", Flaw.EXPECTED_OBJECT)
    pairs = []
    for key, text in value.items():
        if key not in PREFERENCE_KEYS:
            _fail("preferences", Flaw.UNKNOWN_KEY, key=repr(key))
        text = _typed(f"preferences.{key}", text, str)
        if not text:
            _fail(f"preferences.{key}", Flaw.EMPTY_PREFERENCE)
        pairs.append((key, text))
    return tuple(pairs)


def from_dict(document: object) -> Dump:
    """Validate a parsed dump (see the module docstring for what is refused)."""
    if not isinstance(document, dict):
        _fail(WHOLE, Flaw.EXPECTED_OBJECT)
    if document.get("format") != FORMAT_NAME:
        _fail("format", Flaw.EXPECTED_FORMAT, name=repr(FORMAT_NAME))
    version = _typed("version", document.get("version"), int)
    if version > PAYLOAD_VERSION:
        raise UnsupportedBackup(
            code=Code.PAYLOAD_TOO_NEW, version=version, supported=PAYLOAD_VERSION
        )
    if version not in _TOP_KEYS_OF:
        _fail("version", Flaw.UNKNOWN_VERSION, version=version)
    top = _object(WHOLE, document, _TOP_KEYS_OF[version])
    exported_at = _typed("exported_at", top["exported_at"], str)
    if not _STAMP.match(exported_at):
        _fail("exported_at", Flaw.EXPECTED_UTC_TIME)
    try:
        dt.datetime.strptime(exported_at, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        _fail("exported_at", Flaw.NOT_A_TIME, text=exported_at)
    app_version = _typed("app_version", top["app_version"], str)
    if not 1 <= len(app_version) <= 40 or not app_version.isprintable():
        _fail("app_version", Flaw.BAD_APP_VERSION)
    reader = _Reader(version)
    days: set[dt.date] = set()

    def each(kind: str) -> list[tuple[str, Any]]:
        return [(f"{kind}[{i}]", item) for i, item in enumerate(_list(kind, top[kind]))]

    circles = tuple(reader.circle(w, v) for w, v in each("circles"))
    people = tuple(reader.person(w, v) for w, v in each("people"))
    entries = tuple(reader.entry(w, v, days) for w, v in each("entries"))
    interactions = tuple(reader.interaction(w, v) for w, v in each("interactions"))
    checkins = tuple(reader.checkin(w, v) for w, v in each("checkins"))
    held: set[Target] = set()
    holds: tuple[Hold, ...] = ()
    preferences: tuple[tuple[str, str], ...] = ()
    if version >= 2:
        holds = tuple(reader.hold(w, v, held) for w, v in each("reach_out_holds"))
        preferences = _preferences(top["preferences"])
    records = _build(
        WHOLE,
        lambda: Records(circles, people, entries, interactions, checkins, holds, preferences),
    )
    diary_id, changed_at = _origin(top) if version >= 3 else (None, None)
    return Dump(records, exported_at, app_version, version, diary_id, changed_at)


def _origin(top: dict[str, Any]) -> tuple[uuid.UUID | None, dt.datetime | None]:
    """The diary a version 3 dump came from and its newest change (null: unknown)."""
    diary_id = _typed("diary_id", top["diary_id"], str, optional=True)
    if diary_id is not None and not _DIARY_ID.match(diary_id):
        _fail("diary_id", Flaw.BAD_DIARY_ID)
    stamp = _typed("last_changed_at", top["last_changed_at"], str, optional=True)
    changed_at = None
    if stamp is not None:
        if not _FINE_STAMP.match(stamp):
            _fail("last_changed_at", Flaw.EXPECTED_FINE_UTC_TIME)
        try:
            changed_at = dt.datetime.strptime(stamp, _FINE_FORMAT).replace(tzinfo=dt.UTC)
        except ValueError:
            _fail("last_changed_at", Flaw.NOT_A_TIME, text=stamp)
    return (uuid.UUID(diary_id) if diary_id is not None else None), changed_at


def load(data: bytes) -> Dump:
    """Parse and validate a dump from its UTF-8 JSON bytes.

    Raises:
        InvalidPayload: not UTF-8, not JSON, or not a valid dump.
        UnsupportedBackup: a dump version newer than this Hearth reads.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        _fail(WHOLE, Flaw.NOT_UTF8)
    try:
        document = json.loads(
            text, object_pairs_hook=_no_duplicate_keys, parse_constant=_refuse_constant
        )
    except RecursionError:
        _fail(WHOLE, Flaw.NESTED_TOO_DEEPLY)
    except _JsonRefused as error:  # a duplicate key or NaN
        _fail(WHOLE, Flaw.NOT_JSON, reason=Detail(error.flaw, **error.params))
    except ValueError as error:  # JSONDecodeError, over-long integers: Python's own words
        _fail(WHOLE, Flaw.NOT_JSON, reason=str(error))
    if _SURROGATE_ESCAPE.search(text):  # only an escape can smuggle one in: valid UTF-8 cannot
        _refuse_lone_surrogates(document)
    return from_dict(document)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
"""A JSON escape of a UTF-16 surrogate: a pair is an ordinary character, a lone one no text."""


def _refuse_lone_surrogates(value: object, where: object = WHOLE) -> None:
    """Refuse any string holding a lone UTF-16 surrogate: the diary could not store it.

    What ``verify`` accepts, ``restore`` must be able to write; SQLite takes only real text.
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            _fail(where, Flaw.LONE_SURROGATE)
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_lone_surrogates(key, where)
            _refuse_lone_surrogates(item, f"{where}.{key}" if where is not WHOLE else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_lone_surrogates(item, f"{where}[{index}]")
