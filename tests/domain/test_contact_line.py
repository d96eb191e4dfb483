"""The contact line: what people type about a contact, read into an interaction's fields."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fake_catalogue import Key, catalogue
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from diary import i18n
from diary.domain import contact_line as grammar
from diary.domain.contact_line import (
    ACTIVITIES,
    CONTEXT,
    DEFAULT_MINUTES,
    DEFAULT_MODE,
    DEPTH_WORDS,
    INITIATOR_WORDS,
    KEYWORDS,
    MODE_WORDS,
    ParsedLine,
    contact_line,
    format_parsed,
    join_names,
    keywords,
    parse_contact_line,
    pieces,
)
from diary.domain.models import Initiator, Interaction, Mode, ValidationError

ENGLISH_MESSAGES = grammar._ENGLISH  # noqa: SLF001 - what a translator is given
MODE_MESSAGES = grammar._MODE_MESSAGES  # noqa: SLF001
DEPTH_MESSAGES = grammar._DEPTH_MESSAGES  # noqa: SLF001
INITIATOR_MESSAGES = grammar._INITIATOR_MESSAGES  # noqa: SLF001
VERB_MESSAGES = grammar._VERB_MESSAGES  # noqa: SLF001
ACTIVITIES_MESSAGE = grammar._ACTIVITIES_MESSAGE  # noqa: SLF001

KNOWN = ("Ana", "Sam", "Lee", "Aunt Jo", "Priya", "Mum", "Ana Maria")
DAY = dt.date(2026, 11, 21)


def parse(text: str) -> ParsedLine:
    return parse_contact_line(text, KNOWN)


def test_the_example_of_the_issue() -> None:
    assert parse("Ana and Sam, coffee, 45 min in person, deep") == ParsedLine(
        people=("Ana", "Sam"), mode=Mode.IN_PERSON, minutes=45, depth=5, note="coffee"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana, Sam & Lee, zoom 1h30, I called", ParsedLine(
            people=("Ana", "Sam", "Lee"), mode=Mode.VIDEO, minutes=90, initiated=Initiator.ME)),
        ("with Ana", ParsedLine(people=("Ana",))),
        ("ana AND sam", ParsedLine(people=("Ana", "Sam"))),
        ("lunch with Pri at the market for 1.5 hours", ParsedLine(
            unknown=("Pri",), mode=Mode.IN_PERSON, minutes=90, note="lunch at the market")),
        ("Pri called, 20", ParsedLine(
            unknown=("Pri",), mode=Mode.CALL, minutes=20, initiated=Initiator.THEM)),
        ("she texted, depth 4", ParsedLine(mode=Mode.TEXT, depth=4, initiated=Initiator.THEM)),
        ("Priya reached out on whatsapp", ParsedLine(
            people=("Priya",), mode=Mode.TEXT, initiated=Initiator.THEM)),
        ("we both, an hour and a half, open", ParsedLine(
            minutes=90, depth=4, initiated=Initiator.BOTH)),
        ("Aunt Jo, half an hour call, small talk", ParsedLine(
            people=("Aunt Jo",), mode=Mode.CALL, minutes=30, depth=1)),
        ("mum rang for 10m", ParsedLine(
            people=("Mum",), mode=Mode.CALL, minutes=10, initiated=Initiator.THEM)),
        ("Ana Maria and Ana, video call 45m", ParsedLine(
            people=("Ana Maria", "Ana"), mode=Mode.VIDEO, minutes=45)),
        ("Lovely walk by the Thames with Priya, 2 hours", ParsedLine(
            people=("Priya",), mode=Mode.IN_PERSON, minutes=120,
            note="Lovely walk by the Thames")),
        ("Ana, call, text", ParsedLine(people=("Ana",), mode=Mode.CALL, note="text")),
        ('Ana, "deep, call"', ParsedLine(people=("Ana",), note="deep, call")),
        ("Ana texted me first", ParsedLine(
            people=("Ana",), mode=Mode.TEXT, initiated=Initiator.THEM)),
        ("I reached out to Sam, 3/5", ParsedLine(
            people=("Sam",), depth=3, initiated=Initiator.ME)),
        ("Sam, 1 h 30, good", ParsedLine(people=("Sam",), minutes=90, depth=3)),
        ("Lee, a quarter of an hour", ParsedLine(people=("Lee",), minutes=15)),
        ("Lee, ten minutes on instagram", ParsedLine(
            people=("Lee",), minutes=10, mode=Mode.SOCIAL)),
        ("Went for a walk with Pri and Jo Ann", ParsedLine(
            unknown=("Pri", "Jo Ann"), mode=Mode.IN_PERSON, note="Went for a walk")),
    ],
)  # fmt: skip
def test_hand_cases(text: str, expected: ParsedLine) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45 min", 45), ("45m", 45), ("45 mins", 45), ("90 minutes", 90), ("1h", 60),
        ("1 h 30", 90), ("1h30m", 90), ("1.5 hours", 90), ("1,5 h", 90), ("2 hrs", 120),
        ("an hour", 60), ("one hour", 60), ("half an hour", 30), ("half hour", 30),
        ("an hour and a half", 90), ("a few minutes", 5), ("two hours", 120),
        ("forty-five minutes", 45), ("for about 20 min", 20), ("0 min", 0), ("1440 min", 1440),
        ("24h", 1440), ("~ 15m", 15),
    ],
)  # fmt: skip
def test_every_way_of_saying_how_long(text: str, minutes: int) -> None:
    parsed = parse(f"Ana, {text}")
    assert (parsed.minutes, parsed.people, parsed.note) == (minutes, ("Ana",), "")


@pytest.mark.parametrize(
    ("mode", "word"), [(mode, word) for mode, words in MODE_WORDS.items() for word in words]
)
def test_every_mode_word(mode: Mode, word: str) -> None:
    parsed = parse(f"Sam, {word}, 20 min")
    assert (parsed.mode, parsed.people, parsed.minutes, parsed.note) == (mode, ("Sam",), 20, "")
    assert parse(f"Sam, {word.upper()}").mode is mode


@pytest.mark.parametrize(("depth", "word"), [(d, w) for d, ws in DEPTH_WORDS.items() for w in ws])
def test_every_depth_word(depth: int, word: str) -> None:
    parsed = parse(f"Sam, {word}")
    assert (parsed.depth, parsed.people, parsed.note) == (depth, ("Sam",), "")


@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5])
def test_depth_numbers(depth: int) -> None:
    assert parse(f"Sam, depth {depth}").depth == depth
    assert parse(f"Sam, depth: {depth}").depth == depth
    assert parse(f"Sam, {depth}/5").depth == depth


@pytest.mark.parametrize("word", ACTIVITIES)
def test_activities_mean_in_person_and_stay_in_the_note(word: str) -> None:
    parsed = parse(f"Sam, {word}")
    assert (parsed.mode, parsed.note) == (Mode.IN_PERSON, word)
    assert parse(f"Sam, {word}, video").mode is Mode.VIDEO  # what is said outright wins


@pytest.mark.parametrize(
    ("text", "who", "mode"),
    [
        ("I called Sam", Initiator.ME, Mode.CALL),
        ("I texted Sam", Initiator.ME, Mode.TEXT),
        ("I reached out to Sam", Initiator.ME, None),
        ("I invited Sam", Initiator.ME, None),
        ("she called, Sam", Initiator.THEM, Mode.CALL),
        ("he texted, Sam", Initiator.THEM, Mode.TEXT),
        ("they reached out, Sam", Initiator.THEM, None),
        ("Sam called", Initiator.THEM, Mode.CALL),
        ("Sam facetimed me", Initiator.THEM, Mode.VIDEO),
        ("Sam came over", Initiator.THEM, Mode.IN_PERSON),
        ("Sam, we both reached out", Initiator.BOTH, None),
        ("Sam, we both", Initiator.BOTH, None),
        ("Sam, both of us", Initiator.BOTH, None),
        ("Sam, mutual", Initiator.BOTH, None),
    ],
)
def test_who_reached_out(text: str, who: Initiator, mode: Mode | None) -> None:
    parsed = parse(text)
    assert (parsed.initiated, parsed.mode, parsed.people, parsed.note) == (who, mode, ("Sam",), "")


def test_unknown_names_are_returned_never_made_known() -> None:
    parsed = parse("Ana and Pri, coffee")
    assert parsed.people == ("Ana",) and parsed.unknown == ("Pri",)
    assert parse("Pri").unknown == ("Pri",)  # a half-typed Priya is no Priya
    assert parse("priya").people == ("Priya",)  # whole names, any case
    with pytest.raises(ValidationError, match="Pri is not in your diary yet"):
        parsed.interaction(DAY)
    with pytest.raises(ValidationError, match="Pri and Jo are not"):
        parse("Pri, Jo").interaction(DAY)
    made = parsed.interaction(DAY, extra_people=("Pri",))
    assert made.people == ("Ana", "Pri")


def test_words_said_not_to_be_names_stay_in_the_note() -> None:
    assert parse("Lovely").unknown == ("Lovely",)
    parsed = parse_contact_line("Lovely, Sam", KNOWN, not_names=("lovely",))
    assert (parsed.unknown, parsed.people, parsed.note) == ((), ("Sam",), "Lovely")


def test_the_note_keeps_the_users_order_and_words() -> None:
    parsed = parse("talked about the move, Sam, then cake at hers!")
    assert parsed.note == "talked about the move, then cake at hers"
    assert parse("Sam, 30 min, 45 min").note == "45 min"  # a second duration is not lost


def test_the_interaction_takes_defaults_for_what_is_not_said() -> None:
    made = parse("Sam").interaction(DAY)
    assert (made.mode, made.minutes, made.people, made.day) == (
        DEFAULT_MODE,
        DEFAULT_MINUTES,
        ("Sam",),
        DAY,
    )
    assert parse("Sam, call").interaction(DAY, minutes=5, mode=Mode.TEXT).mode is Mode.CALL
    assert parse("a note only").interaction(DAY).note == "a note only"


@pytest.mark.parametrize("text", ["", "   ", ",,,", ".!?", "—", "&&&", '""', "\n\t"])
def test_empty_and_punctuation_only_lines_say_nothing(text: str) -> None:
    parsed = parse(text)
    assert parsed.is_empty
    with pytest.raises(ValidationError, match="Say who it was with"):
        parsed.interaction(DAY)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Sam, 99999999999999999999 min", "more than a day"),
        ("Sam, 1441 min", "more than a day"),
        ("Sam, 25 hours", "more than a day"),
        ("Sam, depth 9", "Depth is 1"),
        ("Sam, depth 0", "Depth is 1"),
        ("x" * 4001, "at most 4,000"),
    ],
)
def test_what_the_diary_cannot_keep_is_refused_clearly(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse(text)


def test_formatting_reads_well() -> None:
    item = Interaction(DAY, Mode.IN_PERSON, 45, ("Ana", "Sam"), 5, Initiator.ME, note="coffee")
    assert contact_line(item) == "Ana and Sam, in person, 45 min, deep, I reached out, coffee"
    quoted = Interaction(DAY, Mode.CALL, 10, ("Mum",), note='deep "call"')
    assert contact_line(quoted) == 'Mum, call, 10 min, "deep ""call"""'
    assert parse(contact_line(quoted)).note == 'deep "call"'
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert INITIATOR_WORDS[Initiator.THEM][0] in contact_line(
        Interaction(DAY, Mode.TEXT, 0, ("Lee",), initiated=Initiator.THEM)
    )


