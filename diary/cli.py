"""The ``diary`` command line: argparse in, one clear line or JSON out, meaningful exit codes.

Exit codes: 0 success; 1 bad input; 2 usage; 3 wrong passphrase; 4 damaged or tampered data;
5 the diary is in use by another process. Qt and matplotlib are never imported here.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from diary import __version__, messages
from diary.domain.models import (
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
    Records,
    ValidationError,
)
from diary.formats import backup, payload, records, terminal
from diary.formats.backup import BackupDamaged, BackupError, WrongBackupPassphrase
from diary.paths import default_data_dir, default_demo_dir
from diary.storage.atomic import atomic_write, fsync_directory
from diary.storage.errors import (
    DamagedDiary,
    DiaryInUse,
    StorageError,
    WrongPassphrase,
)
from diary.storage.kdf import PRODUCT_POLICY, KdfPolicy
from diary.storage.lockfile import DiaryLock
from diary.storage.vault import DiaryFiles, Vault

if TYPE_CHECKING:
    from diary.storage.repository import Repository

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
EXIT_WRONG_PASSPHRASE, EXIT_DAMAGED, EXIT_IN_USE = 3, 4, 5
DEMO_PASSPHRASE = "demo"


class CliError(Exception):
    """Bad input: printed as one line, exit code 1."""


class Command:
    """What one invocation needs: its arguments, where its output goes, and the KDF policy."""

    def __init__(self, args: argparse.Namespace, policy: KdfPolicy, out: TextIO) -> None:
        self.args = args
        self.policy = policy
        self.out = out

    @property
    def folder(self) -> Path:
        """The diary folder this command works on."""
        folder: Path = self.args.data_dir or default_data_dir()
        return folder

    def say(self, text: str = "") -> None:
        """Print a line for the user."""
        print(text, file=self.out)

    def print_json(self, value: Any) -> None:
        """Print machine-readable output (UTF-8, stable keys)."""
        print(json.dumps(value, ensure_ascii=False, indent=2), file=self.out)

    def passphrase(self, prompt: str = messages.PASSPHRASE_PROMPT) -> str:
        """The passphrase from --passphrase-file, or asked on the terminal without echo."""
        if self.args.passphrase_file is not None:
            return read_secret_file(self.args.passphrase_file)
        return ask_secret(prompt)

    def new_passphrase(self, file: Path | None) -> str:
        """A new passphrase from a file, or typed twice on the terminal."""
        if file is not None:
            return read_secret_file(file)
        first = ask_secret(messages.NEW_PASSPHRASE_PROMPT)
        if ask_secret(messages.REPEAT_PROMPT) != first:
            raise CliError(messages.PASSPHRASES_DIFFER)
        return first

    def require_diary(self) -> None:
        """Refuse early, before asking for a passphrase, when the folder holds no diary."""
        if not Vault(self.folder, self.policy).exists():
            raise CliError(f"There is no diary in {self.folder} yet. Create one with: diary init")

    @contextmanager
    def diary(self, passphrase: str | None = None) -> Iterator[tuple[Vault, Repository]]:
        """Unlock the diary for the length of the command, and always lock it again.

        ``passphrase`` is asked for (or read from --passphrase-file) unless given.
        """
        with Vault(self.folder, self.policy) as vault:
            self.require_diary()
            yield vault, vault.unlock(self.passphrase() if passphrase is None else passphrase)


def read_secret_file(path: Path) -> str:
    """The first line of a passphrase file (a trailing newline is not part of it)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(
            messages.PASSPHRASE_FILE_UNREADABLE.format(path=path, reason=reason)
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CliError(messages.PASSPHRASE_FILE_NOT_TEXT.format(path=path)) from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def ask_secret(prompt: str) -> str:
    """Ask on the controlling terminal without echo; never read a secret from a pipe."""
    if sys.platform != "win32":
        try:
            with open("/dev/tty"):
                pass
        except OSError:
            raise CliError(messages.NO_TERMINAL) from None
    elif not sys.stdin.isatty():  # pragma: no cover - Windows only
        raise CliError(messages.NO_TERMINAL)
    return getpass.getpass(prompt)


def parse_date(value: str) -> dt.date:
    """A YYYY-MM-DD date, or a clear complaint."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(messages.BAD_DATE.format(value=value)) from None


def parse_month(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of a YYYY-MM month."""
    try:
        first = dt.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        raise CliError(messages.BAD_MONTH.format(value=value)) from None
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)


