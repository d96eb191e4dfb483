"""Hearth's own feelings vocabulary, placed on the valence/energy circumplex.

Naming a feeling precisely helps people notice it, and placing each word on the same 1-9 grid as
``Entry.mood`` and ``Entry.energy`` lets the entry screen suggest words near the point the user
tapped. The words and their places are our own choice (never a copied proprietary list); several
are about connection (connected, understood, left out) because that is what Hearth is about.

**Languages.** A built-in feeling is stored by its English word, its *key*, whatever language
the diary is written in: an entry, a backup or an export keeps meaning the same feeling when the
app's language changes. Each key is a catalogue message with the context ``feeling``; the user
sees ``Feeling.label`` (or ``label_of``), the word in the current language at the same place on
the grid, and what they type goes back through ``key_of`` ("müde" is stored as "tired" when
the app speaks German). English words are always understood; any other word is the user's own
and is stored as typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from diary.domain.models import MOOD_MAX, MOOD_MIN, MOOD_NEUTRAL, ValidationError, clean_word
from diary.i18n import _, pgettext

FEELING_CONTEXT = "feeling"
"""The catalogue context of the feeling words (``msgctxt "feeling"``)."""


class _Marker:
    """Marks a feeling word for the catalogue and returns it unchanged: the English key.

    Its method is named ``pgettext`` so that the extractor finds every word with its context;
    the word is translated where it is shown (``Feeling.label``), never at import.
    """

    @staticmethod
    def pgettext(context: str, word: str) -> str:
        return word


_feeling = _Marker()

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

    @property
    def label(self) -> str:
        """The word in the current language (the English key when it has no translation)."""
        return pgettext(FEELING_CONTEXT, self.word)

    def __post_init__(self) -> None:
        object.__setattr__(self, "word", clean_word(self.word))
        for value in (self.valence, self.energy):
            if (
                isinstance(value, bool)
                or not isinstance(value, int)
                or not MOOD_MIN <= value <= MOOD_MAX
            ):
                raise ValidationError(
                    _(
                        "A feeling's place on the mood grid is two whole numbers "
                        "from {low} to {high}, not {value}."
                    ).format(low=MOOD_MIN, high=MOOD_MAX, value=value)
                )


def _f(word: str, valence: int, energy: int) -> Feeling:
    return Feeling(word, valence, energy)


FEELINGS: tuple[Feeling, ...] = (
    # Pleasant, energised.
    # Translators: a feeling adjective (how someone felt today), pleasant and energised.
    # Choose a word just as pleasant and as energetic (the app places it on the mood grid);
    # lower case, and a word of its own for every feeling.
    _f(_feeling.pgettext("feeling", "elated"), 9, 9),
    _f(_feeling.pgettext("feeling", "enthusiastic"), 8, 8),
    _f(_feeling.pgettext("feeling", "excited"), 7, 8),
    _f(_feeling.pgettext("feeling", "joyful"), 8, 7),
    _f(_feeling.pgettext("feeling", "inspired"), 8, 7),
    _f(_feeling.pgettext("feeling", "playful"), 7, 7),
    _f(_feeling.pgettext("feeling", "proud"), 8, 6),
    _f(_feeling.pgettext("feeling", "cheerful"), 8, 6),
    _f(_feeling.pgettext("feeling", "connected"), 8, 6),
    _f(_feeling.pgettext("feeling", "hopeful"), 7, 6),
    _f(_feeling.pgettext("feeling", "amused"), 7, 6),
    _f(_feeling.pgettext("feeling", "curious"), 6, 6),
    # Pleasant, low energy.
    # Translators: a feeling adjective (how someone felt today), pleasant and low in energy.
    # Choose a word just as pleasant and as energetic (the app places it on the mood grid);
    # lower case, and a word of its own for every feeling.
    _f(_feeling.pgettext("feeling", "loved"), 9, 4),
    _f(_feeling.pgettext("feeling", "grateful"), 8, 4),
    _f(_feeling.pgettext("feeling", "understood"), 8, 4),
    _f(_feeling.pgettext("feeling", "peaceful"), 8, 2),
    _f(_feeling.pgettext("feeling", "content"), 7, 4),
    _f(_feeling.pgettext("feeling", "relieved"), 7, 4),
    _f(_feeling.pgettext("feeling", "tender"), 7, 4),
    _f(_feeling.pgettext("feeling", "relaxed"), 7, 3),
    _f(_feeling.pgettext("feeling", "cosy"), 7, 3),
    _f(_feeling.pgettext("feeling", "at ease"), 7, 3),
    _f(_feeling.pgettext("feeling", "rested"), 6, 3),
    _f(_feeling.pgettext("feeling", "mellow"), 6, 3),
    # Unpleasant, energised.
    # Translators: a feeling adjective (how someone felt today), unpleasant and energised.
    # Choose a word just as pleasant and as energetic (the app places it on the mood grid);
    # lower case, and a word of its own for every feeling.
    _f(_feeling.pgettext("feeling", "panicked"), 1, 9),
    _f(_feeling.pgettext("feeling", "overwhelmed"), 2, 8),
    _f(_feeling.pgettext("feeling", "angry"), 2, 8),
    _f(_feeling.pgettext("feeling", "stressed"), 2, 7),
    _f(_feeling.pgettext("feeling", "on edge"), 3, 8),
    _f(_feeling.pgettext("feeling", "anxious"), 3, 7),
    _f(_feeling.pgettext("feeling", "frustrated"), 3, 7),
    _f(_feeling.pgettext("feeling", "irritated"), 3, 6),
    _f(_feeling.pgettext("feeling", "jealous"), 3, 6),
    _f(_feeling.pgettext("feeling", "worried"), 3, 6),
    _f(_feeling.pgettext("feeling", "nervous"), 4, 7),
    _f(_feeling.pgettext("feeling", "restless"), 4, 7),
    # Unpleasant, low energy.
    # Translators: a feeling adjective (how someone felt today), unpleasant and low in energy.
    # Choose a word just as pleasant and as energetic (the app places it on the mood grid);
    # lower case, and a word of its own for every feeling.
    _f(_feeling.pgettext("feeling", "hopeless"), 1, 2),
    _f(_feeling.pgettext("feeling", "sad"), 2, 3),
    _f(_feeling.pgettext("feeling", "lonely"), 2, 3),
    _f(_feeling.pgettext("feeling", "down"), 3, 3),
    _f(_feeling.pgettext("feeling", "disappointed"), 3, 4),
    _f(_feeling.pgettext("feeling", "left out"), 3, 4),
    _f(_feeling.pgettext("feeling", "homesick"), 3, 4),
    _f(_feeling.pgettext("feeling", "drained"), 3, 2),
    _f(_feeling.pgettext("feeling", "exhausted"), 3, 1),
    _f(_feeling.pgettext("feeling", "bored"), 4, 3),
    _f(_feeling.pgettext("feeling", "tired"), 4, 2),
    _f(_feeling.pgettext("feeling", "numb"), 4, 1),
    # Near neutral.
    # Translators: a feeling adjective (how someone felt today), neither pleasant nor unpleasant.
    # Choose a word just as pleasant and as energetic (the app places it on the mood grid);
    # lower case, and a word of its own for every feeling.
    _f(_feeling.pgettext("feeling", "okay"), 5, 5),
    _f(_feeling.pgettext("feeling", "surprised"), 5, 7),
    _f(_feeling.pgettext("feeling", "nostalgic"), 5, 4),
    _f(_feeling.pgettext("feeling", "pensive"), 5, 3),
    _f(_feeling.pgettext("feeling", "sleepy"), 5, 1),
)
"""Every built-in feeling, grouped by quadrant (the user can still type their own words)."""

_BY_WORD: dict[str, Feeling] = {f.word: f for f in FEELINGS}
if len(_BY_WORD) != len(FEELINGS):  # pragma: no cover - guards future edits of the list
    raise RuntimeError("Feeling words must be unique.")


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def _folded(text: str) -> str:
    """Lower case, single spaces and no accents, for type-to-filter ("mude" finds "müde")."""
    decomposed = unicodedata.normalize("NFKD", _normalise(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _by_label() -> dict[str, Feeling]:
    """The built-in feelings by their word in the current language (the first one wins)."""
    found: dict[str, Feeling] = {}
    for item in FEELINGS:
        found.setdefault(_normalise(item.label), item)
    return found


def feeling(word: str) -> Feeling | None:
    """Find a built-in feeling by its word in the current language or in English.

    Case and extra spaces are ignored; None if it is not one of ours.
    """
    text = _normalise(word)
    return _by_label().get(text) or _BY_WORD.get(text)


def key_of(word: str) -> str:
    """The word to store for what the user typed: a built-in feeling's key, else their word.

    "Müde" (in German) and "tired" are both stored as "tired"; any other word is cleaned like
    every stored feeling (lower case, single spaces).

    Raises:
        ValidationError: if the word is empty or too long (the message says so).
    """
    found = feeling(word)
    return found.word if found is not None else clean_word(word)


def label_of(word: str) -> str:
    """A stored feeling as the user reads it: a built-in one in the current language.

    The user's own words are shown as they were stored.
    """
    found = _BY_WORD.get(_normalise(word))
    return found.label if found is not None else word


def _side(value: int, low: str, high: str, middle: str) -> str:
    if value > MOOD_NEUTRAL:
        return high
    if value < MOOD_NEUTRAL:
        return low
    return middle


def quadrant(item: Feeling) -> str:
    """Name the part of the grid a feeling sits in, e.g. "pleasant, energised".

    Words on the neutral line get "neutral" or "steady" for that axis, and a word at the very
    centre is simply "neutral". These names are identifiers for code and tests, never shown.
    """
    valence = _side(item.valence, UNPLEASANT, PLEASANT, NEUTRAL)
    energy = _side(item.energy, LOW_ENERGY, ENERGISED, STEADY)
    if valence == NEUTRAL and energy == STEADY:
        return NEUTRAL
    return f"{valence}, {energy}"


def filter_feelings(text: str) -> tuple[Feeling, ...]:
    """Feelings matching what the user has typed so far, for type-to-filter.

    The words are matched in the current language. Words starting with the text come first,
    then words containing it elsewhere; each group is in alphabetical order of the shown words.
    Case, accents and extra spaces are ignored, and empty text matches every feeling.
    """
    query = _folded(text)
    if not query:
        return FEELINGS
    shown = sorted(((_folded(f.label), f) for f in FEELINGS), key=lambda pair: pair[0])
    prefix = tuple(f for label, f in shown if label.startswith(query))
    inside = tuple(f for label, f in shown if query in label and not label.startswith(query))
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
