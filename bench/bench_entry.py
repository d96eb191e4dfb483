"""Benchmark the evening entry as a keyboard user types it on the real Today page.

A demo-like diary (a year of sample data, the fast test KDF: the KDF is not what is measured,
this evening left empty) is opened on the Today page, offscreen, and a typical entry is typed
with QTest key clicks sent to whichever widget has the focus, as a person would:

* mood 7 and energy 6 with the arrow keys on the mood grid (where the page puts the focus),
* two feelings typed in the feelings filter, each added with Enter,
* two contacts typed in the contact line, each added with Enter,
* three gratitude lines (Enter moves to the next),
* one sentence of free text,
* Ctrl+S (the window's Save shortcut; here a shortcut on the page does what the window's does).

It prints the number of non-text keys (Tab, Enter, arrows, shortcuts: every key that is not a
character of the words; target <= 25) and the person's time at 40 words a minute, taken as
200 keystrokes a minute over *all* the keys pressed (target < 60 s). It then reads the entry and
the contacts back from the encrypted diary and checks they are what was typed, and that no one
new was created. It asserts nothing about time (see bench/README.md).

Then it opens the real Insights page on a 10-year diary and prints the panel and month switch
times after the first open (target <= 150 ms), measured by ``bench_insights.page_switches``.

Run::

    python bench/bench_entry.py [--years 1] [--insights-years 10 | 0 to leave Insights out]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QKeySequence, QShortcut  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from diary.domain.sample import generate  # noqa: E402
from diary.settings import Settings  # noqa: E402
from diary.storage.kdf import TEST_POLICY  # noqa: E402
from diary.storage.vault import Vault  # noqa: E402
from diary.ui.shell.tasks import InlinePool  # noqa: E402
from diary.ui.today.page import TodayPage  # noqa: E402

TARGET_NAV_KEYS = 25
TARGET_SECONDS = 60.0
KEYS_PER_MINUTE = 200  # 40 words a minute, five keystrokes a word
PAGE_SIZE = (1366 - 180, 768 - 90)  # a 1366x768 window less its navigation and bars
EVENING = dt.time(21, 0)


class Keyboard:
    """Sends keys to the focused widget and counts them."""

    def __init__(self) -> None:
        self.text_keys = 0
        self.nav_keys = 0
        self.steps: list[tuple[str, int, int]] = []

    @staticmethod
    def focused() -> QWidget:
        """The widget with the keyboard focus (the bench stops if there is none)."""
        widget = QApplication.focusWidget()
        if widget is None:
            raise SystemExit("Nothing has the keyboard focus: the page lost it.")
        return widget

    def type(self, text: str) -> None:
        """Type words (every character counts as one text key)."""
        QTest.keyClicks(self.focused(), text)
        self.text_keys += len(text)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """Press one non-text key (Tab, Enter, an arrow, a shortcut)."""
        QTest.keyClick(self.focused(), key, modifier)
        self.nav_keys += 1

    def step(self, name: str, before: tuple[int, int]) -> None:
        """Record the keys of a step since ``before`` (from ``mark``)."""
        self.steps.append((name, self.text_keys - before[0], self.nav_keys - before[1]))

    def mark(self) -> tuple[int, int]:
        """The counts so far: (text keys, other keys)."""
        return self.text_keys, self.nav_keys


def make_diary(folder: Path, today: dt.date, years: int) -> Vault:
    """A demo-like diary ending yesterday: this evening is still to be written."""
    sample = generate(today - dt.timedelta(days=1), years=years)
    vault = Vault(folder, TEST_POLICY)
    vault.create("a bench passphrase, not a secret")
    vault.repository.import_records(
        circles=sample.circles,
        people=sample.people,
        entries=sample.entries,
        interactions=sample.interactions,
    )
    return vault


def main(argv: list[str] | None = None) -> int:
    """Type the entry, print the figures, check the diary; 1 if what was saved is wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=1, help="years of sample data (default 1)")
    parser.add_argument(
        "--insights-years", type=int, default=10, help="the Insights diary's years (0: skip)"
    )
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="hearth-bench-entry-") as tmp:
        vault = make_diary(Path(tmp) / "diary", today, args.years)
        repo = vault.repository
        people_before = sorted(person.name for person in repo.people())
        first, second = people_before[0], people_before[1]
        settings = Settings(Path(tmp) / "settings.json")
        page = TodayPage(
            clock=lambda: dt.datetime.combine(today, EVENING), pool=InlinePool(), autosave_ms=500
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), page, page.flush)
        page.resize(*PAGE_SIZE)
        page.attach(repo, settings)
        page.show()
        page.activateWindow()
        QTest.qWaitForWindowActive(page)
        app.processEvents()

        keys = Keyboard()
        nav = Qt.Key
        mark = keys.mark()
        for key in (nav.Key_Right, nav.Key_Right, nav.Key_Right, nav.Key_Up):
            keys.press(key)  # the first arrow puts the mark in the middle (5, 5)
        keys.step("mood 7, energy 6 (arrows)", mark)

        mark = keys.mark()
        keys.press(nav.Key_Tab)
        for word in ("calm", "grateful"):
            keys.type(word)
            keys.press(nav.Key_Return)
        keys.step("two feelings", mark)

        mark = keys.mark()
        keys.press(nav.Key_Tab)
        contacts = (
            f"{first} and {second}, coffee, 45 min in person, deep",
            f"{second} called, 20m",
        )
        for line in contacts:
            keys.type(line)
            keys.press(nav.Key_Return)
        keys.step("two contacts, one line each", mark)

        mark = keys.mark()
        keys.press(nav.Key_Tab)
        gratitude = ("Soup with friends", "A slow walk", f"{second}'s call")
        for index, line in enumerate(gratitude):
            keys.type(line)
            if index < len(gratitude) - 1:
                keys.press(nav.Key_Return)
        keys.step("three gratitude lines", mark)

        mark = keys.mark()
        keys.press(nav.Key_Tab)
        keys.press(nav.Key_Tab)  # past the last line's "about someone" box
        sentence = "A quiet, good evening."
        keys.type(sentence)
        keys.press(nav.Key_S, Qt.KeyboardModifier.ControlModifier)
        keys.step("one sentence, Ctrl+S", mark)
        app.processEvents()

        entry = repo.entry(today)
        contacts_saved = repo.day(today).interactions
        people_after = sorted(person.name for person in repo.people())
        problems = []
        if page.has_unsaved_changes():
            problems.append("the page still has unsaved changes")
        if entry is None:
            problems.append("no entry was saved")
        else:
            if (entry.mood, entry.energy) != (7, 6):
                problems.append(f"mood/energy {entry.mood}/{entry.energy}, not 7/6")
            if entry.feelings != ("calm", "grateful"):
                problems.append(f"feelings {entry.feelings}")
            if tuple(g.text for g in entry.gratitude) != gratitude:
                problems.append(f"gratitude {entry.gratitude}")
            if entry.text != sentence:
                problems.append(f"text {entry.text!r}")
        got = [(i.people, i.mode.value, i.minutes, i.depth) for i in contacts_saved]
        wanted = [((first, second), "in-person", 45, 5), ((second,), "call", 20, None)]
        if got != wanted:
            problems.append(f"contacts {got}, not {wanted}")
        if people_after != people_before:
            problems.append("someone new was created")
        page.detach()
        vault.close()

    total = keys.text_keys + keys.nav_keys
    seconds = total / KEYS_PER_MINUTE * 60
    print(f"Hearth evening entry, typed on the Today page ({PAGE_SIZE[0]}x{PAGE_SIZE[1]} page)")
    print(f"{'step':<32} {'text keys':>9} {'other keys':>10}")
    for name, text, other in keys.steps:
        print(f"{name:<32} {text:>9} {other:>10}")
    print(f"{'total':<32} {keys.text_keys:>9} {keys.nav_keys:>10}")
    print()
    verdict_keys = "met" if keys.nav_keys <= TARGET_NAV_KEYS else "MISSED"
    verdict_time = "met" if seconds < TARGET_SECONDS else "MISSED"
    print(f"Non-text keys: {keys.nav_keys} (target <= {TARGET_NAV_KEYS}): {verdict_keys}")
    print(
        f"Person's time at 40 words a minute ({KEYS_PER_MINUTE} keys/min over all {total} keys): "
        f"{seconds:.1f} s (target < {TARGET_SECONDS:.0f} s): {verdict_time}"
    )
    if problems:
        print("Read back from the diary: WRONG: " + "; ".join(problems))
        return 1
    print(
        "Read back from the diary: the entry (mood, feelings, gratitude, text) and both "
        "contacts were saved; no one new was created."
    )
    if args.insights_years > 0:
        insights_switches(args.insights_years)
    return 0