# Commands -------------------------------------------------------------------------------------


def cmd_init(cmd: Command) -> int:
    """Create a new diary; refuse to overwrite one."""
    vault = Vault(cmd.folder, cmd.policy)
    if vault.exists():
        raise CliError(f"There is already a diary in {cmd.folder}; it was left as it is.")
    passphrase = cmd.new_passphrase(cmd.args.passphrase_file)
    with vault:
        code = vault.create(passphrase, recovery_code=cmd.args.recovery_code)
    cmd.say(messages.CREATED.format(folder=cmd.folder))
    cmd.say(messages.RECOVERY_CODE.format(code=code) if code else messages.NO_RECOVERY)
    return EXIT_OK


def cmd_demo(cmd: Command) -> int:
    """Create a diary full of realistic sample data, so there is something to look at."""
    from diary.domain.sample import generate

    years = cmd.args.years
    if not 1 <= years <= 30:
        raise CliError("--years must be from 1 to 30.")
    folder = cmd.args.data_dir or default_demo_dir()
    vault = Vault(folder, cmd.policy)
    if vault.exists():
        raise CliError(f"There is already a diary in {folder}; it was left as it is.")
    passphrase = (
        read_secret_file(cmd.args.passphrase_file)
        if cmd.args.passphrase_file is not None
        else DEMO_PASSPHRASE
    )
    sample = generate(dt.date.today(), years=years)
    with vault:
        vault.create(passphrase)
        repo = vault.repository
        repo.import_records(
            circles=sample.circles,
            people=sample.people,
            entries=sample.entries,
            interactions=sample.interactions,
        )
        counts = repo.counts()
        first, last = repo.date_range() or (dt.date.today(), dt.date.today())
        cmd.say(
            messages.DEMO_CREATED.format(
                folder=folder,
                days=(last - first).days + 1,
                passphrase=passphrase if cmd.args.passphrase_file is None else "(from your file)",
                **counts,
            )
        )
        for day in repo.days(last - dt.timedelta(days=6), last):
            cmd.say(terminal.day_summary_line(day))
    word = next((p for i in reversed(sample.interactions) for p in i.people), "walk")
    cmd.say(
        messages.DEMO_TRY.format(folder=folder, month=last.strftime("%Y-%m"), day=last, word=word)
    )
    return EXIT_OK


def cmd_write(cmd: Command) -> int:
    """Create or update a day's entry; options given replace those parts only."""
    args = cmd.args
    day = parse_date(args.date)
    text = args.text
    if text == "-":
        text = sys.stdin.read()
    given = (args.mood, args.energy, args.feeling, args.gratitude, text)
    if all(value is None for value in given):
        raise CliError(messages.NOTHING_TO_WRITE)
    gratitude = (
        tuple(Gratitude(line) for line in args.gratitude) if args.gratitude is not None else None
    )
    with cmd.diary() as (_vault, repo):
        old = repo.entry(day) or Entry(day)
        entry = Entry(
            day=day,
            mood=args.mood if args.mood is not None else old.mood,
            energy=args.energy if args.energy is not None else old.energy,
            feelings=tuple(args.feeling) if args.feeling is not None else old.feelings,
            gratitude=gratitude if gratitude is not None else old.gratitude,
            text=text if text is not None else old.text,
            uid=old.uid,
        )
        repo.save_entry(entry)
    done = messages.EMPTIED_ENTRY if entry.is_empty else messages.SAVED_ENTRY
    cmd.say(done.format(day=day.isoformat()))
    return EXIT_OK


