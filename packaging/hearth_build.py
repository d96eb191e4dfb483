"""Hearth's build backend: setuptools, plus the translation catalogues compiled on the way.

``pyproject.toml`` names this module (``backend-path = ["packaging"]``) so that ``pip install``
of a checkout, a wheel or an editable install always carries the ``.mo`` files built from the
``.po`` files in the repository; compiled catalogues are never committed.
"""

from __future__ import annotations

from pathlib import Path

from setuptools.build_meta import *  # noqa: F403 - the backend's hooks, unchanged
from setuptools.command.build_py import build_py


class BuildPy(build_py):
    """``build_py`` that also compiles ``diary/locale/*/LC_MESSAGES/diary.po`` to ``.mo``."""

    def run(self) -> None:
        """Compile into the build (a wheel), or beside the sources (an editable install)."""
        import catalogues  # packaging/catalogues.py, on the path by backend-path

        into = None if self.editable_mode else Path(self.build_lib)
        for path in catalogues.compile_all(into=into):
            self.announce(f"compiled {path}", level=2)
        super().run()
