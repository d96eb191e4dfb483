"""Check-ins over a year: points, the published lines in words, empty years, the table."""

from __future__ import annotations

import datetime as dt

import pytest
from chartdata import THEMES, figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex

from diary.charts.checkins import UCLA3_LINE, WHO5_LINE, checkins_table, draw, table, x_of
from diary.charts.context import ChartContext
from diary.charts.figure import new_figure
from diary.charts.panels import PANELS, Span
from diary.charts.theme import LIGHT
from diary.domain.models import CheckIn, CheckInKind

CONTEXT = ChartContext(2026, 11, today=dt.date(2026, 11, 21))
CHECKINS = (
    CheckIn(dt.date(2026, 3, 2), CheckInKind.WHO5, (4, 4, 3, 3, 4)),  # raw 18, 72
    CheckIn(dt.date(2026, 3, 2), CheckInKind.UCLA3, (1, 1, 2)),  # 4
    CheckIn(dt.date(2026, 3, 16), CheckInKind.WHO5, (3, 2, 3, 2, 2)),  # raw 12, 48
    CheckIn(dt.date(2026, 4, 1), CheckInKind.UCLA3, (2, 2, 2)),  # 6
    CheckIn(dt.date(2025, 12, 30), CheckInKind.WHO5, (0, 0, 0, 0, 0)),  # another year
)


@THEMES
def test_points_follow_the_scores_in_date_order(theme) -> None:
    fig = figure(theme, 9, 5)
    artists = draw(fig, [], theme, context=CONTEXT, checkins=CHECKINS[::-1])
    assert list(artists.who5.get_xdata()) == [x_of(dt.date(2026, 3, 2)), x_of(dt.date(2026, 3, 16))]
    assert list(artists.who5.get_ydata()) == [72, 48]  # the 0-100 scale, 2025 left out
    assert list(artists.ucla3.get_ydata()) == [4, 6]
    assert [value.get_text() for value in artists.values] == ["72", "48", "4", "6"]
    assert artists.who5.get_marker() != artists.ucla3.get_marker()  # told apart by shape too
    assert artists.who5_ax.get_ylim() == pytest.approx((-4, 104))
    assert artists.ucla3_ax.get_ylim() == pytest.approx((2.6, 9.4))
    assert artists.notes == ()
    assert fig.get_suptitle() == "Your check-ins, 2026"
    assert [t.get_text() for t in artists.ucla3_ax.get_xticklabels()][:3] == ["Jan", "Feb", "Mar"]
    FigureCanvasAgg(fig).draw()
    assert to_hex(fig.get_facecolor()) == theme.background.lower()


def test_the_published_lines_are_dashed_and_said_in_words() -> None:
    fig = figure(LIGHT, 9, 5)
    artists = draw(fig, [], LIGHT, context=CONTEXT, checkins=CHECKINS)
    assert (WHO5_LINE, UCLA3_LINE) == (52, 6)
    assert list(artists.who5_line.get_ydata()) == [52, 52]
    assert list(artists.ucla3_line.get_ydata()) == [6, 6]
    for line in (artists.who5_line, artists.ucla3_line):
        assert line.get_linestyle() == "--"  # not colour alone
    who5_words, ucla3_words = (label.get_text() for label in artists.labels)
    assert who5_words.startswith("52 (raw 13)") and "talking to someone" in who5_words
    assert ucla3_words.startswith("6:") and "lonely" in ucla3_words
    assert artists.who5_ax.get_ylabel() == "Wellbeing (WHO-5, 0–100)"
    assert artists.ucla3_ax.get_ylabel() == "Loneliness (UCLA-3, 3–9)"


def test_a_year_without_check_ins_says_so() -> None:
    fig = figure(LIGHT, 9, 5)
    artists = draw(fig, [], LIGHT, context=ChartContext(2024, 6), checkins=CHECKINS)
    assert len(artists.who5.get_xdata()) == 0 and len(artists.ucla3.get_xdata()) == 0
    assert [note.get_text() for note in artists.notes] == [
        "No wellbeing check-ins in 2024 yet.",
        "No loneliness check-ins in 2024 yet.",
    ]
    FigureCanvasAgg(fig).draw()


def test_the_table_has_every_check_in_of_the_year() -> None:
    data = checkins_table(CHECKINS, year=2026)
    assert data.caption == (
        "Your check-ins in 2026: 2 wellbeing (WHO-5) and 2 loneliness (UCLA-3)."
    )
    assert data.headers == ("Date", "Check-in", "Answers", "Score", "Out of 100", "At the line")
    assert data.rows == (
        ("2026-03-02", "Wellbeing (WHO-5)", "4, 4, 3, 3, 4", "18 of 25", "72", ""),
        ("2026-03-02", "Loneliness (UCLA-3)", "1, 1, 2", "4 of 9", "–", ""),
        ("2026-03-16", "Wellbeing (WHO-5)", "3, 2, 3, 2, 2", "12 of 25", "48", "below 52 (raw 13)"),
        ("2026-04-01", "Loneliness (UCLA-3)", "2, 2, 2", "6 of 9", "–", "6 or more"),
    )
    assert table([], context=CONTEXT, checkins=CHECKINS) == data
    assert table([], context=CONTEXT).rows == ()


def test_the_registry_binds_check_ins_to_the_panel_that_draws_them() -> None:
    panel = PANELS["checkins"]
    assert panel.uses_checkins and panel.span is Span.YEAR
    assert not PANELS["month"].uses_checkins
    assert PANELS["month"].with_checkins(CHECKINS) is PANELS["month"]
    bound = panel.with_checkins(CHECKINS)
    fig = new_figure(LIGHT, *bound.size, dpi=60)
    artists = bound.draw(fig, [], LIGHT, context=CONTEXT)
    assert list(artists.who5.get_ydata()) == [72, 48]  # type: ignore[attr-defined]
    assert len(bound.table([], context=CONTEXT).rows) == 4
    unbound = panel.draw(new_figure(LIGHT, dpi=60), [], LIGHT, context=CONTEXT)
    assert len(unbound.notes) == 2  # type: ignore[attr-defined]