def cmd_met(cmd: Command) -> int:
    """Log a contact; new people and circles are created."""
    args = cmd.args
    interaction = Interaction(
        day=parse_date(args.date),
        mode=Mode(args.mode),
        minutes=args.minutes,
        people=tuple(args.people),
        depth=args.depth,
        initiated=Initiator(args.initiated) if args.initiated else None,
        circle=args.circle,
        note=args.note or "",
    )
    with cmd.diary() as (_vault, repo):
        stored = repo.add_interaction(interaction)
    cmd.say(messages.LOGGED_CONTACT.format(line=terminal.interaction_line(stored)))
    return EXIT_OK


def cmd_person_add(cmd: Command) -> int:
    """Add someone to the diary."""
    args = cmd.args
    person = Person(
        name=args.name, circles=tuple(args.circle), inner=args.inner, cadence_days=args.every
    )
    with cmd.diary() as (_vault, repo):
        stored = repo.add_person(person)
    cmd.say(messages.ADDED_PERSON.format(name=stored.name))
    return EXIT_OK


def cmd_person_list(cmd: Command) -> int:
    """Everyone in the diary."""
    with cmd.diary() as (_vault, repo):
        people = repo.people()
    if cmd.args.json:
        cmd.print_json([records.person_to_dict(p) for p in people])
    elif not people:
        cmd.say(messages.NO_PEOPLE)
    for person in people if not cmd.args.json else ():
        cmd.say(terminal.person_line(person))
    return EXIT_OK


def cmd_show(cmd: Command) -> int:
    """One day in full."""
    day = parse_date(cmd.args.date)
    with cmd.diary() as (_vault, repo):
        found = repo.day(day)
    if cmd.args.json:
        cmd.print_json(records.day_to_dict(found))
    else:
        for line in terminal.day_lines(found):
            cmd.say(line)
    return EXIT_OK


def cmd_list(cmd: Command) -> int:
    """Logged days, of a month or of the whole diary."""
    with cmd.diary() as (_vault, repo):
        if cmd.args.month:
            start, end = parse_month(cmd.args.month)
            when = f"in {cmd.args.month}"
        else:
            start, end = dt.date.min, dt.date.max
            when = "yet"
        days = repo.days(start, end)
    if cmd.args.json:
        cmd.print_json([records.day_summary(d) for d in days])
    elif not days:
        cmd.say(messages.NO_DAYS.format(when=when))
    for day in days if not cmd.args.json else ():
        cmd.say(terminal.day_summary_line(day))
    return EXIT_OK


def cmd_search(cmd: Command) -> int:
    """Full-text search over every day's writing."""
    with cmd.diary() as (_vault, repo):
        hits = repo.search(cmd.args.text)
    if cmd.args.json:
        cmd.print_json([records.search_hit_to_dict(h) for h in hits])
    elif not hits:
        cmd.say(messages.NO_MATCHES.format(text=cmd.args.text))
    bold = cmd.out.isatty() and os.environ.get("NO_COLOR") is None
    for hit in hits if not cmd.args.json else ():
        cmd.say(terminal.search_hit_line(hit, bold=bold))
    return EXIT_OK


def cmd_passphrase_change(cmd: Command) -> int:
    """Re-wrap the data key under a new passphrase (atomic; the old one stops working)."""
    with cmd.diary() as (vault, _repo):
        vault.change_passphrase(cmd.new_passphrase(cmd.args.new_passphrase_file))
    cmd.say(messages.PASSPHRASE_CHANGED)
    return EXIT_OK


def cmd_passphrase_recover(cmd: Command) -> int:
    """Open the diary with its recovery code and choose a new passphrase."""
    code_file = cmd.args.recovery_code_file
    code = read_secret_file(code_file) if code_file else ask_secret(messages.RECOVERY_PROMPT)
    with Vault(cmd.folder, cmd.policy) as vault:
        vault.unlock_with_recovery_code(code)
        vault.change_passphrase(cmd.new_passphrase(cmd.args.new_passphrase_file))
    cmd.say(messages.RECOVERED)
    return EXIT_OK


