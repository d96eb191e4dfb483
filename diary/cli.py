"""The ``diary`` command line: argparse in, one clear line or JSON out, meaningful exit codes.

Exit codes: 0 success; 1 bad input; 2 usage; 3 wrong passphrase; 4 damaged or tampered data;
5 the diary is in use by another process. Qt and matplotlib are never imported here, and the
commands' modules (``diary.commands``) only once a command is asked for, so ``diary`` alone
opens the desktop app's unlock window without waiting for them.
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diary import __version__, cli_words, hardening, i18n
from diary.i18n import _

if TYPE_CHECKING:
    from diary.storage.kdf import KdfPolicy

EXIT_BAD_INPUT = 1

# Parser ---------------------------------------------------------------------------------------

# The chart names of diary.charts.panels.PANELS, spelled out so parsing never imports matplotlib
# (a test keeps the two lists the same).
PANEL_NAMES = ("month", "scatter", "streaks", "kinds", "week", "pixels", "checkins")


def period_options(parser: argparse.ArgumentParser) -> None:
    """--month YYYY-MM, or --from and --to (this month when none is given)."""
    parser.add_argument("--month", help="YYYY-MM")
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD")


class CommandParser(argparse.ArgumentParser):
    """One command's parser, whose options are added the first time it is used.

    A command runs one parser; building the options of all eighteen took about 9 ms of every
    command's start. The top-level parser knows every command's name and help at once (so
    ``diary --help`` and a mistyped command list them all), and each command's own options
    are added by ``fill`` only when argparse hands it words to parse or help to show. Until
    then it has not even its ``-h``: argparse's own is added first thing, as argparse would.
    """

    def __init__(self, *args: Any, fill: Fill | None = None, **kw: Any) -> None:
        self._fill: Fill | None = None
        if fill is not None and kw.get("add_help", True):
            kw["add_help"] = False
            self._fill = functools.partial(_with_help, fill=fill)
        super().__init__(*args, **kw)

    def filled(self) -> CommandParser:
        """Add this command's options now, once (an empty call after that)."""
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)
        return self

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        """Argparse hands a command's words to its parser here: its options must be there."""
        return super(CommandParser, self.filled()).parse_known_args(args, namespace)

    def format_usage(self) -> str:
        """The usage line, with every option."""
        return super(CommandParser, self.filled()).format_usage()

    def format_help(self) -> str:
        """The help page, with every option."""
        return super(CommandParser, self.filled()).format_help()


Fill = Callable[[argparse.ArgumentParser], None]


def _with_help(parser: argparse.ArgumentParser, *, fill: Fill) -> None:
    """``-h``/``--help`` exactly as argparse adds it to every parser, then the options."""
    parser.add_argument(
        "-h",
        "--help",
        action="help",
        default=argparse.SUPPRESS,
        help=_("show this help message and exit"),
    )
    fill(parser)


