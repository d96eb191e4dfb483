"""Staying in touch: the reach-out list and a person's numbers, on fixed dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.cadence import (
    DEFAULT_LONG_TIME_DAYS,
    Hold,
    HoldKind,
    ReachOutList,
    Reason,
    Subject,
    Target,
    circle_last_taken_part,
    dismiss,
    last_contacts,
    person_summary,
    reach_out,
    snooze,
    while_key,
)
from diary.domain.models import (
    Circle,
    Day,
    Entry,
    Gratitude,
    Interaction,
    Mode,
    Person,
    ValidationError,
)
from diary.domain.stats import Definition

TODAY = dt.date(2026, 11, 20)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def person(name: str, every: int | None = None, *, inner: bool = False) -> Person:
    return Person(name, inner=inner, cadence_days=every, uid=f"uid-{name.lower()}")


def names(items: ReachOutList | tuple[object, ...]) -> list[str]:
    return [item.name for item in items]  # type: ignore[attr-defined]


def test_ranked_by_how_overdue_relative_to_the_cadence() -> None:
    people = [
        person("Weekly", 7),  # 14 days: ratio 2.0
        person("Monthly", 30),  # 45 days: ratio 1.5
        person("Tenner", 10),  # 30 days: ratio 3.0
        person("Fresh", 7),  # 6 days: not due
    ]
    seen = {
        "uid-weekly": ago(14),
        "uid-monthly": ago(45),
        "uid-tenner": ago(30),
        "uid-fresh": ago(6),
    }
    found = reach_out(TODAY, people, seen)
    assert names(found.overdue) == ["Tenner", "Weekly", "Monthly"]
    assert [i.ratio for i in found.overdue] == [3.0, 2.0, 1.5]
    assert [i.days_overdue for i in found.overdue] == [20, 7, 15]
    assert all(i.reason is Reason.OVERDUE for i in found.overdue)
    assert found.long_time == () and found.not_yet == () and found.hidden == ()


def test_due_on_the_day_the_cadence_runs_out() -> None:
    people = [person("Due", 7), person("Almost", 7)]
    found = reach_out(TODAY, people, {"uid-due": ago(7), "uid-almost": ago(6)})
    (item,) = found.overdue
    assert (item.name, item.days_since, item.ratio, item.days_overdue) == ("Due", 7, 1.0, 0)


def test_a_contact_logged_today_resets_at_once() -> None:
    sam = person("Sam", 1)
    assert names(reach_out(TODAY, [sam], {"uid-sam": ago(3)})) == ["Sam"]
    assert len(reach_out(TODAY, [sam], {"uid-sam": TODAY})) == 0
    # a contact dated after "today" (a clock change, a planned visit) counts as today
    assert len(reach_out(TODAY, [sam], {"uid-sam": TODAY + dt.timedelta(days=2)})) == 0


def test_snooze_hides_until_its_date() -> None:
    sam, ana = person("Sam", 7), person("Ana", 7)
    seen = {"uid-sam": ago(20), "uid-ana": ago(20)}
    hold = snooze(Target.of(sam), TODAY + dt.timedelta(days=3))
    found = reach_out(TODAY, [sam, ana], seen, holds=[hold])
    assert names(found.overdue) == ["Ana"]
    (hidden,) = found.hidden
    assert hidden.name == "Sam" and hidden.hold == hold and hidden.days_since == 20
    assert names(found) == ["Ana"], "hidden items are not iterated"
    two_days_later = reach_out(TODAY + dt.timedelta(days=2), [sam, ana], seen, holds=[hold])
    assert names(two_days_later.overdue) == ["Ana"]
    on_the_day = reach_out(TODAY + dt.timedelta(days=3), [sam, ana], seen, holds=[hold])
    assert names(on_the_day.overdue) == ["Ana", "Sam"] and on_the_day.hidden == ()


def test_dismiss_hides_until_the_next_contact() -> None:
    sam = person("Sam", 7)
    hold = dismiss(Target.of(sam), TODAY)
    assert hold.kind is HoldKind.DISMISS and hold.day == TODAY
    seen = {"uid-sam": ago(20)}
    assert len(reach_out(TODAY, [sam], seen, holds=[hold])) == 0
    later = TODAY + dt.timedelta(days=60)
    assert names(reach_out(later, [sam], seen, holds=[hold]).hidden) == ["Sam"], (
        "no contact since the dismissal: still set aside, however long"
    )
    backdated = {"uid-sam": ago(1)}  # logged after dismissing, but dated before it
    assert names(reach_out(later, [sam], backdated, holds=[hold]).hidden) == ["Sam"]
    met = {"uid-sam": TODAY + dt.timedelta(days=10)}
    assert len(reach_out(TODAY + dt.timedelta(days=12), [sam], met, holds=[hold])) == 0
    again = reach_out(TODAY + dt.timedelta(days=30), [sam], met, holds=[hold])
    assert names(again.overdue) == ["Sam"] and again.hidden == (), "the dismissal has ended"


def test_a_dismissal_on_the_day_of_a_contact_ends_with_it() -> None:
    sam = person("Sam", 7)
    hold = dismiss(Target.of(sam), ago(10))
    found = reach_out(TODAY, [sam], {"uid-sam": ago(10)}, holds=[hold])
    assert names(found.overdue) == ["Sam"]


def test_holds_of_other_people_change_nothing() -> None:
    sam = person("Sam", 7)
    other = Target(Subject.PERSON, "uid-someone-else")
    found = reach_out(TODAY, [sam], {"uid-sam": ago(9)}, holds=[dismiss(other, TODAY)])
    assert names(found.overdue) == ["Sam"]


def test_a_person_and_a_circle_with_the_same_uid_are_different_targets() -> None:
    sam = Person("Sam", cadence_days=7, uid="same")
    club = Circle("Club", cadence_days=7, uid="same")
    hold = snooze(Target.of(club), TODAY + dt.timedelta(days=1))
    found = reach_out(TODAY, [sam], {"same": ago(9)}, [club], {"same": ago(9)}, [hold])
    assert names(found.overdue) == ["Sam"] and names(found.hidden) == ["Club"]


def test_ties_break_on_days_overdue_then_inner_then_people_then_name() -> None:
    people = [
        person("bea", 7),  # 14 days, ratio 2, 7 overdue
        person("Al", 7),  # same
        person("Cy", 7, inner=True),  # same, inner
        person("Long", 30),  # 60 days, ratio 2, 30 overdue
    ]
    circles = [Circle("Aardvarks", cadence_days=7, uid="uid-circle")]
    seen = {p.uid: ago(14) for p in people} | {"uid-long": ago(60)}
    found = reach_out(TODAY, people, seen, circles, {"uid-circle": ago(14)})
    assert names(found.overdue) == ["Long", "Cy", "Al", "bea", "Aardvarks"]
    assert {i.ratio for i in found.overdue} == {2.0}


def test_circles_follow_the_last_day_the_user_took_part() -> None:
    club = Circle("Book club", cadence_days=30, uid="uid-club")
    choir = Circle("Choir", cadence_days=7, uid="uid-choir")
    team = Circle("Team", uid="uid-team")  # no cadence: never listed
    new = Circle("Pottery", cadence_days=7, uid="uid-pottery")  # never taken part
    taken = {"uid-club": ago(31), "uid-choir": ago(3), "uid-team": ago(400)}
    found = reach_out(TODAY, [], {}, [club, choir, team, new], taken)
    (item,) = found.overdue
    assert item.target == Target(Subject.CIRCLE, "uid-club") and item.days_since == 31
    assert not item.inner
    assert names(found.not_yet) == ["Pottery"]


def test_inner_circle_without_cadence_gets_a_gentle_suggestion_after_six_weeks() -> None:
    people = [
        person("Sam", inner=True),  # 49 days: 7 weeks
        person("Ana", inner=True),  # exactly 42 days: 6 weeks
        person("Bo", inner=True),  # 41 days: not yet
        person("Acquaintance"),  # not inner: never suggested
    ]
    seen = {"uid-sam": ago(49), "uid-ana": ago(42), "uid-bo": ago(41), "uid-acquaintance": ago(400)}
    found = reach_out(TODAY, people, seen)
    assert DEFAULT_LONG_TIME_DAYS == 42
    assert [(i.name, i.days_since, i.weeks_since) for i in found.long_time] == [
        ("Sam", 49, 7),
        ("Ana", 42, 6),
    ]
    assert all(i.reason is Reason.LONG_TIME and i.ratio is None for i in found.long_time)
    assert found.overdue == () and found.not_yet == ()
    shorter = reach_out(TODAY, people, seen, long_time_days=30)
    assert names(shorter.long_time) == ["Sam", "Ana", "Bo"]


@pytest.mark.parametrize("days", [0, 3651, True, 4.5])
def test_long_time_threshold_is_checked(days: int) -> None:
    with pytest.raises(ValidationError):
        reach_out(TODAY, [], {}, long_time_days=days)


def test_never_seen_are_listed_last_as_not_yet_logged() -> None:
    people = [
        person("Zed", 7),  # cadence, never seen
        person("Ann", inner=True),  # inner, never seen
        person("Bob", 30),  # cadence, never seen
        person("Stranger"),  # neither: not listed
        person("Due", 7),
    ]
    found = reach_out(TODAY, people, {"uid-due": ago(8)}, [Circle("Club", cadence_days=7)])
    assert names(found.overdue) == ["Due"]
    assert names(found.not_yet) == ["Ann", "Bob", "Zed", "Club"], "inner first, then by name"
    assert all(i.days_since is None and i.last_contact is None for i in found.not_yet)
    assert names(found) == ["Due", "Ann", "Bob", "Zed", "Club"] and len(found) == 5


def test_snoozing_someone_never_seen_hides_them_too() -> None:
    zed = person("Zed", 7)
    found = reach_out(TODAY, [zed], {}, holds=[dismiss(Target.of(zed), TODAY)])
    assert found.not_yet == () and names(found.hidden) == ["Zed"]


def test_hold_and_target_are_validated() -> None:
    with pytest.raises(ValidationError):
        Target(Subject.PERSON, "")
    with pytest.raises(ValidationError):
        Target("person", "abc")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Hold(Target(Subject.PERSON, "abc"), HoldKind.SNOOZE, dt.datetime(2026, 1, 1))
    assert Target.of(Circle("Choir", uid="c")) == Target(Subject.CIRCLE, "c")


@given(
    st.lists(
        st.tuples(st.integers(1, 60), st.one_of(st.none(), st.integers(0, 400)), st.booleans()),
        max_size=25,
    )
)
def test_every_listed_item_is_due_and_the_list_is_ranked(
    specs: list[tuple[int, int | None, bool]],
) -> None:
    people = [
        Person(f"P{i}", inner=inner, cadence_days=every, uid=f"u{i}")
        for i, (every, _, inner) in enumerate(specs)
    ]
    seen = {f"u{i}": ago(days) for i, (_, days, _) in enumerate(specs) if days is not None}
    found = reach_out(TODAY, people, seen)
    ratios = [i.ratio for i in found.overdue]
    assert all(r is not None and r >= 1 for r in ratios)
    assert ratios == sorted(ratios, reverse=True)  # type: ignore[type-var]
    expected = sum(1 for every, days, _ in specs if days is None or days >= every)
    assert len(found) == expected


# -- last contacts from days ------------------------------------------------------------------


def contact(
    day: dt.date, *people: str, mode: Mode = Mode.IN_PERSON, minutes: int = 30, **kw: object
) -> Interaction:
    return Interaction(day, mode, minutes, people=people, **kw)  # type: ignore[arg-type]


def test_last_contacts_count_only_meaningful_contact() -> None:
    sam, ana, bo = person("Sam"), person("Ana"), person("Bo")
    days = [
        Day(ago(10), None, (contact(ago(10), "sam", "Ana"),)),
        Day(ago(5), None, (contact(ago(5), "Sam", mode=Mode.TEXT, minutes=30),)),  # not meaningful
        Day(ago(3), None, (contact(ago(3), "Ana", mode=Mode.TEXT, minutes=0, depth=4),)),  # deep
        Day(ago(2), None, (contact(ago(2), "Bo", minutes=5),)),  # too short
        Day(ago(1), None, (contact(ago(1), "Nobody we know"),)),
    ]
    assert last_contacts(reversed(days), [sam, ana, bo]) == {
        "uid-sam": ago(10),
        "uid-ana": ago(3),
    }
    loose = Definition(minutes=5, depth=5)
    assert last_contacts(days, [sam, ana, bo], loose) == {
        "uid-sam": ago(10),
        "uid-ana": ago(10),
        "uid-bo": ago(2),
    }


def test_circle_last_taken_part_counts_any_contact() -> None:
    club = Circle("Book club", uid="uid-club")
    days = [
        Day(ago(9), None, (contact(ago(9), circle="book club"),)),
        Day(ago(4), None, (contact(ago(4), mode=Mode.SOCIAL, minutes=1, circle="Book club"),)),
        Day(ago(2), None, (contact(ago(2), circle="Other"),)),
    ]
    assert circle_last_taken_part(days, [club]) == {"uid-club": ago(4)}


# -- a person's page --------------------------------------------------------------------------


def entry(day: dt.date, mood: int | None, *gratitude: Gratitude) -> Entry:
    return Entry(day, mood=mood, gratitude=gratitude)


def test_person_summary_history_gratitude_and_mood() -> None:
    sam = person("Sam")
    first = contact(ago(20), "Sam", note="first")
    morning = contact(ago(2), "sam", "Ana", mode=Mode.TEXT, minutes=2, note="morning")
    evening = contact(ago(2), "Sam", mode=Mode.CALL, minutes=40, note="evening")
    days = [
        Day(ago(2), entry(ago(2), 8, Gratitude("A long call", "Sam")), (morning, evening)),
        Day(ago(20), entry(ago(20), 6, Gratitude("Lunch with sam and Ana")), (first,)),
        Day(ago(15), entry(ago(15), 3, Gratitude("Samba class")), ()),
        Day(ago(12), entry(ago(12), 4), (contact(ago(12), "Ana"),)),
        Day(ago(11), entry(ago(11), None, Gratitude("Tea", "Ana")), ()),
        Day(ago(10), None, (contact(ago(10), "Ana"),)),
    ]
    summary = person_summary(sam, days)
    assert [i.note for i in summary.interactions] == ["evening", "morning", "first"]
    assert [(g.day, g.note.text, g.linked) for g in summary.gratitude] == [
        (ago(2), "A long call", True),
        (ago(20), "Lunch with sam and Ana", False),
    ], "linked notes and notes naming them, not 'Samba'"
    mood = summary.mood
    assert (mood.mean_with, mood.n_with, mood.mean_other, mood.n_other) == (7.0, 2, 3.5, 2)
    assert mood.difference == 3.5 and not mood.enough
    assert summary.last_contact == ago(2) and summary.last_meaningful == ago(2)
    assert summary.meaningful == 2 and summary.minutes == 72


def test_person_summary_of_someone_never_met() -> None:
    summary = person_summary(person("Ghost"), [Day(ago(1), entry(ago(1), 5), ())])
    assert summary.interactions == () and summary.gratitude == ()
    assert summary.last_contact is None and summary.last_meaningful is None
    assert summary.mood.mean_with is None and summary.mood.n_other == 1
    assert summary.mood.difference is None and summary.minutes == 0


def test_mood_comparison_needs_three_days_each_and_eight_in_all() -> None:
    sam = person("Sam")

    def days(with_n: int, other_n: int) -> list[Day]:
        out = []
        for i in range(with_n):
            out.append(Day(ago(i), entry(ago(i), 7), (contact(ago(i), "Sam"),)))
        for i in range(with_n, with_n + other_n):
            out.append(Day(ago(i), entry(ago(i), 5), ()))
        return out

    assert person_summary(sam, days(3, 5)).mood.enough
    assert not person_summary(sam, days(2, 8)).mood.enough
    assert not person_summary(sam, days(3, 4)).mood.enough
    assert person_summary(sam, days(5, 3)).mood.difference == 2.0


# -- Gentle rules: nobody met today; the clock of someone never seen starts with the diary ----


def test_nobody_in_todays_contacts_is_listed_nor_set_aside() -> None:
    sam, ana = person("Sam", 7), person("Ana", 7)
    seen = {"uid-sam": ago(20), "uid-ana": ago(20)}  # the last *meaningful* contact
    held = [dismiss(Target.of(sam), ago(10))]
    found = reach_out(TODAY, [sam, ana], seen, holds=held, met_today={"uid-sam"})
    assert names(found) == ["Ana"] and found.hidden == ()
    assert names(reach_out(TODAY, [sam, ana], seen, holds=held)) == ["Ana"]  # Sam held
    assert names(reach_out(TODAY, [sam, ana], seen, holds=held).hidden) == ["Sam"]


def test_a_circle_is_not_left_out_by_a_person_met_today() -> None:
    club = Circle("Club", cadence_days=7, uid="uid-club")
    found = reach_out(TODAY, [], {}, [club], {"uid-club": ago(9)}, met_today={"uid-club"})
    assert names(found) == ["Club"]  # met_today names people only


def test_a_new_diary_lists_nobody_never_seen() -> None:
    people = [person("Mum", inner=True), person("Cora", 7), person("Ivo", 30, inner=True)]
    assert len(reach_out(TODAY, people, {}, kept_since=TODAY)) == 0  # day zero
    assert len(reach_out(TODAY, people, {}, kept_since=ago(6))) == 0
    assert names(reach_out(TODAY, people, {}, kept_since=ago(7))) == ["Cora"]
    assert names(reach_out(TODAY, people, {}, kept_since=ago(30))) == ["Ivo", "Cora"]
    every = reach_out(TODAY, people, {}, kept_since=ago(DEFAULT_LONG_TIME_DAYS))
    assert names(every) == ["Ivo", "Mum", "Cora"]  # inner circle first, then by name
    assert names(reach_out(TODAY, people, {})) == ["Ivo", "Mum", "Cora"]  # no start: no gate


def test_the_diary_start_does_not_hold_back_someone_seen() -> None:
    sam = person("Sam", 7)
    found = reach_out(TODAY, [sam], {"uid-sam": ago(8)}, kept_since=ago(8))
    assert names(found) == ["Sam"] and found.overdue[0].days_since == 8


def test_the_while_key_ranks_by_rhythm() -> None:
    assert while_key(14, 7) == 2.0 and while_key(45, 30) == 1.5
    assert while_key(84, None) == 84 / DEFAULT_LONG_TIME_DAYS
    assert while_key(None, 7) is None


@given(
    st.integers(0, 400),
    st.lists(st.tuples(st.integers(1, 60), st.booleans(), st.none() | st.integers(0, 400))),
)
def test_gentle_rules_hold_for_any_diary(
    kept: int, shapes: list[tuple[int, bool, int | None]]
) -> None:
    people = [
        person(f"P{i}", every, inner=inner) for i, (every, inner, _since) in enumerate(shapes)
    ]
    seen = {
        p.uid: ago(since)
        for p, (_e, _i, since) in zip(people, shapes, strict=True)
        if since is not None
    }
    met = {p.uid for i, p in enumerate(people) if i % 3 == 0}
    found = reach_out(TODAY, people, seen, met_today=met, kept_since=ago(kept))
    for item in (*found, *found.hidden):
        assert item.target.uid not in met
        if item.last_contact is None:
            assert kept >= (item.cadence_days or DEFAULT_LONG_TIME_DAYS)
