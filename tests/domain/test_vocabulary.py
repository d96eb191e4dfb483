"""Hearth's own feelings vocabulary covers the whole grid and is easy to search."""

import math
import unicodedata
from collections.abc import Iterator

import pytest
from fake_catalogue import catalogue
from hypothesis import given
from hypothesis import strategies as st

from diary import i18n
from diary.domain.models import ValidationError, clean_word
from diary.domain.vocabulary import (
    FEELING_CONTEXT,
    FEELINGS,
    QUADRANTS,
    Feeling,
    feeling,
    filter_feelings,
    key_of,
    label_of,
    nearest_feelings,
    quadrant,
)

GERMAN = {
    (FEELING_CONTEXT, "tired"): "müde",
    (FEELING_CONTEXT, "sleepy"): "schläfrig",
    (FEELING_CONTEXT, "peaceful"): "ruhig",
    (FEELING_CONTEXT, "relaxed"): "entspannt",
    (FEELING_CONTEXT, "lonely"): "einsam",
    (FEELING_CONTEXT, "at ease"): "unbeschwert",
    (FEELING_CONTEXT, "grateful"): "dankbar",
}
"""A few feelings in German, as a translator would give them."""


@pytest.fixture
def german() -> Iterator[None]:
    with i18n.speaking("de", "de_DE", catalogue(GERMAN)):
        yield


def test_vocabulary_has_a_useful_size() -> None:
    assert 45 <= len(FEELINGS) <= 60


def test_words_are_unique_lowercase_and_valid() -> None:
    words = [f.word for f in FEELINGS]
    assert len(set(words)) == len(words)
    for word in words:
        assert word == clean_word(word)


def test_places_are_on_the_grid() -> None:
    for item in FEELINGS:
        assert 1 <= item.valence <= 9 and 1 <= item.energy <= 9


def test_every_quadrant_is_well_represented() -> None:
    counts = {name: 0 for name in QUADRANTS}
    for item in FEELINGS:
        counts[quadrant(item)] = counts.get(quadrant(item), 0) + 1
    for name in QUADRANTS:
        assert counts[name] >= 8, name
    assert sum(1 for f in FEELINGS if f.valence == 5) >= 3  # near-neutral words too


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("excited", "pleasant, energised"),
        ("relaxed", "pleasant, low energy"),
        ("anxious", "unpleasant, energised"),
        ("lonely", "unpleasant, low energy"),
        ("okay", "neutral"),
        ("surprised", "neutral, energised"),
        ("pensive", "neutral, low energy"),
    ],
)
def test_quadrant_names(word: str, expected: str) -> None:
    item = feeling(word)
    assert item is not None
    assert quadrant(item) == expected


def test_quadrant_on_the_energy_midline() -> None:
    assert quadrant(Feeling("fine", 7, 5)) == "pleasant, steady"


def test_lookup_ignores_case_and_spaces() -> None:
    lonely = feeling("lonely")
    assert lonely is not None
    assert feeling("Lonely") == lonely
    assert feeling("  AT   Ease ") == Feeling("at ease", 7, 3)


@pytest.mark.parametrize("word", ["", "   ", "flibbertigibbet"])
def test_lookup_of_unknown_words_is_none(word: str) -> None:
    assert feeling(word) is None


def test_filter_puts_prefix_matches_before_substring_matches() -> None:
    words = [f.word for f in filter_feelings("re")]
    assert words[:4] == ["relaxed", "relieved", "rested", "restless"]
    assert "tired" in words and "stressed" in words
    assert words.index("restless") < words.index("stressed")
    assert len(words) == len(set(words))


def test_filter_is_case_insensitive() -> None:
    assert filter_feelings("LON") == filter_feelings("lon")
    assert [f.word for f in filter_feelings("LON")] == ["lonely"]


def test_filter_matches_inside_multi_word_feelings() -> None:
    assert [f.word for f in filter_feelings("edge")] == ["on edge"]
    assert [f.word for f in filter_feelings("left  ou")] == ["left out"]


def test_filter_with_nothing_typed_offers_everything() -> None:
    assert filter_feelings("") == FEELINGS
    assert filter_feelings("zzz") == ()


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", " ".join(text.casefold().split()))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@given(st.text(max_size=4))
def test_filter_only_returns_words_containing_the_text(text: str) -> None:
    for item in filter_feelings(text):
        assert _folded(text) in _folded(item.word)


