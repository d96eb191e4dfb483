"""A Today page typed into until it is killed: prints every text the status line called saved.

Run by ``test_save_truth.py`` as ``python typing_child.py FOLDER PASSPHRASE AUTOSAVE_MS``; it
unlocks the diary in FOLDER (the fast test KDF), types a word every few milliseconds into the
evening's text in bursts of five words with a pause after each, and whenever the status line
says "Saved" (when it is said, and after each word typed under it) prints ``SAVED <the text on
screen as JSON>``, flushed at once.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_GB.UTF-8"


def main() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from diary.settings import Settings
    from diary.storage.kdf import TEST_POLICY
    from diary.storage.vault import Vault
    from diary.ui.shell import words
    from diary.ui.today.page import TodayPage

    folder, passphrase, autosave_ms = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    app = QApplication([])
    vault = Vault(folder, TEST_POLICY)
    repo = vault.unlock(passphrase)
    settings = Settings(folder / "settings.json")
    settings.attach_private(repo)
    page = TodayPage(autosave_ms=autosave_ms)
    page.attach(repo, settings)
    page.show()

    state = [words.STATUS_SAVED]  # what the window's status line shows, as the window keeps it

    def shown() -> None:
        if state[0] == words.STATUS_SAVED:
            print("SAVED", json.dumps(page.text_edit.toPlainText()), flush=True)

    def heard(status: str) -> None:
        state[0] = status
        shown()

    page.status.connect(heard)
    count = iter(range(10**6))
    timer = QTimer()
    timer.setSingleShot(True)

    def type_a_word() -> None:
        number = next(count)
        QTest.keyClicks(page.text_edit, f"w{number} ")
        shown()  # the words on screen, and the status line's word about them
        # Words in bursts, with a pause after every fifth longer than the autosave's.
        timer.start(autosave_ms + 30 if number % 5 == 4 else 7)

    timer.timeout.connect(type_a_word)
    timer.start(7)
    print("READY", page.current_day().isoformat(), flush=True)
    app.exec()


if __name__ == "__main__":
    main()
