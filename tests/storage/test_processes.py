"""Real processes on real files: kill -9, two writers, canary scans and failed writes.

Children that use the library directly open diaries created here with the explicit fast test
profile (``TEST_POLICY``); ``diary`` command-line subprocesses always run with the product KDF,
exactly as a user would run them (security.md items 7, 8 and 12, and the single-writer lock).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import inspect
import json
import os
import queue
import random
import shutil
import signal
import stat
import subprocess
import sys
import textwrap
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import pytest

from conftest import PASSPHRASE
from diary.domain.models import Entry, Gratitude
from diary.storage.errors import SaveFailed, StorageError, WrongPassphrase
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

pytestmark = pytest.mark.slow

CHILD_TIMEOUT = 60.0
KILL_ROUNDS = 3
FIRST_DAY = dt.date(2020, 1, 1)
OTHER_PASSPHRASE = "second passphrase, ünïcödé 🔑"
THIRD_PASSPHRASE = "third passphrase 第三"
NEXT = {"A": "B", "B": "C", "C": "A"}  # the passphrase-change child goes round A, B, C
STRAY_KEY_FILES = ".diary.keys.*.tmp"


def entry_for(day: dt.date) -> Entry:
    """The exact entry the save-loop child writes for ``day``; some span several pages."""
    n = day.toordinal()
    words = " ".join(f"mot{(n * 7919 + i) % 1009}" for i in range(20 + n % 1500))
    return Entry(
        day,
        mood=n % 9 + 1,
        energy=n // 9 % 9 + 1,
        feelings=("calm", "grateful") if n % 2 else ("tired",),
        gratitude=(Gratitude(f"Tea with Ana on a {day:%A}"), Gratitude(f"Note {n}")),
        text=f"Día {day.isoformat()} — ☕ {words}",
    )


def too_big_text() -> str:
    """The longest text an entry may hold, mostly two-byte characters in UTF-8."""
    from diary.domain.models import TEXT_MAX

    return ("désolé, c'est trop long pour ce disque ; " * TEXT_MAX)[:TEXT_MAX]


def content(entry: Entry | None) -> tuple[object, ...] | None:
    """Everything the user wrote in an entry (its random identity left out)."""
    if entry is None:
        return None
    return (entry.day, entry.mood, entry.energy, entry.feelings, entry.gratitude, entry.text)


def _script(body: str, *functions: Callable[..., object], header: str = "") -> str:
    """A child script: shared imports, ``header``, the given functions' source, then ``body``."""
    imports = textwrap.dedent(
        """
        import datetime as dt
        import sys
        from pathlib import Path

        from diary.domain.models import Entry, Gratitude, Interaction, Mode
        from diary.storage.errors import SaveFailed
        from diary.storage.kdf import TEST_POLICY
        from diary.storage.vault import Vault
        """
    )
    sources = [inspect.getsource(f) for f in functions]
    return "\n".join([imports, header, *sources, textwrap.dedent(body)])


SAVE_LOOP = _script(
    """
    folder, passphrase, day = Path(sys.argv[1]), sys.argv[2], dt.date.fromisoformat(sys.argv[3])
    repo = Vault(folder, TEST_POLICY).unlock(passphrase)
    print("READY", flush=True)
    while True:
        repo.save_entry(entry_for(day))
        print(f"ACK {day.isoformat()}", flush=True)
        day += dt.timedelta(days=1)
    """,
    entry_for,
)

PASSPHRASE_LOOP = _script(
    """
    folder, current = Path(sys.argv[1]), sys.argv[2]
    secrets = dict(zip("ABC", sys.argv[3:]))
    vault = Vault(folder, TEST_POLICY)
    vault.unlock(secrets[current])
    print("READY", flush=True)
    while True:
        current = NEXT[current]
        vault.change_passphrase(secrets[current])
        print(f"ACK {current}", flush=True)
    """,
    header="NEXT = " + repr(NEXT),
)

# Holds a diary open (optionally after writing canaries) until a line arrives on stdin.
HOLD = _script(
    """
    folder, passphrase, canaries = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    vault = Vault(folder)  # product policy: this diary was made by `diary init`
    repo = vault.unlock(passphrase)
    if canaries:
        text, name, note = canaries
        day = dt.date(2024, 6, 1)
        repo.save_entry(Entry(day, mood=4, text=f"Open diary {text}", gratitude=(Gratitude(note),)))
        repo.add_interaction(Interaction(day, Mode.CALL, 20, people=(name,), note=note))
    print("READY", flush=True)
    sys.stdin.readline()
    vault.close()
    print("CLOSED", flush=True)
    """
)

