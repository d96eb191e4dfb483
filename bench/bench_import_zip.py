"""Benchmark what a Day One zip bomb costs: time and peak memory of reading it.

A zip of a few megabytes can unpack to gigabytes. Journals are read an entry at a time (an
entry too long to keep is read past), so memory does not grow with what a zip unpacks to
(target: peak resident memory <= 300 MB for any zip); Hearth also caps what all the journals
of one zip may unpack to together (``dayone._MAX_UNPACKED_BYTES``, 512 MB), refused before any
is read however a bomb is split into members, which bounds the time one may take.

Each case is built in a temporary folder, then read by a fresh process (so each peak is its own)
as ``diary import dayone`` first reads it (``Importer.scan``):

- one member of 300 MB, one entry of 300 MB of text (read, the entry skipped: refused);
- eight members of 60 MB each (480 MB together: read, and refused in the same way);
- eight members of 70 MB each (560 MB together: refused by the sizes the zip gives);
- eight members of 300 MB each (2.4 GB together, about 2.4 MB compressed: refused so too);
- a real-sized journal of 20,000 entries, for comparison (accepted).

It prints figures; it asserts nothing (see bench/README.md).

Run::

    python bench/bench_import_zip.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

READ = """
import resource, sys, time
from pathlib import Path
from diary.formats.importers import IMPORTERS, ImportFailed, ImportOptions
start = time.perf_counter()
try:
    scan = IMPORTERS["dayone"].scan(Path(sys.argv[1]), ImportOptions())
    outcome = f"accepted, {scan.days} days"
except ImportFailed:
    outcome = "refused"
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{outcome}|{seconds:.2f}|{peak:.0f}")
"""


def _bomb(path: Path, members: int, megabytes: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for number in range(members):
            with archive.open(f"Journal {number}.json", "w", force_zip64=True) as member:
                member.write(b'{"entries": [{"text": "')
                block = b"x" * (1024 * 1024)
                for _ in range(megabytes):
                    member.write(block)
                member.write(b'"}]}')


def _journal(path: Path, entries: int) -> None:
    document = {
        "entries": [
            {
                "uuid": f"{number:032X}",
                "creationDate": f"{1990 + number // 365 % 30}-{number % 12 + 1:02d}-01T20:00:00Z",
                "text": "Walked with Sam after work; soup, and a long call with Mum. " * 4,
            }
            for number in range(entries)
        ]
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps(document))


def main() -> None:
    cases = [
        ("1 member of 300 MB", lambda path: _bomb(path, 1, 300)),
        ("8 members of 60 MB", lambda path: _bomb(path, 8, 60)),
        ("8 members of 70 MB", lambda path: _bomb(path, 8, 70)),
        ("8 members of 300 MB", lambda path: _bomb(path, 8, 300)),
        ("a journal of 20,000 entries", lambda path: _journal(path, 20_000)),
    ]
    print(f"{'zip':<30} {'size':>9} {'outcome':<22} {'time':>7} {'peak RSS':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for name, build in cases:
            path = Path(folder) / "export.zip"
            build(path)
            out = subprocess.run(
                [sys.executable, "-c", READ, str(path)], capture_output=True, text=True, check=True
            ).stdout.strip()
            outcome, seconds, peak = out.split("|")
            size = path.stat().st_size / 1e6
            print(f"{name:<30} {size:>6.1f} MB {outcome:<22} {seconds:>5} s {peak:>5} MiB")


if __name__ == "__main__":
    main()
