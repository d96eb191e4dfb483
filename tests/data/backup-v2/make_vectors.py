"""Make the version 2 backup test vector (docs/backup-format.md, "Test vectors").

Run from the repository root::

    python tests/data/backup-v2/make_vectors.py

It writes ``vector.hearth-backup`` beside itself: the payload and passphrase of the version 1
vector (``../backup-v1/payload.json`` and ``passphrase.txt``) sealed in format version 2, with
the product floor parameters (64 MiB, 3 passes, 4 lanes) and a 256-byte chunk size. The file is
not deterministic (fresh salt, file id and nonces); once committed it is read forever.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
V1 = HERE.parent / "backup-v1"
sys.path.insert(0, str(HERE.parents[2]))

from diary.formats import backup  # noqa: E402
from diary.storage.kdf import PRODUCT_POLICY  # noqa: E402

CHUNK_SIZE = 256


def main() -> None:
    """Seal the version 1 vector's payload as a version 2 file."""
    if backup.FORMAT_VERSION != 2:
        sys.exit("Hearth writes another format now: keep this vector, add one for that version")
    document = (V1 / "payload.json").read_bytes()
    passphrase = (V1 / "passphrase.txt").read_text(encoding="utf-8").splitlines()[0]
    floor = PRODUCT_POLICY.floor
    data = backup.encrypt(document, passphrase, floor, PRODUCT_POLICY, chunk_size=CHUNK_SIZE)
    assert backup.decrypt(data, passphrase, PRODUCT_POLICY).payload == document
    (HERE / "vector.hearth-backup").write_bytes(data)
    print(f"payload {len(document)} bytes, backup {len(data)} bytes, chunk size {CHUNK_SIZE}")


if __name__ == "__main__":
    main()
