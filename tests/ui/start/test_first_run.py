"""The first-run wizard: promises, passphrase strength, creation, the recovery code shown once."""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from diary import messages
from diary.storage.errors import SaveFailed
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault
from diary.ui.shell.tasks import InlinePool
from diary.ui.start import words
from diary.ui.start.first_run import FirstRunWizard, estimate_strength

pytestmark = pytest.mark.gui

STRONG = "a quiet lantern by the river"
WEAK = "password"
CODE_PATTERN = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault(tmp_path / "d", TEST_POLICY)
    yield v
    v.close()


@pytest.fixture
def wizard(qtbot, vault: Vault) -> FirstRunWizard:
    w = FirstRunWizard(vault, pool=InlinePool())
    qtbot.addWidget(w)
    w.show()
    return w


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def to_passphrase(wizard: FirstRunWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase_page


def type_passphrases(qtbot, wizard: FirstRunWizard, first: str, second: str) -> None:
    page = wizard.passphrase_page
    page.first.clear()
    page.second.clear()
    qtbot.keyClicks(page.first, first)
    qtbot.keyClicks(page.second, second)


def commit(qtbot, wizard: FirstRunWizard, *, code: bool = True) -> None:
    """Walk to the recovery choice and press "Create my diary"."""
    to_passphrase(wizard)
    type_passphrases(qtbot, wizard, STRONG, STRONG)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page
    assert wizard.recovery_page.want_code.isChecked()  # on by default
    wizard.recovery_page.want_code.setChecked(code)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)


def create(qtbot, wizard: FirstRunWizard, *, code: bool = True) -> None:
    """Walk to the last page, creating the diary on the way."""
    commit(qtbot, wizard, code=code)
    assert wizard.currentPage() is wizard.code_page


def test_welcome_states_the_promises(wizard):
    page = wizard.welcome_page
    assert wizard.currentPage() is page
    text = page.promises.text()
    for promise in words.FIRST_RUN_PROMISES:
        assert promise.split(",")[0] in text
    for word in ("offline", "no account", "encrypted", "no password reset", "recovery code"):
        assert word in text
    assert wizard.button(QWizard.WizardButton.BackButton).isHidden()


def test_strength_estimate_in_words():
    assert estimate_strength(WEAK).score == 0
    assert estimate_strength(WEAK).word == "Very weak"
    assert "common password" in estimate_strength(WEAK).advice
    strong = estimate_strength(STRONG)
    assert strong.score == 4 and strong.word == "Strong"
    assert "centuries" in strong.advice
    assert estimate_strength("x" * 500).score == 0  # longer than zxcvbn takes: still judged


def test_weak_passphrase_blocks_next_until_used_anyway(qtbot, wizard):
    to_passphrase(wizard)
    page = wizard.passphrase_page
    type_passphrases(qtbot, wizard, WEAK, WEAK)
    assert page.meter.format() == "Very weak"
    assert "common password" in page.advice.text()
    assert not page.isComplete()
    assert not next_button(wizard).isEnabled()
    assert page.anyway.isVisible()
    qtbot.keyClick(page.anyway, Qt.Key.Key_Space)  # ticked from the keyboard
    assert page.anyway.isChecked()
    assert next_button(wizard).isEnabled()
    assert page.passphrase() == WEAK


def test_strong_passphrase_needs_no_confirmation_of_weakness(qtbot, wizard):
    to_passphrase(wizard)
    page = wizard.passphrase_page
    type_passphrases(qtbot, wizard, STRONG, STRONG)
    assert page.meter.format() == "Strong"
    assert page.anyway.isHidden()
    assert page.match.text() == words.FIRST_RUN_MATCH
    assert next_button(wizard).isEnabled()


def test_mismatch_blocks_next(qtbot, wizard):
    to_passphrase(wizard)
    page = wizard.passphrase_page
    type_passphrases(qtbot, wizard, STRONG, STRONG + "!")
    assert page.match.text() == words.FIRST_RUN_MISMATCH
    assert not next_button(wizard).isEnabled()
    qtbot.keyClick(page.second, Qt.Key.Key_Backspace)
    assert next_button(wizard).isEnabled()


