"""The feelings picker: type to find a word from Hearth's vocabulary, or add your own.

Chosen feelings show as chips ("tired ×") that Space, Enter or a click removes; words near the
current mood are suggested so the common case takes one click.

The picker holds the words as the diary stores them (a built-in feeling by its English key) and
shows them in the current language: with German installed the chip of "tired" reads "müde ×",
and typing "müde" chooses "tired" (``diary.domain.vocabulary``).

Keyboard: Tab goes from the filter straight on to the next section (the offered words and the
chips are not Tab stops, so an evening costs no Tab presses here); Down from the filter reaches
the offered words, arrows move between words and chips, Up or Escape go back to the filter.
Removing a chip never moves anything: focus stays put, and the chips' and offered words'
boxes keep their height until another day is shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary.domain.models import MOOD_NEUTRAL, ValidationError, clean_word
from diary.domain.vocabulary import (
    Feeling,
    feeling,
    filter_feelings,
    key_of,
    label_of,
    nearest_feelings,
)
from diary.ui.today import words

SUGGESTIONS = 8
"""How many words the picker offers at a time."""

_CORNERS = ((7, 7), (7, 3), (3, 7), (3, 3))
"""Quadrant centres: with no mood yet, two words from each corner are offered."""


def _matches(typed: str) -> tuple[Feeling, ...]:
    """The feelings whose shown word matches; a feeling typed whole in English comes first."""
    matches = filter_feelings(typed)
    exact = feeling(typed)
    if exact is not None and exact not in matches:
        return (exact, *matches)
    return matches


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping onto new lines like words in a paragraph."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        """Append an item (called by ``addWidget``)."""
        self._items.append(item)

    def count(self) -> int:
        """How many items the layout holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        """The item at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        """Flow layouts never expand on their own."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """The height depends on how many lines the items wrap onto."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """The height needed at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        """Place the items inside ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as the widest item (the layout wraps to fit)."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The largest item's minimum size plus margins."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        spacing = self.spacing() if self.spacing() >= 0 else 6
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class _FilterEdit(QLineEdit):
    """The type-to-filter line: Escape clears it, Down moves to the first offered word."""

    def __init__(self, picker: FeelingsPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Escape clears the filter and Down jumps into the offered words."""
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
        elif event.key() == Qt.Key.Key_Down and self._picker.offered_buttons():
            self._picker.offered_buttons()[0].setFocus(Qt.FocusReason.TabFocusReason)
            event.accept()
        else:
            super().keyPressEvent(event)


