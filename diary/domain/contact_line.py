"""One line about a contact, as people type it, read into the fields of an ``Interaction``.

``parse_contact_line("Ana and Sam, coffee, 45 min in person, deep", known=["Ana", "Sam"])``
gives people Ana and Sam, in person, 45 minutes, depth 5, and the note "coffee". The same
grammar serves the Today page's contact line and ``diary met --line``; ``contact_line`` writes
an interaction back as a canonical line that parses to the same fields.

The grammar, in the order it is read (each part once; a later, different duplicate stays in the
note):

* ``"quoted words"`` are always note, read as typed (a ``""`` inside stands for one ``"``).
* **Minutes**: ``45 min``, ``45m``, ``90 minutes``, ``1h``, ``1 h 30``, ``1h30m``, ``1.5 hours``,
  ``an hour``, ``half an hour``, ``an hour and a half``, ``a quarter of an hour``, ``two hours``,
  ``ten minutes``, ``a few minutes`` (5); ``for``/``about``/``around`` before them is read too.
  A part of the line that is only a whole number (``Ana, call, 20``) is minutes. More than a
  day (1,440 minutes) is refused.
* **Depth** 1 to 5: ``depth 4`` or ``4/5``, or a word of ``DEPTH_WORDS``::

      1  small talk, surface, superficial, shallow
      2  light, casual, ok, okay, fine, a little personal
      3  good, personal, warm, real
      4  open, close, honest, heartfelt, meaningful
      5  deep, very deep, deeply understood, heart to heart, intimate, profound

* **Who reached out**: ``I called``, ``I texted``, ``I reached out``, ``I invited`` … are
  ``Initiator.ME``; ``she``/``he``/``they`` or a name before such a verb (``Ana called``,
  ``they reached out``) is ``THEM``; ``we both``, ``both of us``, ``mutual`` are ``BOTH``.
  The verb also says how, when nothing else does (``called`` is a call, ``texted`` a text).
* **How** (``MODE_WORDS``): in person (``in person``, ``face to face``, ``met``, ``saw``,
  ``visited``, ``hung out``…), video (``video``, ``facetime``, ``zoom``, ``teams``, ``skype``…),
  call (``call``, ``phone``, ``rang``…), text (``text``, ``texted``, ``message``, ``whatsapp``,
  ``sms``, ``email``…), social media (``social media``, ``instagram``, ``dm``, ``facebook``…).
  What people did together (``ACTIVITIES``: coffee, lunch, walk, dinner…) means in person when
  nothing else says how, and stays in the note, since it says what the contact was.
* **People**: the known people are matched as whole names, ignoring case, anywhere in the line.
  A capitalised word that is no known person is an *unknown name* (never created here) when it
  stands where names stand: in a part of the line made only of names (``Ana, Sam & Lee``),
  after ``with`` (``walk with Pri``), or before a verb of reaching out (``Pri called``).
  Capitalised words in ``not_names`` are never taken for names and stay in the note.
* **The note** is everything else, in the user's order; the pieces between commas are kept
  apart by ``", "``.

**Languages.** Every list of words above is one catalogue message (context ``contact line``):
synonyms separated by ``|``, the first the one a line is written back with. A line is read with
the current language's words *and* the English ones, so "Ana und Sam, Kaffee, 45 Min
persönlich, tief" and the English example both read in German; ``contact_line`` and
``format_parsed`` write in the current language. ``DEPTH_WORDS``, ``MODE_WORDS`` and the other
constants are the English lists; ``keywords()`` has the words of the current language.

Standard library and ``diary.i18n`` only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from diary.domain.kinds import Initiator, Mode
from diary.domain.models import (
    DEPTH_MAX,
    DEPTH_MIN,
    MINUTES_MAX,
    Interaction,
    ValidationError,
)
from diary.i18n import _, ngettext, pgettext

DEFAULT_MODE = Mode.IN_PERSON
"""How a contact happened when the line does not say."""
DEFAULT_MINUTES = 30
"""How long a contact lasted when the line does not say."""

LINE_MAX = 4000
"""The longest line the parser reads, in characters."""

CONTEXT = "contact line"
"""The catalogue context of the grammar's words (``msgctxt "contact line"``)."""


class _Marker:
    """Marks a word list of the grammar for the catalogue and returns it unchanged (English).

    Its method is named ``pgettext`` so that the extractor finds each list with its context;
    the lists are looked up in the current language when a line is read (``_grammar``).
    """

    @staticmethod
    def pgettext(context: str, words: str) -> str:
        return words


_line = _Marker()

# The grammar's words. Each message is a list of synonyms separated by "|", lower case, in the
# order a person would think of them; the first is the one a line is written back with. The
# English lists are always understood too, whatever the language.

_DEPTH_MESSAGES: dict[int, str] = {
    # Translators: contact line, how deep a contact was: 1 of 5, small talk. Synonyms the user
    # types, separated by |, lower case; the first is written back. English is understood too.
    1: _line.pgettext("contact line", "small talk|surface|superficial|shallow"),
    # Translators: contact line, depth 2 of 5 (light). Synonyms separated by |; the first is
    # written back.
    2: _line.pgettext("contact line", "light|casual|ok|okay|fine|a little personal"),
    # Translators: contact line, depth 3 of 5 (good, personal). Synonyms separated by |.
    3: _line.pgettext("contact line", "good|personal|warm|real"),
    # Translators: contact line, depth 4 of 5 (open, honest). Synonyms separated by |.
    4: _line.pgettext("contact line", "open|close|honest|heartfelt|meaningful"),
    # Translators: contact line, depth 5 of 5 (deep). Synonyms separated by |.
    5: _line.pgettext(
        "contact line", "deep|very deep|deeply understood|heart to heart|intimate|profound"
    ),
}