def test_empty_passphrase_is_never_allowed(qtbot, wizard):
    to_passphrase(wizard)
    page = wizard.passphrase_page
    page.anyway.setChecked(True)  # even if ticked earlier
    type_passphrases(qtbot, wizard, "", "")
    assert page.advice.text() == words.FIRST_RUN_STRENGTH_EMPTY
    assert not page.isComplete()
    assert not next_button(wizard).isEnabled()
    assert page.anyway.isHidden()
    assert page.passphrase() == ""


def test_weak_then_strong_unticks_use_anyway(qtbot, wizard):
    to_passphrase(wizard)
    page = wizard.passphrase_page
    type_passphrases(qtbot, wizard, WEAK, WEAK)
    page.anyway.setChecked(True)
    type_passphrases(qtbot, wizard, STRONG, STRONG)
    assert not page.anyway.isChecked()


def test_creation_shows_a_recovery_code_that_opens_the_diary(qtbot, wizard, vault):
    create(qtbot, wizard)
    code = wizard.code_page.code.text()
    assert CODE_PATTERN.match(code), code
    assert wizard.code_page.warning.text() == words.FIRST_RUN_CODE_WARNING
    assert "It will not be shown again" in wizard.code_page.warning.text()
    assert wizard.passphrase_page.first.text() == ""  # not kept around
    assert (
        wizard.button(QWizard.WizardButton.BackButton).isHidden()
        or not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )
    wizard.code_page.stored.setChecked(True)
    with qtbot.waitSignal(wizard.created) as blocker:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    repository = blocker.args[0]
    assert repository is vault.repository
    assert repository.counts()["entries"] == 0
    assert wizard.code_page.code.text() == ""  # off the screen once finished
    vault.lock()
    vault.unlock_with_recovery_code(code)
    vault.lock()
    vault.unlock(STRONG)
    assert vault.has_recovery_code


def test_creation_without_a_recovery_code(qtbot, wizard, vault):
    create(qtbot, wizard, code=False)
    page = wizard.code_page
    assert wizard.recovery_code is None
    assert page.code.isHidden() and page.stored.isHidden()
    assert page.without.isVisible() and page.without.text() == messages.NO_RECOVERY
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.created):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not vault.has_recovery_code


def test_finish_requires_the_stored_checkbox(qtbot, wizard):
    create(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    with qtbot.assertNotEmitted(wizard.created):
        wizard.accept()  # e.g. Return, bypassing the disabled button
        wizard.reject()  # Escape or the close box: the diary exists, the code is not stored
    assert wizard.isVisible()
    assert wizard.code_page.status.text() == words.FIRST_RUN_STORE_FIRST
    assert wizard.code_page.stored.hasFocus()  # the reminder led straight to the box
    qtbot.keyClick(wizard.code_page.stored, Qt.Key.Key_Space)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.created):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()


def test_cancel_before_creation_closes_without_a_diary(qtbot, wizard, vault):
    to_passphrase(wizard)
    with qtbot.assertNotEmitted(wizard.created):
        wizard.reject()
    assert not wizard.isVisible()
    assert not vault.exists()