_NAME = st.from_regex(r"[A-Z][a-z]{1,7}( [A-Z][a-z]{1,7})?", fullmatch=True).filter(
    lambda name: not any(word.casefold() in KEYWORDS for word in name.split())
)


@st.composite
def interactions(draw: st.DrawFn) -> Interaction:
    names = draw(st.lists(_NAME, max_size=4, unique_by=str.casefold))
    # A line is read in NFC, so a note comes back in it (the same text, one spelling per accent).
    note = unicodedata.normalize("NFC", draw(st.text(max_size=60)))
    if not names and not note.strip():
        note = "a walk"
    return Interaction(
        day=DAY,
        mode=draw(st.sampled_from(Mode)),
        minutes=draw(st.integers(0, 1440)),
        people=tuple(names),
        depth=draw(st.none() | st.integers(1, 5)),
        initiated=draw(st.none() | st.sampled_from(Initiator)),
        note=note,
    )


@settings(max_examples=300, deadline=None)
@given(interactions())
def test_format_then_parse_gives_the_same_fields(item: Interaction) -> None:
    line = contact_line(item)
    parsed = parse_contact_line(line, item.people)
    assert parsed == ParsedLine(
        people=item.people,
        mode=item.mode,
        minutes=item.minutes,
        depth=item.depth,
        initiated=item.initiated,
        note=item.note,
    ), line
    again = parsed.interaction(DAY)
    assert (again.people, again.mode, again.minutes, again.depth, again.initiated, again.note) == (
        item.people,
        item.mode,
        item.minutes,
        item.depth,
        item.initiated,
        item.note,
    )


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.lists(_NAME, max_size=5))
def test_any_line_is_read_or_refused_clearly_never_a_crash(text: str, known: list[str]) -> None:
    try:
        parsed = parse_contact_line(text, known)
    except ValidationError as error:
        assert str(error)
        return
    assert set(parsed.people) <= set(known)
    assert parsed.minutes is None or 0 <= parsed.minutes <= 1440
    assert parsed.depth is None or 1 <= parsed.depth <= 5
    try:
        parsed.interaction(DAY)
    except ValidationError as error:
        assert str(error)


