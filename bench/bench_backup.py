"""Benchmark the encrypted backup on a 10-year demo diary: export, verify, restore and size.

Builds the same demo diary as bench_store.py (``generate(END, years=10, seed=7)``) with the
*product* KDF policy, then runs the three commands a user runs, in this process, exactly as
``diary backup ...`` does (``diary.cli.main`` with the product policy), and times each phase of
them through the library. It prints figures and asserts nothing about time.

Run::

    python bench/bench_backup.py [--years 10] [--runs 3] [--work-dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

import cryptography

from diary import __version__, backups
from diary.cli import main as diary_main
from diary.domain.sample import generate
from diary.formats import backup, payload
from diary.storage.atomic import atomic_write
from diary.storage.kdf import PRODUCT_POLICY
from diary.storage.vault import Vault

PASSPHRASE = "a bench passphrase, not a secret"
END = dt.date(2025, 12, 31)  # fixed, so every run builds the same diary
SEED = 7
T = TypeVar("T")


def now() -> float:
    return time.perf_counter()


def timed(action: Callable[[], T]) -> tuple[T, float]:
    """The result of ``action`` and the seconds it took."""
    start = now()
    result = action()
    return result, now() - start


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:>9,.0f} ms"


def spread_ms(samples: list[float]) -> str:
    return f"{min(samples) * 1000:,.0f}–{max(samples) * 1000:,.0f}"


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Swallow what ``diary`` prints (the bench prints its own table)."""
    with contextlib.redirect_stdout(io.StringIO()):
        yield


def cli(*args: str) -> None:
    """Run one ``diary`` command with the product KDF policy; stop on failure."""
    with quiet():
        code = diary_main(list(args), kdf_policy=PRODUCT_POLICY)
    if code != 0:
        raise SystemExit(f"bench: diary {' '.join(args)} exited {code}")


def timed_cli(*args: str) -> float:
    """Seconds one ``diary`` command takes."""
    start = now()
    cli(*args)
    return now() - start


def build(folder: Path, years: int) -> dict[str, int]:
    """Create the demo diary through the vault, as bench_store.py does."""
    sample = generate(END, years=years, seed=SEED)
    with Vault(folder, PRODUCT_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.import_records(
            circles=sample.circles,
            people=sample.people,
            entries=sample.entries,
            interactions=sample.interactions,
        )
        return vault.repository.counts()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=10, help="years of demo data (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (default 3)")
    parser.add_argument("--work-dir", type=Path, help="build here and keep (default: temporary)")
    return parser.parse_args(argv)


