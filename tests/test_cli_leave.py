"""The program as started leaves once its command is done, every word out and the diary shut."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from conftest import PASSPHRASE
from diary.domain.models import Entry
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

DAY = dt.date(2026, 5, 2)
# ``main`` as the ``diary`` script calls it (no argv: the program as started), fast KDF.
PROGRAM = (
    "import sys\n"
    "from diary.cli import main\n"
    "from diary.storage.kdf import TEST_POLICY\n"
    "code = main(kdf_policy=TEST_POLICY)\n"
    "print('returned', code, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def diary(folder: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    argv = ["--data-dir", str(folder), "--passphrase-file", str(secret), *args]
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_a_long_output_is_whole_and_the_process_ends_without_returning(
    diary_dir: Path, tmp_path: Path
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        for i in range(200):
            vault.repository.save_entry(Entry(DAY - dt.timedelta(days=i), mood=5, text=f"walk {i}"))
    listed = diary(diary_dir, tmp_path, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count('"date"') == 200 and listed.stdout.endswith("]\n")
    assert "returned" not in listed.stderr  # it left from inside main, once flushed


def test_a_write_leaves_the_diary_closed_sealed_and_free(diary_dir: Path, tmp_path: Path) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    written = diary(diary_dir, tmp_path, "write", "--date", DAY.isoformat(), "--text", "kiln")
    assert (written.returncode, written.stdout) == (0, f"Saved the entry of {DAY}.\n")
    assert not (diary_dir / "diary.db-wal").exists()  # the last connection closed cleanly
    with Vault(diary_dir, TEST_POLICY) as vault:  # the lock was given back
        repo = vault.unlock(PASSPHRASE)
        assert repo.seal_report is None and repo.integrity_problems() == []
        assert repo.entry(DAY).text == "kiln"  # type: ignore[union-attr]


def test_an_error_keeps_its_exit_code_and_words(diary_dir: Path, tmp_path: Path) -> None:
    missing = diary(diary_dir, tmp_path, "show", "--date", DAY.isoformat())
    assert missing.returncode == 1
    assert missing.stderr.startswith("diary: ") and "returned" not in missing.stderr
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n", encoding="utf-8")
    refused = subprocess.run(
        [sys.executable, "-c", PROGRAM, "--data-dir", str(diary_dir)]
        + ["--passphrase-file", str(wrong), "search", "kiln"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert refused.returncode == 3 and refused.stderr.count("\n") == 1
