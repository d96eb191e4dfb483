"""Backups in Settings: back up now, restore with a preview, export, import, cancel, lock."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from photo_files import picture
from pytestqt.qtbot import QtBot

from conftest import PASSPHRASE
from diary import backups as opening
from diary.backups import OpenedBackupFile, export_to
from diary.domain.models import Entry, Interaction, Mode, Records
from diary.domain.photos import PreparedPhoto
from diary.exports import write_export
from diary.formats import backup
from diary.formats.photos import prepare_photo
from diary.settings import Settings
from diary.storage.errors import WrongPassphrase
from diary.storage.kdf import TEST_POLICY
from diary.storage.repository import Repository
from diary.storage.restore import Origin, Photos
from diary.storage.vault import Vault
from diary.ui.settings.backups import BackupHooks, BackupSection, moment_words, stamp_words
from diary.ui.shell.dialogs import Option
from diary.ui.shell.tasks import InlinePool

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 21, 22, 0)


class Answers:
    """Scripted answers to the section's questions, in order, per kind of question."""

    def __init__(self, **answers: list[object]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def _next(self, kind: str, title: str) -> object:
        self.asked.append(f"{kind}: {title}")
        return self.answers[kind].pop(0)

    def save_path(self, title: str, suggested: str, filters: str) -> str:
        self.asked.append(f"save_path suggested: {suggested}")
        return str(self._next("save_path", title))

    def open_path(self, title: str, filters: str, start: str = "") -> str:
        self.asked.append(f"open_path start: {start}")
        return str(self._next("open_path", title))

    def folder(self, title: str, start: str) -> str:
        return str(self._next("folder", title))

    def secret(self, title: str, why: str, *, action: str = "", error: str = "") -> str | None:
        if error:
            self.asked.append(f"secret error: {error}")
        return self._next("secret", why)  # type: ignore[return-value]

    def item(self, title: str, label: str, items: list[str]) -> str | None:
        wanted = self._next("item", title)
        return next((i for i in items if wanted and str(wanted) in i), None)

    def choice(self, title: str, text: str, options: list[Option]) -> str | None:
        self.asked.append(f"choice text: {text}")
        self.asked.extend(f"option: {o.label}: {o.explanation}" for o in options)
        return self._next("choice", title)  # type: ignore[return-value]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


@pytest.fixture
def filled(repo: Repository) -> Repository:
    repo.save_entry(Entry(dt.date(2026, 11, 20), mood=6, text="ours"))
    repo.add_interaction(Interaction(dt.date(2026, 11, 21), Mode.CALL, 20, ("Sam",)))
    return repo


@pytest.fixture
def replaced() -> list[tuple[Records, str, Origin | None]]:
    return []


@pytest.fixture
def replaced_photos() -> list[list[PreparedPhoto]]:
    return []


@pytest.fixture
def hooks(
    tmp_path: Path,
    replaced: list[tuple[Records, str, Origin | None]],
    replaced_photos: list[list[PreparedPhoto]],
) -> BackupHooks:
    sealing = backup.seal_key(PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)

    def check(secret: str) -> None:
        if secret != PASSPHRASE:
            raise WrongPassphrase("That passphrase does not open this diary.")

    def make_sealing(secret: str) -> backup.SealingKey:
        check(secret)
        return sealing

    def replace_diary(
        records: Records,
        secret: str,
        origin: Origin | None,
        photos: Photos,
        finished: Callable[[], None],
    ) -> None:
        """As the app does: the photos are read from the still open backup, then it is over."""
        replaced.append((records, secret, origin))
        try:
            streamed = list(photos.stream)
            assert len(streamed) == photos.count
            replaced_photos.append(streamed)
        finally:
            finished()

    return BackupHooks(
        diary_folder=tmp_path / "diary",
        policy=TEST_POLICY,
        sealing=lambda: sealing,
        make_sealing=make_sealing,
        check_passphrase=check,
        replace_diary=replace_diary,
    )


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[OpenedBackupFile]:
    """Every backup file the section opens, to see that each is closed again."""
    files: list[OpenedBackupFile] = []

    def open_backup(*args: Any, **kwargs: Any) -> OpenedBackupFile:
        files.append(opening.open_backup(*args, **kwargs))
        return files[-1]

    monkeypatch.setattr("diary.ui.settings.backups.open_backup", open_backup)
    return files


def closed(file: OpenedBackupFile) -> bool:
    """True when the backup's file is closed and its key wiped (its photos cannot be read)."""
    try:
        next(iter(file.photos()), None)
    except backup.SealingKeyWiped:
        return file._file.closed
    return False


def with_a_photo(folder: Path, target: Path, sealing: backup.SealingKey) -> None:
    """A backup of another diary that holds one photo, of 1 September."""
    with Vault(folder, TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        vault.repository.add_photo(prepare_photo(PHOTO_DAY, picture("PNG", (6, 4)), "garden.png"))
        export_to(vault.repository, target, sealing)


PHOTO_DAY = dt.date(2026, 9, 1)


def make(qtbot: QtBot, answers: Answers, hooks: BackupHooks) -> BackupSection:
    section = BackupSection(hooks, InlinePool(), ask=answers, clock=lambda: NOW)  # type: ignore[arg-type]
    qtbot.addWidget(section)
    return section


def test_back_up_now_then_restore_merges_after_a_preview(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    target = tmp_path / "mine.hearth-backup"
    answers = Answers(
        save_path=[target],
        open_path=[target],
        secret=[PASSPHRASE],
        choice=["Merge"],
    )
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as saved:
        section.back_up_now()
    assert str(target) in saved.args[0] and b"ours" not in target.read_bytes()
    filled.delete_entry(dt.date(2026, 11, 20))
    with qtbot.waitSignal(section.status) as merged:
        section.restore()
    preview = next(a for a in answers.asked if a.startswith("choice text"))
    assert "1 entry" in preview and "20 Nov to 21 Nov" in preview and "UTC" not in preview
    assert any(
        a.startswith("option: Merge: Adds what your diary does not have") for a in answers.asked
    )
    assert any(a.startswith("option: Replace: Puts the backup in place") for a in answers.asked)
    assert "added 1 entry" in merged.args[0]
    assert filled.entry(dt.date(2026, 11, 20)) is not None


def test_a_wrong_backup_passphrase_changes_nothing(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    target = tmp_path / "mine.hearth-backup"
    answers = Answers(save_path=[target], open_path=[target], secret=["not it", "nor this", None])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    section.back_up_now()
    before = filled.records()
    with qtbot.assertNotEmitted(section.status):
        section.restore()  # asked again, saying why, until Cancel
    errors = [a for a in answers.asked if a.startswith("secret error")]
    assert errors == ["secret error: That passphrase does not open this backup."] * 2
    assert answers.answers["secret"] == []
    assert filled.records() == before and not any(a.startswith("choice") for a in answers.asked)


def test_replace_checks_the_diary_passphrase_first(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    replaced: list[tuple[Records, str, Origin | None]],
    opened: list[OpenedBackupFile],
) -> None:
    target = tmp_path / "mine.hearth-backup"
    answers = Answers(
        save_path=[target],
        open_path=[target, target],
        secret=[PASSPHRASE, "a guess", None, PASSPHRASE, "a guess", PASSPHRASE],
        choice=["Replace", "Replace"],
    )
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    section.back_up_now()
    with qtbot.assertNotEmitted(section.status):
        section.restore()  # a wrong diary passphrase is asked again, inline; then Cancel
    assert "secret error: That passphrase does not open this diary." in answers.asked
    assert replaced == [] and closed(opened[0])
    section.restore()  # wrong, asked again, right: the app takes over on the GUI thread
    assert answers.answers["secret"] == []
    assert closed(opened[1])  # kept open through the second try, read by the app, then closed
    ((records, secret, origin),) = replaced
    assert secret == PASSPHRASE and records.counts()["entries"] == 1
    state = filled.state()  # the backup was of this very diary: its identity goes along
    assert origin is not None and origin.diary_id == state.diary_id


def test_cancelling_a_read_changes_nothing(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    target = tmp_path / "mine.hearth-backup"
    answers = Answers(save_path=[target], open_path=[target], secret=[PASSPHRASE])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    section.back_up_now()
    section._cancel.set()  # as if Cancel was pressed before the first chunk was read
    real_run = section._run

    def cancelled_run(label, work, done, *rest, **named):  # type: ignore[no-untyped-def]
        def work_cancelled(progress):  # type: ignore[no-untyped-def]
            section._cancel.set()
            return work(progress)

        real_run(label, work_cancelled, done, *rest, **named)

    section._run = cancelled_run  # type: ignore[method-assign]
    with qtbot.waitSignal(section.status) as said:
        section.restore()
    assert "Cancelled" in said.args[0]


def test_export_warns_and_writes_json(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    target = tmp_path / "diary.json"
    answers = Answers(item=["JSON"], save_path=[target])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as said:
        section.export()
    assert "not encrypted" in said.args[0]
    assert json.loads(target.read_text())["format"] == "hearth-diary"


def test_export_markdown_writes_the_photos_beside_it(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    day = dt.date(2026, 11, 20)
    filled.add_photo(prepare_photo(day, picture("PNG", (6, 4)), "garden.png"))
    target = tmp_path / "diary.md"
    answers = Answers(item=["Markdown (to read; photos as files beside it)"], save_path=[target])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as said:
        section.export()
    assert str(tmp_path / "diary-photos") in said.args[0] and "not encrypted" in said.args[0]
    assert [p.name for p in (tmp_path / "diary-photos").iterdir()] == ["2026-11-20-1-garden.png"]
    assert "![garden.png](diary-photos/2026-11-20-1-garden.png)" in target.read_text()


def test_a_day_one_zip_s_photos_are_offered_then_attached(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    entries = [
        {"uuid": "A", "creationDate": "2026-10-01T10:00:00Z", "text": "Walk",
         "photos": [{"identifier": "P1", "md5": "a1", "type": "png"},
                    {"identifier": "P2", "md5": "b2", "type": "jpeg"}]},
    ]  # fmt: skip
    source = tmp_path / "dayone.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("Journal.json", json.dumps({"entries": entries}))
        archive.writestr("photos/a1.png", picture("PNG", (6, 4)))
        archive.writestr("photos/b2.jpeg", b"not a jpeg")
    answers = Answers(item=["Day One"], open_path=[source], choice=["Import"])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as said:
        section.import_file()
    (preview,) = [a for a in answers.asked if a.startswith("choice text:")]
    assert "Would attach 1 photo.\n\nCould not take 1 photo:\n• 2026-10-01: a photo" in preview
    assert said.args[0].endswith("Attached 1 photo.")
    assert [p.name for p in filled.photos(dt.date(2026, 10, 1))] == ["a1.png"]


def test_a_hearth_json_export_s_photos_are_offered_then_attached(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    day = dt.date(2026, 9, 1)
    source = tmp_path / "laptop.json"
    with Vault(tmp_path / "laptop", TEST_POLICY) as vault:
        vault.create(PASSPHRASE)
        laptop = vault.repository
        laptop.add_photo(prepare_photo(day, picture("PNG", (6, 4)), "garden.png"))
        write_export("json", source, laptop.records(), dt.datetime.now(dt.UTC), laptop)
    answers = Answers(item=["Hearth JSON"], open_path=[source], choice=["Import"])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as said:
        section.import_file()
    (preview,) = [a for a in answers.asked if a.startswith("choice text:")]
    assert preview.endswith(" Would attach 1 photo.")
    assert said.args[0].endswith(" Attached 1 photo.")
    assert [p.name for p in filled.photos(day)] == ["garden.png"]


def test_import_shows_what_it_adds_and_twice_adds_nothing(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    source = tmp_path / "mini.json"
    source.write_text(
        json.dumps(
            {
                "metadata": {"application": "Mini Diary", "version": "3.3.0"},
                "entries": {"2026-10-01": {"title": "Walk", "text": "By the river"}},
            }
        )
    )
    answers = Answers(
        item=["Mini Diary", "Mini Diary"], open_path=[source, source], choice=["Import"]
    )
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as said:
        section.import_file()
    assert said.args[0] == "Imported 1 note to 1 day; updated 0 days."
    assert any("adds 1 note to 1 day and updates 0 days" in a for a in answers.asked)
    assert filled.entry(dt.date(2026, 10, 1)) is not None
    with qtbot.waitSignal(section.status) as again:
        section.import_file()
    assert "already in your diary" in again.args[0]


def test_undo_last_import_takes_it_back_after_asking(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    before = filled.records()
    source = tmp_path / "mini.json"
    source.write_text(
        json.dumps({"entries": {"2026-11-20": {"title": "", "text": "From Mini Diary too"},
                                "2026-10-01": {"title": "Walk", "text": "By the river"}}})
    )  # fmt: skip
    answers = Answers(
        item=["Mini Diary"], open_path=[source], choice=["Import", None, "Undo import"]
    )
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    assert section.undo_import_button.isEnabled()
    with qtbot.waitSignal(section.status):
        section.import_file()
    ours = filled.entry(dt.date(2026, 11, 20))
    assert ours is not None and ours.text == "ours\n\nFrom Mini Diary\nFrom Mini Diary too"
    section.undo_import()  # asked, then cancelled: nothing changes
    assert filled.records() != before
    assert any("Take back the import of mini.json (a Mini Diary JSON export)" in a
               for a in answers.asked)  # fmt: skip
    with qtbot.waitSignal(section.status) as said:
        section.undo_import()
    assert said.args[0] == "Took back the import of mini.json."
    assert filled.records() == before
    with qtbot.waitSignal(section.status) as none:
        section.undo_import()
    assert none.args[0] == "There is no import to take back."
    section.detach()
    assert not section.undo_import_button.isEnabled()


def test_settings_and_last_backup_are_shown(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    answers = Answers(folder=[tmp_path / "elsewhere"])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    assert "No automatic backup yet" in section.last_label.text()
    assert section.folder_label.text() == str(tmp_path / "diary" / "backups")
    section.keep_spin.setValue(3)
    section.auto_check.setChecked(False)
    section.choose_folder()
    assert (settings["backup_keep"], settings["auto_backup"]) == (3, False)
    assert settings["backup_folder"] == str(tmp_path / "elsewhere")
    folder = section.folder()
    assert folder is not None
    folder.write(filled, hooks.sealing(), NOW - dt.timedelta(days=9))  # type: ignore[arg-type]
    old = (NOW - dt.timedelta(days=9)).timestamp()
    os.utime(folder.backups()[0], (old, old))
    section.refresh()
    assert "more than a week ago" in section.last_label.text()


def test_a_diary_opened_with_its_recovery_code_asks_for_the_passphrase_to_back_up(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    target = tmp_path / "mine.hearth-backup"
    hooks.sealing = lambda: None
    answers = Answers(secret=["a guess", PASSPHRASE], save_path=[target])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as saved:
        section.back_up_now()  # the wrong passphrase is asked again, saying why
    assert "secret error: That passphrase does not open this diary." in answers.asked
    assert str(target) in saved.args[0]
    assert backup.decrypt(target.read_bytes(), PASSPHRASE, TEST_POLICY).payload


def test_lock_disables_and_clears(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks
) -> None:
    section = make(qtbot, Answers(), hooks)
    section.attach(filled, settings)
    assert section.backup_button.isEnabled()
    section.detach()
    assert not section.backup_button.isEnabled() and section.last_label.text() == ""
    section.back_up_now()  # nothing happens without a diary


def test_back_up_now_and_restore_start_in_the_backup_folder(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    answers = Answers(save_path=[""], open_path=["", ""])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    section.back_up_now()
    section.restore()
    default = tmp_path / "diary" / "backups"  # beside the diary, made so the dialog opens there
    assert f"save_path suggested: {default / 'hearth-2026-11-21.hearth-backup'}" in answers.asked
    assert f"open_path start: {default}" in answers.asked and default.is_dir()
    chosen = tmp_path / "my backups"
    settings.set("backup_folder", str(chosen))
    section.restore()
    assert f"open_path start: {chosen}" in answers.asked


@pytest.fixture
def tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The local time zone is Tokyo (UTC+9, no summer time) for the test."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_times_are_local_and_readable(tokyo: None) -> None:
    now = dt.datetime(2026, 12, 3, 12, 0)
    assert stamp_words("2026-12-03T12:40:00Z", now=now) == "Thursday 3 December, 21:40"
    assert stamp_words("2024-12-31T20:00:00+00:00", now=now) == "Wednesday 1 January 2025, 05:00"
    assert stamp_words("not a time", now=now) == "not a time"
    naive_local = dt.datetime(2026, 12, 3, 21, 40)
    assert moment_words(naive_local, now=now) == "Thursday 3 December, 21:40"
    assert moment_words(dt.datetime(2025, 3, 2, 8, 5), now=now) == "Sunday 2 March 2025, 08:05"


def test_the_restore_preview_gives_the_local_time(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    tokyo: None,
) -> None:
    target = tmp_path / "mine.hearth-backup"
    sealing = hooks.sealing()
    assert sealing is not None
    made = dt.datetime(2026, 11, 21, 12, 40, tzinfo=dt.UTC)
    export_to(filled, target, sealing, now=made)
    answers = Answers(open_path=[target], secret=[PASSPHRASE], choice=[None])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    section.restore()
    preview = next(a for a in answers.asked if a.startswith("choice text"))
    assert "made on Saturday 21 November, 21:40" in preview and "UTC" not in preview


def test_the_last_backup_is_shown_in_readable_local_time(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks
) -> None:
    section = make(qtbot, Answers(), hooks)
    section.attach(filled, settings)
    folder = section.folder()
    assert folder is not None
    written = folder.write(filled, hooks.sealing(), NOW)  # type: ignore[arg-type]
    moment = dt.datetime(2026, 11, 19, 21, 40).timestamp()
    os.utime(written.path, (moment, moment))
    section.refresh()
    assert section.last_label.text() == "Last automatic backup: Thursday 19 November, 21:40."


def test_a_last_backup_dated_after_now_asks_for_a_new_one(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks
) -> None:
    from diary.ui.settings.backups import reminder_words

    section = make(qtbot, Answers(), hooks)
    section.attach(filled, settings)
    folder = section.folder()
    assert folder is not None
    folder.write(filled, hooks.sealing(), dt.datetime(2027, 11, 20, 21, 40))  # type: ignore[arg-type]
    section.refresh()
    assert section.last_label.text() == (
        "Last automatic backup: Saturday 20 November 2027, 21:40. That is later than the "
        "computer's clock says it is now, so how old it really is cannot be told; a backup now "
        "would be wise."
    )
    assert reminder_words(folder, NOW) == (
        "Your last backup is dated Saturday 20 November 2027, 21:40, later than the computer's "
        "clock says it is now. Settings → Backups can make one now."
    )
    folder.write(filled, hooks.sealing(), NOW - dt.timedelta(days=8))  # type: ignore[arg-type]
    section.refresh()
    assert "Friday 13 November, 22:00. That is more than a week ago" in section.last_label.text()
    assert reminder_words(folder, NOW) == (
        "Your last backup was 8 days ago. Settings → Backups can make one now."
    )
    folder.write(filled, hooks.sealing(), NOW)  # type: ignore[arg-type]
    assert reminder_words(folder, NOW) is None


# An older backup, another diary's or one of unknown age: both dates, then a question ----------


def _restore_asking(
    qtbot: QtBot,
    repository: Repository,
    settings: Settings,
    hooks: BackupHooks,
    target: Path,
    choices: list[object],
) -> Answers:
    answers = Answers(open_path=[target], secret=[PASSPHRASE, PASSPHRASE], choice=choices)
    section = make(qtbot, answers, hooks)
    section.attach(repository, settings)
    section.restore()
    return answers


def _questions(answers: Answers) -> list[str]:
    return [a.removeprefix("choice text: ") for a in answers.asked if a.startswith("choice text")]


def test_an_older_backup_asks_before_replacing_with_both_dates(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    replaced: list[tuple[Records, str, Origin | None]],
) -> None:
    target = tmp_path / "mine.hearth-backup"
    sealing = hooks.sealing()
    assert sealing is not None
    export_to(filled, target, sealing)
    backup_changed = filled.state().changed_at
    filled.save_entry(Entry(dt.date(2026, 11, 21), mood=3, text="after the backup"))
    diary_changed = filled.state().changed_at
    assert backup_changed is not None and diary_changed is not None
    answers = _restore_asking(qtbot, filled, settings, hooks, target, ["Replace", None])
    preview, question = _questions(answers)
    assert question.startswith("This backup is older than your diary")
    assert f"in the backup: {moment_words(backup_changed, now=NOW)}" in question
    assert f"in your diary: {moment_words(diary_changed, now=NOW)}" in question
    assert any(a.startswith("option: Replace all the same: Puts the backup") for a in answers.asked)
    assert replaced == []  # cancelled: nothing replaced, no passphrase asked
    assert answers.answers["secret"] == [PASSPHRASE]
    answers = _restore_asking(
        qtbot, filled, settings, hooks, target, ["Replace", "Replace all the same"]
    )
    ((records, secret, _origin),) = replaced
    assert secret == PASSPHRASE and records.counts()["entries"] == 1


def test_another_diarys_backup_asks_before_replacing(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    replaced: list[tuple[Records, str, Origin | None]],
) -> None:
    from diary.storage.vault import Vault

    with Vault(tmp_path / "other", TEST_POLICY) as other:
        other.create(PASSPHRASE)
        sealing = hooks.sealing()
        assert sealing is not None
        target = tmp_path / "other.hearth-backup"
        export_to(other.repository, target, sealing)
    answers = _restore_asking(qtbot, filled, settings, hooks, target, ["Replace", None])
    question = _questions(answers)[1]
    assert question.startswith("This backup is of another diary, not of this one.")
    assert "Newest change in the backup: not known" in question  # it never changed
    assert f"in your diary: {moment_words(filled.state().changed_at, now=NOW)}" in question  # type: ignore[arg-type]
    assert replaced == []


def test_a_backup_of_unknown_age_says_its_age_cannot_be_compared(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    replaced: list[tuple[Records, str, Origin | None]],
) -> None:
    from diary.formats import payload

    document = payload.to_dict(
        filled.records(), exported_at=dt.datetime.now(dt.UTC), app_version="t"
    )
    document["version"] = 2
    del document["diary_id"], document["last_changed_at"], document["photos"]
    for entry in document["entries"]:
        del entry["company"]  # since version 4
        del entry["tags"]  # version 2 entries had none
    target = tmp_path / "old.hearth-backup"
    target.write_bytes(
        backup.encrypt(json.dumps(document).encode(), PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)
    )
    answers = _restore_asking(
        qtbot, filled, settings, hooks, target, ["Replace", "Replace all the same"]
    )
    question = _questions(answers)[1]
    assert "made by an older Hearth" in question and "age cannot be compared" in question
    assert len(replaced) == 1


def test_the_newest_backup_replaces_without_a_question(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    replaced: list[tuple[Records, str, Origin | None]],
) -> None:
    target = tmp_path / "mine.hearth-backup"
    sealing = hooks.sealing()
    assert sealing is not None
    export_to(filled, target, sealing)
    answers = _restore_asking(qtbot, filled, settings, hooks, target, ["Replace"])
    assert len(_questions(answers)) == 1 and len(replaced) == 1


# A backup with photos: read as a stream, its photos merged or restored, the file closed -------


def test_a_backup_s_photos_are_shown_and_merged_then_it_is_closed(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    opened: list[OpenedBackupFile],
) -> None:
    target = tmp_path / "laptop.hearth-backup"
    with_a_photo(tmp_path / "laptop", target, hooks.sealing())  # type: ignore[arg-type]
    answers = Answers(open_path=[target, target], secret=[PASSPHRASE] * 2, choice=["Merge"] * 2)
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as merged:
        section.restore()
    preview = next(a for a in answers.asked if a.startswith("choice text"))
    assert "With 1 photo (0.1 MB)." in preview
    assert merged.args[0].endswith(" Photos: 1 added, 0 already in your diary.")
    assert [p.name for p in filled.photos(PHOTO_DAY)] == ["garden.png"]
    assert closed(opened[0])
    with qtbot.waitSignal(section.status) as again:
        section.restore()
    assert again.args[0].endswith(" Photos: 0 added, 1 already in your diary.")
    assert [p.name for p in filled.photos(PHOTO_DAY)] == ["garden.png"] and closed(opened[1])


def test_a_backup_s_photos_replace_the_diary_s_then_it_is_closed(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    replaced_photos: list[list[PreparedPhoto]],
    opened: list[OpenedBackupFile],
) -> None:
    target = tmp_path / "laptop.hearth-backup"
    with_a_photo(tmp_path / "laptop", target, hooks.sealing())  # type: ignore[arg-type]
    answers = _restore_asking(
        qtbot, filled, settings, hooks, target, ["Replace", "Replace all the same"]
    )
    assert "With 1 photo (" in _questions(answers)[0]
    ((photo,),) = replaced_photos  # read by the "app" while the file was still open
    assert (photo.photo.day, photo.photo.name) == (PHOTO_DAY, "garden.png")
    assert closed(opened[0])


def test_a_backup_without_photos_does_not_mention_them(
    qtbot: QtBot, filled: Repository, settings: Settings, hooks: BackupHooks, tmp_path: Path
) -> None:
    target = tmp_path / "mine.hearth-backup"
    export_to(filled, target, hooks.sealing())  # type: ignore[arg-type]
    answers = _restore_asking(qtbot, filled, settings, hooks, target, [None])
    assert "photo" not in _questions(answers)[0]


@pytest.mark.parametrize(
    "choices",
    [[None], ["Replace", None]],
    ids=["at the choice", "at replace all the same"],
)
def test_cancelling_a_restore_closes_the_backup(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    opened: list[OpenedBackupFile],
    replaced: list[tuple[Records, str, Origin | None]],
    choices: list[object],
) -> None:
    target = tmp_path / "laptop.hearth-backup"
    with_a_photo(tmp_path / "laptop", target, hooks.sealing())  # type: ignore[arg-type]
    _restore_asking(qtbot, filled, settings, hooks, target, choices)
    assert len(opened) == 1 and closed(opened[0]) and replaced == []


def test_a_failed_merge_closes_the_backup_and_says_why(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    opened: list[OpenedBackupFile],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "laptop.hearth-backup"
    with_a_photo(tmp_path / "laptop", target, hooks.sealing())  # type: ignore[arg-type]

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(filled, "merge_records", full)
    answers = Answers(open_path=[target], secret=[PASSPHRASE], choice=["Merge"])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    with qtbot.waitSignal(section.status) as said:
        section.restore()
    assert "No space left on device" in said.args[0] and closed(opened[0])


def test_a_failed_replace_closes_the_backup(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    opened: list[OpenedBackupFile],
) -> None:
    target = tmp_path / "laptop.hearth-backup"
    with_a_photo(tmp_path / "laptop", target, hooks.sealing())  # type: ignore[arg-type]

    def broken(
        records: Records, secret: str, origin: object, photos: Photos, finished: Any
    ) -> None:
        finished()  # the app's worker failed: it says it is over, whichever way

    hooks.replace_diary = broken
    _restore_asking(qtbot, filled, settings, hooks, target, ["Replace", "Replace all the same"])
    assert closed(opened[0])


def test_locking_while_the_choice_is_shown_closes_the_backup(
    qtbot: QtBot,
    filled: Repository,
    settings: Settings,
    hooks: BackupHooks,
    tmp_path: Path,
    opened: list[OpenedBackupFile],
) -> None:
    target = tmp_path / "laptop.hearth-backup"
    with_a_photo(tmp_path / "laptop", target, hooks.sealing())  # type: ignore[arg-type]
    before = filled.records()

    class LockedMeanwhile(Answers):
        def choice(self, title: str, text: str, options: list[Option]) -> str | None:
            section.detach()  # the diary locks (idle) while the question is open
            return super().choice(title, text, options)

    answers = LockedMeanwhile(open_path=[target], secret=[PASSPHRASE], choice=["Merge"])
    section = make(qtbot, answers, hooks)
    section.attach(filled, settings)
    section.restore()
    assert closed(opened[0]) and filled.records() == before
