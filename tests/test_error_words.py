"""Errors carry codes and parameters; their words are chosen when they are shown.

Every code of the backup container, a backup's payload and the settings has words in
``diary.messages`` (``ERROR_<CODE>``), every code of the storage layer in
``diary.storage.words``; the domain's ``Problem`` codes have theirs in ``diary.domain.models``.
Shown in another language, an error says that language's words: the tests build a tiny
catalogue of their own (the shipped ones are translated elsewhere).
"""

from __future__ import annotations

import ast
import datetime as dt
import gettext
import pickle
import re
from contextlib import AbstractContextManager
from enum import StrEnum
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

import diary
from diary import i18n, messages, settings
from diary.domain import models
from diary.formats import backup, payload
from diary.formats.importers import ImportFailed, ImportOptions, hearth
from diary.storage import errors, words
from diary.storage.errors import Code, DamagedDiary, DiaryNotFound, SaveFailed, WrongPassphrase

MESSAGES_CODES: tuple[type[StrEnum], ...] = (backup.Code, payload.Flaw, settings.Code)
PACKAGE = Path(diary.__file__).parent
WHEN = dt.datetime(2026, 4, 2, 20, 0, tzinfo=dt.UTC)


def catalogue(translations: dict[str, str]) -> AbstractContextManager[None]:
    """Speak a made-up language holding just ``translations`` (German plural rules)."""
    catalog = Catalog(locale="de")
    for source, target in translations.items():
        catalog.add(source, target)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return i18n.speaking("de", catalogue=gettext.GNUTranslations(buffer))


def _codes(*enums: type[StrEnum]) -> list[str]:
    return sorted({code.value for enum in enums for code in enum})


@pytest.mark.parametrize("code", _codes(*MESSAGES_CODES))
def test_every_code_has_words(code: str) -> None:
    words = getattr(messages, f"ERROR_{code.upper()}", None)
    assert isinstance(words, str) and words.strip(), f"no ERROR_{code.upper()} in messages"


@pytest.mark.parametrize("code", _codes(errors.Code))
def test_every_storage_code_has_words(code: str) -> None:
    found = getattr(words, f"ERROR_{code.upper()}", None)
    assert isinstance(found, str) and found.strip(), f"no ERROR_{code.upper()} in storage.words"


@pytest.mark.parametrize("code", _codes(models.Problem))
def test_every_domain_problem_has_words(code: str) -> None:
    assert code in models._PROBLEMS


@pytest.mark.parametrize("field", list(models.Field))
def test_every_field_has_words(field: models.Field) -> None:
    assert models._field_words(field) != field.value


def test_codes_are_snake_case_and_mean_one_thing() -> None:
    """A code shared by two layers (passphrase_needed) is the same refusal in both."""
    enums = (*MESSAGES_CODES, errors.Code, models.Problem)
    everything = [code.value for enum in enums for code in enum]
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", code) for code in everything)
    shared = {code for code in everything if everything.count(code) > 1}
    assert shared == {"passphrase_needed"}


def test_a_code_without_words_says_the_code_rather_than_nothing() -> None:
    assert messages.explain("no_such_code", {}) == "no_such_code"
    assert words.explain("no_such_code", {}) == "no_such_code"


def test_errors_carry_their_code_and_parameters(tmp_path: Path) -> None:
    error = DiaryNotFound(code=Code.DIARY_NOT_FOUND, folder=tmp_path)
    assert error.code == "diary_not_found" and error.params == {"folder": tmp_path}
    assert str(error) == f"There is no diary in {tmp_path} yet."
    damaged = backup.BackupDamaged(code=backup.Code.BACKUP_TAMPERED, part=3)
    assert damaged.params == {"part": 3} and "(part 3 does not match)" in str(damaged)


def test_an_error_made_from_a_sentence_still_says_it() -> None:
    assert str(SaveFailed("The disk is full.")) == "The disk is full."
    assert SaveFailed("The disk is full.").code is None
    assert str(models.ValidationError("Say who it was with.")) == "Say who it was with."


def test_a_coded_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(DamagedDiary(code=Code.DATABASE_TOO_NEW, schema=9)))
    assert isinstance(error, DamagedDiary) and error.code == "database_too_new"
    assert str(error) == (
        "This diary was written by a newer Hearth (schema 9); please update Hearth to open it."
    )


def test_empty_passphrases_are_still_value_errors() -> None:
    assert issubclass(errors.PassphraseNeeded, ValueError)
    assert issubclass(backup.PassphraseNeeded, ValueError)
    assert issubclass(settings.SettingRefused, ValueError)


def test_a_storage_error_is_told_in_the_language_of_the_moment(tmp_path: Path) -> None:
    error = DiaryNotFound(code=Code.DIARY_NOT_FOUND, folder=tmp_path)
    german = {"There is no diary in {folder} yet.": "In {folder} gibt es noch kein Tagebuch."}
    with catalogue(german):
        assert str(error) == f"In {tmp_path} gibt es noch kein Tagebuch."
    assert str(error) == f"There is no diary in {tmp_path} yet."  # English again afterwards
    assert i18n.language() == "en"


