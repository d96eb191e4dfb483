"""The ``diary`` command line: argparse in, one clear line or JSON out, meaningful exit codes.

Exit codes: 0 success; 1 bad input; 2 usage; 3 wrong passphrase; 4 damaged or tampered data;
5 the diary is in use by another process. Qt and matplotlib are never imported here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
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
    ValidationError,
)
from diary.formats import records, terminal
from diary.paths import default_data_dir, default_demo_dir
from diary.storage.errors import (
    DamagedDiary,
    DiaryInUse,
    StorageError,
    WrongPassphrase,
)
from diary.storage.kdf import PRODUCT_POLICY, KdfPolicy
from diary.storage.vault import Vault

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

    @contextmanager
    def diary(self) -> Iterator[tuple[Vault, Repository]]:
        """Unlock the diary for the length of the command, and always lock it again."""
        with Vault(self.folder, self.policy) as vault:
            if not vault.exists():
                raise CliError(
                    f"There is no diary in {self.folder} yet. Create one with: diary init"
                )
            yield vault, vault.unlock(self.passphrase())


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


def exit_code_for(error: StorageError) -> int:
    """The documented exit code of a storage error."""
    if isinstance(error, WrongPassphrase):
        return EXIT_WRONG_PASSPHRASE
    if isinstance(error, DamagedDiary):
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
    except StorageError as error:
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
