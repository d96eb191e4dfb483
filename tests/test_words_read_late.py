"""Words are read when they are shown, never frozen at import.

A words module's constants are looked up in the current language each time they are read
(``diary.i18n.words``). Reading one at import time (a module-level constant built from it, a
default argument, a class attribute) would keep the language of the moment of import, so the
command line's ``LANG`` or the app's language setting would come too late for it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import diary

PACKAGE = Path(diary.__file__).parent
WORDS_MODULES = {"words", "companion_words", "messages"}


def _words_aliases(tree: ast.Module) -> set[str]:
    """Names under which a module imports a words module (``words``, ``people_words``…)."""
    aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in WORDS_MODULES or alias.name.endswith("words"):
                    aliases.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.rsplit(".", 1)[-1] in WORDS_MODULES:
                    aliases.add(alias.asname or alias.name)
    return aliases


def _early_reads(tree: ast.Module, aliases: set[str]) -> list[int]:
    """Lines where ``alias.NAME`` is evaluated at import: module and class bodies, defaults."""
    early: list[ast.AST] = []

    def visit_body(body: list[ast.stmt]) -> None:
        for statement in body:
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                early.extend(statement.args.defaults)
                early.extend(d for d in statement.args.kw_defaults if d is not None)
                early.extend(statement.decorator_list)
            elif isinstance(statement, ast.ClassDef):
                early.extend(statement.decorator_list)
                visit_body(statement.body)
            elif isinstance(statement, ast.If | ast.Try | ast.With):
                visit_body(statement.body)
            else:
                early.append(statement)

    visit_body(tree.body)
    lines = []
    for node in early:
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Attribute)
                and isinstance(sub.value, ast.Name)
                and sub.value.id in aliases
                and sub.attr.isupper()
            ):
                lines.append(sub.lineno)
    return lines


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "locale" not in p.parts)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_words_are_read_at_import(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = _words_aliases(tree)
    if path.stem in WORDS_MODULES or path.stem.endswith("words"):
        aliases.add("_here")
    assert _early_reads(tree, aliases) == []


def test_no_words_are_imported_by_name() -> None:
    """``from diary.messages import NAME`` would read NAME at import time."""
    offenders = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").rsplit(".", 1)[
                -1
            ] in WORDS_MODULES | {"companion_words"}:
                offenders += [f"{path.name}: {a.name}" for a in node.names if a.name.isupper()]
    assert offenders == []


def test_the_check_sees_an_early_read() -> None:
    tree = ast.parse(
        "from diary.ui.today import words\n"
        "TITLE = words.TODAY_TITLE\n"
        "def f(label=words.TODAY_TITLE):\n    return words.TODAY_TITLE\n"
        "class C:\n    NAME = words.TODAY_TITLE\n"
    )
    assert _early_reads(tree, _words_aliases(tree)) == [2, 3, 6]
