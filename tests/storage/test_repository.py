"""The repository round-trips domain objects and keeps the search index in step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

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
    ValidationError,
)
from diary.storage.repository import Repository

DAY = dt.date(2026, 11, 20)


def full_entry(day: dt.date = DAY, text: str = "Walked by the river with Sam.") -> Entry:
    return Entry(
        day,
        mood=7,
        energy=4,
        feelings=("calm", "grateful"),
        gratitude=(Gratitude("Tea with Sam", "Sam"), Gratitude("Sunshine")),
        text=text,
    )


def test_entry_round_trip(repo: Repository) -> None:
    saved = repo.save_entry(full_entry())
    assert repo.entry(DAY) == saved
    assert saved.gratitude[0].person == "Sam"
    assert repo.person("sam") is not None, "a person named in gratitude is created"


def test_saving_again_replaces_and_keeps_identity(repo: Repository) -> None:
    first = repo.save_entry(full_entry())
    second = repo.save_entry(Entry(DAY, mood=3, feelings=("tired",), text="Long day."))
    assert second.uid == first.uid
    stored = repo.entry(DAY)
    assert stored is not None
    assert (stored.mood, stored.energy, stored.feelings, stored.gratitude) == (
        3,
        None,
        ("tired",),
        (),
    )
    assert repo.counts()["entries"] == 1


def test_empty_entry_removes_the_day(repo: Repository) -> None:
    repo.save_entry(full_entry())
    repo.save_entry(Entry(DAY))
    assert repo.entry(DAY) is None
    assert repo.search("river") == []


def test_interactions_create_people_and_circles(repo: Repository) -> None:
    item = repo.add_interaction(
        Interaction(
            DAY,
            Mode.IN_PERSON,
            45,
            people=("Sam", "Ana"),
            depth=4,
            initiated=Initiator.BOTH,
            circle="Book club",
            note="Talked about the novel",
        )
    )
    assert item.id is not None
    assert {p.name for p in repo.people()} == {"Sam", "Ana"}
    assert [c.name for c in repo.circles()] == ["Book club"]
    day = repo.day(DAY)
    assert day.logged and day.entry is None
    (stored,) = day.interactions
    assert (stored.mode, stored.minutes, stored.depth, stored.initiated) == (
        Mode.IN_PERSON,
        45,
        4,
        Initiator.BOTH,
    )
    assert set(stored.people) == {"Sam", "Ana"} and stored.circle == "Book club"


def test_names_match_case_insensitively(repo: Repository) -> None:
    repo.add_interaction(Interaction(DAY, Mode.CALL, 20, people=("Sam",)))
    repo.add_interaction(Interaction(DAY, Mode.CALL, 20, people=("SAM",)))
    assert [p.name for p in repo.people()] == ["Sam"]


def test_update_and_delete_interaction(repo: Repository) -> None:
    item = repo.add_interaction(Interaction(DAY, Mode.TEXT, 5, note="quick hello"))
    other_day = DAY + dt.timedelta(days=1)
    moved = repo.update_interaction(
        Interaction(other_day, Mode.VIDEO, 30, note="long video", id=item.id, uid=item.uid)
    )
    assert moved.day == other_day and moved.uid == item.uid
    assert not repo.day(DAY).logged
    assert repo.search("hello") == [] and [h.day for h in repo.search("video")] == [other_day]
    assert item.id is not None
    assert repo.delete_interaction(item.id)
    assert not repo.delete_interaction(item.id)
    assert repo.days(DAY, other_day) == []


def test_update_missing_interaction_is_refused(repo: Repository) -> None:
    with pytest.raises(ValidationError):
        repo.update_interaction(Interaction(DAY, Mode.TEXT, 5, id=999))


def test_days_lists_only_logged_days_in_order(repo: Repository) -> None:
    repo.save_entry(full_entry(DAY))
    repo.add_interaction(Interaction(DAY - dt.timedelta(days=2), Mode.CALL, 15))
    days = repo.days(DAY - dt.timedelta(days=5), DAY)
    assert [d.day for d in days] == [DAY - dt.timedelta(days=2), DAY]
    assert repo.date_range() == (DAY - dt.timedelta(days=2), DAY)


def test_people_unique_and_updatable(repo: Repository) -> None:
    sam = repo.add_person(Person("Sam", circles=("Family",), inner=True, cadence_days=7))
    assert sam.circles == ("Family",) and sam.inner and sam.cadence_days == 7
    with pytest.raises(ValidationError):
        repo.add_person(Person("sam"))
    ana = repo.add_person(Person("Ana"))
    renamed = repo.update_person(
        Person("Samuel", circles=("Team",), id=sam.id, uid=sam.uid, cadence_days=None)
    )
    assert renamed.name == "Samuel" and renamed.circles == ("Team",) and not renamed.inner
    with pytest.raises(ValidationError):
        repo.update_person(Person("Ana", id=sam.id))
    assert [p.name for p in repo.people()] == [ana.name, "Samuel"]


def test_circles_unique(repo: Repository) -> None:
    repo.add_circle(Circle("Choir", cadence_days=7))
    with pytest.raises(ValidationError):
        repo.add_circle(Circle("choir"))
    assert repo.circles()[0].cadence_days == 7


def test_checkins_round_trip(repo: Repository) -> None:
    repo.add_checkin(CheckIn(DAY, CheckInKind.WHO5, (3, 3, 2, 4, 1)))
    repo.add_checkin(CheckIn(DAY, CheckInKind.UCLA3, (1, 2, 3)))
    assert [c.answers for c in repo.checkins()] == [(3, 3, 2, 4, 1), (1, 2, 3)]
    assert [c.kind for c in repo.checkins(CheckInKind.UCLA3)] == [CheckInKind.UCLA3]


def test_search_finds_text_gratitude_notes_and_people(repo: Repository) -> None:
    repo.save_entry(full_entry(text="We cooked a risotto together."))
    repo.add_interaction(
        Interaction(DAY - dt.timedelta(days=1), Mode.CALL, 30, people=("Marguerite",))
    )
    assert [h.day for h in repo.search("risotto")] == [DAY]
    assert [h.day for h in repo.search("sunshine")] == [DAY], "gratitude is searchable"
    assert [h.day for h in repo.search("marguerite")] == [DAY - dt.timedelta(days=1)]
    assert [h.day for h in repo.search("risot")] == [DAY], "the last word matches as a prefix"
    assert repo.search("risotto sunshine") == repo.search("sunshine risotto")
    assert repo.search("risotto banana") == []


def test_search_marks_matches_and_ignores_query_syntax(repo: Repository) -> None:
    repo.save_entry(full_entry(text="Un café crème au soleil, then NEAR the AND OR sea."))
    (hit,) = repo.search("cafe")
    start, end = hit.matches[0]
    assert hit.snippet[start:end] == "café"
    assert repo.search('" * ( ) :') == []
    assert len(repo.search("AND OR")) == 1
    assert len(repo.search("near(the")) == 1


def test_newest_hits_first(repo: Repository) -> None:
    for offset in range(3):
        repo.save_entry(full_entry(DAY + dt.timedelta(days=offset), text="garden"))
    assert [h.day for h in repo.search("garden")] == [
        DAY + dt.timedelta(days=2),
        DAY + dt.timedelta(days=1),
        DAY,
    ]


def test_import_records_is_one_transaction(repo: Repository) -> None:
    people = [Person("Ana", circles=("Choir",)), Person("Ben")]
    entries = [full_entry(DAY + dt.timedelta(days=i)) for i in range(5)]
    contacts = [Interaction(DAY, Mode.IN_PERSON, 60, people=("Ana", "Ben"), circle="Choir")]
    repo.import_records(
        circles=[Circle("Choir")], people=people, entries=entries, interactions=contacts
    )
    assert repo.counts() == {
        "entries": 5,
        "interactions": 1,
        "people": 3,
        "circles": 1,
        "checkins": 0,
    }
    assert len(repo.search("river")) == 5

    def entries_then_a_bad_record() -> Iterator[Entry]:
        yield full_entry(DAY + dt.timedelta(days=9))
        raise ValidationError("a bad record half-way through an import")

    with pytest.raises(ValidationError):
        repo.import_records(people=[Person("Cleo")], entries=entries_then_a_bad_record())
    assert repo.counts()["entries"] == 5 and repo.person("Cleo") is None


def test_integrity_of_a_fresh_diary(repo: Repository) -> None:
    repo.save_entry(full_entry())
    assert repo.integrity_problems() == []


def test_version_moves_with_writes_only_from_any_thread(repo: Repository) -> None:
    import threading

    day = dt.date(2026, 11, 20)
    start = repo.version
    repo.days(day, day)
    repo.people()
    assert repo.version == start  # reads move nothing
    repo.save_entry(Entry(day, mood=6))
    after_save = repo.version
    assert after_save > start
    writer = threading.Thread(target=lambda: repo.save_entry(Entry(day, mood=7)))
    writer.start()
    writer.join()
    assert repo.version > after_save  # a worker's write counts too
