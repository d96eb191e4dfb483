"""The records refuse invalid values, so no layer above can store them."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.models import (
    MOOD_MAX,
    MOOD_MIN,
    NAME_MAX,
    WORD_MAX,
    CheckIn,
    CheckInKind,
    Circle,
    Day,
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
    ValidationError,
    clean_name,
    clean_word,
)

DAY = dt.date(2024, 3, 14)


# -- Entry --------------------------------------------------------------------------------


@given(st.integers(MOOD_MIN, MOOD_MAX), st.integers(MOOD_MIN, MOOD_MAX))
def test_entry_accepts_every_mood_and_energy_on_the_grid(mood: int, energy: int) -> None:
    entry = Entry(DAY, mood=mood, energy=energy)
    assert (entry.mood, entry.energy) == (mood, energy)


@given(st.integers().filter(lambda v: not MOOD_MIN <= v <= MOOD_MAX))
def test_entry_rejects_moods_off_the_grid(mood: int) -> None:
    with pytest.raises(ValidationError, match="Mood"):
        Entry(DAY, mood=mood)


@given(st.integers().filter(lambda v: not MOOD_MIN <= v <= MOOD_MAX))
def test_entry_rejects_energy_off_the_grid(energy: int) -> None:
    with pytest.raises(ValidationError, match="Energy"):
        Entry(DAY, energy=energy)


@pytest.mark.parametrize("value", [True, False, 5.0, "5"])
def test_entry_rejects_bools_floats_and_strings_as_mood(value: object) -> None:
    with pytest.raises(ValidationError):
        Entry(DAY, mood=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("day", [dt.datetime(2024, 3, 14, 20, 0), "2024-03-14", None])
def test_entry_needs_a_calendar_date(day: object) -> None:
    with pytest.raises(ValidationError, match="calendar date"):
        Entry(day)  # type: ignore[arg-type]


def test_entry_mood_and_energy_are_optional() -> None:
    entry = Entry(DAY)
    assert entry.mood is None and entry.energy is None
    assert entry.is_empty


def test_entry_normalises_and_deduplicates_feelings_keeping_order() -> None:
    entry = Entry(DAY, feelings=("Calm", "  at   ease ", "calm", "HOPEFUL", "At Ease"))
    assert entry.feelings == ("calm", "at ease", "hopeful")


@pytest.mark.parametrize("word", ["", "   ", "x" * (WORD_MAX + 1)])
def test_entry_rejects_empty_or_overlong_feelings(word: str) -> None:
    with pytest.raises(ValidationError, match="feeling"):
        Entry(DAY, feelings=(word,))


def test_entry_is_not_empty_once_anything_is_written() -> None:
    assert not Entry(DAY, mood=5).is_empty
    assert not Entry(DAY, feelings=("calm",)).is_empty
    assert not Entry(DAY, gratitude=(Gratitude("tea"),)).is_empty
    assert not Entry(DAY, text="Quiet day.").is_empty
    assert Entry(DAY, text="   \n").is_empty


def test_entry_keeps_gratitude_as_a_tuple() -> None:
    entry = Entry(DAY, gratitude=[Gratitude("tea")])  # type: ignore[arg-type]
    assert entry.gratitude == (Gratitude("tea"),)


def test_entry_is_frozen() -> None:
    entry = Entry(DAY, mood=5)
    with pytest.raises(AttributeError):
        entry.mood = 6  # type: ignore[misc]


def test_entries_get_distinct_uids() -> None:
    assert Entry(DAY).uid != Entry(DAY).uid


# -- Gratitude ----------------------------------------------------------------------------


def test_gratitude_trims_text_and_person() -> None:
    note = Gratitude("  Sam listening  ", person="  Sam  ")
    assert note.text == "Sam listening"
    assert note.person == "Sam"


@pytest.mark.parametrize("text", ["", "   "])
def test_gratitude_cannot_be_empty(text: str) -> None:
    with pytest.raises(ValidationError):
        Gratitude(text)


def test_gratitude_person_cannot_be_blank() -> None:
    with pytest.raises(ValidationError):
        Gratitude("tea", person="  ")


# -- Interaction --------------------------------------------------------------------------


def test_interaction_trims_people_and_deduplicates_them_in_order() -> None:
    item = Interaction(DAY, Mode.CALL, 30, people=(" Sam ", "Jo", "Sam", "Big   Al"))
    assert item.people == ("Sam", "Jo", "Big Al")


def test_interaction_trims_circle_and_note() -> None:
    item = Interaction(DAY, Mode.IN_PERSON, 90, circle="  Book   club ", note="  cake  ")
    assert item.circle == "Book club"
    assert item.note == "cake"


@pytest.mark.parametrize("minutes", [0, 1, 24 * 60])
def test_interaction_accepts_minutes_within_a_day(minutes: int) -> None:
    assert Interaction(DAY, Mode.TEXT, minutes).minutes == minutes


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1, True, 10.5])
def test_interaction_rejects_impossible_minutes(minutes: object) -> None:
    with pytest.raises(ValidationError, match="Minutes"):
        Interaction(DAY, Mode.TEXT, minutes)  # type: ignore[arg-type]


@given(st.integers(1, 5))
def test_interaction_accepts_depth_one_to_five(depth: int) -> None:
    assert Interaction(DAY, Mode.VIDEO, 20, depth=depth).depth == depth


@pytest.mark.parametrize("depth", [0, 6, -1, True, False])
def test_interaction_rejects_depth_outside_one_to_five(depth: object) -> None:
    with pytest.raises(ValidationError, match="Depth"):
        Interaction(DAY, Mode.VIDEO, 20, depth=depth)  # type: ignore[arg-type]


def test_interaction_needs_a_mode_member() -> None:
    with pytest.raises(ValidationError):
        Interaction(DAY, "call", 10)  # type: ignore[arg-type]


def test_interaction_needs_a_calendar_date() -> None:
    with pytest.raises(ValidationError):
        Interaction(dt.datetime(2024, 3, 14, 9), Mode.CALL, 10)


@pytest.mark.parametrize("name", ["", "   ", "x" * (NAME_MAX + 1)])
def test_interaction_rejects_unusable_names(name: str) -> None:
    with pytest.raises(ValidationError):
        Interaction(DAY, Mode.CALL, 10, people=(name,))


def test_interaction_optional_fields_default_to_unknown() -> None:
    item = Interaction(DAY, Mode.SOCIAL, 5)
    assert item.people == () and item.depth is None and item.initiated is None
    assert item.circle is None and item.note == ""


def test_initiator_values_are_stable() -> None:
    assert [i.value for i in Initiator] == ["me", "them", "both"]


# -- Mode ---------------------------------------------------------------------------------


def test_mode_labels_are_words_for_people() -> None:
    assert [m.label for m in Mode] == ["in person", "video", "call", "text", "social media"]


def test_mode_values_are_stable_for_storage() -> None:
    assert [m.value for m in Mode] == ["in-person", "video", "call", "text", "social"]


def test_only_in_person_video_and_call_are_live() -> None:
    assert {m for m in Mode if m.is_live} == {Mode.IN_PERSON, Mode.VIDEO, Mode.CALL}


# -- Person and Circle --------------------------------------------------------------------


def test_person_name_is_trimmed_and_inner_spaces_collapsed() -> None:
    assert Person("  Aunt \t Bea ").name == "Aunt Bea"


def test_person_circles_are_trimmed_and_deduplicated() -> None:
    person = Person("Sam", circles=("Family", " Family ", "Book  club"))
    assert person.circles == ("Family", "Book club")


def test_person_defaults() -> None:
    person = Person("J.K.")
    assert not person.inner and person.cadence_days is None and person.circles == ()


@pytest.mark.parametrize("name", ["", "  ", "x" * (NAME_MAX + 1)])
def test_person_rejects_unusable_names(name: str) -> None:
    with pytest.raises(ValidationError):
        Person(name)


def test_a_name_typed_composed_or_decomposed_is_one_name() -> None:
    composed, decomposed = Person("R\u00e9my"), Person("Re\u0301my")

    assert composed.name == decomposed.name == "R\u00e9my"
    assert Circle("Caf\u0065\u0301 club").name == "Caf\u00e9 club"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Ana\u202egnp.exe", "Anagnp.exe"),  # would display as "Anaexe.png"
        ("\u2067Sam\u2069", "Sam"),
        ("\u200b Lee \ufeff", "Lee"),
        ("\U0001f469\u200d\U0001f467 Kids", "\U0001f469\u200d\U0001f467 Kids"),  # joiners inside
    ],
)
def test_bidirectional_controls_and_invisible_edges_are_removed(typed: str, kept: str) -> None:
    assert Person(typed).name == kept


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200d\ufeff", " \u2060 ", "\u202e\u202c"])
def test_a_name_of_only_invisible_characters_is_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="empty"):
        Person(name)
    with pytest.raises(ValidationError, match="empty"):
        Circle(name)


def test_person_name_may_be_exactly_the_maximum() -> None:
    assert len(Person("x" * NAME_MAX).name) == NAME_MAX


@pytest.mark.parametrize("cadence", [0, -7, 3651, True])
def test_person_rejects_impossible_cadences(cadence: object) -> None:
    with pytest.raises(ValidationError, match="Cadence"):
        Person("Sam", cadence_days=cadence)  # type: ignore[arg-type]


@pytest.mark.parametrize("cadence", [1, 7, 3650])
def test_person_and_circle_accept_cadences(cadence: int) -> None:
    assert Person("Sam", cadence_days=cadence).cadence_days == cadence
    assert Circle("Family", cadence_days=cadence).cadence_days == cadence


def test_circle_name_is_trimmed() -> None:
    assert Circle("  Book   club ").name == "Book club"


@pytest.mark.parametrize("name", ["", "   "])
def test_circle_rejects_empty_names(name: str) -> None:
    with pytest.raises(ValidationError, match="circle"):
        Circle(name)


@pytest.mark.parametrize("cadence", [0, 3651, False])
def test_circle_rejects_impossible_cadences(cadence: object) -> None:
    with pytest.raises(ValidationError):
        Circle("Family", cadence_days=cadence)  # type: ignore[arg-type]


def test_clean_helpers() -> None:
    assert clean_name("  Jo  ") == "Jo"
    assert clean_word("  At  EASE ") == "at ease"


# -- CheckIn ------------------------------------------------------------------------------


def test_checkin_accepts_the_published_shapes() -> None:
    assert CheckIn(DAY, CheckInKind.WHO5, (0, 1, 2, 3, 5)).answers == (0, 1, 2, 3, 5)
    assert CheckIn(DAY, CheckInKind.UCLA3, [1, 2, 3]).answers == (1, 2, 3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "answers"),
    [
        (CheckInKind.WHO5, (1, 2, 3, 4)),
        (CheckInKind.WHO5, (1, 2, 3, 4, 5, 0)),
        (CheckInKind.UCLA3, (1, 2)),
        (CheckInKind.UCLA3, ()),
    ],
)
def test_checkin_rejects_wrong_answer_counts(kind: CheckInKind, answers: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError, match="exactly"):
        CheckIn(DAY, kind, answers)


@pytest.mark.parametrize(
    ("kind", "answers"),
    [
        (CheckInKind.WHO5, (0, 0, 0, 0, 6)),
        (CheckInKind.WHO5, (-1, 0, 0, 0, 0)),
        (CheckInKind.WHO5, (True, 0, 0, 0, 0)),
        (CheckInKind.UCLA3, (0, 1, 1)),
        (CheckInKind.UCLA3, (1, 1, 4)),
    ],
)
def test_checkin_rejects_answers_off_the_scale(kind: CheckInKind, answers: tuple[int, ...]) -> None:
    with pytest.raises(ValidationError):
        CheckIn(DAY, kind, answers)


def test_checkin_needs_a_known_kind() -> None:
    with pytest.raises(ValidationError):
        CheckIn(DAY, "who5", (1, 1, 1, 1, 1))  # type: ignore[arg-type]


def test_checkin_kind_shapes() -> None:
    assert CheckInKind.WHO5.shape == (5, 0, 5)
    assert CheckInKind.UCLA3.shape == (3, 1, 3)


# -- Day ----------------------------------------------------------------------------------


def test_day_is_logged_with_an_entry_or_an_interaction() -> None:
    assert not Day(DAY, None, ()).logged
    assert Day(DAY, Entry(DAY, mood=5), ()).logged
    assert Day(DAY, None, (Interaction(DAY, Mode.TEXT, 2),)).logged


def test_validation_error_is_a_value_error() -> None:
    assert issubclass(ValidationError, ValueError)
