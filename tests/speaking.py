"""Run a test in another language and region, and always come back to Hearth's English."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from diary import i18n


@contextmanager
def speaking(language: str, region: str) -> Iterator[None]:
    """``i18n.install(language, region)`` for the ``with`` block; English (en_GB) after it."""
    i18n.install(language, region)
    try:
        yield
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
