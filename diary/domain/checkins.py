"""Scoring of the WHO-5 and UCLA 3-item check-ins (validation lives on CheckIn itself).

WHO-5: five items scored 0-5, raw 0-25, percentage = raw x 4; raw below 13 suggests talking to a
professional (WHO Collaborating Centre in Mental Health, 1998). UCLA-3: three items scored 1-3,
total 3-9, 6 or more commonly read as lonely (Hughes et al., 2004).
"""

from __future__ import annotations

from diary.domain.models import CheckIn, CheckInKind

WHO5_LOW_RAW = 13
UCLA3_LONELY = 6


def raw_score(checkin: CheckIn) -> int:
    """Sum of the item answers (WHO-5 raw 0-25, UCLA-3 total 3-9)."""
    return sum(checkin.answers)


def who5_percent(checkin: CheckIn) -> int:
    """WHO-5 wellbeing on the 0-100 scale."""
    if checkin.kind is not CheckInKind.WHO5:
        raise ValueError("who5_percent needs a WHO-5 check-in")
    return raw_score(checkin) * 4


def suggests_support(checkin: CheckIn) -> bool:
    """True when the published threshold suggests a gentle note about support."""
    if checkin.kind is CheckInKind.WHO5:
        return raw_score(checkin) < WHO5_LOW_RAW
    return raw_score(checkin) >= UCLA3_LONELY
