"""The small window shown while Hearth backs up before closing.

The automatic backup on quit runs off the GUI thread (see ``diary.app``); this window shows
its progress so the app stays responsive, and closes by itself when the backup is written. If
the backup fails it says why and waits: Hearth quits without the backup only when the user
chooses to, and "Keep Hearth open" (the default, also Esc and the window's close button)
leaves the diary open as it was. While the backup runs the user may also choose to quit
without it; the backup then stops at its next step and writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from diary.ui.shell import words
from diary.ui.shell.dialogs import _Designed, _width


def failure_reason(error: BaseException) -> str:
    """Why the backup failed, as one sentence (a system error without its errno code)."""
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
        if error.filename:
            text = f"{text}: {error.filename}"
    else:
        text = str(error).strip() or type(error).__name__
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


class QuitProgress(_Designed):
    """The progress of the backup before closing; after a failure, why and a choice.

    Signals:
        quit_chosen: "Quit without a backup" (while the backup runs, or after it failed).
        stay_chosen: "Keep Hearth open" after a failure (or Esc, or closing this window).
    """

    quit_chosen = Signal()
    stay_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(words.QUIT_TITLE, words.QUIT_BACKING_UP, words.QUIT_WHY, parent)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # the diary waits meanwhile
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.failed = False
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first step is known (reading the diary)
        self.bar.setAccessibleName(words.QUIT_PROGRESS_NAME)
        self.bar.setMinimumWidth(_width(self, 40))
        self.card.add(self.bar)
        self.keep_button = QPushButton(words.QUIT_KEEP_OPEN)
        self.keep_button.setProperty("primary", True)
        self.keep_button.clicked.connect(self._stay)
        self.keep_button.hide()
        self.quit_button = QPushButton(words.QUIT_WITHOUT_BACKUP)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._quit_without)
        self.buttons.addWidget(self.keep_button)
        self.buttons.addWidget(self.quit_button)

    def set_progress(self, done: int, total: int) -> None:
        """Show ``done`` of ``total`` (bytes of the backup); the bar counts in thousandths."""
        if self.failed or total <= 0:
            return
        self.bar.setRange(0, 1000)
        self.bar.setValue(min(1000, done * 1000 // total))

    def show_failure(self, reason: str) -> None:
        """Say the backup failed and why, and offer to keep Hearth open or quit without it."""
        self.failed = True
        self.heading.setText(words.QUIT_FAILED)
        self.why.setText(words.QUIT_FAILED_WHY.format(reason=reason))
        self.why.show()
        self.bar.hide()
        self.keep_button.show()
        self.keep_button.setDefault(True)
        self.quit_button.setEnabled(True)
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.show()
        self.raise_()
        self.activateWindow()

    def _quit_without(self) -> None:
        if not self.failed:  # the backup still runs: it stops at its next step
            self.quit_button.setEnabled(False)
            self.why.setText(words.QUIT_STOPPING)
            self.why.show()
        self.quit_chosen.emit()

    def _stay(self) -> None:
        self.stay_chosen.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Opened at the width a sentence reads at, with no button pressed by a stray key.

        While the backup runs the window itself has the focus (Tab reaches the button), so
        a Space or Return typed on into the closing window does not skip the backup.
        """
        super().showEvent(event)
        self.adjustSize()
        if not self.failed:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Esc keeps Hearth open after a failure; while the backup runs it does nothing."""
        if event.key() == Qt.Key.Key_Escape:
            if self.failed:
                self._stay()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Not closed by Esc or the window manager: the app closes it (see ``closeEvent``)."""
        if self.failed:
            self._stay()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """The close button keeps Hearth open after a failure; while the backup runs it waits.

        The app alone takes the window away (``finish``).
        """
        event.ignore()
        if self.failed:
            self._stay()

    def finish(self) -> None:
        """Hide and delete the window (the app calls this when it is done with it)."""
        self.hide()
        self.deleteLater()
