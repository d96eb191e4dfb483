"""Wrong secrets, damaged and tampered files on real diaries (security.md items 1-4).

Every diary here is made with the ``vault`` fixture, filled, closed (so the WAL is checkpointed
into ``diary.db``) and reopened with a fresh ``Vault``. Nothing may ever silently return data
from a damaged file, and a refused unlock must leave every file byte-identical.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from diary.domain.models import CheckIn, CheckInKind, Entry, Gratitude, Interaction, Mode, Person
from diary.storage.errors import DamagedDiary, StorageError, WrongPassphrase
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.vault import Vault, new_recovery_code

PAGE = 4096
FIRST_DAY = dt.date(2025, 3, 1)
DAYS = 30
DIARY_FILES = {"diary.db", "diary.keys", "diary.lock", "diary.seal"}


def _fill(repo: Repository) -> None:
    repo.add_person(Person("Ann", inner=True, cadence_days=7))
    for i in range(DAYS):
        day = FIRST_DAY + dt.timedelta(days=i)
        repo.save_entry(
            Entry(
                day,
                mood=1 + i % 9,
                energy=9 - i % 9,
                feelings=("calm", "hopeful"),
                gratitude=(Gratitude("tea with Ann", "Ann"),),
                text=f"Day {i}: a long walk by the river, thinking about everything. " * 8,
            )
        )
        repo.add_interaction(
            Interaction(day, Mode.CALL, 10 + i, people=("Ann", "Ben"), depth=3, note=f"n{i}")
        )
    repo.add_checkin(CheckIn(FIRST_DAY, CheckInKind.WHO5, (3, 3, 4, 2, 5)))


def _snapshot(folder: Path) -> dict[str, bytes]:
    """The name and bytes of every file in the diary folder."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _read_everything(repo: Repository) -> int:
    """Touch every kind of record the diary holds; returns the number of logged days."""
    days = repo.days(dt.date.min, dt.date.max)
    repo.people()
    repo.circles()
    repo.checkins()
    repo.counts()
    repo.date_range()
    repo.search("river")
    repo.interactions(dt.date.min, dt.date.max)
    return len(days)


@pytest.fixture
def closed_diary(vault: Vault, repo: Repository, diary_dir: Path) -> Path:
    """A filled diary, closed: diary.db, diary.keys, diary.seal and an empty diary.lock remain."""
    _fill(repo)
    vault.close()
    snapshot = _snapshot(diary_dir)
    assert set(snapshot) == DIARY_FILES
    assert snapshot["diary.lock"] == b""
    assert len(snapshot["diary.db"]) % PAGE == 0 and len(snapshot["diary.db"]) >= 8 * PAGE
    return diary_dir


def _unlock(folder: Path, unlock: Callable[[Vault], Repository]) -> None:
    """Unlock a fresh Vault on ``folder`` (and always close it again)."""
    other = Vault(folder, TEST_POLICY)
    try:
        unlock(other)
    finally:
        other.close()


def _refused(
    folder: Path,
    passphrase: str,
    error: type[StorageError] | tuple[type[StorageError], ...],
    what: str = "unlock",
) -> StorageError:
    """Unlocking must raise ``error`` and leave every file in the folder byte-identical."""
    before = _snapshot(folder)
    other = Vault(folder, TEST_POLICY)
    try:
        other.unlock(passphrase)
    except error as caught:
        assert not other.unlocked, what
        refusal = caught
    except Exception as caught:  # noqa: BLE001 - any other exception is the failure reported
        pytest.fail(f"{what}: {caught!r} instead of {error}")
    else:
        pytest.fail(f"{what}: the diary opened")
    finally:
        other.close()
    assert _snapshot(folder) == before, f"{what}: files changed by a refused unlock"
    return refusal


def _assert_healthy(folder: Path) -> None:
    """The diary opens, passes the full check and reads back everything."""
    with Vault(folder, TEST_POLICY) as other:
        repo = other.unlock(PASSPHRASE)
        assert repo.integrity_problems() == []
        assert _read_everything(repo) == DAYS


# 1. Wrong, empty and non-ASCII passphrases ---------------------------------------------------


