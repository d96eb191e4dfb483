"""``diary backup export | verify | restore``: the encrypted backup, all or nothing."""

from __future__ import annotations

import contextlib
from pathlib import Path

from diary import locale_format, messages
from diary.backups import (
    Concern,
    OpenedBackupFile,
    RestoreConcern,
    compare,
    export_to,
    open_backup,
)
from diary.commands.base import EXIT_OK, CliError, Command, ask_secret, read_secret_file
from diary.domain.models import Records
from diary.formats import backup
from diary.storage import restore
from diary.storage.lockfile import DiaryLock
from diary.storage.vault import DiaryFiles, Vault


def backup_passphrase(cmd: Command) -> str:
    """The backup's passphrase: --backup-passphrase-file, else --passphrase-file, else asked.

    ``backup export`` uses the diary's own passphrase unless told otherwise, so the diary's
    passphrase (file) is also the first guess when reading a backup.
    """
    file = cmd.args.backup_passphrase_file or cmd.args.passphrase_file
    if file is not None:
        return read_secret_file(file)
    return ask_secret(messages.BACKUP_PASSPHRASE_PROMPT)


def human_size(size: int) -> str:
    """Bytes for people, in the language's units and numbers: 512 bytes, 3.4 kB, 12,5 Mo."""
    if size < 1000:
        return messages.plural(size, messages.SIZE_BYTES)
    value = size / 1000
    for unit in ("kB", "MB"):
        if value < 1000:
            return messages.SIZE_UNITS[unit].format(value=locale_format.number(value, 1))
        value /= 1000
    return messages.SIZE_UNITS["GB"].format(value=locale_format.number(value, 1))


def counts_text(counts: dict[str, int]) -> str:
    """How many records of each kind, in words."""
    return messages.BACKUP_COUNTS.format(**counts)


def say_photos(cmd: Command, count: int, size: int) -> None:
    """How many photos a backup holds and their size, when it holds any."""
    if count:
        cmd.say(messages.BACKUP_PHOTOS(count, size=human_size(size)))


def read_backup(cmd: Command) -> OpenedBackupFile:
    """Read, decrypt and check the whole backup file before anything else is done.

    It is read a chunk at a time, never whole; its photos are read again, one at a time, when
    they are restored (``OpenedBackupFile.photos``). The caller closes it.
    """
    path: Path = cmd.args.file
    try:
        with path.open("rb"):  # an unreadable file is said before a passphrase is asked for
            pass
    except OSError as error:
        raise _cannot_read(path, error) from None
    secret = backup_passphrase(cmd)
    try:
        return open_backup(path, secret, cmd.policy)
    except OSError as error:
        raise _cannot_read(path, error) from None


def _cannot_read(path: Path, error: OSError) -> CliError:
    reason = error.strerror or str(error)
    return CliError(messages.BACKUP_CANNOT_READ.format(path=path, reason=reason))


def cmd_backup_export(cmd: Command) -> int:
    """Write every record, encrypted, to one file (atomically: all of it or nothing)."""
    target: Path = cmd.args.file
    if target.is_dir():
        raise CliError(messages.BACKUP_TARGET_IS_FOLDER.format(path=target))
    if not target.parent.is_dir():
        raise CliError(messages.BACKUP_NO_FOLDER.format(folder=target.parent))
    own_file = cmd.args.backup_passphrase_file
    cmd.require_diary()
    secret = cmd.passphrase()
    backup_secret = read_secret_file(own_file) if own_file is not None else secret
    if not backup_secret:
        raise CliError(messages.BACKUP_EMPTY_PASSPHRASE)
    sealing = backup.seal_key(backup_secret, cmd.policy.calibrate(), cmd.policy)
    with cmd.diary(secret) as (_vault, repo):
        try:
            written = export_to(repo, target, sealing)
        except OSError as error:
            reason = error.strerror or str(error)
            raise CliError(
                messages.BACKUP_WRITE_FAILED.format(path=target, reason=reason)
            ) from None
    cmd.say(
        messages.spanned(
            messages.BACKUP_EXPORTED,
            written.span,
            counts=counts_text(written.counts),
            path=target,
            size=human_size(written.size),
        )
    )
    say_photos(cmd, written.photos, written.photo_bytes)
    cmd.say(messages.BACKUP_OWN_KEY if own_file is not None else messages.BACKUP_DIARY_KEY)
    return EXIT_OK


def cmd_backup_verify(cmd: Command) -> int:
    """Decrypt and check every part of a backup; change nothing."""
    with read_backup(cmd) as opened:
        dump, size = opened.dump, opened.size
    everything = dump.records
    span = everything.date_range()
    if cmd.args.json:
        params = opened.sealed.header.params
        cmd.print_json(
            {
                "file": str(cmd.args.file),
                "intact": True,
                "bytes": size,
                "format_version": opened.sealed.header.version,
                "payload_version": dump.version,
                "exported_at": dump.exported_at,
                "app_version": dump.app_version,
                "chunks": opened.sealed.chunk_count,
                "kdf": {
                    "memory_kib": params.memory_kib,
                    "iterations": params.iterations,
                    "lanes": params.lanes,
                },
                "counts": everything.counts(),
                "photos": len(dump.photos),
                "photo_bytes": dump.photo_bytes,
                "first_date": span[0].isoformat() if span else None,
                "last_date": span[1].isoformat() if span else None,
            }
        )
        return EXIT_OK
    cmd.say(
        messages.spanned(
            messages.BACKUP_VERIFIED,
            everything.date_range(),
            counts=counts_text(everything.counts()),
        )
    )
    say_photos(cmd, len(dump.photos), dump.photo_bytes)
    cmd.say(
        messages.BACKUP_VERIFIED_DETAILS.format(
            exported_at=dump.exported_at.replace("T", " ").replace("Z", " UTC"),
            app_version=dump.app_version,
            size=human_size(size),
        )
    )
    return EXIT_OK


