"""Names are matched case-folded for every script, not only A to Z (SQLite's NOCASE).

"ÉMILE", "émile" and "Émile" are one person, and so are "STRASSE" and "straße", wherever the
repository finds someone by name or checks that a name is free.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from diary.domain.models import (
    Circle,
    Entry,
    Gratitude,
    Interaction,
    Mode,
    Person,
    Problem,
    ValidationError,
    name_key,
    name_order,
)
from diary.storage.repository import Repository

DAY = dt.date(2026, 11, 20)
DECOMPOSED = unicodedata.normalize("NFD", "ÉMILE")


def names(repo: Repository) -> list[str]:
    return [p.name for p in repo.people()]


def test_name_key_folds_every_script_and_normalises() -> None:
    assert name_key("ÉMILE") == name_key("émile") == name_key(DECOMPOSED) == "émile"
    assert name_key("STRASSE") == name_key("straße") == "strasse"
    assert name_key(" \u200bΣΊΣΥΦΟΣ \u202e ") == name_key("σίσυφος")
    assert name_key("Emile") != name_key("Émile")


@pytest.mark.parametrize("typed", ["Émile", "ÉMILE", DECOMPOSED, "  émile "])
def test_a_contact_is_filed_under_the_person_already_there(repo: Repository, typed: str) -> None:
    emile = repo.add_person(Person("émile"))
    stored = repo.add_interaction(Interaction(DAY, Mode.CALL, 20, people=(typed,)))
    assert names(repo) == ["émile"]
    assert repo.day(DAY).interactions[0].people == ("émile",) and stored.id is not None
    assert repo.person(typed) == emile


def test_gratitude_and_circles_fold_too(repo: Repository) -> None:
    repo.add_person(Person("straße", circles=("Öl-Kreis",)))
    repo.save_entry(Entry(DAY, mood=6, gratitude=(Gratitude("a lift home", "STRASSE"),)))
    repo.add_interaction(Interaction(DAY, Mode.VIDEO, 10, people=("Strasse",), circle="ÖL-KREIS"))
    assert names(repo) == ["straße"] and [c.name for c in repo.circles()] == ["Öl-Kreis"]
    day = repo.day(DAY)
    assert day.entry is not None and day.entry.gratitude[0].person == "straße"
    assert day.interactions[0].circle == "Öl-Kreis"


@pytest.mark.parametrize("typed", ["ÉMILE", "Émile", DECOMPOSED])
def test_adding_a_case_fold_duplicate_is_refused(repo: Repository, typed: str) -> None:
    repo.add_person(Person("émile"))
    with pytest.raises(ValidationError) as refused:
        repo.add_person(Person(typed))
    assert refused.value.code == Problem.PERSON_EXISTS
    assert "is already in your diary" in str(refused.value)
    assert names(repo) == ["émile"]


def test_renaming_to_a_case_fold_duplicate_is_refused(repo: Repository) -> None:
    repo.add_person(Person("straße"))
    ana = repo.add_person(Person("Ana"))
    with pytest.raises(ValidationError) as refused:
        repo.update_person(Person("STRASSE", id=ana.id, uid=ana.uid))
    assert refused.value.code == Problem.PERSON_EXISTS
    assert names(repo) == ["Ana", "straße"]
    emile = repo.add_person(Person("émile"))
    repo.update_person(Person("Émile", id=emile.id, uid=emile.uid))  # their own name, recased
    assert sorted(names(repo)) == ["Ana", "straße", "Émile"]  # SQLite sorts by code point


def test_circles_refuse_case_fold_duplicates(repo: Repository) -> None:
    repo.add_circle(Circle("Ärzte"))
    with pytest.raises(ValidationError) as refused:
        repo.add_circle(Circle("ÄRZTE"))
    assert refused.value.code == Problem.CIRCLE_EXISTS
    choir = repo.add_circle(Circle("Choir"))
    with pytest.raises(ValidationError):
        repo.update_circle(Circle("ärzte", id=choir.id, uid=choir.uid))
    assert sorted(c.name for c in repo.circles()) == ["Choir", "Ärzte"]


def test_circle_lookups_fold(repo: Repository) -> None:
    repo.add_person(Person("Ana", circles=("Ärzte",)))
    repo.add_person(Person("Bo"))
    circle = repo.circle("ÄRZTE")
    assert circle is not None and circle.name == "Ärzte"
    assert [p.name for p in repo.circle_members("ÄRZTE")] == ["Ana"]
    assert [p.name for p in repo.set_circle_members("ärzte", ["ANA", "bo"])] == ["Ana", "Bo"]
    assert repo.delete_circle("ÄRZTE") and repo.circles() == []


def test_merge_and_delete_find_people_case_folded(repo: Repository) -> None:
    repo.add_interaction(Interaction(DAY, Mode.CALL, 20, people=("émile",)))
    repo.add_interaction(Interaction(DAY, Mode.TEXT, 2, people=("straße",)))
    merged = repo.merge_people("ÉMILE", "STRASSE")
    assert merged.name == "émile" and names(repo) == ["émile"]
    with pytest.raises(ValidationError) as same:
        repo.merge_people("Émile", DECOMPOSED)
    assert same.value.code == Problem.SAME_PERSON
    removal = repo.delete_person(DECOMPOSED, keep_interactions=True)
    assert removal.name == "émile" and names(repo) == []
    assert repo.person("Émile") is None


def test_an_older_diary_with_two_folded_spellings_is_read_the_same_way_every_time(
    repo: Repository,
) -> None:
    """Before, NOCASE let "émile" and "Émile" both in: the exact spelling wins, else the oldest."""
    older = repo.add_person(Person("émile"))
    with repo._write() as db:  # as an older Hearth could have written it
        db.execute("INSERT INTO person (uid, name, inner_circle) VALUES ('u2', 'Émile', 0)")
    newer = repo.person("Émile")
    assert newer is not None and newer.id != older.id
    assert (
        repo.person("émile") == older and repo.person("ÉMILE") == repo.person(DECOMPOSED) == newer
    )
    assert repo.person("ÈMILE") is None
    repo.add_interaction(Interaction(DAY, Mode.CALL, 5, people=("éMILE",)))
    repo.add_interaction(Interaction(DAY, Mode.CALL, 6, people=("ÉMILE",)))
    assert [i.people for i in repo.day(DAY).interactions] == [("émile",), ("Émile",)]


def test_when_only_case_folding_matches_two_old_names_the_oldest_wins(repo: Repository) -> None:
    oldest = repo.add_person(Person("straße"))
    with repo._write() as db:
        db.execute("INSERT INTO person (uid, name, inner_circle) VALUES ('u2', 'strasse', 0)")
    assert repo.person("STRASSE") == repo.person("strasse") != oldest  # NOCASE: the closest
    assert repo.person("STRA\u1e9eE") == oldest  # capital sharp s: only case folding matches
    with pytest.raises(ValidationError):
        repo.add_person(Person("Stra\u1e9ee"))


def test_people_and_circles_list_in_dictionary_order_not_code_points(repo: Repository) -> None:
    """Accents break ties only: "Émile" beside "Emma", "Ölaf" before "Olga" (NOCASE: last)."""
    for name in ("zoë", "Ölaf", "Emma", "straße", "Émile", "Olga", "emile"):
        repo.add_person(Person(name, circles=("Åland friends",) if name == "Ölaf" else ()))
    repo.add_circle(Circle("Book club"))
    assert names(repo) == ["emile", "Émile", "Emma", "Ölaf", "Olga", "straße", "zoë"]
    assert [c.name for c in repo.circles()] == ["Åland friends", "Book club"]
    assert name_order("Émile") < name_order("Emma") < name_order("Zoë")