def test_wrong_empty_and_damaged_are_told_apart(closed_diary: Path) -> None:
    wrong = _refused(closed_diary, PASSPHRASE + "!", WrongPassphrase)
    empty = _refused(closed_diary, "", WrongPassphrase)
    keys = closed_diary / "diary.keys"
    keys.write_bytes(keys.read_bytes()[:-1])
    damaged = _refused(closed_diary, PASSPHRASE, DamagedDiary)
    assert "does not open" in str(wrong)
    assert "empty" in str(empty)
    assert "damaged" in str(damaged)
    assert len({str(wrong), str(empty), str(damaged)}) == 3
    assert not isinstance(damaged, WrongPassphrase)


@pytest.mark.parametrize(
    "attempt",
    [
        "correct horse battery stapl",
        "Correct horse battery staple",
        "correct horse battery staple ",
        " correct horse battery staple",
        "correct horse battery staple\n",
        "correct\u00a0horse battery staple",
    ],
)
def test_near_misses_are_wrong_and_change_nothing(closed_diary: Path, attempt: str) -> None:
    _refused(closed_diary, attempt, WrongPassphrase)


def test_a_wrong_try_does_not_spoil_the_next_one(closed_diary: Path) -> None:
    with Vault(closed_diary, TEST_POLICY) as other:
        for _ in range(3):
            with pytest.raises(WrongPassphrase):
                other.unlock("not it")
        assert _read_everything(other.unlock(PASSPHRASE)) == DAYS


NON_ASCII = "пароль-ключ-é"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_non_ascii_passphrase_opens_in_either_normal_form(diary_dir: Path, form: str) -> None:
    created = unicodedata.normalize(form, NON_ASCII)
    other_form = unicodedata.normalize("NFD" if form == "NFC" else "NFC", NON_ASCII)
    assert created != other_form
    with Vault(diary_dir, TEST_POLICY) as new:
        new.create(created)
        new.repository.save_entry(Entry(FIRST_DAY, mood=7, text="ключ"))
    for attempt in (created, other_form):
        with Vault(diary_dir, TEST_POLICY) as again:
            entry = again.unlock(attempt).entry(FIRST_DAY)
            assert entry is not None and entry.text == "ключ"
    for wrong in ("пароль-ключ-e", "ПАРОЛЬ-КЛЮЧ-É", "пароль-ключ-", "parol-klyuch-e"):
        _refused(diary_dir, wrong, WrongPassphrase)


# 2-4. The key file: every byte, every length, appended garbage -------------------------------


def test_byte_flip_sweep_over_every_byte_of_the_key_file(closed_diary: Path) -> None:
    keys = closed_diary / "diary.keys"
    original = keys.read_bytes()
    assert 100 < len(original) < 400
    for offset in range(len(original)):
        for mask in (0x01, 0x80, 0xFF):
            flipped = bytearray(original)
            flipped[offset] ^= mask
            keys.write_bytes(bytes(flipped))
            what = f"flip {mask:#x} at byte {offset}"
            _refused(closed_diary, PASSPHRASE, (DamagedDiary, WrongPassphrase), what)
    keys.write_bytes(original)
    _assert_healthy(closed_diary)


def test_key_file_truncated_at_every_length_is_refused(closed_diary: Path) -> None:
    keys = closed_diary / "diary.keys"
    original = keys.read_bytes()
    for length in range(len(original)):
        keys.write_bytes(original[:length])
        _refused(closed_diary, PASSPHRASE, DamagedDiary, f"truncated to {length} bytes")


@pytest.mark.parametrize("garbage", [b"\x00", b"\n", b"garbage", bytes(32), bytes(4096)])
def test_key_file_with_appended_garbage_is_refused(closed_diary: Path, garbage: bytes) -> None:
    keys = closed_diary / "diary.keys"
    keys.write_bytes(keys.read_bytes() + garbage)
    _refused(closed_diary, PASSPHRASE, DamagedDiary)


