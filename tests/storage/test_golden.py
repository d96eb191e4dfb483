"""Golden diary of format version 1 (key file v1, schema v1): read forever (security.md item 11).

tests/data/golden-v1 was written once by this version of Hearth with the fast test KDF profile.
Never regenerate it: a future Hearth must open this exact file. Add a golden-v2 beside it when a
format changes.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from diary.domain.models import CheckInKind, Gratitude, Initiator, Mode
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

GOLDEN = Path(__file__).parent.parent / "data" / "golden-v1"
PASSPHRASE = "golden passphrase ✓"
DAY = dt.date(2026, 11, 20)


def copy_of_golden(tmp_path: Path) -> Path:
    folder = tmp_path / "golden"
    shutil.copytree(GOLDEN, folder)
    return folder


def test_golden_v1_opens_with_every_record(tmp_path: Path) -> None:
    with Vault(copy_of_golden(tmp_path), TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        entry = repo.entry(DAY)
        assert entry is not None
        assert (entry.mood, entry.energy, entry.feelings) == (7, 4, ("calm", "connected"))
        assert entry.gratitude == (Gratitude("Soup with Ana", "Ana"),)
        assert entry.text == "Golden evening: a walk by the river."
        (contact,) = repo.day(DAY).interactions
        assert (contact.mode, contact.minutes, contact.depth, contact.initiated) == (
            Mode.IN_PERSON,
            60,
            4,
            Initiator.ME,
        )
        assert contact.people == ("Ana",) and contact.circle == "Book club"
        grandma = repo.person("Grandma")
        assert grandma is not None and grandma.inner and grandma.circles == ("Family",)
        (checkin,) = repo.checkins()
        assert checkin.kind is CheckInKind.WHO5 and checkin.answers == (3, 3, 4, 2, 3)
        assert [h.day for h in repo.search("river")] == [DAY]
        assert repo.integrity_problems() == []


def test_golden_v1_recovery_code_still_opens(tmp_path: Path) -> None:
    folder = copy_of_golden(tmp_path)
    code = (folder / "recovery-code.txt").read_text(encoding="utf-8").strip()
    with Vault(folder, TEST_POLICY) as vault:
        assert vault.unlock_with_recovery_code(code).entry(DAY) is not None
