"""How much company the user wanted on a day: more, about right, or less.

Being alone is not the same as feeling lonely (experience-sampling studies measure the two
apart): an isolated day can be chosen solitude or a lonely one, and only the user can say which.
``Entry.company`` keeps their optional answer. A plain enum in a module of its own, like
``kinds``: the argument parser needs its values without the dataclass machinery of ``models``.
"""

from __future__ import annotations

import enum

from diary.i18n import pgettext


class Company(enum.Enum):
    """The answer to "Company today": wanted more, about right, wanted less."""

    MORE = "more"
    RIGHT = "right"
    LESS = "less"

    @property
    def label(self) -> str:
        """The answer as the Today page and ``diary show`` say it, in the current language."""
        if self is Company.MORE:
            # Translators: the answers to "Company today:" (how much time with other people
            # the user wanted today), short, lower case: I wanted more · about right · I
            # wanted less.
            return pgettext("company today", "I wanted more")
        if self is Company.RIGHT:
            return pgettext("company today", "about right")
        return pgettext("company today", "I wanted less")

    @property
    def lonely(self) -> bool:
        """The user would have liked more company: on an isolated day, a lonely one."""
        return self is Company.MORE


def company_of(value: str | None) -> Company | None:
    """A stored or typed answer ("more", "right", "less") as a ``Company``; None stays None.

    Raises:
        ValueError: Any other value.
    """
    return None if value is None else Company(value)
