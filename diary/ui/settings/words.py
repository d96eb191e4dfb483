"""Words of the settings page, marked for translation."""

from __future__ import annotations

from diary.i18n import N_, words

PAGE_SETTINGS = N_("Settings")
CHANGE_PASSPHRASE = N_("Change passphrase")
CHANGE_PASSPHRASE_HINT = N_(
    "Your diary stays as it is; only the key that opens it changes. The recovery code, if you "
    "made one, keeps working."
)
CURRENT_PASSPHRASE = N_("Current passphrase")
CURRENT_PASSPHRASE_LABEL = N_("C&urrent passphrase:")
CURRENT_EMPTY = N_("Type your current passphrase first, so that nobody else can change it.")
CURRENT_WRONG = N_(
    "That is not your current passphrase, so nothing was changed. Check Caps Lock and the "
    "keyboard layout, then try again."
)
CHANGE_AFTER_RECOVERY = N_(
    "You opened your diary with its recovery code: choose a new passphrase here. The old one "
    "is not needed."
)
PASSPHRASE_EMPTY = N_("Choose a passphrase; an empty one would not protect anything.")
CHANGING_PASSPHRASE = N_("Changing the passphrase…")
PREFERENCES = N_("Preferences")
MINUTES_SUFFIX = N_(" min")
HOUR_SUFFIX = N_(":00")
SETTING_AUTO_LOCK = N_("Lock when idle for")
SETTING_DAY_STARTS = N_("The evening lasts until")
SETTING_MEANINGFUL_MINUTES = N_("Meaningful from (in person, video, call)")
SETTING_MEANINGFUL_DEPTH = N_("Or any contact at least this deep (1–5)")
SETTING_THEME = N_("Theme")
SETTING_LANGUAGE = N_("Language")
# Translators: {language} is the computer's language in itself, e.g. "Deutsch".
LANGUAGE_SYSTEM = N_("As the computer ({language})")
LANGUAGE_NEXT_START = N_("Hearth speaks {language} from the next time it starts.")
THEME_SYSTEM = N_("Follow the system")
THEME_LIGHT = N_("Light")
THEME_DARK = N_("Dark")
MEANINGFUL_EXPLAINED = N_(
    "A meaningful contact is one in person, by video or by call that lasts at least the minutes "
    "above, or any contact at least as deep as the depth above. Insights use this definition."
)
CHECKIN_UI_SETTING = N_("Offer the wellbeing and loneliness check-ins when they are due")
SERVE_SETTING = N_("Let diary commands in a terminal use the open app")
SERVE_NOTE = N_(
    "While Hearth is unlocked, the diary command then needs no passphrase and answers at once. "
    "Any program you run could then read the diary too: leave this off unless you use it."
)
SERVE_UNAVAILABLE = N_(
    "Not available on this system: diary commands always ask for the passphrase."
)
ON_THIS_DAY_SETTING = N_("Show this date of earlier years on Today (“On this day”)")
CARE_SETTINGS_BOX = N_("Care and reminders")
CARE_SETTINGS_SUPPORT = N_("Support text")
CARE_SETTINGS_SUPPORT_NOTE = N_(
    "Shown with the gentle note Hearth offers when things seem hard, for example a local "
    "helpline's number. It is kept inside your encrypted diary. Leave it empty for the default "
    "text."
)
REMINDER_SETTING = N_("Remind me to write in the evening, at")
REMINDER_SETTING_TIME = N_("Reminder time")
REMINDER_START_MINIMISED = N_("Start Hearth in the tray when I log in")
REMINDER_SETTING_NOTE = N_(
    "The reminder never shows anything from your diary. While a reminder is set or Hearth "
    "starts at login, closing the window locks the diary and keeps Hearth in the tray; quit "
    "from the tray icon's menu."
)
REMINDER_NO_TRAY = N_(
    "Your desktop has no system tray, so Hearth cannot show an evening reminder or start "
    "minimised here."
)
REMINDER_NO_AUTOSTART = N_(
    "Starting at login is not available on this system; the evening reminder works while "
    "Hearth is running."
)
REMINDER_AUTOSTART_FAILED = N_("Could not change starting at login: {reason}")
BACKUP_UI_TITLE = N_("Backups")
BACKUP_UI_AUTO = N_("Back up automatically when I quit (at most once a day)")
BACKUP_UI_FOLDER = N_("Folder")
BACKUP_UI_FOLDER_BUTTON = N_("Choose…")
BACKUP_UI_FOLDER_TITLE = N_("Where should automatic backups go?")
BACKUP_UI_KEEP = N_("Keep the newest")
BACKUP_UI_NOW = N_("&Back up now…")
BACKUP_UI_RESTORE = N_("&Restore…")
BACKUP_UI_EXPORT = N_("E&xport…")
BACKUP_UI_IMPORT = N_("&Import…")
BACKUP_UI_NONE_YET = N_("No automatic backup yet: the first is made when you quit.")
BACKUP_UI_LAST = N_("Last automatic backup: {when}.")
BACKUP_UI_REMINDER = N_("That is more than a week ago; a backup now would be wise.")
BACKUP_UI_AHEAD = N_(
    "That is later than the computer's clock says it is now, so how old it really is cannot be "
    "told; a backup now would be wise."
)
BACKUP_UI_AHEAD_REMINDER = N_(
    "Your last backup is dated {when}, later than the computer's clock says it is now. "
    "Settings → Backups can make one now."
)
BACKUP_UI_CANCEL = N_("Cancel")
BACKUP_UI_CANCELLED = N_("Cancelled; nothing was changed.")
BACKUP_UI_NOW_TITLE = N_("Save an encrypted backup")
BACKUP_UI_FILTER = N_("Hearth backup (*.hearth-backup)")
BACKUP_UI_WRITING = N_("Writing the encrypted backup…")
BACKUP_UI_WRITTEN = N_("Saved an encrypted backup to {path}. It opens with your passphrase.")
BACKUP_UI_RESTORE_TITLE = N_("Restore a backup")
BACKUP_UI_ITS_KEY = N_(
    "A backup is sealed with the passphrase its diary had when the backup was made. Type it to "
    "read the backup; nothing in your diary changes until you choose what to do."
)
BACKUP_UI_READ = N_("Read the backup")
BACKUP_UI_GO_ON = N_("Continue")
BACKUP_UI_SEAL = N_("Back up")
BACKUP_UI_MOMENT = N_("{weekday} {day} {month}, {time}")
BACKUP_UI_MOMENT_YEAR = N_("{weekday} {day} {month} {year}, {time}")
BACKUP_UI_READING = N_("Reading and checking every part of the file…")
BACKUP_UI_PREVIEW = N_(
    "This backup is intact. It holds {counts} ({days}) and was made on {when}. What should "
    "Hearth do with it?"
)
BACKUP_UI_PREVIEW_EMPTY = N_(
    "This backup is intact. It holds {counts} but no days, and was made on {when}. What should "
    "Hearth do with it?"
)
BACKUP_UI_MERGE_EXPLAINED = N_(
    "Adds what your diary does not have yet and changes nothing else. The safe choice."
)
BACKUP_UI_REPLACE_EXPLAINED = N_(
    "Puts the backup in place of your diary. Your current diary is kept, whole, in a folder "
    "beside it."
)
BACKUP_UI_REPLACE_GO = N_("Replace my diary")
BACKUP_UI_MERGE = N_("Merge")
BACKUP_UI_REPLACE = N_("Replace")
BACKUP_UI_MERGING = N_("Adding what is new…")
BACKUP_UI_MERGED = N_("Merged the backup: added {added}; already there: {skipped}.")
BACKUP_UI_CONFIRM_KEY = N_(
    "To replace your diary, type your diary's passphrase. It stays the same afterwards."
)
BACKUP_UI_EXPORT_TITLE = N_("Export the whole diary")
BACKUP_UI_WARN = N_(
    "An export is NOT encrypted: anyone with the file, or with the photos a Markdown export "
    "writes beside it, can read and see them. Choose a format:"
)
BACKUP_UI_EXPORT_KINDS = {
    "json": N_("JSON (complete; Hearth can import it)"),
    "markdown": N_("Markdown (to read; photos as files beside it)"),
    "csv": N_("CSV (for spreadsheets: three files)"),
}
BACKUP_UI_EXPORTING = N_("Writing the export…")
BACKUP_UI_EXPORTED = N_("Exported to {paths}. These files are not encrypted.")
BACKUP_UI_IMPORT_TITLE = N_("Import from another app")
BACKUP_UI_IMPORT_WHICH = N_("Which app made the file?")
BACKUP_UI_IMPORT_NOTHING = N_("Everything in that file is already in your diary.")
BACKUP_UI_IMPORT_PREVIEW = N_(
    "The file is readable. Importing adds {added}; already in your diary: {skipped}."
)
BACKUP_UI_IMPORT_ADD = N_("Import")
BACKUP_UI_IMPORT_EXPLAINED = N_("Adds these to your diary; nothing already there changes.")
BACKUP_UI_IMPORTED = N_("Imported {added}.")
BACKUP_UI_IMPORT_NOTES_PREVIEW = N_(
    "The file is readable. Importing adds {notes} to {days} and updates {updated}; notes "
    "already in your diary are not added again."
)
BACKUP_UI_IMPORTED_NOTES = N_("Imported {notes} to {days}; updated {updated}.")
BACKUP_UI_UNDO_IMPORT = N_("&Undo last import…")
BACKUP_UI_UNDO_TITLE = N_("Undo the last import")
BACKUP_UI_UNDO_ASK = N_(
    "Take back the import of {file} ({label}) made {at}? Every day it changed is put back as it "
    "was before; a day you changed since is kept as it is."
)
BACKUP_UI_UNDO = N_("Undo import")
BACKUP_UI_UNDO_EXPLAINED = N_("Removes what that import added; nothing else changes.")
BACKUP_UI_UNDOING = N_("Taking the import back…")
BACKUP_UI_UNDONE = N_("Took back the import of {file}.")
BACKUP_UI_UNDONE_KEPT = N_(
    "Took back the import of {file}, except on days you changed since, kept as they are: {days}."
)
BACKUP_UI_DIARY_KEY = N_(
    "A backup is sealed with your diary's passphrase, and opens with it. Type the passphrase to "
    "seal this one."
)
BACKUP_UI_CHECKING = N_("Checking the passphrase…")
# Before Replace, when the backup is older than the diary, another diary's or of unknown age:
# {backup} and {diary} are moments (BACKUP_UI_MOMENT) or BACKUP_UI_NOT_KNOWN.
BACKUP_UI_OLDER = N_(
    "This backup is older than your diary: replacing your diary with it loses what changed "
    "since.\n\nNewest change in the backup: {backup}\nNewest change in your diary: {diary}"
)
BACKUP_UI_OTHER_DIARY = N_(
    "This backup is of another diary, not of this one.\n\nNewest change in the backup: "
    "{backup}\nNewest change in your diary: {diary}"
)
BACKUP_UI_UNKNOWN_AGE = N_(
    "This backup was made by an older Hearth, which did not record how far the diary had got, "
    "so its age cannot be compared with your diary's.\n\nNewest change in your diary: {diary}"
)
BACKUP_UI_NOT_KNOWN = N_("not known")
BACKUP_UI_REPLACE_ANYWAY = N_("Replace all the same")

__getattr__ = words(globals())
