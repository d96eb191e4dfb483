"""Hearth's words in the user's language: gettext catalogues, one language per process.

Standard library only, so every layer (the domain's vocabulary included) can mark its words.
Catalogues live in ``diary/locale/<lang>/LC_MESSAGES/diary.po``; the build compiles them to
``.mo`` beside them (see ``packaging/catalogues.py`` and docs/translating.md).

Module-level words are *marked*, not translated, when the module is imported: ``N_`` records
the English message and ``words(globals())`` turns the module's marked constants into
attributes looked up in the current catalogue each time they are read. So the language can
be chosen after the words modules are imported (the command line reads ``LANG`` first, the app
its setting), and no sentence is frozen in English by an early import.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path

DOMAIN = "diary"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"
_ENGLISH_REGION = "en_GB"  # Hearth's own English: "Saturday 21 November", weeks from Monday

_catalogue: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE
_region = _ENGLISH_REGION


class Marked(str):
    """A message marked for translation; looked up in the catalogue where it is read."""

    __slots__ = ()


class Plural(tuple[str, str]):
    """A message with a singular and a plural form, chosen by ``plural`` for a count."""

    __slots__ = ()

    def __new__(cls, singular: str, plural: str) -> Plural:
        """The English singular and plural, as the catalogue knows them."""
        return super().__new__(cls, (singular, plural))

    def __call__(self, count: int, **more: object) -> str:
        """The form for ``count`` in the current language, ``{n}`` and ``more`` filled in."""
        return _catalogue.ngettext(self[0], self[1], count).format(n=count, **more)


def _(message: str) -> str:
    """Translate ``message`` now (inside functions; module level uses ``N_``)."""
    return _catalogue.gettext(message)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention translators know
    """Mark ``message`` for translation; it is translated when read (see ``words``)."""
    return Marked(message)


def NP_(singular: str, plural: str) -> Plural:  # noqa: N802
    """Mark a message with plural forms; ``plural(count, FORMS)`` picks the right one."""
    return Plural(singular, plural)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or a plural form for ``count``, by the current language's rules."""
    return _catalogue.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """Translate a short ``message`` whose meaning depends on ``context``."""
    return _catalogue.pgettext(context, message)


def translate(value: object) -> object:
    """The current language's version of a marked value (tuples of them too)."""
    if isinstance(value, Marked):
        return _catalogue.gettext(value)
    if isinstance(value, Plural) or not _is_marked(value):
        return value
    if isinstance(value, tuple):
        return tuple(translate(item) for item in value)
    if isinstance(value, dict):
        return {key: translate(item) for key, item in value.items()}
    return value


def _is_marked(value: object) -> bool:
    """A marked message, or a non-empty tuple or dict holding only marked messages."""
    if isinstance(value, Marked | Plural):
        return True
    if isinstance(value, tuple) and value:
        return all(_is_marked(item) for item in value)
    if isinstance(value, dict) and value:
        return all(_is_marked(item) for item in value.values())
    return False


def words(namespace: MutableMapping[str, object]) -> Callable[[str], object]:
    """Turn a module's marked constants into words looked up when read.

    Use as the last line of a words module: ``__getattr__ = words(globals())``. The marked
    constants leave the module's namespace, so every ``module.NAME`` reaches the module's
    ``__getattr__`` (PEP 562) and is translated in the current language.
    """
    module = str(namespace.get("__name__", "?"))
    marked = {name: value for name, value in namespace.items() if _is_marked(value)}
    for name in marked:
        del namespace[name]

    def __getattr__(name: str) -> object:  # noqa: N807 - PEP 562's module hook
        try:
            value = marked[name]
        except KeyError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
        return translate(value)

    return __getattr__


# Choosing the language ---------------------------------------------------------------------------


def shipped_languages() -> tuple[str, ...]:
    """English and every language with a catalogue in ``diary/locale``."""
    found = sorted(
        path.name
        for path in LOCALE_DIR.glob("*")
        if (path / "LC_MESSAGES" / f"{DOMAIN}.po").exists()
        or (path / "LC_MESSAGES" / f"{DOMAIN}.mo").exists()
    )
    return (SOURCE_LANGUAGE, *found)


