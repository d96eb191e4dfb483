"""Edges that used to end in "Something went wrong inside Hearth": each now works or says why."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import diary
from conftest import Cli
from diary.cli import main
from diary.commands.base import parse_month
from diary.domain.stats import Definition, day_series


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands read the app's settings; never the developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    return cli


# The last day a date can have ------------------------------------------------------------------


def test_the_last_month_there_is_has_31_days() -> None:
    assert parse_month("9999-12") == (dt.date(9999, 12, 1), dt.date(9999, 12, 31))
    assert parse_month("0001-01") == (dt.date(1, 1, 1), dt.date(1, 1, 31))
    assert parse_month("2028-02") == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))


def test_a_series_can_end_on_9999_12_31() -> None:
    series = day_series([], dt.date(9999, 12, 30), dt.date.max, Definition())
    assert [day.day for day in series] == [dt.date(9999, 12, 30), dt.date(9999, 12, 31)]


@pytest.mark.parametrize(
    "period",
    [["--from", "9999-12-01", "--to", "9999-12-31"], ["--month", "9999-12"]],
)
def test_stats_of_december_9999(ready: Cli, period: list[str]) -> None:
    assert ready("write", "--date", "9999-12-31", "--mood", "6").code == 0
    result = ready("stats", *period, "--json")
    assert result.code == 0, result.err
    numbers = json.loads(result.out)
    assert numbers["period"] == {"from": "9999-12-01", "to": "9999-12-31"}
    assert numbers["logged_days"] == 1 and numbers["unlogged_days"] == 30
    words = ready("stats", *period)
    assert words.code == 0 and "9999-12-01" in words.out and "Something went wrong" not in words.err


def test_list_of_december_9999(ready: Cli) -> None:
    assert ready("write", "--date", "9999-12-31", "--mood", "6").code == 0
    result = ready("list", "--month", "9999-12")
    assert result.code == 0 and "9999-12-31" in result.out


# A data folder whose name is not UTF-8 ---------------------------------------------------------

CHILD = (
    "import sys; from diary.cli import main; from diary.storage.kdf import TEST_POLICY; "
    "sys.exit(main(sys.argv[1:], kdf_policy=TEST_POLICY))"
)
not_utf8_names = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="the file system keeps names as Unicode text"
)


def run_child(tmp_path: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    """The command line in a process whose output is strict UTF-8, as in a UTF-8 locale."""
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("a passphrase\n", encoding="utf-8")
    env = dict(
        os.environ,
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(Path(diary.__file__).parent.parent),
    )
    command: list[str | bytes] = [sys.executable, "-c", CHILD, "--passphrase-file", passphrase]
    return subprocess.run([*command, *args], capture_output=True, env=env, timeout=120, check=False)


@pytest.mark.slow
@not_utf8_names
def test_a_folder_name_that_is_not_utf8_works_and_is_printed_as_it_is(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/\xff-diary"
    created = run_child(tmp_path, "--data-dir", folder, "init")
    assert created.returncode == 0, created.stderr
    assert folder in created.stdout  # the name's own bytes, as ls prints them
    assert os.path.exists(folder + b"/diary.keys")
    wrote = run_child(
        tmp_path, "--data-dir", folder, "write", "--date", "2026-05-01", "--mood", "7"
    )
    assert wrote.returncode == 0, wrote.stderr
    shown = run_child(tmp_path, "--data-dir", folder, "show", "--date", "2026-05-01", "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["entry"]["mood"] == 7
    backup = folder + b"/copy.hearth"
    saved = run_child(tmp_path, "--data-dir", folder, "backup", "export", backup)
    assert saved.returncode == 0, saved.stderr
    assert backup in saved.stdout and os.path.getsize(backup) > 0
    missing = run_child(tmp_path, "--data-dir", folder + b"/nothing", "list")
    assert missing.returncode == 1 and folder + b"/nothing" in missing.stderr
    assert b"Something went wrong" not in missing.stderr


@not_utf8_names
def test_the_desktop_app_refuses_such_a_folder_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt keeps names as Unicode text and would show (and use) another folder."""
    monkeypatch.setitem(sys.modules, "diary.app", None)  # Qt must not even be loaded
    folder = os.fsdecode(os.fsencode(tmp_path) + b"/\xff-diary")
    assert main(["--data-dir", folder]) == 1
    err = capsys.readouterr().err
    assert "not valid text" in err and "\\xff-diary" in err
    assert "cannot start here" not in err  # the import was never tried
