"""The command line of people, reaching out and check-ins."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import PASSPHRASE, Cli
from diary import messages
from diary.commands import base
from diary.domain.models import CheckInKind
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Commands read the app's settings; tests get a file of their own."""
    path = tmp_path / "settings.json"
    monkeypatch.setattr(base, "default_settings_path", lambda: path)
    return path


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    return cli


def met(cli: Cli, date: str, *names: str, mode: str = "in-person", minutes: int = 30) -> None:
    with_ = [arg for name in names for arg in ("--with", name)]
    result = cli("met", "--date", date, "--mode", mode, "--minutes", str(minutes), *with_)
    assert result.code == 0, result.err


def contacts_of(cli: Cli, date: str) -> list[dict[str, object]]:
    shown = json.loads(cli("show", "--date", date, "--json").out)
    contacts: list[dict[str, object]] = shown["interactions"]
    return contacts


def people_names(cli: Cli) -> list[str]:
    return [p["name"] for p in json.loads(cli("person", "list", "--json").out)]


# -- person merge / delete --------------------------------------------------------------------


def test_person_merge(ready: Cli) -> None:
    met(ready, "2026-11-01", "Sam")
    met(ready, "2026-11-02", "Samuel", "Ana")
    result = ready("person", "merge", "sam", "samuel")
    assert result.code == 0, result.err
    assert "Samuel and Sam are now one person, Sam" in result.out
    assert people_names(ready) == ["Ana", "Sam"]
    assert [c["people"] for c in contacts_of(ready, "2026-11-02")] == [["Ana", "Sam"]]
    assert ready("search", "Samuel").out.startswith("No day mentions")


@pytest.mark.parametrize(
    ("keep", "other", "message"),
    [("Sam", "SAM", "same person"), ("Sam", "Zed", "nobody called Zed")],
)
def test_person_merge_refusals(ready: Cli, keep: str, other: str, message: str) -> None:
    met(ready, "2026-11-01", "Sam")
    result = ready("person", "merge", keep, other)
    assert result.code == 1 and message in result.err and result.err.count("\n") == 1
    assert people_names(ready) == ["Sam"]


def test_person_delete_needs_to_be_told_about_contacts(ready: Cli) -> None:
    met(ready, "2026-11-01", "Sam")
    result = ready("person", "delete", "Sam")
    assert result.code == 1
    assert "--keep-interactions" in result.err and "--delete-interactions" in result.err
    assert "Nothing was deleted" in result.err
    assert people_names(ready) == ["Sam"]
    with pytest.raises(SystemExit) as exit_info:
        ready("person", "delete", "Sam", "--keep-interactions", "--delete-interactions")
    assert exit_info.value.code == 2


def test_person_delete_keeping_interactions(ready: Cli) -> None:
    met(ready, "2026-11-01", "Sam")
    met(ready, "2026-11-01", "Sam", "Ana")
    result = ready("person", "delete", "sam", "--keep-interactions")
    assert result.code == 0, result.err
    assert result.out.startswith("Removed Sam from your diary. 2 contacts stayed")
    assert [c["people"] for c in contacts_of(ready, "2026-11-01")] == [[], ["Ana"]]
    assert people_names(ready) == ["Ana"]


def test_person_delete_with_interactions(ready: Cli) -> None:
    met(ready, "2026-11-01", "Sam")
    met(ready, "2026-11-01", "Sam", "Ana")
    met(ready, "2026-11-02", "Ana")
    result = ready("person", "delete", "Sam", "--delete-interactions")
    assert result.code == 0, result.err
    assert "Deleted 1 contact that only had them; 1 contact shared with others" in result.out
    assert [c["people"] for c in contacts_of(ready, "2026-11-01")] == [["Ana"]]
    assert len(contacts_of(ready, "2026-11-02")) == 1
    missing = ready("person", "delete", "Sam", "--delete-interactions")
    assert missing.code == 1 and "nobody called Sam" in missing.err


