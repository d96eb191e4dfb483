"""Words of the shell package, marked for translation."""

from __future__ import annotations

from diary.i18n import N_, words

NAVIGATION = N_("Pages")
STATUS_NAME = N_("Save status")
STATUS_SAVED = N_("Saved")
STATUS_SAVING = N_("Saving…")
STATUS_NOT_SAVED = N_("Not saved yet")
STATUS_LOCKED = N_("Locked")
# Why locking (Ctrl+L, Lock, the idle timer) or closing the window did not happen; {reason} is
# the store's own sentence, {advice} one of the SAVE_ADVICE sentences.
LOCK_REFUSED_ENTRY = N_(
    "Hearth could not save the entry for {day}, so the diary stayed unlocked: {reason} {advice}"
)
LOCK_REFUSED = N_(
    "Hearth could not save your changes, so the diary stayed unlocked: {reason} {advice}"
)
CLOSE_REFUSED_ENTRY = N_(
    "Hearth could not save the entry for {day}, so the window stayed open: {reason} {advice}"
)
CLOSE_REFUSED = N_(
    "Hearth could not save your changes, so the window stayed open: {reason} {advice}"
)
SAVE_ADVICE_SHORTEN = N_("Nothing is lost: it is all still on screen. Shorten it, then try again.")
SAVE_ADVICE_FIX = N_("Nothing is lost: it is all still on screen. Put that right, then try again.")
# The small window shown while the automatic backup runs on quit.
QUIT_TITLE = N_("Closing Hearth")
QUIT_BACKING_UP = N_("Backing up before closing…")
QUIT_WHY = N_(
    "Your diary is saved. Hearth makes a backup when it closes, at most once a day, and closes "
    "by itself as soon as the backup is written."
)
QUIT_PROGRESS_NAME = N_("Backup progress")
QUIT_STOPPING = N_("Stopping the backup…")
QUIT_FAILED = N_("The backup before closing failed")
# {reason} is the system's own sentence (a full disk, a folder that cannot be written).
QUIT_FAILED_WHY = N_(
    "{reason} Your diary itself is saved; only this backup is missing. Keep Hearth open to "
    "choose another backup folder in Settings, or quit without a backup."
)
QUIT_KEEP_OPEN = N_("Keep Hearth open")
QUIT_WITHOUT_BACKUP = N_("Quit without a backup")
PEOPLE_UI_EMPTY_CELL = N_("none")
CARE_SUPPORT_DEFAULT = N_(
    "If things feel heavy, talk to someone you trust, or to your doctor. You can add your "
    "local helpline to this note in Settings."
)
REMINDER_TITLE = N_("Hearth")
REMINDER_TEXT = N_("A quiet moment for tonight's entry?")
REMINDER_OPEN = N_("Open Hearth")
REMINDER_LOG_CONTACT = N_("Log a contact…")
REMINDER_QUIT = N_("Quit Hearth")
REMINDER_AUTOSTART_COMMENT = N_("Hearth in the tray, for the evening reminder")
APP_NAME = N_("Hearth")
NAV_LOCK = N_("Lock")
NAV_LOCK_TIP = N_("Lock the diary ({shortcut})")
NAV_PAGE_TIP = N_("{page} ({shortcut})")

# The dialogs' own words (the callers give the title, the why and the action).
DIALOG_SHOW = N_("Show")
DIALOG_HIDE = N_("Hide")
DIALOG_SHOW_ACCESSIBLE = N_("Show what you type")
DIALOG_HIDE_ACCESSIBLE = N_("Hide what you type")
DIALOG_CANCEL = N_("Cancel")
DIALOG_CONTINUE = N_("Continue")
DIALOG_PASSPHRASE_LABEL = N_("&Passphrase")
DIALOG_PASSPHRASE_EMPTY = N_("Type the passphrase first; an empty one opens nothing.")

__getattr__ = words(globals())
