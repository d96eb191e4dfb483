"""The whole app typed into until it is killed: prints every text the status line showed as saved.

Run by ``test_app_save_truth.py`` as ``python app_typing_child.py FOLDER PASSPHRASE``. It starts
Hearth as ``diary.app.run`` does (the thread pool, the collector on the GUI thread, the autosave
setting of 1 s), unlocks the diary in FOLDER through the unlock window (the fast test KDF),
then types words into Today's text in bursts with pauses longer than the autosave. Whenever the
main window's status line reads "Saved" (when it changes, and after each word typed under it)
it prints ``SAVED <the text on screen as JSON>``, flushed at once.
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

    from diary.app import Hearth
    from diary.settings import Settings
    from diary.storage.kdf import TEST_POLICY
    from diary.ui.shell import words
    from diary.ui.shell.tasks import GuiCollector
    from diary.ui.start.unlock import UnlockWindow

    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    GuiCollector(parent=app)
    settings = Settings(folder.parent / f"{folder.name}-settings.json")
    settings.set("autosave_seconds", 1)
    settings.set("auto_backup", False)
    hearth = Hearth(folder, settings, policy=TEST_POLICY, tray=False)
    window = hearth.start()
    assert isinstance(window, UnlockWindow)
    window.passphrase.setText(passphrase)
    window.unlock()  # the key is derived in the pool, as in the app

    count = iter(range(10**6))
    timer = QTimer()
    timer.setSingleShot(True)

    def shown() -> None:
        main = hearth.main
        assert main is not None
        if main.status_label.text() == words.STATUS_SAVED:
            print("SAVED", json.dumps(main.today.text_edit.toPlainText()), flush=True)

    def type_a_word() -> None:
        main = hearth.main
        assert main is not None
        number = next(count)
        QTest.keyClicks(main.today.text_edit, f"w{number} ")
        shown()  # the words on screen, and the status line's word about them
        timer.start(1030 if number % 5 == 4 else 7)  # bursts, a pause past the autosave

    def begin() -> None:
        main = hearth.main
        if main is None or hearth.front is not main:
            QTimer.singleShot(10, begin)  # still unlocking
            return
        for page in main.pages:  # after the window's own connection: the label is set
            page.status.connect(lambda _text: shown())
        main.today.text_edit.setFocus()
        timer.timeout.connect(type_a_word)
        timer.start(7)
        day = main.today.current_day()
        assert day is not None
        print("READY", day.isoformat(), flush=True)

    begin()
    app.exec()


if __name__ == "__main__":
    main()
