"""Alone or lonely in sentences and JSON: a period's isolated days by "Company today".

``diary.formats.summary`` calls these for its "company" lead, its numbers and ``diary stats
--json``. The honesty rules hold: counts with their n, never a share; below ``MIN_GROUP_DAYS``
answered isolated days no split is told, only that a few more answers are needed; and nothing is
said at all while no day of the period has an answer (the question is optional, never a nag).
"""

from __future__ import annotations

from typing import Any

from diary import messages
from diary.domain.insights import Insights
from diary.domain.solitude import CompanyCount, Solitude
from diary.i18n import N_, NP_, _

# The words, marked here and translated where they are used (``_`` and ``Plural``'s call).
# Translators: "Company today" is the optional question of the Today page: did the user want
# more company, was it about right, or did they want less. These follow the sentence about the
# period's longest stretch without meaningful contact, which names the period.
COMPANY_FEW = NP_(
    "You said how much company you wanted on {n} isolated day: a few more answers and Hearth "
    "can tell lonely days from time alone you chose.",
    "You said how much company you wanted on {n} isolated days: a few more answers and Hearth "
    "can tell lonely days from time alone you chose.",
)
COMPANY_LONELY_ALL_ANSWERED = NP_(
    "On {lonely} of your {n} isolated day you would have liked more company.",
    "On {lonely} of your {n} isolated days you would have liked more company.",
)
COMPANY_LONELY = NP_(
    "Of the {n} isolated day you answered, on {lonely} you would have liked more company.",
    "Of the {n} isolated days you answered, on {lonely} you would have liked more company.",
)
COMPANY_NEVER_LONELY = NP_(
    "You wished for more company on none of the {n} isolated day you answered: time alone, "
    "not loneliness.",
    "You wished for more company on none of the {n} isolated days you answered: time alone, "
    "not loneliness.",
)
COMPANY_NOT_ASKED = N_("In {period} no day has an answer to “Company today” yet.")
COMPANY_ISOLATED_NUMBERS = N_(
    "Company on isolated days: wanted more {more}, about right {right}, wanted less {less}, "
    "no answer {unanswered}."
)
COMPANY_CONNECTED_NUMBERS = N_(
    "Company on days with meaningful contact: wanted more {more}, about right {right}, "
    "wanted less {less}."
)
COMPANY_STREAK_NUMBERS = NP_(
    "In your longest isolation streak you said you wanted more company on {lonely} of its {n} day.",
    "In your longest isolation streak you said you wanted more company on {lonely} of its {n} "
    "days.",
)


def speaks_of_company(insights: Insights) -> bool:
    """The period has isolated days and some day of it an answer: worth a lead sentence."""
    found = insights.solitude
    return found is not None and found.asked and insights.summary.isolated_days > 0


def company_lead(insights: Insights, period: str) -> str:
    """How many of the period's isolated days were lonely, honestly for small numbers."""
    found = insights.solitude
    if found is None or not found.asked:
        return _(COMPANY_NOT_ASKED).format(period=period)
    if insights.summary.isolated_days == 0:
        return messages.LEAD_ALL_CONNECTED.format(period=period)
    isolated = found.isolated
    if not found.enough:
        return COMPANY_FEW(isolated.answered)
    if isolated.more == 0:
        return COMPANY_NEVER_LONELY(isolated.answered)
    forms = COMPANY_LONELY_ALL_ANSWERED if isolated.unanswered == 0 else COMPANY_LONELY
    return forms(isolated.answered, lonely=isolated.more)


def company_lines(found: Solitude | None) -> list[str]:
    """The numbers behind the lead: each answer's count, on isolated and connected days."""
    if found is None or not found.asked:
        return []
    isolated, connected = found.isolated, found.connected
    lines = []
    if isolated.days:
        lines.append(
            _(COMPANY_ISOLATED_NUMBERS).format(
                more=isolated.more,
                right=isolated.right,
                less=isolated.less,
                unanswered=isolated.unanswered,
            )
        )
    longest = found.longest
    if longest is not None and longest.answered:
        lines.append(COMPANY_STREAK_NUMBERS(longest.days, lonely=longest.more))
    if connected.answered:
        lines.append(
            _(COMPANY_CONNECTED_NUMBERS).format(
                more=connected.more, right=connected.right, less=connected.less
            )
        )
    return lines


def _count_dict(count: CompanyCount) -> dict[str, int]:
    return {
        "more": count.more,
        "right": count.right,
        "less": count.less,
        "unanswered": count.unanswered,
    }


def company_to_dict(found: Solitude | None) -> dict[str, Any] | None:
    """``company`` of ``diary stats --json`` (docs/cli.md): the counts, and whether enough."""
    if found is None:
        return None
    return {
        "isolated": _count_dict(found.isolated),
        "connected": _count_dict(found.connected),
        "longest_streak": _count_dict(found.longest) if found.longest is not None else None,
        "enough": found.enough,
    }
