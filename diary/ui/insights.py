"""Insights: the place for the mood-and-connection charts (issue 4); today, what there is so far."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout

from diary import messages
from diary.ui.page import Page

if TYPE_CHECKING:
    from diary.settings import Settings
    from diary.storage.repository import Repository


class InsightsPage(Page):
    """Says what Insights will show and how much the diary holds so far."""

    title = messages.PAGE_INSIGHTS

    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel(messages.INSIGHTS_INTRO, wordWrap=True)
        self.so_far = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.so_far)
        layout.addStretch(1)
        self._repository: Repository | None = None

    def attach(self, repository: Repository, settings: Settings) -> None:
        """Count what the diary holds."""
        self._repository = repository
        self.refresh()

    def refresh(self) -> None:
        """Recount (cheap: a few COUNT queries)."""
        if self._repository is None:
            return
        counts = self._repository.counts()
        days = self._repository.logged_day_count()
        self.so_far.setText(messages.INSIGHTS_SO_FAR.format(days=days, **counts))

    def detach(self) -> None:
        """Forget the numbers."""
        self._repository = None
        self.so_far.clear()
