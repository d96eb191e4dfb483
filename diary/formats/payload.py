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
Version 6 (``PHOTOS_SINCE``) adds the photos of the days (``photos``, the document's last key):
each with its metadata, its file's bytes and its thumbnail in base64, on a day the dump has an
entry for. An older dump has none. Photos make a dump large, so it is written as a stream of
pieces (``write``) with the photos read one at a time, and read as a stream (``read``) that
hands each photo on as soon as it is parsed and keeps only its metadata; ``dump`` and ``load``
do the same for a dump held whole in memory (a small one, or the Restore dialog's).

The reader is strict. It refuses anything it does not understand rather than guess: unknown or
missing keys (a version 1 dump may not have the version 2 keys), duplicate keys, wrong JSON types,
non-canonical dates, repeated uids, two entries on one day, names used twice, references to
people or circles the dump does not define, two holds of one person or circle, and preference
keys that are not private options. Values are then validated by the domain models themselves.
A dump that was encrypted correctly but is not valid becomes one clear ``InvalidPayload`` error,
never another exception.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, BinaryIO, NoReturn, TypeVar

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
from diary.domain.photos import (
    FORMAT_NAMES,
    MAX_PHOTO_BYTES,
    MAX_PIXELS,
    NAME_MAX,
    Photo,
    PhotoRefused,
    PreparedPhoto,
)
from diary.formats import records as shapes
from diary.formats.backup import BackupDamaged, Code, UnsupportedBackup
from diary.formats.long_text import LongText
from diary.formats.photo_kinds import sniff
from diary.i18n import N_

FORMAT_NAME = "hearth-diary"
PAYLOAD_VERSION = 6
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
PHOTOS_SINCE = 6
"""The first version with ``photos``."""
_V6_TOP_KEYS = (*_TOP_KEYS, "photos")
_TOP_KEYS_OF = (
    {1: _V1_TOP_KEYS, 2: _V2_TOP_KEYS}
    | {version: _TOP_KEYS for version in range(3, PHOTOS_SINCE)}
    | {version: _V6_TOP_KEYS for version in range(PHOTOS_SINCE, PAYLOAD_VERSION + 1)}
)
_PHOTO_KEYS = (
    *("uid", "date", "name", "mime", "width", "height", "size", "added"),
    *("thumbnail", "data"),  # last, as written: the long strings after what says what they are
)
MAX_THUMBNAIL_BYTES = 1024 * 1024
"""The largest thumbnail a dump may carry (Hearth's are tens of kilobytes)."""
MAX_PHOTO_CHARS = (MAX_PHOTO_BYTES + MAX_THUMBNAIL_BYTES) * 4 // 3 + 64 * 1024
"""The longest photo a dump may hold as JSON text: its two base64 strings and its metadata."""
_ARRAYS = (
    *("circles", "people", "entries", "interactions", "checkins", "reach_out_holds"),
    "photos",
)
WHAT = N_("a Hearth backup")

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
    NUMBER_OUT_OF_RANGE = "number_out_of_range"
    NOT_BASE64 = "not_base64"
    PHOTO_SIZE_DIFFERS = "photo_size_differs"
    PHOTO_FORMAT_DIFFERS = "photo_format_differs"
    BAD_THUMBNAIL = "bad_thumbnail"
    PHOTO_WITHOUT_ENTRY = "photo_without_entry"
    VALUE_TOO_LONG = "value_too_long"
    TEXT_TOO_LONG = "text_too_long"


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
    not changed since it learnt to tell). ``photos`` is what the dump says of each of its
    photos, without their bytes: those are in ``records.photos`` when the dump was read whole
    (``load``), and were handed on one by one when it was read as a stream (``read``).
    """

    records: Records
    exported_at: str
    app_version: str
    version: int = PAYLOAD_VERSION
    diary_id: uuid.UUID | None = None
    changed_at: dt.datetime | None = None
    photos: tuple[Photo, ...] = ()

    @property
    def photo_bytes(self) -> int:
        """How many bytes the photos' files hold together."""
        return sum(photo.size for photo in self.photos)


# Writing --------------------------------------------------------------------------------------


def _without_id(shape: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in shape.items() if key != "id"}


def _fine_stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(_FINE_FORMAT)


def _head(
    records: Records,
    exported_at: dt.datetime,
    app_version: str,
    diary_id: uuid.UUID | None,
    changed_at: dt.datetime | None,
) -> dict[str, Any]:
    """Every key of the dump but ``photos``, in order (see ``to_dict``)."""
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
        "last_changed_at": _fine_stamp(changed_at) if changed_at is not None else None,
    }


