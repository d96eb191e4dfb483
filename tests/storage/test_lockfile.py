"""The lock file is a plain file of its own: never a link followed, never a folder, said plainly.

The cases where the folder refuses writes are simulated here by an ``os.open`` (patched for
the length of the test) that answers OSError(EACCES) or OSError(EROFS) to an open for writing
or creating, as a read-only folder or file system does for any user but root (root ignores
file modes, so a real chmod proves nothing when the suite runs as root);
tests/storage/test_read_only.py runs the same cases for real, as a user without root's
file-mode powers.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import PASSPHRASE, Cli
from diary.storage import lockfile
from diary.storage.errors import Code, DiaryInUse, LockFileUnusable, SaveFailed
from diary.storage.kdf import TEST_POLICY
from diary.storage.lockfile import DiaryLock
from diary.storage.vault import Vault

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and file modes")


def locked_elsewhere(path: Path) -> bool:
    """True if another open file description cannot take an exclusive lock on ``path``."""
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def refuse_creating(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Simulate a read-only folder: opening the lock with O_CREAT or for writing fails."""
    real_open = os.open

    def fake_open(path: str | Path, flags: int, mode: int = 0o777) -> int:
        if flags & (os.O_CREAT | os.O_RDWR | os.O_WRONLY):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(lockfile.os, "open", fake_open)


# A folder, a link, a FIFO in its place ---------------------------------------------------------


def test_a_folder_in_place_of_the_lock_is_named(tmp_path: Path) -> None:
    path = tmp_path / "diary.lock"
    path.mkdir()
    with pytest.raises(LockFileUnusable) as caught:
        DiaryLock(path).acquire()
    assert caught.value.code == Code.LOCK_NOT_A_FILE
    assert str(path) in str(caught.value) and "folder" in str(caught.value)
    assert path.is_dir()  # left as it was


@pytest.mark.parametrize("target_exists", [True, False])
def test_a_symlinked_lock_is_refused_and_never_followed(
    tmp_path: Path, target_exists: bool
) -> None:
    target = tmp_path / "elsewhere" / "precious.txt"
    target.parent.mkdir()
    if target_exists:
        target.write_bytes(b"not Hearth's")
    path = tmp_path / "diary.lock"
    path.symlink_to(target)
    with pytest.raises(LockFileUnusable) as caught:
        DiaryLock(path).acquire()
    assert caught.value.code == Code.LOCK_IS_LINK and str(path) in str(caught.value)
    assert path.is_symlink()
    if target_exists:
        assert target.read_bytes() == b"not Hearth's"
        assert not locked_elsewhere(target)  # nothing was locked through the link
    else:
        assert not target.exists()  # no file was made through the link


def test_a_link_swapped_in_after_the_check_is_still_not_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """O_NOFOLLOW, not only the lstat check: the open itself refuses the link."""
    target = tmp_path / "made-through-the-link"
    path = tmp_path / "diary.lock"
    path.symlink_to(target)

    def nothing_there(_path: object) -> os.stat_result:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory")

    monkeypatch.setattr(lockfile.os, "lstat", nothing_there)
    with pytest.raises(LockFileUnusable) as caught:
        DiaryLock(path).acquire()
    assert caught.value.code == Code.LOCK_IS_LINK
    assert not target.exists()


def test_a_fifo_in_place_of_the_lock_is_refused_without_hanging(tmp_path: Path) -> None:
    path = tmp_path / "diary.lock"
    os.mkfifo(path)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(DiaryLock(path).acquire, outcome))
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "opening the lock hung on a FIFO"
    assert isinstance(outcome[0], LockFileUnusable)
    assert outcome[0].code == Code.LOCK_NOT_A_FILE


def _catch(call: Callable[[], None], into: list[BaseException]) -> None:
    try:
        call()
    except BaseException as error:  # noqa: BLE001 - handed to the test
        into.append(error)


def test_unlock_names_the_folder_in_place_of_the_lock(diary_dir: Path) -> None:
    """What the app's unlock window shows (``str(error)`` of a StorageError)."""
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    (diary_dir / "diary.lock").unlink()
    (diary_dir / "diary.lock").mkdir()
    with Vault(diary_dir, TEST_POLICY) as vault, pytest.raises(LockFileUnusable) as caught:
        vault.unlock(PASSPHRASE)
    assert str(diary_dir / "diary.lock") in str(caught.value)


@pytest.mark.parametrize("kind", ["folder", "link"])
def test_the_command_line_says_what_is_in_place_of_the_lock(
    cli: Cli, tmp_path: Path, kind: str
) -> None:
    assert cli("init").code == 0
    lock = cli.folder / "diary.lock"
    lock.unlink()
    if kind == "folder":
        lock.mkdir()
    else:
        lock.symlink_to(tmp_path / "somewhere")
    result = cli("list")
    assert result.code == 1
    assert str(lock) in result.err and "Something went wrong" not in result.err
    assert result.err.count("\n") == 1
    assert not (tmp_path / "somewhere").exists()


# A folder that refuses writes (simulated: see the module's docstring) -----------------------


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS])
def test_an_existing_lock_is_held_through_a_read_only_descriptor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    path = tmp_path / "diary.lock"
    path.touch()
    refuse_creating(monkeypatch, code)
    lock = DiaryLock(path)
    lock.acquire(may_be_missing=True)
    assert lock.held and not lock.missing
    assert locked_elsewhere(path)
    with pytest.raises(DiaryInUse):
        DiaryLock(path).acquire(may_be_missing=True)
    lock.release()
    assert not locked_elsewhere(path)


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS])
def test_no_lock_file_in_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    path = tmp_path / "diary.lock"
    refuse_creating(monkeypatch, code)
    reader = DiaryLock(path)
    reader.acquire(may_be_missing=True)  # reading may go on without one
    assert reader.missing and not reader.held
    with pytest.raises(SaveFailed) as caught:
        DiaryLock(path).acquire()  # writing may not
    assert caught.value.code == Code.FOLDER_NOT_WRITABLE
    assert str(tmp_path) in str(caught.value) and os.strerror(code) in str(caught.value)
    assert not path.exists()


def test_any_other_failure_to_open_the_lock_is_said_with_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: str | Path, flags: int, mode: int = 0o777) -> int:
        raise OSError(errno.EIO, os.strerror(errno.EIO), str(path))

    monkeypatch.setattr(lockfile.os, "open", broken)
    path = tmp_path / "diary.lock"
    with pytest.raises(LockFileUnusable) as caught:
        DiaryLock(path).acquire()
    assert caught.value.code == Code.LOCK_UNUSABLE
    assert str(path) in str(caught.value) and os.strerror(errno.EIO) in str(caught.value)
