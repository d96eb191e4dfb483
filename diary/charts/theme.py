"""Colours and text sizes of every chart, in a light and a dark theme.

Colours come from the Okabe–Ito palette, which people with the common colour-vision deficiencies
can tell apart; nothing is said by colour alone (isolated and unlogged days are also hatched).
Styling is applied to each Figure and Axes explicitly: never through global rcParams.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure
from matplotlib.legend import Legend

from diary.domain.models import MOOD_MAX, MOOD_MIN, Mode
from diary.domain.stats import ContactKind

OKABE_ITO: Mapping[str, str] = MappingProxyType(
    {
        "orange": "#E69F00",
        "sky blue": "#56B4E9",
        "bluish green": "#009E73",
        "yellow": "#F0E442",
        "blue": "#0072B2",
        "vermillion": "#D55E00",
        "reddish purple": "#CC79A7",
    }
)
"""The colour-blind-safe palette of Okabe and Ito (2008), black left out."""

_MODE_COLOURS: Mapping[Mode, str] = MappingProxyType(
    {
        Mode.IN_PERSON: OKABE_ITO["bluish green"],
        Mode.VIDEO: OKABE_ITO["blue"],
        Mode.CALL: OKABE_ITO["sky blue"],
        Mode.TEXT: OKABE_ITO["orange"],
        Mode.SOCIAL: OKABE_ITO["reddish purple"],
    }
)


@dataclass(frozen=True)
class ChartTheme:
    """Everything a panel needs to know about colour, texture and text size.

    Attributes:
        name: "light" or "dark".
        background: Figure and axes face colour.
        foreground: Text, axes and the mood line.
        muted: Secondary text (captions, n under groups).
        grid: Grid lines and outlines of empty cells.
        mode_colours: One Okabe–Ito colour per way of connecting.
        meaningful: Fill of days with meaningful contact.
        isolated: Hatch colour of isolated days.
        isolated_fill: Fill under the hatch of isolated days.
        unlogged: Hatch colour of unlogged days.
        streak: Outline of runs of isolated days.
        empty_cell: Fill of a calendar square for a date without a mood.
        mood_colours: Nine colours, mood 1 to 9, of a colour-blind-safe diverging scale.
        font_size: Base text size in points.
    """

    name: str
    background: str
    foreground: str
    muted: str
    grid: str
    mode_colours: Mapping[Mode, str]
    meaningful: str
    isolated: str
    isolated_fill: str
    unlogged: str
    streak: str
    empty_cell: str
    mood_colours: tuple[str, ...]
    font_size: float = 9.0
    isolated_hatch: str = "////"
    unlogged_hatch: str = "...."

    @property
    def mood_cmap(self) -> ListedColormap:
        """The mood scale as a colormap of nine steps (mood 1 to 9)."""
        return ListedColormap(list(self.mood_colours), name=f"hearth-mood-{self.name}")

    def kind_colour(self, kind: ContactKind) -> str:
        """The colour of a kind of contact, matching the closest mode it stands for."""
        return {
            ContactKind.IN_PERSON: self.mode_colours[Mode.IN_PERSON],
            ContactKind.CALL_OR_VIDEO: self.mode_colours[Mode.VIDEO],
            ContactKind.DIGITAL_ONLY: self.mode_colours[Mode.TEXT],
            ContactKind.NONE: self.muted,
        }[kind]


LIGHT = ChartTheme(
    name="light",
    background="#FFFFFF",
    foreground="#1F1F1F",
    muted="#5F5F5F",
    grid="#D0D0D0",
    mode_colours=_MODE_COLOURS,
    meaningful=OKABE_ITO["bluish green"],
    isolated="#7A6F8E",
    isolated_fill="#EEEAF3",
    unlogged="#9A9A9A",
    streak="#1F1F1F",
    empty_cell="#F3F3F3",
    # ColorBrewer BrBG (colour-blind safe) with a visible grey neutral instead of near-white.
    mood_colours=(
        "#8C510A",
        "#BF812D",
        "#DFC27D",
        "#EEDDB4",
        "#C2C2C2",
        "#B7E1DA",
        "#80CDC1",
        "#35978F",
        "#01665E",
    ),
)

DARK = ChartTheme(
    name="dark",
    background="#1E1F22",
    foreground="#ECECEC",
    muted="#B0B0B0",
    grid="#4A4C52",
    mode_colours=_MODE_COLOURS,
    meaningful=OKABE_ITO["bluish green"],
    isolated="#B9AED0",
    isolated_fill="#2E2B36",
    unlogged="#8C8C8C",
    streak="#ECECEC",
    empty_cell="#2C2D31",
    # The same brown-to-teal scale turned for a dark page: a dim neutral, bright extremes.
    mood_colours=(
        "#F2B45A",
        "#D39440",
        "#A8772F",
        "#73573A",
        "#5A5A5A",
        "#2F6E68",
        "#3A9A90",
        "#5CC4B8",
        "#A3EDE2",
    ),
)

THEMES: Mapping[str, ChartTheme] = MappingProxyType({LIGHT.name: LIGHT, DARK.name: DARK})

MOODS = tuple(range(MOOD_MIN, MOOD_MAX + 1))


def style_figure(fig: Figure, theme: ChartTheme) -> None:
    """Give a Figure the theme's background, and every Axes and legend on it the theme's colours."""
    fig.set_facecolor(theme.background)
    for ax in fig.axes:
        style_axes(ax, theme)


def style_axes(ax: Axes, theme: ChartTheme) -> None:
    """Colour one Axes: face, spines, ticks, labels, title and legend."""
    if ax.patch.get_visible():
        ax.set_facecolor(theme.background)
    for spine in ax.spines.values():
        spine.set_edgecolor(theme.grid)
    ax.tick_params(
        which="both", colors=theme.grid, labelcolor=theme.foreground, labelsize=theme.font_size
    )
    ax.xaxis.label.set_color(theme.foreground)
    ax.yaxis.label.set_color(theme.foreground)
    ax.xaxis.label.set_fontsize(theme.font_size)
    ax.yaxis.label.set_fontsize(theme.font_size)
    ax.title.set_color(theme.foreground)
    legend = ax.get_legend()
    if legend is not None:
        style_legend(legend, theme)


def style_legend(legend: Legend, theme: ChartTheme) -> None:
    """Colour a legend's frame and words."""
    frame = legend.get_frame()
    frame.set_facecolor(theme.background)
    frame.set_edgecolor(theme.grid)
    for text in legend.get_texts():
        text.set_color(theme.foreground)
        text.set_fontsize(theme.font_size * 0.9)
    legend.get_title().set_color(theme.foreground)
