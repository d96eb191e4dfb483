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

Standard library only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from diary.domain.kinds import Initiator, Mode
from diary.domain.models import (
    DEPTH_MAX,
    DEPTH_MIN,
    MINUTES_MAX,
    Interaction,
    ValidationError,
)

DEFAULT_MODE = Mode.IN_PERSON
"""How a contact happened when the line does not say."""
DEFAULT_MINUTES = 30
"""How long a contact lasted when the line does not say."""

DEPTH_WORDS: dict[int, tuple[str, ...]] = {
    1: ("small talk", "surface", "superficial", "shallow"),
    2: ("light", "casual", "ok", "okay", "fine", "a little personal"),
    3: ("good", "personal", "warm", "real"),
    4: ("open", "close", "honest", "heartfelt", "meaningful"),
    5: ("deep", "very deep", "deeply understood", "heart to heart", "intimate", "profound"),
}
"""The words of each depth; the first one is the canonical word ``contact_line`` writes."""

MODE_WORDS: dict[Mode, tuple[str, ...]] = {
    Mode.IN_PERSON: (
        "in person",
        "in-person",
        "face to face",
        "face-to-face",
        "f2f",
        "irl",
        "met",
        "met up",
        "we met",
        "meet up",
        "saw",
        "visit",
        "visited",
        "hung out",
        "together",
    ),
    Mode.VIDEO: (
        "video",
        "video call",
        "videocall",
        "video chat",
        "facetime",
        "facetimed",
        "zoom",
        "teams",
        "skype",
        "google meet",
        "webcam",
    ),
    Mode.CALL: ("call", "phone", "phone call", "phoned", "rang", "called", "on the phone"),
    Mode.TEXT: (
        "text",
        "texts",
        "texted",
        "texting",
        "message",
        "messages",
        "messaged",
        "whatsapp",
        "sms",
        "signal",
        "telegram",
        "email",
        "emailed",
        "letter",
    ),
    Mode.SOCIAL: (
        "social media",
        "social",
        "instagram",
        "insta",
        "dm",
        "dms",
        "dm'd",
        "dmed",
        "facebook",
        "twitter",
        "tiktok",
        "snapchat",
        "discord",
        "reddit",
    ),
}
"""The words for each way of connecting; the first one is the canonical word."""

ACTIVITIES = (
    "coffee",
    "tea",
    "breakfast",
    "brunch",
    "lunch",
    "dinner",
    "supper",
    "drinks",
    "a drink",
    "beer",
    "walk",
    "a walk",
    "hike",
    "run",
    "party",
    "movie",
    "cinema",
    "concert",
    "gym",
    "class",
    "choir",
    "church",
    "game",
    "games",
)
"""What people do together: in person, unless the line says otherwise; kept in the note."""

INITIATOR_WORDS: dict[Initiator, tuple[str, ...]] = {
    Initiator.ME: ("I reached out",),
    Initiator.THEM: ("they reached out",),
    Initiator.BOTH: ("we both reached out", "we both", "both of us", "mutual"),
}
"""Fixed phrases of who reached out; the first one is canonical. See also ``VERBS``."""

VERBS: dict[str, Mode | None] = {
    "reached out": None,
    "invited": None,
    "asked": None,
    "suggested": None,
    "called": Mode.CALL,
    "rang": Mode.CALL,
    "phoned": Mode.CALL,
    "texted": Mode.TEXT,
    "messaged": Mode.TEXT,
    "wrote": Mode.TEXT,
    "emailed": Mode.TEXT,
    "facetimed": Mode.VIDEO,
    "video called": Mode.VIDEO,
    "dm'd": Mode.SOCIAL,
    "dmed": Mode.SOCIAL,
    "visited": Mode.IN_PERSON,
    "came over": Mode.IN_PERSON,
    "dropped by": Mode.IN_PERSON,
}
"""Verbs of reaching out after a subject (I, she, he, they, a name), and how they say it was."""

