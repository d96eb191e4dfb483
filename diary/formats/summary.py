"""A period's numbers in plain, warm sentences (and as JSON): what went together, never a cause.

The Insights page shows these lines under the charts and the PDF report prints them; both read
the same ``stats.Summary`` so the words and the numbers can never disagree.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from diary import messages
from diary.domain.stats import MIN_MOOD_DAYS, ContactKind, Correlation, GroupMood, Summary

# Groups smaller than this are too few days to compare means out loud.
MIN_GROUP_DAYS = 3


def _date(day: dt.date) -> str:
    return f"{day.day} {calendar.month_abbr[day.month]}"


def _mood(value: float) -> str:
    return f"{value:.1f}"


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
        rho=f"{link.rho:.2f}", low=f"{link.ci_low:.2f}", high=f"{link.ci_high:.2f}", n=link.n
    )


def _compare(higher_lower: float) -> str:
    word = messages.SUMMARY_HIGHER if higher_lower >= 0 else messages.SUMMARY_LOWER
    return word.format(difference=_mood(abs(higher_lower)))


def _kinds_line(groups: tuple[GroupMood, ...]) -> str | None:
    by_kind = {g.kind: g for g in groups}
    person, alone = by_kind.get(ContactKind.IN_PERSON), by_kind.get(ContactKind.NONE)
    if person is None or alone is None or person.mean is None or alone.mean is None:
        return None
    if min(person.n, alone.n) < MIN_GROUP_DAYS:
        return None
    return messages.SUMMARY_IN_PERSON.format(
        mean=_mood(person.mean),
        compared=_compare(person.mean - alone.mean),
        n_with=person.n,
        n_without=alone.n,
    )


def summary_lines(summary: Summary) -> list[str]:
    """Sentences for a period, most important first; empty periods get one kind line."""
    days = (summary.end - summary.start).days + 1
    if summary.logged_days == 0:
        return [messages.SUMMARY_NOTHING_LOGGED]
    lines = [
        messages.SUMMARY_LOGGED.format(
            logged=summary.logged_days, days=days, unlogged=summary.unlogged_days
        ),
        messages.SUMMARY_CONTACT.format(
            meaningful=summary.meaningful_days,
            isolated=summary.isolated_days,
            digital=summary.digital_only_days,
        ),
    ]
    if summary.longest is not None:
        lines.append(
            messages.SUMMARY_LONGEST.format(
                length=summary.longest.length,
                start=_date(summary.longest.start),
                end=_date(summary.longest.end),
            )
        )
    if summary.current is not None and summary.current.length > 1:
        lines.append(messages.SUMMARY_CURRENT.format(length=summary.current.length))
    gap = summary.gap
    if gap is None:
        mood_days = sum(g.n for g in summary.by_kind)
        lines.append(messages.SUMMARY_NOT_ENOUGH.format(have=mood_days, need=MIN_MOOD_DAYS))
        return lines
    if gap.gap is not None and gap.mean_with is not None:
        lines.append(
            messages.SUMMARY_GAP.format(
                mean=_mood(gap.mean_with),
                compared=_compare(gap.gap),
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
    if summary.gratitude_notes:
        lines.append(
            messages.SUMMARY_GRATITUDE.format(
                notes=summary.gratitude_notes, days=summary.gratitude_days
            )
        )
    lines.append(messages.SUMMARY_NOT_CAUSE)
    return lines


def _correlation_dict(link: Correlation | None) -> dict[str, Any] | None:
    if link is None:
        return None
    return {"rho": link.rho, "ci_low": link.ci_low, "ci_high": link.ci_high, "n": link.n}


def summary_to_dict(summary: Summary) -> dict[str, Any]:
    """What ``diary stats --json`` prints; the keys are documented in docs/cli.md."""
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