def cmd_check(cmd: Command) -> int:
    """Verify every page and structure of the diary."""
    with cmd.diary() as (_vault, repo):
        problems = repo.integrity_problems()
        counts = repo.counts() if not problems else {}
    if problems:
        raise DamagedDiary(
            messages.DAMAGED_REPORT.format(problems="\n".join(f"  - {p}" for p in problems))
        )
    cmd.say(messages.HEALTHY.format(**counts))
    return EXIT_OK


# Backups --------------------------------------------------------------------------------------


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
            added = {k.removesuffix("_added"): v for k, v in merged.items() if k.endswith("_added")}
            skipped = {
                k.removesuffix("_skipped"): v for k, v in merged.items() if k.endswith("_skipped")
            }
            cmd.say(
                messages.BACKUP_MERGED.format(
                    added=counts_text(added), skipped=counts_text(skipped)
                )
            )
            return EXIT_OK
        vault.lock()  # close the database (the folder stays reserved) before swapping it
        keep = restore_into(cmd, secret, everything, replacing=True)
    cmd.say(messages.BACKUP_REPLACED.format(folder=folder, summary=summary))
    cmd.say(messages.BACKUP_KEPT_OLD.format(old=keep))
    return EXIT_OK


# Parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    """Every command and option; the names are relied on by scripts and tests."""
    parser = argparse.ArgumentParser(
        prog="diary",
        description="Hearth: a private, offline, encrypted diary of the people in your life.",
    )
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the desktop app on a demo diary (passphrase: demo)",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="the diary folder (default: your data folder)"
    )
    parser.add_argument(
        "--passphrase-file", type=Path, help="read the passphrase from the first line of FILE"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, handler: Callable[[Command], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "create a new diary")
    p.add_argument("--recovery-code", action="store_true", help="also create a recovery code")

    p = command("demo", cmd_demo, "create a demo diary full of sample data (passphrase: demo)")
    p.add_argument("--years", type=int, default=1, help="years of sample data (default 1)")

    p = command("write", cmd_write, "create or update a day's entry")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--mood", type=int, help="1 (very unpleasant) to 9 (very pleasant)")
    p.add_argument("--energy", type=int, help="1 (very calm) to 9 (very energised)")
    p.add_argument("--feeling", action="append", help="a feeling word (repeatable)")
    p.add_argument("--gratitude", action="append", help="something you are grateful for")
    p.add_argument("--text", help="free text, or - to read it from standard input")

    p = command("met", cmd_met, "log a contact with people")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--mode", required=True, choices=[m.value for m in Mode])
    p.add_argument("--minutes", type=int, required=True)
    p.add_argument("--depth", type=int, help="1 (surface) to 5 (deeply listened to)")
    p.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    p.add_argument("--circle", metavar="NAME")
    p.add_argument("--initiated", choices=[i.value for i in Initiator])
    p.add_argument("--note")

    p = command("person", cmd_person_list, "people in your diary")
    person = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    p_add = person.add_parser("add", help="add someone", description="add someone")
    p_add.set_defaults(handler=cmd_person_add)
    p_add.add_argument("name", metavar="NAME")
    p_add.add_argument("--circle", action="append", default=[], metavar="NAME")
    p_add.add_argument(
        "--inner", action="store_true", help="one of the people you truly care about"
    )
    p_add.add_argument("--every", type=int, metavar="DAYS", help="hope to see them every DAYS")
    p_list = person.add_parser("list", help="list everyone", description="list everyone")
    p_list.set_defaults(handler=cmd_person_list)
    p_list.add_argument("--json", action="store_true")

    p = command("show", cmd_show, "show one day")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")

    p = command("list", cmd_list, "list logged days")
    p.add_argument("--month", help="YYYY-MM")
    p.add_argument("--json", action="store_true")

    p = command("search", cmd_search, "search everything you wrote")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true")

    p = command("passphrase", cmd_passphrase_change, "change the passphrase")
    action = p.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    p_change = action.add_parser("change", help="choose a new passphrase")
    p_change.set_defaults(handler=cmd_passphrase_change)
    p_change.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    p_recover = action.add_parser(
        "recover", help="open the diary with its recovery code and choose a new passphrase"
    )
    p_recover.set_defaults(handler=cmd_passphrase_recover)
    p_recover.add_argument("--recovery-code-file", type=Path, metavar="FILE")
    p_recover.add_argument("--new-passphrase-file", type=Path, metavar="FILE")

    command("check", cmd_check, "check every page of the diary for damage")

    p = command("backup", cmd_backup_verify, "make, check or restore an encrypted backup")
    action = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)

    def backup_file_options(sub_parser: argparse.ArgumentParser) -> None:
        sub_parser.add_argument("file", type=Path, metavar="FILE", help="the backup file")
        sub_parser.add_argument(
            "--backup-passphrase-file",
            type=Path,
            metavar="FILE",
            help="the backup's passphrase from the first line of FILE "
            "(default: the diary's passphrase, from --passphrase-file or asked)",
        )

    p_export = action.add_parser(
        "export",
        help="write an encrypted backup of the whole diary to FILE",
        description="write an encrypted backup of the whole diary to FILE",
    )
    p_export.set_defaults(handler=cmd_backup_export)
    backup_file_options(p_export)
    p_verify = action.add_parser(
        "verify",
        help="decrypt and check every part of a backup (changes nothing)",
        description="decrypt and check every part of a backup (changes nothing)",
    )
    p_verify.set_defaults(handler=cmd_backup_verify)
    backup_file_options(p_verify)
    p_verify.add_argument("--json", action="store_true")
    p_restore = action.add_parser(
        "restore",
        help="restore a backup into a new diary, in place of the diary, or merged into it",
        description="restore a backup into a new diary, in place of the diary, or merged into it",
    )
    p_restore.set_defaults(handler=cmd_backup_restore)
    backup_file_options(p_restore)
    how = p_restore.add_mutually_exclusive_group()
    how.add_argument(
        "--replace",
        action="store_true",
        help="replace the diary with the backup (the old one is kept in a folder inside it)",
    )
    how.add_argument(
        "--merge",
        action="store_true",
        help="add what the backup has that the diary lacks; change nothing else",
    )
    p_restore.add_argument(
        "--recovery-code",
        action="store_true",
        help="also make a recovery code for the diary the restore creates",
    )
    return parser


