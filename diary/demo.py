"""The demo diary's contents written into a new diary: the sample days, then their photos.

One place for what the app's ``--demo`` and ``diary demo`` both write, so the two demos never
drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from diary.domain.sample import SampleDiary
    from diary.storage.repository import Repository


def fill(repository: Repository, today: dt.date, years: int = 1) -> SampleDiary:
    """Write the demo's ``years`` of days, ending the day before ``today``, and its photos."""
    from diary.domain.sample import demo_diary
    from diary.formats.demo_photos import demo_photos

    sample = demo_diary(today, years=years)  # ends yesterday: tonight is left to write
    repository.import_records(
        circles=sample.circles,
        people=sample.people,
        entries=sample.entries,
        interactions=sample.interactions,
    )
    last = today - dt.timedelta(days=1)
    for photo in demo_photos((entry.day for entry in sample.entries), last=last):
        repository.add_photo(photo)
    return sample
