"""Hearth's own feelings vocabulary, placed on the valence/energy circumplex.

Naming a feeling precisely helps people notice it, and placing each word on the same 1-9 grid as
``Entry.mood`` and ``Entry.energy`` lets the entry screen suggest words near the point the user
tapped. The words and their places are our own choice (never a copied proprietary list); several
are about connection (connected, understood, left out) because that is what Hearth is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from diary.domain.models import MOOD_MAX, MOOD_MIN, MOOD_NEUTRAL, ValidationError, clean_word

PLEASANT, UNPLEASANT, NEUTRAL = "pleasant", "unpleasant", "neutral"
ENERGISED, LOW_ENERGY, STEADY = "energised", "low energy", "steady"

QUADRANTS: tuple[str, ...] = (
    f"{PLEASANT}, {ENERGISED}",
    f"{PLEASANT}, {LOW_ENERGY}",
    f"{UNPLEASANT}, {ENERGISED}",
    f"{UNPLEASANT}, {LOW_ENERGY}",
)
"""The four corners of the grid, in the order the entry screen shows them."""


@dataclass(frozen=True)
class Feeling:
    """A feeling word with its place on the mood (valence) and energy grid."""

    word: str
    valence: int
    energy: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "word", clean_word(self.word))
        for axis, value in (("valence", self.valence), ("energy", self.energy)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"A feeling's {axis} must be a whole number.")
            if not MOOD_MIN <= value <= MOOD_MAX:
                raise ValidationError(
                    f"A feeling's {axis} must be from {MOOD_MIN} to {MOOD_MAX}, not {value}."
                )


def _f(word: str, valence: int, energy: int) -> Feeling:
    return Feeling(word, valence, energy)


FEELINGS: tuple[Feeling, ...] = (
    # Pleasant, energised.
    _f("elated", 9, 9),
    _f("enthusiastic", 8, 8),
    _f("excited", 7, 8),
    _f("joyful", 8, 7),
    _f("inspired", 8, 7),
    _f("playful", 7, 7),
    _f("proud", 8, 6),
    _f("cheerful", 8, 6),
    _f("connected", 8, 6),
    _f("hopeful", 7, 6),
    _f("amused", 7, 6),
    _f("curious", 6, 6),
    # Pleasant, low energy.
    _f("loved", 9, 4),
    _f("grateful", 8, 4),
    _f("understood", 8, 4),
    _f("peaceful", 8, 2),
    _f("content", 7, 4),
    _f("relieved", 7, 4),
    _f("tender", 7, 4),
    _f("relaxed", 7, 3),
    _f("cosy", 7, 3),
    _f("at ease", 7, 3),
    _f("rested", 6, 3),
    _f("mellow", 6, 3),
    # Unpleasant, energised.
    _f("panicked", 1, 9),
    _f("overwhelmed", 2, 8),
    _f("angry", 2, 8),
    _f("stressed", 2, 7),
    _f("on edge", 3, 8),
    _f("anxious", 3, 7),
    _f("frustrated", 3, 7),
    _f("irritated", 3, 6),
    _f("jealous", 3, 6),
    _f("worried", 3, 6),
    _f("nervous", 4, 7),
    _f("restless", 4, 7),
    # Unpleasant, low energy.
    _f("hopeless", 1, 2),
    _f("sad", 2, 3),
    _f("lonely", 2, 3),
    _f("down", 3, 3),
    _f("disappointed", 3, 4),
    _f("left out", 3, 4),
    _f("homesick", 3, 4),
    _f("drained", 3, 2),
    _f("exhausted", 3, 1),
    _f("bored", 4, 3),
    _f("tired", 4, 2),
    _f("numb", 4, 1),
    # Near neutral.
    _f("okay", 5, 5),
    _f("surprised", 5, 7),
    _f("nostalgic", 5, 4),
    _f("pensive", 5, 3),
    _f("sleepy", 5, 1),
)
"""Every built-in feeling, grouped by quadrant (the user can still type their own words)."""

_BY_WORD: dict[str, Feeling] = {f.word: f for f in FEELINGS}
if len(_BY_WORD) != len(FEELINGS):  # pragma: no cover - guards future edits of the list
    raise RuntimeError("Feeling words must be unique.")


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def feeling(word: str) -> Feeling | None:
    """Find a built-in feeling by word, ignoring case and extra spaces; None if it is not ours."""
    return _BY_WORD.get(_normalise(word))


def _side(value: int, low: str, high: str, middle: str) -> str:
    if value > MOOD_NEUTRAL:
        return high
    if value < MOOD_NEUTRAL:
        return low
    return middle


def quadrant(item: Feeling) -> str:
    """Name the part of the grid a feeling sits in, e.g. "pleasant, energised".

    Words on the neutral line get "neutral" or "steady" for that axis, and a word at the very
    centre is simply "neutral".
    """
    valence = _side(item.valence, UNPLEASANT, PLEASANT, NEUTRAL)
    energy = _side(item.energy, LOW_ENERGY, ENERGISED, STEADY)
    if valence == NEUTRAL and energy == STEADY:
        return NEUTRAL
    return f"{valence}, {energy}"


def filter_feelings(text: str) -> tuple[Feeling, ...]:
    """Feelings matching what the user has typed so far, for type-to-filter.

    Words starting with the text come first, then words containing it elsewhere; each group is
    alphabetical. Case and extra spaces are ignored, and empty text matches every feeling.
    """
    query = _normalise(text)
    if not query:
        return FEELINGS
    ordered = sorted(FEELINGS, key=lambda f: f.word)
    prefix = tuple(f for f in ordered if f.word.startswith(query))
    inside = tuple(f for f in ordered if query in f.word and not f.word.startswith(query))
    return prefix + inside


def nearest_feelings(valence: float, energy: float, k: int = 6) -> tuple[Feeling, ...]:
    """Suggest the ``k`` feelings closest to a point on the mood grid, closest first.

    Distance is plain Euclidean on the grid; ties keep the vocabulary's order so suggestions are
    stable from one evening to the next.
    """
    if k <= 0:
        return ()
    ranked = sorted(FEELINGS, key=lambda f: (f.valence - valence) ** 2 + (f.energy - energy) ** 2)
    return tuple(ranked[:k])
