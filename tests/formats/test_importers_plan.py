"""The registry of importers, and the dry run that ``import --dry-run`` prints.

A dry run must say exactly what ``Repository.merge_records`` then does, and change nothing, so
each case here runs both on a real diary and compares them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from diary import cli
from diary.domain.models import (
    CheckIn,
    CheckInKind,
    Circle,
    Entry,
    Interaction,
    Mode,
    Person,
    Records,
)
from diary.formats.importers import IMPORTERS, recognise
from diary.storage.repository import Repository

DAY = dt.date(2026, 5, 1)


def _diary(repo: Repository) -> Records:
    repo.add_circle(Circle("Choir"))
    repo.add_person(Person("Ana", circles=("Family",)))
    repo.save_entry(Entry(DAY, mood=6, text="mine"))
    repo.add_interaction(Interaction(DAY, Mode.CALL, 10, ("Ana",)))
    repo.add_checkin(CheckIn(DAY, CheckInKind.UCLA3, (1, 1, 1)))
    return repo.records()


def _cases(existing: Records) -> dict[str, Records]:
    return {
        "the same records": existing,
        "new records of every kind": Records(
            circles=(Circle("Book club"),),
            people=(Person("Jo", circles=("Book club",)),),
            entries=(Entry(DAY + dt.timedelta(days=1), mood=3),),
            interactions=(Interaction(DAY, Mode.TEXT, 2, ("Jo",)),),
            checkins=(CheckIn(DAY, CheckInKind.UCLA3, (2, 2, 2)),),
        ),
        "names already there in other case, repeats inside the import": Records(
            circles=(Circle("choir"), Circle("Walkers"), Circle("WALKERS")),
            people=(Person("ana"), Person("Kit"), Person("kit")),
        ),
        "an entry on a day that has one, and one on a new day": Records(
            entries=(Entry(DAY, mood=9, text="theirs"), Entry(DAY + dt.timedelta(days=2), mood=1)),
        ),
        "nothing": Records(),
    }


@pytest.mark.parametrize("case", list(_cases(Records())))
def test_the_dry_run_is_what_the_merge_does(repo: Repository, case: str) -> None:
    existing = _diary(repo)
    incoming = _cases(existing)[case]
    plan = repo.merge_records(incoming, dry_run=True)
    assert repo.records() == existing, "a dry run changes nothing"
    merged = repo.merge_records(incoming)
    assert plan == merged
    again = repo.merge_records(incoming, dry_run=True)
    assert not any(again.added().values()), "after the merge, the same records add nothing"


def test_kept_days_are_days_whose_own_entry_wins(repo: Repository) -> None:
    existing = _diary(repo)
    incoming = _cases(existing)["an entry on a day that has one, and one on a new day"]
    assert repo.merge_records(incoming, dry_run=True).kept_days == (DAY,)
    assert repo.merge_records(existing, dry_run=True).kept_days == (), "same uid: no conflict"


def test_the_command_line_offers_exactly_the_registered_importers() -> None:
    parser = cli.build_parser()
    args = parser.parse_args(["import", "daylio", "f"])
    assert args.handler == "transfer:cmd_import"
    subparsers = next(a for a in parser._actions if a.dest == "command")
    kinds = next(a for a in subparsers.choices["import"]._actions if a.dest == "kind")
    assert tuple(kinds.choices) == (*IMPORTERS, "undo")
    assert all(name == importer.name for name, importer in IMPORTERS.items())


def test_recognise_names_the_one_format_a_file_looks_like() -> None:
    samples = {
        "daylio": b"full_date,date,weekday,time,mood,activities,note_title,note\n",
        "dayone": b'{"entries": [{"creationDate": "2024-01-01T00:00:00Z"}]}',
        "jrnl": b'{"tags": {}, "entries": []}',
        "minidiary": b'{"metadata": {}, "entries": {}}',
        "json": b'{"format": "hearth-diary"}',
    }
    assert {name: getattr(recognise(data), "name", None) for name, data in samples.items()} == {
        name: name for name in samples
    }
    assert recognise(b"hello") is None and recognise(b"") is None
