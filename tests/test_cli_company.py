"""``diary write --company``, ``show`` and ``stats`` with it, and a backup that carries it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import Cli


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands read the app's settings; never the developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    return cli


def entry(cli: Cli, day: str) -> dict[str, object]:
    shown = json.loads(cli("show", "--date", day, "--json").out)
    found: dict[str, object] = shown["entry"]
    return found


def test_write_show_and_clear(ready: Cli) -> None:
    assert ready("write", "--date", "2026-11-20", "--company", "more").code == 0
    assert entry(ready, "2026-11-20")["company"] == "more"  # an answer alone is an entry
    assert "Company today: I wanted more" in ready("show", "--date", "2026-11-20").out
    ready("write", "--date", "2026-11-20", "--mood", "4")
    assert entry(ready, "2026-11-20") | {"uid": None} == {
        "uid": None,
        "mood": 4,
        "energy": None,
        "feelings": [],
        "gratitude": [],
        "text": "",
        "company": "more",  # kept: only what is given changes
        "tags": [],
    }
    ready("write", "--date", "2026-11-20", "--company", "right")
    assert entry(ready, "2026-11-20")["company"] == "right"
    ready("write", "--date", "2026-11-20", "--company", "none")
    assert entry(ready, "2026-11-20")["company"] is None
    assert "Company today" not in ready("show", "--date", "2026-11-20").out


def test_an_unknown_answer_is_a_usage_error(ready: Cli) -> None:
    with pytest.raises(SystemExit) as exited:
        ready("write", "--date", "2026-11-20", "--company", "lots")
    assert exited.value.code == 2
    assert "invalid choice: 'lots'" in ready.capsys.readouterr().err
    assert json.loads(ready("show", "--date", "2026-11-20", "--json").out)["entry"] is None


def test_stats_tell_lonely_days_from_chosen_solitude(ready: Cli) -> None:
    answers = {2: "more", 3: "more", 4: "less", 6: "more", 7: "right", 9: "less"}
    for day, company in answers.items():
        result = ready("write", "--date", f"2026-11-{day:02d}", "--company", company)
        assert result.code == 0, result.err
    ready("met", "--date", "2026-11-09", "--mode", "in-person", "--minutes", "60", "--with", "Jo")
    text = ready("stats", "--month", "2026-11").out
    assert "On 3 of your 5 isolated days you would have liked more company." in text
    assert (
        "Company on isolated days: wanted more 3, about right 1, wanted less 1, no answer 0."
        in (text)
    )
    data = json.loads(ready("stats", "--month", "2026-11", "--json").out)
    assert data["company"]["isolated"] == {"more": 3, "right": 1, "less": 1, "unanswered": 0}
    assert data["company"]["connected"] == {"more": 0, "right": 0, "less": 1, "unanswered": 0}
    assert data["company"]["longest_streak"] == {"more": 2, "right": 0, "less": 1, "unanswered": 0}
    assert data["company"]["enough"] is True


def test_a_backup_and_a_csv_export_carry_it(ready: Cli, tmp_path: Path) -> None:
    ready("write", "--date", "2026-11-20", "--mood", "3", "--company", "more")
    backup = tmp_path / "diary.hearth-backup"
    assert ready("backup", "export", str(backup)).code == 0
    fresh = Cli(tmp_path / "new-computer", ready.capsys, tmp_path)
    fresh.passphrase_file = ready.passphrase_file
    restored = fresh("backup", "restore", str(backup))
    assert restored.code == 0, restored.err
    assert entry(fresh, "2026-11-20")["company"] == "more"
    table = tmp_path / "days.csv"
    assert ready("export", "csv", str(table)).code == 0
    header, row = table.read_text("utf-8-sig").splitlines()[:2]
    assert header.startswith("date,mood,energy,company,") and row.startswith("2026-11-20,3,,more,")