DISK_FULL_SAVE = _script(
    """
    import resource
    import signal

    folder, passphrase, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    too_big = too_big_text()
    vault = Vault(folder, TEST_POLICY)
    repo = vault.unlock(passphrase)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write(), not a dead process
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        repo.save_entry(Entry(dt.date(2030, 1, 1), text=too_big))
        print("SAVED", flush=True)
    except SaveFailed as error:
        print(f"SAVEFAILED {error}", flush=True)
    except BaseException as error:
        print(f"OTHER {type(error).__module__}.{type(error).__qualname__}: {error!r}", flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))  # the disk has room again
    repo.save_entry(Entry(dt.date(2030, 1, 2), text="a small entry after the failure"))
    print("ACK 2030-01-02", flush=True)
    vault.close()
    """,
    too_big_text,
)

DISK_FULL_KEY_FILE = _script(
    """
    import resource
    import signal

    folder, passphrase, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    vault = Vault(folder, TEST_POLICY)
    vault.unlock(passphrase)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64, hard))  # smaller than any key file
    try:
        vault.change_passphrase(new)
        print("CHANGED", flush=True)
    except SaveFailed as error:
        print(f"SAVEFAILED {error}", flush=True)
    except BaseException as error:
        print(f"OTHER {type(error).__module__}.{type(error).__qualname__}: {error!r}", flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    vault.close()
    """
)


# Helpers ----------------------------------------------------------------------------------------


class Child:
    """A Python child process whose stdout lines are read without ever blocking the test."""

    def __init__(self, script: str, args: Iterable[str], env: dict[str, str] | None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=child_env(env),
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str | None] = []
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self._threads = [
            threading.Thread(target=self._pump, args=(self.proc.stdout, self._lines.put)),
            threading.Thread(target=self._pump, args=(self.proc.stderr, self._stderr.append)),
        ]
        for thread in self._threads:
            thread.start()

    @staticmethod
    def _pump(stream: IO[str], sink: Callable[[str | None], object]) -> None:
        for line in stream:
            sink(line.rstrip("\n"))
        sink(None)

    @property
    def stderr(self) -> str:
        """What the child wrote to stderr so far (for failure messages)."""
        return "\n".join(line for line in self._stderr if line is not None)

    def line(self) -> str | None:
        """The next stdout line, or None once the child has closed its stdout."""
        try:
            return self._lines.get(timeout=CHILD_TIMEOUT)
        except queue.Empty:
            pytest.fail(f"the child printed nothing for {CHILD_TIMEOUT} s; stderr:\n{self.stderr}")

    def expect(self, word: str) -> str:
        """The next line, which must start with ``word``."""
        line = self.line()
        if line is None:  # the child ended: let its last words reach stderr
            self.proc.wait(timeout=CHILD_TIMEOUT)
            self._threads[1].join(timeout=CHILD_TIMEOUT)
        if line is None or not line.startswith(word):
            pytest.fail(f"expected {word!r} from the child, got {line!r}; stderr:\n{self.stderr}")
        return line

    def rest(self) -> list[str]:
        """Every line still in the pipe, up to the end of the child's output."""
        lines = []
        while (line := self.line()) is not None:
            lines.append(line)
        return lines

    def send(self, text: str) -> None:
        """Write a line to the child's stdin."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        """SIGKILL: no cleanup, no atexit, no flush of anything."""
        self.proc.send_signal(signal.SIGKILL)
        assert self.proc.wait(timeout=CHILD_TIMEOUT) == -signal.SIGKILL

    def finish(self) -> int:
        """Wait for the end (killing a child that outlives the test) and close every pipe."""
        try:
            self.proc.wait(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for thread in self._threads:
            thread.join(timeout=CHILD_TIMEOUT)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                try:
                    stream.close()
                except BrokenPipeError:
                    pass
        return self.proc.returncode


@contextmanager
def child(script: str, *args: str, env: dict[str, str] | None = None) -> Iterator[Child]:
    """Run a child for the length of the block; it is always reaped (killed if still running)."""
    process = Child(script, args, env)
    try:
        yield process
    except BaseException:
        process.proc.kill()
        raise
    finally:
        process.finish()


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of every child: UTF-8 pipes, no bytecode written into the checkout."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra or {})
    return env


def run_diary(
    folder: Path,
    passphrase_file: Path,
    *args: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real ``diary`` command in a subprocess, with the product KDF."""
    command = [sys.executable, "-m", "diary", "--data-dir", str(folder)]
    command += ["--passphrase-file", str(passphrase_file), *args]
    return subprocess.run(
        command,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(env),
        timeout=CHILD_TIMEOUT,
        check=False,
    )


