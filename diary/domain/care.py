"""Care that does not nag: when the gentle note shows, and when check-ins are offered.

These are rules about the user's life, so they live here (pure standard library) and the Today
page and the command line both ask them; the widgets only show the answer.

**The care note** (product.md, "Care") appears when

* the latest WHO-5 check-in of the last four weeks has a raw score below 13 (the published
  line, ``checkins.WHO5_LOW_RAW``), or
* the current isolation streak reaches 14 days (``STREAK_DAYS``).

"Thank you, hide this" stores only the date it was pressed (no score, no streak). The note
stays away until its reason arises anew after that date: a new low check-in, the streak
reaching its next fortnight (28 days, 42 days...), or a new streak reaching 14 days.

**Check-ins** are offered when one is due (``checkins.due_checkins``: WHO-5 every 14 days,
UCLA-3 every 30, one never taken is due), but never before the diary holds a week of entries
(``MIN_ENTRY_DAYS`` days with an entry): a questionnaire on day zero of a new diary asks about
a life the diary has not seen yet. "Not today" puts the offer away until tomorrow, and the user
can turn the offers off altogether.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diary.domain.checkins import WHO5_EVERY_DAYS, WHO5_LOW_RAW, raw_score
from diary.domain.models import CheckIn, CheckInKind
from diary.domain.stats import DayStats, current_streak

STREAK_DAYS = 14
"""An isolation streak this long (and every further fortnight of it) brings the note."""
WHO5_RECENT_DAYS = 2 * WHO5_EVERY_DAYS
"""A low WHO-5 counts for this many days; an older one no longer describes now."""
LOOK_BACK_DAYS = 366
"""How far back the streak is read (a longer streak is counted from this far back)."""
MIN_ENTRY_DAYS = 7
"""Check-ins are offered once the diary has at least this many days with an entry."""


class CareKind(enum.Enum):
    """Why the note is shown."""

    WELLBEING = "wellbeing"
    STREAK = "streak"


@dataclass(frozen=True)
class CareReason:
    """Why the note is shown, and since when.

    Attributes:
        kind: A low WHO-5 check-in, or a long isolation streak.
        since: The day the reason arose: the check-in's day, or the day the streak reached
            14 days (or its latest further fortnight). A dismissal on or after it hides it.
        streak_days: The streak's length so far (STREAK only).
    """

    kind: CareKind
    since: dt.date
    streak_days: int | None = None


def care_reason(
    latest_who5: CheckIn | None, series: Sequence[DayStats], today: dt.date
) -> CareReason | None:
    """The reason for the note on ``today``, if any (the most recent one when there are two).

    Args:
        latest_who5: The latest WHO-5 check-in, if any.
        series: Consecutive days ending today (or yesterday); a last day still unlogged is
            left out, so the evening before writing does not end the streak.
        today: The diary's today.
    """
    reasons: list[CareReason] = []
    if (
        latest_who5 is not None
        and latest_who5.kind is CheckInKind.WHO5
        and raw_score(latest_who5) < WHO5_LOW_RAW
        and (today - latest_who5.day).days < WHO5_RECENT_DAYS
    ):
        reasons.append(CareReason(CareKind.WELLBEING, latest_who5.day))
    days = list(series)
    if days and days[-1].day == today and not days[-1].logged:
        days.pop()
    streak = current_streak(days)
    if streak is not None and streak.length >= STREAK_DAYS and (today - streak.end).days <= 1:
        fortnights = (streak.length - STREAK_DAYS) // STREAK_DAYS
        since = streak.start + dt.timedelta(days=STREAK_DAYS - 1 + STREAK_DAYS * fortnights)
        reasons.append(CareReason(CareKind.STREAK, since, streak.length))
    return max(reasons, key=lambda r: (r.since, r.kind is CareKind.WELLBEING), default=None)


def stored_day(stored: str) -> dt.date | None:
    """A date the settings keep as YYYY-MM-DD; None when empty or not a date."""
    try:
        return dt.date.fromisoformat(stored)
    except (TypeError, ValueError):
        return None


def dismissed(reason: CareReason, stored: str) -> bool:
    """True if the note was put away (``stored``: an ISO date) on or after its reason arose."""
    day = stored_day(stored)
    return day is not None and day >= reason.since


def note_to_show(reason: CareReason | None, stored: str) -> CareReason | None:
    """The reason to show the note for, or None: no reason, or put away since it arose."""
    if reason is None or dismissed(reason, stored):
        return None
    return reason


def latest_who5(checkins: Iterable[CheckIn]) -> CheckIn | None:
    """The latest WHO-5 check-in among ``checkins`` (any order), if any."""
    found = [c for c in checkins if c.kind is CheckInKind.WHO5]
    return max(found, key=lambda c: c.day, default=None)


# -- Check-ins ---------------------------------------------------------------------------------


def checkins_ready(entry_days: int) -> bool:
    """True once the diary has a week of entries (``MIN_ENTRY_DAYS`` days with an entry)."""
    return entry_days >= MIN_ENTRY_DAYS


def checkins_to_offer(
    due: Iterable[CheckInKind],
    *,
    entry_days: int,
    today: dt.date,
    offer: bool = True,
    put_away: str = "",
) -> tuple[CheckInKind, ...]:
    """The check-ins to offer on ``today``, WHO-5 first; () when there is nothing to offer.

    Args:
        due: The kinds due today (``checkins.due_checkins`` or ``Repository.due_checkins``).
        entry_days: How many days of the diary have an entry.
        today: The diary's today.
        offer: The user's "offer check-ins" setting; False offers nothing.
        put_away: The day "Not today" was last pressed (YYYY-MM-DD, "" for never); on that
            day nothing is offered.
    """
    if not offer or not checkins_ready(entry_days) or stored_day(put_away) == today:
        return ()
    wanted = set(due)
    return tuple(kind for kind in CheckInKind if kind in wanted)
