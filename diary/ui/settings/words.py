"""Words of the settings page, marked for translation."""

from __future__ import annotations

from diary.messages import _

PAGE_SETTINGS = _("Settings")
CHANGE_PASSPHRASE = _("Change passphrase")
CHANGE_PASSPHRASE_HINT = _(
    "Your diary stays as it is; only the key that opens it changes. The recovery code, if you "
    "made one, keeps working."
)
CURRENT_PASSPHRASE = _("Current passphrase")
CURRENT_PASSPHRASE_LABEL = _("C&urrent passphrase:")
CURRENT_EMPTY = _("Type your current passphrase first, so that nobody else can change it.")
CURRENT_WRONG = _(
    "That is not your current passphrase, so nothing was changed. Check Caps Lock and the "
    "keyboard layout, then try again."
)
CHANGE_AFTER_RECOVERY = _(
    "You opened your diary with its recovery code: choose a new passphrase here. The old one "
    "is not needed."
)
PASSPHRASE_EMPTY = _("Choose a passphrase; an empty one would not protect anything.")
CHANGING_PASSPHRASE = _("Changing the passphrase…")
PREFERENCES = _("Preferences")
MINUTES_SUFFIX = _(" min")
HOUR_SUFFIX = _(":00")
SETTING_AUTO_LOCK = _("Lock when idle for")
SETTING_DAY_STARTS = _("The evening lasts until")
SETTING_MEANINGFUL_MINUTES = _("Meaningful from (in person, video, call)")
SETTING_MEANINGFUL_DEPTH = _("Or any contact at least this deep (1–5)")
SETTING_THEME = _("Theme")
THEME_SYSTEM = _("Follow the system")
THEME_LIGHT = _("Light")
THEME_DARK = _("Dark")
MEANINGFUL_EXPLAINED = _(
    "A meaningful contact is one in person, by video or by call that lasts at least the minutes "
    "above, or any contact at least as deep as the depth above. Insights use this definition."
)
CHECKIN_UI_SETTING = _("Offer the wellbeing and loneliness check-ins when they are due")
CARE_SETTINGS_BOX = _("Care and reminders")
CARE_SETTINGS_SUPPORT = _("Support text")
CARE_SETTINGS_SUPPORT_NOTE = _(
    "Shown with the gentle note Hearth offers when things seem hard, for example a local "
    "helpline's number. It is kept inside your encrypted diary. Leave it empty for the default "
    "text."
)
REMINDER_SETTING = _("Remind me to write in the evening, at")
REMINDER_SETTING_TIME = _("Reminder time")
REMINDER_START_MINIMISED = _("Start Hearth in the tray when I log in")
REMINDER_SETTING_NOTE = _(
    "The reminder never shows anything from your diary. While a reminder is set or Hearth "
    "starts at login, closing the window locks the diary and keeps Hearth in the tray; quit "
    "from the tray icon's menu."
)
REMINDER_NO_TRAY = _(
    "Your desktop has no system tray, so Hearth cannot show an evening reminder or start "
    "minimised here."
)
REMINDER_NO_AUTOSTART = _(
    "Starting at login is not available on this system; the evening reminder works while "
    "Hearth is running."
)
REMINDER_AUTOSTART_FAILED = _("Could not change starting at login: {reason}")
BACKUP_UI_TITLE = _("Backups")
BACKUP_UI_AUTO = _("Back up automatically when I quit (at most once a day)")
BACKUP_UI_FOLDER = _("Folder")
BACKUP_UI_FOLDER_BUTTON = _("Choose…")
BACKUP_UI_FOLDER_TITLE = _("Where should automatic backups go?")
BACKUP_UI_KEEP = _("Keep the newest")
BACKUP_UI_NOW = _("&Back up now…")
BACKUP_UI_RESTORE = _("&Restore…")
BACKUP_UI_EXPORT = _("E&xport…")
BACKUP_UI_IMPORT = _("&Import…")
BACKUP_UI_NONE_YET = _("No automatic backup yet: the first is made when you quit.")
BACKUP_UI_LAST = _("Last automatic backup: {when}.")
BACKUP_UI_REMINDER = _("That is more than a week ago; a backup now would be wise.")
BACKUP_UI_CANCEL = _("Cancel")
BACKUP_UI_CANCELLED = _("Cancelled; nothing was changed.")
BACKUP_UI_NOW_TITLE = _("Save an encrypted backup")
BACKUP_UI_FILTER = _("Hearth backup (*.hearth-backup)")
BACKUP_UI_WRITING = _("Writing the encrypted backup…")
BACKUP_UI_WRITTEN = _("Saved an encrypted backup to {path}. It opens with your passphrase.")
BACKUP_UI_RESTORE_TITLE = _("Restore a backup")
BACKUP_UI_ITS_KEY = _(
    "A backup is sealed with the passphrase its diary had when the backup was made. Type it to "
    "read the backup; nothing in your diary changes until you choose what to do."
)
BACKUP_UI_READ = _("Read the backup")
BACKUP_UI_GO_ON = _("Continue")
BACKUP_UI_SEAL = _("Back up")
BACKUP_UI_MOMENT = _("{weekday} {day} {month}, {time}")
BACKUP_UI_MOMENT_YEAR = _("{weekday} {day} {month} {year}, {time}")
BACKUP_UI_READING = _("Reading and checking every part of the file…")
BACKUP_UI_PREVIEW = _(
    "This backup is intact. It holds {counts} ({days}) and was made on {when}. What should "
    "Hearth do with it?"
)
BACKUP_UI_PREVIEW_EMPTY = _(
    "This backup is intact. It holds {counts} but no days, and was made on {when}. What should "
    "Hearth do with it?"
)
BACKUP_UI_MERGE_EXPLAINED = _(
    "Adds what your diary does not have yet and changes nothing else. The safe choice."
)
BACKUP_UI_REPLACE_EXPLAINED = _(
    "Puts the backup in place of your diary. Your current diary is kept, whole, in a folder "
    "beside it."
)
BACKUP_UI_REPLACE_GO = _("Replace my diary")
BACKUP_UI_MERGE = _("Merge")
BACKUP_UI_REPLACE = _("Replace")
BACKUP_UI_MERGING = _("Adding what is new…")
BACKUP_UI_MERGED = _("Merged the backup: added {added}; already there: {skipped}.")
BACKUP_UI_CONFIRM_KEY = _(
    "To replace your diary, type your diary's passphrase. It stays the same afterwards."
)
BACKUP_UI_EXPORT_TITLE = _("Export the whole diary")
BACKUP_UI_WARN = _("An export is NOT encrypted: anyone with the file can read it. Choose a format:")
BACKUP_UI_EXPORT_KINDS = {
    "json": _("JSON (complete; Hearth can import it)"),
    "markdown": _("Markdown (to read)"),
    "csv": _("CSV (for spreadsheets: three files)"),
}
BACKUP_UI_EXPORTING = _("Writing the export…")
BACKUP_UI_EXPORTED = _("Exported to {paths}. These files are not encrypted.")
BACKUP_UI_IMPORT_TITLE = _("Import from another app")
BACKUP_UI_IMPORT_WHICH = _("Which app made the file?")
BACKUP_UI_IMPORT_NOTHING = _("Everything in that file is already in your diary.")
BACKUP_UI_IMPORT_PREVIEW = _(
    "The file is readable. Importing adds {added}; already in your diary: {skipped}."
)
BACKUP_UI_IMPORT_ADD = _("Import")
BACKUP_UI_IMPORT_EXPLAINED = _("Adds these to your diary; nothing already there changes.")
BACKUP_UI_IMPORTED = _("Imported {added}.")
BACKUP_UI_DIARY_KEY = _(
    "A backup is sealed with your diary's passphrase, and opens with it. Type the passphrase to "
    "seal this one."
)
BACKUP_UI_CHECKING = _("Checking the passphrase…")