def restore_into(
    cmd: Command,
    passphrase: str,
    everything: Records,
    *,
    replacing: bool,
    origin: restore.Origin | None = None,
    photos: restore.Photos | None = None,
) -> Path | None:
    """Restore beside the current diary and swap it in; returns the folder of the old one.

    The restored diary takes ``origin``'s identity and newest change (the backup's diary).
    """
    keep, code = restore.restore(
        cmd.folder,
        cmd.policy,
        passphrase,
        everything,
        replacing=replacing,
        recovery_code=cmd.args.recovery_code,
        origin=origin,
        photos=photos,
    )
    if code is not None:
        cmd.say(messages.RECOVERY_CODE.format(code=code))
    return keep


def concern_words(concern: RestoreConcern, folder: Path) -> str:
    """Why a replacing restore asks first, with both newest changes in local time."""
    sentence = {
        Concern.OLDER: messages.BACKUP_OLDER,
        Concern.OTHER_DIARY: messages.BACKUP_OTHER_DIARY,
        Concern.UNKNOWN_AGE: messages.BACKUP_UNKNOWN_AGE,
    }[concern.concern]
    return sentence.format(
        folder=folder,
        backup=messages.moment(concern.backup_changed),
        diary=messages.moment(concern.diary_changed),
    )


def _leave_nothing_behind(
    folder: Path, files: DiaryFiles, *, created: bool, had_lock: bool
) -> None:
    """After a refused restore into a new diary: remove the lock file and the folder we made."""
    if not had_lock and not Vault(folder).exists():
        with contextlib.suppress(OSError):
            files.lock.unlink()
    if created:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: nothing of anyone else's is removed


def cmd_backup_restore(cmd: Command) -> int:
    """Restore a backup: into a new diary, instead of the diary, or merged into it.

    The whole backup is decrypted and validated before anything is touched. Replacing the diary
    with a backup older than it, of another diary or of unknown age is refused (exit 1) with
    both newest changes, unless ``--yes`` says to go ahead.
    """
    with read_backup(cmd) as opened:
        return _restore(cmd, opened)


def _restore(cmd: Command, opened: OpenedBackupFile) -> int:
    """``cmd_backup_restore`` once the backup was read through and checked."""
    args = cmd.args
    dump = opened.dump
    everything = dump.records
    origin = restore.Origin(dump.diary_id, dump.changed_at)
    folder = cmd.folder
    span, counts = everything.date_range(), counts_text(everything.counts())
    if not Vault(folder, cmd.policy).exists():
        files = DiaryFiles(folder)
        if files.database.exists():
            raise CliError(messages.BACKUP_STRAY_DATABASE.format(path=files.database))
        passphrase = cmd.new_passphrase(args.passphrase_file)
        if not passphrase:
            raise CliError(messages.BACKUP_EMPTY_PASSPHRASE)
        created = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        had_lock = files.lock.exists()
        lock = DiaryLock(files.lock)
        lock.acquire()
        try:
            if Vault(folder, cmd.policy).exists():  # created meanwhile by another program
                raise CliError(messages.BACKUP_DIARY_EXISTS.format(folder=folder))
            restore_into(
                cmd,
                passphrase,
                everything,
                replacing=False,
                origin=origin,
                photos=opened.restored_photos(),
            )
        except BaseException:
            lock.release()
            _leave_nothing_behind(folder, files, created=created, had_lock=had_lock)
            raise
        lock.release()
        cmd.say(messages.spanned(messages.BACKUP_RESTORED_NEW, span, folder=folder, counts=counts))
        say_photos(cmd, len(dump.photos), dump.photo_bytes)
        cmd.say(messages.BACKUP_NEW_PASSPHRASE)
        return EXIT_OK
    if not (args.replace or args.merge):
        raise CliError(messages.BACKUP_DIARY_EXISTS.format(folder=folder))
    secret = cmd.passphrase()
    with cmd.diary(secret) as (vault, repo):
        if args.merge:
            merged = repo.merge_records(everything, photos=opened.photos())
            cmd.say(
                messages.BACKUP_MERGED.format(
                    added=counts_text(merged.added()), skipped=counts_text(merged.skipped())
                )
            )
            if merged.photos_added or merged.photos_skipped:
                cmd.say(
                    messages.BACKUP_PHOTOS_MERGED.format(
                        added=merged.photos_added, skipped=merged.photos_skipped
                    )
                )
            return EXIT_OK
        concern = compare(dump, repo.state())
        if concern is not None and not args.yes:
            raise CliError(f"{concern_words(concern, folder)} {messages.BACKUP_CONFIRM_WITH_YES}")
        vault.lock()  # close the database (the folder stays reserved) before swapping it
        keep = restore_into(
            cmd,
            secret,
            everything,
            replacing=True,
            origin=origin,
            photos=opened.restored_photos(),
        )
    cmd.say(messages.spanned(messages.BACKUP_REPLACED, span, folder=folder, counts=counts))
    say_photos(cmd, len(dump.photos), dump.photo_bytes)
    cmd.say(messages.BACKUP_KEPT_OLD.format(old=keep))
    return EXIT_OK
