"""Hearth's design tokens: the one mood scale, the two palettes, spacing and type sizes.

Every page, dialog and chart takes its colours and sizes from here (docs/design.md explains the
choices), so a mood of 3 is the same colour in the grid, the Journal, Year in pixels and every
chart, in the light theme and the dark one. Plain Python: ``charts`` and ``ui`` both import it,
and it loads neither Qt nor matplotlib.
"""

from __future__ import annotations

from dataclasses import dataclass

MOOD_SCALE: tuple[str, ...] = (
    "#3b4f8f",  # 1 very unpleasant: deep indigo
    "#596dad",  # 2
    "#7e8fc2",  # 3
    "#a6b0d0",  # 4
    "#d8d1c6",  # 5 neutral: warm sand, the lightest step
    "#dbb67a",  # 6
    "#d49746",  # 7
    "#c8791d",  # 8
    "#b05b11",  # 9 very pleasant: deep amber
)
"""Mood 1 to 9: cool indigo (unpleasant) through warm sand (neutral) to amber (pleasant).

A blue-to-amber diverging scale stays distinct under the common colour-vision deficiencies
(protanopia, deuteranopia, tritanopia): the two sides differ in hue (blue against yellow, the axis
red-green deficiencies keep), and neighbouring steps differ in lightness by at least 7 CIELAB L*
under each simulated deficiency (tests/test_design.py checks it with Machado et al.'s matrices).
Lightness peaks at the neutral 5. It is never shown alone: a number, a position or a pattern
goes with it.
"""

MOOD_INK: tuple[str, ...] = (
    "#ffffff",
    "#ffffff",
    "#1f1d1b",
    "#1f1d1b",
    "#1f1d1b",
    "#1f1d1b",
    "#1f1d1b",
    "#1f1d1b",
    "#ffffff",
)
"""Text colour on each mood colour (contrast of at least 4.5:1 for a number drawn on it)."""


def mood_colour(mood: int) -> str:
    """The colour of a mood from 1 to 9."""
    return mood_scale()[_index(mood)]


def mood_ink(mood: int) -> str:
    """The colour of text drawn on ``mood_colour(mood)``."""
    return MOOD_INK[_index(mood)]


def mood_scale() -> tuple[str, ...]:
    """The nine mood colours, mood 1 first: what every surface that shows moods reads.

    Surfaces call this (or ``mood_colour``) when they draw rather than copying the tuple, so the
    scale lives in one place and a test can swap it to prove that every surface follows.
    """
    return MOOD_SCALE


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a ``#rrggbb`` colour, from 0 (black) to 1 (white)."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours, from 1 (none) to 21 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(base: str, tint: str, amount: float) -> str:
    """``base`` moved ``amount`` (0 to 1) of the way towards ``tint``, both ``#rrggbb``."""
    first = [int(base.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    second = [int(tint.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = (round(a + (b - a) * amount) for a, b in zip(first, second, strict=True))
    return "#" + "".join(f"{channel:02x}" for channel in mixed)


def _index(mood: int) -> int:
    if not 1 <= mood <= len(MOOD_INK):
        raise ValueError(f"mood must be 1 to {len(MOOD_INK)}, not {mood}")
    return mood - 1


@dataclass(frozen=True)
class Palette:
    """The colours of one theme (the mood scale is the same in both).

    Attributes:
        name: "light" or "dark".
        window: The page behind the cards.
        card: Cards, inputs and chart backgrounds.
        card_border: The hairline around a card.
        text: Body text.
        muted: Secondary text: hints, captions, counts.
        accent: The one accent: the primary button, the chosen item, links, focus.
        on_accent: Text on the accent.
        accent_soft: A quiet wash of the accent (a hovered or chosen row, a chip).
        note: Background of a gentle note (care, a saved confirmation).
        note_border: Its border.
        danger: Words about something that went wrong (never used for the user's mood).
        grid: Chart grid lines and empty calendar squares.
        isolated: Hatching of isolated days in charts.
        unlogged: Hatching of unlogged days in charts.
    """

    name: str
    window: str
    card: str
    card_border: str
    text: str
    muted: str
    accent: str
    on_accent: str
    accent_soft: str
    note: str
    note_border: str
    danger: str
    grid: str
    isolated: str
    unlogged: str


LIGHT = Palette(
    name="light",
    window="#f6f2ec",
    card="#ffffff",
    card_border="#e6ddd2",
    text="#2b2724",
    muted="#6b625a",
    accent="#b04a2f",
    on_accent="#ffffff",
    accent_soft="#f6e3da",
    note="#fbf1e8",
    note_border="#e9cdb6",
    danger="#a4262c",
    grid="#e9e3db",
    isolated="#7a6f9b",
    unlogged="#a39a91",
)

DARK = Palette(
    name="dark",
    window="#1d1a18",
    card="#2a2623",
    card_border="#3c3631",
    text="#efe9e3",
    muted="#aaa198",
    accent="#e48a68",
    on_accent="#1d1310",
    accent_soft="#4a3429",
    note="#372b24",
    note_border="#5e4638",
    danger="#f4a9a4",
    grid="#3a3430",
    isolated="#b3a8d6",
    unlogged="#7f766e",
)


def palette(dark: bool) -> Palette:
    """The palette of the dark theme if ``dark``, else of the light one."""
    return DARK if dark else LIGHT


MODE_COLOURS: dict[str, str] = {
    "in-person": "#009e73",  # Okabe–Ito bluish green
    "video": "#0072b2",  # blue
    "call": "#56b4e9",  # sky blue
    "text": "#e69f00",  # orange
    "social": "#cc79a7",  # reddish purple
}
"""One colour per way of connecting (keyed by ``Mode.value``), from Okabe and Ito's palette."""

SPACE = (0, 4, 8, 12, 16, 24, 32, 48)
"""The spacing scale in device-independent pixels: a 4/8 px grid. ``SPACE[3]`` is 12 px."""

RADIUS_CARD = 10
"""Corner radius of cards, in pixels."""

RADIUS_CONTROL = 6
"""Corner radius of buttons, inputs and chips."""

TYPE_SCALE = {
    "caption": 0.9,
    "body": 1.0,
    "title": 1.2,
    "heading": 1.5,
    "display": 2.0,
}
"""Text sizes as multiples of the system font, so the user's font size is respected."""

CONTENT_WIDTH_CH = 72
"""The widest a column of reading text grows, in average characters."""