def _photo_fields(photo: Photo, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """A photo's metadata as the dump writes it (its two base64 strings go after these)."""
    added = photo.added or now or dt.datetime.now(dt.UTC)
    return {
        "uid": photo.uid,
        "date": photo.day.isoformat(),
        "name": photo.name,
        "mime": photo.mime,
        "width": photo.width,
        "height": photo.height,
        "size": photo.size,
        "added": _fine_stamp(added),
    }


def photo_to_dict(prepared: PreparedPhoto) -> dict[str, Any]:
    """One photo of ``photos`` as a JSON-ready dict, its bytes and thumbnail in base64."""
    return _photo_fields(prepared.photo) | {
        "thumbnail": base64.b64encode(prepared.thumbnail).decode("ascii"),
        "data": base64.b64encode(prepared.data).decode("ascii"),
    }


def to_dict(
    records: Records,
    *,
    exported_at: dt.datetime,
    app_version: str,
    diary_id: uuid.UUID | None = None,
    changed_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The dump as a JSON-ready dict; keys in a fixed order, ``photos`` (``records.photos``) last.

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
    head = _head(records, exported_at, app_version, diary_id, changed_at)
    return head | {"photos": [photo_to_dict(p) for p in records.photos]}


def _json(value: object) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.encode("utf-8")


def write(
    records: Records,
    *,
    photos: Iterable[PreparedPhoto] = (),
    exported_at: dt.datetime,
    app_version: str,
    diary_id: uuid.UUID | None = None,
    changed_at: dt.datetime | None = None,
) -> Iterator[bytes]:
    """The dump as compact UTF-8 JSON, in pieces: the records, then each photo as it comes.

    ``photos`` (after ``records.photos``) may be a stream: each is read, written and let go
    before the next, so only one photo is held at a time (its bytes and their base64). The
    pieces joined are exactly ``dump``'s bytes for the same records and photos.
    """
    head = _json(_head(records, exported_at, app_version, diary_id, changed_at))
    yield head[:-1] + b',"photos":['
    first = True
    for prepared in records.photos:
        yield from _photo_pieces(prepared, first)
        first = False
    for prepared in photos:
        yield from _photo_pieces(prepared, first)
        first = False
    yield b"]}"


_ENCODE_BYTES = 3 * 256 * 1024  # a photo is base64-encoded this much at a time (1 MiB out)


def _photo_pieces(prepared: PreparedPhoto, first: bool) -> Iterator[bytes]:
    """One photo of ``photos`` in pieces: its base64 made a mebibyte at a time, never whole."""
    fields = _json(_photo_fields(prepared.photo))
    yield (b"" if first else b",") + fields[:-1] + b',"thumbnail":"'
    yield base64.b64encode(prepared.thumbnail)
    yield b'","data":"'
    data = memoryview(prepared.data)
    for start in range(0, len(data), _ENCODE_BYTES):
        yield base64.b64encode(data[start : start + _ENCODE_BYTES])
    yield b'"}'


def dump(
    records: Records,
    *,
    exported_at: dt.datetime,
    app_version: str,
    diary_id: uuid.UUID | None = None,
    changed_at: dt.datetime | None = None,
) -> bytes:
    """The dump as compact UTF-8 JSON bytes, ``records.photos`` included (``write``, joined)."""
    return b"".join(
        write(
            records,
            exported_at=exported_at,
            app_version=app_version,
            diary_id=diary_id,
            changed_at=changed_at,
        )
    )


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
    if kind is str and isinstance(value, LongText):  # a long string read as a stream: as one
        value = "".join(value.take())
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

    def photo(self, where: str, value: object) -> PreparedPhoto:
        """A photo of ``photos``: its metadata checked, its bytes and thumbnail decoded.

        Its format must be what its bytes say, and its size their length; its day must have an
        entry in the dump, which ``from_dict`` checks once every entry is known. The bytes are
        not decoded as a picture (a restore must not depend on a decoder); their first bytes
        are checked, as when the photo was added.
        """
        obj = _object(where, value, _PHOTO_KEYS)
        uid = _uid(f"{where}.uid", obj["uid"], self.uids)
        day = _date(f"{where}.date", obj["date"])
        name = _typed(f"{where}.name", obj["name"], str)
        if len(name) > NAME_MAX:
            _fail(f"{where}.name", Flaw.TEXT_TOO_LONG, limit=NAME_MAX)
        _refuse_lone_surrogates(name, f"{where}.name")
        mime = _typed(f"{where}.mime", obj["mime"], str)
        if mime not in FORMAT_NAMES:
            _fail(f"{where}.mime", Flaw.UNKNOWN_VALUE, value=repr(mime))
        width = _number(f"{where}.width", obj["width"], 1, MAX_PIXELS)
        height = _number(f"{where}.height", obj["height"], 1, MAX_PIXELS // width)
        size = _number(f"{where}.size", obj["size"], 1, MAX_PHOTO_BYTES)
        added = _fine_time(f"{where}.added", obj["added"])
        thumbnail = _base64(f"{where}.thumbnail", obj["thumbnail"], MAX_THUMBNAIL_BYTES)
        data = _base64(f"{where}.data", obj["data"], MAX_PHOTO_BYTES)
        del obj, value  # the base64 text: let it go before anything else is made
        if len(data) != size:
            _fail(f"{where}.data", Flaw.PHOTO_SIZE_DIFFERS, size=size, length=len(data))
        if _kind(data) != mime:
            _fail(f"{where}.data", Flaw.PHOTO_FORMAT_DIFFERS, format=FORMAT_NAMES[mime])
        if _kind(thumbnail) not in ("image/jpeg", "image/png"):
            _fail(f"{where}.thumbnail", Flaw.BAD_THUMBNAIL)
        photo = Photo(day, mime, width, height, size, name=name, uid=uid, added=added)
        return PreparedPhoto(photo, data, thumbnail)


def _kind(data: bytes) -> str | None:
    """The media type its first bytes say, None if none Hearth takes."""
    try:
        return sniff(data)
    except PhotoRefused:
        return None


def _number(where: str, value: object, low: int, high: int) -> int:
    number = _typed(where, value, int)
    if not low <= number <= high:
        _fail(where, Flaw.NUMBER_OUT_OF_RANGE, low=low, high=high)
    return number


def _fine_time(where: str, value: object) -> dt.datetime:
    stamp = _typed(where, value, str)
    if not _FINE_STAMP.match(stamp):
        _fail(where, Flaw.EXPECTED_FINE_UTC_TIME)
    try:
        return dt.datetime.strptime(stamp, _FINE_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        _fail(where, Flaw.NOT_A_TIME, text=stamp)


def _base64(where: str, value: object, limit: int) -> bytes:
    """The bytes of a base64 string (standard alphabet, padded), at most ``limit`` of them.

    Decoded straight from the string's characters, without a copy of it; a ``LongText`` (a
    photo read as a stream) a piece at a time, each piece let go once decoded.
    """
    if not isinstance(value, LongText):
        value = _typed(where, value, str)
    if len(value) > -(-limit // 3) * 4:
        _fail(where, Flaw.VALUE_TOO_LONG)
    try:
        if isinstance(value, str):
            data = binascii.a2b_base64(value, strict_mode=True)
        else:
            data = _decoded_pieces(value)
    except (binascii.Error, ValueError):  # ValueError: not ASCII
        _fail(where, Flaw.NOT_BASE64)
    if not data:
        _fail(where, Flaw.NOT_BASE64)
    return data


def _decoded_pieces(text: LongText) -> bytes:
    """A ``LongText`` of base64 decoded piece by piece, as strictly as one string would be.

    Whole quanta of four characters are decoded as they come (a piece's last few wait for the
    next); padding may only end the text, so once decoded, nothing may follow it.
    """
    parts: list[bytes] = []
    carry = ""
    ended = False
    for piece in text.take():
        piece = carry + piece if carry else piece
        if ended and piece:
            raise binascii.Error("excess data after padding")
        whole = len(piece) - len(piece) % 4
        if whole:
            parts.append(binascii.a2b_base64(piece[:whole], strict_mode=True))
            ended = "=" in piece[whole - 4 : whole]
        carry = piece[whole:]
        del piece
    if carry:
        if ended:
            raise binascii.Error("excess data after padding")
        parts.append(binascii.a2b_base64(carry, strict_mode=True))  # not whole: refused
    return b"".join(parts)


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
    return _validated(document, _Reader(), None)


_READ_ALREADY = object()
"""``photos`` of a document read as a stream: checked one by one as they were read."""


def _validated(document: object, reader: _Reader, streamed: list[Photo] | None) -> Dump:
    """Validate a dump whose photos are in it (``streamed`` None), or were read already."""
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
    reader.version = version
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
    photos: tuple[PreparedPhoto, ...] = ()
    if streamed is not None:
        about = tuple(streamed)
    elif version >= PHOTOS_SINCE:
        photos = tuple(reader.photo(w, v) for w, v in each("photos"))
        about = tuple(p.photo for p in photos)
    else:
        about = ()
    for index, photo in enumerate(about):
        if photo.day not in days:
            _fail(f"photos[{index}].date", Flaw.PHOTO_WITHOUT_ENTRY, day=photo.day.isoformat())
    records = _build(
        WHOLE,
        lambda: Records(
            circles, people, entries, interactions, checkins, holds, preferences, photos
        ),
    )
    diary_id, changed_at = _origin(top) if version >= 3 else (None, None)
    return Dump(records, exported_at, app_version, version, diary_id, changed_at, about)


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


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``_no_duplicate_keys`` for the streaming reader, which reports its own refusals."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            _fail(WHOLE, Flaw.NOT_JSON, reason=Detail(Flaw.KEY_TWICE, key=repr(key)))
        result[key] = value
    return result


def read(stream: BinaryIO, *, photos: Callable[[PreparedPhoto], None] | None = None) -> Dump:
    """Parse and validate a dump read from ``stream`` a piece at a time (``load``'s checks).

    Only one value is held at a time (one entry, one photo), so a dump of any size takes
    memory for its records and its largest photo, never for all of its photos: each is checked
    and handed to ``photos`` as soon as it is read, then let go. The dump returned has every
    record but no photo bytes (``records.photos`` is empty); ``Dump.photos`` says what each
    photo was. ``photos`` sees a photo before the dump as a whole is known to be valid: what it
    does with them must be undone if this raises (a restore writes them inside a transaction).

    Raises:
        InvalidPayload: not UTF-8, not JSON, or not a valid dump.
        UnsupportedBackup: a dump version newer than this Hearth reads.
    """
    walk = _streamed(stream)
    while True:
        try:
            prepared = next(walk)
        except StopIteration as done:
            dump: Dump = done.value
            return dump
        if photos is not None:
            photos(prepared)
        del prepared


def photos_of(stream: BinaryIO) -> Iterator[PreparedPhoto]:
    """Each photo of a dump read from ``stream``, as it is read (a second reading, to restore).

    The whole dump is read and checked as ``read`` does; a problem found after some photos
    were given (the document ends badly) raises when the next is asked for, or at the end.
    """
    yield from _streamed(stream)


def _streamed(stream: BinaryIO) -> Generator[PreparedPhoto, None, Dump]:
    """Read a dump as a stream, giving each photo as it is read; returns the checked dump."""
    from diary.formats.importers import json_stream  # here: importers import this module

    reader = _Reader()
    top: dict[str, Any] = {}
    about: list[Photo] = []
    try:
        for name, value in json_stream.members(
            stream,
            WHAT,
            _ARRAYS,
            max_chars=MAX_PHOTO_CHARS,
            object_pairs_hook=_no_repeated_keys,
            not_an_object=lambda: _fail(WHOLE, Flaw.EXPECTED_OBJECT),
            long_text=True,
        ):
            if name in top:
                _fail(WHOLE, Flaw.NOT_JSON, reason=Detail(Flaw.KEY_TWICE, key=repr(name)))
            if not isinstance(value, json_stream.Items):
                top[name] = _checked_value(name, value, json_stream.TOO_LARGE)
            elif name != "photos":
                top[name] = [
                    _checked_value(f"{name}[{i}]", item, json_stream.TOO_LARGE)
                    for i, item in enumerate(value)
                ]
            else:
                for index, item in enumerate(value):
                    if item is json_stream.TOO_LARGE:
                        _fail(f"photos[{index}]", Flaw.VALUE_TOO_LONG)
                    prepared = reader.photo(f"photos[{index}]", item)
                    del item
                    about.append(prepared.photo)
                    yield prepared
                    del prepared
                top[name] = _READ_ALREADY
    except json_stream.JsonRefused as error:
        if error.kind == "not_text":
            _fail(WHOLE, Flaw.NOT_UTF8)
        _fail(WHOLE, Flaw.NOT_JSON, reason=error.reason or "cut short")
    if "photos" in top and top["photos"] is not _READ_ALREADY:  # not an array: say so
        _list("photos", top["photos"])
    if not isinstance(top.get("version"), int) or top["version"] < PHOTOS_SINCE:
        if "photos" in top:
            top["photos"] = []  # so the version's keys say it does not belong
    return _validated(top, reader, about)


def _checked_value(where: str, value: Any, too_large: object) -> Any:
    """A value of the document as ``load`` would take it: not too long, no lone surrogate."""
    if value is too_large:
        _fail(where, Flaw.VALUE_TOO_LONG)
    _refuse_lone_surrogates(value, where)
    return value


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
