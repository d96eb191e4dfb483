"""WHO-5 and UCLA-3 scoring follows the published rules."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.checkins import (
    UCLA3_LONELY,
    WHO5_LOW_RAW,
    raw_score,
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
