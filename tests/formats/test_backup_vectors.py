"""The committed backup test vectors (v1 and v2), read forever (security.md item 11).

Each is read twice: by Hearth's reader with the product policy, and by a minimal reference
decryptor written here from docs/backup-format.md alone, with ``cryptography``'s primitives and
none of Hearth's code. Both must give ``payload.json`` byte for byte, so the document is enough
to write a decryptor, and the reader keeps reading what versions 1 and 2 wrote.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import struct
import unicodedata
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from diary.formats import backup, payload
from diary.storage.kdf import PRODUCT_POLICY

VECTORS = Path(__file__).resolve().parents[1] / "data" / "backup-v1"
VECTORS_V2 = VECTORS.parent / "backup-v2"


class Refused(Exception):
    """The reference decryptor's only error."""


def reference_decrypt(data: bytes, passphrase: str) -> bytes:
    """docs/backup-format.md, "Reading, step by step", without any of Hearth's code."""
    if len(data) < 43 + 28 + 28 + 32 or data[:8] != b"HEARTHB\x00":
        raise Refused("not a Hearth backup")
    body, trailer = data[:-32], data[-32:]
    if hashlib.sha256(body).digest() != trailer:
        raise Refused("damaged")
    (version,) = struct.unpack(">H", body[8:10])
    size = {1: 43, 2: 59}.get(version)
    if size is None or len(body) < size + 28 + 28:
        raise Refused("damaged")
    header = body[:size]
    _magic, _version, kdf_id, memory, iterations, lanes, salt, chunk = struct.unpack(
        ">8sHBIII16sI", header[:43]
    )
    if kdf_id != 1 or not 1 <= chunk <= 1 << 20:
        raise Refused("damaged")
    if not (memory == 65536 and 3 <= iterations <= 32 and lanes == 4):
        raise Refused("unsafe parameters")
    records = body[size + 28 :]
    full = chunk + 28
    count = max(1, -(-len(records) // full))
    if len(records) - (count - 1) * full < 28:
        raise Refused("damaged")
    password = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key = Argon2id(
        salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory
    ).derive(password)
    if version == 2:  # each file's own key: HKDF-SHA256, the file id as salt
        key = HKDF(
            algorithm=hashes.SHA256(), length=32, salt=header[43:59], info=b"Hearth backup file key"
        ).derive(key)
    aead = AESGCM(key)
    try:
        aead.decrypt(body[size : size + 12], body[size + 12 : size + 28], header)
    except Exception:  # noqa: BLE001 - cryptography's InvalidTag
        raise Refused("wrong passphrase") from None
    plain = []
    for index in range(count):
        record = records[index * full : (index + 1) * full]
        aad = header + index.to_bytes(8, "big") + (1 if index == count - 1 else 0).to_bytes(1)
        try:
            plain.append(aead.decrypt(record[:12], record[12:], aad))
        except Exception:  # noqa: BLE001
            raise Refused("tampered") from None
    return b"".join(plain)


@pytest.fixture(scope="module")
def vector() -> bytes:
    return (VECTORS / "vector.hearth-backup").read_bytes()


@pytest.fixture(scope="module")
def secret() -> str:
    return (VECTORS / "passphrase.txt").read_text(encoding="utf-8").splitlines()[0]


@pytest.fixture(scope="module")
def expected() -> bytes:
    return (VECTORS / "payload.json").read_bytes()


def test_the_vector_is_what_the_document_says(vector: bytes, secret: str) -> None:
    assert len(vector) == 2049 and vector[:8] == b"HEARTHB\0"
    header = backup.read_header(vector)
    assert header.params == PRODUCT_POLICY.floor  # 64 MiB, 3 passes, 4 lanes
    assert (header.version, header.kdf_id, header.chunk_size) == (1, 1, 256)
    assert secret == "Hearth test vector: pässphrase ✓"
    assert unicodedata.is_normalized("NFC", secret)


def test_hearths_reader_decrypts_the_vector(vector: bytes, secret: str, expected: bytes) -> None:
    opened = backup.decrypt(vector, secret, PRODUCT_POLICY)
    assert opened.payload == expected
    assert opened.chunk_count == 7
    dump = payload.load(opened.payload)
    assert dump.records.counts() == {
        "entries": 2, "interactions": 3, "people": 3, "circles": 2, "checkins": 2,
    }  # fmt: skip
    assert dump.exported_at == "2026-01-02T03:04:05Z"


def test_the_reference_decryptor_decrypts_the_vector(
    vector: bytes, secret: str, expected: bytes
) -> None:
    assert reference_decrypt(vector, secret) == expected


def test_the_reference_decryptor_refuses_like_hearth(vector: bytes, secret: str) -> None:
    """Cheap refusals only (no derivation): the trailer and the header are checked first."""
    for broken in (vector[:-1], vector[:100] + b"\0" + vector[101:], vector + b"\0"):
        with pytest.raises(Refused, match="damaged|not a Hearth"):
            reference_decrypt(broken, secret)
        with pytest.raises(backup.BackupDamaged):
            backup.decrypt(broken, secret, PRODUCT_POLICY)


def test_the_vector_passphrase_typed_decomposed_still_opens(vector: bytes, secret: str) -> None:
    decomposed = unicodedata.normalize("NFD", secret)
    assert decomposed != secret
    assert backup.decrypt(vector, decomposed, PRODUCT_POLICY).payload.startswith(b"{")


def test_make_vectors_still_describes_the_committed_payload(expected: bytes) -> None:
    """The script and the committed files agree (the payload is deterministic).

    The vector holds a version 1 payload. Today's writer makes version 6 of the same records:
    the same document with ``"version": 6``, the two keys version 2 added, here empty, the
    two keys version 3 added, here null (unknown), each entry's ``company`` (version 4), here
    null (not answered), its ``tags`` (version 5), here none, and ``photos`` (version 6),
    here none.
    """
    spec = importlib.util.spec_from_file_location("make_vectors", VECTORS / "make_vectors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = payload.dump(
        module.vector_records(), exported_at=module.EXPORTED_AT, app_version=module.APP_VERSION
    )
    old = json.loads(expected)
    assert old["version"] == 1
    new = json.loads(made)
    entries = [entry | {"tags": []} for entry in old["entries"]]  # version TAGS_SINCE's key
    assert new == old | {
        "version": payload.PAYLOAD_VERSION,
        "entries": [entry | {"company": None} for entry in entries],
        "reach_out_holds": [],
        "preferences": {},
        "diary_id": None,
        "last_changed_at": None,
        "photos": [],
    }
    assert list(new) == [
        *old,
        *("reach_out_holds", "preferences", "diary_id", "last_changed_at", "photos"),
    ]
    dump = payload.load(expected)
    assert dump.records == module.vector_records() and dump.version == 1
    assert (dump.records.holds, dump.records.preferences) == ((), ())
    assert payload.load(made).records == module.vector_records()


def test_the_documented_header_example_is_the_v2_vectors() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "backup-format.md").read_text("utf-8")
    example = doc.split("The header of the version 2 test vector, for example, is\n\n```\n")[1]
    example = example.split("```")[0]
    vector_v2 = (VECTORS_V2 / "vector.hearth-backup").read_bytes()
    assert bytes.fromhex(example.replace("\n", " ")) == vector_v2[:59]
    assert struct.unpack(">8sHBIII16sI16s", vector_v2[:59])[1:3] == (2, 1)


# Version 2: the same payload sealed with a file id and a per-file key --------------------------


@pytest.fixture(scope="module")
def vector_v2() -> bytes:
    return (VECTORS_V2 / "vector.hearth-backup").read_bytes()


def test_the_v2_vector_is_what_the_document_says(vector_v2: bytes) -> None:
    assert len(vector_v2) == 2065 and vector_v2[:8] == b"HEARTHB\0"
    header = backup.read_header(vector_v2)
    assert header.params == PRODUCT_POLICY.floor
    assert (header.version, header.kdf_id, header.chunk_size) == (2, 1, 256)
    assert len(header.file_id) == 16 and header.size == 59


def test_hearth_and_the_reference_decrypt_the_v2_vector(
    vector_v2: bytes, secret: str, expected: bytes
) -> None:
    assert backup.decrypt(vector_v2, secret, PRODUCT_POLICY).payload == expected
    assert reference_decrypt(vector_v2, secret) == expected
