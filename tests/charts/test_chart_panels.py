import datetime as dt

import pytest
from chartdata import THEMES, nov, november, stats
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex

from diary.charts.context import ChartContext, within
from diary.charts.figure import new_figure
from diary.charts.panels import PANELS, Span
from diary.charts.table import DataTable


def test_the_registry_lists_every_panel_in_order():
    assert list(PANELS) == ["month", "scatter", "streaks", "kinds", "week", "pixels", "checkins"]
    assert all(name == panel.name for name, panel in PANELS.items())
    assert len({panel.title for panel in PANELS.values()}) == len(PANELS)
    with pytest.raises(TypeError):
        PANELS["new"] = PANELS["month"]  # type: ignore[index]


def test_periods_are_the_month_or_the_year_up_to_today():
    context = ChartContext(2026, 11, today=nov(10))
    assert PANELS["month"].period(context) == (nov(1), nov(10))
    assert PANELS["streaks"].period(context) == (dt.date(2026, 1, 1), nov(10))
    past = ChartContext(2025, 2)
    assert PANELS["kinds"].period(past) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert PANELS["pixels"].period(past) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert {p.span for p in PANELS.values()} == {Span.MONTH, Span.YEAR}


def test_a_month_still_to_come_has_nothing_to_compute():
    start, end = ChartContext(2026, 12, today=nov(10)).month_span()
    assert end < start


@pytest.mark.parametrize(("year", "month"), [(2026, 0), (2026, 13), (0, 5)])
def test_a_context_refuses_impossible_months(year, month):
    with pytest.raises(ValueError, match="No such month"):
        ChartContext(year, month)


def test_within_keeps_the_span_in_date_order():
    series = november().series
    assert [s.day for s in within(list(reversed(series)), (nov(3), nov(5)))] == [
        nov(3),
        nov(4),
        nov(5),
    ]


@THEMES
@pytest.mark.parametrize("name", list(PANELS))
def test_every_panel_draws_on_an_agg_canvas_and_has_a_table(name, theme):
    panel = PANELS[name]
    data = november()
    start, end = panel.period(data.context)
    series = stats(data.days, start, end)
    fig = new_figure(theme, *panel.size, dpi=60)
    artists = panel.draw(fig, series, theme, context=data.context)
    assert artists is not None
    assert fig.get_suptitle()
    FigureCanvasAgg(fig).draw()
    assert to_hex(fig.get_facecolor()) == theme.background.lower()
    table = panel.table(series, context=data.context)
    assert isinstance(table, DataTable)
    assert table.caption and table.headers
    assert all(isinstance(cell, str) for row in table.rows for cell in row)


def test_a_table_refuses_ragged_rows():
    with pytest.raises(ValueError, match="2 cells for 3 columns"):
        DataTable("c", ("a", "b", "c"), (("1", "2"),))
