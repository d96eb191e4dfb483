"""Edges that used to end in "Something went wrong inside Hearth": each now works or says why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import Cli
from diary.commands.base import parse_month
from diary.domain.stats import Definition, day_series


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands read the app's settings; never the developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    return cli


# The last day a date can have ------------------------------------------------------------------


def test_the_last_month_there_is_has_31_days() -> None:
    assert parse_month("9999-12") == (dt.date(9999, 12, 1), dt.date(9999, 12, 31))
    assert parse_month("0001-01") == (dt.date(1, 1, 1), dt.date(1, 1, 31))
    assert parse_month("2028-02") == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))


def test_a_series_can_end_on_9999_12_31() -> None:
    series = day_series([], dt.date(9999, 12, 30), dt.date.max, Definition())
    assert [day.day for day in series] == [dt.date(9999, 12, 30), dt.date(9999, 12, 31)]


@pytest.mark.parametrize(
    "period",
    [["--from", "9999-12-01", "--to", "9999-12-31"], ["--month", "9999-12"]],
)
def test_stats_of_december_9999(ready: Cli, period: list[str]) -> None:
    assert ready("write", "--date", "9999-12-31", "--mood", "6").code == 0
    result = ready("stats", *period, "--json")
    assert result.code == 0, result.err
    numbers = json.loads(result.out)
    assert numbers["period"] == {"from": "9999-12-01", "to": "9999-12-31"}
    assert numbers["logged_days"] == 1 and numbers["unlogged_days"] == 30
    words = ready("stats", *period)
    assert words.code == 0 and "9999-12-01" in words.out and "Something went wrong" not in words.err


def test_list_of_december_9999(ready: Cli) -> None:
    assert ready("write", "--date", "9999-12-31", "--mood", "6").code == 0
    result = ready("list", "--month", "9999-12")
    assert result.code == 0 and "9999-12-31" in result.out

