"""The open app serves ``diary`` commands: same answers, no passphrase, only for the same user."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import socket
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from diary import served
from diary.cli import _serve_command, main
from diary.served import Answer, CommandServer, Request
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

pytestmark = pytest.mark.skipif(not served.supported(), reason="no local sockets here")

WRITE_X = ("write", "--date", "2026-11-20", "--text", "x")


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short private runtime folder (a socket's path has at most 108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="hs", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


class App:
    """What the desktop app does, without a window: an unlocked diary and its server."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.locked = False
        self.executed = 0
        self.saved = 0
        self.save_ok = True
        self.server = CommandServer(
            vault.files.folder,
            self.execute,
            before_write=self.before_write,
            after_write=lambda: None,
        )

    def opened(self) -> tuple[Vault, object] | None:
        return None if self.locked else (self.vault, self.vault.repository)

    def execute(self, request: Request) -> Answer:
        self.executed += 1
        answer: Answer = _serve_command(request, opened=self.opened, policy=TEST_POLICY)
        return answer

    def before_write(self) -> bool:
        self.saved += 1
        return self.save_ok


@pytest.fixture
def app(vault: Vault) -> Iterator[App]:
    running = App(vault)
    running.server.start()
    yield running
    running.server.stop()


def diary(folder: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``diary`` as typed in a terminal: no passphrase file, no terminal to ask on."""
    capsys.readouterr()
    code = main(["--data-dir", str(folder), *args], kdf_policy=TEST_POLICY)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_open_app_answers_without_a_passphrase(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = app.vault.files.folder
    code, _out, err = diary(
        folder, "write", "--date", "2026-11-20", "--mood", "7", "--text", "Tea", capsys=capsys
    )
    assert code == 0, err
    assert app.saved == 1, "the app saves its own edits before a command writes"
    code, out, _err = diary(folder, "show", "--date", "2026-11-20", "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["entry"]["text"] == "Tea"
    assert app.executed == 2
    served_text = diary(folder, "show", "--date", "2026-11-20", capsys=capsys)[1]
    code, _out, err = diary(folder, "show", "--date", "2099-01-01", capsys=capsys)
    served_error = (code, err)

    app.server.stop()
    app.vault.close()  # the command now unlocks the diary itself, with the same words
    secret = folder.parent / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    unlocking = ("--passphrase-file", str(secret), "show", "--date")
    local = diary(folder, *unlocking, "2026-11-20", capsys=capsys)
    assert local[1] == served_text
    local_error = diary(folder, *unlocking, "2099-01-01", capsys=capsys)
    assert (local_error[0], local_error[2]) == served_error


def test_text_from_stdin_and_paths_from_the_callers_folder(
    app: App, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = app.vault.files.folder
    monkeypatch.setattr(sys, "stdin", io.StringIO("Línea uno\nline two\n"))
    assert diary(folder, "write", "--date", "2026-11-21", "--text", "-", capsys=capsys)[0] == 0
    entry = app.vault.repository.entry(dt.date(2026, 11, 21))
    assert entry is not None and entry.text == "Línea uno\nline two\n"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, _out, err = diary(folder, "export", "json", "out.json", capsys=capsys)
    assert code == 0 and "NOT encrypted" in err
    written = elsewhere / "out.json"
    assert "Línea uno" in written.read_text(encoding="utf-8")
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def test_a_locked_app_leaves_the_command_to_unlock_itself(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    app.locked = True
    code, _out, err = diary(app.vault.files.folder, "show", "--date", "2026-11-20", capsys=capsys)
    assert code == 1 and "no terminal to ask for the passphrase" in err


def test_commands_that_ask_for_a_passphrase_are_never_sent(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = diary(app.vault.files.folder, "passphrase", "change", capsys=capsys)
    assert code == 1 and "no terminal" in err
    assert app.executed == 0


def test_a_write_the_window_could_not_save_for_runs_by_itself(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    app.save_ok = False
    code, _out, err = diary(
        app.vault.files.folder, "write", "--date", "2026-11-20", "--text", "x", capsys=capsys
    )
    assert code == 1 and "no terminal" in err and app.executed == 0


def test_a_stale_socket_is_passed_over_and_replaced(
    vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    path = served.socket_path(vault.files.folder)
    path.parent.mkdir(mode=0o700)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(str(path))
    crashed.close()  # the socket file stays, nobody listens: a crashed app
    code, _out, err = diary(vault.files.folder, "list", capsys=capsys)
    assert code == 1 and "no terminal" in err
    app = App(vault)
    app.server.start()
    try:
        assert diary(vault.files.folder, "list", capsys=capsys)[0] == 0
    finally:
        app.server.stop()
    assert not path.exists()


def test_a_second_app_does_not_take_over_a_live_socket(app: App) -> None:
    with pytest.raises(served.ServeError, match="already serves"):
        CommandServer(app.vault.files.folder, app.execute).start()
    assert app.server.running


def test_a_folder_open_to_others_is_refused(vault: Vault, runtime_dir: Path) -> None:
    folder = served.socket_folder()
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with pytest.raises(served.ServeError, match="open to other users"):
        CommandServer(vault.files.folder, lambda _r: Answer(0)).start()
    request = Request(argv=["list"], cwd="/")
    assert served.ask_app(vault.files.folder, "everyday:cmd_list", request) is None


def test_another_users_process_gets_nothing(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    app.server.uid = os.getuid() + 1  # as if the caller were someone else
    code, _out, err = diary(app.vault.files.folder, "list", capsys=capsys)
    assert code == 1 and "no terminal" in err, "unanswered: the command runs by itself"
    assert app.executed == 0


@pytest.mark.skipif(os.geteuid() != 0 or not hasattr(os, "fork"), reason="needs root to setuid")
def test_a_real_process_of_another_user_cannot_reach_the_socket(app: App) -> None:
    path = served.socket_path(app.vault.files.folder)
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read)
        try:
            os.setgid(65534)
            os.setuid(65534)
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.connect(str(path))
                os.write(write, b"connected")
            except PermissionError:
                os.write(write, b"refused")
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        said = pipe.read()
    os.waitpid(child, 0)
    assert said == b"refused"
    assert app.executed == 0


def test_an_app_that_dies_mid_command(vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    """It took the command and hung up: a read runs again by itself, a write says so."""
    path = served.socket_path(vault.files.folder)
    path.parent.mkdir(mode=0o700)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    listener.listen(4)

    def die_on_each() -> None:
        for _ in range(2):
            conn, _address = listener.accept()
            conn.recv(4)  # the request arrives, then the app is gone
            conn.close()

    dying = threading.Thread(target=die_on_each, daemon=True)
    dying.start()
    try:
        code, _out, err = diary(vault.files.folder, "list", capsys=capsys)
        assert code == 1 and "no terminal" in err  # read again, by itself
        code, _out, err = diary(
            vault.files.folder, "write", "--date", "2026-11-20", "--text", "x", capsys=capsys
        )
        assert code == 1 and "may or may not have been saved" in err
    finally:
        dying.join(timeout=5)
        listener.close()


def test_a_caller_that_dies_mid_command_leaves_the_app_serving(
    app: App, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(served.socket_path(app.vault.files.folder))
    half = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    half.connect(path)
    half.sendall(b'\x00\x00\x01\x00{"v": 1')  # a frame cut short
    half.close()
    gone = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    gone.connect(path)
    request = {"v": 1, "handler": "everyday:cmd_list", "argv": ["list"], "cwd": "/"}
    data = json.dumps(request).encode()
    gone.sendall(len(data).to_bytes(4, "big") + data)
    gone.close()  # before the answer
    assert diary(app.vault.files.folder, "list", capsys=capsys)[0] == 0
    assert app.server.running


def test_stop_removes_the_socket(app: App) -> None:
    path = served.socket_path(app.vault.files.folder)
    assert stat.S_ISSOCK(path.lstat().st_mode)
    assert stat.S_IMODE(path.lstat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.lstat().st_mode) == 0o700
    app.server.stop()
    assert not path.exists() and not app.server.running


def test_without_a_runtime_folder_the_sockets_live_in_the_temporary_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The app and the command line agree on the folder as tempfile would find it."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.delenv(name, raising=False)
    uid = os.getuid()
    assert served.socket_folder() == Path("/tmp") / f"hearth-{uid}"
    monkeypatch.setenv("TMP", str(tmp_path / "missing"))  # not a folder: passed over
    assert served.socket_folder() == Path("/tmp") / f"hearth-{uid}"
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert served.socket_folder() == tmp_path / f"hearth-{uid}"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    assert served.socket_folder() == tmp_path / "run" / f"hearth-{uid}"