def test_key_file_of_another_diary_is_refused(closed_diary: Path, tmp_path: Path) -> None:
    # Same passphrase, different data key: the key unwraps, but the database refuses it.
    elsewhere = tmp_path / "elsewhere"
    with Vault(elsewhere, TEST_POLICY) as other:
        other.create(PASSPHRASE)
    (closed_diary / "diary.keys").write_bytes((elsewhere / "diary.keys").read_bytes())
    _refused(closed_diary, PASSPHRASE, DamagedDiary)


# 3-4. The database: first and last pages, truncation, appended garbage -----------------------


def _outcome(folder: Path) -> str:
    """How a damaged database was refused; 'silent' means data came back as if healthy."""
    other = Vault(folder, TEST_POLICY)
    try:
        try:
            repo = other.unlock(PASSPHRASE)
        except DamagedDiary:
            return "refused at unlock"
        if repo.integrity_problems():
            return "found by check"
        try:
            _read_everything(repo)
        except DamagedDiary:
            return "refused on read"
        return "silent"
    finally:
        other.close()


def _check_refused(folder: Path, data: bytes, what: str) -> str:
    db = folder / "diary.db"
    db.write_bytes(data)
    keys = (folder / "diary.keys").read_bytes()
    try:
        outcome = _outcome(folder)
    except Exception as error:  # noqa: BLE001 - any other exception is the failure reported
        pytest.fail(f"{what}: {error!r} instead of DamagedDiary")
    assert outcome != "silent", f"{what}: the damaged diary silently returned data"
    # Nothing was repaired, rewritten or left behind.
    assert db.read_bytes() == data, f"{what}: the damaged database was modified"
    assert (folder / "diary.keys").read_bytes() == keys
    assert {p.name for p in folder.iterdir()} == DIARY_FILES, what
    return outcome


def _flip_sweep(folder: Path, offsets: list[int]) -> set[str]:
    original = (folder / "diary.db").read_bytes()
    outcomes = set()
    for offset in offsets:
        flipped = bytearray(original)
        flipped[offset] ^= 0x01 if offset % 2 else 0x80
        outcomes.add(_check_refused(folder, bytes(flipped), f"flip at byte {offset}"))
    (folder / "diary.db").write_bytes(original)
    return outcomes


def test_byte_flips_over_the_first_page_of_the_database(closed_diary: Path) -> None:
    offsets = sorted({*range(16), *range(16, PAGE, 7), *range(PAGE - 80, PAGE)})
    outcomes = _flip_sweep(closed_diary, offsets)
    # Page one is read to prove the key, so every flip there is refused before any data.
    assert outcomes == {"refused at unlock"}
    _assert_healthy(closed_diary)


def test_byte_flips_over_the_last_page_of_the_database(closed_diary: Path) -> None:
    size = (closed_diary / "diary.db").stat().st_size
    offsets = sorted({*range(size - PAGE, size, 7), *range(size - 80, size)})
    _flip_sweep(closed_diary, offsets)
    _assert_healthy(closed_diary)


def test_flip_in_a_middle_page_is_found(closed_diary: Path) -> None:
    original = (closed_diary / "diary.db").read_bytes()
    pages = len(original) // PAGE
    for page in (1, pages // 2, pages - 2):
        flipped = bytearray(original)
        flipped[page * PAGE + 1000] ^= 0x04
        _check_refused(closed_diary, bytes(flipped), f"flip in page {page + 1}")


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda n: n // 2, id="half"),
        pytest.param(lambda n: n - PAGE, id="one-page-less"),
        pytest.param(lambda n: n - 1, id="one-byte-less"),
        pytest.param(lambda n: n - PAGE // 2, id="half-a-page-less"),
        pytest.param(lambda n: PAGE, id="first-page-only"),
        pytest.param(lambda n: 100, id="100-bytes"),
    ],
)
def test_truncated_database_is_refused(closed_diary: Path, cut: Callable[[int], int]) -> None:
    original = (closed_diary / "diary.db").read_bytes()
    _check_refused(closed_diary, original[: cut(len(original))], "truncated")


def test_database_truncated_to_nothing_is_refused(closed_diary: Path) -> None:
    _check_refused(closed_diary, b"", "truncated to 0 bytes")


