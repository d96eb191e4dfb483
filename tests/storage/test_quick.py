"""The command line's light open path answers as the repository does and keeps its bookkeeping."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from diary.domain.models import Entry, Gratitude, Interaction, Mode
from diary.domain.sample import generate
from diary.storage.errors import DiaryInUse, DiaryReadOnly, WrongPassphrase
from diary.storage.kdf import TEST_POLICY
from diary.storage.quick import QuickDiary
from diary.storage.seal import Finding, Seal
from diary.storage.vault import Vault

DAY = dt.date(2026, 3, 14)


def sample_diary(folder: Path) -> None:
    """A closed diary holding half a year of demo days."""
    sample = generate(dt.date(2026, 6, 30), years=1, seed=5)
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.import_records(
            circles=sample.circles,
            people=sample.people,
            entries=sample.entries,
            interactions=sample.interactions,
        )


def test_reads_are_the_repositorys(diary_dir: Path) -> None:
    sample_diary(diary_dir)
    with Vault(diary_dir, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        start, end = dt.date(2026, 1, 1), dt.date(2026, 1, 31)
        expected = (
            repo.days(start, end),
            repo.day(dt.date(2026, 1, 9)),
            repo.day(dt.date(1999, 1, 1)),
            repo.entry(dt.date(2026, 1, 9)),
            repo.entry(dt.date(1999, 1, 1)),
            [repo.search(words) for words in ("walk", "coffee wi", "absentword", "  ")],
        )
    with Vault(diary_dir, TEST_POLICY) as vault:
        quick = vault.unlock_quick(PASSPHRASE)
        got = (
            quick.days(start, end),
            quick.day(dt.date(2026, 1, 9)),
            quick.day(dt.date(1999, 1, 1)),
            quick.entry(dt.date(2026, 1, 9)),
            quick.entry(dt.date(1999, 1, 1)),
            [quick.search(words) for words in ("walk", "coffee wi", "absentword", "  ")],
        )
    assert got == expected
    assert len(expected[0]) > 20 and expected[5][0]  # a real month and real hits were compared


def test_a_save_is_counted_sealed_and_searchable(vault: Vault, diary_dir: Path) -> None:
    repo = vault.repository
    repo.add_interaction(Interaction(DAY, Mode.CALL, 20, people=("Ana",), note="a long call"))
    before = repo.state()
    vault.close()
    with Vault(diary_dir, TEST_POLICY) as again:
        quick = again.unlock_quick(PASSPHRASE)
        entry = Entry(DAY, mood=7, feelings=("calm",), gratitude=(Gratitude("Tea"),), text="Kiln")
        stored = quick.save_entry(entry)
        assert stored.uid and quick.entry(DAY) == stored
        assert quick.day(DAY).interactions[0].note == "a long call"
        assert [hit.day for hit in quick.search("kiln")] == [DAY]
        quick.days(DAY, DAY)  # a read commits nothing and counts nothing
    with Vault(diary_dir, TEST_POLICY) as again:
        repo = again.unlock(PASSPHRASE)
        assert repo.seal_report is None
        assert repo.integrity_problems() == []
        after = repo.state()
        assert after.commits == before.commits + 1
        assert before.changed_at is not None and after.changed_at is not None
        assert after.changed_at >= before.changed_at
        assert repo.entry(DAY) == stored
        assert [hit.day for hit in repo.search("kiln tea")] == [DAY]


def test_an_emptied_entry_removes_the_day(vault: Vault, diary_dir: Path) -> None:
    vault.repository.save_entry(Entry(DAY, mood=3, text="gone soon"))
    vault.close()
    with Vault(diary_dir, TEST_POLICY) as again:
        quick = again.unlock_quick(PASSPHRASE)
        quick.save_entry(Entry(DAY, uid=quick.entry(DAY).uid))  # type: ignore[union-attr]
        assert quick.entry(DAY) is None and quick.search("gone") == []
    with Vault(diary_dir, TEST_POLICY) as again:
        assert again.unlock(PASSPHRASE).days(DAY, DAY) == []


def test_lost_saves_are_found_on_opening(vault: Vault, diary_dir: Path, tmp_path: Path) -> None:
    vault.repository.save_entry(Entry(DAY, mood=5, text="one"))
    vault.close()
    older = tmp_path / "older"
    shutil.copytree(diary_dir, older)
    with Vault(diary_dir, TEST_POLICY) as again:
        again.unlock_quick(PASSPHRASE).save_entry(Entry(DAY, mood=6, text="two"))
    shutil.copy2(diary_dir / "diary.seal", older / "diary.seal")  # the seal saw the second save
    with Vault(older, TEST_POLICY) as again:
        report = again.unlock_quick(PASSPHRASE).seal_report
    assert report is not None and report.finding is Finding.SAVES_LOST and report.lost == 1


def test_the_vault_checks_as_unlock_does(vault: Vault, diary_dir: Path) -> None:
    vault.close()
    with Vault(diary_dir, TEST_POLICY) as again:
        with pytest.raises(WrongPassphrase):
            again.unlock_quick("not it")
        with pytest.raises(WrongPassphrase):
            again.unlock_quick("")
        assert not again.unlocked
        quick = again.unlock_quick(PASSPHRASE)
        assert again.unlock_quick(PASSPHRASE) is quick
        with pytest.raises(DiaryInUse), Vault(diary_dir, TEST_POLICY) as other:
            other.unlock_quick(PASSPHRASE)
        again.lock()
        assert not again.unlocked
    with Vault(diary_dir, TEST_POLICY) as free:  # lock() closed it; close() gave the folder back
        free.unlock_quick(PASSPHRASE)


def test_a_read_only_connection_refuses_writes(vault: Vault, diary_dir: Path) -> None:
    key = bytes(vault._data_key or b"")  # noqa: SLF001 - the test opens the file itself
    vault.close()
    quick = QuickDiary(
        diary_dir / "diary.db", key, Seal(diary_dir / "diary.seal", key), read_only=True
    )
    try:
        assert quick.days(dt.date.min, dt.date.max) == []
        with pytest.raises(DiaryReadOnly):
            quick.save_entry(Entry(DAY, mood=4))
    finally:
        quick.close()


def test_the_light_path_never_imports_sqlalchemy(diary_dir: Path, tmp_path: Path) -> None:
    sample_diary(diary_dir)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from diary.cli import main\n"
        "from diary.storage.kdf import TEST_POLICY\n"
        "for command in (['search', 'walk'], ['show', '--date', '2026-01-09'],\n"
        "        ['list', '--month', '2026-01', '--json'],\n"
        "        ['write', '--date', '2026-07-01', '--mood', '5']):\n"
        f"    code = main(['--data-dir', {str(diary_dir)!r}, '--passphrase-file', {str(secret)!r},"
        " *command], kdf_policy=TEST_POLICY)\n"
        "    assert code == 0, command\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m in ('diary.storage.repository', 'diary.storage.orm', 'diary.settings')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
