"""The care rules: when the gentle note shows, and when check-ins are offered."""

from __future__ import annotations

from care_days import OK, TODAY, ago, alone, isolated_run, met, series, who5
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.care import (
    MIN_ENTRY_DAYS,
    CareKind,
    CareReason,
    care_reason,
    checkins_ready,
    checkins_to_offer,
    dismissed,
    latest_who5,
    note_to_show,
)
from diary.domain.checkins import due_checkins
from diary.domain.models import CheckIn, CheckInKind

# The care note ------------------------------------------------------------------------------


def test_a_low_wellbeing_check_in_brings_the_note() -> None:
    assert care_reason(who5(ago(2)), series([]), TODAY) == CareReason(CareKind.WELLBEING, ago(2))
    assert care_reason(who5(ago(2), OK), series([]), TODAY) is None  # raw 13 is not below 13
    assert care_reason(who5(ago(28)), series([]), TODAY) is None  # four weeks on, it is old news
    assert care_reason(None, series([]), TODAY) is None
    ucla3 = CheckIn(ago(1), CheckInKind.UCLA3, (3, 3, 3))
    assert care_reason(ucla3, series([]), TODAY) is None  # only the WHO-5 brings it


def test_a_fourteen_day_isolation_streak_brings_the_note() -> None:
    thirteen = isolated_run(13, 1)  # 13 isolated days ending yesterday, tonight not written yet
    assert care_reason(None, series(thirteen), TODAY) is None
    fourteen = isolated_run(14, 1)
    reason = care_reason(None, series(fourteen), TODAY)
    assert reason == CareReason(CareKind.STREAK, ago(1), 14)  # the day it reached 14
    # Tonight written without contact: the streak goes on (15) and keeps its start.
    with_tonight = care_reason(None, series([*fourteen, alone(TODAY)]), TODAY)
    assert with_tonight == CareReason(CareKind.STREAK, ago(1), 15)


def test_an_unlogged_day_or_a_contact_ends_the_streak() -> None:
    gap = [d for d in isolated_run(20, 1) if d.day != ago(5)]  # one evening not written
    assert care_reason(None, series(gap), TODAY) is None
    tonight = care_reason(None, series([*isolated_run(20, 1), met(TODAY)]), TODAY)
    assert tonight is None  # met someone tonight: no streak now


def test_a_longer_streak_is_news_each_further_fortnight() -> None:
    assert care_reason(None, series(isolated_run(27, 1)), TODAY) == CareReason(
        CareKind.STREAK, ago(14), 27
    )
    assert care_reason(None, series(isolated_run(28, 1)), TODAY) == CareReason(
        CareKind.STREAK, ago(1), 28
    )


def test_the_newer_reason_wins() -> None:
    streak = series(isolated_run(20, 1))
    assert care_reason(who5(ago(1)), streak, TODAY).kind is CareKind.WELLBEING  # type: ignore[union-attr]
    assert care_reason(who5(ago(10)), streak, TODAY).kind is CareKind.STREAK  # type: ignore[union-attr]


def test_a_dismissal_covers_reasons_up_to_its_day() -> None:
    reason = CareReason(CareKind.WELLBEING, ago(2))
    assert dismissed(reason, ago(2).isoformat())
    assert dismissed(reason, TODAY.isoformat())
    assert not dismissed(reason, ago(3).isoformat())
    assert not dismissed(reason, "")
    assert not dismissed(reason, "not a date")


def test_the_note_shows_unless_put_away_since_its_reason() -> None:
    reason = CareReason(CareKind.STREAK, ago(1), 14)
    assert note_to_show(reason, "") == reason
    assert note_to_show(reason, ago(2).isoformat()) == reason  # put away before: news again
    assert note_to_show(reason, ago(1).isoformat()) is None
    assert note_to_show(None, "") is None


def test_the_latest_who5_is_found_in_any_order() -> None:
    older, newer = who5(ago(9)), who5(ago(2))
    ucla3 = CheckIn(ago(1), CheckInKind.UCLA3, (1, 1, 1))
    assert latest_who5([newer, ucla3, older]) == newer
    assert latest_who5([ucla3]) is None and latest_who5([]) is None


# Check-ins ----------------------------------------------------------------------------------

BOTH = (CheckInKind.WHO5, CheckInKind.UCLA3)


def test_no_check_in_on_day_zero_of_a_new_diary() -> None:
    due = due_checkins([], TODAY)  # never taken: both due
    assert due == BOTH
    assert checkins_to_offer(due, entry_days=0, today=TODAY) == ()
    assert checkins_to_offer(due, entry_days=1, today=TODAY) == ()


def test_check_ins_are_offered_after_a_week_of_entries() -> None:
    assert MIN_ENTRY_DAYS == 7
    assert checkins_to_offer(BOTH, entry_days=6, today=TODAY) == ()
    assert checkins_to_offer(BOTH, entry_days=7, today=TODAY) == BOTH
    assert checkins_to_offer([CheckInKind.UCLA3], entry_days=300, today=TODAY) == (
        CheckInKind.UCLA3,
    )
    assert checkins_to_offer((), entry_days=300, today=TODAY) == ()


def test_not_today_and_stop_offering_are_kept() -> None:
    assert checkins_to_offer(BOTH, entry_days=30, today=TODAY, offer=False) == ()
    assert checkins_to_offer(BOTH, entry_days=30, today=TODAY, put_away=TODAY.isoformat()) == ()
    put_yesterday = ago(1).isoformat()  # "Not today" was yesterday: offered again
    assert checkins_to_offer(BOTH, entry_days=30, today=TODAY, put_away=put_yesterday) == BOTH
    assert checkins_to_offer(BOTH, entry_days=30, today=TODAY, put_away="garbage") == BOTH


@given(st.integers(0, 400), st.lists(st.sampled_from(list(CheckInKind))))
def test_offers_are_due_kinds_in_order_and_only_after_a_week(
    entry_days: int, due: list[CheckInKind]
) -> None:
    offered = checkins_to_offer(due, entry_days=entry_days, today=TODAY)
    assert set(offered) <= set(due)
    assert list(offered) == [kind for kind in CheckInKind if kind in offered]
    assert bool(offered) == (checkins_ready(entry_days) and bool(due))
