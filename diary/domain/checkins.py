"""Scoring of the WHO-5 and UCLA 3-item check-ins (validation lives on CheckIn itself).

WHO-5: five items scored 0-5, raw 0-25, percentage = raw x 4; raw below 13 suggests talking to a
professional (WHO Collaborating Centre in Mental Health, 1998). UCLA-3: three items scored 1-3,
total 3-9, 6 or more commonly read as lonely (Hughes et al., 2004).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from diary.domain.models import CheckIn, CheckInKind

WHO5_LOW_RAW = 13
WHO5_POOR_PERCENT = 50
"""The published "50 or less: poor wellbeing", the same rule as a raw score below 13 (the
percentage is a multiple of 4, so 50 or less is 48 or less, raw 12 or less)."""
WHO5_LIKELY_DEPRESSION_PERCENT = 28
"""A WHO-5 percentage of 28 or less (raw 7 or less) is commonly read as likely depression
(Topp et al., 2015, Psychotherapy and Psychosomatics 84:167-176); the report states it."""
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


# -- The published wording, shared by the GUI forms, the command line and docs/checkins.md ------
#
# The WHO-5 site asks that any deviation from its language versions be marked as such, so these
# are the published English texts, not paraphrases; docs/checkins.md gives the sources and says
# which parts could not be checked word for word against the original forms.

WHO5_TITLE = "WHO-5 Well-Being Index"
WHO5_INSTRUCTION = (
    "Please indicate for each of the five statements which is closest to how you have been "
    "feeling over the last two weeks. Notice that higher numbers mean better well-being."
)
WHO5_TIMEFRAME = "Over the last two weeks"
WHO5_ITEMS = (
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
)
WHO5_SCALE = (
    (5, "All of the time"),
    (4, "Most of the time"),
    (3, "More than half of the time"),
    (2, "Less than half of the time"),
    (1, "Some of the time"),
    (0, "At no time"),
)
"""(score, label) pairs of every WHO-5 item, in the order of the published form."""
WHO5_SOURCE = (
    "WHO-5 Well-Being Index (1998 version). Psychiatric Research Unit, Mental Health Centre "
    "North Zealand (WHO Collaborating Centre in Mental Health), Hillerød, Denmark. "
    "Free to use without permission."
)

UCLA3_TITLE = "Three-Item Loneliness Scale"
UCLA3_INSTRUCTION = (
    "The next questions are about how you feel about different aspects of your life. "
    "For each one, tell me how often you feel that way."
)
UCLA3_ITEMS = (
    "How often do you feel that you lack companionship?",
    "How often do you feel left out?",
    "How often do you feel isolated from others?",
)
UCLA3_SCALE = (
    (1, "Hardly ever"),
    (2, "Some of the time"),
    (3, "Often"),
)
"""(score, label) pairs of every UCLA-3 item, from least to most lonely."""
UCLA3_SOURCE = (
    "Hughes, M. E., Waite, L. J., Hawkley, L. C. & Cacioppo, J. T. (2004). A short scale for "
    "measuring loneliness in large surveys: results from two population-based studies. "
    "Research on Aging, 26(6), 655-672. Derived from the R-UCLA Loneliness Scale (Russell et al.)."
)

WHO5_EVERY_DAYS = 14
"""The WHO-5 asks about the last two weeks, so Hearth offers it every 14 days."""
UCLA3_EVERY_DAYS = 30
"""Loneliness changes slowly; Hearth offers the UCLA-3 about monthly."""


@dataclass(frozen=True)
class Questionnaire:
    """Everything a form needs to show one check-in, in the published wording.

    Attributes:
        kind: Which check-in.
        title: Its published name.
        instruction: The published lead-in.
        items: The item texts, in order.
        scale: (score, label) pairs every item is answered with.
        every_days: How often Hearth offers it.
        source: Where it comes from, and its terms of use.
        timeframe: The printed lead-in above the items' column ("Over the last two weeks").
    """

    kind: CheckInKind
    title: str
    instruction: str
    items: tuple[str, ...]
    scale: tuple[tuple[int, str], ...]
    every_days: int
    source: str
    timeframe: str = ""

    def label(self, score: int) -> str:
        """The words of an answer's score ("More than half of the time" for WHO-5's 3)."""
        for value, words in self.scale:
            if value == score:
                return words
        raise ValueError(f"{score!r} is not an answer of the {self.kind.value} scale")


QUESTIONNAIRES: Mapping[CheckInKind, Questionnaire] = MappingProxyType(
    {
        CheckInKind.WHO5: Questionnaire(
            CheckInKind.WHO5,
            WHO5_TITLE,
            WHO5_INSTRUCTION,
            WHO5_ITEMS,
            WHO5_SCALE,
            WHO5_EVERY_DAYS,
            WHO5_SOURCE,
            WHO5_TIMEFRAME,
        ),
        CheckInKind.UCLA3: Questionnaire(
            CheckInKind.UCLA3,
            UCLA3_TITLE,
            UCLA3_INSTRUCTION,
            UCLA3_ITEMS,
            UCLA3_SCALE,
            UCLA3_EVERY_DAYS,
            UCLA3_SOURCE,
        ),
    }
)
"""The questionnaire of each check-in kind, in its published English."""

# -- Published translations -----------------------------------------------------------------------
#
# A validated questionnaire is only valid in a validated translation, so these are never
# translated by Hearth's catalogues: a language gets a questionnaire only when a published
# translation is written here, with its source (docs/checkins.md). Where none is, the check-in is
# not offered in that language and the app says so. The published German WHO-5 says "Sie", as
# printed, although Hearth says "du" elsewhere.

WHO5_GERMAN = Questionnaire(
    CheckInKind.WHO5,
    "WHO-5-Fragebogen zum Wohlbefinden",
    "Die folgenden Aussagen betreffen Ihr Wohlbefinden in den letzten zwei Wochen. Bitte markieren "
    "Sie bei jeder Aussage die Rubrik, die Ihrer Meinung nach am besten beschreibt, wie Sie sich "
    "in den letzten zwei Wochen gefühlt haben.",
    (
        "… war ich froh und guter Laune",
        "… habe ich mich ruhig und entspannt gefühlt",
        "… habe ich mich energisch und aktiv gefühlt",
        "… habe ich mich beim Aufwachen frisch und ausgeruht gefühlt",
        "… war mein Alltag voller Dinge, die mich interessieren",
    ),
    (
        (5, "Die ganze Zeit"),
        (4, "Meistens"),
        (3, "Etwas mehr als die Hälfte der Zeit"),
        (2, "Etwas weniger als die Hälfte der Zeit"),
        (1, "Ab und zu"),
        (0, "Zu keinem Zeitpunkt"),
    ),
    WHO5_EVERY_DAYS,
    "WHO-Fragebogen zum Wohlbefinden (Version 1998), deutsche Fassung. Psychiatric Research "
    "Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital, Hillerød, "
    "Dänemark. Frei verwendbar.",
    "In den letzten zwei Wochen",
)

PUBLISHED: Mapping[tuple[CheckInKind, str], Questionnaire] = MappingProxyType(
    {
        **{(kind, "en"): questionnaire for kind, questionnaire in QUESTIONNAIRES.items()},
        (CheckInKind.WHO5, "de"): WHO5_GERMAN,
    }
)
"""Each questionnaire in every language it has a published translation in."""


def questionnaire_in(kind: CheckInKind, language: str) -> Questionnaire | None:
    """``kind``'s published wording in ``language``; None when it has no published translation."""
    return PUBLISHED.get((kind, language))


