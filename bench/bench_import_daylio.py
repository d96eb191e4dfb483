"""Benchmark importing a large Daylio export: time and peak memory (issue 16).

A real 52 MB Daylio export used about 580 MB of memory when the whole file was read, decoded and
held as rows, pieces and entries at once. Hearth now reads it as a stream, a row at a time, once
to check it and once to merge it note by note into the diary in one transaction (target: peak
resident memory <= 150 MB at that size).

The export is built in a temporary folder (ten years of days with several rows each and long
notes, some with HTML, emoji and accented letters, newest first as Daylio writes it), a diary is
created there with the fast test KDF, and a fresh process (so the peak is its own) runs what
``diary import daylio FILE`` runs: ``Importer.scan`` then ``Repository.import_notes``. A second
import of the same file (nothing new) is timed too. It prints figures and asserts nothing (see
bench/README.md).

Run::

    python bench/bench_import_daylio.py              # about 52 MB
    python bench/bench_import_daylio.py --mb 10      # a smaller file
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import tempfile
from pathlib import Path

PASSPHRASE = "correct horse battery staple"

IMPORT = """
import resource, sys, time
from pathlib import Path
from diary.formats.importers import IMPORTERS, ImportOptions, titles
from diary.formats.importers.base import Notes
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

folder, path = Path(sys.argv[1]), Path(sys.argv[2])
importer, options = IMPORTERS["daylio"], ImportOptions()
start = time.perf_counter()
scan = importer.scan(path, options)
scanned = time.perf_counter() - start
with Vault(folder, TEST_POLICY) as vault:
    repo = vault.unlock(sys.argv[3])
    merged = repo.import_notes(
        "daylio", importer.notes(path, options, Notes()), titles=titles(), file=path.name
    )
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{scan.notes}|{scan.days}|{merged.notes_added}|{scanned:.1f}|{seconds:.1f}|{peak:.0f}")
"""

CREATE = """
import sys
from pathlib import Path
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
with Vault(Path(sys.argv[1]), TEST_POLICY) as vault:
    vault.create(sys.argv[2])
"""

_WORDS = (
    "walked with Sam after work, soup and a long call with Mum; the river was high and the "
    "light stayed late. Café au lait, crème brûlée — ça va 😊. "
).split()
_ACTIVITIES = ("work", "friends", "reading", "cooking", "grateful", "tired", "family", "music")
_MOODS = ("rad", "good", "meh", "bad", "awful")


def _note(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    if rng.random() < 0.3:
        return f"<p>{text}</p><br><b>{rng.choice(_WORDS)}</b> &amp; more"
    return text.replace('"', '""')


def build(path: Path, megabytes: int) -> None:
    """A Daylio CSV export of about ``megabytes`` MB, newest day first."""
    rng = random.Random(16)
    target = megabytes * 1024 * 1024
    day = dt.date(2026, 3, 1)
    size = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        header = "full_date,date,weekday,time,mood,activities,note_title,note\n"
        out.write(header)
        size += len(header)
        while size < target:
            for slot in range(rng.randint(2, 6)):
                hour = 22 - slot * 3
                activities = " | ".join(rng.sample(_ACTIVITIES, rng.randint(0, 3)))
                time = f"{hour:02d}:{rng.randint(0, 59):02d}"
                note = _note(rng, rng.randint(80, 400))
                row = (
                    f"{day.isoformat()},{day:%B} {day.day},{day:%A},{time},{rng.choice(_MOODS)},"
                    f'{activities},Day {day.day},"{note}"\n'
                )
                out.write(row)
                size += len(row.encode("utf-8"))
            day -= dt.timedelta(days=1)


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,  # this checkout's diary package
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=int, default=52, help="size of the export (default 52)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder, path = Path(work) / "diary", Path(work) / "daylio_export.csv"
        build(path, options.mb)
        _run(CREATE, str(folder), PASSPHRASE)
        size = path.stat().st_size / 1024 / 1024
        print(f"Daylio export of {size:.1f} MB")
        columns = ("notes", 8), ("days", 6), ("added", 8), ("scan", 7), ("total", 7)
        heads = " ".join(f"{name:>{width}}" for name, width in columns)
        print(f"{'import':<22} {heads} {'peak RSS':>9}")
        for name in ("first (empty diary)", "again (nothing new)"):
            notes, days, added, scanned, seconds, peak = _run(
                IMPORT, str(folder), str(path), PASSPHRASE
            ).split("|")
            print(
                f"{name:<22} {notes:>8} {days:>6} {added:>8} {scanned:>6}s {seconds:>6}s "
                f"{peak:>6} MB"
            )


if __name__ == "__main__":
    main()
