"""A multi-page PDF of a period: the summary, every panel, and (only if asked) what was written.

Made to be shared with a therapist or kept: private text stays out unless the caller passes the
days to print. The summary sentences come from the caller (``formats.summary``), so the report
and the Insights page say the same thing.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
from collections.abc import Iterator, Sequence

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from diary import locale_format, messages
from diary.charts import text
from diary.charts.figure import new_figure, title_figure
from diary.charts.kinds import draw_kinds
from diary.charts.month import draw_month
from diary.charts.pixels import draw_pixels
from diary.charts.report_checkins import checkin_page
from diary.charts.scatter import draw_scatter
from diary.charts.streaks import draw_streaks
from diary.charts.theme import LIGHT, ChartTheme, style_figure
from diary.charts.week import draw_week
from diary.domain.models import CheckIn, Day
from diary.domain.stats import DayStats, mood_by_kind, mood_contact_link
from diary.domain.vocabulary import label_of
from diary.domain.week import by_weekday, long_enough_for_week

PORTRAIT = (8.27, 11.69)  # A4, inches
LANDSCAPE = (11.69, 8.27)
WRAP = 92  # characters per line of body text on a portrait page
LINES_PER_PAGE = 54
_METADATA = {"Creator": "Hearth", "Producer": "Hearth", "CreationDate": None}


def _text_page(theme: ChartTheme, title: str, lines: Sequence[str]) -> Figure:
    fig = new_figure(theme, *PORTRAIT)
    fig.set_layout_engine(None)
    fig.text(0.07, 0.95, title, fontsize=16, fontweight="bold", color=theme.foreground, va="top")
    fig.text(
        0.07,
        0.91,
        "\n".join(lines),
        fontsize=9.5,
        color=theme.foreground,
        va="top",
        linespacing=1.45,
        family="DejaVu Sans",
    )
    return fig


def _wrapped(paragraphs: Sequence[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, WRAP) or [""])
        lines.append("")
    return lines


def _pages(lines: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(lines), LINES_PER_PAGE):
        yield lines[start : start + LINES_PER_PAGE]


def _months(start: dt.date, end: dt.date) -> Iterator[tuple[int, int]]:
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def day_paragraphs(day: Day) -> list[str]:
    """What was written on one day, as paragraphs for the report's last pages."""
    paragraphs = [locale_format.long_day(day.day)]
    entry = day.entry
    if entry is not None:
        if entry.mood is not None:
            paragraphs.append(messages.REPORT_MOOD.format(mood=entry.mood))
        if entry.feelings:
            paragraphs.append(
                messages.REPORT_FEELINGS.format(words=", ".join(map(label_of, entry.feelings)))
            )
        paragraphs.extend(messages.REPORT_GRATEFUL.format(text=g.text) for g in entry.gratitude)
        paragraphs.extend(p for p in entry.text.split("\n") if p.strip())
    for item in day.interactions:
        who = ", ".join(item.people) or messages.REPORT_SOMEONE
        line = messages.REPORT_CONTACT.format(
            mode=item.mode.label, minutes=item.minutes, people=who
        )
        paragraphs.append(f"{line} — {item.note}" if item.note else line)
    return paragraphs


def report_pdf(
    *,
    start: dt.date,
    end: dt.date,
    summary: Sequence[str],
    series: Sequence[DayStats],
    days_with_text: Sequence[Day] = (),
    today: dt.date | None = None,
    theme: ChartTheme = LIGHT,
    checkins: Sequence[CheckIn] | None = None,
    scope: str = "",
) -> bytes:
    """The report as PDF bytes.

    Args:
        start: First day of the period.
        end: Last day of the period.
        summary: Plain-language sentences about the period.
        series: One DayStats per date of the period.
        days_with_text: Days whose writing is printed at the end; empty keeps it private.
        today: Days after it are drawn blank rather than unlogged.
        theme: The colours (light prints best).
        checkins: The period's check-ins, drawn a page per year with their scoring; None
            leaves the check-in pages out.
        scope: What the report counts, when not every day (the days with a tag), on the cover.
    """
    buffer = io.BytesIO()
    period = messages.REPORT_PERIOD.format(
        first=locale_format.short_day(start, year=True),
        last=locale_format.short_day(end, year=True),
    )
    with PdfPages(buffer, metadata=_METADATA) as pdf:
        cover = [period, "", *_wrapped([scope] if scope else []), *_wrapped(summary)]
        cover.append(messages.REPORT_PRIVATE_NOTE)
        pdf.savefig(_text_page(theme, messages.REPORT_TITLE, cover))

        fig = new_figure(theme, *PORTRAIT)
        draw_scatter(fig.add_subplot(2, 1, 1), series, mood_contact_link(series), theme)
        draw_kinds(fig.add_subplot(2, 1, 2), mood_by_kind(series), theme)
        title_figure(fig, messages.REPORT_MOOD_AND_CONTACT.format(period=period), theme)
        style_figure(fig, theme)
        pdf.savefig(fig)

        for year in range(start.year, end.year + 1) if checkins is not None else ():
            title = messages.REPORT_CHECKINS.format(period=period)
            checkin_fig = checkin_page(
                theme,
                checkins or (),
                year=year,
                start=start,
                end=end,
                title=title,
                tagged=bool(scope),
            )
            pdf.savefig(checkin_fig)

        if long_enough_for_week(start, end):
            fig = new_figure(theme, *LANDSCAPE)
            share_ax = fig.add_subplot(2, 1, 2)
            mood_ax = fig.add_subplot(2, 1, 1, sharex=share_ax)
            draw_week(mood_ax, share_ax, by_weekday(series), theme)
            title_figure(fig, messages.REPORT_WEEK.format(period=period), theme)
            style_figure(fig, theme)
            pdf.savefig(fig)

        for year, month in _months(start, end):
            fig = new_figure(theme, *LANDSCAPE)
            draw_month(fig, series, theme, year=year, month=month)
            title_figure(fig, text.month_heading(year, month), theme)
            style_figure(fig, theme)
            pdf.savefig(fig)

        for year in range(start.year, end.year + 1):
            fig = new_figure(theme, *LANDSCAPE)
            draw_streaks(fig.add_subplot(2, 1, 1), series, theme, year=year, today=today)
            draw_pixels(fig.add_subplot(2, 1, 2), series, theme, year=year, today=today)
            title_figure(fig, messages.REPORT_YEAR.format(year=year), theme)
            style_figure(fig, theme)
            pdf.savefig(fig)

        paragraphs = [p for day in days_with_text for p in [*day_paragraphs(day), ""]]
        for page in _pages(_wrapped(paragraphs)):
            pdf.savefig(_text_page(theme, messages.REPORT_WRITING, page))
    return buffer.getvalue()
