"""Unlock, work, lock, then count the secrets still in this process's own memory.

Run by ``test_key_memory.py`` and ``bench/bench_memory_scan.py`` as
``python key_memory_child.py MODE FOLDER``; MODE is ``store`` (the vault, the repository and a
backup, no Qt) or ``app`` (the whole app offscreen: the unlock window, Today's text, Ctrl+L).
It prints one JSON line: ``{"before": {...}, "after": {...}}``, each the number of copies of
every secret found in readable memory (``/proc/self/maps`` + ``/proc/self/mem``, Linux only)
while unlocked and after locking and a full garbage collection.

The secrets (a random passphrase and canary, the data key read from the vault, the backup
sealing key) are kept here only XOR-masked; each is unmasked into an anonymous ``mmap`` just for
its search, and that mapping (like the read buffer) is left out of the scan, so the scanner
never counts its own copies.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import gc
import json
import mmap
import os
import re
import secrets
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_GB.UTF-8"

_MASK = 0x5A
_STR_HEADER = sys.getsizeof("") - 1  # where an ASCII str's text starts (CPython)
_BYTES_HEADER = bytes.__basicsize__ - 1
_CHUNK = 1 << 22
_MAPS = re.compile(rb"^([0-9a-f]+)-([0-9a-f]+) (\S{4})")


_HEX = b"0123456789abcdef"


def _masked(secret: bytes | bytearray) -> bytes:
    return bytes(b ^ _MASK for b in secret)


def _masked_hex(secret: bytes | bytearray) -> bytes:
    """The hex form, masked, built without an unmasked copy (``hex()`` would leave one)."""
    return bytes(_HEX[b >> shift & 15] ^ _MASK for b in secret for shift in (4, 0))


def _masked_text(text: str, *, utf16: bool = False) -> bytes:
    """ASCII ``text`` as UTF-8 or UTF-16-LE, masked, without an unmasked copy."""
    if utf16:
        return bytes(part ^ _MASK for ch in text for part in (ord(ch), 0))
    return bytes(ord(ch) ^ _MASK for ch in text)


class Scanner:
    """Counts masked needles in every readable mapping but its own buffers."""

    def __init__(self) -> None:
        self.needles: dict[str, bytes] = {}
        self.live: dict[str, int] = {}
        self._buffer = mmap.mmap(-1, _CHUNK + 4096)
        self._needle = mmap.mmap(-1, 4096)

    def add(self, name: str, masked: bytes) -> None:
        """Look for the secret ``masked`` (XOR ``_MASK``) under ``name``."""
        self.needles[name] = masked

    def _own(self) -> list[tuple[int, int]]:
        spans = []
        for area in (self._buffer, self._needle):
            start = ctypes.addressof(ctypes.c_char.from_buffer(area))
            spans.append((start, start + len(area)))
        return spans

    def _regions(self) -> list[tuple[int, int]]:
        regions = []
        with open("/proc/self/maps", "rb") as maps:
            for line in maps:
                match = _MAPS.match(line)
                if match is None or match.group(3)[0:1] != b"r":
                    continue
                start, end = int(match.group(1), 16), int(match.group(2), 16)
                if b"[vvar" in line or b"[vsyscall]" in line:
                    continue
                regions.append((start, end))
        return regions

    def count(self) -> dict[str, int]:
        """How many copies of each needle lie in readable memory now."""
        gc.collect()
        own = self._own()
        found = {}
        lives = {}
        fd = os.open("/proc/self/mem", os.O_RDONLY)
        try:
            regions = self._regions()
            for name, masked in self.needles.items():
                size = len(masked)
                for index, byte in enumerate(masked):  # never an unmasked ``bytes`` copy
                    self._needle[index] = byte ^ _MASK
                needle = memoryview(self._needle)[:size]
                self.live = {}
                found[name] = sum(
                    self._count_in(fd, start, end, needle, own) for start, end in regions
                )
                lives.update({f"{name} (in a live {kind})": n for kind, n in self.live.items()})
                self._needle[:size] = bytes(size)
                needle.release()
        finally:
            os.close(fd)
        return found | lives

    def _live_object(self, position: int) -> str | None:
        """The kind ("str" or "bytes") of the live object whose text is at ``position``, if any.

        A live object's header sits just before its text: a small reference count and the
        type's address (a freed block's first word is the allocator's next-free pointer).
        """
        for kind, kind_type, header in (("str", str, _STR_HEADER), ("bytes", bytes, _BYTES_HEADER)):
            at = position - header
            if at < 0:
                continue
            refs = int.from_bytes(self._buffer[at : at + 8], sys.byteorder)
            type_address = int.from_bytes(self._buffer[at + 8 : at + 16], sys.byteorder)
            if type_address == id(kind_type) and 0 < refs < 1 << 20:
                return kind
        return None

    def _count_in(
        self, fd: int, start: int, end: int, needle: memoryview, own: list[tuple[int, int]]
    ) -> int:
        size = len(needle)
        hits = 0
        offset = start
        while offset < end:
            length = min(_CHUNK, end - offset)
            try:
                read = os.preadv(fd, [memoryview(self._buffer)[:length]], offset)
            except OSError:
                return hits
            if read <= 0:
                return hits
            position = self._buffer.find(needle, 0, read)
            while position != -1:
                address = offset + position
                if not any(s <= address < e for s, e in own):
                    hits += 1
                    kind = self._live_object(position)
                    if kind is not None:
                        self.live[kind] = self.live.get(kind, 0) + 1
                position = self._buffer.find(needle, position + 1, read)
            # Overlap the chunks so a copy across their border is found once.
            offset += read - (size - 1) if read == length and offset + read < end else read
        return hits


def _store(folder: Path, scanner: Scanner) -> tuple[dict[str, int], dict[str, int]]:
    """The vault and repository directly, as the command line uses them, and a backup."""
    from diary.backups import BackupFolder
    from diary.domain.models import Entry
    from diary.formats.backup import seal_key
    from diary.storage.kdf import TEST_POLICY
    from diary.storage.vault import Vault

    passphrase = "pass " + secrets.token_hex(12)
    canary = "canary " + secrets.token_hex(12)
    scanner.add("passphrase", _masked_text(passphrase))
    scanner.add("canary", _masked_text(canary))
    with Vault(folder, TEST_POLICY) as creating:
        code = creating.create(passphrase, recovery_code=True)
    assert code is not None
    # The code as shown is this caller's str; the form Hearth reads it in is Hearth's alone.
    scanner.add("recovery code", _masked_text(code))
    scanner.add("recovery code, as read", _masked_text(code.replace("-", "")))
    with Vault(folder, TEST_POLICY) as recovering:
        recovering.unlock_with_recovery_code(code.lower())  # typed another way, as people do
    del code
    vault = Vault(folder, TEST_POLICY)
    repository = vault.unlock(passphrase)
    key = vault._data_key  # noqa: SLF001 - what the scan looks for
    assert key is not None
    scanner.add("data key", _masked(key))
    scanner.add("data key hex", _masked_hex(key))
    del key
    sealing = seal_key(passphrase, vault.kdf_params, TEST_POLICY)
    scanner.add("sealing key", _masked(sealing.key))
    del passphrase
    day = dt.date(2026, 3, 4)
    repository.save_entry(Entry(day, mood=4, text=canary))
    del canary
    assert repository.entry(day) is not None
    BackupFolder(folder.parent / "backups").write(repository, sealing, dt.datetime(2026, 3, 4))
    del repository
    before = scanner.count()
    _forget_sealing(sealing)
    del sealing
    vault.lock()
    gc.collect()
    after = scanner.count()
    vault.close()
    return before, after


def _forget_sealing(sealing: object) -> None:
    """Wipe the backup key where this Hearth can (older ones keep it as immutable bytes)."""
    wipe = getattr(sealing, "wipe", None)
    if wipe is not None:
        wipe()


def _app(folder: Path, scanner: Scanner) -> tuple[dict[str, int], dict[str, int]]:
    """The whole app, offscreen: unlock through its window, write Today's text, Ctrl+L."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from diary.app import Hearth
    from diary.settings import Settings
    from diary.storage.kdf import TEST_POLICY
    from diary.storage.vault import Vault
    from diary.ui.shell.tasks import GuiCollector, InlinePool
    from diary.ui.start.unlock import UnlockWindow

    passphrase = "pass " + secrets.token_hex(12)
    canary = "canary " + secrets.token_hex(12)
    for name, text in (("passphrase", passphrase), ("canary", canary)):
        scanner.add(name, _masked_text(text))
        scanner.add(name + " (UTF-16)", _masked_text(text, utf16=True))
    del text
    with Vault(folder, TEST_POLICY) as creating:
        creating.create(passphrase)
    app = QApplication([])
    GuiCollector(parent=app)
    settings = Settings(folder.parent / "settings.json")
    settings.set("auto_backup", False)
    pool = InlinePool() if os.environ.get("KEY_MEMORY_INLINE") else None  # the app's own pool
    hearth = Hearth(folder, settings, policy=TEST_POLICY, pool=pool, tray=False)
    window = hearth.start()
    assert isinstance(window, UnlockWindow)
    QTest.keyClicks(window.passphrase, passphrase)
    del passphrase
    window.unlock()
    _settle(app, until=lambda: hearth.main is not None and hearth.sealing is not None)
    main = hearth.main
    assert main is not None and hearth.vault.unlocked
    key = hearth.vault._data_key  # noqa: SLF001 - what the scan looks for
    assert key is not None
    scanner.add("data key", _masked(key))
    scanner.add("data key hex", _masked_hex(key))
    del key
    if hearth.sealing is not None:
        scanner.add("sealing key", _masked(hearth.sealing.key))
    QTest.keyClicks(main.today.text_edit, canary)
    del canary
    assert main.save_all()
    _settle(app, seconds=1.0)  # the pages' own reads (Today's notes, the week) finish
    before = scanner.count()
    del main, window
    assert hearth.lock()
    _settle(app, seconds=1.0)
    gc.collect()
    after = scanner.count()
    hearth.quit()
    return before, after


