"""The PDF report of a period or of the days with a tag: one recipe for the app and the CLI.

A report of a tag (a pack for a therapist: "#therapy", "#work") counts only the days with that
tag: the other days of its period count as not logged, and the cover says which tag and how
many days. Its period is the one asked for, or else the first to the last tagged day. Every
check-in of the period is drawn with its published scoring (check-ins ask about weeks, not
about one day, so they are not filtered by tag). What was written is printed only if asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diary import locale_format, messages
from diary.domain.insights import Insights, period_insights
from diary.domain.models import Day, Entry
from diary.domain.stats import Definition, day_series
from diary.formats.summary import lead_sentences, summary_lines
from diary.storage.repository import Repository


class NothingToReport(ValueError):
    """No day has the tag (in the period asked for); the message says so."""


@dataclass(frozen=True)
class Report:
    """A finished report: its PDF bytes, the period it covers and what it counted.

    Attributes:
        data: The PDF.
        start: First day of the period.
        end: Last day of the period.
        tag: The tag whose days it counts (as the diary shows it), or None for every day.
        days: How many tagged days it counts (None for a report of every day).
        with_text: Whether it prints what was written.
    """

    data: bytes
    start: dt.date
    end: dt.date
    tag: str | None
    days: int | None
    with_text: bool


def _lines(insights: Insights) -> list[str]:
    """The report's words: the leads, then the numbers behind them."""
    return [*lead_sentences(insights), *summary_lines(insights.summary, today=insights.end)]


def _shown(repo: Repository, tag: str) -> str:
    """The tag as the diary writes it (its newest spelling), else as asked."""
    wanted = tag.casefold()
    return next((t.tag for t in repo.tags() if t.tag.casefold() == wanted), tag)


def make_report(
    repo: Repository,
    *,
    definition: Definition,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
    tag: str | None = None,
    include_text: bool = False,
) -> Report:
    """Read, count and draw one report (``start``/``end`` may be None only with a ``tag``).

    Raises:
        NothingToReport: a tag no day of the period has.
        ValidationError: a tag that cannot be one ("two words").
    """
    from diary.charts.report import report_pdf

    scope, counted = "", None
    if tag is not None:
        (cleaned,) = Entry(today, tags=(tag,)).tags  # "two words" refused as anywhere else
        days = repo.tagged_days([cleaned], start or dt.date.min, end or dt.date.max)
        shown = f"#{_shown(repo, cleaned)}"
        if not days:
            if start is None or end is None:
                raise NothingToReport(messages.REPORT_NO_TAG.format(tag=shown))
            raise NothingToReport(
                messages.REPORT_NO_TAGGED_DAYS.format(first=start, last=end, tag=shown)
            )
        start, end = start or days[0].day, end or days[-1].day
        counted, tag = len(days), shown
        scope = messages.REPORT_TAG_SCOPE(
            counted,
            tag=shown,
            first=locale_format.short_day(start, year=True),
            last=locale_format.short_day(end, year=True),
        )
    else:
        assert start is not None and end is not None
        days = repo.days(start, end)
    series = day_series(days, start, end, definition)
    checkins = repo.checkins_between(start, end)
    written: list[Day] = [d for d in days if d.logged] if include_text else []
    data = report_pdf(
        start=start,
        end=end,
        summary=_lines(period_insights(series, start, end, checkins=checkins)),
        series=series,
        days_with_text=written,
        today=today,
        checkins=checkins,
        scope=scope,
    )
    return Report(data, start, end, tag, counted, bool(written))
