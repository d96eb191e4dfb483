"""The tray icon, the evening reminder, and starting minimised at login.

While Hearth runs it shows a tray icon (where the desktop has a tray). At the time the user sets
in Settings it shows one gentle notification a day to write tonight's entry. The notification
never says anything from the diary: not a name, not a mood, not whether something was written.
The only thing read from the diary is, while it is unlocked, whether tonight already has an
entry (then there is nothing to remind of); while locked nothing is read at all.

The clock is checked every half minute rather than by one long timer, so a laptop waking from
sleep or a changed time zone still reminds on time; tests call ``check`` with their own clock.

"Start minimised at login" writes a freedesktop autostart entry (Linux) running
``diary --minimised``, which starts with the tray icon and no window until the icon is clicked.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from diary import APP_NAME, design
from diary.storage.atomic import atomic_write
from diary.ui.shell import words

if TYPE_CHECKING:
    from diary.settings import Settings

CHECK_MS = 30_000
"""How often the clock is looked at."""
LATE_HOURS = 3
"""A reminder missed (asleep, app not running) is still shown this many hours late, not later."""
AUTOSTART_NAME = "hearth.desktop"
ICON_NAME = "org.hearth.Hearth"
"""The icon name of the installed desktop entry (resources/org.hearth.Hearth.desktop)."""
LAUNCHERS = ("diary", "hearth")
"""Names of the commands that start Hearth (the package's script, the packaged app)."""


def reminder_time(value: str) -> dt.time | None:
    """The reminder setting as a time of day; None when it is off or not a time."""
    try:
        hours, minutes = value.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        return None


def due(now: dt.datetime, at: dt.time | None, last: dt.date | None) -> bool:
    """True when a reminder at ``at`` is due at ``now`` and was not shown today yet."""
    if at is None or last == now.date():
        return False
    start = dt.datetime.combine(now.date(), at)
    return start <= now < start + dt.timedelta(hours=LATE_HOURS)


# The icon ------------------------------------------------------------------------------------


RESOURCE_ICONS = Path(__file__).resolve().parents[3] / "resources" / "icons"
"""resources/icons of a checkout or of the frozen app (a wheel has none: the drawn icon then)."""


def _resource_icon(folder: Path = RESOURCE_ICONS) -> QIcon | None:
    """The icon of resources/icons: every hearth-N.png size, else hearth.svg; None if absent."""
    icon = QIcon()
    for path in sorted(folder.glob("hearth-*.png")):
        icon.addFile(str(path))
    if icon.isNull() and (folder / "hearth.svg").is_file():
        icon = QIcon(str(folder / "hearth.svg"))
    return None if icon.isNull() else icon


def drawn_icon(size: int = 64) -> QIcon:
    """A small hearth drawn in code: a warm rounded square with a flame."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(design.LIGHT.accent)))
    painter.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), size * 0.22, size * 0.22)
    flame = QPainterPath()
    s = size / 64
    flame.moveTo(QPointF(32 * s, 10 * s))
    flame.cubicTo(QPointF(46 * s, 24 * s), QPointF(50 * s, 34 * s), QPointF(46 * s, 44 * s))
    flame.cubicTo(QPointF(42 * s, 53 * s), QPointF(22 * s, 53 * s), QPointF(18 * s, 44 * s))
    flame.cubicTo(QPointF(14 * s, 34 * s), QPointF(22 * s, 28 * s), QPointF(26 * s, 20 * s))
    flame.cubicTo(QPointF(28 * s, 28 * s), QPointF(30 * s, 30 * s), QPointF(34 * s, 32 * s))
    flame.cubicTo(QPointF(36 * s, 24 * s), QPointF(34 * s, 16 * s), QPointF(32 * s, 10 * s))
    painter.setBrush(QBrush(QColor(design.LIGHT.note)))
    painter.drawPath(flame)
    painter.end()
    return QIcon(pixmap)


def app_icon() -> QIcon:
    """The app icon from resources/, or the drawn one."""
    return _resource_icon() or drawn_icon()


# Starting at login ---------------------------------------------------------------------------


def autostart_supported() -> bool:
    """True where Hearth knows how to start at login (Linux and other freedesktop systems)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_path(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/autostart/hearth.desktop`` (``~/.config`` when unset)."""
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / AUTOSTART_NAME


def launch_command(extra: Sequence[str] = ()) -> list[str]:
    """How to start this Hearth again: its launcher (``diary``), else ``python -m diary``."""
    launcher = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if launcher is not None and launcher.name in LAUNCHERS and launcher.exists():
        return [str(launcher.resolve()), *extra]
    return [sys.executable, "-m", "diary", *extra]


def _exec_line(command: Sequence[str]) -> str:
    """A desktop entry's Exec value (arguments quoted as the specification asks)."""
    quoted = []
    for part in command:
        if part and all(c.isalnum() or c in "-_./=:,+@" for c in part):
            quoted.append(part)
        else:
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in part)
            quoted.append(f'"{escaped}"')
    return " ".join(quoted).replace("%", "%%")


def autostart_entry(command: Sequence[str]) -> str:
    """The text of the autostart desktop entry."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        f"Comment={words.REMINDER_AUTOSTART_COMMENT}\n"
        f"Exec={_exec_line(command)}\n"
        f"Icon={ICON_NAME}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(
    enabled: bool,
    *,
    env: Mapping[str, str] | None = None,
    command: Sequence[str] | None = None,
) -> Path:
    """Write (or remove) the autostart entry that runs ``diary --minimised`` at login.

    Returns:
        The entry's path.

    Raises:
        OSError: If it cannot be written or removed.
    """
    path = autostart_path(env)
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = autostart_entry(command or launch_command(["--minimised"]))
        atomic_write(path, text.encode("utf-8"))
    else:
        path.unlink(missing_ok=True)
    return path


# The tray and the reminder -------------------------------------------------------------------


class Reminder(QObject):
    """The tray icon and the evening reminder, for as long as the app runs.

    Args:
        settings: read at every check (``reminder_time``), so changes apply at once.
        clock: "now"; tests pass their own.
        tray_available: whether the desktop has a tray (asked of Qt by default).
        parent: the Qt parent.

    Attributes:
        has_entry_tonight: set by the app; returns True when tonight already has an entry,
            False when not, None when it cannot tell (locked). It is never called while the
            diary is locked.
        timer: the half-minute timer that calls ``check``.
        tray: the tray icon (None without a tray).

    Signals:
        reminded: the notification's text, each time it is shown.
        open_requested: the user clicked the icon, its "Open" item or the notification.
        log_contact_requested: the user chose "Log a contact…" in the icon's menu.
        lock_requested: the user chose "Lock" in the icon's menu (there only while unlocked).
        quit_requested: the user chose "Quit" in the icon's menu.
    """

    reminded = Signal(str)
    open_requested = Signal()
    log_contact_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        tray_available: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock: Callable[[], dt.datetime] = clock or dt.datetime.now
        self.available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self.has_entry_tonight: Callable[[], bool | None] = lambda: None
        self.last_shown: dt.date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        self.lock_action: QAction | None = None
        if self.available:
            self._build_tray()

    def _build_tray(self) -> None:
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip(APP_NAME)
        menu = QMenu()
        open_action = QAction(words.REMINDER_OPEN, menu)
        open_action.triggered.connect(self.open_requested)
        log_action = QAction(words.REMINDER_LOG_CONTACT, menu)
        log_action.triggered.connect(self.log_contact_requested)
        lock_action = QAction(words.NAV_LOCK, menu)
        lock_action.triggered.connect(self.lock_requested)
        lock_action.setVisible(False)  # until the diary is unlocked
        quit_action = QAction(words.REMINDER_QUIT, menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(open_action)
        menu.addAction(log_action)
        menu.addAction(lock_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.open_requested)
        self.tray, self.menu, self.lock_action = tray, menu, lock_action

    def set_unlocked(self, unlocked: bool) -> None:
        """Offer "Lock" in the icon's menu only while the diary is unlocked."""
        if self.lock_action is not None:
            self.lock_action.setVisible(unlocked)

    def start(self) -> None:
        """Show the tray icon and start looking at the clock."""
        if self.tray is not None:
            self.tray.show()
        self.timer.start()

    def stop(self) -> None:
        """Hide the icon and stop reminding (on quit)."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    @property
    def keeps_running(self) -> bool:
        """True when closing the window should leave Hearth (locked) in the tray.

        That is when there is a tray and the user asked for a reminder or to start minimised:
        both need Hearth running after the window is closed.
        """
        settings = self._settings
        wanted = bool(settings["reminder_time"]) or bool(settings["start_minimised"])
        return self.tray is not None and wanted

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def check(self) -> bool:
        """Show the reminder if it is time; True if it was shown."""
        now = self._clock()
        if not due(now, reminder_time(self._settings["reminder_time"]), self.last_shown):
            return False
        self.last_shown = now.date()
        if self.has_entry_tonight() is True:
            return False  # already written: nothing to remind of
        text = words.REMINDER_TEXT
        if self.tray is not None:
            self.tray.showMessage(
                words.REMINDER_TITLE,
                text,
                QSystemTrayIcon.MessageIcon.Information,
                15_000,
            )
        self.reminded.emit(text)
        return True
