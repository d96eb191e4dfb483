"""The storage layer's words: its errors by code, and what ``diary check`` finds.

``str(error)`` of a coded ``StorageError`` is ``explain(error.code, error.params)``: the words
ERROR_<CODE> below in the current language, its parameters filled in. They live here, not in
``diary.messages``, because storage imports nothing that writes dates or numbers (an
import-linter contract); like every words module, its constants are looked up when read.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from diary.i18n import N_, NP_, words

ERROR_DIARY_NOT_FOUND = N_("There is no diary in {folder} yet.")
ERROR_DIARY_EXISTS = N_("There is already a diary in {folder}.")
ERROR_STRAY_DATABASE = N_(
    "{path} exists without its key file, so it cannot be opened. Move it away (or restore its "
    "key file) before creating a new diary here."
)
ERROR_DIARY_LOCKED = N_("The diary is locked.")
ERROR_UNLOCK_FIRST = N_("Unlock the diary first.")
ERROR_PASSPHRASE_NEEDED = N_("Choose a passphrase; an empty one would not protect anything.")
ERROR_EMPTY_PASSPHRASE = N_("The passphrase is empty. Type the passphrase of this diary.")
ERROR_EMPTY_RECOVERY_CODE = N_("The recovery code is empty.")
ERROR_NO_RECOVERY_CODE = N_("This diary has no recovery code.")
ERROR_WRONG_PASSPHRASE = N_("That passphrase does not open this diary.")
ERROR_NO_PASSPHRASE_SLOT = N_("The diary's key file has no passphrase slot.")
# Translators: {reason} is the operating system's own words, such as "Permission denied".
ERROR_KEY_FILE_UNREADABLE = N_("The diary's key file cannot be read: {reason}.")
ERROR_KEY_FILE_DAMAGED = N_("The diary's key file is damaged or has been tampered with.")
ERROR_KEY_FILE_TOO_NEW = N_(
    "The diary's key file has format version {version}; this Hearth reads version {supported}. "
    "Is it from a newer Hearth?"
)
# Translators: {reason} is the operating system's own words, such as "No space left on device".
ERROR_KEY_FILE_NOT_WRITTEN = N_(
    "Hearth could not write the key file ({reason}). Nothing was changed: your current "
    "passphrase still works."
)
# Translators: {name} and {value} are a technical setting and its number, as in "lanes = 0".
ERROR_UNSAFE_KDF = N_(
    "The key file asks for unsafe key-derivation settings ({name} = {value}); it is damaged or "
    "has been tampered with."
)
ERROR_EXCESSIVE_KDF = N_(
    "The key file asks for inconsistent or excessive key-derivation settings; it is damaged or "
    "has been tampered with."
)
ERROR_DIARY_IN_USE = N_(
    "This diary is open in another copy of Hearth or in the diary command. Close it there "
    "first, then try again."
)
ERROR_DATABASE_DAMAGED = N_(
    "The diary database is damaged or has been tampered with, so Hearth will not read it. "
    "Nothing was changed. Restore it from a backup."
)
ERROR_DATABASE_MISSING = N_("The diary database is missing from its folder. Restore a backup.")
ERROR_DATABASE_TOO_NEW = N_(
    "This diary was written by a newer Hearth (schema {schema}); please update Hearth to open it."
)
ERROR_DISK_FULL = N_(
    "Hearth could not save (the disk is full). Your previous data is intact; try again."
)
ERROR_WRITE_REFUSED = N_(
    "Hearth could not save (the disk refused the write). Your previous data is intact; try again."
)
# Translators: {reason} is the database's own words, in English.
ERROR_SAVE_FAILED = N_("Hearth could not save ({reason}). Your previous data is intact; try again.")
ERROR_RESTORE_INCOMPLETE = N_(
    "The restored diary did not hold every record of the backup, so it was not used. Your "
    "diary was left exactly as it was."
)
ERROR_RESTORE_FAILED = N_(
    "The restore could not be finished ({reason}). Your diary was left exactly as it was."
)
ERROR_LOCK_NOT_A_FILE = N_(
    "{path} should be the diary's small lock file, but it is a folder or another kind of file. "
    "Move it out of the way, then open the diary again."
)
ERROR_LOCK_IS_LINK = N_(
    "{path} is a link to somewhere else. Hearth never follows a link in place of the diary's "
    "lock file: remove the link, then open the diary again."
)
# Translators: {reason} is the operating system's own words, such as "Permission denied".
ERROR_LOCK_UNUSABLE = N_("Hearth cannot use the diary's lock file {path}: {reason}.")
# Translators: {reason} is the operating system's own words, such as "Read-only file system".
ERROR_FOLDER_NOT_WRITABLE = N_(
    "Hearth cannot write in {folder} ({reason}). Nothing was created; choose a folder you may "
    "write to."
)
ERROR_READ_ONLY = N_(
    "Nothing was saved: this diary can only be read here (its folder or its database file "
    "cannot be written to). Your diary is as it was."
)
ERROR_READ_ONLY_UNMERGED = N_(
    "This diary can only be read here, and its latest changes are still waiting in {path}, "
    "which Hearth can only read where it may write. Open it once where its folder can be "
    "written to (or copy the whole folder there)."
)
ERROR_READ_ONLY_OLD_SCHEMA = N_(
    "This diary was written by an older Hearth (schema {schema}) and must be updated before it "
    "can be read, which cannot be done here: its folder or its database file cannot be written "
    "to. Open it once where it can be written to."
)
# What ``diary check`` found (diary.storage.database.integrity_problems), one line each.
CHECK_PAGE = N_("page check: {detail}")
CHECK_STRUCTURE = N_("structure: {detail}")
CHECK_BROKEN_LINK = N_("broken link in table {table}")
CHECK_UNREADABLE = N_("unreadable: {detail}")
# What the seal (diary.storage.seal) found on opening: a line of ``diary check`` and the unlock
# window's message. {n} is how many saves (write transactions) are missing.
SAVES_LOST = NP_(
    "the latest save is missing from the diary: its -wal file was probably deleted or lost "
    "after a crash. The diary opens as it was before it. Restore the newest backup if it has "
    "what is missing",
    "the latest {n} saves are missing from the diary: its -wal file was probably deleted or "
    "lost after a crash. The diary opens as it was before them. Restore the newest backup if "
    "it has what is missing",
)
SEAL_MISSING = N_(
    "the diary's seal file (diary.seal) is missing, so Hearth cannot tell whether the latest "
    "saves are all there. If the diary lacks something, restore the newest backup"
)
SEAL_BROKEN = N_(
    "the diary's seal file (diary.seal) is damaged or was changed outside Hearth, so Hearth "
    "cannot tell whether the latest saves are all there. If the diary lacks something, restore "
    "the newest backup"
)


def saves_lost(count: int) -> str:
    """The line about ``count`` lost saves, in the current language."""
    forms = _here.SAVES_LOST
    return str(forms(count))


def explain(code: str, params: dict[str, object]) -> str:
    """The words of a storage error's ``code`` in the current language, ``params`` filled in.

    A code without words says the code (a test makes sure every code has words).
    """
    found = getattr(_here, f"ERROR_{code.upper()}", None)
    return found.format(**params) if isinstance(found, str) else code


if TYPE_CHECKING:
    from diary.storage import words as _here
else:
    _here = sys.modules[__name__]
__getattr__ = words(globals())
