"""A diary whose folder or database cannot be written opens for reading; writes refuse plainly.

Root ignores file modes, so a chmod alone proves nothing when the suite runs as root. The
tests marked ``real`` below run the command line in a child process WITHOUT root's file-mode
powers: as root, the child runs under ``setpriv`` with CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
and CAP_FOWNER dropped from its bounding set (so the owner's mode bits apply to it, as to any
user); as another user, it simply runs as that user. They are skipped where neither can be
arranged. The ``simulated`` ones run in-process and make Python's OS calls answer as on a read-only
file system, for the length of the test: ``os.access(..., W_OK)`` is False (as with EROFS) and
``os.open`` for writing or creating raises OSError(EROFS). SQLite's own file calls are not
patched and the folder stays writable to them, so these tests also prove that reading writes
nothing at all in or beside the database.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import diary
from conftest import PASSPHRASE
from diary.domain.models import Entry
from diary.storage import lockfile
from diary.storage import vault as vault_module
from diary.storage.errors import Code, DiaryReadOnly, SaveFailed
from diary.storage.kdf import TEST_POLICY
from diary.storage.migrations import LATEST_VERSION
from diary.storage.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")

DAY = dt.date(2026, 3, 14)
CHILD = (
    "import sys; from diary.cli import main; from diary.storage.kdf import TEST_POLICY; "
    "sys.exit(main(sys.argv[1:], kdf_policy=TEST_POLICY))"
)
WITHOUT_ROOT_POWERS = [
    "setpriv",
    "--bounding-set=-dac_override,-dac_read_search,-fowner",
    "--",
]


def make_diary(folder: Path, *days: dt.date) -> None:
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        for day in days:
            vault.repository.save_entry(Entry(day, mood=6, text=f"Tea on {day}"))


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of the folder and a digest of its bytes."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


# Real: a child process without root's powers over file modes ---------------------------------


@pytest.fixture
def as_a_user(tmp_path: Path) -> list[str]:
    """The command prefix that runs a child bound by file modes (see the module docstring)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file modes cannot be made to apply")
    probe = tmp_path / "probe"
    probe.mkdir(mode=0o500)
    tried = subprocess.run(
        [*WITHOUT_ROOT_POWERS, "touch", str(probe / "x")], capture_output=True, check=False
    )
    probe.chmod(0o700)
    if tried.returncode == 0 or tried.returncode > 1:
        pytest.skip("setpriv cannot drop root's file-mode powers here")
    return WITHOUT_ROOT_POWERS


@pytest.fixture
def read_only_folder(diary_dir: Path) -> Iterator[Path]:
    """A diary of two days; the test makes it read-only, and it is writable again after."""
    make_diary(diary_dir, DAY, DAY + dt.timedelta(days=1))
    yield diary_dir
    diary_dir.chmod(0o700)
    for path in diary_dir.iterdir():
        path.chmod(0o600)


def make_read_only(folder: Path) -> None:
    for path in folder.iterdir():
        path.chmod(0o400)
    folder.chmod(0o500)