def start_app(args: argparse.Namespace) -> int:
    """``diary`` with no command opens the desktop app (Qt is imported only here)."""
    folder = args.data_dir or (default_demo_dir() if args.demo else default_data_dir())
    try:
        from diary.app import run
    except ImportError as error:
        print(f"diary: {messages.NO_DESKTOP.format(reason=error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return run(folder, demo=args.demo)


def exit_code_for(error: StorageError | BackupError) -> int:
    """The documented exit code of a storage or backup error."""
    if isinstance(error, WrongPassphrase | WrongBackupPassphrase):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(error, DamagedDiary | BackupDamaged):
        return EXIT_DAMAGED
    if isinstance(error, DiaryInUse):
        return EXIT_IN_USE
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None, *, kdf_policy: KdfPolicy = PRODUCT_POLICY) -> int:
    """Run one command and return its exit code; errors become one line on stderr."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "handler", None) is None:
        return start_app(args)
    if args.demo:
        parser.error("--demo opens the desktop app; leave out the command")
    cmd = Command(args, kdf_policy, sys.stdout)
    try:
        code: int = args.handler(cmd)
        return code
    except (StorageError, BackupError) as error:
        print(f"diary: {error}", file=sys.stderr)
        return exit_code_for(error)
    except (CliError, ValidationError, ValueError) as error:
        print(f"diary: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (``| head``) has all it wanted; leave quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        what = error.filename or "a file"
        print(
            "diary: " + messages.CANNOT_READ.format(what=what, reason=error.strerror or error),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"\ndiary: {messages.INTERRUPTED}", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback
        print(
            "diary: " + messages.INTERNAL_ERROR.format(kind=type(error).__name__), file=sys.stderr
        )
        return EXIT_BAD_INPUT
