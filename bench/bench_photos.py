"""Benchmark photos: adding one, and the backup and restore of a diary with hundreds of them.

Builds a diary (product KDF) with ``--photos`` random-noise JPEGs of about ``--mb`` megabytes
each (noise does not compress, so each really is that big), a dozen a day, each with an entry,
timing ``prepare_photo`` + ``Repository.add_photo`` for every one; and a second diary with the
same entries and no photos. Then, each in a child process of its own so that its peak memory
(``ru_maxrss``, from ``os.wait4``) is its own, it runs on both diaries:

- export: ``backups.export_to`` (what Back up now and ``diary backup export`` do);
- restore: ``backups.open_backup`` (read and check it all) + ``restore.restore`` into a new
  folder with the photos streamed (what ``diary backup restore`` does).

The product's key derivation (Argon2id, 64 MiB) would hide what the photos cost, so the
diaries are unlocked with it and then the kernel's record of the peak is reset
(``/proc/self/clear_refs``); the backups are sealed, and the restored diary made, with the fast
test KDF; each child reports the peak of the work alone (``VmHWM``). The whole child's
``ru_maxrss`` is printed too.

It prints the times, the peaks, and how much more the diary with photos took than the one
without, against the target of bench/README.md: no more than three times the largest photo
plus a constant, whatever the total. It asserts nothing about time.

Run::

    python bench/bench_photos.py                       # 300 photos of ~2 MB (~600 MB)
    python bench/bench_photos.py --photos 60 --mb 2    # the same per photo, a fifth of the total
    python bench/bench_photos.py --work-dir /tmp/bp    # keep the diaries and backups there
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "a bench passphrase, not a secret"
PER_DAY = 12
CONSTANT_MIB = 32  # besides the photos: SQLite's cache, the chunks, what the allocator keeps
MIB = 1024 * 1024


# The children ---------------------------------------------------------------------------------


def reset_peak() -> bool:
    """Forget this process's peak memory so far (Linux); False where it cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peak_mib() -> float | None:
    """This process's peak resident memory since the last reset, in MiB (Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _noise_jpeg(megabytes: float, seed: int) -> bytes:
    """A JPEG of random noise of about ``megabytes`` (noise at quality 95: ~1.2 bytes a pixel)."""
    import io
    import random

    from PIL import Image

    pixels = int(megabytes * 1_000_000 / 1.2)
    width = int((pixels * 4 / 3) ** 0.5)
    height = pixels // width
    noise = random.Random(seed).randbytes(width * height * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), noise).save(out, "JPEG", quality=95)
    return out.getvalue()


def child_build(folder: Path, photos: int, megabytes: float) -> dict[str, object]:
    """Two diaries: ``folder/photos`` with the photos, ``folder/bare`` with only the entries."""
    import datetime as dt

    from diary.domain.models import Entry
    from diary.formats.photos import prepare_photo
    from diary.storage.kdf import PRODUCT_POLICY
    from diary.storage.vault import Vault

    first = dt.date(2025, 1, 1)
    days = [first + dt.timedelta(days=n // PER_DAY) for n in range(photos)]
    entries = [Entry(day, mood=6, text=f"A day with photos, {day}") for day in sorted(set(days))]
    adds: list[float] = []
    prepares: list[float] = []
    sizes: list[int] = []
    with Vault(folder / "photos", PRODUCT_POLICY) as vault:
        vault.create(PASSPHRASE)
        repo = vault.repository
        repo.import_records(entries=entries)
        for n, day in enumerate(days):
            data = _noise_jpeg(megabytes, seed=n)
            start = time.perf_counter()
            prepared = prepare_photo(day, data, f"IMG_{n:04d}.JPG")
            middle = time.perf_counter()
            repo.add_photo(prepared)
            adds.append(time.perf_counter() - start)
            prepares.append(middle - start)
            sizes.append(len(data))
    with Vault(folder / "bare", PRODUCT_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.import_records(entries=entries)
    return {
        "photos": photos,
        "total_bytes": sum(sizes),
        "largest_bytes": max(sizes),
        "add_median_s": statistics.median(adds),
        "add_p95_s": sorted(adds)[int(len(adds) * 0.95) - 1],
        "prepare_median_s": statistics.median(prepares),
    }


def child_export(diary: Path, target: Path) -> dict[str, object]:
    from diary.backups import export_to
    from diary.formats import backup
    from diary.storage.kdf import PRODUCT_POLICY, TEST_POLICY
    from diary.storage.vault import Vault

    with Vault(diary, PRODUCT_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        sealing = backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)
        reset = reset_peak()
        start = time.perf_counter()
        written = export_to(repo, target, sealing)
        elapsed = time.perf_counter() - start
        peak = peak_mib() if reset else None
    return {"seconds": elapsed, "bytes": written.size, "photos": written.photos, "peak": peak}


def child_restore(backup_file: Path, folder: Path) -> dict[str, object]:
    from diary.backups import open_backup
    from diary.storage import restore
    from diary.storage.kdf import TEST_POLICY

    folder.mkdir(parents=True, exist_ok=True)
    reset = reset_peak()
    start = time.perf_counter()
    with open_backup(backup_file, PASSPHRASE, TEST_POLICY) as opened:
        read = time.perf_counter() - start
        restore.restore(
            folder,
            TEST_POLICY,  # the new diary's own key: fast, so Argon2id does not hide the photos
            PASSPHRASE,
            opened.dump.records,
            replacing=False,
            photos=opened.restored_photos(),
        )
        photos = len(opened.dump.photos)
    peak = peak_mib() if reset else None
    return {
        "seconds": time.perf_counter() - start,
        "read_seconds": read,
        "photos": photos,
        "peak": peak,
    }


def child_unlock(folder: Path) -> dict[str, object]:
    """Only what every child does anyway: import the modules and unlock (the floor of memory)."""
    from diary import backups  # noqa: F401 - the imports of the others
    from diary.storage import restore  # noqa: F401
    from diary.storage.kdf import PRODUCT_POLICY
    from diary.storage.vault import Vault

    with Vault(folder, PRODUCT_POLICY) as vault:
        vault.unlock(PASSPHRASE).counts()
    return {}


CHILDREN = {
    "build": lambda a: child_build(Path(a[0]), int(a[1]), float(a[2])),
    "export": lambda a: child_export(Path(a[0]), Path(a[1])),
    "restore": lambda a: child_restore(Path(a[0]), Path(a[1])),
    "unlock": lambda a: child_unlock(Path(a[0])),
}


# The parent: stays small (never imports diary), so each child's peak is the child's own -------


def run(kind: str, *args: object) -> tuple[dict[str, object], float]:
    """Run one child; its result and its peak RSS in MiB."""
    argv = [sys.executable, __file__, "--child", kind, *map(str, args)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(argv, stdout=out, env=env, stdin=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(child.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"bench: the {kind} child failed")
        out.seek(0)
        result = json.loads(out.read().decode().strip().splitlines()[-1])
    return result, usage.ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=300)
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes a photo (about)")
    parser.add_argument("--work-dir", type=Path, help="build there and keep it")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        print(json.dumps(CHILDREN[kind](rest)))
        return 0

    work = args.work_dir or Path(tempfile.mkdtemp(prefix="bench-photos-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"building {args.photos} photos of ~{args.mb:g} MB in {work} ...", flush=True)
        built, _ = run("build", work, args.photos, args.mb)
        largest = int(built["largest_bytes"]) / MIB  # type: ignore[call-overload]
        total = int(built["total_bytes"]) / MIB  # type: ignore[call-overload]
        floor = run("unlock", work / "photos")[1]
        rows = []
        peaks: dict[tuple[str, str], float] = {}
        for which in ("bare", "photos"):
            target = work / f"{which}.hearth-backup"
            exported, export_child = run("export", work / which, target)
            restored, restore_child = run("restore", target, work / f"restored-{which}")
            export_peak = float(exported["peak"] or export_child)  # type: ignore[arg-type]
            restore_peak = float(restored["peak"] or restore_child)  # type: ignore[arg-type]
            peaks["export", which], peaks["restore", which] = export_peak, restore_peak
            rows.append((which, exported, export_peak, export_child, restored, restore_peak))
            rows[-1] += (restore_child,)
    finally:
        if args.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)

    print()
    print(f"photos: {built['photos']}, {total:,.0f} MiB in all, the largest {largest:.2f} MiB")
    print(
        f"add_photo (prepare + save): median {float(built['add_median_s']) * 1000:,.0f} ms"  # type: ignore[arg-type]
        f", p95 {float(built['add_p95_s']) * 1000:,.0f} ms"  # type: ignore[arg-type]
        f" (prepare alone: median {float(built['prepare_median_s']) * 1000:,.0f} ms)"  # type: ignore[arg-type]
    )
    print(f"floor (import + unlock, no work): peak {floor:,.0f} MiB")
    print()
    print("peak: of the work alone (after the unlock); child: the whole process's ru_maxrss")
    print(
        f"{'diary':<8}{'export':>9}{'peak':>9}{'child':>9}{'backup':>10}"
        f"{'restore':>9}{'peak':>9}{'child':>9}"
    )
    for which, exported, e_peak, e_child, restored, r_peak, r_child in rows:
        size = int(exported["bytes"]) / MIB  # type: ignore[call-overload]
        e_s, r_s = float(exported["seconds"]), float(restored["seconds"])  # type: ignore[arg-type]
        print(
            f"{which:<8}{e_s:>8.1f}s{e_peak:>6,.0f}MiB{e_child:>6,.0f}MiB{size:>7,.0f}MiB"
            f"{r_s:>8.1f}s{r_peak:>6,.0f}MiB{r_child:>6,.0f}MiB"
        )
    print()
    allowed = 3 * largest + CONSTANT_MIB
    for phase in ("export", "restore"):
        grown = peaks[phase, "photos"] - peaks[phase, "bare"]
        verdict = "met" if grown <= allowed else "MISSED"
        print(
            f"{phase}: the photos add {grown:,.0f} MiB to the peak ({grown / largest:.1f}× the "
            f"largest photo; {grown / total * 100:.1f}% of them all); target ≤ 3 × largest + "
            f"{CONSTANT_MIB} MiB = {allowed:,.0f} MiB: {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