def opens(folder: Path, passphrase: str) -> bool:
    """True if ``passphrase`` opens the diary, False on WrongPassphrase (anything else fails)."""
    with Vault(folder, TEST_POLICY) as vault:
        try:
            vault.unlock(passphrase)
        except WrongPassphrase:
            return False
        return True


def stored_entries(folder: Path, passphrase: str) -> dict[dt.date, Entry]:
    """Every entry of the diary, after checking every page and structure."""
    with Vault(folder, TEST_POLICY) as vault:
        repo = vault.unlock(passphrase)
        assert repo.integrity_problems() == []
        return {d.day: d.entry for d in repo.days(dt.date.min, dt.date.max) if d.entry}


def new_test_diary(folder: Path, entries: Iterable[Entry] = ()) -> None:
    """A closed diary made with the fast test profile."""
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        for entry in entries:
            vault.repository.save_entry(entry)


@pytest.fixture
def product_diary(tmp_path: Path) -> tuple[Path, Path]:
    """A diary made by ``diary init`` in a subprocess (product-calibrated KDF), closed."""
    folder = tmp_path / "product"
    passphrase_file = tmp_path / "secret" / "passphrase.txt"
    passphrase_file.parent.mkdir()
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = run_diary(folder, passphrase_file, "init")
    assert result.returncode == 0, result.stderr
    return folder, passphrase_file


def assert_in_use(result: subprocess.CompletedProcess[str]) -> None:
    """Exit code 5 with one plain line on stderr and nothing on stdout."""
    assert result.returncode == 5, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("diary: ") and "open in another copy" in lines[0]
    assert "Traceback" not in result.stderr