_ME_SUBJECTS = ("i",)
_THEM_SUBJECTS = ("she", "he", "they")
_BOTH_SUBJECTS = ("we both", "we")
_VERB_TAILS = (
    "first",
    "me first",
    "me",
    "her",
    "him",
    "them",
    "us",
    "to me",
    "to her",
    "to him",
    "to them",
    "to us",
    "to me first",
)
_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "she", "he", "they", "her", "him", "them"})
_CONNECTORS = frozenset({"and", "&", "+", "/", "with"})
_SEPARATORS = frozenset({",", ";", "—", "–", "|", "\n"})
_MODE_LEAD_INS = frozenset({"on", "by", "via", "over", "through"})
_LEAD_INS = ("for", "about", "around", "roughly", "maybe", "almost", "nearly", "over")
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}

_MIN_UNIT = r"(?:m|min|mins|minute|minutes)"
_HOUR_UNIT = r"(?:h|hr|hrs|hour|hours)"
_END = r"(?![^\W\d_])"
_LEAD = r"(?:\b(?:" + "|".join(_LEAD_INS) + r")\s+|~\s*)?"
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_WORDNUM = r"(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_DURATIONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_LEAD + pattern, re.IGNORECASE), kind)
    for pattern, kind in (
        (rf"\b(?:an?|one)\s+hour\s+and\s+a\s+half{_END}", "90"),
        (rf"\b(?:an?\s+)?half\s+(?:an?\s+)?hour{_END}", "30"),
        (rf"\b(?:an?\s+)?quarter\s+(?:of\s+)?(?:an?\s+)?hour{_END}", "15"),
        (rf"\b(?:an?|one)\s+hour{_END}", "60"),
        (rf"\ba\s+few\s+minutes{_END}", "5"),
        (rf"{_NUMBER}\s*{_HOUR_UNIT}{_END}(?:\s*(?:and\s+)?(\d+)(?:\s*{_MIN_UNIT})?{_END})?", "hm"),
        (rf"{_NUMBER}\s*{_MIN_UNIT}{_END}", "m"),
        (rf"\b{_WORDNUM}\s+hours?{_END}", "wh"),
        (rf"\b{_WORDNUM}\s+minutes?{_END}", "wm"),
    )
)
_DEPTH_NUMBER = re.compile(r"\bdepth\s*[:=]?\s*(-?\d+)(?:\s*/\s*5)?\b|\b(\d+)\s*/\s*5\b", re.I)
_QUOTED = re.compile(r'"((?:[^"]|"")*)"|“([^”]*)”')
_TOKEN = re.compile(
    r"(?P<word>[^\W\d_]+(?:['’\-][^\W\d_]+)*)|(?P<num>\d+(?:[.,]\d+)?)|(?P<punct>\S)"
)


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
                f"{_names(unknown)} {'is' if len(unknown) == 1 else 'are'} not in your diary "
                "yet; add them first."
            )
        people = (*self.people, *(name for name in extra_people if name in self.unknown))
        if not people and not self.note:
            raise ValidationError("Say who it was with (initials are fine) or add a note.")
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
    return f"{', '.join(names[:-1])} and {names[-1]}"


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

    @property
    def capitalised(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper() and self.low not in _PRONOUNS


@dataclass
class _State:
    tokens: list[_Token]
    mode: Mode | None = None
    implied_mode: Mode | None = None
    activity: bool = False
    minutes: int | None = None
    depth: int | None = None
    initiated: Initiator | None = None
    found: list[tuple[int, str, bool]] = field(default_factory=list)  # (position, name, known)
    subjects: set[int] = field(default_factory=set)  # where a name reached out ("Pri called")


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(m.group(0).casefold() for m in _TOKEN.finditer(phrase.replace("’", "'")))


def _phrase_table(table: Iterable[tuple[str, object]]) -> list[tuple[tuple[str, ...], object]]:
    """(tokens, value) pairs, longest phrase first."""
    rows = [(_phrase_tokens(phrase), value) for phrase, value in table]
    return sorted(rows, key=lambda row: -len(row[0]))


_MODE_TABLE = _phrase_table((w, mode) for mode, ws in MODE_WORDS.items() for w in ws)
_DEPTH_TABLE = _phrase_table((w, depth) for depth, ws in DEPTH_WORDS.items() for w in ws)
_INITIATOR_TABLE = _phrase_table((w, who) for who, ws in INITIATOR_WORDS.items() for w in ws)
_ACTIVITY_TABLE = _phrase_table((w, True) for w in ACTIVITIES)
_VERB_TABLE = _phrase_table(VERBS.items())
_TAIL_TABLE = _phrase_table((w, True) for w in _VERB_TAILS)

KEYWORDS: frozenset[str] = frozenset(
    token
    for table in (_MODE_TABLE, _DEPTH_TABLE, _INITIATOR_TABLE, _ACTIVITY_TABLE, _VERB_TABLE)
    for phrase, _ in table
    for token in phrase
) | frozenset(_PRONOUNS | _CONNECTORS | {"depth", "min", "h", "hour", "hours", "minutes"})
"""Every word the grammar reads; a person's name made of these cannot be told from them."""


def _tokenise(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    for quoted in _QUOTED.finditer(text):
        tokens += _plain_tokens(text, position, quoted.start())
        inner = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
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
            f"{minutes:,} minutes is more than a day; a contact can last up to "
            f"{MINUTES_MAX:,} minutes (24 hours)."
        )
    return minutes


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _read_durations(text: str, state: _State) -> None:
    for pattern, kind in _DURATIONS:
        for match in pattern.finditer(text):
            if kind == "hm":
                value = _number(match.group(1)) * 60 + int(match.group(2) or 0)
            elif kind == "m":
                value = _number(match.group(1))
            elif kind in ("wh", "wm"):
                value = _NUMBER_WORDS[match.group(1).casefold()] * (60 if kind == "wh" else 1)
            else:
                value = int(kind)
            if state.minutes is not None and state.minutes != round(value):
                continue  # a second, different duration stays in the note
            if _mark_span(state, match.start(), match.end()):
                state.minutes = _check_minutes(value)


def _read_depth_numbers(text: str, state: _State) -> None:
    for match in _DEPTH_NUMBER.finditer(text):
        value = int(match.group(1) if match.group(1) is not None else match.group(2))
        if not DEPTH_MIN <= value <= DEPTH_MAX:
            raise ValidationError(
                f"Depth is {DEPTH_MIN} (small talk) to {DEPTH_MAX} (deep), not {value}."
            )
        if state.depth is not None and state.depth != value:
            continue
        if _mark_span(state, match.start(), match.end()):
            state.depth = value


def _is_name_subject(token: _Token, known_last: frozenset[str]) -> bool:
    return token.kind == "word" and (token.capitalised or token.low in known_last)


def _read_initiators(state: _State, known_last: frozenset[str]) -> None:
    tokens = state.tokens
    for index in range(len(tokens)):
        for phrase, value in _INITIATOR_TABLE:
            if _match_at(tokens, index, phrase) and _set_initiator(state, value):
                _take(tokens, index, len(phrase))
                _take_tail(tokens, index + len(phrase))
                break
    for index in range(len(tokens)):
        for phrase, implied in _VERB_TABLE:
            if not _match_at(tokens, index, phrase):
                continue
            who = _subject(tokens, index, known_last)
            if who is None or not _set_initiator(state, who[0]):
                continue
            if who[1]:
                _take(tokens, who[2], index - who[2])  # the pronoun; a name stays for people
            else:
                state.subjects.add(who[2])
            _take(tokens, index, len(phrase))
            _take_tail(tokens, index + len(phrase))
            if isinstance(implied, Mode) and state.implied_mode is None:
                state.implied_mode = implied
            break


def _subject(
    tokens: Sequence[_Token], index: int, known_last: frozenset[str]
) -> tuple[Initiator, bool, int] | None:
    """Who is before the verb at ``index``: (who, is a pronoun to take, where it starts)."""
    if index == 0:
        return None
    before = tokens[index - 1]
    if before.used or before.kind != "word" or before.segment != tokens[index].segment:
        return None
    if before.low == "both" and index >= 2 and tokens[index - 2].low == "we":
        return Initiator.BOTH, True, index - 2
    if before.low in _ME_SUBJECTS:
        return Initiator.ME, True, index - 1
    if before.low in _THEM_SUBJECTS:
        return Initiator.THEM, True, index - 1
    if before.low in _BOTH_SUBJECTS:
        return Initiator.BOTH, True, index - 1
    if _is_name_subject(before, known_last):
        return Initiator.THEM, False, index - 1
    return None


def _take_tail(tokens: Sequence[_Token], index: int) -> None:
    for phrase, _ in _TAIL_TABLE:
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
    tokens = state.tokens
    for index in range(len(tokens)):
        for phrase, mode in _MODE_TABLE:
            if _match_at(tokens, index, phrase) and isinstance(mode, Mode):
                if state.mode is None or state.mode is mode:
                    state.mode = mode
                    _take(tokens, index, len(phrase))
                    before = tokens[index - 1] if index else None
                    if before and not before.used and before.low in _MODE_LEAD_INS:
                        before.used = True  # "on whatsapp", "by phone", "via zoom"
                break
        for phrase, depth in _DEPTH_TABLE:
            if _match_at(tokens, index, phrase) and isinstance(depth, int):
                if state.depth is None or state.depth == depth:
                    state.depth = depth
                    _take(tokens, index, len(phrase))
                break
        for phrase, _ in _ACTIVITY_TABLE:
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
    tokens = state.tokens

    def candidate(token: _Token) -> bool:
        return (
            not token.used
            and token.capitalised
            and token.low not in KEYWORDS
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
            and tokens[i].low not in _CONNECTORS
            and not (tokens[i].kind == "punct" and tokens[i].text in _SEPARATORS)
        ]
        if rest and all(candidate(tokens[i]) for i in rest):
            places.update(rest)  # a part of the line made only of names
    for index, token in enumerate(tokens):
        if token.low == "with":
            follow = index + 1
            while follow < len(tokens) and tokens[follow].segment == token.segment:
                here = tokens[follow]
                if candidate(here):
                    places.add(follow)
                elif not (here.name or here.low in _CONNECTORS):
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
    """``and``/``&``/``with`` joining names are part of the names, not of the note."""
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.used or (token.low not in _CONNECTORS and token.low != "to"):
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


def _note(text: str, tokens: Sequence[_Token]) -> str:
    fragments: list[str] = []
    current: list[_Token] = []

    def close() -> None:
        words = list(current)
        while words and (words[0].low in _CONNECTORS or words[0].low in _LEAD_INS):
            words.pop(0)
        while words and (words[-1].low in _CONNECTORS or words[-1].low in _LEAD_INS):
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

    Raises:
        ValidationError: if the line asks for what the diary cannot keep: more than a day of
            minutes, or a depth number outside 1 to 5 (the message says so).
    """
    if not isinstance(text, str):
        raise ValidationError("A contact line must be text.")
    if len(text) > 4000:
        raise ValidationError("A contact line can be at most 4,000 characters long.")
    state = _State(_tokenise(text))
    first_spelling: dict[str, str] = {}
    for name in known:
        if name.strip():
            first_spelling.setdefault(name.casefold(), name)
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
        note=_note(text, state.tokens),
    )


def join_names(names: Sequence[str]) -> str:
    """Names as a line writes them: Ana; Ana and Sam; Ana, Sam and Lee."""
    return _names(names)


def _quote(note: str) -> str:
    return '"' + note.replace('"', '""') + '"'


def contact_line(interaction: Interaction) -> str:
    """The canonical line of a contact; it parses back to the same fields.

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
    """A line saying what ``parsed`` says (the parts it leaves out are left out).

    The names (known, then unknown) come first; the note is quoted when, unquoted, it would be
    read as something else.
    """
    parts = []
    names = (*parsed.people, *parsed.unknown)
    if names:
        parts.append(_names(names))
    if parsed.mode is not None:
        parts.append(MODE_WORDS[parsed.mode][0])
    if parsed.minutes is not None:
        parts.append(f"{parsed.minutes} min")
    if parsed.depth is not None:
        parts.append(DEPTH_WORDS[parsed.depth][0])
    if parsed.initiated is not None:
        parts.append(INITIATOR_WORDS[parsed.initiated][0])
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