def _settle(app: object, *, until: object = None, seconds: float = 0.0) -> None:
    """Run the event loop until ``until()`` holds (at most 10 s), or for ``seconds``."""
    import time

    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    deadline = time.monotonic() + (10.0 if until is not None else seconds)
    while time.monotonic() < deadline:
        if until is not None and until():  # type: ignore[operator]
            break
        QThreadPool.globalInstance().waitForDone(20)
        app.processEvents()  # type: ignore[attr-defined]
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QThreadPool.globalInstance().waitForDone(2000)
    for _ in range(3):
        app.processEvents()  # type: ignore[attr-defined]
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _alive() -> dict[str, int]:
    """How many repositories and engines are still reachable (they would keep the key alive)."""
    from sqlalchemy import Engine

    from diary.storage.repository import Repository

    gc.collect()
    objects = gc.get_objects()
    return {
        "live repositories": sum(isinstance(o, Repository) for o in objects),
        "live engines": sum(isinstance(o, Engine) for o in objects),
    }


def main() -> None:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    scanner = Scanner()
    run = {"store": _store, "app": _app}[mode]
    before, after = run(folder / "diary", scanner)
    print(json.dumps({"before": before, "after": after | _alive()}), flush=True)
    os._exit(0)  # no teardown after the figures: Qt's and Python's exits add nothing


if __name__ == "__main__":
    main()