def test_the_wrong_passphrase_is_told_in_the_language_of_the_moment() -> None:
    error = WrongPassphrase(code=Code.WRONG_PASSPHRASE)
    with catalogue({"That passphrase does not open this diary.": "Diese Passphrase passt nicht."}):
        assert str(error) == "Diese Passphrase passt nicht."


def test_a_backup_payload_error_is_told_part_by_part() -> None:
    """The sentence, the place and what is wrong are each translated, nothing in English."""
    with pytest.raises(payload.InvalidPayload) as caught:
        payload.load(b"\xff")
    german = {
        "This backup decrypted correctly but its contents are not valid ({detail}). Nothing was "
        "changed.": "Diese Sicherung ist entschlüsselt, ihr Inhalt aber ungültig ({detail}).",
        "{where}: {problem}": "{where} – {problem}",
        "the document": "das Dokument",
        "not UTF-8 text": "kein UTF-8-Text",
    }
    with catalogue(german):
        assert str(caught.value) == (
            "Diese Sicherung ist entschlüsselt, ihr Inhalt aber ungültig "
            "(das Dokument – kein UTF-8-Text)."
        )
    assert "(the document: not UTF-8 text)" in str(caught.value)


def test_the_domains_refusal_inside_a_payload_error_is_translated_too() -> None:
    with pytest.raises(payload.InvalidPayload) as caught:
        payload.from_dict(
            {**payload.to_dict(models.Records(), exported_at=WHEN, app_version="1"), "people": 1}
        )
    assert str(caught.value.detail) == "people: expected a list"
    with catalogue({"expected a list": "eine Liste erwartet"}):
        assert str(caught.value.detail) == "people: eine Liste erwartet"


def test_the_hearth_importer_takes_the_detail_not_a_regex_of_the_message() -> None:
    with catalogue({"{where}: {problem}": "{where} → {problem}", "nested too deeply": "zu tief"}):
        with pytest.raises(ImportFailed) as caught:
            hearth.parse(b"[" * 100_000 + b"]" * 100_000, ImportOptions())
    assert "(the document → zu tief)" in str(caught.value)
    assert "decrypted" not in str(caught.value)


def test_a_refused_setting_names_it_in_the_language_of_the_moment(tmp_path: Path) -> None:
    store = settings.Settings(tmp_path / "settings.json")
    with pytest.raises(settings.SettingRefused) as caught:
        store.set("theme", "purple")
    assert caught.value.code == "setting_invalid"
    assert caught.value.params == {"setting": "theme", "value": "'purple'"}
    assert str(caught.value) == "'purple' is not a valid value for the setting “Theme”."
    german = {
        "{value} is not a valid value for the setting “{setting}”.": "„{setting}“ kann nicht "
        "{value} sein.",
        "Theme": "Farbschema",
    }
    with catalogue(german):
        assert str(caught.value) == "„Farbschema“ kann nicht 'purple' sein."


def test_the_command_line_prints_the_words_of_the_moment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``diary`` shows an error's words when it prints it, in the language installed then."""
    from diary.commands.run import exit_code_for

    error = DiaryNotFound(code=Code.DIARY_NOT_FOUND, folder=tmp_path)
    assert exit_code_for(error) == 1
    with catalogue({"There is no diary in {folder} yet.": "Kein Tagebuch in {folder}."}):
        print(f"diary: {error}")
    assert capsys.readouterr().out == f"diary: Kein Tagebuch in {tmp_path}.\n"


# No sentence is left in a raise: storage, the backup container and payload, the domain's models.

_CODED = {
    "StorageError",
    "DiaryNotFound",
    "DiaryExists",
    "WrongPassphrase",
    "DamagedDiary",
    "DiaryInUse",
    "DiaryLocked",
    "SaveFailed",
    "PassphraseNeeded",
    "BackupError",
    "BackupDamaged",
    "UnsupportedBackup",
    "WrongBackupPassphrase",
    "InvalidPayload",
    "ValidationError",
}
_CODED_FILES = sorted(
    [
        *(PACKAGE / "storage").glob("*.py"),
        PACKAGE / "formats" / "backup.py",
        PACKAGE / "formats" / "payload.py",
        PACKAGE / "domain" / "models.py",
        PACKAGE / "settings.py",
    ]
)


@pytest.mark.parametrize("path", _CODED_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_errors_are_raised_with_codes_not_sentences(path: Path) -> None:
    sentences = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name in _CODED and (node.args or not any(k.arg == "code" for k in node.keywords)):
            sentences.append(node.lineno)
    assert sentences == []


def test_a_payload_flaw_raised_is_one_of_the_flaws() -> None:
    """Every ``Flaw.X`` the reader names exists (a typo would be an AttributeError at run time)."""
    source = (PACKAGE / "formats" / "payload.py").read_text(encoding="utf-8")
    named = set(re.findall(r"Flaw\.([A-Z_0-9]+)", source))
    assert named <= set(payload.Flaw.__members__)
    unused = set(payload.Flaw.__members__) - named
    assert unused == set()
