"""WHO-5 and UCLA-3 scoring follows the published rules."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.checkins import (
    QUESTIONNAIRES,
    UCLA3_EVERY_DAYS,
    UCLA3_ITEMS,
    UCLA3_LONELY,
    UCLA3_SCALE,
    WHO5_EVERY_DAYS,
    WHO5_ITEMS,
    WHO5_LOW_RAW,
    WHO5_SCALE,
    Score,
    due_checkins,
    is_due,
    last_taken,
    next_due,
    raw_score,
    score,
    suggests_support,
    who5_percent,
)
from diary.domain.models import CheckIn, CheckInKind, ValidationError

DAY = dt.date(2024, 3, 14)


def who5(*answers: int) -> CheckIn:
    return CheckIn(DAY, CheckInKind.WHO5, answers)


def ucla3(*answers: int) -> CheckIn:
    return CheckIn(DAY, CheckInKind.UCLA3, answers)


def test_published_thresholds() -> None:
    assert WHO5_LOW_RAW == 13
    assert UCLA3_LONELY == 6


@pytest.mark.parametrize(
    ("answers", "raw", "percent"),
    [
        ((0, 0, 0, 0, 0), 0, 0),
        ((5, 5, 5, 5, 5), 25, 100),
        ((3, 2, 4, 1, 2), 12, 48),
        ((3, 3, 3, 2, 2), 13, 52),
    ],
)
def test_who5_raw_and_percent(answers: tuple[int, ...], raw: int, percent: int) -> None:
    checkin = who5(*answers)
    assert raw_score(checkin) == raw
    assert who5_percent(checkin) == percent


@given(st.tuples(*[st.integers(0, 5)] * 5))
def test_who5_percent_is_raw_times_four(answers: tuple[int, ...]) -> None:
    checkin = who5(*answers)
    assert who5_percent(checkin) == 4 * sum(answers)
    assert 0 <= who5_percent(checkin) <= 100
    assert suggests_support(checkin) == (sum(answers) < 13)


def test_who5_suggests_support_below_thirteen_only() -> None:
    assert suggests_support(who5(3, 2, 3, 2, 2))  # raw 12
    assert not suggests_support(who5(3, 3, 3, 2, 2))  # raw 13


def test_ucla3_total_and_loneliness_threshold() -> None:
    assert raw_score(ucla3(1, 1, 1)) == 3
    assert raw_score(ucla3(3, 3, 3)) == 9
    assert not suggests_support(ucla3(1, 2, 2))  # 5
    assert suggests_support(ucla3(2, 2, 2))  # 6
    assert suggests_support(ucla3(3, 3, 3))  # 9


@given(st.tuples(*[st.integers(1, 3)] * 3))
def test_ucla3_suggests_support_from_six(answers: tuple[int, ...]) -> None:
    assert suggests_support(ucla3(*answers)) == (sum(answers) >= 6)


def test_who5_percent_refuses_other_questionnaires() -> None:
    with pytest.raises(ValueError):
        who5_percent(ucla3(1, 1, 1))


@pytest.mark.parametrize("answers", [(1, 1, 1, 1), (1, 1, 1, 1, 1, 1), ()])
def test_who5_needs_five_answers(answers: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError):
        who5(*answers)


@pytest.mark.parametrize("answers", [(1, 1), (1, 1, 1, 1)])
def test_ucla3_needs_three_answers(answers: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError):
        ucla3(*answers)


@pytest.mark.parametrize("answers", [(6, 0, 0, 0, 0), (0, 0, 0, 0, -1)])
def test_who5_answers_run_from_zero_to_five(answers: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError):
        who5(*answers)


@pytest.mark.parametrize("answers", [(0, 1, 1), (1, 1, 4)])
def test_ucla3_answers_run_from_one_to_three(answers: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError):
        ucla3(*answers)


# -- Published wording, scoring examples and when a check-in is due ---------------------------


def test_questionnaires_match_the_shape_of_the_answers() -> None:
    for kind, questionnaire in QUESTIONNAIRES.items():
        count, low, high = kind.shape
        assert questionnaire.kind is kind
        assert len(questionnaire.items) == count
        assert sorted(value for value, _ in questionnaire.scale) == list(range(low, high + 1))
    assert set(QUESTIONNAIRES) == set(CheckInKind)


def test_who5_wording_and_scale() -> None:
    assert WHO5_ITEMS[0] == "I have felt cheerful and in good spirits"
    assert WHO5_ITEMS[4] == "My daily life has been filled with things that interest me"
    assert WHO5_SCALE[0] == (5, "All of the time") and WHO5_SCALE[-1] == (0, "At no time")


def test_who5_published_example() -> None:
    # The form's own example: cheerful "more than half of the time" is ticked as 3.
    assert QUESTIONNAIRES[CheckInKind.WHO5].label(3) == "More than half of the time"
    # Raw 0-25, x4 = 0-100; the published cut-off is a raw score below 13 (52 %).
    assert score(who5(3, 3, 3, 2, 2)) == Score(13, 52, False)
    assert score(who5(3, 3, 2, 2, 2)).suggests_support  # raw 12, 48 %
    assert score(who5(5, 5, 5, 5, 5)).percent == 100


def test_ucla3_wording_scale_and_published_range() -> None:
    assert UCLA3_ITEMS == (
        "How often do you feel that you lack companionship?",
        "How often do you feel left out?",
        "How often do you feel isolated from others?",
    )
    assert UCLA3_SCALE == ((1, "Hardly ever"), (2, "Some of the time"), (3, "Often"))
    # Hughes et al. 2004: summed, 3 (least lonely) to 9; 6 or more is commonly read as lonely.
    low, high = score(ucla3(1, 1, 1)), score(ucla3(3, 3, 3))
    assert (low.raw, low.percent, low.suggests_support) == (3, None, False)
    assert (high.raw, high.suggests_support) == (9, True)
    assert score(ucla3(1, 2, 2)).suggests_support is False
    assert score(ucla3(3, 2, 1)).suggests_support is True


def test_label_of_an_impossible_answer() -> None:
    with pytest.raises(ValueError):
        QUESTIONNAIRES[CheckInKind.UCLA3].label(0)


def test_every_two_weeks_and_monthly() -> None:
    assert (WHO5_EVERY_DAYS, UCLA3_EVERY_DAYS) == (14, 30)
    assert next_due(CheckInKind.WHO5, DAY) == dt.date(2024, 3, 28)
    assert next_due(CheckInKind.UCLA3, DAY) == dt.date(2024, 4, 13)
    assert next_due(CheckInKind.WHO5, None) is None


@pytest.mark.parametrize(
    ("kind", "days_since", "due"),
    [
        (CheckInKind.WHO5, 0, False),
        (CheckInKind.WHO5, 13, False),
        (CheckInKind.WHO5, 14, True),
        (CheckInKind.WHO5, 200, True),
        (CheckInKind.UCLA3, 14, False),
        (CheckInKind.UCLA3, 29, False),
        (CheckInKind.UCLA3, 30, True),
    ],
)
def test_is_due_from_the_last_check_in(kind: CheckInKind, days_since: int, due: bool) -> None:
    assert is_due(kind, DAY, DAY + dt.timedelta(days=days_since)) is due


def test_never_taken_is_due() -> None:
    assert is_due(CheckInKind.UCLA3, None, DAY)
    assert due_checkins([], DAY) == (CheckInKind.WHO5, CheckInKind.UCLA3)


def test_due_checkins_use_the_latest_of_each_kind() -> None:
    history = [
        CheckIn(DAY, CheckInKind.WHO5, (3, 3, 3, 3, 3)),
        CheckIn(DAY - dt.timedelta(days=40), CheckInKind.WHO5, (3, 3, 3, 3, 3)),
        CheckIn(DAY - dt.timedelta(days=20), CheckInKind.UCLA3, (1, 1, 1)),
    ]
    assert last_taken(history, CheckInKind.WHO5) == DAY
    assert last_taken(history[:1], CheckInKind.UCLA3) is None
    assert due_checkins(history, DAY + dt.timedelta(days=5)) == ()
    assert due_checkins(history, DAY + dt.timedelta(days=10)) == (CheckInKind.UCLA3,)
    assert due_checkins(reversed(history), DAY + dt.timedelta(days=14)) == (
        CheckInKind.WHO5,
        CheckInKind.UCLA3,
    )
