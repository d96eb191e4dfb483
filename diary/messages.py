"""User-facing words of the command line in one place, ready to be translated.

``_`` is the hook a translation catalogue will replace; keeping every sentence here means a
translator, or a writer checking the tone, reads one file.
"""

from __future__ import annotations


def _(text: str) -> str:
    """Mark a string for translation (identity until catalogues exist)."""
    return text


NO_TERMINAL = _(
    "There is no terminal to ask for the passphrase. Give it with --passphrase-file FILE."
)
PASSPHRASE_PROMPT = _("Passphrase: ")
NEW_PASSPHRASE_PROMPT = _("New passphrase: ")
REPEAT_PROMPT = _("Type it again: ")
PASSPHRASES_DIFFER = _("The two passphrases differ; nothing was changed.")
PASSPHRASE_FILE_UNREADABLE = _("Cannot read the passphrase file {path}: {reason}.")
PASSPHRASE_FILE_NOT_TEXT = _("The passphrase file {path} is not UTF-8 text.")
CREATED = _("Created your diary in {folder}.")
NO_RECOVERY = _(
    "Remember your passphrase: without it nobody, not even Hearth, can open this diary."
)
RECOVERY_CODE = _(
    "Your recovery code (shown only this once):\n\n    {code}\n\n"
    "Write it down or store it somewhere safe and private. Anyone with this code can open your "
    "diary; without it or the passphrase, nobody can."
)
DEMO_CREATED = _(
    "Created a demo diary in {folder}\n"
    "  {entries} entries and {interactions} interactions over {days} days, "
    "{people} people in {circles} circles.\n"
    "  Passphrase: {passphrase}\n\nThe last week:\n"
)
DEMO_TRY = _(
    "\nTry:\n"
    "  diary --data-dir {folder} list --month {month}\n"
    "  diary --data-dir {folder} show --date {day}\n"
    '  diary --data-dir {folder} search "{word}"'
)
NOTHING_TO_WRITE = _("Nothing to write: give --mood, --energy, --feeling, --gratitude or --text.")
SAVED_ENTRY = _("Saved the entry of {day}.")
EMPTIED_ENTRY = _("Nothing was left in the entry of {day}, so it was removed.")
LOGGED_CONTACT = _("Logged: {line}")
ADDED_PERSON = _("Added {name} to your diary.")
NO_PEOPLE = _("No people yet. Add someone with: diary person add NAME")
NO_DAYS = _("Nothing logged {when}.")
NO_MATCHES = _("No day mentions “{text}”.")
PASSPHRASE_CHANGED = _("Passphrase changed. The old one no longer opens this diary.")
RECOVERY_PROMPT = _("Recovery code: ")
RECOVERED = _(
    "Your diary is open again with its new passphrase. The recovery code still works; keep it safe."
)
HEALTHY = _(
    "Your diary is healthy: {entries} entries, {interactions} interactions, {people} people."
)
DAMAGED_REPORT = _("Your diary has problems:\n{problems}\nRestore it from a backup.")
BAD_DATE = _("“{value}” is not a date; write it as YYYY-MM-DD, for example 2026-11-21.")
BAD_MONTH = _("“{value}” is not a month; write it as YYYY-MM, for example 2026-11.")
CANNOT_READ = _("Cannot read {what}: {reason}.")
INTERRUPTED = _("Stopped. Nothing was half-written.")
INTERNAL_ERROR = _(
    "Something went wrong inside Hearth ({kind}). Your diary was not changed by it; "
    "please report this."
)