def insights_switches(years: int) -> None:
    """The Insights page's panel and month switches after the first open, on ``years`` years."""
    import statistics

    from bench_insights import END, TARGET_SWITCH_MS, page_switches, verdict

    sample = generate(END, years=years)
    with tempfile.TemporaryDirectory(prefix="hearth-bench-entry-insights-") as tmp:
        vault = Vault(Path(tmp) / "diary", TEST_POLICY)
        vault.create("a bench passphrase, not a secret")
        vault.repository.import_records(
            circles=sample.circles,
            people=sample.people,
            entries=sample.entries,
            interactions=sample.interactions,
        )
        first, panels, months, _other_year = page_switches(vault.repository, Path(tmp))
        vault.close()
    worst = max(max(panels), max(months))
    print(f"\nInsights on a {years}-year diary (November 2025), click to chart painted:")
    print(f"  first open {first:.0f} ms (the year computed once, then kept)")
    print(
        f"  panel switch median {statistics.median(panels):.0f} ms, month switch median "
        f"{statistics.median(months):.0f} ms, worst {worst:.0f} ms "
        f"(target <= {TARGET_SWITCH_MS:.0f} ms): {verdict(worst <= TARGET_SWITCH_MS)}"
    )


if __name__ == "__main__":
    sys.exit(main())