@st.composite
def parsed_lines(draw: st.DrawFn) -> ParsedLine:
    names = draw(st.lists(_NAME, max_size=4, unique_by=str.casefold))
    cut = draw(st.integers(0, len(names)))
    known_words = {word.casefold() for name in names[:cut] for word in name.split()}
    # An unknown "Aa Bb" beside a known "Bb" reads as Bb twice: the parser cannot tell.
    assume(not any(word.casefold() in known_words for n in names[cut:] for word in n.split()))
    return ParsedLine(
        people=tuple(names[:cut]),
        unknown=tuple(names[cut:]),
        mode=draw(st.none() | st.sampled_from(Mode)),
        minutes=draw(st.none() | st.integers(0, 1440)),
        depth=draw(st.none() | st.integers(1, 5)),
        initiated=draw(st.none() | st.sampled_from(Initiator)),
        note=draw(st.text(max_size=40)).strip(),
    )


@settings(max_examples=300, deadline=None)
@given(parsed_lines())
def test_a_chip_change_rewrites_a_line_that_reads_the_same(parsed: ParsedLine) -> None:
    """What the chips write back (``format_parsed``) parses to what they showed."""
    assert parse_contact_line(format_parsed(parsed), parsed.people) == parsed


# In the user's language ---------------------------------------------------------------------