_MODE_MESSAGES: dict[Mode, str] = {
    # Translators: contact line, how people connected: in person. Synonyms the user types,
    # separated by |, lower case; the first is written back. English is understood too.
    Mode.IN_PERSON: _line.pgettext(
        "contact line",
        "in person|in-person|face to face|face-to-face|f2f|irl|met|met up|we met|meet up|saw"
        "|visit|visited|hung out|together",
    ),
    # Translators: contact line, how people connected: a video call (app names may stay).
    # Synonyms separated by |; the first is written back.
    Mode.VIDEO: _line.pgettext(
        "contact line",
        "video|video call|videocall|video chat|facetime|facetimed|zoom|teams|skype|google meet"
        "|webcam",
    ),
    # Translators: contact line, how people connected: a phone call. Synonyms separated by |.
    Mode.CALL: _line.pgettext(
        "contact line", "call|phone|phone call|phoned|rang|called|on the phone"
    ),
    # Translators: contact line, how people connected: written messages (app names may stay).
    # Synonyms separated by |; the first is written back.
    Mode.TEXT: _line.pgettext(
        "contact line",
        "text|texts|texted|texting|message|messages|messaged|whatsapp|sms|signal|telegram"
        "|email|emailed|letter",
    ),
    # Translators: contact line, how people connected: social media (app names may stay).
    # Synonyms separated by |; the first is written back.
    Mode.SOCIAL: _line.pgettext(
        "contact line",
        "social media|social|instagram|insta|dm|dms|dm'd|dmed|facebook|twitter|tiktok|snapchat"
        "|discord|reddit",
    ),
}

# Translators: contact line, things people do together (they mean "in person" and stay in the
# note). Separated by |, lower case.
_ACTIVITIES_MESSAGE = _line.pgettext(
    "contact line",
    "coffee|tea|breakfast|brunch|lunch|dinner|supper|drinks|a drink|beer|walk|a walk|hike|run"
    "|party|movie|cinema|concert|gym|class|choir|church|game|games",
)

_INITIATOR_MESSAGES: dict[Initiator, str] = {
    # Translators: contact line, fixed phrases for "I was the one who reached out", separated
    # by |; the first is written back (so keep it readable, capitals as in a sentence).
    Initiator.ME: _line.pgettext("contact line", "I reached out"),
    # Translators: contact line, phrases for "they reached out to me", separated by |; the
    # first is written back.
    Initiator.THEM: _line.pgettext("contact line", "they reached out"),
    # Translators: contact line, phrases for "we both reached out", separated by |; the first
    # is written back.
    Initiator.BOTH: _line.pgettext("contact line", "we both reached out|we both|both of us|mutual"),
}

_VERB_MESSAGES: dict[Mode | None, str] = {
    # Translators: contact line, verbs of reaching out that follow who did it ("I invited",
    # "Ana asked"), separated by |. Include the forms your language uses after "I" and after
    # a name (for example both "habe angerufen" and "hat angerufen").
    None: _line.pgettext("contact line", "reached out|invited|asked|suggested"),
    # Translators: contact line, verbs meaning "phoned" after who did it ("Ana called").
    Mode.CALL: _line.pgettext("contact line", "called|rang|phoned"),
    # Translators: contact line, verbs meaning "sent a message" after who did it.
    Mode.TEXT: _line.pgettext("contact line", "texted|messaged|wrote|emailed"),
    # Translators: contact line, verbs meaning "made a video call" after who did it.
    Mode.VIDEO: _line.pgettext("contact line", "facetimed|video called"),
    # Translators: contact line, verbs meaning "sent a social media message" after who did it.
    Mode.SOCIAL: _line.pgettext("contact line", "dm'd|dmed"),
    # Translators: contact line, verbs meaning "came to see" after who did it ("Sam came over").
    Mode.IN_PERSON: _line.pgettext("contact line", "visited|came over|dropped by"),
}

_SUBJECT_MESSAGES: dict[Initiator, str] = {
    # Translators: contact line, the word "I" before a verb of reaching out ("I called").
    # Separated by |.
    Initiator.ME: _line.pgettext("contact line", "i"),
    # Translators: contact line, "she", "he", "they" before a verb of reaching out.
    Initiator.THEM: _line.pgettext("contact line", "she|he|they"),
    # Translators: contact line, "we" before a verb of reaching out ("we both called").
    Initiator.BOTH: _line.pgettext("contact line", "we both|we"),
}

