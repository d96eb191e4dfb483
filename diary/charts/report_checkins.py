"""The report's check-in pages: the WHO-5 and UCLA-3 trends of a period, with their scoring.

A therapist reading the report needs to know what the numbers mean, so each page states the
published scoring under the two charts, in the words Hearth uses everywhere else (the chart's
lines at 52 and 6, ``domain.checkins``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from matplotlib.figure import Figure

from diary import messages
from diary.charts.checkins import draw_checkins
from diary.charts.figure import new_figure, title_figure
from diary.charts.theme import ChartTheme
from diary.domain.checkins import (
    UCLA3_LONELY,
    WHO5_LIKELY_DEPRESSION_PERCENT,
    WHO5_LOW_RAW,
    WHO5_POOR_PERCENT,
)
from diary.domain.models import CheckIn

PORTRAIT = (8.27, 11.69)  # A4, inches


def scoring_lines() -> list[str]:
    """The published scoring of both check-ins, as the report prints it."""
    return [
        messages.REPORT_SCORING_WHO5.format(
            raw=WHO5_LOW_RAW,
            percent=WHO5_POOR_PERCENT,
            line=WHO5_LOW_RAW * 4,
            likely=WHO5_LIKELY_DEPRESSION_PERCENT,
            likely_raw=WHO5_LIKELY_DEPRESSION_PERCENT // 4,
        ),
        messages.REPORT_SCORING_UCLA3.format(total=UCLA3_LONELY),
        messages.REPORT_SCORING_NOTE,
    ]


def checkin_page(
    theme: ChartTheme,
    checkins: Sequence[CheckIn],
    *,
    year: int,
    start: dt.date,
    end: dt.date,
    title: str,
    tagged: bool = False,
    wrap: int = 92,
) -> Figure:
    """One A4 page: the year's axes with the check-ins from ``start`` to ``end``, then scoring.

    ``tagged``: the report counts only the days with a tag, and the page says the check-ins
    are not filtered by it.
    """
    import textwrap

    fig = new_figure(theme, *PORTRAIT)
    fig.set_layout_engine(None)
    shown = [c for c in checkins if start <= c.day <= end]
    who5_ax = fig.add_axes((0.11, 0.62, 0.84, 0.27))
    ucla3_ax = fig.add_axes((0.11, 0.33, 0.84, 0.22), sharex=who5_ax)
    draw_checkins(who5_ax, ucla3_ax, shown, theme, year=year)
    title_figure(fig, title, theme)
    lines: list[str] = []
    scope = messages.REPORT_CHECKINS_SCOPE if tagged else messages.REPORT_CHECKINS_ALL
    for paragraph in [scope, *scoring_lines()]:
        lines.extend(textwrap.wrap(paragraph, wrap))
        lines.append("")
    fig.text(
        0.07,
        0.25,
        "\n".join(lines),
        fontsize=8.5,
        color=theme.foreground,
        va="top",
        linespacing=1.4,
        family="DejaVu Sans",
    )
    return fig