def needles(canaries: Iterable[str]) -> dict[bytes, str]:
    """Each canary (and its unique hex token) as UTF-8 and UTF-16, as typed and lower-cased."""
    found: dict[bytes, str] = {}
    for canary in canaries:
        token = canary.rsplit("-", 1)[-1]  # what the full-text tokenizer would store alone
        for form in {canary, canary.lower(), canary.upper(), token, token.upper()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found[form.encode(encoding)] = f"{form!r} as {encoding}"
    return found


def canary_hits(roots: Iterable[Path], canaries: Iterable[str]) -> list[str]:
    """Every (file, canary form) where a canary appears in plain bytes."""
    patterns = needles(canaries)
    hits = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                data = path.read_bytes()
                hits += [f"{path}: {label}" for needle, label in patterns.items() if needle in data]
    return hits


def stray_key_files(folder: Path) -> list[Path]:
    """Temporary key files left by an interrupted atomic write."""
    return sorted(folder.glob(STRAY_KEY_FILES))


# kill -9 (security.md item 8) ---------------------------------------------------------------


def test_kill_9_during_a_save_loop_keeps_every_acknowledged_entry(diary_dir: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    new_test_diary(diary_dir)
    acknowledged: set[dt.date] = set()
    in_flight: set[dt.date] = set()
    for round_ in range(KILL_ROUNDS):
        first = FIRST_DAY + dt.timedelta(days=1000 * round_)
        with child(SAVE_LOOP, str(diary_dir), PASSPHRASE, first.isoformat()) as loop:
            loop.expect("READY")
            acks = [loop.expect("ACK") for _ in range(rng.randint(5, 40))]
            time.sleep(rng.uniform(0, 0.01))
            loop.kill()
            acks += loop.rest()  # printed before the kill: acknowledged too
        days = [dt.date.fromisoformat(line.removeprefix("ACK ")) for line in acks]
        assert days == [first + dt.timedelta(days=i) for i in range(len(days))], seed
        acknowledged.update(days)
        in_flight.add(first + dt.timedelta(days=len(days)))

        stored = stored_entries(diary_dir, PASSPHRASE)
        assert acknowledged - stored.keys() == set(), f"lost acknowledged saves (seed {seed})"
        assert stored.keys() - acknowledged <= in_flight, f"phantom entries (seed {seed})"
        for day, entry in stored.items():
            assert content(entry) == content(entry_for(day)), f"{day} differs (seed {seed})"


def test_kill_9_during_passphrase_changes_leaves_exactly_one_working_passphrase(
    diary_dir: Path,
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    secrets = {"A": PASSPHRASE, "B": OTHER_PASSPHRASE, "C": THIRD_PASSPHRASE}
    kept = entry_for(FIRST_DAY)
    new_test_diary(diary_dir, [kept])
    current = "A"
    for _round in range(KILL_ROUNDS):
        with child(PASSPHRASE_LOOP, str(diary_dir), current, *secrets.values()) as loop:
            loop.expect("READY")
            acks = [loop.expect("ACK") for _ in range(rng.randint(1, 30))]
            time.sleep(rng.uniform(0, 0.002))
            loop.kill()
            acks += loop.rest()
        last = acks[-1].removeprefix("ACK ")

        working = {label for label, secret in secrets.items() if opens(diary_dir, secret)}
        assert len(working) == 1, f"{working} open the diary (seed {seed})"
        assert working <= {last, NEXT[last]}, f"{working} after ACK {last} (seed {seed})"
        (current,) = working
        assert content(stored_entries(diary_dir, secrets[current]).get(FIRST_DAY)) == content(kept)
        # kill -9 between mkstemp and rename can leave the temporary key file behind: it is
        # private, never read, and the diary opens beside it (see the next test).
        for stray in stray_key_files(diary_dir):
            assert stat.S_IMODE(stray.stat().st_mode) == 0o600


def test_a_stray_temporary_key_file_is_ignored_and_removed(tmp_path: Path, diary_dir: Path) -> None:
    new_test_diary(diary_dir, [entry_for(FIRST_DAY)])
    elsewhere = tmp_path / "another"
    with Vault(elsewhere, TEST_POLICY) as vault:
        vault.create(OTHER_PASSPHRASE)
    complete = elsewhere.joinpath("diary.keys").read_bytes()
    diary_dir.joinpath(".diary.keys.complete.tmp").write_bytes(complete)
    diary_dir.joinpath(".diary.keys.torn.tmp").write_bytes(complete[:50])
    keys = diary_dir.joinpath("diary.keys").read_bytes()

    assert FIRST_DAY in stored_entries(diary_dir, PASSPHRASE)
    assert not opens(diary_dir, OTHER_PASSPHRASE)
    assert diary_dir.joinpath("diary.keys").read_bytes() == keys
    assert sorted(diary_dir.glob(".diary.keys.*")) == [], "strays may hold a wrapped key"


# One writer --------------------------------------------------------------------------------------


def test_a_second_process_gets_exit_code_5_until_the_holder_closes(
    product_diary: tuple[Path, Path],
) -> None:
    folder, passphrase_file = product_diary
    with Vault(folder) as holder:
        holder.unlock(PASSPHRASE)
        assert_in_use(run_diary(folder, passphrase_file, "list"))
        assert_in_use(
            run_diary(folder, passphrase_file, "write", "--date", "2024-02-02", "--text", "late")
        )
    result = run_diary(folder, passphrase_file, "list")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Nothing logged yet."


def test_a_holder_killed_with_sigkill_leaves_no_stale_lock(
    product_diary: tuple[Path, Path],
) -> None:
    folder, passphrase_file = product_diary
    with child(HOLD, str(folder), PASSPHRASE) as holder:
        holder.expect("READY")
        assert_in_use(run_diary(folder, passphrase_file, "list"))
        holder.kill()
    result = run_diary(folder, passphrase_file, "list")
    assert result.returncode == 0, result.stderr


# Canaries (security.md item 12) ---------------------------------------------------------------

_CANARY_KINDS = (
    "text",
    "gratitude",
    "name",
    "circle",
    "note",
    "person",
    "stdin",
    "open",
    "open_name",
    "open_note",
)


def test_canaries_written_through_the_cli_are_found_nowhere_on_disk(
    tmp_path: Path, product_diary: tuple[Path, Path]
) -> None:
    folder, passphrase_file = product_diary  # made before TMPDIR is redirected: holds no text
    temp, home = tmp_path / "tmp", tmp_path / "home"
    temp.mkdir()
    home.mkdir()
    env = {
        "TMPDIR": str(temp),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    canary = {kind: f"CANARY-{kind}-{uuid.uuid4().hex}" for kind in _CANARY_KINDS}
    roots = (folder, temp, home)

    def diary(*args: str, stdin: str | None = None) -> str:
        result = run_diary(folder, passphrase_file, *args, env=env, stdin=stdin)
        assert result.returncode == 0, f"diary {args[0]}: {result.stderr}"
        return result.stdout

    diary(*"write --date 2024-05-01 --mood 7 --feeling calm --text".split(), canary["text"])
    diary(*"write --date 2024-05-01 --gratitude".split(), canary["gratitude"])
    met = "met --date 2024-05-01 --mode in-person --minutes 45 --depth 4 --with".split()
    diary(*met, canary["name"], "--circle", canary["circle"], "--note", canary["note"])
    diary("person", "add", canary["person"], "--circle", canary["circle"], "--inner")
    diary("write", "--date", "2024-05-02", "--text", "-", stdin=f"Piped: {canary['stdin']}\n")
    token = canary["text"].rsplit("-", 1)[-1]
    assert diary("search", token).startswith("2024-05-01")
    shown = diary("show", "--date", "2024-05-01")
    for kind in ("text", "gratitude", "name", "circle", "note"):
        assert canary[kind] in shown  # really stored, so not finding it below means something
    assert canary["stdin"] in diary("show", "--date", "2024-05-02", "--json")
    assert [day["date"] for day in json.loads(diary("list", "--json"))] == [
        "2024-05-01",
        "2024-05-02",
    ]
    assert canary["person"] in diary("person", "list", "--json")
    diary("check")

    control = tmp_path / "control" / "plain.txt"
    control.parent.mkdir()
    control.write_text(canary["note"].lower(), encoding="utf-16-le")
    assert canary_hits([control.parent], canary.values()) != []  # the scanner does see text
    assert canary_hits(roots, canary.values()) == []
    assert not folder.joinpath("diary.db").read_bytes().startswith(b"SQLite format 3")

    # While a process holds the diary open after writing, the -wal file holds the new pages.
    opened = (canary["open"], canary["open_name"], canary["open_note"])
    with child(HOLD, str(folder), PASSPHRASE, *opened, env=env) as holder:
        holder.expect("READY")
        wal = folder / "diary.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        assert canary_hits(roots, canary.values()) == []
        holder.send("close")
        holder.expect("CLOSED")
    assert holder.finish() == 0, holder.stderr
    assert canary_hits(roots, canary.values()) == []
    assert canary["open"] in diary("show", "--date", "2024-06-01")


# Failed writes (security.md item 7) -----------------------------------------------------------


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("failing_call", ["fsync", "replace"])
def test_a_failed_key_file_write_keeps_the_old_passphrase(
    vault: Vault, diary_dir: Path, monkeypatch: pytest.MonkeyPatch, failing_call: str
) -> None:
    keys = vault.files.keys.read_bytes()
    with monkeypatch.context() as patch:
        patch.setattr(os, failing_call, _disk_full)
        with pytest.raises(SaveFailed, match="Nothing was changed"):
            vault.change_passphrase(OTHER_PASSPHRASE)
    assert vault.files.keys.read_bytes() == keys
    assert stray_key_files(diary_dir) == []
    vault.close()
    assert opens(diary_dir, PASSPHRASE)
    assert not opens(diary_dir, OTHER_PASSPHRASE)


def test_a_failed_directory_fsync_reports_what_really_happened(
    vault: Vault, diary_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The folder fsync comes after the rename: by then the new key file is in place, so a
    # change reported as failed must leave the old passphrase working, and vice versa.
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", fsync)
        try:
            vault.change_passphrase(OTHER_PASSPHRASE)
            failed = False
        except SaveFailed:
            failed = True
    vault.close()
    old, new = opens(diary_dir, PASSPHRASE), opens(diary_dir, OTHER_PASSPHRASE)
    assert (old, new) == ((True, False) if failed else (False, True))


def test_a_disk_full_save_keeps_the_previous_entries(diary_dir: Path) -> None:
    before = [entry_for(FIRST_DAY + dt.timedelta(days=i)) for i in range(5)]
    new_test_diary(diary_dir, before)
    limit = 128 * 1024
    assert len(too_big_text().encode()) > limit
    with child(DISK_FULL_SAVE, str(diary_dir), PASSPHRASE, str(limit)) as writer:
        outcome = writer.expect("")
        assert outcome.startswith("SAVEFAILED "), f"{outcome}\n{writer.stderr}"
        assert "Your previous data is intact" in outcome
        writer.expect("ACK 2030-01-02")
    assert writer.finish() == 0, writer.stderr

    stored = stored_entries(diary_dir, PASSPHRASE)
    assert dt.date(2030, 1, 1) not in stored
    assert stored[dt.date(2030, 1, 2)].text == "a small entry after the failure"
    for entry in before:
        assert content(stored[entry.day]) == content(entry)


def test_a_disk_full_key_file_write_keeps_the_old_key_file(diary_dir: Path) -> None:
    new_test_diary(diary_dir, [entry_for(FIRST_DAY)])
    keys = diary_dir.joinpath("diary.keys").read_bytes()
    with child(DISK_FULL_KEY_FILE, str(diary_dir), PASSPHRASE, OTHER_PASSPHRASE) as writer:
        outcome = writer.expect("")
        assert outcome.startswith("SAVEFAILED "), f"{outcome}\n{writer.stderr}"
        assert "current passphrase still works" in outcome
    assert writer.finish() == 0, writer.stderr

    assert diary_dir.joinpath("diary.keys").read_bytes() == keys
    assert stray_key_files(diary_dir) == []
    assert opens(diary_dir, PASSPHRASE)
    assert not opens(diary_dir, OTHER_PASSPHRASE)


# What is not detected (security.md item 6; explained in docs/security.md) --------------------


def test_a_rolled_back_copy_of_the_whole_folder_opens_without_warning(
    tmp_path: Path, diary_dir: Path
) -> None:
    first, later = entry_for(FIRST_DAY), entry_for(FIRST_DAY + dt.timedelta(days=1))
    new_test_diary(diary_dir, [first])
    old_copy = shutil.copytree(diary_dir, tmp_path / "old copy")
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.unlock(PASSPHRASE).save_entry(later)
    shutil.rmtree(diary_dir)
    shutil.copytree(old_copy, diary_dir)

    stored = stored_entries(diary_dir, PASSPHRASE)  # opens, and every check passes
    assert list(stored) == [first.day]  # the later entry is silently gone


def test_an_old_key_file_with_the_old_passphrase_still_opens_newer_data(diary_dir: Path) -> None:
    new_test_diary(diary_dir)
    old_keys = diary_dir.joinpath("diary.keys").read_bytes()
    later = entry_for(FIRST_DAY)
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.unlock(PASSPHRASE)
        vault.change_passphrase(OTHER_PASSPHRASE)
        vault.repository.save_entry(later)
    diary_dir.joinpath("diary.keys").write_bytes(old_keys)  # e.g. from a synced or backed-up copy

    # A passphrase change re-wraps the data key; it does not re-encrypt the data with a new one.
    assert content(stored_entries(diary_dir, PASSPHRASE)[later.day]) == content(later)


def test_one_page_put_back_from_an_older_copy_can_pass_every_check(diary_dir: Path) -> None:
    # SQLCipher's per-page HMAC binds a page's content to its page number, not to a version:
    # an older version of the same page, from a copy of the same diary, still authenticates.
    days = [FIRST_DAY + dt.timedelta(days=i) for i in range(30)]
    new_test_diary(diary_dir, [Entry(day, mood=5, text=f"{day} " + "a" * 300) for day in days])
    database = diary_dir / "diary.db"
    old = database.read_bytes()
    changed = Entry(days[4], mood=9, text=f"{days[4]} " + "b" * 300)
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.unlock(PASSPHRASE).save_entry(changed)
    new = database.read_bytes()
    page = 4096
    undetected = []
    for number in range(1, min(len(old), len(new)) // page):
        span = slice(number * page, (number + 1) * page)
        if old[span] == new[span]:
            continue
        spliced = bytearray(new)
        spliced[span] = old[span]
        database.write_bytes(spliced)
        with Vault(diary_dir, TEST_POLICY) as vault, contextlib.suppress(StorageError):
            repo = vault.unlock(PASSPHRASE)
            entry = repo.entry(days[4])
            if entry is not None and entry.mood == 5 and repo.integrity_problems() == []:
                undetected.append(number)
    assert undetected, "page rollback is now detected: update docs/security.md"
