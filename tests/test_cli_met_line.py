"""``diary met --line``: the Today page's contact line on the command line."""

from __future__ import annotations

import json

import pytest

from conftest import Cli


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    for name in ("Ana", "Sam"):
        assert cli("person", "add", name).code == 0
    return cli


def contacts(cli: Cli, day: str) -> list[dict[str, object]]:
    result: list[dict[str, object]] = json.loads(cli("show", "--date", day, "--json").out)[
        "interactions"
    ]
    return result


def people(cli: Cli) -> list[str]:
    return [p["name"] for p in json.loads(cli("person", "list", "--json").out)]


def test_a_line_logs_every_field(ready: Cli) -> None:
    result = ready(
        "met", "--date", "2026-11-20", "--line", "ana and Sam, coffee, 45 min in person, deep",
        "--circle", "Friends",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "in person · 45 min · depth 5/5" in result.out
    (contact,) = contacts(ready, "2026-11-20")
    assert contact["mode"] == "in-person" and contact["minutes"] == 45 and contact["depth"] == 5
    assert sorted(contact["people"]) == ["Ana", "Sam"]  # type: ignore[call-overload]
    assert contact["note"] == "coffee" and contact["circle"] == "Friends"
    assert people(ready) == ["Ana", "Sam"]


def test_the_date_defaults_to_this_evening(ready: Cli) -> None:
    result = ready("met", "--line", "Sam called, 20 min")
    assert result.code == 0, result.err
    assert "call · 20 min" in result.out and "started by them" in result.out


def test_unknown_names_are_refused_and_nothing_is_created(ready: Cli) -> None:
    result = ready("met", "--date", "2026-11-20", "--line", "Ana and Pri, lunch, 1h")
    assert result.code == 1
    assert "Pri is not in your diary yet" in result.err
    assert 'diary person add "Pri"' in result.err and "--add-people" in result.err
    assert result.err.count("\n") == 1
    many = ready("met", "--date", "2026-11-20", "--line", "Pri, Jo, walk")
    assert many.code == 1 and "Pri and Jo are not in your diary yet" in many.err
    assert contacts(ready, "2026-11-20") == [] and people(ready) == ["Ana", "Sam"]


def test_add_people_adds_them_explicitly(ready: Cli) -> None:
    result = ready(
        "met", "--date", "2026-11-20", "--line", "Ana and Pri, lunch, 1h", "--add-people"
    )
    assert result.code == 0, result.err
    assert "Added Pri to your diary." in result.out
    assert people(ready) == ["Ana", "Pri", "Sam"]
    (contact,) = contacts(ready, "2026-11-20")
    assert contact["people"] == ["Ana", "Pri"] and contact["minutes"] == 60


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--line", "Sam", "--mode", "call"], "--mode"),
        (["--line", "Sam", "--with", "Ana", "--note", "x"], "--with, --note"),
        (["--line", "Sam, 2000 min"], "more than a day"),
        (["--line", "Sam, depth 7"], "Depth is 1"),
        (["--line", ",,,"], "Say who it was with"),
        (["--date", "2026-11-20"], "Give the contact with --line"),
        (["--mode", "call", "--minutes", "5"], "Give the contact with --line"),
        (["--date", "2026-11-20", "--mode", "call", "--minutes", "5", "--add-people"],
         "--add-people goes with --line"),
        (["--line", "Sam", "--date", "21/11/2026"], "is not a date"),
    ],
)  # fmt: skip
def test_bad_lines_exit_1_with_one_clear_line(ready: Cli, args: list[str], message: str) -> None:
    result = ready("met", *args)
    assert result.code == 1, result.out
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
