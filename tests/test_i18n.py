"""Choosing the language, and words that follow it wherever they are read."""

from __future__ import annotations

import gettext
import io
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from diary import i18n, messages
from diary.i18n import N_, NP_


def fake_catalogue(language: str, words: dict[object, object]) -> gettext.GNUTranslations:
    """A compiled catalogue holding ``words`` (a tuple key is a plural message)."""
    catalog = Catalog(locale=language)
    for english, translated in words.items():
        catalog.add(english, translated)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@pytest.mark.parametrize(
    ("tag", "parsed"),
    [
        ("de_DE.UTF-8", ("de", "DE")),
        ("de_AT.UTF-8@euro", ("de", "AT")),
        ("fr-CA", ("fr", "CA")),
        ("es", ("es", None)),
        ("es_419", ("es", "419")),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        ("??", None),
    ],
)
def test_locale_tags_are_read_as_gettext_and_qt_write_them(
    tag: str, parsed: tuple[str, str | None] | None
) -> None:
    assert i18n.parse_tag(tag) == parsed


def test_the_first_shipped_language_wins_with_its_region() -> None:
    assert i18n.choose(["pt_BR", "de_AT.UTF-8", "fr"]) == ("de", "de_AT")
    assert i18n.choose(["fr"]) == ("fr", "fr_FR")
    assert i18n.choose(["pt_BR", "C"]) == ("en", "en_GB")
    assert i18n.choose([]) == ("en", "en_GB")
    assert i18n.choose(["en_US.UTF-8"]) == ("en", "en_US")


@pytest.mark.parametrize(
    ("environ", "wanted"),
    [
        ({"LANG": "de_DE.UTF-8"}, ["de_DE.UTF-8"]),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, ["fr_FR.UTF-8"]),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, ["es_ES.UTF-8"]),
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "fr:de"}, ["fr", "de", "en_GB.UTF-8"]),
        ({"LANG": "C", "LANGUAGE": "fr"}, ["C"]),  # as GNU gettext: LANGUAGE needs a locale
        ({}, []),
    ],
)
def test_the_environment_is_read_as_gettext_reads_it(
    environ: dict[str, str], wanted: list[str]
) -> None:
    assert i18n.environment_preferences(environ) == wanted


def test_install_from_environment_speaks_its_language() -> None:
    assert i18n.install_from_environment({"LC_ALL": "es_MX.UTF-8"}) == "es"
    assert (i18n.language(), i18n.region()) == ("es", "es_MX")
    assert i18n.install_from_environment({"LANG": "ja_JP.UTF-8"}) == "en"
    assert i18n.region() == "en_GB"


def test_marked_words_are_looked_up_each_time_they_are_read() -> None:
    module = types.ModuleType("words_for_a_test")
    namespace = vars(module)
    namespace.update(
        TITLE=N_("Today"),
        DAYS=NP_("{n} day", "{n} days"),
        NAMES=(N_("Today"), N_("Yesterday")),
        KINDS={"call": N_("Yesterday")},
        PLAIN="not marked",
    )
    namespace["__getattr__"] = i18n.words(namespace)
    german = fake_catalogue(
        "de",
        {
            "Today": "Heute",
            "Yesterday": "Gestern",
            ("{n} day", "{n} days"): ("{n} Tag", "{n} Tage"),
        },
    )
    assert module.TITLE == "Today"
    with i18n.speaking("de", catalogue=german):
        assert module.TITLE == "Heute"
        assert type(module.TITLE) is str  # Qt is given plain text
        assert module.NAMES == ("Heute", "Gestern")
        assert module.KINDS == {"call": "Gestern"}
        assert messages.plural(3, module.DAYS) == "3 Tage"
        assert module.DAYS(1) == "1 Tag"
    assert module.TITLE == "Today"
    assert module.PLAIN == "not marked"
    with pytest.raises(AttributeError, match="NOT_THERE"):
        _ = module.NOT_THERE


def test_plural_forms_follow_the_rules_of_the_language() -> None:
    """French says "0 jour" (0 takes the singular), English "0 days"."""
    french = fake_catalogue(
        "fr", {("{n} day", "{n} days"): ("{n} jour", "{n} de jours", "{n} jours")}
    )
    days = NP_("{n} day", "{n} days")
    assert days(0) == "0 days"
    with i18n.speaking("fr", catalogue=french):
        assert [days(n) for n in (0, 1, 2, 1_000_000)] == [
            "0 jour",
            "1 jour",
            "2 jours",
            "1000000 de jours",
        ]


def test_a_po_newer_than_its_mo_is_read_from_the_po(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A translator's edit in a checkout shows at once, without a rebuild."""
    from babel.messages.pofile import write_po

    folder = tmp_path / "xx" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalog = Catalog(locale="de")
    catalog.add("Today", "Heute (alt)")
    with (folder / "diary.mo").open("wb") as file:
        write_mo(file, catalog)
    edited = Catalog(locale="de")
    edited.add("Today", "Heute")
    with (folder / "diary.po").open("wb") as file:
        write_po(file, edited)
    os.utime(folder / "diary.mo", (1, 1))
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    loaded = i18n.load_catalogue("xx")
    assert loaded is not None and loaded.gettext("Today") == "Heute"
    os.utime(folder / "diary.po", (0, 0))
    loaded = i18n.load_catalogue("xx")
    assert loaded is not None and loaded.gettext("Today") == "Heute (alt)"
    assert i18n.load_catalogue("none-such") is None


@pytest.mark.slow
def _help_with(lang: str) -> str:
    """``diary --help`` printed by a process started with ``LANG`` set to ``lang``."""
    env = {k: v for k, v in os.environ.items() if k not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}}
    return subprocess.run(
        [sys.executable, "-m", "diary", "--help"],
        env={**env, "LANG": lang},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_the_command_line_follows_lang() -> None:
    """``LANG=de_DE.UTF-8 diary --help`` is German, argparse's own headings included."""
    english, german = _help_with("C.UTF-8"), _help_with("de_DE.UTF-8")
    assert english.startswith("usage: diary")
    with i18n.speaking("de"):
        assert german.startswith(i18n._("usage: ") + "diary")
        assert i18n._("show this help message and exit") in german
        assert i18n._("create a new diary") in german
    assert german != english
