"""Make a themed Figure (never through pyplot) and save it as PNG, SVG or PDF."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from matplotlib.figure import Figure

from diary import messages
from diary.charts.theme import ChartTheme

FORMATS: Mapping[str, str] = MappingProxyType({".png": "png", ".svg": "svg", ".pdf": "pdf"})
"""File name extension -> matplotlib output format; nothing else is written."""

# No creation date or software version in the file: an exported chart should say no more about
# the diarist than the chart itself.
_METADATA: Mapping[str, Mapping[str, str | None]] = MappingProxyType(
    {
        "png": {"Software": "Hearth"},
        "svg": {"Creator": "Hearth", "Date": None},
        "pdf": {"Creator": "Hearth", "Producer": "Hearth", "CreationDate": None},
    }
)

DEFAULT_SIZE = (8.0, 4.5)
DEFAULT_DPI = 100.0


def new_figure(
    theme: ChartTheme,
    width_in: float = DEFAULT_SIZE[0],
    height_in: float = DEFAULT_SIZE[1],
    dpi: float = DEFAULT_DPI,
) -> Figure:
    """Return a bare Figure in the theme's background with constrained layout.

    The Figure has no global state: a Qt canvas, an Agg canvas or ``chart_file`` can draw it.
    """
    if width_in <= 0 or height_in <= 0 or dpi <= 0:
        raise ValueError("A figure needs a positive width, height and dpi.")
    return Figure(
        figsize=(width_in, height_in),
        dpi=dpi,
        facecolor=theme.background,
        layout="constrained",
    )


def figure_format(path: str | os.PathLike[str]) -> str:
    """The output format for a file name, by its extension (case does not matter).

    Raises:
        ValueError: The extension is not .png, .svg or .pdf; the message is for the user.
    """
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise ValueError(
            messages.CHART_BAD_FORMAT.format(
                name=Path(path).name, formats=", ".join(sorted(FORMATS))
            )
        ) from None


def figure_bytes(fig: Figure, fmt: str) -> bytes:
    """The Figure rendered as a "png", "svg" or "pdf" file, in memory.

    Callers that must not leave half a file behind (the command line) write these bytes
    atomically themselves.
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, facecolor=fig.get_facecolor(), metadata=dict(_METADATA[fmt]))
    return buffer.getvalue()


def chart_file(fig: Figure, path: str | os.PathLike[str]) -> bytes:
    """The whole file ``path`` names, as PNG, SVG or PDF by its extension, in memory.

    The caller writes it (atomically, privately: charts touch no files themselves).

    Raises:
        ValueError: For any other extension (checked before anything is drawn).
    """
    return figure_bytes(fig, figure_format(path))


def title_figure(fig: Figure, title: str, theme: ChartTheme) -> None:
    """Put a panel's title at the top left of the Figure, in the theme's colours."""
    fig.suptitle(
        title,
        x=0.01,
        ha="left",
        color=theme.foreground,
        fontsize=theme.font_size * 1.35,
        fontweight="bold",
    )
