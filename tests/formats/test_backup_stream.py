"""The backup container written from pieces and read a chunk at a time: the same format."""

from __future__ import annotations

import io
import os

import pytest

from diary.formats import backup
from diary.storage.kdf import TEST_POLICY

PASSPHRASE = "correct horse battery staple"
CHUNK = 64


@pytest.fixture(scope="module")
def sealing() -> backup.SealingKey:
    return backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)


def sealed(sealing: backup.SealingKey, payload: bytes | list[bytes], **options: object) -> bytes:
    out = io.BytesIO()
    backup.write_sealed(out, payload, sealing, chunk_size=CHUNK, **options)  # type: ignore[arg-type]
    return out.getvalue()


def opened(data: bytes, passphrase: str = PASSPHRASE) -> backup.OpenedBackup:
    return backup.open_sealed(io.BytesIO(data), passphrase, TEST_POLICY)


def cut(data: bytes, sizes: list[int]) -> list[bytes]:
    pieces, at = [], 0
    for size in sizes:
        pieces.append(data[at : at + size])
        at += size
    return [*pieces, data[at:]]


@pytest.mark.parametrize("length", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 7])
@pytest.mark.parametrize("split", [[], [0, 0], [1] * 10, [CHUNK], [CHUNK - 1, 2, CHUNK + 3]])
def test_pieces_make_the_file_the_whole_plaintext_makes(
    sealing: backup.SealingKey, length: int, split: list[int]
) -> None:
    plaintext = os.urandom(length)
    whole = sealed(sealing, plaintext)
    streamed = sealed(sealing, cut(plaintext, split))
    assert len(streamed) == len(whole)  # the same chunks: every one full but the last
    for data in (whole, streamed):
        assert backup.decrypt(data, PASSPHRASE, TEST_POLICY).payload == plaintext
        with opened(data) as reading:
            chunks = list(reading.chunks())
        assert b"".join(chunks) == plaintext
        assert all(len(chunk) == CHUNK for chunk in chunks[:-1]) and len(chunks[-1]) <= CHUNK
        assert len(chunks) == max(1, -(-length // CHUNK))


def test_pieces_are_sealed_as_they_come_keeping_one_chunk_back(
    sealing: backup.SealingKey,
) -> None:
    out = io.BytesIO()
    sizes: list[int] = []

    def pieces():  # noqa: ANN202
        for _ in range(5):
            yield b"x" * CHUNK
            sizes.append(len(out.getvalue()))

    backup.write_sealed(out, pieces(), sealing, chunk_size=CHUNK)
    head = backup.HEADER_BYTES + backup.KEY_CHECK_BYTES
    record = CHUNK + backup.CHUNK_OVERHEAD
    # after the n-th piece, n - 1 chunks are written: the n-th waits to know if it is the last
    assert sizes == [head + n * record for n in range(5)]


def test_progress_of_pieces_stays_within_the_guess_until_the_end(
    sealing: backup.SealingKey,
) -> None:
    seen: list[tuple[int, int]] = []
    sealed(sealing, [b"y" * 100, b"z" * 100], total=150, progress=lambda d, t: seen.append((d, t)))
    assert all(done <= total for done, total in seen)
    assert seen[-1] == (200, 200)


def test_reading_goes_a_chunk_at_a_time(sealing: backup.SealingKey) -> None:
    data = sealed(sealing, os.urandom(20 * CHUNK))

    class Counting(io.BytesIO):
        read_so_far = 0

        def read(self, size: int | None = -1) -> bytes:
            got = super().read(size)
            self.read_so_far += len(got)
            return got

    stream = Counting(data)
    reading = backup.open_sealed(stream, PASSPHRASE, TEST_POLICY)
    stream.read_so_far = 0
    chunks = reading.chunks()
    next(chunks)
    assert stream.read_so_far < 3 * (CHUNK + backup.CHUNK_OVERHEAD) + backup.HEADER_BYTES + 100
    assert len(list(chunks)) == 19


def test_the_reader_is_a_stream_of_the_plaintext(sealing: backup.SealingKey) -> None:
    plaintext = os.urandom(5 * CHUNK + 3)
    with opened(sealed(sealing, plaintext)) as reading:
        stream = reading.reader()
        assert stream.read(10) + stream.read() == plaintext
        assert reading.reader().read() == plaintext  # and as often as asked


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        (lambda d: d[:-1], backup.BackupDamaged, "damaged"),
        (lambda d: d[:40], backup.BackupDamaged, "damaged"),
        (lambda d: b"not a backup" * 20, backup.BackupDamaged, "not a Hearth backup"),
        (lambda d: d[:100] + bytes([d[100] ^ 1]) + d[101:], backup.BackupDamaged, "damaged"),
    ],
)
def test_a_damaged_file_is_refused_as_decrypt_refuses_it(
    sealing: backup.SealingKey,
    change,
    error,
    words: str,  # noqa: ANN001
) -> None:
    data = change(sealed(sealing, os.urandom(4 * CHUNK)))
    with pytest.raises(error) as whole:
        backup.decrypt(data, PASSPHRASE, TEST_POLICY)
    with pytest.raises(error) as streamed:
        opened(data)
    assert str(whole.value) == str(streamed.value)
    assert words in str(streamed.value)


def test_a_wrong_or_empty_passphrase_is_said(sealing: backup.SealingKey) -> None:
    data = sealed(sealing, b"secret")
    with pytest.raises(backup.WrongBackupPassphrase, match="does not open"):
        opened(data, "not it")
    with pytest.raises(backup.WrongBackupPassphrase):
        opened(data, "")


def test_a_file_changed_after_it_was_opened_does_not_read(sealing: backup.SealingKey) -> None:
    data = bytearray(sealed(sealing, os.urandom(4 * CHUNK)))
    stream = io.BytesIO(data)
    reading = backup.open_sealed(stream, PASSPHRASE, TEST_POLICY)
    buffer = stream.getbuffer()
    buffer[backup.HEADER_BYTES + backup.KEY_CHECK_BYTES + CHUNK + 50] ^= 1  # inside chunk 2
    del buffer
    with pytest.raises(backup.BackupDamaged, match="part 2"):
        list(reading.chunks())


def test_a_trailer_replaced_after_opening_is_damage(sealing: backup.SealingKey) -> None:
    data = sealed(sealing, os.urandom(2 * CHUNK))
    stream = io.BytesIO(data)
    reading = backup.open_sealed(stream, PASSPHRASE, TEST_POLICY)
    stream.seek(len(data) - 1)
    stream.write(bytes([data[-1] ^ 1]))
    with pytest.raises(backup.BackupDamaged, match="damaged"):
        list(reading.chunks())


def test_a_wiped_key_reads_nothing(sealing: backup.SealingKey) -> None:
    reading = opened(sealed(sealing, b"secret"))
    reading.wipe()
    with pytest.raises(backup.SealingKeyWiped):
        list(reading.chunks())
