"""``diary stats``, ``diary chart`` and ``diary report``: the analytics, from the terminal.

The numbers follow the user's own definition of meaningful contact (the app's settings), so the
terminal, the Insights page and a report never disagree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diary import messages
from diary.commands.base import (
    EXIT_OK,
    CliError,
    Command,
    definition,
    diary_today,
    parse_date,
    parse_month,
)
from diary.domain.insights import period_insights
from diary.domain.stats import DayStats, day_series
from diary.formats.summary import detail_lines, insights_to_dict, lead_sentences
from diary.storage.atomic import atomic_write
from diary.storage.repository import Repository


def period(cmd: Command) -> tuple[dt.date, dt.date]:
    """The period asked for: --month, or --from and --to; this month by default."""
    args = cmd.args
    month, first, last = args.month, getattr(args, "start", None), getattr(args, "end", None)
    if month and (first or last):
        raise CliError(messages.INSIGHT_PERIOD_CONFLICT)
    if month:
        return parse_month(month)
    if first or last:
        if not (first and last):
            raise CliError(messages.INSIGHT_PERIOD_HALF)
        start, end = parse_date(first), parse_date(last)
        if end < start:
            raise CliError(messages.INSIGHT_PERIOD_BACKWARDS.format(first=start, last=end))
        return start, end
    today = diary_today()
    return parse_month(f"{today:%Y-%m}")


def series_of(repo: Repository, start: dt.date, end: dt.date) -> list[DayStats]:
    """Every date of the period with its numbers."""
    return day_series(repo.days(start, end), start, end, definition())


def cmd_stats(cmd: Command) -> int:
    """Print a period's lead sentences, then its numbers (the Insights page's, by one rule)."""
    start, end = period(cmd)
    with cmd.diary() as (_vault, repo):
        series = series_of(repo, start, end)
        checkins = repo.checkins_between(start, end)
    insights = period_insights(series, start, end, checkins=checkins)
    if cmd.args.json:
        cmd.print_json(insights_to_dict(insights))
        return EXIT_OK
    cmd.say(messages.REPORT_PERIOD.format(first=start, last=end))
    for line in lead_sentences(insights):
        cmd.say(f"  {line}")
    cmd.say("")
    cmd.say(messages.REPORT_NUMBERS)
    for line in detail_lines(insights):
        cmd.say(f"  {line}")
    return EXIT_OK


def cmd_chart(cmd: Command) -> int:
    """Draw one panel for a month into a PNG, SVG or PDF file."""
    from diary.charts.context import ChartContext
    from diary.charts.figure import figure_bytes, figure_format, new_figure
    from diary.charts.panels import PANELS
    from diary.charts.theme import THEMES

    panel = PANELS.get(cmd.args.panel)
    if panel is None:
        names = ", ".join(PANELS)
        raise CliError(messages.INSIGHT_UNKNOWN_PANEL.format(name=cmd.args.panel, names=names))
    out: Path = cmd.args.out
    fmt = figure_format(out)  # refuses .gif and friends before the diary is opened
    first, _last = parse_month(cmd.args.month)
    context = ChartContext(first.year, first.month, diary_today())
    start, end = panel.period(context)
    with cmd.diary() as (_vault, repo):
        series = series_of(repo, start, end)
        if panel.uses_checkins:
            panel = panel.with_checkins(repo.checkins_between(start, end))
    theme = THEMES[cmd.args.theme]
    fig = new_figure(theme, *panel.size)
    panel.draw(fig, series, theme, context=context)
    atomic_write(out, figure_bytes(fig, fmt))
    cmd.say(messages.CHART_WRITTEN.format(title=panel.title, period=cmd.args.month, path=out))
    return EXIT_OK


def cmd_report(cmd: Command) -> int:
    """Write a multi-page PDF of a period (or of a tag's days); private text only if asked."""
    from diary.reports import NothingToReport, make_report

    args = cmd.args
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise CliError(messages.REPORT_NOT_PDF.format(name=out.name))
    asked = args.month or args.start or args.end or args.tag is None
    start, end = period(cmd) if asked else (None, None)
    with cmd.diary() as (_vault, repo):
        try:
            report = make_report(
                repo,
                definition=definition(),
                today=diary_today(),
                start=start,
                end=end,
                tag=args.tag,
                include_text=args.include_text,
            )
        except NothingToReport as error:
            raise CliError(str(error)) from None
    atomic_write(out, report.data)
    first, last = report.start, report.end
    if report.days is None:
        cmd.say(messages.REPORT_WRITTEN.format(first=first, last=last, path=out))
    else:
        words = messages.REPORT_WRITTEN_TAG
        cmd.say(words(report.days, tag=report.tag, first=first, last=last, path=out))
    if report.with_text:
        cmd.say(messages.REPORT_WITH_TEXT)
    return EXIT_OK
