"""The open app serves the command line: ``diary`` commands run in it, with no key derivation.

While the desktop app has the diary unlocked, and only if the user turned it on in Settings, it
listens on a local socket; ``diary show``, ``diary write`` and the other everyday commands are
sent there and answered from the open diary in milliseconds, instead of spending half a second
deriving the key again. When the app is locked or closed, the socket is gone and the command
unlocks the diary itself, as always.

Who can ask: the socket lives in a folder only the user can enter (``$XDG_RUNTIME_DIR/hearth-UID``
or the temporary folder's ``hearth-UID``, mode 0700, owned by the user, never a symlink), is
itself mode 0600, and the app checks every caller's user id from the kernel (``SO_PEERCRED``,
``LOCAL_PEERCRED`` on macOS) before it reads a byte. So only processes of the same user reach
it — which is the whole threat model: a process of the same user can then read and write the
diary while it is unlocked, without the passphrase. That is why it is off by default
(docs/security.md). Windows has no such socket here; the switch is then not offered.

The protocol is one request and one answer per connection, each a 4-byte length and UTF-8 JSON.
``socket`` and ``json`` are imported where a connection is made: a command with no app to ask
(no socket file) finds that out without loading them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    import socket

    from diary.storage.kdf import KdfPolicy
    from diary.storage.repository import Repository
    from diary.storage.vault import Vault

PROTOCOL = 1
MAX_FRAME = 64 * 1024 * 1024
"""The longest request or answer (a month's JSON or the text of ``write -`` fit easily)."""
CONNECT_TIMEOUT_S = 0.5
ANSWER_TIMEOUT_S = 120.0
"""How long a command waits for the app (a long statistics run, a busy app) before giving up."""
REQUEST_TIMEOUT_S = 5.0
"""How long the app waits for a connected caller's request before hanging up."""
POLL_S = 0.2

WRITES = frozenset(
    {
        "everyday:cmd_write",
        "everyday:cmd_met",
        "everyday:cmd_person_add",
        "people:cmd_person_merge",
        "people:cmd_person_delete",
        "people:cmd_checkin_who5",
        "people:cmd_checkin_ucla3",
    }
)
"""Served commands that change the diary: the app saves its own edits first, reloads after."""
READS = frozenset(
    {
        "everyday:cmd_show",
        "everyday:cmd_list",
        "everyday:cmd_search",
        "everyday:cmd_person_list",
        "people:cmd_person_show",
        "people:cmd_reach_out",
        "insights:cmd_stats",
        "insights:cmd_chart",
        "insights:cmd_report",
        "transfer:cmd_export",
    }
)
SERVED = WRITES | READS
"""What the app answers. The rest (init, passphrase, backups, imports, check) always unlock
the diary themselves: they ask for a passphrase on purpose, or need the diary to themselves."""


def supported() -> bool:
    """Local sockets with the caller's user id from the kernel: Linux and macOS."""
    if sys.platform not in ("linux", "darwin"):
        return False
    import socket

    return hasattr(socket, "AF_UNIX")


class ServeError(Exception):
    """The socket's folder is not safe to use (someone else's, a symlink, open to others)."""


class Request(NamedTuple):
    """One command as typed: its arguments, the folder it was typed in, and ``write -``'s text."""

    argv: list[str]
    cwd: str
    stdin: str | None = None


class Answer(NamedTuple):
    """What the command printed and its exit code."""

    code: int
    out: str = ""
    err: str = ""


Execute = Callable[[Request], Answer]
Opened = Callable[[], "tuple[Vault, Repository] | None"]
"""The app's open diary, or None once it is locked (called on the server's thread)."""


class ServeCommand(Protocol):
    """Answers one request from the open diary (``diary.commands.served.execute``, bound)."""

    def __call__(self, request: Request, *, opened: Opened, policy: KdfPolicy) -> Answer:
        """Run the request's command; code -1 when it should run by itself."""
        ...


# Where the socket is ---------------------------------------------------------------------------


def socket_folder() -> Path:
    """The user's own folder for Hearth's sockets (not created here)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime):
        return Path(runtime) / f"hearth-{os.getuid()}"
    # The system's temporary folder as ``tempfile.gettempdir`` finds it first, without importing
    # tempfile (it brings shutil, random, bz2 and lzma to every command that asks the app).
    for name in ("TMPDIR", "TEMP", "TMP"):
        folder = os.environ.get(name, "")
        if folder and os.path.isabs(folder) and os.path.isdir(folder):
            return Path(folder) / f"hearth-{os.getuid()}"
    return Path("/tmp") / f"hearth-{os.getuid()}"


def socket_path(diary_folder: Path) -> Path:
    """One socket per diary folder, named by a digest of its path (short enough for AF_UNIX)."""
    digest = hashlib.sha256(os.fsencode(diary_folder.resolve())).hexdigest()[:20]
    return socket_folder() / f"{digest}.sock"


def _check_private(folder: Path) -> None:
    """Refuse a folder that is not a real directory of ours, closed to everyone else."""
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise ServeError(f"{folder} is not a folder of this user")
    if info.st_mode & 0o077:
        raise ServeError(f"{folder} is open to other users")


def _private_folder(folder: Path) -> None:
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    _check_private(folder)


def peer_uid(conn: socket.socket) -> int:
    """The user id of the process at the other end, as the kernel tells it."""
    if sys.platform == "darwin":  # pragma: no cover - macOS: struct xucred, SOL_LOCAL 0
        raw = conn.getsockopt(0, 0x001, 76)  # LOCAL_PEERCRED
        return int(struct.unpack_from("=Ii", raw)[1])
    import socket

    raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return int(struct.unpack("3i", raw)[1])


# Frames ----------------------------------------------------------------------------------------


def _send(conn: socket.socket, value: dict[str, Any]) -> None:
    import json

    data = json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    conn.sendall(struct.pack(">I", len(data)) + data)


def _receive_exactly(conn: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = conn.recv(min(left, 1 << 20))
        if not chunk:
            raise ConnectionError("the other side hung up")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _receive(conn: socket.socket) -> dict[str, Any]:
    (size,) = struct.unpack(">I", _receive_exactly(conn, 4))
    if size > MAX_FRAME:
        raise ConnectionError("frame too long")
    import json

    value = json.loads(_receive_exactly(conn, size).decode("utf-8", "surrogatepass"))
    if not isinstance(value, dict) or value.get("v") != PROTOCOL:
        raise ConnectionError("not Hearth's protocol")
    return value


# The app's side --------------------------------------------------------------------------------


class CommandServer:
    """Answers commands for one diary folder on a plain Python thread (never a QObject).

    Args:
        diary_folder: the open diary's folder (it names the socket).
        execute: runs one request against the open diary; called on the server's thread.
        before_write: called before a command that writes (the app saves its own edits first);
            returns False if the app could not save, and the command is then refused.
        after_write: called after such a command (the app reloads what it shows).
    """

    def __init__(
        self,
        diary_folder: Path,
        execute: Execute,
        *,
        before_write: Callable[[], bool] = lambda: True,
        after_write: Callable[[], None] = lambda: None,
    ) -> None:
        self.path = socket_path(diary_folder)
        self.uid = os.getuid()  # whose commands are answered: this user's only
        self._execute = execute
        self._before_write = before_write
        self._after_write = after_write
        self._listener: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def running(self) -> bool:
        """Whether the app is listening."""
        return self._thread is not None

    @property
    def stopping(self) -> bool:
        """Whether ``stop`` was asked for (a command waiting on the window gives up)."""
        return self._stop.is_set()

    def start(self) -> None:
        """Listen; a socket left by a crashed app is replaced, a live one is not touched.

        Raises:
            ServeError: the socket's folder is not private, or another app serves this diary.
            OSError: the socket could not be made.
        """
        if self.running:
            return
        _private_folder(self.path.parent)
        if self.path.exists() or self.path.is_symlink():
            if _answers(self.path):
                raise ServeError(f"another Hearth already serves {self.path}")
            self.path.unlink()
        import socket

        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            old_mask = os.umask(0o177)  # the socket is born 0600: no moment open to others
            try:
                listener.bind(str(self.path))
            finally:
                os.umask(old_mask)
            listener.listen(8)
            listener.settimeout(POLL_S)
        except OSError:
            listener.close()
            raise
        self._listener = listener
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, name="hearth-served", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and remove the socket; waits for a command being answered to end."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def _serve(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # the listener was closed under us
            with conn:
                self._answer(conn)

    def _answer(self, conn: socket.socket) -> None:
        """One request, one answer; a caller that hangs up or talks nonsense is just dropped."""
        try:
            if peer_uid(conn) != self.uid:
                return  # another user: not a byte read, not a byte said
            conn.settimeout(REQUEST_TIMEOUT_S)
            raw = _receive(conn)
            request = Request(
                argv=[str(a) for a in raw["argv"]],
                cwd=str(raw["cwd"]),
                stdin=None if raw.get("stdin") is None else str(raw["stdin"]),
            )
            handler = str(raw.get("handler", ""))
        except (OSError, ValueError, KeyError, TypeError, ConnectionError):
            return
        if handler not in SERVED:
            answer = Answer(code=-1)  # not ours to answer: the command runs by itself
        elif handler in WRITES and not self._before_write():
            answer = Answer(code=-1)  # the app could not save: unlock and try by itself
        else:
            answer = self._execute(request)
            if handler in WRITES:
                self._after_write()
        with contextlib.suppress(OSError):
            conn.settimeout(ANSWER_TIMEOUT_S)
            _send(conn, {"v": PROTOCOL, **answer._asdict()})


def _answers(path: Path) -> bool:
    """Whether something listens at ``path`` (a crashed app leaves a socket nobody answers)."""
    import socket

    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(CONNECT_TIMEOUT_S)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


# The command line's side -----------------------------------------------------------------------


class AppStopped(Exception):
    """The app took the command but hung up before answering: it may or may not have run."""


def ask_app(diary_folder: Path, handler: str, request: Request) -> Answer | None:
    """Run the command in the open app, or None when there is none to ask (or it declines).

    None means: no socket, a stale one, a folder that is not private, a locked or closing app —
    the command then unlocks the diary itself. A read the app dropped halfway is also None
    (reading again is harmless); a write it dropped raises ``AppStopped``, since it may have
    been saved.
    """
    if handler not in SERVED or sys.platform not in ("linux", "darwin"):
        return None
    path = socket_path(diary_folder)
    try:
        _check_private(path.parent)
        if not stat.S_ISSOCK(path.lstat().st_mode):
            return None
    except (OSError, ServeError):
        return None
    if not supported():  # pragma: no cover - Linux and macOS have local sockets
        return None
    import socket

    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    with conn:
        conn.settimeout(CONNECT_TIMEOUT_S)
        try:
            conn.connect(str(path))
            if peer_uid(conn) != os.getuid():
                return None  # not our app: say nothing to it
        except OSError:
            return None  # a stale socket: the app is gone
        try:
            conn.settimeout(ANSWER_TIMEOUT_S)
            _send(conn, {"v": PROTOCOL, "handler": handler, **request._asdict()})
            raw = _receive(conn)
            answer = Answer(code=int(raw["code"]), out=str(raw["out"]), err=str(raw["err"]))
        except (OSError, ValueError, KeyError, TypeError, ConnectionError):
            if handler in WRITES:
                raise AppStopped from None
            return None
    return None if answer.code < 0 else answer