# -- reach-out --------------------------------------------------------------------------------


def test_reach_out_ranks_by_cadence_in_one_warm_sentence(ready: Cli) -> None:
    assert ready("reach-out", "--date", "2026-11-20").out.startswith("Nobody on your reach-out")
    ready("person", "add", "Weekly", "--every", "7")
    ready("person", "add", "Monthly", "--every", "30")
    ready("person", "add", "Nana", "--inner")
    ready("person", "add", "New", "--every", "14")
    met(ready, "2026-11-06", "Weekly")  # 14 days: ratio 2.0
    met(ready, "2026-10-06", "Monthly")  # 45 days: ratio 1.5
    met(ready, "2026-10-01", "Nana")  # 50 days; the diary starts here, 50 days ago
    result = ready("reach-out", "--date", "2026-11-20")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "You hoped to be in touch:",
        "  - It has been a while since you saw Weekly — you hoped for every 7 days",
        "  - It has been a while since you saw Monthly — you hoped for every 30 days",
        "  - It has been a while since you saw Nana",
        "  - There is no time with New in your diary yet — you hoped for every 14 days",
    ]
    assert "overdue" not in result.out and "weeks" not in result.out
    data = json.loads(ready("reach-out", "--date", "2026-11-20", "--json").out)
    assert data["date"] == "2026-11-20"
    assert [(i["name"], i["ratio"], i["days_overdue"]) for i in data["overdue"]] == [
        ("Weekly", 2.0, 7),
        ("Monthly", 1.5, 15),
    ]
    (nana,) = data["long_time"]
    assert (nana["days_since"], nana["weeks_since"], nana["inner"]) == (50, 7, True)
    assert nana["words"] == "It has been a while since you saw Nana"
    assert [i["reason"] for i in data["not_yet"]] == ["not-yet"] and data["hidden"] == []


def test_reach_out_of_a_new_diary_lists_nobody_never_seen(ready: Cli) -> None:
    ready("person", "add", "Mum", "--inner")
    ready("person", "add", "Cora", "--every", "7")
    met(ready, "2026-11-18", "Sam")  # the diary starts two days ago
    assert ready("reach-out", "--date", "2026-11-20").out.startswith("Nobody on your reach-out")
    assert "Cora" in ready("reach-out", "--date", "2026-11-25").out  # a week kept: Cora
    assert "Mum" not in ready("reach-out", "--date", "2026-11-25").out  # six weeks for Mum


def test_reach_out_resets_when_contact_is_logged(ready: Cli) -> None:
    ready("person", "add", "Sam", "--every", "7")
    met(ready, "2026-11-01", "Sam")
    assert "since you saw Sam" in ready("reach-out", "--date", "2026-11-20").out
    met(ready, "2026-11-20", "Sam", mode="text", minutes=2)  # not meaningful, but today
    assert ready("reach-out", "--date", "2026-11-20").out.startswith("Nobody on your reach-out")
    assert "since you saw Sam" in ready("reach-out", "--date", "2026-11-21").out


def test_reach_out_follows_the_settings_definition(ready: Cli, own_settings: Path) -> None:
    ready("person", "add", "Sam", "--every", "7")
    met(ready, "2026-11-01", "Sam", minutes=60)
    met(ready, "2026-11-15", "Sam", minutes=30)
    assert "Sam" not in ready("reach-out", "--date", "2026-11-20").out
    own_settings.write_text(json.dumps({"meaningful_minutes": 45}), encoding="utf-8")
    assert "since you saw Sam" in ready("reach-out", "--date", "2026-11-20").out


def test_reach_out_bad_date(ready: Cli) -> None:
    result = ready("reach-out", "--date", "20/11/2026")
    assert result.code == 1 and "is not a date" in result.err


# -- check-ins --------------------------------------------------------------------------------