def build_parser(*, filled: bool = False) -> argparse.ArgumentParser:
    """Every command and option; the names are relied on by scripts and tests.

    Each command's options are added when that command is parsed (``CommandParser``);
    ``filled`` adds them all now, for a caller that looks at the parsers themselves.
    """
    parser = argparse.ArgumentParser(
        prog="diary",
        description=_("Hearth: a private, offline, encrypted diary of the people in your life."),
    )
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_("open the desktop app on a demo diary (passphrase: demo)"),
    )
    parser.add_argument(
        "--minimised",
        action="store_true",
        help=_("start the desktop app in the system tray, without a window until you click it"),
    )
    parser.add_argument(
        "--data-dir", type=Path, help=_("the diary folder (default: your data folder)")
    )
    parser.add_argument(
        "--passphrase-file", type=Path, help=_("read the passphrase from the first line of FILE")
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check that this copy of Hearth works, on a throwaway diary, and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for name, handler, help_, fill in _commands():
        p = sub.add_parser(name, help=help_, description=help_, fill=fill)
        p.set_defaults(handler=handler)
        if filled:
            p.filled()
    return parser


def _commands() -> tuple[tuple[str, str, str, Fill], ...]:
    """Each command: its name, handler ("module:function" under diary.commands), help, options."""
    return (
        ("init", "everyday:cmd_init", _("create a new diary"), _init),
        (
            "demo",
            "everyday:cmd_demo",
            _("create a demo diary full of sample data (passphrase: demo)"),
            _demo,
        ),
        ("write", "everyday:cmd_write", _("create or update a day's entry"), _write),
        ("met", "everyday:cmd_met", _("log a contact with people"), _met),
        ("person", "everyday:cmd_person_list", _("people in your diary"), _person),
        ("show", "everyday:cmd_show", _("show one day"), _show),
        ("list", "everyday:cmd_list", _("list logged days"), _list),
        ("search", "everyday:cmd_search", _("search everything you wrote"), _search),
        ("passphrase", "everyday:cmd_passphrase_change", _("change the passphrase"), _passphrase),
        ("check", "everyday:cmd_check", _("check every page of the diary for damage"), _check),
        (
            "backup",
            "backups:cmd_backup_verify",
            _("make, check or restore an encrypted backup"),
            _backup,
        ),
        (
            "stats",
            "insights:cmd_stats",
            _("numbers of a period: isolation, streaks, mood and contact"),
            _stats,
        ),
        (
            "chart",
            "insights:cmd_chart",
            _("draw one chart of a month into a PNG, SVG or PDF file"),
            _chart,
        ),
        (
            "report",
            "insights:cmd_report",
            _("write a PDF report of a period to share or keep"),
            _report,
        ),
        (
            "checkin",
            "people:cmd_checkin_who5",
            _("answer a wellbeing or loneliness check-in"),
            _checkin,
        ),
        (
            "reach-out",
            "people:cmd_reach_out",
            _("who you hoped to be in touch with by now"),
            _reach_out,
        ),
        (
            "export",
            "transfer:cmd_export",
            _("write the whole diary, NOT encrypted, to FILE"),
            _export,
        ),
        (
            "import",
            "transfer:cmd_import",
            _("add the entries of another diary app's export"),
            _import,
        ),
    )


def _init(p: argparse.ArgumentParser) -> None:
    p.add_argument("--recovery-code", action="store_true", help=_("also create a recovery code"))


def _check(p: argparse.ArgumentParser) -> None:
    """``check`` has no options of its own (only ``-h``)."""


def _demo(p: argparse.ArgumentParser) -> None:
    p.add_argument("--years", type=int, default=1, help=_("years of sample data (default 1)"))


def _write(p: argparse.ArgumentParser) -> None:
    from diary.domain.company import Company

    p.add_argument("--date", required=True, help=_("YYYY-MM-DD"))
    p.add_argument("--mood", type=int, help=_("1 (very unpleasant) to 9 (very pleasant)"))
    p.add_argument("--energy", type=int, help=_("1 (very calm) to 9 (very energised)"))
    p.add_argument("--feeling", action="append", help=_("a feeling word (repeatable)"))
    p.add_argument("--gratitude", action="append", help=_("something you are grateful for"))
    p.add_argument("--text", help=_("free text, or - to read it from standard input"))
    p.add_argument(
        "--company",
        choices=(*[c.value for c in Company], "none"),
        help=_("company today: you wanted more, it was about right, you wanted less; none clears"),
    )
    tags = p.add_mutually_exclusive_group()
    tags.add_argument(
        "--tag",
        action="append",
        metavar="TAG",
        help=_(
            "a tag of the day, besides the #tags of its text (repeatable; replaces the set ones)"
        ),
    )
    tags.add_argument("--no-tags", action="store_true", help=_("remove the tags set on the day"))


def _met(p: argparse.ArgumentParser) -> None:
    from diary.domain.kinds import Initiator, Mode

    p.add_argument(
        "--line",
        metavar="TEXT",
        help=_('the contact in one line, e.g. "Ana and Sam, coffee, 45 min in person, deep"'),
    )
    p.add_argument(
        "--add-people",
        action="store_true",
        help=_("with --line: add the names that are not in your diary yet as new people"),
    )
    p.add_argument("--date", help=_("YYYY-MM-DD (with --line: this evening when not given)"))
    p.add_argument("--mode", choices=[m.value for m in Mode], help=_("required without --line"))
    p.add_argument("--minutes", type=int, help=_("required without --line"))
    p.add_argument("--depth", type=int, help=_("1 (surface) to 5 (deeply listened to)"))
    p.add_argument("--with", dest="people", action="append", default=[], metavar="NAME")
    p.add_argument("--circle", metavar="NAME")
    p.add_argument("--initiated", choices=[i.value for i in Initiator])
    p.add_argument("--note")


def _person(p: argparse.ArgumentParser) -> None:
    person = p.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    p_add = person.add_parser("add", help=_("add someone"), description=_("add someone"))
    p_add.set_defaults(handler="everyday:cmd_person_add")
    p_add.add_argument("name", metavar="NAME")
    p_add.add_argument("--circle", action="append", default=[], metavar="NAME")
    p_add.add_argument(
        "--inner", action="store_true", help=_("one of the people you truly care about")
    )
    p_add.add_argument("--every", type=int, metavar="DAYS", help=_("hope to see them every DAYS"))
    p_list = person.add_parser("list", help=_("list everyone"), description=_("list everyone"))
    p_list.set_defaults(handler="everyday:cmd_person_list")
    p_list.add_argument("--json", action="store_true")
    p_show = person.add_parser(
        "show",
        help=_("one person: your contacts, who reached out, moods on days together"),
        description=_("one person: your contacts, who reached out, moods on days together"),
    )
    p_show.set_defaults(handler="people:cmd_person_show")
    p_show.add_argument("name", metavar="NAME")
    p_show.add_argument("--json", action="store_true")
    p_merge = person.add_parser(
        "merge",
        help=_("make two people one: OTHER's contacts, notes and circles join KEEP"),
        description=_("make two people one: OTHER's contacts, notes and circles join KEEP"),
    )
    p_merge.set_defaults(handler="people:cmd_person_merge")
    p_merge.add_argument("keep", metavar="KEEP")
    p_merge.add_argument("other", metavar="OTHER")
    p_delete = person.add_parser(
        "delete", help=_("remove someone from the diary"), description=_("remove someone")
    )
    p_delete.set_defaults(handler="people:cmd_person_delete")
    p_delete.add_argument("name", metavar="NAME")
    contacts = p_delete.add_mutually_exclusive_group()
    contacts.add_argument(
        "--keep-interactions", action="store_true", help=_("keep every contact, without the name")
    )
    contacts.add_argument(
        "--delete-interactions",
        action="store_true",
        help=_("also delete the contacts that were only with them"),
    )


def _show(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", required=True, help=_("YYYY-MM-DD"))
    p.add_argument("--json", action="store_true")


def _list(p: argparse.ArgumentParser) -> None:
    p.add_argument("--month", help="YYYY-MM")
    p.add_argument(
        "--tag", action="append", metavar="TAG", help=_("only days with this tag (repeatable)")
    )
    p.add_argument("--json", action="store_true")


def _search(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true")


def _passphrase(p: argparse.ArgumentParser) -> None:
    action = p.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    p_change = action.add_parser("change", help=_("choose a new passphrase"))
    p_change.set_defaults(handler="everyday:cmd_passphrase_change")
    p_change.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    p_recover = action.add_parser(
        "recover", help=_("open the diary with its recovery code and choose a new passphrase")
    )
    p_recover.set_defaults(handler="everyday:cmd_passphrase_recover")
    p_recover.add_argument("--recovery-code-file", type=Path, metavar="FILE")
    p_recover.add_argument("--new-passphrase-file", type=Path, metavar="FILE")


def _backup_file_options(sub_parser: argparse.ArgumentParser) -> None:
    sub_parser.add_argument("file", type=Path, metavar="FILE", help=_("the backup file"))
    sub_parser.add_argument(
        "--backup-passphrase-file",
        type=Path,
        metavar="FILE",
        help=_(
            "the backup's passphrase from the first line of FILE "
            "(default: the diary's passphrase, from --passphrase-file or asked)"
        ),
    )


def _backup(p: argparse.ArgumentParser) -> None:
    action = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p_export = action.add_parser(
        "export",
        help=_("write an encrypted backup of the whole diary to FILE"),
        description=_("write an encrypted backup of the whole diary to FILE"),
    )
    p_export.set_defaults(handler="backups:cmd_backup_export")
    _backup_file_options(p_export)
    p_verify = action.add_parser(
        "verify",
        help=_("decrypt and check every part of a backup (changes nothing)"),
        description=_("decrypt and check every part of a backup (changes nothing)"),
    )
    p_verify.set_defaults(handler="backups:cmd_backup_verify")
    _backup_file_options(p_verify)
    p_verify.add_argument("--json", action="store_true")
    p_restore = action.add_parser(
        "restore",
        help=_("restore a backup into a new diary, in place of the diary, or merged into it"),
        description=_(
            "restore a backup into a new diary, in place of the diary, or merged into it"
        ),
    )
    p_restore.set_defaults(handler="backups:cmd_backup_restore")
    _backup_file_options(p_restore)
    how = p_restore.add_mutually_exclusive_group()
    how.add_argument(
        "--replace",
        action="store_true",
        help=_("replace the diary with the backup (the old one is kept in a folder inside it)"),
    )
    how.add_argument(
        "--merge",
        action="store_true",
        help=_("add what the backup has that the diary lacks; change nothing else"),
    )
    p_restore.add_argument(
        "--recovery-code",
        action="store_true",
        help=_("also make a recovery code for the diary the restore creates"),
    )
    p_restore.add_argument(
        "--yes",
        action="store_true",
        help=_(
            "with --replace: replace the diary even with a backup older than it, of another "
            "diary, or of unknown age"
        ),
    )


def _stats(p: argparse.ArgumentParser) -> None:
    period_options(p)
    p.add_argument("--json", action="store_true")


def _chart(p: argparse.ArgumentParser) -> None:
    p.add_argument("panel", metavar="PANEL", choices=PANEL_NAMES, help=", ".join(PANEL_NAMES))
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.png, .svg or .pdf")
    p.add_argument("--theme", choices=("light", "dark"), default="light")


def _report(p: argparse.ArgumentParser) -> None:
    period_options(p)
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.pdf")
    p.add_argument(
        "--include-text",
        action="store_true",
        help=_("also print what you wrote (left out by default: it is private)"),
    )
    p.add_argument(
        "--tag",
        metavar="TAG",
        help=_("only the days with this tag (their period, unless you give one)"),
    )


def _checkin(p: argparse.ArgumentParser) -> None:
    questionnaire = p.add_subparsers(dest="checkin_command", metavar="QUESTIONNAIRE", required=True)
    for name, handler, help_, answers in (
        ("who5", "people:cmd_checkin_who5", _("the WHO-5 wellbeing index"), "A,B,C,D,E"),
        ("ucla3", "people:cmd_checkin_ucla3", _("the UCLA 3-item loneliness scale"), "A,B,C"),
    ):
        p_checkin = questionnaire.add_parser(name, help=help_, description=help_)
        p_checkin.set_defaults(handler=handler)
        each = (
            _("five answers, each from 0 to 5")
            if name == "who5"
            else _("three answers, each from 1 to 3")
        )
        p_checkin.add_argument("--answers", required=True, metavar=answers, help=each)
        p_checkin.add_argument("--date", help=_("YYYY-MM-DD (default: today)"))
        p_checkin.add_argument("--json", action="store_true")


def _reach_out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date", help=_("the list as of YYYY-MM-DD (default: today)"))
    p.add_argument("--json", action="store_true")


# Import and export: the kinds are those of diary.commands.transfer.EXPORTERS and
# diary.formats.importers.IMPORTERS, spelled out so parsing imports neither (a test keeps the
# lists the same).


def _export(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "kind",
        metavar="KIND",
        choices=("json", "markdown", "csv"),
        help=_(
            "json (Hearth's backup payload), markdown (one readable document, and its photos "
            "in the folder FILE-photos) or csv (FILE plus FILE-contacts.csv and FILE-people.csv)"
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE")


def _import(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "kind",
        metavar="KIND",
        choices=("daylio", "dayone", "jrnl", "minidiary", "json", "undo"),
        help=_(
            "daylio (CSV), dayone (JSON or zip), jrnl (JSON), minidiary (JSON) or json "
            "(Hearth's own export); undo (no FILE) takes the last import back"
        ),
    )
    p.add_argument("file", type=Path, metavar="FILE", nargs="?")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=_("show what would be added and skipped; change nothing"),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="LABEL=N",
        help=_("a Daylio mood label and its place from 1 to 9 (repeatable)"),
    )


def start_app(args: argparse.Namespace) -> int:
    """``diary`` with no command opens the desktop app (Qt is imported only here)."""
    from diary import messages
    from diary.paths import default_data_dir, default_demo_dir

    folder = args.data_dir or (default_demo_dir() if args.demo else default_data_dir())
    if not _is_text(folder):
        # Qt holds names as Unicode text: it would drop the bytes and show another folder.
        shown = os.fsencode(folder).decode("utf-8", "backslashreplace")
        print(f"diary: {messages.CLI_APP_FOLDER_NOT_TEXT.format(folder=shown)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        from diary.app import run
    except ImportError as error:
        print(f"diary: {messages.NO_DESKTOP.format(reason=error)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return run(folder, demo=args.demo, minimised=args.minimised, serve=_serve_command)


def _serve_command(request: Any, *, opened: Any, policy: KdfPolicy) -> Any:
    """The open app answers a ``diary`` command with the parser and handlers of this one."""
    from diary.commands.served import execute

    return execute(request, parser=build_parser, opened=opened, policy=policy)


def _ask_open_app(args: argparse.Namespace, argv: Sequence[str] | None) -> int | None:
    """Let the open app answer, if it serves this diary's commands; None: run it here.

    Only ``diary.served`` is imported on this path: the answer comes in milliseconds, with no
    key derivation and nothing of the database layer loaded.
    """
    from diary import served

    if args.handler not in served.SERVED:
        return None
    stdin = sys.stdin.read() if getattr(args, "text", None) == "-" else None
    words = list(sys.argv[1:] if argv is None else argv)
    request = served.Request(argv=words, cwd=os.getcwd(), stdin=stdin)
    if args.data_dir is not None:
        folder = args.data_dir
    else:
        from diary.paths import default_data_dir

        folder = default_data_dir()
    try:
        answer = served.ask_app(folder, args.handler, request)
    except served.AppStopped:
        from diary import messages

        print(f"diary: {messages.SERVED_APP_STOPPED}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if answer is None:
        if stdin is not None:
            args.text = stdin  # read once: the command here writes the same text
        return None
    sys.stdout.write(answer.out)
    sys.stderr.write(answer.err)
    return answer.code


def _is_text(path: Path) -> bool:
    """False for a name holding bytes that are not text (an argument that is not UTF-8)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _print_any_file_name() -> None:
    """Print a file name that is not UTF-8 as the bytes it is (as ``ls`` does), never fail.

    Python reads such a name from the command line with its odd bytes as lone surrogates;
    written back with ``surrogateescape`` they become those bytes again.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="surrogateescape")


def main(argv: Sequence[str] | None = None, *, kdf_policy: KdfPolicy | None = None) -> int:
    """Run one command and return its exit code; errors become one line on stderr.

    Words follow ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``; the desktop app then applies
    its own language setting, if one is chosen. ``kdf_policy`` is the product's unless a test
    gives its own.
    """
    if argv is None:  # the program as started (tests call main with their arguments)
        hardening.harden()  # before any secret is typed: no core dumps, no debugger
    _print_any_file_name()
    i18n.install_from_environment()
    cli_words.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from diary.selftest import run as self_test

        return self_test()
    if getattr(args, "handler", None) is None:
        return start_app(args)
    if args.demo:
        parser.error(_("--demo opens the desktop app; leave out the command"))
    if args.minimised:
        parser.error(_("--minimised starts the desktop app; leave out the command"))
    answered = _ask_open_app(args, argv)
    if answered is not None:
        return answered
    from diary.commands.run import run

    if kdf_policy is None:
        from diary.storage.kdf import PRODUCT_POLICY

        kdf_policy = PRODUCT_POLICY
    code = run(args, kdf_policy)
    if argv is None:
        leave(code)
    return code


def leave(code: int) -> int:
    """End the program as soon as its words are out; return only if they cannot be flushed.

    By now the command has closed and locked the diary (the seal synced, the lock given back)
    and every file it wrote went through ``atomic_write``: what is left of a normal exit is
    tearing down every module and object one by one, about 50 ms with SQLAlchemy loaded, for
    nothing the user sees. A flush that fails (a closed pipe, a full disk) is left to Python's
    own exit, which reports it as before.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - Python's exit reports it in its usual way
        return code
    os._exit(code)
