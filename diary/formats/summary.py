"""A period's numbers in plain, warm sentences (and as JSON): what went together, never a cause.

Every sentence is made from ``domain.insights.Insights`` (see ``period_insights``), so the
Insights page, ``diary stats`` and the PDF report say the same. Each panel leads with one
everyday sentence (``lead``); the numbers behind it (``summary_lines``) are one click away on the
page, with what ρ and its interval mean (``messages.DETAILS_RHO``). The honesty rules of the
product brief hold in each: below ``MIN_MOOD_DAYS`` days with a mood nothing about mood is said
but "not enough data yet", and nothing ever claims a cause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from diary import locale_format, messages
from diary.domain.insights import MIN_GROUP_DAYS, SAME_MOOD, Insights, Scope
from diary.domain.models import CheckInKind
from diary.domain.stats import MIN_MOOD_DAYS, ContactKind, Correlation, GroupMood, Summary
from diary.domain.week import Weekday, long_enough_for_week, week_shape
from diary.formats.company_summary import (
    company_lead,
    company_lines,
    company_to_dict,
    speaks_of_company,
)
from diary.i18n import Plural
from diary.messages import day_span, plural, short_day

LEADS: Mapping[str, str] = MappingProxyType(
    {
        "month": "gap",
        "scatter": "link",
        "streaks": "streak",
        "kinds": "kinds",
        "pixels": "moods",
        "checkins": "checkins",
        "week": "week",
    }
)
"""The lead each chart panel opens with, by panel name."""

TOPICS = ("gap", "link", "streak", "kinds", "moods", "week", "checkins")
"""Every lead, in the order ``diary stats`` prints them."""


def _mood(value: float) -> str:
    """A mean mood with one decimal, as the locale writes it: "6.4", "6,4"."""
    return locale_format.number(value, 1)


def _days(count: int) -> str:
    return plural(count, messages.SUMMARY_DAYS)


def _plural_with(count: int, forms: Plural, **more: object) -> str:
    """``plural`` for a sentence with more to fill in than the count."""
    return forms(count, **more)


def period_name(insights: Insights) -> str:
    """The period in a sentence: "November 2026", "2026" or "3 Nov to 9 Dec 2026"."""
    start, end = insights.start, insights.end
    if insights.scope is Scope.MONTH:
        return locale_format.month_year(start.year, start.month)
    if insights.scope is Scope.YEAR:
        return str(start.year)
    return day_span(start, end, today=end)


def _strength(rho: float) -> str:
    """Words for the size of a rank correlation (Cohen's rough bands)."""
    size = abs(rho)
    if size < 0.1:
        return messages.SUMMARY_LINK_NONE
    band = (
        messages.SUMMARY_LINK_WEAK
        if size < 0.3
        else messages.SUMMARY_LINK_MODERATE
        if size < 0.5
        else messages.SUMMARY_LINK_STRONG
    )
    return band if rho > 0 else messages.SUMMARY_LINK_OPPOSITE.format(strength=band)


def correlation_text(link: Correlation) -> str:
    """The numbers of a link in words: ρ = 0.42, 95% interval 0.21 to 0.60, n = 28."""
    return messages.SUMMARY_RHO.format(
        rho=_signed(link.rho), low=_signed(link.ci_low), high=_signed(link.ci_high), n=link.n
    )


def _signed(value: float) -> str:
    """A correlation with a true minus sign, as in "ρ runs from −1 to 1" ("−0,21" in German)."""
    return locale_format.number(value, 2)


def _compare(sentences: Mapping[str, str], higher_lower: float, **more: object) -> str:
    """One of a comparison's whole sentences (higher, lower, the same), filled in."""
    if round(higher_lower, 1) == 0:
        return sentences["same"].format(**more)
    which = "higher" if higher_lower > 0 else "lower"
    return sentences[which].format(difference=_mood(abs(higher_lower)), **more)


# -- the lead sentence of each panel --------------------------------------------------------------


def _not_enough(insights: Insights, period: str) -> str:
    return messages.LEAD_NOT_ENOUGH.format(
        period=period, have=_days(insights.mood_days), need=MIN_MOOD_DAYS
    )


def _gap_lead(insights: Insights, period: str) -> str:
    gap = insights.summary.gap
    if gap is None:
        return _not_enough(insights, period)
    if gap.n_isolated == 0:
        return messages.LEAD_ALL_CONNECTED.format(period=period)
    if gap.n_with == 0:
        return messages.LEAD_NONE_CONNECTED.format(period=period)
    if gap.n_isolated < MIN_GROUP_DAYS:
        return _plural_with(gap.n_isolated, messages.LEAD_FEW_ISOLATED, period=period)
    if gap.n_with < MIN_GROUP_DAYS:
        return _plural_with(gap.n_with, messages.LEAD_FEW_CONNECTED, period=period)
    difference = gap.gap or 0.0
    if abs(difference) < SAME_MOOD:
        return messages.LEAD_GAP_SAME.format(period=period)
    words = messages.LEAD_GAP_BETTER if difference > 0 else messages.LEAD_GAP_WORSE
    return words.format(period=period)


def _link_lead(insights: Insights, period: str) -> str:
    if not insights.enough:
        return _not_enough(insights, period)
    link = insights.summary.link
    if link is None:
        return messages.LEAD_LINK_FLAT.format(period=period)
    if abs(link.rho) < 0.1:
        return messages.LEAD_LINK_NONE.format(period=period)
    if link.rho < 0:
        sentence = messages.LEAD_LINK_DOWN.format(period=period)
    elif link.rho < 0.3:
        sentence = messages.LEAD_LINK_UP_LITTLE.format(period=period)
    else:
        sentence = messages.LEAD_LINK_UP.format(period=period)
    if link.ci_low <= 0 <= link.ci_high:
        return messages.LEAD_CHANCE.format(sentence=sentence)
    return sentence


def _streak_lead(insights: Insights, period: str) -> str:
    summary = insights.summary
    if summary.logged_days == 0:
        return messages.LEAD_NOTHING_LOGGED.format(period=period)
    longest = summary.longest
    if longest is None:
        return messages.LEAD_ALL_CONNECTED.format(period=period)
    streak = messages.LEAD_STREAK.format(
        period=period,
        length=_days(longest.length),
        span=day_span(longest.start, longest.end, today=insights.end),
    )
    if speaks_of_company(insights):  # alone or lonely: what the user said of those days
        return f"{streak} {company_lead(insights, period)}"
    return streak


def _kind_words(kind: ContactKind, table: Mapping[str, str]) -> str:
    return table[kind.value]


def _kinds_lead(insights: Insights, period: str) -> str:
    if not insights.enough:
        return _not_enough(insights, period)
    kinds = insights.kinds
    if kinds is None:
        return messages.LEAD_GAP_SAME.format(period=period)
    best = _kind_words(kinds.best.kind, messages.LEAD_KIND_VERBS)
    if kinds.other is None or kinds.other.mean is None or kinds.best.mean is None:
        return messages.LEAD_KIND_ONLY.format(period=period, kind=best)
    other = _kind_words(kinds.other.kind, messages.LEAD_KIND_OTHERS)
    if kinds.best.mean - kinds.other.mean < SAME_MOOD:
        return messages.LEAD_KIND_SAME.format(kind=best, other=other)
    return messages.LEAD_KIND_BETTER.format(kind=best, other=other)


def _moods_lead(insights: Insights, period: str) -> str:
    summary = insights.summary
    if summary.logged_days == 0:
        return messages.LEAD_NOTHING_LOGGED.format(period=period)
    if not insights.enough or summary.mood_mean is None:
        return _not_enough(insights, period)
    brightest = insights.brightest
    if brightest is None:
        return messages.LEAD_MOODS_ONE.format(period=period, mean=_mood(summary.mood_mean))
    return messages.LEAD_MOODS.format(
        period=period,
        mean=_mood(summary.mood_mean),
        month=locale_format.month_name(brightest.month),
    )


def _checkins_lead(insights: Insights, period: str) -> str:
    if not insights.checkins:
        return messages.LEAD_NO_CHECKINS.format(period=period)
    latest = insights.checkins[0]
    day = short_day(latest.day, year=latest.day.year != insights.end.year)
    if latest.kind is CheckInKind.WHO5:
        return messages.LEAD_WHO5.format(day=day, percent=latest.score.percent)
    return messages.LEAD_UCLA3.format(day=day, total=latest.score.raw)


def _weekday(day: Weekday) -> str:
    """A day of the week inside a sentence: "Saturday", "Samstag", "sábado"."""
    return locale_format.weekday_name(day.weekday, standalone=False)


def _week_lead(insights: Insights, period: str) -> str:
    if not insights.enough:
        return _not_enough(insights, period)
    shape = week_shape(insights.week)
    if shape.brightest is None or shape.lowest is None:
        return messages.LEAD_WEEK_FEW.format(period=period, need=MIN_GROUP_DAYS)
    if shape.flat:
        return messages.LEAD_WEEK_FLAT.format(period=period)
    return messages.LEAD_WEEK.format(
        period=period, best=_weekday(shape.brightest), lowest=_weekday(shape.lowest)
    )


def _speaks_of_week(insights: Insights) -> bool:
    return long_enough_for_week(insights.start, insights.end)


_LEAD_RULES = {
    "gap": _gap_lead,
    "link": _link_lead,
    "streak": _streak_lead,
    "company": company_lead,
    "kinds": _kinds_lead,
    "moods": _moods_lead,
    "checkins": _checkins_lead,
    "week": _week_lead,
}


def lead(insights: Insights, topic: str) -> str:
    """The one everyday sentence a panel opens with; ``topic`` is one of ``TOPICS``.

    "company" (alone or lonely) is a topic too; the "streak" lead ends with it when there is
    something to say, so it is not in ``TOPICS`` of its own.

    Raises:
        KeyError: An unknown topic.
    """
    period = period_name(insights)
    if insights.summary.logged_days == 0 and topic != "checkins":
        return messages.LEAD_NOTHING_LOGGED.format(period=period)
    return _LEAD_RULES[topic](insights, period)


def lead_sentences(insights: Insights) -> list[str]:
    """Every lead of the period, each once (``diary stats`` prints them first)."""
    seen: list[str] = []
    for topic in TOPICS:
        if topic == "moods" and insights.scope is not Scope.YEAR:
            continue  # the brightest month of a month says nothing
        if topic == "week" and not _speaks_of_week(insights):
            continue
        sentence = lead(insights, topic)
        if sentence not in seen:
            seen.append(sentence)
    return seen


# -- the numbers behind the leads -----------------------------------------------------------------


def _kinds_line(groups: tuple[GroupMood, ...]) -> str | None:
    by_kind = {g.kind: g for g in groups}
    person, alone = by_kind.get(ContactKind.IN_PERSON), by_kind.get(ContactKind.NONE)
    if person is None or alone is None or person.mean is None or alone.mean is None:
        return None
    if min(person.n, alone.n) < MIN_GROUP_DAYS:
        return None
    return _compare(
        messages.SUMMARY_IN_PERSON,
        person.mean - alone.mean,
        mean=_mood(person.mean),
        n_with=person.n,
        n_without=alone.n,
    )


def _logged_line(summary: Summary) -> str:
    days = (summary.end - summary.start).days + 1
    if summary.unlogged_days == 0:
        return messages.SUMMARY_LOGGED_ALL.format(days=_days(days))
    logged = messages.SUMMARY_LOGGED.format(logged=summary.logged_days, days=_days(days))
    return f"{logged} {plural(summary.unlogged_days, messages.SUMMARY_UNLOGGED)}"


def _contact_line(summary: Summary) -> str:
    isolated_n, digital_n = summary.isolated_days, summary.digital_only_days
    if isolated_n == 0:
        isolated = messages.SUMMARY_NONE_ISOLATED
    else:
        isolated = plural(isolated_n, messages.SUMMARY_ISOLATED)
    if digital_n and digital_n == isolated_n:
        forms = messages.SUMMARY_DIGITAL_ALL
        isolated = _plural_with(isolated_n, forms, isolated=isolated)
    elif digital_n:
        isolated = messages.SUMMARY_DIGITAL_SOME.format(isolated=isolated, digital=digital_n)
    return messages.SUMMARY_CONTACT.format(
        meaningful=_days(summary.meaningful_days), isolated=isolated
    )


def _gratitude_line(summary: Summary) -> list[str]:
    if not summary.gratitude_notes:
        return []
    return [
        messages.SUMMARY_GRATITUDE.format(
            notes=plural(summary.gratitude_notes, messages.SUMMARY_NOTES),
            days=_days(summary.gratitude_days),
        )
    ]


def summary_lines(summary: Summary, *, today: dt.date | None = None) -> list[str]:
    """The numbers of a period in sentences, most important first.

    Args:
        summary: The period's summary.
        today: Dates of another year than ``today``'s are written with their year.
    """
    if summary.logged_days == 0:
        return [messages.SUMMARY_NOTHING_LOGGED]
    lines = [_logged_line(summary), _contact_line(summary)]
    if summary.longest is not None:
        lines.append(
            messages.SUMMARY_LONGEST.format(
                length=_days(summary.longest.length),
                span=day_span(summary.longest.start, summary.longest.end, today=today),
            )
        )
    if summary.current is not None and summary.current.length > 1:
        lines.append(messages.SUMMARY_CURRENT.format(length=summary.current.length))
    gap = summary.gap
    if gap is None:
        mood_days = sum(g.n for g in summary.by_kind)
        lines.append(messages.SUMMARY_NOT_ENOUGH.format(have=_days(mood_days), need=MIN_MOOD_DAYS))
        return [*lines, *_gratitude_line(summary)]
    if gap.gap is not None and gap.mean_with is not None:
        lines.append(
            _compare(
                messages.SUMMARY_GAP,
                gap.gap,
                mean=_mood(gap.mean_with),
                n_with=gap.n_with,
                n_isolated=gap.n_isolated,
            )
        )
    kinds = _kinds_line(summary.by_kind)
    if kinds:
        lines.append(kinds)
    if summary.link is not None:
        lines.append(
            messages.SUMMARY_LINK.format(
                strength=_strength(summary.link.rho), numbers=correlation_text(summary.link)
            )
        )
    if summary.lag is not None:
        lines.append(
            messages.SUMMARY_LAG.format(
                strength=_strength(summary.lag.rho), numbers=correlation_text(summary.lag)
            )
        )
    lines += _gratitude_line(summary)
    lines.append(messages.SUMMARY_NOT_CAUSE)
    return lines


def _kinds_detail(insights: Insights) -> list[str]:
    """The numbers behind the kinds lead, unless the in-person line already says them."""
    kinds = insights.kinds
    if kinds is None or kinds.other is None or kinds.best.mean is None:
        return []
    other = kinds.other
    if other.mean is None:
        return []
    if {kinds.best.kind, other.kind} == {ContactKind.IN_PERSON, ContactKind.NONE}:
        return []  # the in-person line of summary_lines
    return [
        messages.SUMMARY_KINDS.format(
            best=_kind_words(kinds.best.kind, messages.LEAD_KIND_OTHERS),
            best_mean=_mood(kinds.best.mean),
            best_n=kinds.best.n,
            other=_kind_words(other.kind, messages.LEAD_KIND_OTHERS),
            other_mean=_mood(other.mean),
            other_n=other.n,
        )
    ]


def _week_detail(insights: Insights) -> list[str]:
    """The weekday most often with meaningful contact, in a period long enough to tell."""
    if not _speaks_of_week(insights):
        return []
    social = week_shape(insights.week).most_social
    if social is None:
        return []
    return [
        messages.SUMMARY_WEEK_SOCIAL.format(
            weekday=_weekday(social), count=social.meaningful, days=social.logged
        )
    ]


def detail_lines(insights: Insights) -> list[str]:
    """The numbers behind a period's leads (the page's "Show the numbers")."""
    lines = summary_lines(insights.summary, today=insights.end)
    company = company_lines(insights.solitude)  # counts, so shown even with few mood days
    extra = _kinds_detail(insights) + _week_detail(insights)
    if lines and lines[-1] == messages.SUMMARY_NOT_CAUSE:
        return [*lines[:-1], *company, *extra, lines[-1]]
    return [*lines, *company]


# -- JSON -------------------------------------------------------------------------------------


def _correlation_dict(link: Correlation | None) -> dict[str, Any] | None:
    if link is None:
        return None
    return {"rho": link.rho, "ci_low": link.ci_low, "ci_high": link.ci_high, "n": link.n}


def summary_to_dict(summary: Summary) -> dict[str, Any]:
    """The numbers of a summary as ``diary stats --json`` prints them (docs/cli.md)."""
    longest = summary.longest
    gap = summary.gap
    return {
        "period": {"from": summary.start.isoformat(), "to": summary.end.isoformat()},
        "logged_days": summary.logged_days,
        "unlogged_days": summary.unlogged_days,
        "meaningful_days": summary.meaningful_days,
        "isolated_days": summary.isolated_days,
        "digital_only_days": summary.digital_only_days,
        "isolation_streak_longest": None
        if longest is None
        else {
            "length": longest.length,
            "start": longest.start.isoformat(),
            "end": longest.end.isoformat(),
        },
        "isolation_streak_current": summary.current.length if summary.current else 0,
        "mood_mean": summary.mood_mean,
        "mood_contact_rho": _correlation_dict(summary.link),
        "mood_gap": None
        if gap is None
        else {
            "gap": gap.gap,
            "mean_with": gap.mean_with,
            "n_with": gap.n_with,
            "mean_isolated": gap.mean_isolated,
            "n_isolated": gap.n_isolated,
        },
        "next_day_mood_rho": _correlation_dict(summary.lag),
        "mood_by_kind": {
            group.kind.value: {"n": group.n, "mean": group.mean} for group in summary.by_kind
        },
        "mood_by_interaction_count_rho": _correlation_dict(summary.depth.by_count),
        "mood_by_mean_depth_rho": _correlation_dict(summary.depth.by_depth),
        "gratitude_notes": summary.gratitude_notes,
        "gratitude_days": summary.gratitude_days,
    }


WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The keys of ``mood_by_weekday`` in ``diary stats --json``: the same in every language."""


def insights_to_dict(insights: Insights) -> dict[str, Any]:
    """What ``diary stats --json`` prints: the summary's keys, plus the leads and mood days."""
    data = summary_to_dict(insights.summary)
    data["mood_days"] = insights.mood_days
    data["enough_mood_days"] = insights.enough
    data["lead"] = lead_sentences(insights)
    data["company"] = company_to_dict(insights.solitude)
    data["mood_by_weekday"] = {
        WEEKDAY_KEYS[day.weekday]: {
            "mood_days": len(day.moods),
            "mean": day.mean,
            "logged_days": day.logged,
            "meaningful_days": day.meaningful,
        }
        for day in insights.week
    }
    data["latest_checkins"] = [
        {"day": c.day.isoformat(), "kind": c.kind.value, "raw": c.score.raw}
        for c in insights.checkins
    ]
    return data
