"""Locking and quitting wipe the backup key and the data key, not just forget them."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary.app import Hearth, SealingKeys
from diary.formats import backup
from diary.settings import Settings
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.tasks import InlinePool
from diary.ui.start.unlock import UnlockWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def hearth(diary_dir: Path, tmp_path: Path, qtbot: QtBot) -> Any:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
    settings = Settings(tmp_path / "config" / "settings.json")
    app = Hearth(diary_dir, settings, policy=TEST_POLICY, pool=InlinePool(), tray=False)
    window = app.start()
    assert isinstance(window, UnlockWindow)
    qtbot.addWidget(window)
    window.passphrase.setText(PASSPHRASE)
    window.unlock()
    assert app.main is not None
    qtbot.addWidget(app.main)
    yield app
    app.quit()


def test_ctrl_l_wipes_the_backup_key_and_the_data_key(hearth: Hearth) -> None:
    sealing = hearth.sealing
    data_key = hearth.vault._data_key  # noqa: SLF001 - the buffer itself is checked
    assert sealing is not None and len(sealing.key) == 32
    assert data_key is not None and len(data_key) == 32
    assert hearth.lock()
    assert hearth.sealing is None
    assert sealing.key == bytearray() and data_key == bytearray()
    with pytest.raises(backup.SealingKeyWiped):  # a task still holding it seals nothing
        backup.write_sealed(io.BytesIO(), b"x", sealing)


def test_quitting_wipes_the_backup_key(hearth: Hearth) -> None:
    sealing = hearth.sealing
    assert sealing is not None
    hearth.quit()
    assert sealing.key == bytearray() and not hearth.vault.unlocked


def test_replacing_the_diary_keeps_a_working_backup_key(hearth: Hearth) -> None:
    from diary.domain.models import Entry, Records

    sealing = hearth.sealing
    assert sealing is not None
    records = Records(entries=(Entry(dt.date(2026, 2, 2), mood=8, text="restored"),))
    hearth.replace_diary(records, PASSPHRASE)
    assert hearth.sealing is sealing and len(sealing.key) == 32
    out = io.BytesIO()
    backup.write_sealed(out, b"after the restore", sealing)
    assert backup.decrypt(out.getvalue(), PASSPHRASE, TEST_POLICY).payload == b"after the restore"


def test_a_key_derived_while_the_diary_locked_is_wiped_not_kept(
    diary_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault(diary_dir, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        keys = SealingKeys(vault, TEST_POLICY)
        derive = backup.seal_key

        def lock_meanwhile(*args: Any) -> backup.SealingKey:
            made = derive(*args)
            keys.forget()  # Ctrl+L while the worker derives
            return made

        monkeypatch.setattr(backup, "seal_key", lock_meanwhile)
        late = keys.make(PASSPHRASE, checked=True)
        assert late.key == bytearray() and keys.key is None
        monkeypatch.setattr(backup, "seal_key", derive)
        first = keys.make(PASSPHRASE, checked=True)
        second = keys.make(PASSPHRASE, checked=True)
        assert keys.key is second and len(second.key) == 32
        assert first.key == bytearray(), "a replaced key is wiped"
