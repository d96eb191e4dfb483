"""Exit codes and one-line messages of ``diary`` for wrong, damaged, busy and missing inputs.

0 success; 1 bad input; 3 wrong passphrase; 4 damaged or tampered data; 5 in use elsewhere.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from conftest import PASSPHRASE, Cli, CliResult
from diary.cli import main
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

PAGE = 4096


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _one_line(result: CliResult) -> str:
    """The error is a single line on stderr, prefixed, with no traceback and no stdout."""
    assert "Traceback" not in result.err
    assert result.err.startswith("diary: "), result.err
    assert result.err.endswith("\n") and result.err.count("\n") == 1, result.err
    assert result.out == ""
    return result.err


@pytest.fixture
def made(cli: Cli, diary_dir: Path) -> Path:
    """A diary created and written to through the command line."""
    assert cli("init").code == 0
    for day in range(1, 29):
        result = cli(
            "write", "--date", f"2025-02-{day:02d}", "--mood", "6", "--text", "a long day " * 40
        )
        assert result.code == 0, result.err
    assert cli("met", "--date", "2025-02-03", "--mode", "call", "--minutes", "20").code == 0
    return diary_dir


def _passphrase_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x20
    path.write_bytes(bytes(data))


# Success, as the reference for everything else ------------------------------------------------


def test_the_right_passphrase_file_works(cli: Cli, made: Path) -> None:
    listed = cli("list")
    assert listed.code == 0 and listed.err == ""
    assert "2025-02-01" in listed.out
    checked = cli("check")
    assert checked.code == 0, checked.err


# 3: wrong passphrase --------------------------------------------------------------------------


@pytest.mark.parametrize("command", [("list",), ("check",), ("show", "--date", "2025-02-01")])
def test_wrong_passphrase_file_exits_3(
    cli: Cli, made: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    wrong = _passphrase_file(tmp_path, "wrong.txt", b"correct horse battery stapler\n")
    before = _snapshot(made)
    result = cli(*command, passphrase_file=wrong)
    assert result.code == 3
    assert "passphrase" in _one_line(result).lower()
    assert PASSPHRASE not in result.err
    assert _snapshot(made) == before


@pytest.mark.parametrize("data", [b"", b"\n", b"\r\n", b"\xef\xbb\xbf"], ids=repr)
def test_empty_passphrase_file_exits_3(cli: Cli, made: Path, tmp_path: Path, data: bytes) -> None:
    empty = _passphrase_file(tmp_path, "empty.txt", data)
    before = _snapshot(made)
    result = cli("list", passphrase_file=empty)
    assert result.code == 3
    assert "empty" in _one_line(result)
    assert _snapshot(made) == before


def test_non_ascii_passphrase_file_in_either_normal_form(
    cli: Cli, diary_dir: Path, tmp_path: Path
) -> None:
    secret = "пароль-ключ-é"
    nfd = _passphrase_file(tmp_path, "nfd.txt", unicodedata.normalize("NFD", secret).encode())
    nfc = _passphrase_file(
        tmp_path, "nfc.txt", b"\xef\xbb\xbf" + unicodedata.normalize("NFC", secret).encode()
    )
    assert cli("init", passphrase_file=nfd).code == 0
    assert cli("list", passphrase_file=nfc).code == 0
    assert cli("list", passphrase_file=nfd).code == 0
    assert cli("list").code == 3


# 4: damaged files -----------------------------------------------------------------------------


@pytest.mark.parametrize("offset", [0, 9, 20, -1])
def test_damaged_key_file_exits_4(cli: Cli, made: Path, offset: int) -> None:
    keys = made / "diary.keys"
    _flip(keys, offset % keys.stat().st_size)
    before = _snapshot(made)
    for command in ("list", "check"):
        result = cli(command)
        assert result.code == 4
        assert "damaged" in _one_line(result)
    assert _snapshot(made) == before


def test_truncated_key_file_exits_4(cli: Cli, made: Path) -> None:
    keys = made / "diary.keys"
    keys.write_bytes(keys.read_bytes()[:50])
    result = cli("list")
    assert result.code == 4
    _one_line(result)


@pytest.mark.parametrize("offset", [0, 15, 2000, PAGE - 1])
def test_damaged_first_page_exits_4_for_list_and_check(cli: Cli, made: Path, offset: int) -> None:
    _flip(made / "diary.db", offset)
    before = _snapshot(made)
    for command in ("list", "check"):
        result = cli(command)
        assert result.code == 4, (command, result)
        assert "damaged" in _one_line(result)
    assert _snapshot(made) == before


def test_damaged_last_page_exits_4_for_check(cli: Cli, made: Path) -> None:
    db = made / "diary.db"
    _flip(db, db.stat().st_size - 1000)
    before = _snapshot(made)
    result = cli("check")
    assert result.code == 4
    assert "Traceback" not in result.err and result.err.startswith("diary: ")
    assert "page" in result.err and "backup" in result.err
    assert "Healthy" not in result.out and "healthy" not in result.out
    assert _snapshot(made) == before


def test_truncated_database_exits_4(cli: Cli, made: Path) -> None:
    db = made / "diary.db"
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    for command in ("list", "check"):
        result = cli(command)
        assert result.code == 4, (command, result)
        _one_line(result)


def test_damaged_database_error_is_one_line_at_the_file_descriptor_level(
    diary_dir: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    # What a user running ``diary list`` in a terminal sees, C libraries included.
    with Vault(diary_dir, TEST_POLICY) as new:
        new.create(PASSPHRASE)
    _flip(diary_dir / "diary.db", 100)
    secret = _passphrase_file(tmp_path, "secret.txt", PASSPHRASE.encode())
    capfd.readouterr()
    argv = ["--data-dir", str(diary_dir), "--passphrase-file", str(secret), "list"]
    assert main(argv, kdf_policy=TEST_POLICY) == 4
    err = capfd.readouterr().err
    assert err.startswith("diary: ") and err.count("\n") == 1, err


# 5: in use ------------------------------------------------------------------------------------


def test_diary_in_use_exits_5(cli: Cli, made: Path) -> None:
    holder = Vault(made, TEST_POLICY)
    holder.unlock(PASSPHRASE)
    try:
        before = _snapshot(made)
        for command in (
            ("list",),
            ("check",),
            ("write", "--date", "2025-03-01", "--text", "from the other copy"),
        ):
            result = cli(*command)
            assert result.code == 5, (command, result)
            assert "open" in _one_line(result)
        assert _snapshot(made) == before
        assert holder.repository.entry(dt.date(2025, 3, 1)) is None
    finally:
        holder.close()
    assert cli("list").code == 0


def test_in_use_wins_over_a_wrong_passphrase(cli: Cli, made: Path, tmp_path: Path) -> None:
    # The busy diary is reported as busy before any passphrase is tried.
    wrong = _passphrase_file(tmp_path, "wrong.txt", b"nope\n")
    with Vault(made, TEST_POLICY) as holder:
        holder.unlock(PASSPHRASE)
        assert cli("list", passphrase_file=wrong).code == 5


# 1: unusable passphrase file ------------------------------------------------------------------


def test_missing_passphrase_file_exits_1(cli: Cli, made: Path, tmp_path: Path) -> None:
    result = cli("list", passphrase_file=tmp_path / "no-such-file.txt")
    assert result.code == 1
    assert "no-such-file.txt" in _one_line(result)


def test_unreadable_passphrase_file_exits_1(cli: Cli, made: Path, tmp_path: Path) -> None:
    # A folder cannot be read as a file, even by root (a chmod 000 file can).
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = cli("list", passphrase_file=folder)
    assert result.code == 1
    assert "a-folder" in _one_line(result)


def test_binary_passphrase_file_exits_1(cli: Cli, made: Path, tmp_path: Path) -> None:
    binary = _passphrase_file(tmp_path, "binary.bin", b"\xff\xfe\x00secret\x80\n")
    result = cli("list", passphrase_file=binary)
    assert result.code == 1
    assert "UTF-8" in _one_line(result)


def test_no_diary_yet_exits_1(cli: Cli) -> None:
    result = cli("list")
    assert result.code == 1
    assert "diary init" in _one_line(result)
