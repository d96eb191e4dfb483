"""The design tokens: one mood scale for every surface, colour-blind safe, readable numbers.

Colour-vision deficiencies are simulated with the matrices of Machado, Oliveira and Fernandes
(2009, severity 1.0) on linear RGB; lightness and colour differences are CIELAB (D65).
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest

from diary import design

MACHADO = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
VISIONS = [None, *MACHADO]


def linear(colour: str) -> tuple[float, float, float]:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return channel(red), channel(green), channel(blue)


def simulate(rgb: tuple[float, float, float], vision: str | None) -> tuple[float, float, float]:
    if vision is None:
        return rgb
    matrix = MACHADO[vision]
    out = [sum(matrix[i][j] * rgb[j] for j in range(3)) for i in range(3)]
    return (min(1.0, max(0.0, out[0])), min(1.0, max(0.0, out[1])), min(1.0, max(0.0, out[2])))


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def seen(vision: str | None) -> list[tuple[float, float, float]]:
    return [lab(simulate(linear(colour), vision)) for colour in design.MOOD_SCALE]


# The scale itself ----------------------------------------------------------------------------


def test_nine_distinct_moods_from_cool_through_a_light_neutral_to_warm() -> None:
    assert len(set(design.MOOD_SCALE)) == len(design.MOOD_SCALE) == 9
    lightness = [colour[0] for colour in seen(None)]
    assert max(lightness) == lightness[4]  # the neutral 5 is the lightest step
    first, last = linear(design.MOOD_SCALE[0]), linear(design.MOOD_SCALE[-1])
    assert first[2] > first[0] and last[0] > last[2]  # blue for unpleasant, amber for pleasant


@pytest.mark.parametrize("vision", VISIONS, ids=lambda v: v or "typical")
def test_neighbouring_moods_differ_in_lightness_under_every_deficiency(vision: str | None) -> None:
    lightness = [colour[0] for colour in seen(vision)]
    for mood in range(1, 9):
        assert abs(lightness[mood] - lightness[mood - 1]) >= 7, (vision, mood)


@pytest.mark.parametrize("vision", VISIONS, ids=lambda v: v or "typical")
def test_no_two_moods_look_alike_under_any_deficiency(vision: str | None) -> None:
    colours = seen(vision)
    for i, first in enumerate(colours):
        for j in range(i + 1, len(colours)):
            assert math.dist(first, colours[j]) >= 10, (vision, i + 1, j + 1)


def test_the_number_on_every_mood_colour_reads_at_4_5_to_1() -> None:
    for mood in range(1, 10):
        ratio = design.contrast_ratio(design.mood_ink(mood), design.mood_colour(mood))
        assert ratio >= 4.5, mood
    with pytest.raises(ValueError):
        design.mood_colour(0)


@pytest.mark.parametrize("palette", [design.LIGHT, design.DARK], ids=["light", "dark"])
def test_palette_text_is_readable(palette: design.Palette) -> None:
    assert design.contrast_ratio(palette.text, palette.card) >= 7
    assert design.contrast_ratio(palette.text, palette.window) >= 7
    assert design.contrast_ratio(palette.muted, palette.card) >= 4.5
    assert design.contrast_ratio(palette.muted, palette.window) >= 4.5
    assert design.contrast_ratio(palette.on_accent, palette.accent) >= 4.5
    assert design.contrast_ratio(palette.text, palette.accent_soft) >= 7
    assert design.contrast_ratio(palette.accent, palette.card) >= 3  # focus rings, chosen items


def test_blend_and_contrast() -> None:
    assert design.blend("#000000", "#ffffff", 0.5) == "#808080"
    assert design.blend("#123456", "#abcdef", 0) == "#123456"
    assert design.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)


# Every surface takes it from diary.design ------------------------------------------------------

FAKE = tuple(f"#{16 * i:02x}{40 + 20 * i:02x}{30 + 10 * i:02x}" for i in range(1, 10))
"""A scale no surface could know: if one kept its own list, it would not show these."""


@pytest.fixture
def fake_scale(monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    assert len(set(FAKE)) == 9
    monkeypatch.setattr(design, "MOOD_SCALE", FAKE)
    return FAKE


def test_both_chart_themes_draw_the_design_scale(fake_scale: tuple[str, ...]) -> None:
    from diary.charts.theme import DARK, LIGHT

    assert LIGHT.mood_colours == DARK.mood_colours == fake_scale
    assert list(LIGHT.mood_cmap.colors) == list(fake_scale)  # type: ignore[attr-defined]
    for mode, colour in design.MODE_COLOURS.items():
        assert {LIGHT.mode_colours[m] for m in LIGHT.mode_colours if m.value == mode} == {colour}


@pytest.mark.parametrize("theme_name", ["light", "dark"])
def test_year_in_pixels_draws_the_design_scale(
    fake_scale: tuple[str, ...], theme_name: str
) -> None:
    from matplotlib.colors import to_hex

    from diary.charts import pixels
    from diary.charts.figure import new_figure
    from diary.charts.theme import THEMES

    theme = THEMES[theme_name]
    ax = new_figure(theme, 9, 4).add_subplot()
    artists = pixels.draw_pixels(ax, [], theme, year=2026, today=dt.date(2026, 12, 31))
    drawn = [to_hex(colour) for colour in artists.cells.get_cmap()(range(9))]
    assert drawn == list(fake_scale)


@pytest.mark.gui
def test_the_calendar_and_journal_chips_show_the_design_scale(
    fake_scale: tuple[str, ...], qapp: object
) -> None:
    from PySide6.QtGui import QColor, QFont

    from diary.ui.journal.month_calendar import mood_chip, mood_colour

    for mood, colour in enumerate(fake_scale, start=1):
        assert mood_colour(mood) == QColor(colour)
        image = mood_chip(mood, QFont(), QColor("#000000"), 1.0).pixmap(40, 40).toImage()
        middle_left = image.pixelColor(image.width() // 5, image.height() // 2)
        assert middle_left.name() == colour, mood


@pytest.mark.gui
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_mood_grid_shows_the_design_scale_in_both_themes(
    fake_scale: tuple[str, ...], qtbot: object, dark: bool
) -> None:
    from PySide6.QtGui import QColor, QPalette

    from diary.ui.shell.theme import qt_palette
    from diary.ui.today.mood_grid import SOFTENED, MoodGrid

    grid = MoodGrid()
    qtbot.addWidget(grid)  # type: ignore[attr-defined]
    grid.setPalette(qt_palette(dark))
    grid.resize(grid.sizeHint())
    grid.set_value(6, 6)
    image = grid.grab().toImage()
    ratio = image.devicePixelRatio()
    base = grid.palette().color(QPalette.ColorRole.Base).name()
    cell = grid.cell_center(2, 1).x() - grid.cell_center(1, 1).x()
    for mood in range(1, 10):
        point = grid.cell_center(mood, 2) * ratio
        expected = QColor(design.blend(base, fake_scale[mood - 1], SOFTENED))
        assert image.pixelColor(point.toPoint()) == expected, mood
    chosen = grid.cell_center(6, 6)
    chosen.setX(chosen.x() - cell * 0.3)
    assert image.pixelColor((chosen * ratio).toPoint()).name() == fake_scale[5]


def test_no_surface_keeps_a_colour_list_of_its_own() -> None:
    """The mood surfaces name no colour themselves: their colours come from diary.design."""
    import re

    root = Path(design.__file__).resolve().parent
    surfaces = [
        root / "ui" / "today" / "mood_grid.py",
        *sorted((root / "ui" / "journal").glob("*.py")),
        *sorted((root / "charts").glob("*.py")),
    ]
    hex_colour = re.compile(r"#[0-9a-fA-F]{6}\b")
    for path in surfaces:
        text = path.read_text(encoding="utf-8")
        if path.name == "theme.py":  # charts/theme.py names Okabe and Ito's palette, and only it
            text = text.split("OKABE_ITO")[0] + text.split('"""The colour-blind-safe')[-1]
        assert not hex_colour.findall(text), path.name


def test_docs_design_md_lists_the_values_of_the_code() -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "design.md").read_text(encoding="utf-8")
    colours = [*design.MOOD_SCALE, *design.MODE_COLOURS.values()]
    for palette in (design.LIGHT, design.DARK):
        colours += [getattr(palette, field) for field in palette.__dataclass_fields__]
    for colour in colours:
        if colour.startswith("#"):
            assert f"`{colour}`" in doc, colour
    assert ", ".join(str(space) for space in design.SPACE) in doc
