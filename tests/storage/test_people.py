"""People, circles and staying in touch in storage: merge, delete, holds, last contacts.

Merges and deletes are checked against the whole diary (``repo.records()``) before and after,
so a change to any record other than the intended ones fails a test.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest

from diary.domain import cadence
from diary.domain.cadence import HoldKind, Subject, Target, dismiss, snooze
from diary.domain.checkins import is_due
from diary.domain.models import (
    CheckIn,
    CheckInKind,
    Circle,
    Entry,
    Gratitude,
    Interaction,
    Mode,
    Person,
    Records,
    ValidationError,
)
from diary.domain.stats import Definition
from diary.storage.kdf import TEST_POLICY
from diary.storage.migrations import LATEST_VERSION
from diary.storage.repository import Repository
from diary.storage.vault import Vault

DAY = dt.date(2026, 11, 1)


def day(n: int) -> dt.date:
    return DAY + dt.timedelta(days=n)


def fill(repo: Repository) -> None:
    """A small diary where Sam and Samuel are the same person, written twice."""
    repo.add_circle(Circle("Book club", cadence_days=30))
    repo.add_person(Person("Sam", circles=("Family",), inner=True, cadence_days=7))
    repo.add_person(Person("Samuel", circles=("Team", "Family"), inner=False))
    repo.add_person(Person("Ana", circles=("Book club",), inner=True))
    repo.add_person(Person("Bo"))
    contacts = [
        Interaction(day(0), Mode.IN_PERSON, 60, people=("Sam",), note="pancakes"),
        Interaction(day(1), Mode.CALL, 30, people=("Samuel",), note="quince"),
        Interaction(day(2), Mode.VIDEO, 20, people=("Sam", "Samuel"), note="both of them"),
        Interaction(day(3), Mode.IN_PERSON, 90, people=("Samuel", "Ana"), circle="Book club"),
        Interaction(day(3), Mode.TEXT, 2, people=("Ana",), note="see you soon"),
        Interaction(day(4), Mode.CALL, 15, people=("Bo",), note="walnut"),
        Interaction(day(5), Mode.SOCIAL, 1, note="a post nobody in particular"),
    ]
    for item in contacts:
        repo.add_interaction(item)
    repo.save_entry(
        Entry(day(1), mood=6, gratitude=(Gratitude("A long call", "Samuel"), Gratitude("Tea")))
    )
    repo.save_entry(Entry(day(3), mood=8, text="Samuel made the club laugh."))
    repo.save_entry(Entry(day(4), mood=4, gratitude=(Gratitude("Walnut cake", "Bo"),)))
    repo.add_checkin(CheckIn(day(2), CheckInKind.WHO5, (3, 3, 3, 3, 3)))


def rename(people: tuple[str, ...], old: str, new: str | None) -> tuple[str, ...]:
    """Interaction people as the repository returns them after ``old`` became ``new``."""
    names = [new if p == old else p for p in people]
    unique = {n.casefold(): n for n in names if n is not None}
    return tuple(sorted(unique.values(), key=str.casefold))


def expected_after(
    before: Records, old: str, new: str | None, *, drop_only: bool = False
) -> Records:
    """``before`` with ``old`` replaced by ``new`` (or removed) in contacts and gratitude."""
    interactions = tuple(
        dataclasses.replace(i, people=rename(i.people, old, new))
        for i in before.interactions
        if not (drop_only and i.people == (old,))
    )
    entries = tuple(
        dataclasses.replace(
            e,
            gratitude=tuple(
                Gratitude(g.text, new if g.person == old else g.person) for g in e.gratitude
            ),
        )
        for e in before.entries
    )
    people = tuple(p for p in before.people if p.name != old)
    return dataclasses.replace(before, people=people, interactions=interactions, entries=entries)


def search_days(repo: Repository, words: str) -> list[dt.date]:
    return sorted(hit.day for hit in repo.search(words))


# -- merge ------------------------------------------------------------------------------------


def test_merge_moves_everything_of_other_to_keep_and_nothing_else(repo: Repository) -> None:
    fill(repo)
    before = repo.records()
    sam, samuel = repo.person("Sam"), repo.person("Samuel")
    assert sam is not None and samuel is not None
    assert search_days(repo, "Samuel") == [day(1), day(2), day(3)]

    merged = repo.merge_people("sam", "SAMUEL")

    assert (merged.name, merged.id, merged.uid) == ("Sam", sam.id, sam.uid)
    assert merged.circles == ("Family", "Team") and merged.inner and merged.cadence_days == 7
    expected = expected_after(before, "Samuel", "Sam")
    expected = dataclasses.replace(
        expected,
        people=tuple(merged if p.name == "Sam" else p for p in expected.people),
    )
    assert repo.records() == expected
    both = next(i for i in repo.records().interactions if i.note == "both of them")
    assert both.people == ("Sam",), "a contact with both keeps one of them"
    assert repo.counts()["people"] == 3 and repo.person("Samuel") is None
    # search: Samuel's name now only where the user wrote it; Sam's days include Samuel's
    assert search_days(repo, "Samuel") == [day(3)]
    assert search_days(repo, "quince Sam") == [day(1)]
    assert search_days(repo, "long call Sam") == [day(1)], "gratitude now names Sam"
    assert repo.integrity_problems() == []


def test_merge_keeps_inner_and_takes_a_missing_cadence(repo: Repository) -> None:
    repo.add_person(Person("Jo"))
    repo.add_person(Person("Joanna", inner=True, cadence_days=14))
    merged = repo.merge_people("Jo", "Joanna")
    assert merged.inner and merged.cadence_days == 14
    repo.add_person(Person("Jo B", cadence_days=3))
    assert repo.merge_people("Jo", "Jo B").cadence_days == 14, "keep's own cadence wins"


@pytest.mark.parametrize(
    ("keep", "other", "message"),
    [("Sam", "sam", "same person"), ("Sam", "Nobody", "nobody called"), ("Ghost", "Sam", "Ghost")],
)
def test_merge_refuses_and_changes_nothing(
    repo: Repository, keep: str, other: str, message: str
) -> None:
    fill(repo)
    before = repo.records()
    with pytest.raises(ValidationError, match=message):
        repo.merge_people(keep, other)
    assert repo.records() == before


# -- delete -----------------------------------------------------------------------------------


def test_delete_keeping_interactions_only_removes_the_name(repo: Repository) -> None:
    fill(repo)
    before = repo.records()
    done = repo.delete_person("samuel", keep_interactions=True)
    assert (done.name, done.contacts_deleted, done.contacts_kept, done.gratitude_unlinked) == (
        "Samuel",
        0,
        3,
        1,
    )
    assert repo.records() == expected_after(before, "Samuel", None)
    assert search_days(repo, "Samuel") == [day(3)], "only where the user wrote the name"
    assert search_days(repo, "quince") == [day(1)] and search_days(repo, "long call") == [day(1)]
    assert repo.circle_members("Team") == []
    assert [p.name for p in repo.circle_members("Family")] == ["Sam"]


def test_delete_with_interactions_removes_contacts_with_only_them(repo: Repository) -> None:
    fill(repo)
    before = repo.records()
    done = repo.delete_person("Samuel", keep_interactions=False)
    assert (done.contacts_deleted, done.contacts_kept, done.gratitude_unlinked) == (1, 2, 1)
    after = repo.records()
    assert after == expected_after(before, "Samuel", None, drop_only=True)
    assert "quince" not in {i.note for i in after.interactions}
    assert search_days(repo, "quince") == []
    assert search_days(repo, "both of them") == [day(2)]
    assert search_days(repo, "long call") == [day(1)], "the user's gratitude stays"
    assert repo.counts() == {
        "entries": 3,
        "interactions": 6,
        "people": 3,
        "circles": 3,
        "checkins": 1,
    }


def test_delete_of_nobody_changes_nothing(repo: Repository) -> None:
    fill(repo)
    before = repo.records()
    with pytest.raises(ValidationError, match="nobody called Ghost"):
        repo.delete_person("Ghost", keep_interactions=False)
    assert repo.records() == before


# -- circles ----------------------------------------------------------------------------------


def test_update_and_delete_circles(repo: Repository) -> None:
    fill(repo)
    club = repo.circle("book CLUB")
    assert club is not None and club.cadence_days == 30
    renamed = repo.update_circle(dataclasses.replace(club, name="Readers", cadence_days=14))
    assert repo.circle("Readers") == renamed and repo.circle("Book club") is None
    assert [p.name for p in repo.circle_members("Readers")] == ["Ana"]
    assert {i.circle for i in repo.records().interactions} == {None, "Readers"}
    with pytest.raises(ValidationError, match="already"):
        repo.update_circle(dataclasses.replace(renamed, name="family"))
    with pytest.raises(ValidationError, match="no longer"):
        repo.update_circle(Circle("Gone", id=999))

    before = repo.records()
    assert repo.delete_circle("readers") and not repo.delete_circle("Readers")
    after = repo.records()
    assert after.circles == tuple(c for c in before.circles if c.name != "Readers")
    assert after.interactions == tuple(
        dataclasses.replace(i, circle=None) for i in before.interactions
    )
    assert after.people == tuple(
        dataclasses.replace(p, circles=tuple(c for c in p.circles if c != "Readers"))
        for p in before.people
    )
    assert after.entries == before.entries and after.checkins == before.checkins


def test_circle_members(repo: Repository) -> None:
    fill(repo)
    assert [p.name for p in repo.circle_members("family")] == ["Sam", "Samuel"]
    members = repo.set_circle_members("Family", ["bo", "Sam", "Bo"])
    assert [p.name for p in members] == ["Bo", "Sam"]
    samuel = repo.person("Samuel")
    assert samuel is not None and samuel.circles == ("Team",)
    with pytest.raises(ValidationError, match="nobody called Zed"):
        repo.set_circle_members("Family", ["Zed"])
    with pytest.raises(ValidationError, match="no circle"):
        repo.set_circle_members("Choir", ["Bo"])
    assert [p.name for p in repo.circle_members("Family")] == ["Bo", "Sam"]
    assert repo.circle_members("Choir") == []


# -- staying in touch -------------------------------------------------------------------------


def test_last_contacts_agree_with_the_domain(repo: Repository) -> None:
    fill(repo)
    people = repo.people()
    days = repo.days(dt.date.min, dt.date.max)
    uid = {p.name: p.uid for p in people}
    found = repo.last_contacts()
    assert found == {
        uid["Sam"]: day(2),
        uid["Samuel"]: day(3),
        uid["Ana"]: day(3),
        uid["Bo"]: day(4),
    }
    assert found == cadence.last_contacts(days, people)
    strict = Definition(minutes=25, depth=5)
    assert repo.last_contacts(strict) == cadence.last_contacts(days, people, strict)
    assert repo.last_contacts(strict) == {
        uid["Sam"]: day(0),
        uid["Samuel"]: day(3),
        uid["Ana"]: day(3),
    }
    circles = repo.circles()
    assert repo.circle_last_taken_part() == cadence.circle_last_taken_part(days, circles)
    assert repo.circle_last_taken_part() == {repo.circle("Book club").uid: day(3)}  # type: ignore[union-attr]


def test_last_contacts_of_an_empty_diary(repo: Repository) -> None:
    assert repo.last_contacts() == {} and repo.circle_last_taken_part() == {}
    assert len(repo.reach_out(DAY)) == 0


def test_holds_are_stored_replaced_and_cleared(repo: Repository) -> None:
    fill(repo)
    sam, club = repo.person("Sam"), repo.circle("Book club")
    assert sam is not None and club is not None
    first = snooze(Target.of(sam), day(30))
    repo.set_hold(first)
    repo.set_hold(dismiss(Target.of(club), day(20)))
    assert repo.holds() == [first, dismiss(Target.of(club), day(20))]
    repo.set_hold(dismiss(Target.of(sam), day(21)))
    assert repo.holds() == [dismiss(Target.of(club), day(20)), dismiss(Target.of(sam), day(21))]
    assert repo.clear_hold(Target.of(club)) and not repo.clear_hold(Target.of(club))
    assert not repo.clear_hold(Target(Subject.PERSON, "no-such-uid"))
    assert [h.kind for h in repo.holds()] == [HoldKind.DISMISS]
    with pytest.raises(ValidationError, match="no longer"):
        repo.set_hold(snooze(Target(Subject.CIRCLE, "no-such-uid"), day(9)))
    repo.update_person(dataclasses.replace(sam, name="Samwise"))
    assert repo.holds() == [dismiss(Target.of(sam), day(21))], "a rename keeps the hold"


def test_holds_go_with_their_person_or_circle(repo: Repository) -> None:
    fill(repo)
    people = {p.name: p for p in repo.people()}
    club = repo.circle("Book club")
    assert club is not None
    for name in ("Sam", "Samuel", "Bo"):
        repo.set_hold(snooze(Target.of(people[name]), day(40)))
    repo.set_hold(snooze(Target.of(club), day(40)))
    repo.merge_people("Sam", "Samuel")
    repo.delete_person("Bo", keep_interactions=True)
    repo.delete_circle("Book club")
    assert repo.holds() == [snooze(Target.of(people["Sam"]), day(40))]


def test_reach_out_of_the_diary(repo: Repository) -> None:
    fill(repo)
    today = day(20)
    found = repo.reach_out(today)
    # Sam: every 7 days, last meaningful on day 2 -> 18 days; Book club: every 30, day 3
    assert [(i.name, i.days_since) for i in found.overdue] == [("Sam", 18)]
    assert found.long_time == () and found.not_yet == ()
    sam = repo.person("Sam")
    assert sam is not None
    repo.set_hold(dismiss(Target.of(sam), today))
    assert [i.name for i in repo.reach_out(today).hidden] == ["Sam"]
    repo.add_interaction(Interaction(today, Mode.CALL, 20, people=("Sam",)))
    assert len(repo.reach_out(today)) == 0 and repo.reach_out(today).hidden == ()
    later = repo.reach_out(day(70))
    assert [i.name for i in later.overdue] == ["Sam", "Book club"]
    assert [(i.name, i.weeks_since) for i in later.long_time] == [("Ana", 9)]


def test_person_summary_reads_only_what_it_needs_and_agrees(repo: Repository) -> None:
    fill(repo)
    days = repo.days(dt.date.min, dt.date.max)
    for person in repo.people():
        assert repo.person_summary(person.name) == cadence.person_summary(person, days)
    summary = repo.person_summary("samuel")
    assert summary is not None
    assert [i.note for i in summary.interactions] == ["", "both of them", "quince"]
    assert [(g.day, g.linked) for g in summary.gratitude] == [(day(1), True)]
    assert (summary.mood.n_with, summary.mood.mean_with) == (2, 7.0)
    assert (summary.mood.n_other, summary.mood.mean_other) == (1, 4.0)
    assert repo.person_summary("Nobody") is None


# -- check-ins by date ------------------------------------------------------------------------


def test_checkins_between_and_due(repo: Repository) -> None:
    for offset, kind, answers in [
        (0, CheckInKind.WHO5, (1, 1, 1, 1, 1)),
        (10, CheckInKind.UCLA3, (1, 1, 1)),
        (14, CheckInKind.WHO5, (2, 2, 2, 2, 2)),
        (40, CheckInKind.WHO5, (3, 3, 3, 3, 3)),
    ]:
        repo.add_checkin(CheckIn(day(offset), kind, answers))
    assert [c.day for c in repo.checkins_between(day(0), day(14))] == [day(0), day(10), day(14)]
    assert [c.answers for c in repo.checkins_between(day(1), day(40), CheckInKind.WHO5)] == [
        (2, 2, 2, 2, 2),
        (3, 3, 3, 3, 3),
    ]
    assert repo.checkins_between(day(41), day(90)) == []
    assert repo.last_checkins() == {CheckInKind.WHO5: day(40), CheckInKind.UCLA3: day(10)}
    assert repo.due_checkins(day(41)) == (CheckInKind.UCLA3,)
    assert repo.due_checkins(day(54)) == (CheckInKind.WHO5, CheckInKind.UCLA3)
    assert is_due(CheckInKind.WHO5, repo.last_checkins()[CheckInKind.WHO5], day(53)) is False


def test_no_checkins_are_all_due(repo: Repository) -> None:
    assert repo.last_checkins() == {}
    assert repo.due_checkins(DAY) == (CheckInKind.WHO5, CheckInKind.UCLA3)


# -- the schema step that added holds ----------------------------------------------------------


def test_golden_v1_diary_migrates_and_keeps_holds(tmp_path: Path) -> None:
    assert LATEST_VERSION >= 2, "v2 added reach_out_hold"
    folder = tmp_path / "golden"
    shutil.copytree(Path(__file__).parent.parent / "data" / "golden-v1", folder)
    with Vault(folder, TEST_POLICY) as vault:
        repo = vault.unlock("golden passphrase ✓")
        grandma = repo.person("Grandma")
        assert grandma is not None and repo.holds() == []
        golden_day = dt.date(2026, 11, 20)
        assert search_days(repo, "Grandma") == []
        repo.set_hold(snooze(Target.of(grandma), DAY))
        before = repo.records()
        repo.merge_people("Grandma", "Ana")
        assert repo.holds() == [snooze(Target.of(grandma), DAY)]
        (contact,) = repo.day(golden_day).interactions
        assert contact.people == ("Grandma",)
        assert search_days(repo, "Grandma") == [golden_day]
        assert len(repo.records().interactions) == len(before.interactions)
        assert repo.integrity_problems() == []
    with Vault(folder, TEST_POLICY) as vault:
        assert vault.unlock("golden passphrase ✓").holds() == [snooze(Target.of(grandma), DAY)]
