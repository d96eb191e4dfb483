"""Benchmark importing large Day One and jrnl exports: time and peak memory (issue 12).

Day One's and jrnl's exports are one JSON object whose "entries" array holds the whole diary.
Read whole (``json.loads``), a file's text, its parsed entries and every note were in memory at
once; Hearth now reads them entry by entry (``diary.formats.importers.json_stream``), so memory
stays bounded whatever the size (target: peak resident memory <= 300 MB for any input).

The exports are built in a temporary folder, about ``--mb`` MB each, shaped as the apps write
them (Day One: uuid, dates, zone, Markdown text and its ``richText`` twin, tags, location,
weather; jrnl: date, time, title, body, tags):

- a Day One ``Journal.json``;
- a Day One zip of three journals of the same total size;
- a Day One zip of one journal of a third of that size and ``--photos`` photos (noise JPEGs of
  2400 × 1600 pixels, about 5 MB each, as a phone's: eight different ones, each entry's photo
  one of them, one entry in ten with a photo until all are placed), so the peak shows that
  photos are read from the zip and stored one at a time;
- a Hearth JSON export (``diary export json``) of a diary with ``--photos`` such photos, read
  as ``diary import json`` reads it: checked as a stream, then merged with its photos read
  again one at a time (a checkout older than that reads it whole);
- a jrnl ``journal.json``.

A diary is created for each with the fast test KDF, and a fresh process (so the peak is its
own) runs what ``diary import KIND FILE`` runs: ``Importer.scan`` (the whole file read once,
only counts kept), then ``Repository.import_notes`` (read again, merged note by note in one
transaction). It prints notes, days, the time of the scan and of the whole import, the processor
time of the whole import (steadier than the wall clock on a busy machine) and the peak resident
memory (``ru_maxrss``) of that process; MB is the size of the JSON (a zip's journals unpacked;
a Hearth export's photos included, in base64), and for a Hearth export "notes" are its entries,
"scan" its first reading and "photos" those it added (dashes: a Hearth before photos, which
cannot read it).
The exports are built by a process of their own too: Linux carries a parent's peak into a child
it starts, so this script stays small.
``--checkout`` runs the same against another checkout of Hearth (to compare with the code
before a change). It asserts nothing (see bench/README.md).

Run::

    python bench/bench_imports.py                 # about 55 MB each
    python bench/bench_imports.py --mb 10         # smaller files
    python bench/bench_imports.py --photos 100   # more photos in the zip with photos
    python bench/bench_imports.py --checkout ../main
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from bench_import_daylio import CREATE  # a child that creates an empty diary

PASSPHRASE = "correct horse battery staple"

IMPORT = """
import resource, sys, time
from pathlib import Path
from diary.formats.importers import IMPORTERS, ImportOptions, titles
from diary.formats.importers.base import Notes
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

folder, kind, path = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
importer, options = IMPORTERS[kind], ImportOptions()
start = time.perf_counter()
scan = importer.scan(path, options)
scanned = time.perf_counter() - start
with Vault(folder, TEST_POLICY) as vault:
    repo = vault.unlock(sys.argv[4])
    merged = repo.import_notes(
        kind, importer.notes(path, options, Notes()), titles=titles(), file=path.name
    )
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
photos = getattr(merged, "photos_added", 0)
print(f"{scan.notes}|{scan.days}|{merged.notes_added}|{scanned:.1f}|{seconds:.1f}|{cpu:.1f}|{peak:.0f}|{photos}")
"""

IMPORT_JSON = """
import resource, sys, time
from pathlib import Path
from diary.formats.importers import hearth
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

folder, path = Path(sys.argv[1]), Path(sys.argv[3])
start = time.perf_counter()
if hasattr(hearth, "read_dump"):
    dump = hearth.read_dump(path)
    records, photos = dump.records, lambda: hearth.photos(path)  # read again, one at a time
else:  # a Hearth before photos: it cannot read a dump with photos (a newer version)
    print("-|-|-|-|-|-|-|-")
    sys.exit()
scanned = time.perf_counter() - start
with Vault(folder, TEST_POLICY) as vault:
    repo = vault.unlock(sys.argv[4])
    merged = repo.merge_records(records, photos=photos(), remember=path.name)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)
cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
days = len({e.day for e in records.entries})
added = merged["entries_added"]
photos = getattr(merged, "photos_added", 0)
print(f"{len(records.entries)}|{days}|{added}|{scanned:.1f}|{seconds:.1f}|{cpu:.1f}|{peak:.0f}|{photos}")
"""

_WORDS = (
    "walked with Sam after work, soup and a long call with Mum; the river was high and the "
    "light stayed late. Café au lait, crème brûlée — ça va 😊. Market day\\! Rain\\. "
).split()
_ZONES = ("Europe/Lisbon", "America/New_York", "Asia/Tokyo", "Europe/Berlin")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def _days(start: dt.date) -> Iterator[tuple[dt.date, int]]:
    """Days from ``start`` on, each with how many entries it has (oldest first, as exported)."""
    rng = random.Random(12)
    day = start
    while True:
        yield day, rng.randint(1, 3)
        day += dt.timedelta(days=1)


def _dayone_entry(rng: random.Random, day: dt.date, slot: int, number: int) -> dict[str, Any]:
    text = _text(rng, rng.randint(60, 300))
    rich = {"contents": [{"text": text, "attributes": {"line": {"header": 0}}}], "meta": {}}
    created = f"{day.isoformat()}T{8 + slot * 5:02d}:{rng.randint(0, 59):02d}:00Z"
    return {
        "uuid": f"{number:032X}",
        "creationDate": created,
        "modifiedDate": created,
        "timeZone": rng.choice(_ZONES),
        "text": f"# Day {day.day}\n\n{text}",
        "richText": json.dumps(rich),
        "tags": rng.sample(["family", "work", "travel", "friends"], rng.randint(0, 2)),
        "starred": rng.random() < 0.1,
        "isPinned": False,
        "duration": 0,
        "creationDevice": "iPhone",
        "creationDeviceType": "iPhone",
        "location": {
            "localityName": "Lisbon",
            "country": "Portugal",
            "latitude": 38.7 + rng.random(),
            "longitude": -9.1 - rng.random(),
            "placeName": "Rua da Rosa",
        },
        "weather": {
            "conditionsDescription": "Partly Cloudy",
            "temperatureCelsius": round(rng.uniform(5, 30), 1),
            "weatherCode": "partly-cloudy",
        },
    }


def _write_dayone(
    out: IO[bytes], megabytes: float, first: int = 0, photos: list[str] | None = None
) -> None:
    """A Day One journal of about ``megabytes`` MB, written entry by entry.

    ``photos`` are md5 names of the zip's photos: one entry in ten gets the next of them.
    """
    rng = random.Random(first)
    target = int(megabytes * 1024 * 1024)
    size = out.write(b'{"metadata": {"version": "1.0"}, "entries": [\n')
    number = first
    left = list(photos or [])
    for day, count in _days(dt.date(2014, 1, 1)):
        for slot in range(count):
            entry = _dayone_entry(rng, day, slot, number)
            if left and number % 10 == 0:
                md5, identifier = left.pop(0), f"P{number:031X}"
                entry["text"] += f"\n\n![](dayone-moment://{identifier})"
                entry["photos"] = [
                    {"identifier": identifier, "md5": md5, "type": "jpeg", "width": 2400,
                     "height": 1600, "orderInEntry": 0}
                ]  # fmt: skip
            part = json.dumps(entry, indent=2).encode()
            size += out.write(part if number == first else b",\n" + part)
            number += 1
        if size >= target:
            break
    out.write(b"\n]}")


def build_dayone(path: Path, megabytes: float) -> None:
    """A Day One ``Journal.json`` of about ``megabytes`` MB."""
    with path.open("wb") as out:
        _write_dayone(out, megabytes)


def build_dayone_zip(path: Path, megabytes: float) -> None:
    """A Day One zip of three journals, about ``megabytes`` MB unpacked together."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for n, name in enumerate(("Journal", "Travel", "Work")):
            with archive.open(f"{name}.json", "w") as member:
                _write_dayone(member, megabytes / 3, n * 1_000_000)
            archive.writestr(f"photos/{name}.jpeg", b"\xff\xd8\xff" + bytes(1000))


PHOTOS = 40


