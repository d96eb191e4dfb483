"""``diary backup export | verify | restore``: the encrypted backup, all or nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from diary import __version__, messages
from diary.commands.base import EXIT_OK, CliError, Command, ask_secret, read_secret_file
from diary.domain.models import Records
from diary.formats import backup, payload
from diary.storage.atomic import atomic_write, fsync_directory
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
    """Bytes for people: 512 bytes, 3.4 kB, 12.5 MB."""
    if size < 1000:
        return f"{size} bytes"
    value = size / 1000
    for unit in ("kB", "MB"):
        if value < 1000:
            return f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"


def counts_text(counts: dict[str, int]) -> str:
    """How many records of each kind, in words."""
    return messages.BACKUP_COUNTS.format(**counts)


def span_text(everything: Records) -> str:
    """The first and last logged day in words, or nothing for an empty diary."""
    span = everything.date_range()
    return messages.BACKUP_SPAN.format(first=span[0], last=span[1]) if span else ""


def read_backup(cmd: Command) -> tuple[backup.DecryptedBackup, payload.Dump, int]:
    """Read, decrypt and parse the whole backup file before anything else is done.

    Returns the decrypted container, the parsed dump and the file's size in bytes.
    """
    path: Path = cmd.args.file
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(messages.BACKUP_CANNOT_READ.format(path=path, reason=reason)) from None
    opened = backup.decrypt(data, backup_passphrase(cmd), cmd.policy)
    return opened, payload.load(opened.payload), len(data)


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
    with cmd.diary(secret) as (_vault, repo):
        everything = repo.records()
    document = payload.dump(
        everything, exported_at=dt.datetime.now(dt.UTC), app_version=__version__
    )
    data = backup.encrypt(document, backup_secret, cmd.policy.calibrate(), cmd.policy)
    try:
        atomic_write(target, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(messages.BACKUP_WRITE_FAILED.format(path=target, reason=reason)) from None
    cmd.say(
        messages.BACKUP_EXPORTED.format(
            counts=counts_text(everything.counts()),
            span=span_text(everything),
            path=target,
            size=human_size(len(data)),
        )
    )
    cmd.say(messages.BACKUP_OWN_KEY if own_file is not None else messages.BACKUP_DIARY_KEY)
    return EXIT_OK


def cmd_backup_verify(cmd: Command) -> int:
    """Decrypt and check every part of a backup; change nothing."""
    opened, dump, size = read_backup(cmd)
    everything = dump.records
    span = everything.date_range()
    if cmd.args.json:
        params = opened.header.params
        cmd.print_json(
            {
                "file": str(cmd.args.file),
                "intact": True,
                "bytes": size,
                "format_version": opened.header.version,
                "payload_version": payload.PAYLOAD_VERSION,
                "exported_at": dump.exported_at,
                "app_version": dump.app_version,
                "chunks": opened.chunk_count,
                "kdf": {
                    "memory_kib": params.memory_kib,
                    "iterations": params.iterations,
                    "lanes": params.lanes,
                },
                "counts": everything.counts(),
                "first_date": span[0].isoformat() if span else None,
                "last_date": span[1].isoformat() if span else None,
            }
        )
        return EXIT_OK
    cmd.say(
        messages.BACKUP_VERIFIED.format(
            counts=counts_text(everything.counts()), span=span_text(everything)
        )
    )
    cmd.say(
        messages.BACKUP_VERIFIED_DETAILS.format(
            exported_at=dump.exported_at.replace("T", " ").replace("Z", " UTC"),
            app_version=dump.app_version,
            size=human_size(size),
        )
    )
    return EXIT_OK


def build_restored_diary(
    cmd: Command, passphrase: str, everything: Records
) -> tuple[Path, str | None]:
    """Create a complete diary from ``everything`` in a hidden folder inside the diary folder.

    Returns that folder (holding diary.db and diary.keys, closed) and the recovery code, if one
    was asked for. On any failure the folder is removed and the error raised.
    """
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=cmd.folder))
    try:
        with Vault(staging, cmd.policy) as fresh:
            code = fresh.create(passphrase, recovery_code=cmd.args.recovery_code)
            fresh.repository.merge_records(everything)
            if fresh.repository.counts() != everything.counts():
                raise CliError(messages.BACKUP_RESTORE_INCOMPLETE)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging, code


def swap_in(staging: Path, folder: Path, keep: Path | None) -> None:
    """Move the diary built in ``staging`` into ``folder``, the old one (if any) into ``keep``.

    The key file goes last: a folder is a diary once it has one, so the folder never shows a
    key file beside a database it does not open. On a failure every move is undone.
    """
    here, built = DiaryFiles(folder), DiaryFiles(staging)
    moves: list[tuple[Path, Path]] = []
    if keep is not None:
        wal = [here.database.with_name(here.database.name + s) for s in ("-wal", "-shm")]
        moves += [(here.keys, keep / here.keys.name), (here.database, keep / here.database.name)]
        moves += [(path, keep / path.name) for path in wal if path.exists()]
    moves += [(built.database, here.database), (built.keys, here.keys)]
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in moves:
            os.replace(source, target)
            done.append((source, target))
    except BaseException:
        for source, target in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise
    for changed in (folder, keep):
        if changed is not None:
            with contextlib.suppress(OSError):
                fsync_directory(changed)
    shutil.rmtree(staging, ignore_errors=True)


def restore_into(
    cmd: Command, passphrase: str, everything: Records, *, replacing: bool
) -> Path | None:
    """Build the restored diary beside the current one and swap it in; returns the kept folder."""
    keep: Path | None = None
    try:
        staging, code = build_restored_diary(cmd, passphrase, everything)
        try:
            if replacing:
                stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
                keep = Path(tempfile.mkdtemp(prefix=f"before-restore-{stamp}-", dir=cmd.folder))
            swap_in(staging, cmd.folder, keep)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            if keep is not None:
                with contextlib.suppress(OSError):
                    keep.rmdir()  # only if empty: everything was moved back
            raise
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(messages.BACKUP_RESTORE_FAILED.format(reason=reason)) from None
    if code is not None:
        cmd.say(messages.RECOVERY_CODE.format(code=code))
    return keep


def cmd_backup_restore(cmd: Command) -> int:
    """Restore a backup: into a new diary, instead of the diary, or merged into it.

    The whole backup is decrypted and validated before anything is touched.
    """
    args = cmd.args
    _opened, dump, _size = read_backup(cmd)
    everything = dump.records
    folder = cmd.folder
    summary = counts_text(everything.counts()) + span_text(everything)
    if not Vault(folder, cmd.policy).exists():
        files = DiaryFiles(folder)
        if files.database.exists():
            raise CliError(messages.BACKUP_STRAY_DATABASE.format(path=files.database))
        passphrase = cmd.new_passphrase(args.passphrase_file)
        if not passphrase:
            raise CliError(messages.BACKUP_EMPTY_PASSPHRASE)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = DiaryLock(files.lock)
        lock.acquire()
        try:
            if Vault(folder, cmd.policy).exists():  # created meanwhile by another program
                raise CliError(messages.BACKUP_DIARY_EXISTS.format(folder=folder))
            restore_into(cmd, passphrase, everything, replacing=False)
        finally:
            lock.release()
        cmd.say(messages.BACKUP_RESTORED_NEW.format(folder=folder, summary=summary))
        cmd.say(messages.BACKUP_NEW_PASSPHRASE)
        return EXIT_OK
    if not (args.replace or args.merge):
        raise CliError(messages.BACKUP_DIARY_EXISTS.format(folder=folder))
    secret = cmd.passphrase()
    with cmd.diary(secret) as (vault, repo):
        if args.merge:
            merged = repo.merge_records(everything)
            cmd.say(
                messages.BACKUP_MERGED.format(
                    added=counts_text(merged.added()), skipped=counts_text(merged.skipped())
                )
            )
            return EXIT_OK
        vault.lock()  # close the database (the folder stays reserved) before swapping it
        keep = restore_into(cmd, secret, everything, replacing=True)
    cmd.say(messages.BACKUP_REPLACED.format(folder=folder, summary=summary))
    cmd.say(messages.BACKUP_KEPT_OLD.format(old=keep))
    return EXIT_OK