def offered_in(language: str) -> tuple[CheckInKind, ...]:
    """The check-ins Hearth can offer in ``language`` (those with a published translation)."""
    return tuple(kind for kind in CheckInKind if (kind, language) in PUBLISHED)


@dataclass(frozen=True)
class Score:
    """A check-in's result, as shown after answering.

    Attributes:
        raw: Sum of the answers (WHO-5 0-25, UCLA-3 3-9).
        percent: WHO-5 on the 0-100 scale; None for the UCLA-3.
        suggests_support: The published threshold suggests a gentle note about support.
    """

    raw: int
    percent: int | None
    suggests_support: bool


def score(checkin: CheckIn) -> Score:
    """Raw score, WHO-5 percentage and the support flag of a check-in."""
    percent = who5_percent(checkin) if checkin.kind is CheckInKind.WHO5 else None
    return Score(raw_score(checkin), percent, suggests_support(checkin))


# -- When a check-in is due -------------------------------------------------------------------


def last_taken(checkins: Iterable[CheckIn], kind: CheckInKind) -> dt.date | None:
    """The date of the latest check-in of ``kind``, or None if it was never taken."""
    return max((c.day for c in checkins if c.kind is kind), default=None)


def next_due(kind: CheckInKind, last: dt.date | None) -> dt.date | None:
    """The day a check-in is offered again: ``every_days`` after ``last``; None if never taken.

    None means "due now": a check-in never taken is always due.
    """
    if last is None:
        return None
    return last + dt.timedelta(days=QUESTIONNAIRES[kind].every_days)


def is_due(kind: CheckInKind, last: dt.date | None, today: dt.date) -> bool:
    """True when a check-in last taken on ``last`` (None: never) is due on ``today``."""
    due = next_due(kind, last)
    return due is None or today >= due


def due_checkins(checkins: Iterable[CheckIn], today: dt.date) -> tuple[CheckInKind, ...]:
    """The check-in kinds due on ``today``, WHO-5 first; checkins may be in any order."""
    taken = tuple(checkins)
    return tuple(kind for kind in CheckInKind if is_due(kind, last_taken(taken, kind), today))
