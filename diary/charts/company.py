"""The mark of a lonely day: an isolated day on which the user wanted more company.

Isolated days are hatched in the month and streak charts; the ones the user answered "I wanted
more" to ("Company today") also get this mark, so chosen solitude and lonely days read apart.
The mark is a shape in the theme's ink (never a colour alone), with a ring of the background so
it stands out of the hatching in the light and the dark theme alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.transforms import Transform

from diary.charts.theme import ChartTheme
from diary.domain.stats import DayStats
from diary.i18n import _

MARKER = "v"
"""A small downward triangle: no other chart mark of Hearth has this shape."""

MARKER_SIZE = 6.5


def is_lonely(day: DayStats) -> bool:
    """An isolated day with "I wanted more" as its answer to "Company today"."""
    return day.isolated and day.company is not None and day.company.lonely


def legend_words() -> str:
    """The legend entry of the mark, in the current language."""
    # Translators: a chart legend entry: an isolated day on which the user said they would
    # have liked more company ("Company today: I wanted more").
    return _("wanted more company")


def column_words() -> str:
    """The heading of a table column counting such days, in the current language."""
    # Translators: a table column heading: how many days of an isolation streak the user
    # said they would have liked more company.
    return _("Days you wanted more company")


def draw_marks(
    ax: Axes,
    xs: Sequence[float],
    ys: Sequence[float],
    theme: ChartTheme,
    *,
    transform: Transform | None = None,
) -> Line2D:
    """The marks at (``xs``, ``ys``), in data coordinates unless another ``transform``."""
    (marks,) = ax.plot(list(xs), list(ys), **_style(theme), zorder=5, clip_on=False)
    if transform is not None:
        marks.set_transform(transform)
    return marks


def legend_key(theme: ChartTheme) -> Line2D:
    """The mark as a legend handle."""
    return Line2D([], [], **_style(theme))


def _style(theme: ChartTheme) -> dict[str, Any]:
    """How the mark looks, on the chart and in its legend alike."""
    return {
        "linestyle": "none",
        "marker": MARKER,
        "markersize": MARKER_SIZE,
        "color": theme.lonely,
        "markeredgecolor": theme.background,
        "markeredgewidth": 0.8,
        "label": legend_words(),
    }
