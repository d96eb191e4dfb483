"""Hearth's own feelings vocabulary covers the whole grid and is easy to search."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.domain.models import ValidationError, clean_word
from diary.domain.vocabulary import (
    FEELINGS,
    QUADRANTS,
    Feeling,
    feeling,
    filter_feelings,
    nearest_feelings,
    quadrant,
)


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


@given(st.text(max_size=4))
def test_filter_only_returns_words_containing_the_text(text: str) -> None:
    query = " ".join(text.lower().split())
    for item in filter_feelings(text):
        assert query in item.word


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
