"""Every shipped catalogue is complete, faithful to its placeholders and current with the code.

These are the checks a translator's change must pass (docs/translating.md):
- the catalogues hold exactly the messages the source marks (``catalogues.py update`` was run);
- nothing is untranslated or fuzzy, so no English is left in a shipped language;
- every ``{placeholder}`` (and argparse's ``%(name)s``) of the English is in the translation,
  and no other; accelerators (``&``) and leading or trailing spaces and newlines are kept;
- plural messages have the number of forms the language's CLDR rule needs;
- a translation equal to its English is allowed only where the English is a name or a format.
"""

from __future__ import annotations

import gettext
import importlib.util
import re
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message

from diary import i18n

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("catalogues", ROOT / "packaging" / "catalogues.py")
assert _spec is not None and _spec.loader is not None
catalogues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogues)

LANGUAGES = [path.parent.parent.name for path in catalogues.po_files()]

SAME_EVERYWHERE = re.compile(
    r"^(?:Hearth|Hearth \{\w+\}|WHO-5|UCLA-3|JSON|CSV|PDF|PNG|SVG|Markdown|OK"
    r"|[A-Z]{2,}(?:[-=][A-Z]+)*\W*|(?:[\W\d_]|\{\w+\}|\b(?:min|h|n)\b)*)$"
)
"""English that is the same in every language: names, formats, numbers, placeholders with only
units ("{h} h {m} min") and signs ("n = {n}") between them."""

LOANWORDS = {
    "de": {"Check-in", "Check-ins", "Check-ins:", "Check-ins, {period}", "Tags", "Tags: {tags}"},
    "es": {"No", "personal", "%(prog)s: error: %(message)s\n"},
    "fr": {"Photos ({patterns})", "Photo (*{suffix})", "Photo — Hearth"}
    | {"{name}, {width} × {height} pixels"},
}
"""Words a language writes as English does, chosen by its translator (German says "Check-in")."""


def _catalogue(language: str) -> Catalog:
    return catalogues.read(catalogues.LOCALE / language / "LC_MESSAGES" / "diary.po")


def _messages(catalog: Catalog) -> list[Message]:
    return [message for message in catalog if message.id]


def _forms(message: Message) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return tuple(ids), tuple(strings)


def _fields(text: str) -> set[str]:
    """``{name}`` placeholders, and argparse's ``%(name)s`` and ``%s``."""
    braces = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    percents = set(re.findall(r"%\((\w+)\)[sr]|%[sr]", text))
    return braces | {f"%{name}" for name in percents}


def _key(message: Message) -> tuple[object, str | None]:
    return (message.id if isinstance(message.id, str) else tuple(message.id), message.context)


@pytest.fixture(scope="module")
def template() -> Catalog:
    return catalogues.extract()


def test_three_languages_are_shipped() -> None:
    assert {"de", "es", "fr"} <= set(LANGUAGES)
    assert set(i18n.shipped_languages()) == {"en", *LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_holds_exactly_the_messages_of_the_source(
    language: str, template: Catalog
) -> None:
    wanted = {_key(m) for m in _messages(template)}
    held = {_key(m) for m in _messages(_catalogue(language))}
    assert sorted(map(str, wanted - held)) == [], "run: python packaging/catalogues.py update"
    assert sorted(map(str, held - wanted)) == [], "run: python packaging/catalogues.py update"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    missing = [
        message.id
        for message in _messages(_catalogue(language))
        if message.fuzzy or not all(_forms(message)[1])
    ]
    assert missing == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_accelerators_and_spacing_are_kept(language: str) -> None:
    problems = []
    for message in _messages(_catalogue(language)):
        ids, strings = _forms(message)
        if not all(strings):
            continue
        english = set().union(*map(_fields, ids))
        for text in strings:
            fields = _fields(text)
            # A singular may leave out {n} ("a year ago"); nothing may be invented.
            needed = english - {"n"} if len(ids) > 1 else english
            if not needed <= fields <= english:
                problems.append(f"{ids[0]!r}: {sorted(fields)} against {sorted(english)}")
            if ("&" in ids[0]) != ("&" in text):
                problems.append(f"{ids[0]!r}: the & accelerator")
            for edge in (str.startswith, str.endswith):
                for space in ("\n", " "):
                    if edge(ids[0], space) != edge(text, space):
                        problems.append(f"{ids[0]!r}: {space!r} at its edge")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_the_forms_of_the_language(language: str) -> None:
    catalog = _catalogue(language)
    wrong = [
        message.id[0]
        for message in _messages(catalog)
        if message.pluralizable and len(_forms(message)[1]) != catalog.num_plurals
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_is_left_in_a_shipped_language(language: str) -> None:
    same = [
        message.id
        for message in _messages(_catalogue(language))
        if not message.pluralizable
        and message.string == message.id
        and not SAME_EVERYWHERE.match(message.id)
        and message.id not in LOANWORDS.get(language, set())
    ]
    assert same == []


def test_the_check_for_english_knows_a_name_from_a_word() -> None:
    assert SAME_EVERYWHERE.match("Hearth")
    assert SAME_EVERYWHERE.match("{start} – {end}")
    assert SAME_EVERYWHERE.match("YYYY-MM-DD")
    assert not SAME_EVERYWHERE.match("Today")
    assert not SAME_EVERYWHERE.match("Saved {day}.")
    assert SAME_EVERYWHERE.match("{h} h {m} min") and SAME_EVERYWHERE.match("ABCD-EFGH-…")
    assert not SAME_EVERYWHERE.match("{n} days") and not SAME_EVERYWHERE.match("{n} hours")


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogues_load_and_translate(language: str, tmp_path: Path) -> None:
    """What the build compiles (``compile_all``) is what gettext reads in the installed app."""
    written = catalogues.compile_all(into=tmp_path)
    mo = tmp_path / "diary" / "locale" / language / "LC_MESSAGES" / "diary.mo"
    assert mo in written
    with mo.open("rb") as file:
        compiled = gettext.GNUTranslations(file)
    translated = [m for m in _messages(_catalogue(language)) if isinstance(m.id, str) and m.string]
    assert translated, "nothing is translated"
    for message in translated[:50]:
        assert compiled.gettext(message.id) == message.string