@pytest.mark.parametrize(
    "garbage",
    [b"garbage", bytes(PAGE), b"\xff" * (2 * PAGE)],
    ids=["7-bytes", "zero-page", "two-pages"],
)
def test_database_with_appended_garbage_is_refused(closed_diary: Path, garbage: bytes) -> None:
    original = (closed_diary / "diary.db").read_bytes()
    _check_refused(closed_diary, original + garbage, "appended garbage")


def test_database_with_its_last_page_duplicated_is_refused(closed_diary: Path) -> None:
    original = (closed_diary / "diary.db").read_bytes()
    _check_refused(closed_diary, original + original[-PAGE:], "duplicated last page")


def test_database_pages_swapped_are_refused(closed_diary: Path) -> None:
    original = (closed_diary / "diary.db").read_bytes()
    a, b = 2, len(original) // PAGE - 1
    pages = [original[i : i + PAGE] for i in range(0, len(original), PAGE)]
    pages[a], pages[b] = pages[b], pages[a]
    _check_refused(closed_diary, b"".join(pages), "swapped pages")


# Recovery codes -------------------------------------------------------------------------------


@pytest.fixture
def recovery_diary(diary_dir: Path) -> tuple[Path, str]:
    with Vault(diary_dir, TEST_POLICY) as new:
        code = new.create(PASSPHRASE, recovery_code=True)
        assert code is not None
        new.repository.save_entry(Entry(FIRST_DAY, mood=5, text="kept"))
    return diary_dir, code


def test_recovery_code_looks_like_eight_groups_of_four() -> None:
    codes = {new_recovery_code() for _ in range(20)}
    assert len(codes) == 20
    for code in codes:
        groups = code.split("-")
        assert len(groups) == 8 and all(len(g) == 4 for g in groups)
        assert set(code.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def test_recovery_code_opens_in_any_case_and_spacing(recovery_diary: tuple[Path, str]) -> None:
    folder, code = recovery_diary
    bare = code.replace("-", "")
    spellings = [
        code,
        code.lower(),
        bare,
        bare.lower(),
        code.replace("-", " "),
        "  " + " - ".join(code.split("-")).swapcase() + "\n",
        " ".join(bare[i : i + 2] for i in range(0, len(bare), 2)),
    ]
    for spelling in spellings:
        with Vault(folder, TEST_POLICY) as again:
            entry = again.unlock_with_recovery_code(spelling).entry(FIRST_DAY)
            assert entry is not None and entry.text == "kept", spelling
    # The passphrase still works alongside it.
    _unlock(folder, lambda v: v.unlock(PASSPHRASE))


def test_wrong_recovery_codes_are_refused(recovery_diary: tuple[Path, str]) -> None:
    folder, code = recovery_diary
    swapped = "A" if code[0] != "A" else "B"
    wrong = [
        swapped + code[1:],  # one character off
        code[:-1],  # one character short
        code + "A",  # one character too many
        new_recovery_code(),
        PASSPHRASE,
    ]
    before = _snapshot(folder)
    for attempt in wrong:
        with Vault(folder, TEST_POLICY) as again, pytest.raises(WrongPassphrase):
            again.unlock_with_recovery_code(attempt)
    for empty in ("", " - - ", "\n"):
        with Vault(folder, TEST_POLICY) as again, pytest.raises(WrongPassphrase, match="empty"):
            again.unlock_with_recovery_code(empty)
    # The recovery code is not a passphrase.
    with Vault(folder, TEST_POLICY) as again, pytest.raises(WrongPassphrase):
        again.unlock(code)
    assert _snapshot(folder) == before


def test_diary_without_recovery_slot_refuses_recovery_codes(closed_diary: Path) -> None:
    before = _snapshot(closed_diary)
    for attempt in (new_recovery_code(), PASSPHRASE):
        with Vault(closed_diary, TEST_POLICY) as again:
            with pytest.raises(WrongPassphrase, match="no recovery code"):
                again.unlock_with_recovery_code(attempt)
            assert not again.unlocked and not again.has_recovery_code
    assert _snapshot(closed_diary) == before
