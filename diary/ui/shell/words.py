"""Words of the shell package, marked for translation."""

from __future__ import annotations

from diary.messages import _

NAVIGATION = _("Pages")
STATUS_NAME = _("Save status")
STATUS_SAVED = _("Saved")
STATUS_SAVING = _("Saving…")
STATUS_LOCKED = _("Locked")
PEOPLE_UI_EMPTY_CELL = _("none")
CARE_SUPPORT_DEFAULT = _(
    "If things feel heavy, talk to someone you trust, or to your doctor. You can add your "
    "local helpline to this note in Settings."
)
REMINDER_TITLE = _("Hearth")
REMINDER_TEXT = _("A quiet moment for tonight's entry?")
REMINDER_OPEN = _("Open Hearth")
REMINDER_QUIT = _("Quit Hearth")
REMINDER_AUTOSTART_COMMENT = _("Hearth in the tray, for the evening reminder")
APP_NAME = _("Hearth")
NAV_LOCK = _("Lock")
NAV_LOCK_TIP = _("Lock the diary ({shortcut})")
NAV_PAGE_TIP = _("{page} ({shortcut})")
