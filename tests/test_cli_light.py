"""The command line's light start: one command's options, the modules it uses, the same answers.

``diary.cli`` builds each command's options only when that command runs (``CommandParser``),
and the read commands import neither the domain models nor anything else they do not use. What
the user sees must not change: every help page, error and parsed result is the fully built
parser's, and ``list --json`` counted in SQL is what the repository's days give.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from diary import cli
from diary.commands.base import CliError, parse_month
from diary.domain.models import Entry, Gratitude, Interaction, Mode
from diary.domain.sample import generate
from diary.formats import records
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

COMMANDS = (
    "init demo write met person show list search passphrase check backup stats chart report "
    "checkin reach-out export import"
).split()
NESTED = (
    [["person", a] for a in ("add", "list", "show", "merge", "delete")]
    + [["passphrase", "change"], ["passphrase", "recover"]]
    + [["backup", a] for a in ("export", "verify", "restore")]
    + [["checkin", "who5"], ["checkin", "ucla3"]]
)


def _parsed(parser_of: object, argv: list[str]) -> tuple[object, str, str]:
    """What parsing ``argv`` gives: the namespace or exit code, and what was printed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            result: object = sorted(vars(parser_of().parse_args(argv)).items())  # type: ignore[operator]
        except SystemExit as stop:
            result = stop.code
    return result, out.getvalue(), err.getvalue()


def _filled() -> object:
    return cli.build_parser(filled=True)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help"],
        ["shwo"],
        ["nosuch", "--date", "x"],
        ["--data-dir", "show", "list"],
        ["--data", "x", "show", "--date", "2020-01-01"],
        ["--", "show", "--date", "d"],
        ["-h", "show"],
        ["write"],
        ["write", "--date"],
        ["write", "--date", "d", "--company", "x"],
        ["write", "--date", "d", "--tag", "a", "--no-tags"],
        ["met", "--mode", "x"],
        ["person"],
        ["person", "nope"],
        ["show", "--date", "2020-01-01", "--bogus"],
        ["search", "walk", "--json"],
        ["list", "--month", "2025-06", "--tag", "a", "--tag", "b"],
        ["chart", "bad"],
        ["checkin", "who5"],
        ["import", "daylio", "f", "--map", "good=7"],
        *[[name, "--help"] for name in COMMANDS],
        *[[*words, "--help"] for words in NESTED],
    ],
)
def test_every_help_error_and_parse_is_the_fully_built_parsers(argv: list[str]) -> None:
    assert _parsed(cli.build_parser, argv) == _parsed(_filled, argv)


def test_help_lists_every_command_with_its_words() -> None:
    text = cli.build_parser().format_help()
    assert text == cli.build_parser(filled=True).format_help()
    for name in COMMANDS:
        assert f"\n    {name} " in text, name


def test_a_mistyped_command_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.build_parser().parse_args(["serach", "walk"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "invalid choice: 'serach'" in error
    assert all(f"'{name}'" in error for name in COMMANDS)


def test_only_the_command_asked_for_gets_its_options() -> None:
    parser = cli.build_parser()
    parser.parse_args(["search", "walk"])
    commands = next(a for a in parser._actions if a.dest == "command")  # noqa: SLF001
    built = {
        name
        for name, sub in commands.choices.items()
        if any(action.dest == "help" for action in sub._actions)  # noqa: SLF001
    }
    assert built == {"search"}


@pytest.mark.parametrize(
    "value",
    ["2025-06", "2025-6", "2025-1", "2025-10", "2025-13", "2025-00", "2025-011", "0000-01",
     "0001-01", "9999-12", "20256", "12025-01", " 2025-06", "2025-06 ", "2025-06\n", "2025-O6",
     "２０２５-06", "٢٠٢٥-06", "2025-１２", "", "-06"],
)  # fmt: skip
def test_a_month_is_read_as_strptime_reads_it(value: str) -> None:
    try:
        expected: dt.date | None = dt.datetime.strptime(value, "%Y-%m").date()
    except ValueError:
        expected = None
    try:
        got: dt.date | None = parse_month(value)[0]
    except CliError:
        got = None
    assert got == expected


def _diary(folder: Path) -> None:
    """Half a year of sample days, plus days that test the edges of a day's summary."""
    sample = generate(dt.date(2026, 6, 30), years=1, seed=5)
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        repo = vault.repository
        repo.import_records(
            circles=sample.circles,
            people=sample.people,
            entries=sample.entries,
            interactions=sample.interactions,
        )
        repo.save_entry(  # a day after the sample: tags set and in the text, gratitude
            Entry(
                dt.date(2026, 7, 2),
                mood=3,
                feelings=("tired", "calm"),
                gratitude=(Gratitude("tea"), Gratitude("rain")),
                text="Slept #badly, then #Work and #work again",
                tags=("therapy", "Work"),
            )
        )
        repo.add_interaction(  # a day with a contact and no entry
            Interaction(dt.date(2026, 7, 3), Mode.CALL, 25, depth=3, note="#not-a-tag")
        )


def test_list_json_counted_in_sql_is_the_repositorys_days(
    diary_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _diary(diary_dir)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    with Vault(diary_dir, TEST_POLICY) as vault:
        days = vault.unlock(PASSPHRASE).days(dt.date.min, dt.date.max)
    expected = [records.day_summary(day) for day in days]
    assert any(summary["tags"] for summary in expected)
    assert any(summary["company"] for summary in expected)
    assert any(summary["mood"] is None and summary["interactions"] for summary in expected)
    capsys.readouterr()
    folder = ["--data-dir", str(diary_dir), "--passphrase-file", str(secret)]
    assert cli.main([*folder, "list", "--json"], kdf_policy=TEST_POLICY) == 0
    assert json.loads(capsys.readouterr().out) == expected
    assert cli.main([*folder, "list", "--month", "2026-07", "--json"], kdf_policy=TEST_POLICY) == 0
    month = json.loads(capsys.readouterr().out)
    assert month == [s for s in expected if s["date"].startswith("2026-07")]
    assert [s["date"] for s in month][-2:] == ["2026-07-02", "2026-07-03"]
    assert cli.main([*folder, "list", "--month", "1999-01", "--json"], kdf_policy=TEST_POLICY) == 0
    assert capsys.readouterr().out == "[]\n"


def test_the_read_commands_load_only_what_they_use(diary_dir: Path, tmp_path: Path) -> None:
    _diary(diary_dir)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    heavy = (
        "diary.domain.models",
        "diary.domain.vocabulary",
        "diary.storage.writer",
        "diary.storage.repository",
        "diary.formats.records",
        "diary.messages",
        "sqlalchemy",
        "babel",
        "socket",
        "_strptime",
    )
    for command, allowed in (
        (["search", "walk"], ()),
        (["list", "--month", "2026-01", "--json"], ()),
        (["show", "--date", "2026-01-09"], ("diary.domain.models", "diary.domain.vocabulary",
                                            "diary.messages", "babel")),
    ):  # fmt: skip
        script = (
            "import sys\n"
            "from diary.cli import main\n"
            "from diary.storage.kdf import TEST_POLICY\n"
            f"code = main(['--data-dir', {str(diary_dir)!r}, '--passphrase-file', {str(secret)!r},"
            f" *{command!r}], kdf_policy=TEST_POLICY)\n"
            "assert code == 0\n"
            f"print(sorted(m for m in {heavy!r} if m in sys.modules))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
        )
        assert done.returncode == 0, done.stderr
        loaded = json.loads(done.stdout.splitlines()[-1].replace("'", '"'))
        assert set(loaded) <= set(allowed), (command, loaded)
