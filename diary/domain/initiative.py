"""Who reaches out: of your last contacts with someone, how many you started and how many they did.

A friendship where one side always calls is worth noticing, gently: the numbers are counts of
the contacts where the diarist noted who reached out, never a score and never a verdict.
Contacts without that note count nowhere (missing data, like an unlogged day).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diary.domain.kinds import Initiator
from diary.domain.models import Interaction

RECENT_CONTACTS = 10
"""The last this many contacts with a noted initiator are counted ("9 of your last 10")."""

MOSTLY = 0.7
"""A side that started at least this share of the counted contacts "mostly" reaches out."""


@dataclass(frozen=True)
class Initiative:
    """Who started the counted contacts.

    Attributes:
        me: Contacts the diarist started.
        them: Contacts the other side started.
        both: Contacts both reached out for (a plan made together).
    """

    me: int = 0
    them: int = 0
    both: int = 0

    @property
    def counted(self) -> int:
        """How many contacts these numbers rest on."""
        return self.me + self.them + self.both

    @property
    def mostly_me(self) -> bool:
        """The diarist started most of them (``MOSTLY`` or more)."""
        return self.counted > 0 and self.me >= MOSTLY * self.counted

    @property
    def mostly_them(self) -> bool:
        """The other side started most of them."""
        return self.counted > 0 and self.them >= MOSTLY * self.counted


def initiative(contacts: Iterable[Interaction], *, last: int = RECENT_CONTACTS) -> Initiative:
    """Count who started the newest ``last`` of ``contacts`` that say so (any order given)."""
    noted = sorted(
        (c for c in contacts if c.initiated is not None), key=lambda c: c.day, reverse=True
    )[:last]
    return counted(c.initiated for c in noted if c.initiated is not None)


def counted(started: Iterable[Initiator]) -> Initiative:
    """The counts of who started each of ``started`` (already the contacts to count)."""
    each = list(started)
    return Initiative(
        me=each.count(Initiator.ME),
        them=each.count(Initiator.THEM),
        both=each.count(Initiator.BOTH),
    )
