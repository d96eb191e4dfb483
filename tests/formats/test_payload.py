"""The logical dump inside a backup: every record out and back, and a strict, crash-free reader."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary import settings as diary_settings
from diary.domain.cadence import Hold, HoldKind, Subject, Target, dismiss, snooze
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
from diary.formats import payload
from diary.formats.backup import BackupDamaged, BackupError, UnsupportedBackup
from diary.formats.payload import InvalidPayload

DAY = dt.date(2026, 3, 14)
WHEN = dt.datetime(2026, 3, 15, 20, 30, 5, 123456, tzinfo=dt.UTC)


def sample_records() -> Records:
    circles = (Circle("Choir", cadence_days=7), Circle("Family"))
    people = (
        Person("Ana", circles=("Family",), inner=True, cadence_days=14),
        Person("Émile", circles=("Choir", "Family")),
        Person("Jo"),
    )
    return Records(
        circles=circles,
        people=people,
        entries=(
            Entry(
                DAY,
                mood=8,
                energy=3,
                feelings=("calm", "my own word"),
                gratitude=(Gratitude("Tea with Émile", "Émile"), Gratitude("Rain 🌧")),
                text='Line one\nline «two» — with "quotes" and \\ backslashes\u2028',
            ),
            Entry(DAY + dt.timedelta(days=1)),
        ),
        interactions=(
            Interaction(DAY, Mode.VIDEO, 30, ("Ana", "Jo"), 5, Initiator.BOTH, "Family", "n"),
            Interaction(DAY, Mode.SOCIAL, 0),
        ),
        checkins=(
            CheckIn(DAY, CheckInKind.WHO5, (0, 5, 3, 2, 1)),
            CheckIn(DAY, CheckInKind.UCLA3, (3, 3, 3)),
        ),
        holds=(
            snooze(Target.of(people[0]), DAY + dt.timedelta(days=7)),
            dismiss(Target.of(circles[0]), DAY),
        ),
        preferences=(
            ("support_text", "Call Lou: 01 23 45 67 89 «any time»"),
            ("care_dismissed", "2026-03-01"),
        ),
    )


def document() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        payload.dump(sample_records(), exported_at=WHEN, app_version="9.9")
    )
    return data


def load_dict(doc: object) -> payload.Dump:
    return payload.load(json.dumps(doc).encode())


def test_round_trip_keeps_every_record_and_uid() -> None:
    records = sample_records()
    dump = payload.load(payload.dump(records, exported_at=WHEN, app_version="9.9"))
    assert dump.records == records
    assert dump.exported_at == "2026-03-15T20:30:05Z" and dump.app_version == "9.9"


def test_ids_are_left_out_and_uids_kept() -> None:
    records = sample_records()
    numbered = (
        Circle(c.name, c.cadence_days, id=i, uid=c.uid) for i, c in enumerate(records.circles)
    )
    with_ids = Records(circles=tuple(numbered), people=records.people)
    doc = json.loads(payload.dump(with_ids, exported_at=WHEN, app_version="1"))
    assert [set(c) for c in doc["circles"]] == [{"uid", "name", "every_days"}] * 2
    assert payload.load(payload.dump(with_ids, exported_at=WHEN, app_version="1")).records == (
        Records(circles=records.circles, people=records.people)
    )


def test_the_dump_is_compact_utf8_with_a_fixed_key_order() -> None:
    raw = payload.dump(sample_records(), exported_at=WHEN, app_version="9.9")
    head = f'{{"format":"hearth-diary","version":{payload.PAYLOAD_VERSION},"exported_at":'
    assert raw.startswith(head.encode())
    assert "Émile".encode() in raw and b"\n" not in raw
    keys = list(json.loads(raw))
    assert keys == [*payload._TOP_KEYS_OF[payload.PAYLOAD_VERSION]] and keys[-1] == "photos"
    entry = json.loads(raw)["entries"][0]
    keys = ["uid", "date", "mood", "energy", "feelings", "gratitude", "text", "company", "tags"]
    assert list(entry) == keys


def test_an_empty_diary_dumps_and_loads() -> None:
    dump = payload.load(payload.dump(Records(), exported_at=WHEN, app_version="1"))
    assert dump.records == Records() and dump.records.counts()["entries"] == 0
    assert dump.records.date_range() is None


def test_records_count_and_span() -> None:
    records = sample_records()
    assert records.counts() == {
        "entries": 2, "interactions": 2, "people": 3, "circles": 2, "checkins": 2,
    }  # fmt: skip
    assert records.date_range() == (DAY, DAY + dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        Records(entries=(Person("Not an entry"),))  # type: ignore[arg-type]


def test_naive_timestamps_are_a_programming_error() -> None:
    with pytest.raises(ValueError):
        payload.dump(Records(), exported_at=dt.datetime(2026, 1, 1), app_version="1")


# The strict reader ----------------------------------------------------------------------------


def _set(doc: dict[str, Any], path: str, value: object) -> None:
    """Set doc[a][b]... along a dotted path; list indexes are numbers; DELETE removes."""
    *parents, last = path.split(".")
    target: Any = doc
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    key: Any = int(last) if last.isdigit() else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value


DELETE = object()

BAD = [
    ("format", "other", "format"),
    ("version", "1", "version"),
    ("version", 0, "version"),
    ("version", True, "version"),
    ("surprise", 1, "unknown key 'surprise'"),
    ("checkins", DELETE, "missing key 'checkins'"),
    ("people", {}, "people: expected a list"),
    ("circles.0.every_days", 0, "circles[0]: Cadence"),
    ("circles.0.every_days", 7.0, "circles[0].every_days: expected a whole number or null"),
    ("circles.1.name", "  ", "circles[1]: A circle's name cannot be empty"),
    ("circles.1.name", "choir", "the name 'choir' is used twice"),
    ("circles.1.uid", None, "circles[1].uid: expected text"),
    ("circles.1.uid", "not a uid!", "a uid is 1 to 64"),
    ("circles.1.uid", "", "a uid is 1 to 64"),
    ("people.0.uid", "<same as circles.0.uid>", "is used twice"),
    ("people.0.inner", 1, "people[0].inner: expected true or false"),
    ("people.0.circles", "Family", "people[0].circles: expected a list"),
    ("people.0.circles", ["Book club"], "'Book club' is not one of the circles"),
    ("people.0.circles", [1], "people[0].circles: expected text"),
    ("people.0.name", "x" * 81, "at most 80 characters"),
    ("people.2.name", "ANA", "the name 'ANA' is used twice"),
    ("people.0.surprise", None, "people[0]: unknown key"),
    ("entries.0.date", "2026-3-14", "entries[0].date: expected a date as YYYY-MM-DD"),
    ("entries.0.date", "20260314", "expected a date as YYYY-MM-DD"),
    ("entries.0.date", "2026-02-30", "is not a calendar date"),
    ("entries.0.date", "２０２６-03-14", "expected a date"),
    ("entries.1.date", "2026-03-14", "two entries on 2026-03-14"),
    ("entries.0.mood", 10, "entries[0]: Mood must be a whole number from 1 to 9"),
    ("entries.0.mood", "7", "entries[0].mood: expected a whole number"),
    ("entries.0.mood", True, "entries[0].mood: expected a whole number"),
    ("entries.0.mood", 7.5, "expected a whole number"),
    ("entries.0.energy", 0, "Energy must be"),
    ("entries.0.feelings", [""], "A feeling cannot be empty"),
    ("entries.0.gratitude", [{"text": "", "person": None}], "gratitude note cannot be empty"),
    ("entries.0.gratitude", [{"text": "x"}], "missing key 'person'"),
    ("entries.0.gratitude", ["x"], "entries[0].gratitude[0]: expected an object"),
    ("entries.0.gratitude.0.person", "Nobody", "'Nobody' is not one of the people"),
    ("entries.0.text", None, "entries[0].text: expected text"),
    ("entries.0.text", "x" * 200_001, "at most 200,000 characters"),
    ("interactions.0.mode", "phone", "interactions[0].mode: unknown value 'phone'"),
    ("interactions.0.minutes", -1, "Minutes must be"),
    ("interactions.0.minutes", None, "interactions[0].minutes: expected a whole number"),
    ("interactions.0.depth", 6, "Depth must be"),
    ("interactions.0.initiated", "someone", "unknown value 'someone'"),
    ("interactions.0.people", ["Ana", "Zed"], "'Zed' is not one of the people"),
    ("interactions.0.circle", "Book club", "'Book club' is not one of the circles"),
    ("interactions.0.note", "x" * 2001, "at most 2,000 characters"),
    ("interactions.0.id", 3, "unknown key 'id'"),
    ("checkins.0.kind", "phq9", "unknown value 'phq9'"),
    ("checkins.0.answers", [1, 2, 3], "needs exactly 5 answers"),
    ("checkins.1.answers", [0, 1, 1], "answer must be a whole number from 1 to 3"),
    ("checkins.1.answers", [1, 1, False], "expected a whole number"),
    ("checkins.1.answers", "111", "expected a list"),
    ("exported_at", 5, "exported_at: expected text"),
    ("exported_at", "yesterday\x1b[2J", "expected a UTC time"),
    ("app_version", "1.0\nHearth says: type your passphrase", "printable characters"),
    ("app_version", "", "printable characters"),
    # Version 2: snoozes and dismissals, private preferences.
    ("reach_out_holds", DELETE, "missing key 'reach_out_holds'"),
    ("preferences", DELETE, "missing key 'preferences'"),
    ("reach_out_holds", {}, "reach_out_holds: expected a list"),
    ("reach_out_holds", None, "reach_out_holds: expected a list"),
    ("reach_out_holds.0", "Ana", "reach_out_holds[0]: expected an object"),
    ("reach_out_holds.0.subject", "group", "reach_out_holds[0].subject: unknown value 'group'"),
    ("reach_out_holds.0.subject", "Person", "unknown value 'Person'"),
    ("reach_out_holds.0.subject", None, "reach_out_holds[0].subject: expected text"),
    ("reach_out_holds.0.subject", "circle", "is not the uid of one of the circles"),
    ("reach_out_holds.1.subject", "person", "is not the uid of one of the people"),
    ("reach_out_holds.0.kind", "mute", "reach_out_holds[0].kind: unknown value 'mute'"),
    ("reach_out_holds.0.kind", 1, "reach_out_holds[0].kind: expected text"),
    ("reach_out_holds.0.date", "2026-02-30", "reach_out_holds[0].date: 2026-02-30 is not a"),
    ("reach_out_holds.0.date", "2026-03-14T00:00", "expected a date as YYYY-MM-DD"),
    ("reach_out_holds.0.date", None, "reach_out_holds[0].date: expected text"),
    ("reach_out_holds.0.uid", "nobody", "'nobody' is not the uid of one of the people"),
    ("reach_out_holds.0.uid", "<same as entries.0.uid>", "is not the uid of one of the people"),
    ("reach_out_holds.0.uid", "", "reach_out_holds[0]: A reach-out target needs a uid"),
    ("reach_out_holds.0.uid", 5, "reach_out_holds[0].uid: expected text"),
    ("reach_out_holds.0.uid", ["x"], "reach_out_holds[0].uid: expected text"),
    ("reach_out_holds.0.name", "Ana", "reach_out_holds[0]: unknown key 'name'"),
    ("reach_out_holds.1", "<same as reach_out_holds.0>", "a second snooze or dismissal"),
    ("preferences", [], "preferences: expected an object"),
    ("preferences", None, "preferences: expected an object"),
    ("preferences.theme", "dark", "preferences: unknown key 'theme'"),
    ("preferences.auto_lock_minutes", "5", "preferences: unknown key 'auto_lock_minutes'"),
    ("preferences.support_text", 5, "preferences.support_text: expected text"),
    ("preferences.support_text", None, "preferences.support_text: expected text"),
    ("preferences.care_dismissed", True, "preferences.care_dismissed: expected text"),
    ("preferences.support_text", "", "preferences.support_text: expected text that is not"),
]


@pytest.mark.parametrize(("path", "value", "message"), BAD, ids=[b[0] for b in BAD])
def test_invalid_documents_are_refused_with_the_place(
    path: str, value: object, message: str
) -> None:
    doc = document()
    if isinstance(value, str) and value.startswith("<same as "):
        source: Any = doc
        for part in value.removeprefix("<same as ").removesuffix(">").split("."):
            source = source[int(part)] if part.isdigit() else source[part]
        value = copy.deepcopy(source)
    _set(doc, path, value)
    with pytest.raises(InvalidPayload) as caught:
        load_dict(doc)
    assert message in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert isinstance(caught.value, BackupDamaged)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b"", "not valid JSON"),
        (b"{", "not valid JSON"),
        (b"[]", "expected an object"),
        (b'{"format": "hearth-diary", "format": "hearth-diary"}', "appears twice"),
        (b'{"version": NaN}', "not valid JSON"),
        (b'{"version": Infinity}', "not valid JSON"),
        (b'{"version": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'"hearth-diary"', "expected an object"),
    ],
)
def test_unparsable_documents_are_refused(raw: bytes, message: str) -> None:
    with pytest.raises(InvalidPayload, match=message):
        payload.load(raw)


def test_a_newer_dump_version_says_so() -> None:
    doc = document()
    doc["version"] = payload.PAYLOAD_VERSION + 1
    doc["new_kind"] = []
    with pytest.raises(UnsupportedBackup, match="newer Hearth"):
        load_dict(doc)


def test_a_version_1_dump_reads_without_holds_or_preferences() -> None:
    records = sample_records()
    doc = json.loads(payload.dump(records, exported_at=WHEN, app_version="1"))
    doc["version"] = 1
    del doc["reach_out_holds"], doc["preferences"], doc["diary_id"], doc["last_changed_at"]
    del doc["photos"]  # version PHOTOS_SINCE's
    for entry in doc["entries"]:
        del entry["company"]  # since version 4
        del entry["tags"]  # version TAGS_SINCE's
    dump = load_dict(doc)
    assert dump.version == 1 and (dump.records.holds, dump.records.preferences) == ((), ())
    assert dump.records == replace(records, holds=(), preferences=())


@pytest.mark.parametrize("key", ["reach_out_holds", "preferences"])
def test_a_version_1_dump_may_not_carry_the_version_2_keys(key: str) -> None:
    """What version 1 readers refuse, this one refuses too: a version 1 dump stays version 1."""
    doc = document()
    doc["version"] = 1
    del doc[{"reach_out_holds": "preferences", "preferences": "reach_out_holds"}[key]]
    del doc["diary_id"], doc["last_changed_at"], doc["photos"]
    with pytest.raises(InvalidPayload, match=f"unknown key '{key}'"):
        load_dict(doc)


def test_holds_and_preferences_round_trip() -> None:
    records = sample_records()
    raw = payload.dump(records, exported_at=WHEN, app_version="9.9")
    doc = json.loads(raw)
    ana, choir = records.people[0], records.circles[0]
    assert doc["reach_out_holds"] == [
        {"subject": "person", "uid": ana.uid, "kind": "snooze", "date": "2026-03-21"},
        {"subject": "circle", "uid": choir.uid, "kind": "dismiss", "date": "2026-03-14"},
    ]
    assert doc["preferences"] == {
        "care_dismissed": "2026-03-01",
        "support_text": "Call Lou: 01 23 45 67 89 «any time»",
    }
    dump = payload.load(raw)
    assert dump.records == records and dump.version == payload.PAYLOAD_VERSION
    assert dump.records.holds == (
        Hold(Target(Subject.PERSON, ana.uid), HoldKind.SNOOZE, dt.date(2026, 3, 21)),
        Hold(Target(Subject.CIRCLE, choir.uid), HoldKind.DISMISS, DAY),
    )
    assert payload.dump(dump.records, exported_at=WHEN, app_version="9.9") == raw


def test_preferences_are_kept_sorted_by_key_whatever_the_document_order() -> None:
    doc = document()
    doc["preferences"] = {"support_text": "b", "checkin_dismissed": "c", "care_dismissed": "a"}
    assert load_dict(doc).records.preferences == (
        ("care_dismissed", "a"), ("checkin_dismissed", "c"), ("support_text", "b"),
    )  # fmt: skip


def test_the_preference_keys_are_the_private_options() -> None:
    """The payload keeps its own list: formats cannot import diary.settings (storage)."""
    private = {option.key for option in diary_settings.OPTIONS if option.private}
    assert set(payload.PREFERENCE_KEYS) == private
    doc = (Path(__file__).resolve().parents[2] / "docs" / "backup-format.md").read_text("utf-8")
    section = doc.split("### Snoozes, dismissals and private preferences")[1].split("\n### ")[0]
    for key in private:
        assert f"| `{key}` |" in section, f"docs/backup-format.md does not describe {key}"


def test_the_writer_never_writes_what_the_reader_refuses() -> None:
    """A preference another Hearth left in the diary is not written; an orphan hold is a bug."""
    records = replace(
        sample_records(), preferences=(("support_text", "x"), ("from_a_newer_hearth", "y"))
    )
    dump = payload.load(payload.dump(records, exported_at=WHEN, app_version="1"))
    assert dump.records.preferences == (("support_text", "x"),)
    orphan = replace(records, holds=(snooze(Target(Subject.PERSON, "nobody"), DAY),))
    with pytest.raises(ValueError, match="every hold must name"):
        payload.dump(orphan, exported_at=WHEN, app_version="1")
    person_as_circle = Target(Subject.CIRCLE, records.people[0].uid)
    with pytest.raises(ValueError, match="every hold must name"):
        payload.dump(
            replace(records, holds=(snooze(person_as_circle, DAY),)),
            exported_at=WHEN,
            app_version="1",
        )


def test_records_refuse_bad_holds_and_preferences() -> None:
    target = Target(Subject.PERSON, "abc")
    with pytest.raises(ValidationError, match="only one snooze or dismissal"):
        Records(holds=(snooze(target, DAY), dismiss(target, DAY)))
    with pytest.raises(ValidationError, match="only Hold objects"):
        Records(holds=(target,))  # type: ignore[arg-type]
    for bad in ((("key", ""),), (("", "value"),), (("key", 1),), (("a", "b", "c"),), ("ab",)):
        with pytest.raises(ValidationError, match="non-empty text"):
            Records(preferences=bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="only once"):
        Records(preferences=(("key", "a"), ("key", "b")))
    both = Records(holds=[snooze(target, DAY)], preferences=[("b", "2"), ("a", "1")])  # type: ignore[arg-type]
    assert both.holds == (snooze(target, DAY),) and both.preferences == (("a", "1"), ("b", "2"))
    assert hash(both) == hash(
        Records(holds=(snooze(target, DAY),), preferences=(("a", "1"), ("b", "2")))
    )


GOLDEN_V2 = (
    '{"format":"hearth-diary","version":2,"exported_at":"2026-01-02T03:04:05Z",'
    '"app_version":"0.2.0","circles":[{"uid":"c1","name":"Book club","every_days":30}],'
    '"people":[{"uid":"p1","name":"Zoë","circles":["Book club"],"inner":true,"every_days":7}],'
    '"entries":[],"interactions":[],"checkins":[],'
    '"reach_out_holds":[{"subject":"person","uid":"p1","kind":"snooze","date":"2026-01-09"},'
    '{"subject":"circle","uid":"c1","kind":"dismiss","date":"2026-01-02"}],'
    '"preferences":{"care_dismissed":"2025-12-31","checkin_dismissed":"2026-01-01",'
    '"support_text":"Samaritans: 116 123 ✓"}}'
)


def test_a_golden_version_2_document_is_read_forever() -> None:
    """A version 2 dump as docs/backup-format.md describes it, written by hand (item 11)."""
    dump = payload.load(GOLDEN_V2.encode())
    assert dump.version == 2 and dump.app_version == "0.2.0"
    assert dump.records.holds == (
        Hold(Target(Subject.PERSON, "p1"), HoldKind.SNOOZE, dt.date(2026, 1, 9)),
        Hold(Target(Subject.CIRCLE, "c1"), HoldKind.DISMISS, dt.date(2026, 1, 2)),
    )
    assert dict(dump.records.preferences) == {
        "care_dismissed": "2025-12-31",
        "checkin_dismissed": "2026-01-01",
        "support_text": "Samaritans: 116 123 ✓",
    }
    assert (dump.diary_id, dump.changed_at) == (None, None)  # unknown before version 3
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    again = payload.dump(dump.records, exported_at=when, app_version="0.2.0")
    today = GOLDEN_V2.replace('"version":2', f'"version":{payload.PAYLOAD_VERSION}')[:-1]
    assert again == (today + ',"diary_id":null,"last_changed_at":null,"photos":[]}').encode()


GOLDEN_V3 = (
    '{"format":"hearth-diary","version":3,"exported_at":"2026-01-02T03:04:05Z",'
    '"app_version":"0.3.0","circles":[],"people":[],"entries":[],"interactions":[],'
    '"checkins":[],"reach_out_holds":[],"preferences":{},'
    '"diary_id":"0f8fad5b-d9cb-469f-a165-70867728950e",'
    '"last_changed_at":"2026-01-02T03:04:01.250000Z"}'
)


def test_a_golden_version_3_document_names_its_diary_and_newest_change() -> None:
    """A version 3 dump as docs/backup-format.md describes it, written by hand (item 11)."""
    dump = payload.load(GOLDEN_V3.encode())
    assert dump.version == 3 and dump.records == Records()
    assert dump.diary_id == uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e")
    assert dump.changed_at == dt.datetime(2026, 1, 2, 3, 4, 1, 250000, tzinfo=dt.UTC)
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    again = payload.dump(
        dump.records,
        exported_at=when,
        app_version="0.3.0",
        diary_id=dump.diary_id,
        changed_at=dump.changed_at,
    )
    today = GOLDEN_V3.replace('"version":3', f'"version":{payload.PAYLOAD_VERSION}')
    assert again == (today[:-1] + ',"photos":[]}').encode()


def test_the_newest_change_is_written_in_utc() -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    raw = payload.dump(
        Records(),
        exported_at=WHEN,
        app_version="1",
        changed_at=dt.datetime(2026, 3, 1, 21, 0, 0, 5, tzinfo=paris),
    )
    assert json.loads(raw)["last_changed_at"] == "2026-03-01T20:00:00.000005Z"
    with pytest.raises(ValueError, match="aware"):
        payload.dump(
            Records(), exported_at=WHEN, app_version="1", changed_at=dt.datetime(2026, 1, 1)
        )


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("diary_id", "0F8FAD5B-D9CB-469F-A165-70867728950E", "a diary id"),
        ("diary_id", "0f8fad5bd9cb469fa16570867728950e", "a diary id"),
        ("diary_id", 12, "expected text or null"),
        ("last_changed_at", "2026-01-02T03:04:01Z", "six digits"),
        ("last_changed_at", "2026-01-02T03:04:01.250000+01:00", "six digits"),
        ("last_changed_at", "2026-02-30T03:04:01.250000Z", "is not a real time"),
        ("last_changed_at", True, "expected text or null"),
    ],
)
def test_a_bad_diary_id_or_newest_change_is_refused(key: str, value: object, words: str) -> None:
    doc = json.loads(GOLDEN_V3)
    doc[key] = value
    with pytest.raises(InvalidPayload, match=f"{key}: .*{words}"):
        load_dict(doc)


@pytest.mark.parametrize("key", ["diary_id", "last_changed_at"])
def test_a_version_2_dump_may_not_carry_the_version_3_keys(key: str) -> None:
    doc = json.loads(GOLDEN_V2)
    doc[key] = None
    with pytest.raises(InvalidPayload, match=f"unknown key '{key}'"):
        load_dict(doc)


def test_names_are_matched_ignoring_case_and_spacing() -> None:
    doc = document()
    doc["interactions"][0]["people"] = ["ana", "  JO "]
    doc["entries"][0]["gratitude"][0]["person"] = "ÉMILE"
    dump = load_dict(doc)
    assert dump.records.interactions[0].people == ("ana", "JO")


# Fuzzing: InvalidPayload / UnsupportedBackup or success, never another exception -------------


def _never_crashes(raw: bytes) -> None:
    try:
        payload.load(raw)
    except BackupError:
        pass


SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_fuzz_random_bytes(raw: bytes) -> None:
    _never_crashes(raw)


@settings(max_examples=200, deadline=None)
@given(JSON)
def test_fuzz_random_json(value: object) -> None:
    _never_crashes(json.dumps(value).encode())


def _paths(value: object, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


DOCUMENT = document()
PATHS = _paths(DOCUMENT)[1:]


DOCUMENT_V1 = {
    k: v
    for k, v in DOCUMENT.items()
    if k not in ("reach_out_holds", "preferences", "diary_id", "last_changed_at")
}
DOCUMENT_V1["version"] = 1


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([DOCUMENT, DOCUMENT_V1]),
    st.lists(st.tuples(st.sampled_from(PATHS), JSON), min_size=1, max_size=3),
)
def test_fuzz_mutated_documents(
    original: dict[str, Any], changes: list[tuple[tuple[Any, ...], object]]
) -> None:
    """Version 2 documents and version 1 ones (where the version 2 paths add the keys back)."""
    doc = copy.deepcopy(original)
    for path, value in changes:
        target: Any = doc
        try:
            for part in path[:-1]:
                target = target[part]
            target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this path
    _never_crashes(json.dumps(doc).encode())


UIDS = [item["uid"] for kind in ("people", "circles", "entries") for item in DOCUMENT[kind]]
HOLD = st.fixed_dictionaries(
    {
        "subject": st.sampled_from(["person", "circle"]) | JSON,
        "uid": st.sampled_from(UIDS) | JSON,
        "kind": st.sampled_from(["snooze", "dismiss"]) | JSON,
        "date": st.dates().map(dt.date.isoformat) | JSON,
    },
    optional={"extra": JSON},
)
PREFERENCES = st.dictionaries(
    st.sampled_from([*payload.PREFERENCE_KEYS, "theme"]) | st.text(max_size=6),
    st.text(max_size=8) | JSON,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(HOLD, max_size=4) | JSON, PREFERENCES | JSON)
def test_fuzz_holds_and_preferences(holds: object, preferences: object) -> None:
    doc = copy.deepcopy(DOCUMENT)
    doc["reach_out_holds"], doc["preferences"] = holds, preferences
    _never_crashes(json.dumps(doc).encode())


@pytest.mark.parametrize(
    ("path", "where"),
    [
        (("entries", 0, "text"), "entries[0].text"),
        (("people", 0, "name"), "people[0].name"),
        (("entries", 0, "feelings", 1), "entries[0].feelings[1]"),
        (("interactions", 0, "note"), "interactions[0].note"),
    ],
)
def test_a_lone_surrogate_is_refused_where_it_is(path: tuple[Any, ...], where: str) -> None:
    """JSON can escape half a character; the diary cannot store it, so verify says so."""
    doc = document()
    target: Any = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = "half \ud800 a character"
    with pytest.raises(InvalidPayload, match=re.escape(where) + ".*surrogate"):
        payload.load(json.dumps(doc).encode())


def test_a_surrogate_pair_is_an_ordinary_character() -> None:
    doc = document()
    doc["entries"][0]["text"] = "a smile \U0001f600"
    raw = json.dumps(doc).encode()  # ensure_ascii: the pair is written as two escapes
    assert b"\\ud83d\\ude00" in raw
    assert payload.load(raw).records.entries[0].text == "a smile \U0001f600"


@pytest.mark.parametrize(
    "stamp", ["2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z", "2026-01-01T25:00:00Z"]
)
def test_exported_at_must_be_a_real_time(stamp: str) -> None:
    doc = document()
    doc["exported_at"] = stamp
    with pytest.raises(InvalidPayload, match="exported_at: .*not a real time"):
        load_dict(doc)