class _Word(QToolButton):
    """An offered word or a chosen chip: arrows move along, Up/Escape return to the filter."""

    def __init__(self, picker: FeelingsPicker) -> None:
        super().__init__()
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Left/Right/Down/Up move between words; Enter presses like Space."""
        words_in_order = [*self._picker.offered_buttons(), *self._picker.chips()]
        index = words_in_order.index(self) if self in words_in_order else 0
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Left else 1
            target = words_in_order[max(0, min(len(words_in_order) - 1, index + step))]
            target.setFocus(Qt.FocusReason.TabFocusReason)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Escape):
            self._picker.filter_edit.setFocus(Qt.FocusReason.TabFocusReason)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class FeelingsPicker(QWidget):
    """Pick the feelings of the day: chips for chosen words, a filter line, offered words.

    Enter in the filter adds the first word of the vocabulary that matches what was typed, or,
    when nothing matches, the typed text as the user's own word.

    Signals:
        changed: the chosen feelings changed (by the user or ``set_feelings``).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: list[str] = []
        self._near: tuple[float, float] | None = None

        self.filter_edit = _FilterEdit(self)
        self.filter_edit.setAccessibleName(words.TODAY_FEELINGS_FILTER_NAME)
        self.filter_edit.setPlaceholderText(words.TODAY_FEELINGS_FILTER_PLACEHOLDER)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(10 * 40)
        self.filter_edit.textChanged.connect(self._refresh_offered)
        self.filter_edit.returnPressed.connect(self.add_from_filter)

        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.offered_label = QLabel()
        self.offered_box = QWidget()
        self.offered_flow = FlowLayout(self.offered_box)

        self.chosen_label = QLabel(words.TODAY_FEELINGS_CHOSEN)
        self.none_label = QLabel(words.TODAY_FEELINGS_NONE)
        self.chips_box = QWidget()
        self.chips_flow = FlowLayout(self.chips_box)

        offered_row = QHBoxLayout()
        offered_row.addWidget(self.offered_label, 0, Qt.AlignmentFlag.AlignTop)
        offered_row.addWidget(self.offered_box, 1)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_label, 0, Qt.AlignmentFlag.AlignTop)
        chosen_row.addWidget(self.none_label, 0, Qt.AlignmentFlag.AlignTop)
        chosen_row.addWidget(self.chips_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.hint_label)
        layout.addLayout(offered_row)
        layout.addLayout(chosen_row)
        for box in (self.offered_box, self.chips_box):
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            box.setSizePolicy(policy)
        self._rebuild_chips()
        self._refresh_offered()

    # Value -----------------------------------------------------------------------------------

    def feelings(self) -> tuple[str, ...]:
        """The chosen words as stored (built-in feelings by key), in the order they were added."""
        return tuple(self._chosen)

    def set_feelings(self, words: Iterable[str]) -> None:
        """Show these words as chosen (replacing any others); emits ``changed`` if different.

        Words are normalised like the diary stores them (lower case, single spaces; a built-in
        feeling in the current language becomes its key); invalid words are skipped.
        """
        cleaned: list[str] = []
        for word in words:
            try:
                value = key_of(word)
            except ValidationError:
                continue
            if value not in cleaned:
                cleaned.append(value)
        self.release_heights()
        if cleaned == self._chosen:
            return
        self._chosen = cleaned
        self._rebuild_chips()
        self._refresh_offered()
        self.changed.emit()

    def clear(self) -> None:
        """Forget the chosen words, the filter text and the suggestions' mood."""
        self.filter_edit.clear()
        self._near = None
        self.set_feelings(())
        self._refresh_offered()

    def add(self, word: str) -> bool:
        """Choose a word (as shown or as stored); False, with the reason shown, if unusable."""
        try:
            value = key_of(word)
        except ValidationError as error:
            self.hint_label.setText(str(error))
            return False
        if value not in self._chosen:
            self._chosen.append(value)
            self._rebuild_chips()
            self._refresh_offered()
            self.changed.emit()
        return True

    def remove(self, word: str) -> None:
        """Unchoose a word (keyboard focus moves to a neighbouring chip or the filter)."""
        if word not in self._chosen:
            return
        index = self._chosen.index(word)
        had_focus = any(chip.hasFocus() for chip in self.chips())
        if had_focus:  # before the chip goes: a hidden focused widget hands focus on, and
            self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the page would scroll
        self._hold_heights()
        self._chosen.remove(word)
        self._rebuild_chips()
        self._refresh_offered()
        if had_focus:
            chips = self.chips()
            target: QWidget = chips[min(index, len(chips) - 1)] if chips else self.filter_edit
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def add_from_filter(self) -> None:
        """Enter in the filter: add the first matching word, else the typed text as a new word."""
        typed = self.filter_edit.text()
        if not typed.strip():
            return
        matches = _matches(typed)
        if self.add(matches[0].word if matches else typed):
            self.filter_edit.clear()

    def suggest_near(self, valence: int | None, energy: int | None) -> None:
        """Offer the words nearest to this place on the mood grid (None: the neutral line)."""
        if valence is None and energy is None:
            self._near = None
        else:
            self._near = (
                float(MOOD_NEUTRAL if valence is None else valence),
                float(MOOD_NEUTRAL if energy is None else energy),
            )
        self._refresh_offered()

    def _hold_heights(self) -> None:
        """Keep the chips' and offered words' boxes at least as tall as now (no jumps)."""
        for box in (self.chips_box, self.offered_box):
            box.setMinimumHeight(max(box.minimumHeight(), box.height()))

    def release_heights(self) -> None:
        """Let the boxes fit their words again (a new day is shown)."""
        for box in (self.chips_box, self.offered_box):
            box.setMinimumHeight(0)

    # Children, for the page and for tests ----------------------------------------------------

    def chips(self) -> list[QToolButton]:
        """The chip buttons of the chosen words, in order."""
        return self._buttons(self.chips_flow)

    def offered_buttons(self) -> list[QToolButton]:
        """The buttons of the words on offer (matches or suggestions), in order."""
        return self._buttons(self.offered_flow)

    def offered_words(self) -> tuple[str, ...]:
        """The words on offer as stored (built-in feelings by key), in order."""
        return tuple(str(b.property("word")) for b in self.offered_buttons())

    @staticmethod
    def _buttons(flow: FlowLayout) -> list[QToolButton]:
        found = []
        for index in range(flow.count()):
            item = flow.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QToolButton):
                found.append(widget)
        return found

    # Internals -------------------------------------------------------------------------------

    @staticmethod
    def _empty(flow: FlowLayout) -> None:
        while flow.count():
            item = flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _button(self, word: str, *, chosen: bool) -> QToolButton:
        button = _Word(self)
        button.setProperty("word", word)
        button.setCheckable(True)
        button.setChecked(chosen)
        button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        button.setAutoRaise(not chosen)
        shown = label_of(word)
        if chosen:
            button.setText(words.TODAY_FEELING_CHIP.format(word=shown))
            button.setAccessibleName(words.TODAY_FEELING_REMOVE.format(word=shown))
            button.setToolTip(words.TODAY_FEELING_REMOVE.format(word=shown))
            button.toggled.connect(lambda on, w=word: self._chip_toggled(w, on))
        else:
            button.setText(f"+ {shown}")
            button.setAccessibleName(words.TODAY_FEELING_ADD.format(word=shown))
            button.setToolTip(words.TODAY_FEELING_ADD.format(word=shown))
            button.toggled.connect(lambda on, w=word: self._offered_toggled(w, on))
        return button

    def _chip_toggled(self, word: str, on: bool) -> None:
        if not on:
            self.remove(word)

    def _offered_toggled(self, word: str, on: bool) -> None:
        if not on:
            return
        index = self.offered_words().index(word) if word in self.offered_words() else 0
        if any(button.hasFocus() for button in self.offered_buttons()):
            self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._hold_heights()
        if self.add(word):
            self.filter_edit.clear()
        offered = self.offered_buttons()
        if offered:
            offered[min(index, len(offered) - 1)].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_chips(self) -> None:
        self._empty(self.chips_flow)
        for word in self._chosen:
            chip = self._button(word, chosen=True)
            self.chips_flow.addWidget(chip)
            chip.show()
        self.none_label.setVisible(not self._chosen)
        self._fix_tab_order()

    def _refresh_offered(self) -> None:
        typed = self.filter_edit.text()
        chosen = set(self._chosen)
        if typed.strip():
            matches = _matches(typed)
            offered = [f.word for f in matches if f.word not in chosen]
            self.offered_label.setText(words.TODAY_FEELINGS_MATCHES)
            if not matches:
                try:
                    own = clean_word(typed)
                except ValidationError as error:
                    self.hint_label.setText(str(error))
                else:
                    self.hint_label.setText(words.TODAY_FEELINGS_OWN_WORD.format(word=own))
            else:
                self.hint_label.clear()
        elif self._near is not None:
            ranked = nearest_feelings(*self._near, k=SUGGESTIONS + len(chosen))
            offered = [f.word for f in ranked if f.word not in chosen]
            self.offered_label.setText(words.TODAY_FEELINGS_NEAR)
            self.hint_label.clear()
        else:
            offered = []
            for corner in _CORNERS:
                ranked = nearest_feelings(*corner, k=2 + len(chosen))
                offered += [f.word for f in ranked if f.word not in chosen][:2]
            self.offered_label.setText(words.TODAY_FEELINGS_SOME)
            self.hint_label.clear()
        self.hint_label.setVisible(bool(self.hint_label.text()))
        offered = offered[:SUGGESTIONS]
        if tuple(offered) == self.offered_words():
            return
        self._empty(self.offered_flow)
        for word in offered:
            button = self._button(word, chosen=False)
            self.offered_flow.addWidget(button)
            button.show()
        self.offered_label.setVisible(bool(offered))
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        """Filter, then offered words, then chips: the order they appear on screen."""
        order: list[QWidget] = [self.filter_edit, *self.offered_buttons(), *self.chips()]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
