"""The numbers behind a chart as a plain table, for screen readers and the data-table view."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataTable:
    """A caption, column headers and rows of ready-to-read strings.

    Attributes:
        caption: One sentence saying what the table holds (and the headline number, if any).
        headers: The column names.
        rows: One tuple of strings per row, as long as ``headers``.
    """

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.headers):
                raise ValueError(f"A row has {len(row)} cells for {len(self.headers)} columns.")