def stored_checkins(cli: Cli) -> list[tuple[str, tuple[int, ...], dt.date]]:
    with Vault(cli.folder, TEST_POLICY) as vault:
        found = vault.unlock(PASSPHRASE).checkins()
    return [(c.kind.value, c.answers, c.day) for c in found]


def test_who5_low_score_gets_a_gentle_note(ready: Cli) -> None:
    result = ready("checkin", "who5", "--answers", "3,2,3,2,2", "--date", "2026-11-20")
    assert result.code == 0, result.err
    first, note = result.out.splitlines()
    assert first == "Saved your wellbeing check-in of 2026-11-20: 12 out of 25, or 48 out of 100."
    assert "someone you trust" in note and "professional" in note
    assert stored_checkins(ready) == [("who5", (3, 2, 3, 2, 2), dt.date(2026, 11, 20))]


def test_who5_at_thirteen_just_thanks(ready: Cli) -> None:
    result = ready("checkin", "who5", "--answers", " 3, 3,3,2,2", "--date", "2026-11-20")
    assert result.code == 0, result.err
    assert "13 out of 25, or 52 out of 100" in result.out
    assert "professional" not in result.out and "Thank you" in result.out


def test_who5_json(ready: Cli) -> None:
    result = ready("checkin", "who5", "--answers", "5,5,5,5,4", "--date", "2026-11-20", "--json")
    data = json.loads(result.out)
    assert (data["kind"], data["raw"], data["percent"], data["suggests_support"]) == (
        "who5",
        24,
        96,
        False,
    )
    assert data["answers"] == [5, 5, 5, 5, 4] and data["date"] == "2026-11-20"
    assert data["next_due"] == "2026-12-04" and data["uid"]


def test_ucla3(ready: Cli) -> None:
    lonely = ready("checkin", "ucla3", "--answers", "2,2,2", "--date", "2026-11-20")
    assert lonely.code == 0, lonely.err
    assert "6 on a scale from 3" in lonely.out and "lonely" in lonely.out.splitlines()[1]
    fine = ready("checkin", "ucla3", "--answers", "1,2,2", "--date", "2026-11-21", "--json")
    data = json.loads(fine.out)
    assert (data["raw"], data["percent"], data["suggests_support"]) == (5, None, False)
    assert data["next_due"] == "2026-12-21"
    assert [kind for kind, _, _ in stored_checkins(ready)] == ["ucla3", "ucla3"]


def test_checkin_date_defaults_to_the_diary_today(ready: Cli) -> None:
    assert ready("checkin", "ucla3", "--answers", "1,1,1").code == 0
    ((_, _, day),) = stored_checkins(ready)
    today = dt.date.today()
    assert day in (today, today - dt.timedelta(days=1))


@pytest.mark.parametrize(
    ("kind", "answers"),
    [
        ("who5", "1,2"),
        ("who5", "1,2,3,4,5,1"),
        ("who5", "6,0,0,0,0"),
        ("who5", "a,b,c,d,e"),
        ("who5", ""),
        ("ucla3", "0,1,1"),
        ("ucla3", "1,1,4"),
    ],
)
def test_bad_answers_exit_1_and_store_nothing(ready: Cli, kind: str, answers: str) -> None:
    result = ready("checkin", kind, "--answers", answers, "--date", "2026-11-20")
    assert result.code == 1 and result.err.count("\n") == 1
    assert "Give --answers as" in result.err
    assert stored_checkins(ready) == []


def test_checkin_needs_a_questionnaire(ready: Cli) -> None:
    with pytest.raises(SystemExit) as exit_info:
        ready("checkin")
    assert exit_info.value.code == 2


def test_checkin_kinds_match_the_parser() -> None:
    assert {kind.value for kind in CheckInKind} == {"who5", "ucla3"}


