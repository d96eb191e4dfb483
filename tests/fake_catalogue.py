"""A small catalogue made in the test, to prove words are read in the current language.

The shipped catalogues are filled in by translators at their own pace; a test that needs German
words brings the few it reads, built with Babel exactly as ``packaging/catalogues.py`` compiles
a ``.po`` file, and speaks them with ``diary.i18n.speaking``.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping
from io import BytesIO

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

Key = str | tuple[str, str]
"""A message id, or (context, message id) for a message with a context."""


def catalogue(messages: Mapping[Key, str], language: str = "de") -> gettext.GNUTranslations:
    """A compiled catalogue of ``language`` holding ``messages`` (id -> translation)."""
    catalog = Catalog(locale=language, domain="diary")
    for key, translation in messages.items():
        context, message = key if isinstance(key, tuple) else (None, key)
        catalog.add(message, translation, context=context)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
