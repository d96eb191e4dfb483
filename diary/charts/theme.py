"""Colours and text sizes of every chart, in a light and a dark theme, from ``diary.design``.

The mood scale and the mode colours are the design tokens themselves (read when a chart is drawn,
never copied), so a mood of 3 is the same colour in a chart, the mood grid and the Journal, in
both themes; backgrounds, text and grid lines come from the light and dark palettes. The mode
colours are from the Okabe–Ito palette, which people with the common colour-vision deficiencies
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

from diary import design
from diary.domain.models import MOOD_MAX, MOOD_MIN, Mode
from diary.domain.stats import ContactKind

OKABE_ITO: Mapping[str, str] = MappingProxyType(
    {
        "orange": "#e69f00",
        "sky blue": "#56b4e9",
        "bluish green": "#009e73",
        "yellow": "#f0e442",
        "blue": "#0072b2",
        "vermillion": "#d55e00",
        "reddish purple": "#cc79a7",
    }
)
"""The colour-blind-safe palette of Okabe and Ito (2008), black left out."""


@dataclass(frozen=True)
class ChartTheme:
    """Everything a panel needs to know about colour, texture and text size.

    Attributes:
        name: "light" or "dark".
        background: Figure and axes face colour.
        foreground: Text, axes and the mood line.
        muted: Secondary text (captions, n under groups).
        grid: Grid lines and outlines of empty cells.
        meaningful: Fill of days with meaningful contact.
        isolated: Hatch colour of isolated days.
        isolated_fill: Fill under the hatch of isolated days.
        unlogged: Hatch colour of unlogged days.
        streak: Outline of runs of isolated days.
        empty_cell: Fill of a calendar square for a date without a mood (a dot marks it too).
        lonely: The mark of an isolated day on which the user wanted more company.
        font_size: Base text size in points.
    """

    name: str
    background: str
    foreground: str
    muted: str
    grid: str
    meaningful: str
    isolated: str
    isolated_fill: str
    unlogged: str
    streak: str
    empty_cell: str
    lonely: str = design.LIGHT.text
    font_size: float = 9.0
    isolated_hatch: str = "////"
    unlogged_hatch: str = "...."

    @property
    def mood_colours(self) -> tuple[str, ...]:
        """Nine colours, mood 1 to 9: ``diary.design``'s one mood scale, the same in both themes."""
        return design.mood_scale()

    @property
    def mode_colours(self) -> Mapping[Mode, str]:
        """One Okabe–Ito colour per way of connecting, from ``diary.design.MODE_COLOURS``."""
        return MappingProxyType({mode: design.MODE_COLOURS[mode.value] for mode in Mode})

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


def _from_palette(palette: design.Palette, *, empty_cell: str) -> ChartTheme:
    return ChartTheme(
        name=palette.name,
        background=palette.card,
        foreground=palette.text,
        muted=palette.muted,
        grid=palette.grid,
        meaningful=design.MODE_COLOURS[Mode.IN_PERSON.value],
        isolated=palette.isolated,
        isolated_fill=design.blend(palette.card, palette.isolated, 0.15),
        unlogged=palette.unlogged,
        streak=palette.text,
        empty_cell=empty_cell,
        lonely=palette.text,
    )


# Charts sit on cards, so their background is the card's. An empty calendar square is the card
# itself in the light theme (a muted dot marks it) and a grid-coloured square in the dark one.
LIGHT = _from_palette(design.LIGHT, empty_cell=design.LIGHT.card)
DARK = _from_palette(design.DARK, empty_cell=design.DARK.grid)

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