# -- the words of reaching out ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (0, "today"),
        (1, "yesterday"),
        (2, "2 days ago"),
        (13, "13 days ago"),
        (14, "2 weeks ago"),
        (21, "3 weeks ago"),
        (60, "8 weeks ago"),
        (61, "2 months ago"),
        (290, "10 months ago"),
        (364, "11 months ago"),
        (365, "a year ago"),
        (800, "2 years ago"),
    ],
)
def test_ago_is_calm_and_rough(days: int, words: str) -> None:
    assert messages.ago(days) == words


def test_last_together_and_hoped_every() -> None:
    day = dt.date(2026, 11, 20)
    assert (
        messages.last_together(dt.date(2026, 10, 30), day) == "Last together 3 weeks ago, on 30 Oct"
    )
    assert messages.last_together(dt.date(2025, 12, 1), day, circle=True) == (
        "Last took part 11 months ago, on 1 Dec 2025"
    )
    assert messages.hoped_every(1) == "every day" and messages.hoped_every(7) == "every 7 days"


# -- person show ------------------------------------------------------------------------------


def test_person_show_says_who_reached_out_and_gives_the_numbers(ready: Cli) -> None:
    for n, who in enumerate(["me"] * 8 + ["them", "both"]):
        line = ("met", "--date", f"2026-10-{n + 1:02d}", "--mode", "call", "--minutes", "20")
        assert ready(*line, "--with", "Sam", "--initiated", who).code == 0
    met(ready, "2026-11-02", "Sam")  # who started it is not noted: counted nowhere
    shown = ready("person", "show", "sam")
    assert shown.code == 0, shown.err
    assert shown.out.splitlines() == [
        "Sam",
        "11 contacts (11 meaningful), the last on 2 Nov 2026.",
        "You started 8 of your last 10 contacts with Sam.",
    ]
    data = json.loads(ready("person", "show", "Sam", "--json").out)
    assert data["name"] == "Sam" and data["contacts"] == 11
    assert data["initiative"] == {
        "counted": 10,
        "me": 8,
        "them": 1,
        "both": 1,
        "sentence": "You started 8 of your last 10 contacts with Sam.",
    }
    assert data["last_contact"] == "2026-11-02" and data["minutes"] == 230


def test_person_show_of_someone_without_contacts_or_nobody_at_all(ready: Cli) -> None:
    assert ready("person", "add", "Ana").code == 0
    shown = ready("person", "show", "Ana")
    assert shown.out.splitlines() == ["Ana", "No contacts with Ana in your diary yet."]
    assert json.loads(ready("person", "show", "Ana", "--json").out)["initiative"]["counted"] == 0
    missing = ready("person", "show", "Nobody")
    assert missing.code == 1
    assert "There is nobody called Nobody in your diary." in missing.err


def test_people_are_found_case_folded_in_every_script(ready: Cli) -> None:
    """One person, typed "ÉMILE", "Émile" or "émile", on the command line too (not only A to Z)."""
    assert ready("person", "add", "émile").code == 0
    met(ready, "2026-11-01", "Émile")
    line = ready("met", "--date", "2026-11-02", "--line", "ÉMILE called, 20 min")
    assert line.code == 0, line.err
    assert people_names(ready) == ["émile"]
    assert [c["people"] for c in contacts_of(ready, "2026-11-02")] == [["émile"]]
    shown = ready("person", "show", "ÉMILE")
    assert shown.code == 0, shown.err
    assert shown.out.splitlines()[:2] == [
        "émile",
        "2 contacts (2 meaningful), the last on 2 Nov 2026.",
    ]
    again = ready("person", "add", "ÉMILE")
    assert again.code == 1 and "ÉMILE is already in your diary." in again.err
    assert again.err.count("\n") == 1 and people_names(ready) == ["émile"]
    assert ready("person", "add", "straße").code == 0
    merged = ready("person", "merge", "ÉMILE", "STRASSE")
    assert merged.code == 0, merged.err
    assert people_names(ready) == ["émile"]