GERMAN_WORDS = {
    "in person": "persönlich|treffen|getroffen|gesehen|besucht",
    "video": "video|videoanruf|videochat",
    "call": "anruf|telefon|telefoniert|angerufen",
    "text": "nachricht|nachrichten|geschrieben|sms",
    "social media": "soziale medien|dm",
    "coffee": "kaffee|tee|frühstück|mittagessen|abendessen|spaziergang",
    "small talk": "smalltalk|oberflächlich",
    "light": "locker|leicht",
    "good": "gut|warm|echt",
    "open": "offen|ehrlich|nah",
    "deep": "tief|sehr tief|innig",
    "I reached out": "ich habe mich gemeldet",
    "they reached out": "sie hat sich gemeldet|er hat sich gemeldet",
    "we both reached out": "wir beide|beide|gegenseitig",
    "reached out": "habe mich gemeldet|hat sich gemeldet|hat eingeladen|habe eingeladen",
    "called": "habe angerufen|hat angerufen|rief an",
    "texted": "habe geschrieben|hat geschrieben|schrieb",
    "i": "ich",
    "she": "sie|er",
    "we both": "wir beide|wir",
    "first": "zuerst|mir zuerst|mich zuerst|mir|mich|ihr|ihm",
    "i|me": "ich|mich|mir|wir|uns|sie|er|ihr|ihm|ihn|du",
    "and": "und",
    "with": "mit",
    "to": "an",
    "on": "per|über|am",
    "for": "etwa|ungefähr|circa|fast|knapp",
    "depth": "tiefe",
    "m|min": "min|minute|minuten",
    "h|hr": "std|stunde|stunden",
    "an hour and a half": "anderthalb stunden|eineinhalb stunden",
    "half an hour": "eine halbe stunde|halbe stunde",
    "a quarter of an hour": "eine viertelstunde|viertelstunde",
    "an hour": "eine stunde",
    "a few minutes": "ein paar minuten",
    "one": "eins|ein|eine",
    "two": "zwei",
    "ten": "zehn",
    "{names} and {last}": "{names} und {last}",
    "{minutes} min": "{minutes} Min",
    "Say who it was with (initials are fine) or add a note.": "Sag, mit wem (Initialen genügen).",
}
"""A German translator's words, keyed by how each English list starts."""