def _noise_jpeg(seed: int) -> bytes:
    """A 2400 × 1600 JPEG of noise (about 5 MB: noise does not compress, as a photo barely)."""
    import io

    from PIL import Image

    rng = random.Random(seed)
    image = Image.frombytes("RGB", (2400, 1600), rng.randbytes(2400 * 1600 * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def build_dayone_photos(path: Path, megabytes: float, photos: int = PHOTOS) -> None:
    """A Day One zip of one journal of ``megabytes / 3`` MB and ``photos`` photos."""
    pictures = [_noise_jpeg(seed) for seed in range(8)]
    names = [f"{n:032x}" for n in range(photos)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("Journal.json", "w") as member:
            _write_dayone(member, megabytes / 3, photos=names)
        for n, name in enumerate(names):
            archive.writestr(f"photos/{name}.jpeg", pictures[n % len(pictures)])


def build_hearth_photos(path: Path, megabytes: float, photos: int = PHOTOS) -> None:
    """A Hearth JSON export of a diary with ``photos`` photos, one a day, and their entries."""
    from diary.exports import write_export
    from diary.formats.photos import prepare_photo
    from diary.storage.kdf import TEST_POLICY
    from diary.storage.vault import Vault

    pictures = [_noise_jpeg(seed) for seed in range(8)]
    with tempfile.TemporaryDirectory() as work, Vault(Path(work) / "d", TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        repo = vault.repository
        for n in range(photos):
            day = dt.date(2020, 1, 1) + dt.timedelta(days=n)
            repo.add_photo(prepare_photo(day, pictures[n % len(pictures)], f"IMG_{n:04d}.jpg"))
        write_export("json", path, repo.records(), dt.datetime.now(dt.UTC), repo)


def build_jrnl(path: Path, megabytes: float) -> None:
    """A jrnl ``journal.json`` of about ``megabytes`` MB (``jrnl --format json``)."""
    rng = random.Random(7)
    target = int(megabytes * 1024 * 1024)
    with path.open("wb") as out:
        size = out.write(b'{"tags": {"@family": 1}, "entries": [\n')
        separator = b""
        for day, count in _days(dt.date(2014, 1, 1)):
            for slot in range(count):
                entry = {
                    "title": _text(rng, 8) + ".",
                    "body": _text(rng, rng.randint(120, 500)),
                    "date": day.isoformat(),
                    "time": f"{8 + slot * 5:02d}:{rng.randint(0, 59):02d}",
                    "tags": ["@family"] if rng.random() < 0.2 else [],
                    "starred": rng.random() < 0.1,
                }
                size += out.write(
                    separator + json.dumps(entry, indent=4, ensure_ascii=False).encode()
                )
                separator = b",\n"
            if size >= target:
                break
        out.write(b"\n]}")


BUILDERS = {
    "dayone": build_dayone,
    "dayone-zip": build_dayone_zip,
    "dayone-photos": build_dayone_photos,
    "hearth-photos": build_hearth_photos,
    "jrnl": build_jrnl,
}


def _build(builder: str, path: Path, megabytes: float, photos: int) -> None:
    """Build an export in a process of its own (its memory is not the measured process's)."""
    here = Path(__file__).resolve().parent.parent  # this checkout's diary, to build with
    subprocess.run(
        [
            sys.executable,
            __file__,
            "--build",
            builder,
            str(path),
            "--mb",
            str(megabytes),
            "--photos",
            str(photos),
        ],
        check=True,
        env={**os.environ, "PYTHONPATH": str(here)},
    )


def _unpacked(path: Path) -> float:
    """MB of the file, or of its journals unpacked for a zip."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return (
                sum(i.file_size for i in archive.infolist() if i.filename.endswith(".json")) / 2**20
            )
    return path.stat().st_size / 2**20


def _run(checkout: Path, script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=checkout,  # that checkout's diary package
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=55, help="size of each export (default 55)")
    parser.add_argument(
        "--checkout",
        type=Path,
        default=Path(__file__).resolve().parent.parent,
        help="the Hearth checkout to measure (default: this one)",
    )
    parser.add_argument(
        "--photos",
        type=int,
        default=PHOTOS,
        help=f"photos in the Day One zip with photos (default {PHOTOS}, about 5 MB each)",
    )
    parser.add_argument("--build", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.build:
        builder, built = options.build
        if builder == "dayone-photos":
            build_dayone_photos(Path(built), options.mb, options.photos)
        elif builder == "hearth-photos":
            build_hearth_photos(Path(built), options.mb, options.photos)
        else:
            BUILDERS[builder](Path(built), options.mb)
        return
    cases = [
        ("Day One Journal.json", "dayone", "Journal.json", "dayone"),
        ("Day One zip, 3 journals", "dayone", "export.zip", "dayone-zip"),
        ("Day One zip, photos", "dayone", "photos.zip", "dayone-photos"),
        ("Hearth JSON, photos", "json", "hearth.json", "hearth-photos"),
        ("jrnl journal.json", "jrnl", "journal.json", "jrnl"),
    ]
    print(f"Hearth at {options.checkout.resolve()}")
    columns = (
        ("MB", 6),
        ("notes", 7),
        ("days", 6),
        ("added", 7),
        ("scan", 7),
        ("total", 7),
        ("cpu", 7),
    )
    heads = " ".join(f"{name:>{width}}" for name, width in columns)
    print(f"{'export':<24} {heads} {'peak RSS':>9} {'photos':>7}")
    with tempfile.TemporaryDirectory() as work:
        for name, kind, file_name, builder in cases:
            folder, path = Path(work) / file_name.replace(".", "-"), Path(work) / file_name
            _build(builder, path, options.mb, options.photos)
            _run(options.checkout, CREATE, str(folder), PASSPHRASE)
            size = _unpacked(path)
            script = IMPORT_JSON if kind == "json" else IMPORT
            notes, days, added, scanned, seconds, cpu, peak, photos = _run(
                options.checkout, script, str(folder), kind, str(path), PASSPHRASE
            ).split("|")
            print(
                f"{name:<24} {size:>6.1f} {notes:>7} {days:>6} {added:>7} {scanned:>6}s "
                f"{seconds:>6}s {cpu:>6}s {peak:>6} MB {photos:>7}"
            )
            path.unlink()


if __name__ == "__main__":
    main()