def test_copy_puts_the_code_on_the_clipboard(qtbot, wizard):
    create(qtbot, wizard)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(wizard.code_page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == wizard.code_page.code.text()
    assert wizard.code_page.status.text() == words.FIRST_RUN_COPIED


def test_save_writes_the_code_to_the_chosen_file(qtbot, wizard, tmp_path):
    create(qtbot, wizard)
    target = tmp_path / "my code.txt"
    asked = []

    def dialog(parent, caption, suggested, filters):
        asked.append((caption, suggested))
        return str(target), filters

    wizard.ask_save_path = dialog
    qtbot.mouseClick(wizard.code_page.save_button, Qt.MouseButton.LeftButton)
    code = wizard.code_page.code.text()
    assert code in target.read_text(encoding="utf-8")
    assert asked[0][0] == words.FIRST_RUN_SAVE_DIALOG
    assert asked[0][1].endswith(words.FIRST_RUN_SAVE_NAME)
    assert wizard.code_page.status.text() == words.FIRST_RUN_SAVED.format(path=target)
    if sys.platform != "win32":
        assert os.stat(target).st_mode & 0o077 == 0  # private to its owner


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_save_never_writes_the_code_through_a_link(qtbot, wizard, tmp_path):
    create(qtbot, wizard)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file")
    target = tmp_path / "code.txt"
    target.symlink_to(elsewhere)
    wizard.ask_save_path = lambda *args: (str(target), "")
    qtbot.mouseClick(wizard.code_page.save_button, Qt.MouseButton.LeftButton)

    assert elsewhere.read_text() == "someone else's file"
    assert not target.is_symlink() and wizard.code_page.code.text() in target.read_text()
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_save_cancelled_writes_nothing(qtbot, wizard, tmp_path):
    create(qtbot, wizard)
    wizard.ask_save_path = lambda *args: ("", "")
    qtbot.mouseClick(wizard.code_page.save_button, Qt.MouseButton.LeftButton)
    assert wizard.code_page.status.isHidden()
    assert list(tmp_path.glob("*.txt")) == []


def test_save_error_is_explained(qtbot, wizard, tmp_path):
    create(qtbot, wizard)
    target = tmp_path / "no such folder" / "code.txt"
    wizard.ask_save_path = lambda *args: (str(target), "")
    qtbot.mouseClick(wizard.code_page.save_button, Qt.MouseButton.LeftButton)
    status = wizard.code_page.status.text()
    assert status.startswith("Hearth could not save")
    assert str(target) in status
    assert not target.exists()


def test_existing_diary_is_explained_and_left_alone(qtbot, tmp_path):
    folder = tmp_path / "d"
    with Vault(folder, TEST_POLICY) as first:
        first.create("the first diary's passphrase")
    before = (folder / "diary.keys").read_bytes()
    vault = Vault(folder, TEST_POLICY)
    try:
        wizard = FirstRunWizard(vault, pool=InlinePool())
        qtbot.addWidget(wizard)
        wizard.show()
        with qtbot.assertNotEmitted(wizard.created):
            commit(qtbot, wizard)
        assert wizard.currentPage() is wizard.recovery_page
        status = wizard.recovery_page.status.text()
        assert "already a diary" in status
        assert status.endswith("Close this window and start Hearth again.")
        assert not wizard.recovery_page.busy
        assert (folder / "diary.keys").read_bytes() == before
    finally:
        vault.close()


def test_diary_in_use_is_explained(qtbot, tmp_path, wizard, vault):
    other = Vault(vault.files.folder, TEST_POLICY)
    other.create("someone else's")
    try:
        commit(qtbot, wizard)
        assert "another copy of Hearth" in wizard.recovery_page.status.text()
    finally:
        other.close()


def test_save_failed_is_explained_and_can_be_retried(qtbot, wizard, vault, monkeypatch):
    real_create = vault.create

    def failing(*args, **kwargs):
        raise SaveFailed("Hearth could not write the key file (No space left on device).")

    monkeypatch.setattr(vault, "create", failing)
    commit(qtbot, wizard)
    page = wizard.recovery_page
    assert page.status.text().startswith("Hearth could not create your diary in")
    assert "No space left on device" in page.status.text()
    create_button = wizard.button(QWizard.WizardButton.CommitButton)
    assert create_button.isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    monkeypatch.setattr(vault, "create", real_create)
    qtbot.mouseClick(create_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.code_page


def test_unwritable_folder_is_explained(qtbot, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    vault = Vault(blocker / "d", TEST_POLICY)
    wizard = FirstRunWizard(vault, pool=InlinePool())
    qtbot.addWidget(wizard)
    wizard.show()
    commit(qtbot, wizard)
    assert wizard.recovery_page.status.text().startswith("Hearth could not create your diary in")


def test_threaded_creation_is_busy_then_moves_on(qtbot, vault):
    wizard = FirstRunWizard(vault)  # the real global QThreadPool
    qtbot.addWidget(wizard)
    wizard.show()
    to_passphrase(wizard)
    type_passphrases(qtbot, wizard, STRONG, STRONG)
    wizard.next()
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=10_000) as blocker:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton
        )
        page = wizard.recovery_page
        assert page.busy and page.progress.isVisible() and page.progress.maximum() == 0
        assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
        wizard.reject()  # closing while creating is refused
        assert wizard.isVisible()
    assert blocker.args == [FirstRunWizard.CODE]
    assert CODE_PATTERN.match(wizard.code_page.code.text())
    assert vault.unlocked


def test_every_control_has_an_accessible_name(qtbot, wizard):
    pages = [wizard.welcome_page, wizard.passphrase_page]
    to_passphrase(wizard)
    type_passphrases(qtbot, wizard, WEAK, WEAK)
    for page in pages:
        for widget in page.findChildren(QWidget):
            if widget.isVisibleTo(page) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
                assert name.strip(), widget
    assert wizard.passphrase_page.meter.accessibleDescription() == "Very weak"


def test_passphrase_tab_order(qtbot, wizard):
    to_passphrase(wizard)
    page = wizard.passphrase_page
    type_passphrases(qtbot, wizard, WEAK, WEAK)
    chain = []
    widget = page.first
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page)):
            widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain == [page.second, page.show_box, page.anyway]