# Translators: contact line, words that may follow a verb of reaching out and are not part of
# the note ("texted me first", "called her"). Separated by |; one is read, so list the
# combinations too ("me first").
_TAILS_MESSAGE = _line.pgettext(
    "contact line",
    "first|me first|me|her|him|them|us|to me|to her|to him|to them|to us|to me first",
)
# Translators: contact line, pronouns: capitalised, they are still never taken for a name.
# Separated by |, lower case.
_PRONOUNS_MESSAGE = _line.pgettext("contact line", "i|me|my|we|us|she|he|they|her|him|them")
# Translators: contact line, words joining names ("Ana and Sam"). Separated by |.
_AND_MESSAGE = _line.pgettext("contact line", "and")
# Translators: contact line, words before the people someone was with ("walk with Pri").
# Separated by |.
_WITH_MESSAGE = _line.pgettext("contact line", "with")
# Translators: contact line, words before the person a message went to ("wrote to Pri").
# Separated by |.
_TO_MESSAGE = _line.pgettext("contact line", "to")
# Translators: contact line, words before how people connected ("on whatsapp", "by phone").
# Separated by |.
_MODE_LEAD_MESSAGE = _line.pgettext("contact line", "on|by|via|over|through")
# Translators: contact line, words before how long a contact lasted ("for 20 min", "about
# an hour"). Separated by |.
_LEAD_MESSAGE = _line.pgettext("contact line", "for|about|around|roughly|maybe|almost|nearly|over")
# Translators: contact line, the word of a depth number ("depth 4"). Separated by |.
_DEPTH_WORD_MESSAGE = _line.pgettext("contact line", "depth")
# Translators: contact line, units after a number of minutes ("45 min", "45m"). Separated
# by |, lower case.
_MINUTE_UNITS_MESSAGE = _line.pgettext("contact line", "m|min|mins|minute|minutes")
# Translators: contact line, units after a number of hours ("1h", "2 hours"). Separated by |,
# lower case.
_HOUR_UNITS_MESSAGE = _line.pgettext("contact line", "h|hr|hrs|hour|hours")

_DURATION_MESSAGES: dict[int, str] = {
    # Translators: contact line, ways of saying 90 minutes in words. Separated by |.
    90: _line.pgettext(
        "contact line",
        "an hour and a half|a hour and a half|one hour and a half|one and a half hours",
    ),
    # Translators: contact line, ways of saying 30 minutes in words. Separated by |.
    30: _line.pgettext(
        "contact line", "half an hour|half a hour|half hour|a half hour|a half an hour"
    ),
    # Translators: contact line, ways of saying 15 minutes in words. Separated by |.
    15: _line.pgettext(
        "contact line",
        "a quarter of an hour|quarter of an hour|a quarter of a hour|quarter of a hour"
        "|a quarter hour|quarter hour|quarter an hour",
    ),
    # Translators: contact line, ways of saying 60 minutes in words. Separated by |.
    60: _line.pgettext("contact line", "an hour|one hour|a hour"),
    # Translators: contact line, ways of saying "about 5 minutes" in words. Separated by |.
    5: _line.pgettext("contact line", "a few minutes|a couple of minutes"),
}

_NUMBER_MESSAGES: dict[int, str] = {
    # Translators: contact line, the number 1 in words, before "hours" or "minutes" ("one
    # hour"). Every form the user may type, separated by |.
    1: _line.pgettext("contact line", "one"),
    # Translators: contact line, the number 2 in words ("two hours"). Separated by |.
    2: _line.pgettext("contact line", "two"),
    # Translators: contact line, the number 3 in words. Separated by |.
    3: _line.pgettext("contact line", "three"),
    # Translators: contact line, the number 4 in words. Separated by |.
    4: _line.pgettext("contact line", "four"),
    # Translators: contact line, the number 5 in words. Separated by |.
    5: _line.pgettext("contact line", "five"),
    # Translators: contact line, the number 6 in words. Separated by |.
    6: _line.pgettext("contact line", "six"),
    # Translators: contact line, the number 7 in words. Separated by |.
    7: _line.pgettext("contact line", "seven"),
    # Translators: contact line, the number 8 in words. Separated by |.
    8: _line.pgettext("contact line", "eight"),
    # Translators: contact line, the number 9 in words. Separated by |.
    9: _line.pgettext("contact line", "nine"),
    # Translators: contact line, the number 10 in words ("ten minutes"). Separated by |.
    10: _line.pgettext("contact line", "ten"),
    # Translators: contact line, the number 11 in words. Separated by |.
    11: _line.pgettext("contact line", "eleven"),
    # Translators: contact line, the number 12 in words. Separated by |.
    12: _line.pgettext("contact line", "twelve"),
    # Translators: contact line, the number 15 in words. Separated by |.
    15: _line.pgettext("contact line", "fifteen"),
    # Translators: contact line, the number 20 in words. Separated by |.
    20: _line.pgettext("contact line", "twenty"),
    # Translators: contact line, the number 30 in words. Separated by |.
    30: _line.pgettext("contact line", "thirty"),
    # Translators: contact line, the number 40 in words. Separated by |.
    40: _line.pgettext("contact line", "forty"),
    # Translators: contact line, the number 45 in words. Separated by |.
    45: _line.pgettext("contact line", "forty-five"),
    # Translators: contact line, the number 50 in words. Separated by |.
    50: _line.pgettext("contact line", "fifty"),
    # Translators: contact line, the number 60 in words. Separated by |.
    60: _line.pgettext("contact line", "sixty"),
    # Translators: contact line, the number 90 in words. Separated by |.
    90: _line.pgettext("contact line", "ninety"),
}


def _split(words: str) -> tuple[str, ...]:
    """A "|"-separated list of synonyms, each trimmed; empty pieces are skipped."""
    return tuple(word for word in (piece.strip() for piece in words.split("|")) if word)


_K = TypeVar("_K")


def _lists(messages: Mapping[_K, str]) -> dict[_K, tuple[str, ...]]:
    return {key: _split(words) for key, words in messages.items()}


DEPTH_WORDS: dict[int, tuple[str, ...]] = _lists(_DEPTH_MESSAGES)
"""The English words of each depth; the first one is the canonical English word."""

MODE_WORDS: dict[Mode, tuple[str, ...]] = _lists(_MODE_MESSAGES)
"""The English words for each way of connecting; the first one is the canonical word."""

ACTIVITIES: tuple[str, ...] = _split(_ACTIVITIES_MESSAGE)
"""What people do together: in person, unless the line says otherwise; kept in the note."""

