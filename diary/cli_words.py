"""argparse's own words ("usage:", "options", its error messages) in Hearth's catalogue.

The standard library ships no translations for argparse, so ``diary --help`` would mix
English headings into a German page. argparse looks its words up through its module's ``_``
and ``ngettext`` each time it shows them; ``install`` points those at Hearth's catalogue.
The messages keep argparse's own %-placeholders, exactly as argparse fills them in.
"""

from __future__ import annotations

import argparse

from diary import i18n
from diary.i18n import N_

# Translators: argparse's words; keep every %(name)s and %s exactly.
MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
    N_("can't open '%(filename)s': %(error)s"),
)


def install() -> None:
    """Have argparse show its words in the current language (English when untranslated)."""
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