# The optional people step (issue 5) ------------------------------------------------------------


def to_people(qtbot, wizard: FirstRunWizard) -> None:
    """Create the diary (no recovery code), then go on to the people step."""
    create(qtbot, wizard, code=False)
    next_ = wizard.button(QWizard.WizardButton.NextButton)
    assert next_.isVisible() and next_.text() == words.CARE_FIRST_RUN_NEXT
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()  # or skip it here
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()  # the diary exists
    qtbot.mouseClick(next_, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.people_page


def test_the_people_step_adds_the_inner_circle_after_creation(qtbot, wizard, vault):
    to_people(qtbot, wizard)
    page = wizard.people_page
    assert page.heading.text() == "Who are the people you truly care about?"
    assert len(page.names) == 5
    qtbot.keyClicks(page.names[0], "Sam")
    page.cadences[0].setCurrentIndex(1)  # every week
    qtbot.keyClicks(page.names[2], "  Mum  ")
    page.cadences[3].setCurrentIndex(3)  # a rhythm on an empty row is ignored
    with qtbot.waitSignal(wizard.created) as blocker:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    people = {p.name: p for p in blocker.args[0].people()}
    assert set(people) == {"Sam", "Mum"}
    assert people["Sam"].inner and people["Sam"].cadence_days == 7
    assert people["Mum"].inner and people["Mum"].cadence_days is None


def test_finish_on_the_code_page_skips_the_people_step(qtbot, wizard, vault):
    create(qtbot, wizard, code=False)
    with qtbot.waitSignal(wizard.created) as blocker:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert blocker.args[0].people() == []


def test_a_name_typed_twice_is_explained(qtbot, wizard, vault):
    to_people(qtbot, wizard)
    page = wizard.people_page
    qtbot.keyClicks(page.names[0], "Sam")
    qtbot.keyClicks(page.names[1], "sam")
    with qtbot.assertNotEmitted(wizard.created):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert "named twice" in page.problem.text() and not page.problem.isHidden()
    page.names[1].clear()
    with qtbot.waitSignal(wizard.created):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert [p.name for p in vault.repository.people()] == ["Sam"]


def test_escape_on_the_people_step_skips_it(qtbot, wizard, vault):
    to_people(qtbot, wizard)
    qtbot.keyClicks(wizard.people_page.names[0], "Sam")
    with qtbot.waitSignal(wizard.created):
        wizard.reject()
    assert vault.repository.people() == []


def test_the_people_step_is_named_for_screen_readers(qtbot, wizard):
    to_people(qtbot, wizard)
    page = wizard.people_page
    for widget in page.findChildren(QWidget):
        if widget.isVisibleTo(page) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
            assert name.strip(), widget


# The designed welcome (issue 11) ---------------------------------------------------------------


def pages_of(wizard: FirstRunWizard) -> list:
    return [wizard.page(i) for i in wizard.pageIds()]


def test_no_step_uses_the_stock_wizard_header(wizard):
    assert wizard.wizardStyle() == QWizard.WizardStyle.ClassicStyle
    for page in pages_of(wizard):
        assert page.title() == "" and page.subTitle() == ""  # no banner is drawn
        assert page.heading.text()  # the step's own heading instead
        assert page.card.objectName() == "card"
    assert wizard.welcome_page.app_name.text() == "Hearth"
    assert wizard.welcome_page.tagline.text() == words.FIRST_RUN_WELCOME_LEAD
    assert wizard.welcome_page.lead.text() == words.APP_TAGLINE


def test_each_step_says_where_it_is(qtbot, wizard):
    said = [page.step_label.text() for page in pages_of(wizard)]
    assert said == [
        "Step 1 of 5",
        "Step 2 of 5",
        "Step 3 of 5",
        "Step 4 of 5",
        "Step 5 of 5, optional",
    ]
    assert [page.dots.step for page in pages_of(wizard)] == [1, 2, 3, 4, 5]
    assert wizard.passphrase_page.dots.accessibleName() == "Step 2 of 5"


def test_one_primary_button_per_step(qtbot, wizard):
    def primary() -> str:
        button = wizard.primary_button()
        assert button is not None, "exactly one visible primary button"
        return button.text()

    assert primary() == "&Continue"
    to_passphrase(wizard)
    type_passphrases(qtbot, wizard, STRONG, STRONG)
    assert primary() == "&Continue"
    wizard.next()
    assert primary() == words.FIRST_RUN_CREATE
    wizard.recovery_page.want_code.setChecked(False)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.code_page
    assert primary() == words.CARE_FIRST_RUN_NEXT  # what Enter does; Start writing skips
    assert wizard.button(QWizard.WizardButton.NextButton).isDefault()
    wizard.next()
    assert primary() == words.FIRST_RUN_FINISH


def test_enter_continues_and_escape_or_alt_left_goes_back(qtbot, wizard, vault):
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.passphrase_page
    page = wizard.passphrase_page
    qtbot.keyClicks(page.first, STRONG)
    qtbot.keyClicks(page.second, STRONG)
    qtbot.keyClick(page.second, Qt.Key.Key_Return)  # Enter in the field continues
    assert wizard.currentPage() is wizard.recovery_page
    qtbot.keyClick(wizard.recovery_page.want_code, Qt.Key.Key_Escape)
    assert wizard.currentPage() is wizard.passphrase_page and wizard.isVisible()
    qtbot.keyClick(page.first, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.currentPage() is wizard.welcome_page
    qtbot.keyClick(wizard, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # nothing before
    assert wizard.currentPage() is wizard.welcome_page and wizard.isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc on the first step closes
    assert not wizard.isVisible() and not vault.exists()


def test_enter_creates_the_diary_and_escape_never_goes_back_after(qtbot, wizard, vault):
    to_passphrase(wizard)
    type_passphrases(qtbot, wizard, STRONG, STRONG)
    wizard.next()
    wizard.recovery_page.want_code.setChecked(False)
    qtbot.keyClick(wizard.recovery_page.want_code, Qt.Key.Key_Return)  # Create my diary
    assert wizard.currentPage() is wizard.code_page and vault.exists()
    assert not wizard.can_go_back()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()  # nothing to undo
    qtbot.keyClick(wizard, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.currentPage() is wizard.code_page
    with qtbot.waitSignal(wizard.created):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # the diary exists: Esc finishes


def test_colours_come_from_the_design_tokens():
    import diary.ui.start.first_run as first_run_module
    import diary.ui.start.unlock as unlock_module

    hexes = re.compile(r"#[0-9a-fA-F]{6}\b")
    assert hexes.findall(Path(unlock_module.__file__).read_text(encoding="utf-8")) == []
    source = Path(first_run_module.__file__).read_text(encoding="utf-8")
    scale = source.split("STRENGTH_SCALE = (", 1)[1].split(")", 1)[0]
    assert len(hexes.findall(scale)) == 5  # the meter's own scale, defined once
    assert len(hexes.findall(source)) == 5