INITIATOR_WORDS: dict[Initiator, tuple[str, ...]] = _lists(_INITIATOR_MESSAGES)
"""Fixed English phrases of who reached out; the first one is canonical. See also ``VERBS``."""

VERBS: dict[str, Mode | None] = {
    verb: mode for mode, words in _lists(_VERB_MESSAGES).items() for verb in words
}
"""English verbs of reaching out after a subject (I, she, a name), and how they say it was."""

_SEPARATORS = frozenset({",", ";", "—", "–", "|", "\n"})
_SYMBOL_CONNECTORS = frozenset({"&", "+", "/"})
_END = r"(?![^\W\d_])"
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_QUOTED = re.compile(r'"((?:[^"]|"")*)"|“([^”]*)”|„([^“”]*)[“”]|«\s?([^»]*?)\s?»')
_TOKEN = re.compile(
    r"(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)|(?P<num>\d+(?:[.,]\d+)?)|(?P<punct>\S)"
)

Phrases = tuple[tuple[tuple[str, ...], object], ...]
"""(tokens of a phrase, what it means) pairs, longest phrase first."""


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    phrase = unicodedata.normalize("NFC", phrase).replace("’", "'")
    return tuple(m.group(0).casefold() for m in _TOKEN.finditer(phrase))


def _phrase_table(table: Iterable[tuple[str, object]]) -> Phrases:
    """(tokens, value) pairs, longest phrase first (equally long ones in the given order)."""
    rows: dict[tuple[str, ...], object] = {}
    for phrase, value in table:
        tokens = _phrase_tokens(phrase)
        if tokens:
            rows.setdefault(tokens, value)
    return tuple(sorted(rows.items(), key=lambda row: -len(row[0])))


def _alternatives(phrases: Iterable[str]) -> str:
    """A regular expression matching any of the phrases, spaces standing for any whitespace."""
    ordered = sorted({" ".join(p.lower().split()) for p in phrases if p.strip()}, key=len)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in reversed(ordered))


@dataclass(frozen=True)
class _Grammar:
    """The grammar's words in one language (with English), ready to read a line."""

    modes: Phrases
    depths: Phrases
    initiators: Phrases
    activities: Phrases
    verbs: Phrases
    tails: Phrases
    subjects: Phrases
    pronouns: frozenset[str]
    connectors: frozenset[str]  # and, with and the symbols
    with_words: frozenset[str]
    to_words: frozenset[str]
    mode_lead_ins: frozenset[str]
    lead_ins: frozenset[str]
    numbers: dict[str, int]
    durations: tuple[tuple[re.Pattern[str], str], ...]
    depth_number: re.Pattern[str]
    pieces: re.Pattern[str]
    keywords: frozenset[str]
    mode_words: dict[Mode, str]  # the canonical word of each, in the current language
    depth_words: dict[int, str]
    initiator_words: dict[Initiator, str]


_ENGLISH: tuple[str, ...] = (
    *_DEPTH_MESSAGES.values(),
    *_MODE_MESSAGES.values(),
    _ACTIVITIES_MESSAGE,
    *_INITIATOR_MESSAGES.values(),
    *_VERB_MESSAGES.values(),
    *_SUBJECT_MESSAGES.values(),
    _TAILS_MESSAGE,
    _PRONOUNS_MESSAGE,
    _AND_MESSAGE,
    _WITH_MESSAGE,
    _TO_MESSAGE,
    _MODE_LEAD_MESSAGE,
    _LEAD_MESSAGE,
    _DEPTH_WORD_MESSAGE,
    _MINUTE_UNITS_MESSAGE,
    _HOUR_UNITS_MESSAGE,
    *_DURATION_MESSAGES.values(),
    *_NUMBER_MESSAGES.values(),
)
"""Every message of the grammar, in English."""


def _messages() -> tuple[tuple[str, str], ...]:
    """Every message of the grammar: (English, in the current language)."""
    return tuple((message, pgettext(CONTEXT, message)) for message in _ENGLISH)


def _grammar() -> _Grammar:
    """The grammar of the current language (built once per language, then reused)."""
    return _build(_messages())


