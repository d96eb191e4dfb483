"""The backup container: round trips, wrong passphrases and every kind of damage or tampering.

security.md items 1-5, 9, 10 and 14 for backups. Files here use the fast test KDF and a 64-byte
chunk size, so a few hundred bytes of payload make a file of several chunks that can be swept
byte by byte. "Retrailed" files have their SHA-256 trailer recomputed after a change: they show
what the AES-GCM layer catches on its own, i.e. deliberate tampering rather than damage.
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary.formats import backup
from diary.formats.backup import (
    CHUNK_OVERHEAD,
    DIGEST_BYTES,
    HEADER_BYTES,
    KEY_CHECK_BYTES,
    MAX_CHUNK_SIZE,
    NONCE_BYTES,
    BackupDamaged,
    BackupError,
    BackupHeader,
    UnsupportedBackup,
    WrongBackupPassphrase,
)
from diary.storage.kdf import PRODUCT_POLICY, TEST_POLICY, KdfParams, KdfPolicy

SECRET = "correct horse battery staple"
CHUNK = 64
PAYLOAD = random.Random(6).randbytes(4 * CHUNK + 17)  # five chunks, the last one short
PARAMS = TEST_POLICY.floor
START = HEADER_BYTES + KEY_CHECK_BYTES  # where the first chunk record begins


def make(payload: bytes = PAYLOAD, chunk_size: int = CHUNK, secret: str = SECRET) -> bytes:
    return backup.encrypt(payload, secret, PARAMS, TEST_POLICY, chunk_size=chunk_size)


def read(data: bytes, secret: str = SECRET) -> bytes:
    return backup.decrypt(data, secret, TEST_POLICY).payload


def retrail(data: bytes) -> bytes:
    """The file with its SHA-256 trailer recomputed (what a deliberate tamperer would do)."""
    body = data[:-DIGEST_BYTES]
    return body + hashlib.sha256(body).digest()


def chunks(data: bytes, chunk_size: int = CHUNK) -> list[bytes]:
    """The chunk records (nonce + ciphertext + tag) of a well-formed file, in order."""
    body = data[START:-DIGEST_BYTES]
    full = chunk_size + CHUNK_OVERHEAD
    return [body[i : i + full] for i in range(0, len(body), full)]


def assemble(data: bytes, records: list[bytes]) -> bytes:
    """Header and key check of ``data`` with other chunk records, retrailed."""
    return retrail(data[:START] + b"".join(records) + bytes(DIGEST_BYTES))


def refused(
    data: bytes, error: type[BackupError] = BackupDamaged, secret: str = SECRET
) -> BackupError:
    """Reading ``data`` must raise exactly ``error`` (a subclass counts), nothing else."""
    try:
        backup.decrypt(data, secret, TEST_POLICY)
    except error as caught:
        return caught
    except Exception as caught:  # noqa: BLE001 - any other exception is the failure reported
        pytest.fail(f"{caught!r} instead of {error.__name__}")
    pytest.fail(f"accepted instead of {error.__name__}")


@pytest.fixture(scope="module")
def sample() -> bytes:
    return make()


# Round trips ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 5])
def test_round_trip_and_layout(size: int) -> None:
    payload = bytes(range(256)) * 2
    payload = payload[:size]
    data = make(payload)
    count = max(1, -(-size // CHUNK))
    assert len(data) == HEADER_BYTES + KEY_CHECK_BYTES + count * CHUNK_OVERHEAD + size + 32
    opened = backup.decrypt(data, SECRET, TEST_POLICY)
    assert opened.payload == payload
    assert opened.chunk_count == count
    assert opened.header.chunk_size == CHUNK and opened.header.params == PARAMS


def test_the_default_chunk_is_one_mebibyte() -> None:
    payload = random.Random(1).randbytes(MAX_CHUNK_SIZE + 10)
    data = backup.encrypt(payload, SECRET, PARAMS, TEST_POLICY)
    opened = backup.decrypt(data, SECRET, TEST_POLICY)
    assert opened.payload == payload
    assert (opened.chunk_count, opened.header.chunk_size) == (2, MAX_CHUNK_SIZE)


def test_write_streams_to_a_binary_file() -> None:
    out = io.BytesIO()
    written = backup.write(out, PAYLOAD, SECRET, PARAMS, TEST_POLICY, chunk_size=CHUNK)
    assert written == len(out.getvalue())
    assert read(out.getvalue()) == PAYLOAD


def test_progress_is_reported_chunk_by_chunk(sample: bytes) -> None:
    calls: list[tuple[int, int]] = []
    make_calls: list[tuple[int, int]] = []
    backup.encrypt(
        PAYLOAD,
        SECRET,
        PARAMS,
        TEST_POLICY,
        chunk_size=CHUNK,
        progress=lambda d, t: make_calls.append((d, t)),
    )
    backup.decrypt(sample, SECRET, TEST_POLICY, progress=lambda d, t: calls.append((d, t)))
    expected = [(64, 273), (128, 273), (192, 273), (256, 273), (273, 273)]
    assert calls == expected and make_calls == expected


def test_writer_refuses_empty_passphrase_and_bad_chunk_sizes() -> None:
    with pytest.raises(ValueError, match="empty"):
        make(secret="")
    for size in (0, MAX_CHUNK_SIZE + 1):
        with pytest.raises(ValueError, match="chunk size"):
            make(chunk_size=size)


# 1. Wrong, empty and non-ASCII passphrases ----------------------------------------------------


def test_wrong_empty_and_damaged_are_told_apart(sample: bytes) -> None:
    wrong = refused(sample, WrongBackupPassphrase, secret=SECRET + "!")
    empty = refused(sample, WrongBackupPassphrase, secret="")
    damaged = refused(sample[:-1])
    assert not isinstance(damaged, WrongBackupPassphrase)
    assert "does not open" in str(wrong) and "empty" in str(empty) and "damaged" in str(damaged)
    assert len({str(wrong), str(empty), str(damaged)}) == 3


NEAR_MISSES = [SECRET[:-1], SECRET.upper(), SECRET + " ", " " + SECRET, SECRET + "\n"]


@pytest.mark.parametrize("attempt", [*NEAR_MISSES, SECRET.replace(" ", "\u00a0")])
def test_near_misses_are_wrong_passphrases(sample: bytes, attempt: str) -> None:
    refused(sample, WrongBackupPassphrase, secret=attempt)


def test_non_ascii_passphrase_works_in_either_normal_form() -> None:
    secret = "пароль-ключ-é"
    data = make(secret=unicodedata.normalize("NFD", secret))
    assert read(data, unicodedata.normalize("NFC", secret)) == PAYLOAD
    refused(data, WrongBackupPassphrase, secret="пароль-ключ-e")


# 2. Every header field changed ----------------------------------------------------------------

HEADER_FIELDS = {
    "magic": (0, 8),
    "version": (8, 2),
    "kdf id": (10, 1),
    "memory": (11, 4),
    "iterations": (15, 4),
    "lanes": (19, 4),
    "salt": (23, 16),
    "chunk size": (39, 4),
    "file id": (43, 16),
}


def _with_field(data: bytes, field: str, value: int | bytes) -> bytes:
    offset, size = HEADER_FIELDS[field]
    raw = value if isinstance(value, bytes) else value.to_bytes(size, "big")
    return data[:offset] + raw + data[offset + size :]


@pytest.mark.parametrize("field", list(HEADER_FIELDS))
def test_each_header_field_changed_is_damage(sample: bytes, field: str) -> None:
    offset, size = HEADER_FIELDS[field]
    for new in (bytes([sample[offset] ^ 1]) + sample[offset + 1 : offset + size], bytes(size)):
        changed = sample[:offset] + new + sample[offset + size :]
        assert changed != sample
        error = refused(changed)
        assert not isinstance(error, WrongBackupPassphrase)


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("magic", b"HEARTHK\x00", BackupDamaged),
        ("version", 3, UnsupportedBackup),
        ("version", 1, BackupError),  # read as the shorter version 1 header: nothing fits
        ("version", 0, BackupDamaged),
        ("kdf id", 2, BackupDamaged),
        # More memory or lanes than Hearth ever writes: refused before deriving (reader ceiling)
        ("memory", PARAMS.memory_kib * 2, BackupDamaged),
        ("iterations", PARAMS.iterations + 1, WrongBackupPassphrase),
        ("lanes", PARAMS.lanes + 1, BackupDamaged),
        ("salt", bytes(16), WrongBackupPassphrase),
        ("chunk size", CHUNK + 1, BackupError),
        ("chunk size", 0, BackupDamaged),
        ("chunk size", MAX_CHUNK_SIZE + 1, BackupDamaged),
    ],
)
def test_header_tampering_with_a_recomputed_trailer_is_refused(
    sample: bytes, field: str, value: int | bytes, error: type[BackupError]
) -> None:
    """Deliberate edits: the header is the associated data of the key check and every chunk.

    A new salt or cost derives another key, which cannot be told from a wrong passphrase
    (docs/backup-format.md, "What is and is not detected").
    """
    refused(retrail(_with_field(sample, field, value)), error)


def test_a_newer_format_says_so(sample: bytes) -> None:
    error = refused(retrail(_with_field(sample, "version", 7)), UnsupportedBackup)
    assert "newer Hearth" in str(error) and "version 7" in str(error)


def test_a_file_that_is_no_backup_says_so() -> None:
    error = refused(b"SQLite format 3\x00" + bytes(200))
    assert "not a Hearth backup" in str(error)


# 3. Byte-flip sweep over the whole file -------------------------------------------------------


def test_byte_flip_sweep_over_every_byte_is_damage(sample: bytes) -> None:
    assert len(sample) == 119 + 5 * CHUNK_OVERHEAD + len(PAYLOAD) == 532
    for offset in range(len(sample)):
        for mask in (0x01, 0x80, 0xFF):
            flipped = bytearray(sample)
            flipped[offset] ^= mask
            error = refused(bytes(flipped))
            assert not isinstance(error, WrongBackupPassphrase), f"{mask:#x} at {offset}"
    assert read(sample) == PAYLOAD


def test_byte_flip_sweep_with_recomputed_trailer_is_refused(sample: bytes) -> None:
    """Past the key check the key is proven, so any change to a chunk is reported as damage."""
    for offset in range(len(sample) - DIGEST_BYTES):
        flipped = bytearray(sample)
        flipped[offset] ^= 0x01
        error = refused(retrail(bytes(flipped)), BackupError)
        if offset >= START:
            assert isinstance(error, BackupDamaged), offset
            assert "altered" in str(error), offset


# 4. Truncation and appended bytes -------------------------------------------------------------


def test_truncation_at_every_length_is_damage(sample: bytes) -> None:
    for length in range(len(sample)):
        refused(sample[:length])


def test_truncation_at_and_between_chunk_boundaries_is_refused_even_retrailed(
    sample: bytes,
) -> None:
    records = chunks(sample)
    assert len(records) == 5
    for keep in range(1, len(records)):  # at a boundary: drop the last chunks
        cut = assemble(sample, records[:keep])
        refused(cut[:-DIGEST_BYTES] + sample[-DIGEST_BYTES:])  # the trailer no longer matches
        error = refused(cut)
        assert "altered" in str(error)
    for keep in range(1, len(records)):  # between boundaries: half of the next chunk kept
        cut = assemble(sample, [*records[:keep], records[keep][: CHUNK_OVERHEAD + 10]])
        refused(cut)
    refused(assemble(sample, []))  # no chunk at all


@pytest.mark.parametrize(
    "extra", [b"\x00", b"garbage", bytes(CHUNK_OVERHEAD), bytes(CHUNK + CHUNK_OVERHEAD)]
)
def test_appended_bytes_are_refused_even_retrailed(sample: bytes, extra: bytes) -> None:
    refused(sample + extra)
    refused(sample[:-DIGEST_BYTES] + extra + sample[-DIGEST_BYTES:])
    refused(retrail(sample[:-DIGEST_BYTES] + extra + bytes(DIGEST_BYTES)))


def test_an_appended_copy_of_the_last_chunk_is_refused(sample: bytes) -> None:
    records = chunks(sample)
    refused(assemble(sample, [*records, records[-1]]))


# 5. Swapped and duplicated chunks -------------------------------------------------------------


def _swapped(records: list[bytes], i: int, j: int) -> list[bytes]:
    swapped = list(records)
    swapped[i], swapped[j] = swapped[j], swapped[i]
    return swapped


@pytest.mark.parametrize(("i", "j"), [(0, 1), (1, 2), (0, 3), (2, 3)])
def test_swapped_full_chunks_are_refused(sample: bytes, i: int, j: int) -> None:
    records = chunks(sample)
    swapped = _swapped(records, i, j)
    refused(sample[:START] + b"".join(swapped) + sample[-DIGEST_BYTES:])
    assert "altered" in str(refused(assemble(sample, swapped)))


def test_swapping_with_the_short_last_chunk_is_refused() -> None:
    data = make(PAYLOAD[: 4 * CHUNK])  # four full chunks: every record has the same size
    records = chunks(data)
    assert len({len(r) for r in records}) == 1
    refused(assemble(data, _swapped(records, 2, 3)))


@pytest.mark.parametrize("index", [0, 2, 4])
def test_duplicated_chunks_are_refused(sample: bytes, index: int) -> None:
    records = chunks(sample)
    doubled = [*records[: index + 1], records[index], *records[index + 1 :]]
    refused(sample[:START] + b"".join(doubled) + sample[-DIGEST_BYTES:])
    refused(assemble(sample, doubled))
    other = records[index - 1] if index else records[1]
    refused(assemble(sample, [*records[:index], other, *records[index + 1 :]]))


def test_chunks_from_another_backup_with_the_same_passphrase_are_refused(sample: bytes) -> None:
    other = make()
    mixed = [*chunks(sample)[:2], *chunks(other)[2:]]
    refused(assemble(sample, mixed))
    refused(assemble(other, chunks(sample)))  # same passphrase, another salt: another key


# 9. KDF parameters below the floor or absurd: refused before deriving -------------------------


@pytest.fixture
def derive_calls(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """Record every derivation the backup module asks for."""
    calls: list[KdfParams] = []
    real = backup.derive

    def spy(secret: bytes, salt: bytes, params: KdfParams, policy: object) -> bytes:
        calls.append(params)
        return real(secret, salt, params, policy)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "derive", spy)
    return calls


def _with_params(data: bytes, memory: int, iterations: int, lanes: int) -> bytes:
    header = bytearray(data[:HEADER_BYTES])
    struct.pack_into(">III", header, 11, memory, iterations, lanes)
    return retrail(bytes(header) + data[HEADER_BYTES:])


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [
        (PARAMS.memory_kib - 1, 1, 1),  # below the floor
        (64, 0, 1),
        (64, 1, 0),
        (2**32 - 1, 1, 1),  # absurd: 4 TiB
        (64, 2**32 - 1, 1),
        (64 * 1024, 1, 2**32 - 1),
        (1024 * 1024, 64, 1),  # each within the ceiling, together too much work
        (64, 1, 16),  # fewer than 8 KiB per lane
    ],
)
def test_unsafe_kdf_parameters_are_refused_before_deriving(
    sample: bytes, derive_calls: list[KdfParams], memory: int, iterations: int, lanes: int
) -> None:
    error = refused(_with_params(sample, memory, iterations, lanes))
    assert "key-derivation" in str(error)
    assert derive_calls == []


def test_a_downgraded_backup_is_refused_by_the_product_policy(
    sample: bytes, derive_calls: list[KdfParams]
) -> None:
    """A test-profile backup is a "downgrade" for the product: never derived, never opened."""
    with pytest.raises(BackupDamaged, match="key-derivation"):
        backup.decrypt(sample, SECRET, PRODUCT_POLICY)
    assert derive_calls == []
    assert read(sample) == PAYLOAD and derive_calls == [PARAMS]


def test_damage_is_found_before_deriving(sample: bytes, derive_calls: list[KdfParams]) -> None:
    refused(sample[:-1])
    refused(sample[:100] + bytes([sample[100] ^ 1]) + sample[101:])
    refused(sample + b"x")
    assert derive_calls == []


# 10. Fresh salt and nonces --------------------------------------------------------------------


def test_fresh_salt_and_nonces_on_every_export() -> None:
    files = [make() for _ in range(3)]
    salts = {backup.read_header(f).salt for f in files}
    assert len(salts) == 3
    nonces = [f[HEADER_BYTES : HEADER_BYTES + NONCE_BYTES] for f in files]
    nonces += [record[:NONCE_BYTES] for f in files for record in chunks(f)]
    assert len(nonces) == 3 * 6 and len(set(nonces)) == len(nonces)
    assert len({f[START:] for f in files}) == 3


# 14. Fuzzing: a clear BackupError or success, never another exception ------------------------


# Fuzzed headers may ask for any cost the policy allows; keep the ceiling small here so that a
# generated header can never make a test derive with a gibibyte of memory.
FUZZ_POLICY = KdfPolicy(
    floor=TEST_POLICY.floor, ceiling=KdfParams(4096, 4, 4), target_seconds=0.0, max_work=8192
)


def _never_crashes(data: bytes) -> None:
    try:
        assert backup.decrypt(data, SECRET, FUZZ_POLICY).payload == PAYLOAD
    except BackupError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_fuzz_random_bytes(data: bytes) -> None:
    _never_crashes(data)
    _never_crashes(backup.MAGIC + data)
    _never_crashes(retrail(backup.MAGIC + data + bytes(DIGEST_BYTES)))


MUTATION = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10_000), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10_000), st.integers(0, 100)),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.binary(min_size=1, max_size=40)),
    st.tuples(st.just("set"), st.integers(0, 10_000), st.binary(min_size=1, max_size=8)),
)


def _mutate(data: bytes, mutation: tuple[str, int, object]) -> bytes:
    kind, at, arg = mutation
    at %= len(data) + 1
    if kind == "flip":
        assert isinstance(arg, int)
        return data[:at] + bytes([data[at] ^ arg]) + data[at + 1 :] if at < len(data) else data
    if kind == "cut":
        assert isinstance(arg, int)
        return data[:at] + data[at + arg :]
    assert isinstance(arg, bytes)
    if kind == "insert":
        return data[:at] + arg + data[at:]
    return data[:at] + arg + data[at + len(arg) :]


SAMPLE = make()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MUTATION, min_size=1, max_size=4))
def test_fuzz_mutated_backups(mutations: list[tuple[str, int, object]]) -> None:
    data = SAMPLE
    for mutation in mutations:
        data = _mutate(data, mutation)
    _never_crashes(data)
    _never_crashes(retrail(data))  # past the trailer, into the parser and the AEAD layer
    if data != SAMPLE:
        with pytest.raises(BackupDamaged):
            backup.decrypt(data, SECRET, FUZZ_POLICY)


def test_the_helpers_parse_what_the_writer_writes(sample: bytes) -> None:
    """Else the tampering tests above would prove little."""
    assert assemble(sample, chunks(sample)) == sample
    assert len(chunks(sample)) == 5 and read(assemble(sample, chunks(sample))) == PAYLOAD


# One key per file (format version 2) ----------------------------------------------------------


def _sealed(payload: bytes, sealing: backup.SealingKey) -> bytes:
    out = io.BytesIO()
    backup.write_sealed(out, payload, sealing, chunk_size=CHUNK)
    return out.getvalue()


def test_a_chunk_of_one_automatic_backup_never_authenticates_in_another() -> None:
    """Two backups sealed in one session share the passphrase key and salt.

    Before version 2 they also shared the key and the header, so chunk i of one read at place i
    of the other; now each file's id gives it a header and a key of its own.
    """
    sealing = backup.seal_key(SECRET, PARAMS, TEST_POLICY)
    other_payload = random.Random(7).randbytes(len(PAYLOAD))
    one, two = _sealed(PAYLOAD, sealing), _sealed(other_payload, sealing)
    assert backup.read_header(one).salt == backup.read_header(two).salt

    for index in range(len(chunks(one))):
        spliced = chunks(one)
        spliced[index] = chunks(two)[index]
        forged = retrail(one[:START] + b"".join(spliced) + bytes(DIGEST_BYTES))
        error = refused(forged, BackupDamaged)
        assert "altered" in str(error), index
    assert read(one) == PAYLOAD and read(two) == other_payload


def test_each_file_has_its_own_id_and_key() -> None:
    sealing = backup.seal_key(SECRET, PARAMS, TEST_POLICY)
    headers = [backup.read_header(_sealed(PAYLOAD, sealing)) for _ in range(3)]

    assert len({header.file_id for header in headers}) == 3
    assert all(len(header.file_id) == backup.FILE_ID_BYTES for header in headers)
    keys = {bytes(backup.file_key(sealing.key, header)) for header in headers}
    assert len(keys) == 3 and bytes(sealing.key) not in keys


def test_the_reader_asks_no_more_than_hearth_could_have_written() -> None:
    most = backup.reader_ceiling(PRODUCT_POLICY)

    assert most == KdfParams(64 * 1024, 32, 4)  # the floor's memory and lanes, calibration's top
    for asked in (
        KdfParams(1024 * 1024, 4, 4),
        KdfParams(64 * 1024, 33, 4),
        KdfParams(64 * 1024, 3, 8),
    ):
        forged = BackupHeader(asked, bytes(16), file_id=bytes(16)).encode()
        data = retrail(forged + bytes(KEY_CHECK_BYTES + CHUNK_OVERHEAD + DIGEST_BYTES))
        with pytest.raises(BackupDamaged) as raised:
            backup.decrypt(data, SECRET, PRODUCT_POLICY)
        assert raised.value.code == backup.Code.BACKUP_UNSAFE_KDF, asked
