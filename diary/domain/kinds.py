"""The closed sets of the domain (how people connected, who reached out, which check-in).

Plain enums in a module of their own: the command line's argument parser needs their values,
and importing them must not cost the dataclass machinery of ``models`` on the app's start-up.
"""

from __future__ import annotations

import enum

from diary.i18n import pgettext


class Mode(enum.Enum):
    """How a contact happened, from closest to most distant."""

    IN_PERSON = "in-person"
    VIDEO = "video"
    CALL = "call"
    TEXT = "text"
    SOCIAL = "social"

    @property
    def label(self) -> str:
        """Words for people rather than for scripts, in the current language."""
        if self is Mode.IN_PERSON:
            # Translators: how a contact happened, short, lower case (a chip, a list of
            # contacts): in person, video, call, text, social media.
            return pgettext("how people connected", "in person")
        if self is Mode.VIDEO:
            return pgettext("how people connected", "video")
        if self is Mode.CALL:
            return pgettext("how people connected", "call")
        if self is Mode.TEXT:
            return pgettext("how people connected", "text")
        return pgettext("how people connected", "social media")

    @property
    def is_live(self) -> bool:
        """True for modes where people hear or see each other in real time."""
        return self in (Mode.IN_PERSON, Mode.VIDEO, Mode.CALL)


class Initiator(enum.Enum):
    """Who reached out first."""

    ME = "me"
    THEM = "them"
    BOTH = "both"


class CheckInKind(enum.Enum):
    """The validated questionnaires Hearth offers."""

    WHO5 = "who5"
    UCLA3 = "ucla3"

    @property
    def shape(self) -> tuple[int, int, int]:
        """(number of items, lowest answer, highest answer) of the published scale."""
        return {CheckInKind.WHO5: (5, 0, 5), CheckInKind.UCLA3: (3, 1, 3)}[self]