@lru_cache(maxsize=8)
def _build(messages: tuple[tuple[str, str], ...]) -> _Grammar:
    said = dict(messages)

    def words(english: str) -> tuple[str, ...]:
        """The current language's synonyms first (the first is canonical), then English's."""
        return tuple(dict.fromkeys((*_split(said[english]), *_split(english))))

    def merged(table: Mapping[_K, str]) -> list[tuple[str, object]]:
        return [(word, key) for key, english in table.items() for word in words(english)]

    def tokens(english: str) -> frozenset[str]:
        return frozenset(token for word in words(english) for token in _phrase_tokens(word))

    minute_units = _alternatives(words(_MINUTE_UNITS_MESSAGE))
    hour_units = _alternatives(words(_HOUR_UNITS_MESSAGE))
    numbers = {
        " ".join(_phrase_tokens(word)): value
        for value, english in _NUMBER_MESSAGES.items()
        for word in words(english)
    }
    lead = r"(?:\b(?:" + _alternatives(words(_LEAD_MESSAGE)) + r")\s+|~\s*)?"
    spelled = r"(" + _alternatives(numbers) + r")"
    patterns = [
        (rf"\b(?:{_alternatives(words(english))}){_END}", str(minutes))
        for minutes, english in _DURATION_MESSAGES.items()
    ]
    patterns += [
        (rf"{_NUMBER}\s*(?:{hour_units}){_END}(?:\s*(?:(?:{_alternatives(words(_AND_MESSAGE))})"
         rf"\s+)?(\d+)(?:\s*(?:{minute_units}))?{_END})?", "hm"),
        (rf"{_NUMBER}\s*(?:{minute_units}){_END}", "m"),
        (rf"\b{spelled}\s+(?:{hour_units}){_END}", "wh"),
        (rf"\b{spelled}\s+(?:{minute_units}){_END}", "wm"),
    ]  # fmt: skip
    depth_word = _alternatives(words(_DEPTH_WORD_MESSAGE))
    joiners = _alternatives((*words(_AND_MESSAGE), *words(_WITH_MESSAGE), *words(_TO_MESSAGE)))
    modes = _phrase_table(merged(_MODE_MESSAGES))
    depths = _phrase_table(merged(_DEPTH_MESSAGES))
    initiators = _phrase_table(merged(_INITIATOR_MESSAGES))
    activities = _phrase_table((word, True) for word in words(_ACTIVITIES_MESSAGE))
    verbs = _phrase_table(merged(_VERB_MESSAGES))
    pronouns = tokens(_PRONOUNS_MESSAGE)
    connectors = tokens(_AND_MESSAGE) | tokens(_WITH_MESSAGE) | _SYMBOL_CONNECTORS
    units = tokens(_MINUTE_UNITS_MESSAGE) | tokens(_HOUR_UNITS_MESSAGE)
    keywords = frozenset(
        token
        for table in (modes, depths, initiators, activities, verbs)
        for phrase, _value in table
        for token in phrase
    ) | (pronouns | connectors | tokens(_DEPTH_WORD_MESSAGE) | units)
    return _Grammar(
        modes=modes,
        depths=depths,
        initiators=initiators,
        activities=activities,
        verbs=verbs,
        tails=_phrase_table((word, True) for word in words(_TAILS_MESSAGE)),
        subjects=_phrase_table(merged(_SUBJECT_MESSAGES)),
        pronouns=pronouns,
        connectors=connectors,
        with_words=tokens(_WITH_MESSAGE),
        to_words=tokens(_TO_MESSAGE),
        mode_lead_ins=tokens(_MODE_LEAD_MESSAGE),
        lead_ins=tokens(_LEAD_MESSAGE),
        numbers=numbers,
        durations=tuple(
            (re.compile(lead + pattern, re.IGNORECASE), kind) for pattern, kind in patterns
        ),
        depth_number=re.compile(
            rf"\b(?:{depth_word})\s*[:=]?\s*(-?\d+)(?:\s*/\s*5)?\b|\b(\d+)\s*/\s*5\b", re.I
        ),
        pieces=re.compile(rf"\s*(?:[,;&+/—–|]|\b(?:{joiners})\b)\s*", re.IGNORECASE),
        keywords=keywords,
        mode_words={mode: words(english)[0] for mode, english in _MODE_MESSAGES.items()},
        depth_words={depth: words(english)[0] for depth, english in _DEPTH_MESSAGES.items()},
        initiator_words={who: words(english)[0] for who, english in _INITIATOR_MESSAGES.items()},
    )


def keywords() -> frozenset[str]:
    """Every word the grammar reads in the current language (and in English), casefolded.

    A person's name made of these cannot be told from them, and a name being typed that is one
    of them completes nothing.
    """
    return _grammar().keywords


def pieces(text: str) -> list[str]:
    """``text`` cut where parts are separated or names joined (commas, "and", "with")."""
    return _grammar().pieces.split(text)


KEYWORDS: frozenset[str] = _build(tuple((m, m) for m in _ENGLISH)).keywords
"""Every word of the English grammar (``keywords()`` has those of the current language)."""


@dataclass(frozen=True)
class ParsedLine:
    """What one contact line says; None where it says nothing.

    Attributes:
        people: Known people named, in the diary's spelling, in the order typed.
        unknown: Name-like words that are no known person (never created by the parser).
        mode: How it happened.
        minutes: How long, 0 to 1,440.
        depth: How deep, 1 to 5.
        initiated: Who reached out.
        note: The words the parser did not understand, in the user's order.
    """

    people: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    mode: Mode | None = None
    minutes: int | None = None
    depth: int | None = None
    initiated: Initiator | None = None
    note: str = ""

    @property
    def is_empty(self) -> bool:
        """True when the line says nothing at all."""
        return self == ParsedLine()

    def interaction(
        self,
        day: dt.date,
        *,
        mode: Mode = DEFAULT_MODE,
        minutes: int = DEFAULT_MINUTES,
        extra_people: Sequence[str] = (),
    ) -> Interaction:
        """The contact this line describes, on ``day``.

        Args:
            day: The day of the contact.
            mode: How it happened when the line does not say.
            minutes: How long it lasted when the line does not say.
            extra_people: Names to count as known besides ``people`` (for example names the
                user just chose to add); they come after ``people``.

        Raises:
            ValidationError: if a name is still unknown, or the line names nobody and has no
                note (the message says what to do).
        """
        unknown = [name for name in self.unknown if name not in extra_people]
        if unknown:
            raise ValidationError(
                ngettext(
                    "{names} is not in your diary yet; add them first.",
                    "{names} are not in your diary yet; add them first.",
                    len(unknown),
                ).format(names=_names(unknown))
            )
        people = (*self.people, *(name for name in extra_people if name in self.unknown))
        if not people and not self.note:
            raise ValidationError(_("Say who it was with (initials are fine) or add a note."))
        return Interaction(
            day=day,
            mode=self.mode or mode,
            minutes=self.minutes if self.minutes is not None else minutes,
            people=people,
            depth=self.depth,
            initiated=self.initiated,
            note=self.note,
        )