def run_cli(
    prefix: list[str], folder: Path, tmp_path: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    passphrase.chmod(0o644)
    env = dict(
        os.environ,
        PYTHONIOENCODING="utf-8",
        PYTHONDONTWRITEBYTECODE="1",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(Path(diary.__file__).parent.parent),
    )
    command = [*prefix, sys.executable, "-c", CHILD, "--data-dir", str(folder)]
    return subprocess.run(
        [*command, "--passphrase-file", str(passphrase), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("with_lock_file", [True, False])
def test_real_a_read_only_diary_reads_and_refuses_writes(
    as_a_user: list[str], read_only_folder: Path, tmp_path: Path, with_lock_file: bool
) -> None:
    folder = read_only_folder
    if not with_lock_file:
        (folder / "diary.lock").unlink()
    make_read_only(folder)
    before = snapshot(folder)

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(as_a_user, folder, tmp_path, *args)

    shown = cli("show", "--date", DAY.isoformat(), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["entry"]["text"] == f"Tea on {DAY}"
    listed = cli("list")
    assert listed.returncode == 0 and listed.stdout.count("mood 6") == 2
    found = cli("search", "Tea")
    assert found.returncode == 0 and DAY.isoformat() in found.stdout
    stats = cli("stats", "--month", f"{DAY:%Y-%m}", "--json")
    assert stats.returncode == 0 and json.loads(stats.stdout)["logged_days"] == 2
    checked = cli("check")
    assert checked.returncode == 0 and "healthy" in checked.stdout

    for write in (
        ["write", "--date", DAY.isoformat(), "--mood", "2"],
        ["person", "add", "Ana"],
        ["passphrase", "change", "--new-passphrase-file", str(tmp_path / "passphrase.txt")],
    ):
        refused = cli(*write)
        assert refused.returncode == 1, write
        assert "can only be read" in refused.stderr and "Something went wrong" not in refused.stderr
        assert refused.stderr.count("\n") == 1
    assert snapshot(folder) == before  # nothing written, nothing made beside it


@pytest.mark.slow
def test_real_changes_waiting_in_the_wal(
    as_a_user: list[str], read_only_folder: Path, tmp_path: Path
) -> None:
    """A copy taken while the diary was open: its latest save is still in the -wal file."""
    copy = tmp_path / "copy"
    with Vault(read_only_folder, TEST_POLICY) as vault:
        vault.unlock(PASSPHRASE).save_entry(Entry(DAY, mood=2, text="the latest words"))
        shutil.copytree(read_only_folder, copy)
    assert (copy / "diary.db-wal").stat().st_size > 0
    without_shm = tmp_path / "without-shm"
    shutil.copytree(copy, without_shm)
    (without_shm / "diary.db-shm").unlink()
    try:
        make_read_only(copy)
        shown = run_cli(as_a_user, copy, tmp_path, "show", "--date", DAY.isoformat(), "--json")
        assert shown.returncode == 0, shown.stderr  # read through the existing -shm
        assert json.loads(shown.stdout)["entry"]["text"] == "the latest words"

        make_read_only(without_shm)
        refused = run_cli(as_a_user, without_shm, tmp_path, "list")
        assert refused.returncode == 1
        assert str(without_shm / "diary.db-wal") in refused.stderr
        assert "latest changes" in refused.stderr
    finally:
        for folder in (copy, without_shm):
            folder.chmod(0o700)


@pytest.mark.slow
def test_real_no_diary_is_created_in_a_read_only_folder(
    as_a_user: list[str], tmp_path: Path
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir(mode=0o500)
    try:
        result = run_cli(as_a_user, folder, tmp_path, "init")
    finally:
        folder.chmod(0o700)
    assert result.returncode == 1
    assert f"Hearth cannot write in {folder}" in result.stderr
    assert list(folder.iterdir()) == []


# Simulated: a read-only file system (see the module docstring) ---------------------------------


def patch_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """``access`` and the lock's create answer as on a file system mounted read-only."""
    real_access, real_open = os.access, os.open

    def access(path: str | Path, mode: int, **kwargs: bool) -> bool:
        return False if mode & os.W_OK else real_access(path, mode, **kwargs)

    def open_(path: str | Path, flags: int, mode: int = 0o777) -> int:
        if flags & (os.O_CREAT | os.O_RDWR | os.O_WRONLY):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(vault_module.os, "access", access)
    monkeypatch.setattr(lockfile.os, "open", open_)


def test_simulated_read_only_unlock_reads_and_writes_nothing(
    read_only_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patch_read_only(monkeypatch)
    before = snapshot(read_only_folder)
    with Vault(read_only_folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        assert vault.read_only
        entry = repo.entry(DAY)
        assert entry is not None and entry.text == f"Tea on {DAY}"
        assert len(repo.days(DAY, DAY + dt.timedelta(days=1))) == 2
        assert repo.integrity_problems() == []
        with pytest.raises(DiaryReadOnly) as caught:
            repo.save_entry(Entry(DAY, mood=1))
        assert caught.value.code == Code.READ_ONLY
        with pytest.raises(DiaryReadOnly):
            vault.change_passphrase("another passphrase")
        assert snapshot(read_only_folder) == before  # not even a -shm or -wal file
    with Vault(read_only_folder, TEST_POLICY) as vault:
        assert vault.unlock(PASSPHRASE).entry(DAY) == entry  # the refused save changed nothing


def test_simulated_read_only_diary_of_an_older_schema_is_refused_plainly(
    read_only_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It would need updating before it can be read, and cannot be updated."""
    with Vault(read_only_folder, TEST_POLICY) as vault:  # one version older, written first
        repo = vault.unlock(PASSPHRASE)
        with repo._engine.begin() as conn:  # noqa: SLF001 - no public way to age a diary
            conn.exec_driver_sql(f"PRAGMA user_version = {LATEST_VERSION - 1}")
    patch_read_only(monkeypatch)
    with Vault(read_only_folder, TEST_POLICY) as vault, pytest.raises(DiaryReadOnly) as caught:
        vault.unlock(PASSPHRASE)
    assert caught.value.code == Code.READ_ONLY_OLD_SCHEMA
    assert str(LATEST_VERSION - 1) in str(caught.value)


def test_simulated_create_in_a_read_only_folder(
    diary_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    diary_dir.mkdir()
    monkeypatch.setattr(vault_module.os, "access", lambda *_a, **_k: False)
    with Vault(diary_dir, TEST_POLICY) as vault, pytest.raises(SaveFailed) as caught:
        vault.create(PASSPHRASE)
    assert caught.value.code == Code.FOLDER_NOT_WRITABLE
    assert str(diary_dir) in str(caught.value)
    assert list(diary_dir.iterdir()) == []
