"""Which evening "now" belongs to, and how many words an entry has.

People write their evening entry late: at 1 am on Sunday it is still Saturday's evening. Until the
configurable ``day_starts_hour`` (4 am by default) the previous date is the one being written.
"""

from __future__ import annotations

import datetime as dt

from diary.i18n import _

HOURS_IN_DAY = 24


def evening_of(now: dt.datetime, day_starts_hour: int) -> dt.date:
    """The date whose evening ``now`` belongs to.

    Args:
        now: the current local time.
        day_starts_hour: the hour (0-23) at which a new day starts; before it, it is still the
            previous evening. 0 means days start at midnight.

    Returns:
        ``now``'s calendar date, or the day before when ``now`` is earlier than the hour.

    Raises:
        ValueError: if ``day_starts_hour`` is not a whole hour from 0 to 23.
    """
    if (
        isinstance(day_starts_hour, bool)
        or not isinstance(day_starts_hour, int)
        or not 0 <= day_starts_hour < HOURS_IN_DAY
    ):
        raise ValueError(
            _("The day must start at an hour from 0 to 23, not {hour}.").format(
                hour=repr(day_starts_hour)
            )
        )
    if now.hour < day_starts_hour:
        return now.date() - dt.timedelta(days=1)
    return now.date()


def word_count(text: str) -> int:
    """Count the words of ``text``: runs of non-space characters with a letter or digit in them.

    Punctuation standing alone (a dash, an ellipsis, an emoji) is not counted as a word.
    """
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))