def _names(names: Sequence[str]) -> str:
    """Names joined as a sentence joins them: Pri; Pri and Lee; Pri, Lee and Jo."""
    if len(names) <= 1:
        return "".join(names)
    # Translators: contact line, the people of a contact: {names} is "Ana" or "Ana, Sam", {last}
    # the last name. Use a word of the contact line's "and" list, so the line reads back.
    return pgettext("contact line", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )


@dataclass
class _Token:
    text: str
    kind: str  # word, num, punct, quote
    start: int
    end: int
    used: bool = False
    name: str | None = None  # the person (known) or unknown name this token belongs to
    known: bool = False
    segment: int = 0

    @property
    def low(self) -> str:
        return self.text.casefold().replace("’", "'")

    def capitalised(self, grammar: _Grammar) -> bool:
        return self.kind == "word" and self.text[:1].isupper() and self.low not in grammar.pronouns


@dataclass
class _State:
    tokens: list[_Token]
    grammar: _Grammar
    mode: Mode | None = None
    implied_mode: Mode | None = None
    activity: bool = False
    minutes: int | None = None
    depth: int | None = None
    initiated: Initiator | None = None
    found: list[tuple[int, str, bool]] = field(default_factory=list)  # (position, name, known)
    subjects: set[int] = field(default_factory=set)  # where a name reached out ("Pri called")


