"""Hearth's translation catalogues: extract the words, update each language, compile them.

    python packaging/catalogues.py extract   # diary/locale/diary.pot from the source
    python packaging/catalogues.py update    # merge it into every diary/locale/*/…/diary.po
    python packaging/catalogues.py compile   # .mo beside each .po (the build does this too)
    python packaging/catalogues.py init LANG # start a new language

Babel does the work (gettext's formats and CLDR's plural rules); docs/translating.md says why
and how a translator works. The build (``packaging/hearth_build.py``, run by ``pip install``)
and the desktop package (``packaging/build.py``) call ``compile_all``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "diary"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / "diary.pot"
DOMAIN = "diary"

_PERCENT = re.compile(r"%\(\w+\)[sdr]|%[sdr]")
"""argparse's %-placeholders: only messages holding one are python-format."""

KEYWORDS = {
    "_": None,
    "N_": None,
    "NP_": (1, 2),
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
}
COMMENT_TAGS = ["Translators:"]


def extract(package: Path = PACKAGE) -> Catalog:
    """Every marked message of the source, with where it is used and translators' notes."""
    catalog = Catalog(
        project="Hearth",
        domain=DOMAIN,
        charset="utf-8",
        fuzzy=False,
        copyright_holder="Hearth's authors",
        msgid_bugs_address="",
    )
    found = extract_from_dir(
        str(package),
        method_map=[("locale/**", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS,
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        where = (f"diary/{Path(filename).as_posix()}", lineno)
        added = catalog.add(message, None, [where], auto_comments=comments, context=context)
        if not _PERCENT.search(added.id if isinstance(added.id, str) else added.id[0]):
            added.flags.discard("python-format")  # "95% interval" is no printf directive
    return catalog


def po_files(locale: Path = LOCALE) -> list[Path]:
    """Each language's catalogue, ``diary/locale/<lang>/LC_MESSAGES/diary.po``."""
    return sorted(locale.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read(path: Path) -> Catalog:
    """A ``.po`` file, its language taken from the folder it lives in."""
    with path.open("rb") as file:
        return read_po(file, locale=path.parent.parent.name)


def write(path: Path, catalog: Catalog) -> None:
    """A catalogue in gettext's format, sorted by where each message is used."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog, width=100, sort_by_file=True, include_lineno=False)


def update(template: Catalog) -> list[Path]:
    """Merge ``template`` into every language: new messages, changed ones marked fuzzy."""
    written = []
    for path in po_files():
        catalog = read(path)
        catalog.update(template, update_header_comment=False)
        catalog.obsolete.clear()
        write(path, catalog)
        written.append(path)
    return written


def compile_all(into: Path | None = None) -> list[Path]:
    """Compile every ``.po`` to a ``.mo`` (beside it, or under ``into``/diary/locale).

    Fuzzy and untranslated messages are left out, so they show in English rather than wrong.
    """
    written = []
    for po in po_files():
        target = po.with_suffix(".mo")
        if into is not None:
            target = into / target.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as file:
            write_mo(file, read(po), use_fuzzy=False)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    """Run one of extract, update or compile."""
    command = argv[0] if argv else ""
    if command == "extract":
        template = extract()
        write(TEMPLATE, template)
        print(f"{len(template)} messages in {TEMPLATE.relative_to(ROOT)}")
    elif command == "update":
        template = extract()
        write(TEMPLATE, template)
        for path in update(template):
            print(f"updated {path.relative_to(ROOT)}")
    elif command == "init" and len(argv) == 2:
        path = LOCALE / argv[1] / "LC_MESSAGES" / f"{DOMAIN}.po"
        if path.exists():
            print(f"{path.relative_to(ROOT)} exists; use update")
            return 1
        template = extract()
        catalog = Catalog(locale=argv[1], project="Hearth", domain=DOMAIN, fuzzy=False)
        catalog.update(template)
        write(path, catalog)
        print(f"created {path.relative_to(ROOT)}")
    elif command == "compile":
        for path in compile_all():
            print(f"compiled {path.relative_to(ROOT)}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
