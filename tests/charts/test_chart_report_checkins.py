"""The report's check-in page: both trends of the period, and the published scoring in words."""

from __future__ import annotations

import datetime as dt

from diary.charts.report_checkins import checkin_page, scoring_lines
from diary.charts.theme import LIGHT
from diary.domain.models import CheckIn, CheckInKind


def test_the_scoring_states_the_published_lines() -> None:
    who5, ucla3, note = scoring_lines()
    assert "0 to 25" in who5 and "times 4" in who5 and "0 to 100" in who5
    assert "below 13" in who5 and "50 or less" in who5 and "line at 52" in who5
    assert "28 or less (raw 7 or less)" in who5
    assert "3 to 9" in ucla3 and "higher meaning lonelier" in ucla3 and "6 or more" in ucla3
    assert "not diagnoses" in note


def test_the_page_draws_only_the_periods_checkins_and_says_how_they_are_scored() -> None:
    checkins = [
        CheckIn(dt.date(2026, 1, 5), CheckInKind.WHO5, (1, 1, 1, 1, 1)),  # before the period
        CheckIn(dt.date(2026, 3, 1), CheckInKind.WHO5, (3, 3, 3, 2, 2)),
        CheckIn(dt.date(2026, 4, 1), CheckInKind.WHO5, (2, 2, 2, 2, 2)),
        CheckIn(dt.date(2026, 3, 2), CheckInKind.UCLA3, (2, 2, 3)),
    ]
    fig = checkin_page(
        LIGHT,
        checkins,
        year=2026,
        start=dt.date(2026, 2, 1),
        end=dt.date(2026, 6, 30),
        title="Check-ins",
        tagged=True,
    )
    who5_ax, ucla3_ax = fig.axes
    who5_points = who5_ax.lines[0]
    assert list(who5_points.get_ydata()) == [52.0, 40.0]
    assert list(ucla3_ax.lines[0].get_ydata()) == [7.0]
    words = " ".join(t.get_text() for t in fig.texts)
    assert "also on days without the tag" in words and "Three-Item Loneliness Scale" in words
    fig.canvas.draw()