def _tokenise(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    for quoted in _QUOTED.finditer(text):
        tokens += _plain_tokens(text, position, quoted.start())
        inner = next(group for group in quoted.groups() if group is not None)
        tokens.append(
            _Token(inner.replace('""', '"'), "quote", quoted.start(), quoted.end(), used=True)
        )
        position = quoted.end()
    tokens += _plain_tokens(text, position, len(text))
    segment = 0
    for token in tokens:
        if token.kind == "punct" and token.text in _SEPARATORS:
            segment += 1
        token.segment = segment
    return tokens


def _plain_tokens(text: str, start: int, end: int) -> list[_Token]:
    return [
        _Token(m.group(0), m.lastgroup or "punct", start + m.start(), start + m.end())
        for m in _TOKEN.finditer(text[start:end])
    ]


def _match_at(tokens: Sequence[_Token], index: int, phrase: Sequence[str]) -> bool:
    if index + len(phrase) > len(tokens):
        return False
    return all(
        not tokens[index + k].used and tokens[index + k].low == word
        for k, word in enumerate(phrase)
    )


def _take(tokens: Sequence[_Token], index: int, length: int) -> None:
    for token in tokens[index : index + length]:
        token.used = True


def _mark_span(state: _State, start: int, end: int) -> bool:
    """Mark the tokens inside [start, end) used; False if one of them already is."""
    inside = [t for t in state.tokens if t.start >= start and t.end <= end and t.kind != "quote"]
    if not inside or any(t.used for t in inside):
        return False
    for token in inside:
        token.used = True
    return True


def _check_minutes(value: float) -> int:
    minutes = round(value)
    if minutes > MINUTES_MAX:
        raise ValidationError(
            ngettext(
                "{minutes} minute is more than a day; a contact can last up to 1,440 minutes "
                "(24 hours).",
                "{minutes} minutes is more than a day; a contact can last up to 1,440 minutes "
                "(24 hours).",
                minutes,
            ).format(minutes=minutes)
        )
    return minutes


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _read_durations(text: str, state: _State) -> None:
    for pattern, kind in state.grammar.durations:
        for match in pattern.finditer(text):
            if kind == "hm":
                value = _number(match.group(1)) * 60 + int(match.group(2) or 0)
            elif kind == "m":
                value = _number(match.group(1))
            elif kind in ("wh", "wm"):
                spelled = " ".join(_phrase_tokens(match.group(1)))
                value = state.grammar.numbers[spelled] * (60 if kind == "wh" else 1)
            else:
                value = int(kind)
            if state.minutes is not None and state.minutes != round(value):
                continue  # a second, different duration stays in the note
            if _mark_span(state, match.start(), match.end()):
                state.minutes = _check_minutes(value)


def _read_depth_numbers(text: str, state: _State) -> None:
    for match in state.grammar.depth_number.finditer(text):
        value = int(match.group(1) if match.group(1) is not None else match.group(2))
        if not DEPTH_MIN <= value <= DEPTH_MAX:
            raise ValidationError(
                _("Depth is 1 (small talk) to 5 (deep), not {value}.").format(value=value)
            )
        if state.depth is not None and state.depth != value:
            continue
        if _mark_span(state, match.start(), match.end()):
            state.depth = value


def _is_name_subject(token: _Token, grammar: _Grammar, known_last: frozenset[str]) -> bool:
    return token.kind == "word" and (token.capitalised(grammar) or token.low in known_last)


def _read_initiators(state: _State, known_last: frozenset[str]) -> None:
    tokens, grammar = state.tokens, state.grammar
    for index in range(len(tokens)):
        for phrase, value in grammar.initiators:
            if _match_at(tokens, index, phrase) and _set_initiator(state, value):
                _take(tokens, index, len(phrase))
                _take_tail(tokens, grammar, index + len(phrase))
                break
    for index in range(len(tokens)):
        for phrase, implied in grammar.verbs:
            if not _match_at(tokens, index, phrase):
                continue
            who = _subject(tokens, grammar, index, known_last)
            if who is None or not _set_initiator(state, who[0]):
                continue
            if who[1]:
                _take(tokens, who[2], index - who[2])  # the pronoun; a name stays for people
            else:
                state.subjects.add(who[2])
            _take(tokens, index, len(phrase))
            _take_tail(tokens, grammar, index + len(phrase))
            if isinstance(implied, Mode) and state.implied_mode is None:
                state.implied_mode = implied
            break


def _subject(
    tokens: Sequence[_Token], grammar: _Grammar, index: int, known_last: frozenset[str]
) -> tuple[Initiator, bool, int] | None:
    """Who is before the verb at ``index``: (who, is a pronoun to take, where it starts)."""
    if index == 0:
        return None
    before = tokens[index - 1]
    if before.used or before.kind != "word" or before.segment != tokens[index].segment:
        return None
    for phrase, who in grammar.subjects:  # "we both", "i", "she"… (longest first)
        start = index - len(phrase)
        if (
            start >= 0
            and isinstance(who, Initiator)
            and _match_at(tokens, start, phrase)
            and all(t.segment == before.segment for t in tokens[start:index])
        ):
            return who, True, start
    if _is_name_subject(before, grammar, known_last):
        return Initiator.THEM, False, index - 1
    return None


def _take_tail(tokens: Sequence[_Token], grammar: _Grammar, index: int) -> None:
    for phrase, _value in grammar.tails:
        if _match_at(tokens, index, phrase):
            _take(tokens, index, len(phrase))
            return


def _set_initiator(state: _State, who: object) -> bool:
    if not isinstance(who, Initiator):
        return False
    if state.initiated is not None and state.initiated is not who:
        return False
    state.initiated = who
    return True


def _read_phrases(state: _State) -> None:
    tokens, grammar = state.tokens, state.grammar
    for index in range(len(tokens)):
        for phrase, mode in grammar.modes:
            if _match_at(tokens, index, phrase) and isinstance(mode, Mode):
                if state.mode is None or state.mode is mode:
                    state.mode = mode
                    _take(tokens, index, len(phrase))
                    before = tokens[index - 1] if index else None
                    if before and not before.used and before.low in grammar.mode_lead_ins:
                        before.used = True  # "on whatsapp", "by phone", "via zoom"
                break
        for phrase, depth in grammar.depths:
            if _match_at(tokens, index, phrase) and isinstance(depth, int):
                if state.depth is None or state.depth == depth:
                    state.depth = depth
                    _take(tokens, index, len(phrase))
                break
        for phrase, _value in grammar.activities:
            if _match_at(tokens, index, phrase):
                state.activity = True  # understood, yet kept: it says what the contact was
                break


def _read_known(state: _State, known: Sequence[tuple[str, tuple[str, ...]]]) -> None:
    tokens = state.tokens
    for index in range(len(tokens)):
        for name, phrase in known:
            if phrase and _match_at(tokens, index, phrase):
                _take(tokens, index, len(phrase))
                for token in tokens[index : index + len(phrase)]:
                    token.name, token.known = name, True
                state.found.append((index, name, True))
                break


def _read_unknown(state: _State, not_names: frozenset[str]) -> None:
    tokens, grammar = state.tokens, state.grammar

    def candidate(token: _Token) -> bool:
        return (
            not token.used
            and token.capitalised(grammar)
            and token.low not in grammar.keywords
            and token.low not in not_names
        )

    places: set[int] = set()
    segments: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        segments.setdefault(token.segment, []).append(index)
    for indexes in segments.values():
        rest = [
            i
            for i in indexes
            if not tokens[i].used
            and tokens[i].low not in grammar.connectors
            and not (tokens[i].kind == "punct" and tokens[i].text in _SEPARATORS)
        ]
        if rest and all(candidate(tokens[i]) for i in rest):
            places.update(rest)  # a part of the line made only of names
    for index, token in enumerate(tokens):
        if token.low in grammar.with_words:
            follow = index + 1
            while follow < len(tokens) and tokens[follow].segment == token.segment:
                here = tokens[follow]
                if candidate(here):
                    places.add(follow)
                elif not (here.name or here.low in grammar.connectors):
                    break
                follow += 1
        if index in state.subjects and candidate(token):
            places.add(index)
    index = 0
    while index < len(tokens):
        if index not in places:
            index += 1
            continue
        end = index
        while end + 1 in places and tokens[end + 1].start == tokens[end].end + 1:
            end += 1  # "Aunt Jo": capitalised words one space apart are one name
        name = " ".join(t.text for t in tokens[index : end + 1])
        _take(tokens, index, end - index + 1)
        for token in tokens[index : end + 1]:
            token.name = name
        state.found.append((index, name, False))
        index = end + 1


def _read_connectors(state: _State) -> None:
    """``and``/``&``/``with``/``to`` before names are part of the names, not of the note."""
    tokens, grammar = state.tokens, state.grammar
    for index, token in enumerate(tokens):
        joins = token.low in grammar.connectors or token.low in grammar.to_words
        if token.used or not joins:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if after is not None and after.name is not None and after.segment == token.segment:
            token.used = True


def _read_bare_minutes(state: _State) -> None:
    if state.minutes is not None:
        return
    segments: dict[int, list[_Token]] = {}
    for token in state.tokens:
        if not token.used and not (token.kind == "punct" and token.text in _SEPARATORS):
            segments.setdefault(token.segment, []).append(token)
    for rest in segments.values():
        if len(rest) == 1 and rest[0].kind == "num" and rest[0].text.isdigit():
            state.minutes = _check_minutes(int(rest[0].text))
            rest[0].used = True
            return


def _note(text: str, tokens: Sequence[_Token], grammar: _Grammar) -> str:
    fragments: list[str] = []
    current: list[_Token] = []
    edges = grammar.connectors | grammar.lead_ins

    def close() -> None:
        words = list(current)
        while words and words[0].low in edges:
            words.pop(0)
        while words and words[-1].low in edges:
            words.pop()
        while words and words[-1].kind == "punct" and words[-1].text in ".!?:":
            words.pop()
        if any(t.kind in ("word", "num") for t in words):
            fragment = text[words[0].start : words[0].end]
            for before, token in zip(words, words[1:], strict=False):
                gap = text[before.end : token.start]
                fragment += (gap if gap.isspace() or not gap else " ") + token.text
            fragments.append(fragment)
        current.clear()

    for token in tokens:
        if token.kind == "quote":
            close()
            if token.text.strip():
                fragments.append(token.text.strip())
        elif token.kind == "punct" and token.text in _SEPARATORS:
            close()
        elif not token.used:
            if current and current[-1].segment != token.segment:
                close()
            current.append(token)
    close()
    return ", ".join(fragments)


def parse_contact_line(
    text: str, known: Iterable[str] = (), *, not_names: Iterable[str] = ()
) -> ParsedLine:
    """Read one line about a contact (see the module's grammar).

    Args:
        text: The line as typed.
        known: The names of the people in the diary.
        not_names: Words the user said are not people (they stay in the note).

    The line is read in Unicode's NFC, so the note comes back in it: the same text, with one
    spelling of each accent (an "é" typed as e + combining acute comes back composed).

    Raises:
        ValidationError: if the line asks for what the diary cannot keep: more than a day of
            minutes, or a depth number outside 1 to 5 (the message says so).
    """
    if not isinstance(text, str):
        raise ValidationError(_("A contact line must be text."))
    if len(text) > LINE_MAX:
        raise ValidationError(_("A contact line can be at most 4,000 characters long."))
    # One spelling of every accent: "é" typed as e + combining acute (as some keyboards and
    # pasted text give it) must read as the "é" of a known name, not split the word in two.
    text = unicodedata.normalize("NFC", text)
    state = _State(_tokenise(text), _grammar())
    first_spelling: dict[str, str] = {}
    for name in known:
        if name.strip():
            first_spelling.setdefault(unicodedata.normalize("NFC", name).casefold(), name)
    names = sorted(
        first_spelling.values(),
        key=lambda name: -len(_phrase_tokens(name)),
    )
    phrases = [(name, _phrase_tokens(name)) for name in names]
    known_last = frozenset(phrase[-1] for _, phrase in phrases if phrase)
    _read_durations(text, state)
    _read_depth_numbers(text, state)
    _read_initiators(state, known_last)
    _read_phrases(state)
    _read_known(state, phrases)
    _read_unknown(state, frozenset(word.casefold() for word in not_names))
    _read_connectors(state)
    _read_bare_minutes(state)
    mode = state.mode or state.implied_mode or (Mode.IN_PERSON if state.activity else None)
    people: dict[str, str] = {}
    unknown: dict[str, str] = {}
    for _position, name, is_known in sorted(state.found):
        (people if is_known else unknown).setdefault(name.casefold(), name)
    unknown = {key: name for key, name in unknown.items() if key not in people}
    return ParsedLine(
        people=tuple(people.values()),
        unknown=tuple(unknown.values()),
        mode=mode,
        minutes=state.minutes,
        depth=state.depth,
        initiated=state.initiated,
        note=_note(text, state.tokens, state.grammar),
    )


def join_names(names: Sequence[str]) -> str:
    """Names as a line writes them in the current language: Ana; Ana and Sam; Ana, Sam and Lee."""
    return _names(names)


def _quote(note: str) -> str:
    return '"' + note.replace('"', '""') + '"'


def contact_line(interaction: Interaction) -> str:
    """The canonical line of a contact, in the current language; it parses back the same.

    People, how, minutes, depth, who reached out, then the note, separated by commas, e.g.
    ``Ana and Sam, in person, 45 min, deep, I reached out, coffee``. The note is quoted when,
    unquoted, it would be read as something else.
    """
    return format_parsed(
        ParsedLine(
            people=interaction.people,
            mode=interaction.mode,
            minutes=interaction.minutes,
            depth=interaction.depth,
            initiated=interaction.initiated,
            note=interaction.note,
        )
    )


def format_parsed(parsed: ParsedLine) -> str:
    """A line saying what ``parsed`` says, in the current language (what it leaves out is left out).

    The names (known, then unknown) come first; the note is quoted when, unquoted, it would be
    read as something else.
    """
    grammar = _grammar()
    parts = []
    names = (*parsed.people, *parsed.unknown)
    if names:
        parts.append(_names(names))
    if parsed.mode is not None:
        parts.append(grammar.mode_words[parsed.mode])
    if parsed.minutes is not None:
        # Translators: contact line, how long a contact lasted, as a line is written back. Use
        # a unit of the contact line's minute units, so the line reads back.
        parts.append(pgettext("contact line", "{minutes} min").format(minutes=parsed.minutes))
    if parsed.depth is not None:
        parts.append(grammar.depth_words[parsed.depth])
    if parsed.initiated is not None:
        parts.append(grammar.initiator_words[parsed.initiated])
    line = ", ".join(parts)
    if not parsed.note:
        return line
    plain = f"{line}, {parsed.note}" if line else parsed.note
    try:
        if parse_contact_line(plain, parsed.people) == parsed:
            return plain
    except ValidationError:
        pass
    quoted = _quote(parsed.note)
    return f"{line}, {quoted}" if line else quoted