_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[_-]([A-Za-z]{2}|\d{3}))?")


def parse_tag(tag: str) -> tuple[str, str | None] | None:
    """``("de", "DE")`` from "de_DE.UTF-8@euro", "de-DE" or "de"; None for C, POSIX or junk."""
    tag = tag.strip()
    if not tag or tag.split(".")[0] in {"C", "POSIX"}:
        return None
    match = _TAG.match(tag)
    if match is None:
        return None
    region = match.group(2)
    return match.group(1).lower(), region.upper() if region else None


def choose(preferences: Iterable[str]) -> tuple[str, str]:
    """The first preferred language Hearth speaks, and the region for its dates and numbers.

    Returns ``(language, region)``, e.g. ``("de", "de_AT")``; English (``en_GB`` formats) when
    none of the preferences is shipped.
    """
    shipped = shipped_languages()
    for tag in preferences:
        parsed = parse_tag(tag)
        if parsed is None:
            continue
        language, region = parsed
        if language in shipped:
            return language, f"{language}_{region}" if region else _default_region(language)
    return SOURCE_LANGUAGE, _ENGLISH_REGION


def _default_region(language: str) -> str:
    return {"en": _ENGLISH_REGION, "de": "de_DE", "es": "es_ES", "fr": "fr_FR"}.get(
        language, language
    )


def environment_preferences(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages asked for by ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``.

    As gettext reads them: the first variable that is set wins, and ``LANGUAGE`` may list
    several (``de:fr``). ``LANGUAGE`` is ignored when the locale is C, as GNU gettext does.
    """
    env = os.environ if environ is None else environ
    locale = next((env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)), "")
    if env.get("LANGUAGE") and parse_tag(locale) is not None:
        return [*env["LANGUAGE"].split(":"), locale]
    return [locale] if locale else []


def install(language: str, region: str | None = None) -> None:
    """Speak ``language`` from now on in this process (English when it has no catalogue)."""
    global _catalogue, _language, _region
    catalogue = load_catalogue(language) if language != SOURCE_LANGUAGE else None
    _catalogue = catalogue or gettext.NullTranslations()
    _language = language if catalogue is not None else SOURCE_LANGUAGE
    _region = region or _default_region(_language)
    if _language == SOURCE_LANGUAGE and not _region.startswith("en"):
        _region = _ENGLISH_REGION


@contextmanager
def speaking(
    language: str, region: str | None = None, catalogue: gettext.NullTranslations | None = None
) -> Iterator[None]:
    """Speak ``language`` inside the block (with ``catalogue``, e.g. a test's), then as before."""
    global _catalogue, _language, _region
    before = _catalogue, _language, _region
    if catalogue is None:
        install(language, region)
    else:
        _catalogue, _language, _region = catalogue, language, region or _default_region(language)
    try:
        yield
    finally:
        _catalogue, _language, _region = before


def install_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """Install the language the environment asks for (the command line); returns it."""
    install(*choose(environment_preferences(environ)))
    return _language


def language() -> str:
    """The language words are shown in now: "en", "de", "es" or "fr"."""
    return _language


def region() -> str:
    """The locale dates and numbers follow, in Babel's form: "en_GB", "de_DE" or "fr_CA"."""
    return _region


def load_catalogue(language: str) -> gettext.GNUTranslations | None:
    """The compiled catalogue of ``language``; compiled from its ``.po`` if none was built.

    A checkout used in place (an editable install, the tests) may hold a ``.po`` newer than
    its ``.mo``; then the ``.po`` is compiled in memory (with Babel), so a translator sees
    their change at once.
    """
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    po, mo = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as file:
            return gettext.GNUTranslations(file)
    if not po.exists():
        return None
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as file:
        catalog = read_po(file, locale=language)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