def run(folder: Path, years: int, runs: int) -> None:
    diary_dir = folder / "diary"
    secret = folder / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    target = folder / "diary.hearth-backup"
    counts, built = timed(lambda: build(diary_dir, years))
    print(
        f"Hearth {__version__}, Python {platform.python_version()}, cryptography "
        f"{cryptography.__version__}, {platform.machine()}, {os.cpu_count()} CPUs"
    )
    print(
        f"Demo diary: {years} years ending {END}, {counts['entries']:,} entries, "
        f"{counts['interactions']:,} interactions, {counts['people']} people, "
        f"{counts['circles']} circles (built in {built:.1f} s)"
    )
    base = ["--data-dir", str(diary_dir), "--passphrase-file", str(secret)]

    # The commands, end to end (what the user waits for). -----------------------------------
    export, verify, restore, merge = [], [], [], []
    for index in range(runs):
        export.append(timed_cli(*base, "backup", "export", str(target)))
        verify.append(timed_cli(*base, "backup", "verify", str(target)))
        fresh = folder / f"restored-{index}"
        into = ["--data-dir", str(fresh), "--passphrase-file", str(secret)]
        restore.append(timed_cli(*into, "backup", "restore", str(target)))
        merge.append(timed_cli(*into, "backup", "restore", str(target), "--merge"))
        shutil.rmtree(fresh)

    # The same work, phase by phase. ---------------------------------------------------------
    with Vault(diary_dir, PRODUCT_POLICY) as vault:
        repo, unlock = timed(lambda: vault.unlock(PASSPHRASE))
        records, read_all = timed(repo.records)
        # The app's "Back up now" and backup on quit: the sealing key was derived at unlock,
        # each file's key is an HKDF of it, so no Argon2id is paid here.
        sealing = backup.seal_key(PASSPHRASE, PRODUCT_POLICY.calibrate(), PRODUCT_POLICY)
        in_app = [
            timed(lambda: backups.export_to(repo, folder / "in-app.hearth-backup", sealing))[1]
            for _ in range(runs)
        ]
    stamp = dt.datetime.now(dt.UTC)
    document, dumped = timed(lambda: payload.dump(records, exported_at=stamp, app_version="b"))
    params, calibrated = timed(PRODUCT_POLICY.calibrate)
    data, encrypted = timed(lambda: backup.encrypt(document, PASSPHRASE, params, PRODUCT_POLICY))
    _none, written = timed(lambda: atomic_write(target, data))
    raw, read = timed(target.read_bytes)
    opened, decrypted = timed(lambda: backup.decrypt(raw, PASSPHRASE, PRODUCT_POLICY))
    dump, parsed = timed(lambda: payload.load(opened.payload))
    fresh = folder / "restored-phases"
    vault = Vault(fresh, PRODUCT_POLICY)
    _code, created = timed(lambda: vault.create(PASSPHRASE))
    _counts, merged = timed(lambda: vault.repository.merge_records(dump.records))
    vault.close()
    compressed = len(zlib.compress(document, 6))

    print(f"\nCommands, median of {runs} (range in ms)")
    print(f"  diary backup export            {median_ms(export)}   ({spread_ms(export)})")
    print(f"  diary backup verify            {median_ms(verify)}   ({spread_ms(verify)})")
    print(f"  diary backup restore (new)     {median_ms(restore)}   ({spread_ms(restore)})")
    print(f"  diary backup restore --merge   {median_ms(merge)}   ({spread_ms(merge)})")
    print("    (--merge into the diary just restored: every record is already there)")
    cost = f"{params.memory_kib // 1024} MiB x {params.iterations} passes"
    print(f"    (Argon2id at {cost}: export pays")
    print("     unlock + calibration + the backup key; verify the backup key; restore the")
    print("     backup key + calibration + the new diary's key; --merge the backup key + unlock)")
    print(f"  the app's Back up now          {median_ms(in_app)}   ({spread_ms(in_app)})")
    print("    (backups.export_to with the sealing key of the unlocked session: read, JSON,")
    print("     AES-GCM, atomic write; target 1 s on ten years)")
    print("\nPhases (one run)")
    for name, seconds in (
        ("unlock the diary (KDF + open)", unlock),
        ("repository.records()", read_all),
        ("payload.dump (JSON)", dumped),
        ("KDF calibration", calibrated),
        ("backup.encrypt (KDF + AES-GCM)", encrypted),
        ("atomic_write (temp + fsync + rename)", written),
        ("read the file", read),
        ("backup.decrypt (KDF + AES-GCM)", decrypted),
        ("payload.load (parse + validate)", parsed),
        ("create the new diary (calibrate + KDF)", created),
        ("repository.merge_records (all rows)", merged),
    ):
        print(f"  {name:<40} {seconds * 1000:>9,.0f} ms")
    print("\nSize")
    print(f"  backup file           {len(data):>12,} bytes ({len(data) / 1e6:.2f} MB)")
    print(f"  payload (JSON)        {len(document):>12,} bytes, {opened.chunk_count} chunks")
    print(f"  overhead              {len(data) - len(document):>12,} bytes")
    print(f"  payload, zlib -6      {compressed:>12,} bytes (for reference; v1 stores it as is)")
    diary_bytes = sum(p.stat().st_size for p in diary_dir.iterdir() if p.is_file())
    print(f"  the diary on disk     {diary_bytes:>12,} bytes")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = now()
    if args.work_dir is not None:
        folder = args.work_dir
        if folder.exists() and any(folder.iterdir()):
            print(f"bench: {folder} is not empty; give an empty or new folder.", file=sys.stderr)
            return 2
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="hearth-bench-backup-"))
    try:
        run(folder, args.years, args.runs)
    finally:
        if args.work_dir is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\nTotal runtime {now() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
