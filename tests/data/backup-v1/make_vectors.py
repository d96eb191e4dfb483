"""Make the backup format's test vectors (docs/backup-format.md, "Test vectors").

Run from the repository root::

    python tests/data/backup-v1/make_vectors.py

It writes, beside itself:

- ``payload.json``: the expected plaintext payload, byte for byte (made-up records);
- ``passphrase.txt``: the passphrase, UTF-8, NFC, one line;
- ``vector.hearth-backup``: that payload encrypted with the *product* floor parameters
  (64 MiB, 3 passes, 4 lanes) and a 256-byte chunk size, so the small file has several chunks.

The payload is deterministic; the backup file is not (fresh salt and nonces every run), so
committing a new one replaces the old vector. A golden file is read forever: once a vector of a
format version is committed, keep it and add new ones beside it.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from diary.domain.models import (  # noqa: E402
    CheckIn,
    CheckInKind,
    Circle,
    Entry,
    Gratitude,
    Initiator,
    Interaction,
    Mode,
    Person,
    Records,
)
from diary.formats import backup, payload  # noqa: E402
from diary.storage.kdf import PRODUCT_POLICY  # noqa: E402

PASSPHRASE = "Hearth test vector: pässphrase ✓"
CHUNK_SIZE = 256
EXPORTED_AT = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
APP_VERSION = "0.1.0"


def uid(n: int) -> str:
    """A readable fixed uid: 32 hex digits."""
    return f"{n:032x}"


def vector_records() -> Records:
    """A few records of every kind, with non-ASCII text, shared names and optional fields."""
    day = dt.date(2025, 12, 30)
    next_day = dt.date(2025, 12, 31)
    return Records(
        circles=(
            Circle("Book club", cadence_days=30, uid=uid(1)),
            Circle("Family", cadence_days=7, uid=uid(2)),
        ),
        people=(
            Person("Ana", circles=("Family",), inner=True, cadence_days=7, uid=uid(3)),
            Person("Kofi", circles=("Book club",), uid=uid(4)),
            Person("Zoë", uid=uid(5)),
        ),
        entries=(
            Entry(
                day,
                mood=7,
                energy=4,
                feelings=("calm", "grateful"),
                gratitude=(Gratitude("Soup with Ana", "Ana"), Gratitude("A dry, bright morning")),
                text="Walked by the river; the café was open. «Bonne année» a day early.",
                uid=uid(6),
            ),
            Entry(next_day, mood=5, text="", uid=uid(7)),
        ),
        interactions=(
            Interaction(
                day,
                Mode.IN_PERSON,
                45,
                people=("Ana",),
                depth=4,
                initiated=Initiator.ME,
                circle="Family",
                note="lunch",
                uid=uid(8),
            ),
            Interaction(
                day,
                Mode.CALL,
                20,
                people=("Kofi", "Zoë"),
                depth=3,
                initiated=Initiator.THEM,
                circle="Book club",
                uid=uid(9),
            ),
            Interaction(next_day, Mode.TEXT, 2, uid=uid(10)),
        ),
        checkins=(
            CheckIn(day, CheckInKind.WHO5, (3, 4, 2, 3, 4), uid=uid(11)),
            CheckIn(next_day, CheckInKind.UCLA3, (1, 2, 1), uid=uid(12)),
        ),
    )


def main() -> None:
    """Write the three files of the vector (only while Hearth wrote version 1)."""
    if backup.FORMAT_VERSION != 1:  # this vector is read forever, never remade
        sys.exit("Hearth now writes a newer format: see tests/data/backup-v2/make_vectors.py")
    document = payload.dump(vector_records(), exported_at=EXPORTED_AT, app_version=APP_VERSION)
    floor = PRODUCT_POLICY.floor
    data = backup.encrypt(document, PASSPHRASE, floor, PRODUCT_POLICY, chunk_size=CHUNK_SIZE)
    assert backup.decrypt(data, PASSPHRASE, PRODUCT_POLICY).payload == document
    (HERE / "payload.json").write_bytes(document)
    (HERE / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (HERE / "vector.hearth-backup").write_bytes(data)
    print(f"payload {len(document)} bytes, backup {len(data)} bytes, chunk size {CHUNK_SIZE}")


if __name__ == "__main__":
    main()
