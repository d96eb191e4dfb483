import dataclasses

import pytest
from chartdata import THEMES, figure
from matplotlib.colors import to_hex, to_rgb

from diary.charts.theme import DARK, LIGHT, OKABE_ITO, style_figure
from diary.charts.theme import THEMES as BY_NAME
from diary.domain.models import Mode
from diary.domain.stats import ContactKind


def luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_themes_are_frozen_and_named():
    assert dict(BY_NAME) == {"light": LIGHT, "dark": DARK}
    with pytest.raises(dataclasses.FrozenInstanceError):
        LIGHT.background = "#000000"  # type: ignore[misc]


@THEMES
def test_modes_use_distinct_okabe_ito_colours(theme):
    colours = [theme.mode_colours[mode] for mode in Mode]
    assert len(set(colours)) == len(Mode)
    assert set(colours) <= set(OKABE_ITO.values())
    assert len({theme.kind_colour(kind) for kind in ContactKind}) == len(ContactKind)


@THEMES
def test_text_and_mood_extremes_stand_out_from_the_background(theme):
    assert contrast(theme.foreground, theme.background) >= 7  # WCAG AAA for text
    assert contrast(theme.muted, theme.background) >= 4.5
    for colour in theme.mood_colours:  # every step, the neutral too, stands out from a blank
        assert contrast(colour, theme.background) >= 1.5
    # The ends of the one scale are what the eye looks for: the far end from the background
    # reaches 3:1 in each theme (the deep amber on light cards, the pale steps on dark ones).
    assert max(contrast(c, theme.background) for c in theme.mood_colours) >= 3
    assert contrast(theme.empty_cell, theme.mood_colours[4]) >= 1.5


@THEMES
def test_the_mood_scale_runs_from_cool_to_warm_through_a_quiet_neutral(theme):
    cmap = theme.mood_cmap
    assert cmap.N == 9
    reds = [to_rgb(c)[0] for c in theme.mood_colours]
    blues = [to_rgb(c)[2] for c in theme.mood_colours]
    assert blues[0] > reds[0] and reds[-1] > blues[-1]  # indigo low, amber high
    r, g, b = to_rgb(theme.mood_colours[4])
    assert max(r, g, b) - min(r, g, b) < 0.1  # a warm sand middle, nearly grey


def test_light_and_dark_hatches_differ_between_isolated_and_unlogged():
    for theme in (LIGHT, DARK):
        assert theme.isolated_hatch and theme.unlogged_hatch
        assert theme.isolated_hatch != theme.unlogged_hatch


@THEMES
def test_style_figure_colours_every_axes(theme):
    fig = figure(LIGHT)
    ax = fig.add_subplot()
    ax.set_title("t")
    ax.plot([1, 2], label="x")
    ax.legend()
    style_figure(fig, theme)
    assert to_hex(fig.get_facecolor()) == theme.background.lower()
    assert to_hex(ax.get_facecolor()) == theme.background.lower()
    assert to_hex(ax.title.get_color()) == theme.foreground.lower()
    assert to_hex(ax.spines["left"].get_edgecolor()) == theme.grid.lower()
    legend = ax.get_legend()
    assert to_hex(legend.get_texts()[0].get_color()) == theme.foreground.lower()
