"""The people dialogs' window titles name no one.

Task bars, window switchers and screen recorders read titles, so a person's or a circle's name
stays inside the dialog.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from diary.domain.models import Circle, Person
from diary.ui.people.dialogs import (
    CircleDialog,
    DeletePersonDialog,
    MembersDialog,
    MergeDialog,
    PersonDialog,
)

pytestmark = pytest.mark.gui

SAM = Person("Sam Quill", circles=("Al-Anon group",))
ANA = Person("Ana")
GROUP = Circle("Al-Anon group")


@pytest.mark.parametrize(
    "make",
    [
        lambda: PersonDialog(SAM, ["Sam Quill", "Ana"], ["Al-Anon group"]),
        lambda: PersonDialog(None, ["Sam Quill"]),
        lambda: MergeDialog(SAM, [ANA]),
        lambda: DeletePersonDialog(SAM),
        lambda: CircleDialog(GROUP, ["Al-Anon group"]),
        lambda: MembersDialog(GROUP, [SAM, ANA], ["Sam Quill"]),
    ],
    ids=["edit person", "add person", "merge", "remove", "edit circle", "members"],
)
def test_no_window_title_names_a_person_or_a_circle(qtbot: QtBot, make) -> None:
    dialog: QDialog = make()
    qtbot.addWidget(dialog)

    title = dialog.windowTitle()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))

    assert title
    assert "Sam" not in title and "Quill" not in title and "Anon" not in title
    if not isinstance(dialog, PersonDialog | CircleDialog):  # those show the name in its field
        assert "Sam Quill" in shown or "Al-Anon group" in shown  # still said inside the dialog
