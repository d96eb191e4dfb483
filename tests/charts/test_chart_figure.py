import subprocess
import sys
import textwrap

import pytest
from chartdata import THEMES
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from diary.charts.figure import FORMATS, chart_file, figure_format, new_figure
from diary.charts.theme import DARK, LIGHT

HEADERS = {".png": b"\x89PNG\r\n\x1a\n", ".pdf": b"%PDF-"}


@THEMES
def test_new_figure_is_a_bare_figure_in_the_theme(theme):
    fig = new_figure(theme, 6, 3, 50)
    assert type(fig) is Figure
    assert tuple(fig.get_size_inches()) == (6, 3)
    assert fig.get_dpi() == 50
    assert to_hex(fig.get_facecolor()) == theme.background.lower()
    assert fig.get_layout_engine() is not None


@pytest.mark.parametrize("size", [(0, 3, 100), (6, -1, 100), (6, 3, 0)])
def test_new_figure_refuses_an_empty_size(size):
    with pytest.raises(ValueError, match="positive"):
        new_figure(LIGHT, *size)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".PNG"])
def test_chart_file_is_the_format_of_the_extension(tmp_path, suffix):
    fig = new_figure(DARK, 2, 1, 40)
    fig.add_subplot().plot([1, 2], [3, 4])
    data = chart_file(fig, tmp_path / f"chart{suffix}")
    if suffix.lower() == ".svg":
        assert b"<svg" in data[:500]
        assert DARK.background.lower().encode() in data.lower()
    else:
        assert data.startswith(HEADERS[suffix.lower()])


@pytest.mark.parametrize("name", ["chart.gif", "chart.jpg", "chart", "chart.png.txt"])
def test_chart_file_refuses_other_formats(tmp_path, name):
    fig = new_figure(LIGHT, 2, 1, 40)
    with pytest.raises(ValueError) as raised:
        chart_file(fig, tmp_path / name)
    assert str(raised.value) == (
        f"Hearth cannot save a chart as “{name}”: use a name ending in .pdf, .png, .svg."
    )
    assert list(tmp_path.iterdir()) == []


def test_formats_are_exactly_png_svg_and_pdf():
    assert dict(FORMATS) == {".png": "png", ".svg": "svg", ".pdf": "pdf"}
    assert figure_format("a/b.Pdf") == "pdf"


def test_drawing_every_panel_never_loads_pyplot_or_qt():
    code = textwrap.dedent(
        """
        import datetime as dt, sys
        from diary.charts.context import ChartContext
        from diary.charts.figure import new_figure
        from diary.charts.panels import PANELS
        from diary.charts.theme import LIGHT
        from diary.domain.stats import day_series
        context = ChartContext(2026, 11)
        for panel in PANELS.values():
            start, end = panel.period(context)
            panel.draw(new_figure(LIGHT), day_series([], start, end), LIGHT, context=context)
        loaded = [m for m in ("matplotlib.pyplot", "PySide6", "sqlalchemy") if m in sys.modules]
        print(loaded)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