def test_nearest_returns_closest_first() -> None:
    near = nearest_feelings(2, 3, k=6)
    assert len(near) == 6
    assert {f.word for f in near[:2]} == {"sad", "lonely"}
    distances = [math.dist((2, 3), (f.valence, f.energy)) for f in near]
    assert distances == sorted(distances)
    farthest = max(distances)
    others = [f for f in FEELINGS if f not in near]
    assert all(math.dist((2, 3), (f.valence, f.energy)) >= farthest for f in others)


def test_nearest_suggestions_match_the_corner() -> None:
    assert all(quadrant(f) == "pleasant, energised" for f in nearest_feelings(9, 9, k=4))
    assert all(quadrant(f) == "unpleasant, low energy" for f in nearest_feelings(1, 1, k=4))


def test_nearest_default_and_degenerate_k() -> None:
    assert len(nearest_feelings(5, 5)) == 6
    assert nearest_feelings(5, 5, k=0) == ()
    assert len(nearest_feelings(5, 5, k=1000)) == len(FEELINGS)


@pytest.mark.parametrize(
    ("word", "valence", "energy"), [("x", 0, 5), ("x", 5, 10), ("x", True, 5), ("", 5, 5)]
)
def test_feeling_validates_itself(word: str, valence: int, energy: int) -> None:
    with pytest.raises(ValidationError):
        Feeling(word, valence, energy)


# In the user's language ---------------------------------------------------------------------


@pytest.mark.usefixtures("german")
def test_the_word_is_shown_in_the_language_and_stored_in_english() -> None:
    tired = feeling("tired")
    assert tired is not None
    assert tired.label == "müde" and tired.word == "tired"
    assert label_of("tired") == "müde"
    assert label_of("grumpy bear") == "grumpy bear"  # the user's own word, as stored
    assert label_of("calm-ish") == "calm-ish"


@pytest.mark.usefixtures("german")
def test_what_the_user_types_in_their_language_is_stored_as_the_key() -> None:
    assert key_of("ruhig") == "peaceful"
    assert key_of("  Müde ") == "tired"
    assert key_of("tired") == "tired"  # English is always understood
    assert key_of("Wehmütig") == "wehmütig"  # an own word, cleaned as ever
    assert feeling("Einsam") == feeling("lonely")
    with pytest.raises(ValidationError):
        key_of("   ")


def test_the_same_place_on_the_grid_in_every_language() -> None:
    english = nearest_feelings(8, 2, k=5)
    with i18n.speaking("de", "de_DE", catalogue(GERMAN)):
        ruhig = feeling("ruhig")
        assert ruhig is not None and (ruhig.valence, ruhig.energy) == (8, 2)
        assert nearest_feelings(8, 2, k=5) == english
        assert [f.label for f in english][:1] == ["ruhig"]


@pytest.mark.usefixtures("german")
def test_filter_matches_the_shown_words_ignoring_accents() -> None:
    assert [f.word for f in filter_feelings("müd")] == ["tired"]
    assert [f.word for f in filter_feelings("MUD")] == ["tired"]
    assert [f.label for f in filter_feelings("schl")] == ["schläfrig"]
    assert [f.word for f in filter_feelings("ruh")] == ["peaceful"]
    assert "peaceful" not in [f.word for f in filter_feelings("peace")]  # German shown


def test_english_is_back_after_the_block() -> None:
    with i18n.speaking("de", "de_DE", catalogue(GERMAN)):
        assert i18n.language() == "de"
    assert i18n.language() == "en"
    assert label_of("tired") == "tired"
    assert key_of("müde") == "müde"  # in English, a German word is the user's own


@pytest.mark.parametrize("language", [lang for lang in i18n.shipped_languages() if lang != "en"])
def test_every_shipped_language_gives_each_feeling_a_word_of_its_own(language: str) -> None:
    """Two feelings with one word could not be told apart when typed back."""
    with i18n.speaking(language):
        assert i18n.language() == language
        labels = [" ".join(f.label.casefold().split()) for f in FEELINGS]
        assert len(set(labels)) == len(labels)
        for item in FEELINGS:
            assert key_of(item.label) == item.word
            assert item.label == clean_word(item.label)
