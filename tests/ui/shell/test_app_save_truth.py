"""Killed at a random moment, the whole app has lost nothing its status line had shown as "Saved".

``app_typing_child.py`` runs Hearth itself (unlock window, main window, thread pool, the autosave
setting) on a fresh diary and types into Today; it prints each text on screen while the main
window's status line says "Saved". The test kills it with SIGKILL at random delays (while typing,
during the autosave's pause, during a commit), reopens the diary and checks that the last text
shown as saved is there (a save that committed just before the kill may hold more). A round
waits for a few "Saved" texts first, so a loaded machine still gets rounds that promise.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

pytestmark = [pytest.mark.gui, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

CHILD = Path(__file__).with_name("app_typing_child.py")
SAVES_BEFORE = (1, 0, 2, 1, 0, 3)
"""Each round waits for this many "Saved" texts, then kills at a random moment after the last:
the typing, the autosave's pause and the commit all fall within one such stretch."""


def run_and_kill(folder: Path, saves: int, delay: float) -> tuple[dt.date, list[str]]:
    """Start the app; ``delay`` seconds after it has shown ``saves`` texts as saved, kill it."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert child.stdout is not None
    lines: list[str] = []
    with child.stdout:
        ready = child.stdout.readline().split()
        assert ready and ready[0] == "READY", ready
        while sum(line.startswith("SAVED ") for line in lines) < saves:
            line = child.stdout.readline()
            assert line, "the app ended by itself"
            lines.append(line)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        lines.extend(child.stdout.read().splitlines())
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    saved = [json.loads(line[6:]) for line in lines if line.startswith("SAVED ")]
    return dt.date.fromisoformat(ready[1]), saved


def test_every_text_the_app_showed_as_saved_survives_a_kill_at_any_moment(
    tmp_path: Path,
) -> None:
    rng = random.Random(20261204)
    promised = 0
    for round_number, saves in enumerate(SAVES_BEFORE):
        folder = tmp_path / f"diary-{round_number}"
        with Vault(folder, TEST_POLICY) as vault:
            vault.create(PASSPHRASE)
        day, saved = run_and_kill(folder, saves, rng.uniform(0.0, 1.4))
        with Vault(folder, TEST_POLICY) as again:
            stored = again.unlock(PASSPHRASE).entry(day)
        if not saved or not saved[-1].strip():
            continue  # killed before the first save: nothing was promised
        promised += 1
        assert stored is not None, f"round {round_number}: shown as saved, then lost"
        assert stored.text.startswith(saved[-1].rstrip()), (round_number, saved[-1], stored.text)
    assert promised >= sum(1 for saves in SAVES_BEFORE if saves)