def _german_catalogue() -> dict[Key, str]:
    found: dict[Key, str] = {}
    for message in ENGLISH_MESSAGES:
        start = next((k for k in GERMAN_WORDS if message == k or message.startswith(k + "|")), None)
        if start is not None:
            found[(CONTEXT, message)] = GERMAN_WORDS[start]
    found[GERMAN_ERROR] = GERMAN_WORDS[GERMAN_ERROR]
    for key in ("{names} and {last}", "{minutes} min"):
        found[(CONTEXT, key)] = GERMAN_WORDS[key]
    return found


GERMAN_ERROR = "Say who it was with (initials are fine) or add a note."
GERMAN = catalogue(_german_catalogue())


@pytest.fixture
def german() -> Iterator[None]:
    with i18n.speaking("de", "de_DE", GERMAN):
        yield


def test_the_german_catalogue_covers_what_it_means_to() -> None:
    """Every word list above found its message (a typo would silently test English)."""
    assert len(_german_catalogue()) == len(GERMAN_WORDS)


@pytest.mark.usefixtures("german")
def test_the_example_of_the_issue_in_german() -> None:
    assert parse("Ana und Sam, Kaffee, 45 Min persönlich, tief") == ParsedLine(
        people=("Ana", "Sam"), mode=Mode.IN_PERSON, minutes=45, depth=5, note="Kaffee"
    )


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana and Sam, coffee, 45 min in person, deep", ParsedLine(
            people=("Ana", "Sam"), mode=Mode.IN_PERSON, minutes=45, depth=5, note="coffee")),
        ("Sam hat angerufen, eine halbe Stunde", ParsedLine(
            people=("Sam",), mode=Mode.CALL, minutes=30, initiated=Initiator.THEM)),
        ("ich habe angerufen, Ana, anderthalb Stunden, offen", ParsedLine(
            people=("Ana",), mode=Mode.CALL, minutes=90, depth=4, initiated=Initiator.ME)),
        ("Spaziergang mit Pri am Fluss", ParsedLine(
            unknown=("Pri",), mode=Mode.IN_PERSON, note="Spaziergang am Fluss")),
        ("Lee, per Videoanruf, zwei Stunden, Tiefe 3", ParsedLine(
            people=("Lee",), mode=Mode.VIDEO, minutes=120, depth=3)),
        ("Mum, etwa 1 Std 15, wir beide", ParsedLine(
            people=("Mum",), minutes=75, initiated=Initiator.BOTH)),
        ("Priya schrieb mir zuerst, eine Viertelstunde", ParsedLine(
            people=("Priya",), mode=Mode.TEXT, minutes=15, initiated=Initiator.THEM)),
        ("Sam, zehn Minuten, smalltalk", ParsedLine(people=("Sam",), minutes=10, depth=1)),
        ("Ich habe mich gemeldet, Aunt Jo, „tief, Anruf“", ParsedLine(
            people=("Aunt Jo",), initiated=Initiator.ME, note="tief, Anruf")),
    ],
)  # fmt: skip
def test_german_lines(text: str, expected: ParsedLine) -> None:
    assert parse(text) == expected


@pytest.mark.usefixtures("german")
def test_a_line_is_written_back_in_german() -> None:
    item = Interaction(DAY, Mode.IN_PERSON, 45, ("Ana", "Sam"), 5, Initiator.ME, note="Kaffee")
    line = contact_line(item)
    assert line == "Ana und Sam, persönlich, 45 Min, tief, ich habe mich gemeldet, Kaffee"
    assert parse(line) == ParsedLine(
        people=("Ana", "Sam"), mode=Mode.IN_PERSON, minutes=45, depth=5,
        initiated=Initiator.ME, note="Kaffee",
    )  # fmt: skip
    assert join_names(["A", "B", "C"]) == "A, B und C"
    with pytest.raises(ValidationError, match="Sag, mit wem"):
        parse(",,,").interaction(DAY)


