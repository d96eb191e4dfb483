"""What Hearth puts on the clipboard does not outlive its use: cleared after 30 s and on lock.

A recovery code or a copied paragraph of the diary would otherwise stay on the clipboard (and in
X11's selection) for any program to read, long after the diary was locked. The guard remembers
what Hearth itself put there (a change while Hearth is the active application, or one Qt says
Hearth owns) and clears it when its time is up or the diary locks, unless the user has copied
something else since: their own clipboard is never touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000


def in_front() -> bool:
    """True while Hearth is the application the user is working in."""
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


class ClipboardGuard(QObject):
    """Clears the clipboard (and the selection, where there is one) of what Hearth put there.

    Args:
        clear_after_ms: How long what Hearth copied stays.
        hearth_in_front: Whether a change now is the user's copy in Hearth (tests give their own).
    """

    def __init__(
        self,
        parent: QObject | None = None,
        clear_after_ms: int = CLEAR_AFTER_MS,
        hearth_in_front: Callable[[], bool] = in_front,
    ) -> None:
        super().__init__(parent)
        self._in_front = hearth_in_front
        self._clipboard = QGuiApplication.clipboard()
        self._modes = [QClipboard.Mode.Clipboard]
        if self._clipboard.supportsSelection():
            self._modes.append(QClipboard.Mode.Selection)
        self._ours: dict[QClipboard.Mode, str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_ours)
        self._clipboard.changed.connect(self._changed)

    def holds(self) -> bool:
        """True while something Hearth put on the clipboard is waiting to be cleared."""
        return bool(self._ours)

    def _changed(self, mode: QClipboard.Mode) -> None:
        if mode not in self._modes:
            return
        text = self._clipboard.text(mode)
        if text and (self._clipboard.ownsClipboard() or self._in_front()):
            self._ours[mode] = text
            self._timer.start()
        else:  # emptied, or another program's: no longer ours to clear
            self._ours.pop(mode, None)

    def clear_ours(self) -> None:
        """Clear what Hearth put there, if it is still there (on time-out, lock and quit)."""
        self._timer.stop()
        ours, self._ours = self._ours, {}
        for mode, text in ours.items():
            if self._clipboard.text(mode) == text:
                self._clipboard.clear(mode)
