"""The Journal's tag filter: a list of the diary's tags that puts ``#tag`` into the search.

Filtering by tag is a search (``Repository.search`` understands ``#tag``), so the search
field always says what the results are, and a tag combines with words ("#work deadline").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from diary.domain.tags import TagCount, split_query, tag_key
from diary.i18n import N_, NP_, _, ngettext

TAG_FILTER_NAME = N_("Show the days with a tag")
TAG_FILTER_ALL = N_("All tags")
TAG_FILTER_NONE = N_("No tags yet")
# Translators: {tags} are tags with their "#", as in "#work".
TAG_FILTER_HITS = NP_("{n} day tagged {tags}", "{n} days tagged {tags}")
# Translators: {tags} are tags with their "#", as in "#work".
TAG_FILTER_NO_HITS = N_("No day is tagged {tags}.")


def tagged_words(query: str, count: int) -> str | None:
    """What the results of a search of only ``#tags`` are ("3 days tagged #work"), else None."""
    tags, words = split_query(query)
    if not tags or words:
        return None
    named = " ".join(f"#{tag}" for tag in tags)
    if not count:
        return _(TAG_FILTER_NO_HITS).format(tags=named)
    return TAG_FILTER_HITS(count, tags=named)


def tag_item(count: TagCount) -> str:
    """A tag as the list shows it: "#work · 12 days"."""
    days = ngettext("{n} day", "{n} days", count.days).format(n=count.days)
    return f"#{count.tag} · {days}"


class TagFilter(QComboBox):
    """Choose one of the diary's tags (or all of them).

    Signals:
        chosen: the tag picked by the user, "" for all tags.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_(TAG_FILTER_NAME))
        self.setToolTip(_(TAG_FILTER_NAME))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._activated)
        self.set_tags(())

    def set_tags(self, tags: Sequence[TagCount]) -> None:
        """The diary's tags, most used first; the choice shown is kept when it is still there."""
        current = self.current_tag()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(_(TAG_FILTER_ALL) if tags else _(TAG_FILTER_NONE), "")
            for count in tags:
                self.addItem(tag_item(count), count.tag)
            self.setEnabled(bool(tags))
            self.show_query(f"#{current}" if current else "")
        finally:
            self.blockSignals(False)

    def current_tag(self) -> str:
        """The tag chosen, "" for all."""
        return str(self.currentData() or "")

    def show_query(self, query: str) -> None:
        """Show the tag a search asks for (one tag), else "all" (without saying ``chosen``)."""
        tags, _words = split_query(query)
        wanted = tag_key(tags[0]) if len(tags) == 1 else ""
        index = next(
            (i for i in range(1, self.count()) if tag_key(str(self.itemData(i))) == wanted), 0
        )
        self.blockSignals(True)
        try:
            self.setCurrentIndex(index)
        finally:
            self.blockSignals(False)

    def _activated(self, index: int) -> None:
        self.chosen.emit(str(self.itemData(index) or ""))
