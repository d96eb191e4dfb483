"""Today's tags: known tags completed after ``#`` in the text, and the day's tags as quiet chips.

The completion works as the contact line's names do (``contacts.LineCompleter``): what a known
tag would add is typed in selected, Tab or Enter takes it, typing on replaces it, Escape takes it
away. The chips show every tag of the day (``domain.tags.day_tags``); a tag set on the day (by
``diary write --tag``, an import, or the small "Add a tag" line here) can be removed from its
chip, a ``#tag`` of the text is changed by editing the text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from diary.domain.tags import clean_tag, day_tags, matching_tags, tag_key, typed_tag
from diary.i18n import N_, _
from diary.ui.shell.theme import make_chip
from diary.ui.today.contacts import CompletingLine
from diary.ui.today.feelings import FlowLayout

TAGS_NAME = N_("Tags of the day")
TAG_ADD_PLACEHOLDER = N_("Add a tag")
TAG_ADD_TIP = N_(
    "Tag the day, or write #word in your text. Tags let you find days and make a report of them."
)
# Translators: {tag} is a tag with its "#", as in "#work".
TAG_REMOVE_TIP = N_("Remove the tag {tag}")
# Translators: {tag} is a tag with its "#", as in "#work".
TAG_IN_TEXT_TIP = N_("{tag} is written in your text")
TAG_INVALID = N_("A tag is one word of letters and digits, with - or _ inside.")


class TagCompleter(QObject):
    """Offers the rest of a known tag while ``#ta…`` is typed in a text edit.

    Only typing offers (not deleting, pasting a whole text or loading a day), and only at the
    end of a word, so the text is never changed behind the cursor.
    """

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._known: list[str] = []
        self._busy = False
        self._typed_at: int | None = None  # where the last small insertion ended
        self._offer: tuple[int, int] | None = None
        edit.installEventFilter(self)
        edit.document().contentsChange.connect(self._contents_changed)
        edit.textChanged.connect(self._text_changed)

    def set_known(self, tags: Sequence[str]) -> None:
        """The tags to offer, most used first."""
        self._known = list(tags)

    def offered(self) -> bool:
        """True while a completion is shown selected after the cursor's tag."""
        cursor = self._edit.textCursor()
        return self._offer is not None and self._offer == (
            cursor.selectionStart(),
            cursor.selectionEnd(),
        )

    def accept(self) -> bool:
        """Take the offered completion (False when none is offered)."""
        if not self.offered():
            return False
        cursor = self._edit.textCursor()
        cursor.setPosition(cursor.selectionEnd())
        self._edit.setTextCursor(cursor)
        self._offer = None
        return True

    def _contents_changed(self, position: int, removed: int, added: int) -> None:
        if self._busy:
            return
        self._offer = None
        typing = 0 < added <= 2  # a key (or a composed character), not a paste or a new day
        self._typed_at = position + added if typing else None

    def _text_changed(self) -> None:
        at, self._typed_at = self._typed_at, None
        cursor = self._edit.textCursor()
        if self._busy or at is None or cursor.hasSelection() or cursor.position() != at:
            return
        text = self._edit.toPlainText()
        if at < len(text) and not text[at].isspace() and text[at] not in ".,;:!?)]}»”’\"'":
            return  # in the middle of a word: nothing is offered
        typed = typed_tag(text, at)
        if typed is None or not typed[1]:
            return
        prefix = typed[1]
        rest = next(
            (
                tag[len(prefix) :]
                for tag in matching_tags(prefix, self._known)
                if len(tag) > len(prefix) and tag_key(tag[: len(prefix)]) == tag_key(prefix)
            ),
            "",
        )
        if not rest:
            return
        self._busy = True
        try:
            cursor.insertText(rest)
            cursor.setPosition(at)
            cursor.setPosition(at + len(rest), QTextCursor.MoveMode.KeepAnchor)
            self._edit.setTextCursor(cursor)
            self._offer = (at, at + len(rest))
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Tab or Enter take an offered tag; Escape takes it away."""
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.accept():
                return True
            if key == Qt.Key.Key_Escape and self.offered():
                self._busy = True
                try:
                    self._edit.textCursor().removeSelectedText()
                finally:
                    self._busy = False
                self._offer = None
                return True
        return False


class TagBar(QWidget):
    """The day's tags as quiet chips, and a line to add one.

    Signals:
        edited: the tags set on the day changed (a chip removed, a tag added).
        problem: a sentence about a tag that cannot be one (for the status line).
    """

    edited = Signal()
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_(TAGS_NAME))
        self._explicit: tuple[str, ...] = ()
        self._text = ""
        self._chips: list[QToolButton] = []
        self._known = QStringListModel(self)
        self.add_line = CompletingLine(self)
        self.add_line.setPlaceholderText(_(TAG_ADD_PLACEHOLDER))
        self.add_line.setAccessibleName(_(TAG_ADD_PLACEHOLDER))
        self.add_line.setToolTip(_(TAG_ADD_TIP))
        self.add_line.setMaximumWidth(self.fontMetrics().averageCharWidth() * 18)
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.add_line.setCompleter(completer)
        self.add_line.returnPressed.connect(self._add_typed)
        self._row = FlowLayout(self)  # a day of many tags wraps rather than widen the card
        self._row.addWidget(self.add_line)

    def set_known(self, tags: Sequence[str]) -> None:
        """The diary's tags, offered while typing one."""
        self._known.setStringList(list(tags))

    def set_day(self, explicit: Sequence[str], text: str) -> None:
        """Show a day: the tags set on it and its text (for its ``#tags``)."""
        self._explicit = tuple(explicit)
        self._text = text
        self.add_line.clear()
        self._rebuild()

    def set_text(self, text: str) -> None:
        """The day's text changed: show its ``#tags`` (only when they changed)."""
        before = day_tags(self._explicit, self._text)
        self._text = text
        if day_tags(self._explicit, text) != before:
            self._rebuild()

    def explicit(self) -> tuple[str, ...]:
        """The tags set on the day (not those of its text)."""
        return self._explicit

    def chips(self) -> list[QToolButton]:
        """The chips shown, in order."""
        return list(self._chips)

    def _rebuild(self) -> None:
        for chip in self._chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        keys = {tag_key(tag) for tag in self._explicit}
        self._chips = []
        for tag in day_tags(self._explicit, self._text):
            chip = QToolButton(self)
            chip.setText(f"#{tag}")
            make_chip(chip)
            chip.setObjectName("hint")
            if tag_key(tag) in keys:
                chip.setText(f"#{tag} ×")
                words = _(TAG_REMOVE_TIP).format(tag=f"#{tag}")
                chip.clicked.connect(lambda _checked=False, t=tag: self.remove(t))
            else:
                words = _(TAG_IN_TEXT_TIP).format(tag=f"#{tag}")
                chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setToolTip(words)
            chip.setAccessibleName(words)
            self._chips.append(chip)
        self._row.removeWidget(self.add_line)
        for chip in self._chips:
            self._row.addWidget(chip)
        self._row.addWidget(self.add_line)  # the chips, then the line to add one

    def add(self, tag: str) -> bool:
        """Set ``tag`` on the day too; False (and ``problem``) when it cannot be a tag."""
        cleaned = clean_tag(tag)
        if cleaned is None:
            self.problem.emit(_(TAG_INVALID))
            return False
        if tag_key(cleaned) not in {tag_key(t) for t in self._explicit}:
            self._explicit = (*self._explicit, cleaned)
            self._rebuild()
            self.edited.emit()
        return True

    def remove(self, tag: str) -> None:
        """Take ``tag`` off the tags set on the day (a ``#tag`` of the text stays)."""
        kept = tuple(t for t in self._explicit if tag_key(t) != tag_key(tag))
        if kept != self._explicit:
            self._explicit = kept
            self._rebuild()
            self.edited.emit()

    def _add_typed(self) -> None:
        typed = self.add_line.text().strip()
        if typed and self.add(typed):
            self.add_line.clear()
