"""The mood grid: 9×9 squares of valence (mood) across and energy up, like the Affect Grid.

One click or a few arrow keys place the day on the grid. Each column wears its mood's colour from
``diary.design`` (softened into the card), the chosen square the full colour with a ring in the
text colour and its number, alike in both themes. The chosen numbers are always written out
beside the grid ("Mood 7 · Energy 4"), so colour never carries the meaning alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from diary import design
from diary.domain.models import MOOD_MAX, MOOD_MIN, MOOD_NEUTRAL
from diary.ui.today import words

STEPS = MOOD_MAX - MOOD_MIN + 1
"""Squares along each side of the grid (9)."""

SOFTENED = 0.55
"""How far an unchosen square goes from the card's colour towards its mood's colour."""


def _clamp(value: int) -> int:
    return max(MOOD_MIN, min(MOOD_MAX, value))


def cell_colour(mood: int, base: QColor) -> QColor:
    """The colour of an unchosen square of ``mood``: its mood colour softened into ``base``."""
    return QColor(design.blend(base.name(), design.mood_colour(mood), SOFTENED))


def value_text(mood: int | None, energy: int | None) -> str:
    """The chosen place in words, e.g. "Mood 7 · Energy 4" (or "Mood not set yet")."""
    if mood is None and energy is None:
        return words.TODAY_MOOD_NOTHING
    unset = words.TODAY_MOOD_UNSET
    return words.TODAY_MOOD_VALUE.format(
        mood=unset if mood is None else mood, energy=unset if energy is None else energy
    )


class MoodGrid(QWidget):
    """A keyboard- and mouse-friendly 9×9 grid for the day's mood (x) and energy (y).

    Mood runs from 1 (unpleasant, left) to 9 (pleasant, right), energy from 1 (calm, bottom) to
    9 (energised, top). Either may be unset: an entry written from the command line can have a
    mood without an energy, and the grid then highlights the whole column.

    Keys: arrows move (the first press starts from the neutral centre), Home returns to the
    centre, Delete or Backspace clears. Sizes follow the widget's font, so the grid grows with
    the system font and stays crisp at any scale.

    Signals:
        changed: the user (or ``set_value``) changed the value; carries ``(mood, energy)``, each an
            ``int`` from 1 to 9 or ``None``.
    """

    changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood: int | None = None
        self._energy: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(words.TODAY_MOOD_NAME)
        self.setToolTip(words.TODAY_MOOD_HINT)
        self._update_description()

    # Value -----------------------------------------------------------------------------------

    def value(self) -> tuple[int | None, int | None]:
        """The chosen ``(mood, energy)``; either is ``None`` when not set."""
        return self._mood, self._energy

    def set_value(self, mood: int | None, energy: int | None) -> None:
        """Show a value (emits ``changed`` when it differs from the current one).

        Raises:
            ValueError: if a number is outside 1-9.
        """
        for number in (mood, energy):
            if number is not None and not MOOD_MIN <= number <= MOOD_MAX:
                raise ValueError(f"Mood and energy go from {MOOD_MIN} to {MOOD_MAX}: {number}")
        if (mood, energy) == (self._mood, self._energy):
            return
        self._mood, self._energy = mood, energy
        self._update_description()
        self.update()
        self.changed.emit(mood, energy)

    def clear(self) -> None:
        """Unset mood and energy."""
        self.set_value(None, None)

    def text(self) -> str:
        """The value as shown under the grid, e.g. "Mood 7 · Energy 4"."""
        return value_text(self._mood, self._energy)

    def _update_description(self) -> None:
        if self._mood is None and self._energy is None:
            description = f"{words.TODAY_MOOD_NOTHING}. {words.TODAY_MOOD_HINT}"
        else:
            unset = words.TODAY_MOOD_UNSET
            description = words.TODAY_MOOD_DESCRIPTION.format(
                mood=unset if self._mood is None else self._mood,
                energy=unset if self._energy is None else self._energy,
            )
        self.setAccessibleDescription(description)
        self.setAccessibleName(f"{words.TODAY_MOOD_NAME}: {self.text()}")

    # Geometry --------------------------------------------------------------------------------

    def _metrics(self) -> tuple[QFontMetrics, float, float, float]:
        """Font metrics, the cell size, the left margin and the top margin."""
        fm = self.fontMetrics()
        line = fm.height()
        left = self._left_margin(fm)
        top = line * 0.5
        bottom = line * 3.6
        available_w = (self.width() - left - line) / STEPS
        available_h = (self.height() - top - bottom) / STEPS
        cell = max(4.0, min(available_w, available_h))
        return fm, cell, left, top

    @staticmethod
    def _energy_words() -> tuple[str, str, str]:
        return (
            f"↑ {words.TODAY_ENERGISED}",
            words.TODAY_ENERGY_AXIS,
            f"↓ {words.TODAY_CALM}",
        )

    def _left_margin(self, fm: QFontMetrics) -> float:
        widest = max(fm.horizontalAdvance(words) for words in self._energy_words())
        return float(widest + fm.horizontalAdvance("9") + 4 * fm.averageCharWidth())

    def _preferred_cell(self) -> float:
        return self.fontMetrics().height() * 2.1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Big enough for comfortable squares at the current font size."""
        fm = self.fontMetrics()
        cell = self._preferred_cell()
        left = self._left_margin(fm)
        width = left + STEPS * cell + fm.height()
        height = fm.height() * 4.1 + STEPS * cell
        return QSize(round(width), round(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Squares about as tall as a line of text."""
        hint = self.sizeHint()
        return QSize(round(hint.width() * 0.7), hint.height())

    def _grid_rect(self) -> QRectF:
        _fm, cell, left, top = self._metrics()
        return QRectF(left, top, cell * STEPS, cell * STEPS)

    def _cell_rect(self, mood: int, energy: int) -> QRectF:
        grid = self._grid_rect()
        cell = grid.width() / STEPS
        return QRectF(
            grid.left() + (mood - MOOD_MIN) * cell,
            grid.top() + (MOOD_MAX - energy) * cell,
            cell,
            cell,
        )

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        """The ``(mood, energy)`` of the square under a point in widget coordinates, if any."""
        grid = self._grid_rect()
        if not grid.contains(point):
            return None
        cell = grid.width() / STEPS
        mood = _clamp(MOOD_MIN + int((point.x() - grid.left()) // cell))
        energy = _clamp(MOOD_MAX - int((point.y() - grid.top()) // cell))
        return mood, energy

    def cell_center(self, mood: int, energy: int) -> QPointF:
        """The centre of a square in widget coordinates (handy for tests and tooltips)."""
        return self._cell_rect(mood, energy).center()

    # Input -----------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Choose the square under the pointer."""
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.cell_at(event.position())
            if found is not None:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.set_value(*found)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Dragging with the button held follows the pointer."""
        if event.buttons() & Qt.MouseButton.LeftButton:
            found = self.cell_at(event.position())
            if found is not None:
                self.set_value(*found)
                event.accept()
                return
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Arrows move, Home centres, Delete/Backspace clears; other keys go to the parent."""
        key = Qt.Key(event.key())
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if key in steps and not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        ):
            dx, dy = steps[key]
            if self._mood is None and self._energy is None:
                self.set_value(MOOD_NEUTRAL, MOOD_NEUTRAL)
            else:
                mood = self._mood if self._mood is not None else MOOD_NEUTRAL
                energy = self._energy if self._energy is not None else MOOD_NEUTRAL
                new_mood = _clamp(mood + dx) if dx or self._mood is not None else None
                new_energy = _clamp(energy + dy) if dy or self._energy is not None else None
                self.set_value(new_mood, new_energy)
            event.accept()
        elif key == Qt.Key.Key_Home and not event.modifiers():
            self.set_value(MOOD_NEUTRAL, MOOD_NEUTRAL)
            event.accept()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Repaint to show the focus rectangle."""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Repaint to hide the focus rectangle."""
        self.update()
        super().focusOutEvent(event)

    # Painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the squares, the axes with their words, the choice and the focus frame."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fm, cell, _left, _top = self._metrics()
        grid = self._grid_rect()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.WindowText)
        ring = max(2.0, fm.height() / 6)
        line_colour = QColor(base)  # hairlines in the card's colour: squares, not a spreadsheet

        # Squares: each column in its mood's colour, softened; the numbers carry the meaning.
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            colour = cell_colour(mood, base)
            for energy in range(MOOD_MIN, MOOD_MAX + 1):
                painter.fillRect(self._cell_rect(mood, energy), colour)

        # Column or row of a half-set value, then the chosen square.
        soft = QColor(text)
        soft.setAlphaF(0.18)
        if self._mood is not None and self._energy is None:
            column = self._cell_rect(self._mood, MOOD_MAX)
            painter.fillRect(QRectF(column.left(), grid.top(), cell, grid.height()), soft)
        elif self._energy is not None and self._mood is None:
            row = self._cell_rect(MOOD_MIN, self._energy)
            painter.fillRect(QRectF(grid.left(), row.top(), grid.width(), cell), soft)

        # Grid lines, the neutral centre square outlined, and a firm border.
        painter.setPen(QPen(line_colour, max(1.0, fm.height() / 12)))
        for i in range(STEPS + 1):
            x = grid.left() + i * cell
            y = grid.top() + i * cell
            painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(text, max(1.0, fm.height() / 14), Qt.PenStyle.DotLine))
        painter.drawRect(self._cell_rect(MOOD_NEUTRAL, MOOD_NEUTRAL))
        painter.setPen(QPen(text, max(1.5, fm.height() / 10)))
        painter.drawRect(grid)

        if self._mood is not None and self._energy is not None:
            # The chosen square: the full mood colour, a ring in the text colour (inside a thin
            # ring of the card's colour, so it stands off its neighbours) and the mood's number.
            chosen = self._cell_rect(self._mood, self._energy)
            painter.fillRect(chosen, QColor(design.mood_colour(self._mood)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(base, ring + 2))
            painter.drawRect(chosen.adjusted(-ring / 2, -ring / 2, ring / 2, ring / 2))
            pen = QPen(text, ring)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(chosen.adjusted(-ring / 2, -ring / 2, ring / 2, ring / 2))
            number_font = painter.font()
            number_font.setBold(True)
            painter.save()
            painter.setFont(number_font)
            painter.setPen(QColor(design.mood_ink(self._mood)))
            painter.drawText(chosen, Qt.AlignmentFlag.AlignCenter, str(self._mood))
            painter.restore()

        # Axis numbers and words.
        painter.setPen(text)
        line = fm.height()
        for n in range(MOOD_MIN, MOOD_MAX + 1):
            below = self._cell_rect(n, MOOD_MIN)
            painter.drawText(
                QRectF(below.left(), grid.bottom() + 2, cell, line),
                Qt.AlignmentFlag.AlignCenter,
                str(n),
            )
            beside = self._cell_rect(MOOD_MIN, n)
            painter.drawText(
                QRectF(grid.left() - fm.averageCharWidth(), beside.top(), 0, cell),
                Qt.AlignmentFlag.AlignVCenter
                | Qt.AlignmentFlag.AlignRight
                | Qt.TextFlag.TextDontClip,
                str(n),
            )
        words_y = grid.bottom() + 2 + line
        left_words = f"← {words.TODAY_UNPLEASANT}"
        right_words = f"{words.TODAY_PLEASANT} →"
        painter.drawText(
            QRectF(grid.left(), words_y, grid.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            left_words,
        )
        painter.drawText(
            QRectF(grid.left(), words_y, grid.width(), line),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            words.TODAY_MOOD_AXIS,
        )
        painter.drawText(
            QRectF(grid.left(), words_y, grid.width(), line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            right_words,
        )
        label_right = grid.left() - fm.horizontalAdvance("9") - 3 * fm.averageCharWidth()
        top_words, axis_words, bottom_words = self._energy_words()
        for caption, y in (
            (top_words, grid.top()),
            (axis_words, grid.center().y() - line / 2),
            (bottom_words, grid.bottom() - line),
        ):
            painter.drawText(
                QRectF(0, y, label_right, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                caption,
            )

        # The value in words, under everything.
        value_font = painter.font()
        value_font.setBold(True)
        painter.setFont(value_font)
        painter.drawText(
            QRectF(grid.left(), words_y + line * 1.3, grid.width(), line * 1.3),
            Qt.AlignmentFlag.AlignCenter,
            self.text(),
        )

        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            if self._mood is not None and self._energy is not None:
                outside = ring + 3
                focus = self._cell_rect(self._mood, self._energy).adjusted(
                    -outside, -outside, outside, outside
                )
            else:
                focus = grid.adjusted(-3, -3, 3, 3)
            option.rect = focus.toAlignedRect()
            option.backgroundColor = base
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
            painter.setPen(QPen(text, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRect(option.rect).adjusted(-1, -1, 1, 1))
        painter.end()