@pytest.mark.usefixtures("german")
def test_german_words_are_keywords_and_cut_pieces() -> None:
    assert {"kaffee", "persönlich", "tief", "und", "mit"} <= keywords()
    assert {"coffee", "and"} <= keywords()  # English is still read
    assert pieces("Ana und Sa")[-1] == "Sa"
    assert pieces("Kaffee mit Jo")[-1] == "Jo"


def test_english_is_back_after_the_block() -> None:
    with i18n.speaking("de", "de_DE", GERMAN):
        assert "kaffee" in keywords()
    assert "kaffee" not in keywords()
    assert keywords() == KEYWORDS
    assert parse("Ana und Sam, Kaffee").people == ("Ana", "Sam")  # names are names
    assert parse("Ana und Sam, Kaffee").mode is None


with i18n.speaking("de", "de_DE", GERMAN):
    _GERMAN_KEYWORDS = keywords()

_GERMAN_NAME = _NAME.filter(
    lambda name: not any(word.casefold() in _GERMAN_KEYWORDS for word in name.split())
)


@settings(max_examples=200, deadline=None)
@given(interactions(), st.lists(_GERMAN_NAME, max_size=3, unique_by=str.casefold))
def test_german_lines_read_back_the_same(item: Interaction, names: list[str]) -> None:
    item = replace(item, people=tuple(dict.fromkeys(names))) if names else item
    with i18n.speaking("de", "de_DE", GERMAN):
        line = contact_line(item)
        parsed = parse_contact_line(line, item.people)
    assert (parsed.people, parsed.mode, parsed.minutes, parsed.depth) == (
        item.people, item.mode, item.minutes, item.depth,
    ), line  # fmt: skip
    assert (parsed.initiated, parsed.note) == (item.initiated, item.note), line


@pytest.mark.parametrize("language", [lang for lang in i18n.shipped_languages() if lang != "en"])
def test_no_word_means_two_things_in_a_shipped_language(language: str) -> None:
    """A word in two lists (how and how deep, say) would be read as only one of them."""
    with i18n.speaking(language):
        assert i18n.language() == language
        assert_no_word_means_two_things()


def test_no_word_means_two_things_in_the_test_catalogue() -> None:
    with i18n.speaking("de", "de_DE", GERMAN):
        assert_no_word_means_two_things()
    assert_no_word_means_two_things()


def assert_no_word_means_two_things() -> None:
    meanings: dict[str, set[str]] = {}
    lists = [
        *((f"mode {mode.value}", MODE_MESSAGES[mode]) for mode in Mode),
        *((f"depth {depth}", DEPTH_MESSAGES[depth]) for depth in DEPTH_MESSAGES),
        *((f"who {who.value}", INITIATOR_MESSAGES[who]) for who in Initiator),
        ("activity", ACTIVITIES_MESSAGE),
    ]
    for meaning, english in lists:
        said = (*i18n.pgettext(CONTEXT, english).split("|"), *english.split("|"))
        for word in {" ".join(w.casefold().split()) for w in said if w.strip()}:
            meanings.setdefault(word, set()).add(meaning)
    assert {word: found for word, found in meanings.items() if len(found) > 1} == {}
    for mode, english in VERB_MESSAGES.items():  # a verb that says how agrees with the modes
        for verb in (*i18n.pgettext(CONTEXT, english).split("|"), *english.split("|")):
            found = meanings.get(" ".join(verb.casefold().split()), set())
            assert found <= {f"mode {mode.value}"} if mode else not found, verb


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (unicodedata.normalize("NFD", "coffee with Émile 30 min"), "Émile"),
        ("coffee with Émile 30 min", unicodedata.normalize("NFD", "Émile")),
    ],
    ids=["decomposed line", "decomposed name"],
)
def test_an_accent_typed_either_way_names_the_same_person(typed: str, kept: str) -> None:
    """A decomposed "é" (e + combining acute) is the "é" of the known name, in either place."""
    parsed = parse_contact_line(typed, [kept])
    assert parsed.people == (kept,)
    assert parsed.unknown == ()
    assert parsed.note == "coffee"
