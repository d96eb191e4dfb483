"""The command line: every command, its output and its exit codes."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import Cli
from diary.cli import build_parser, main


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    return cli


def test_init_creates_and_refuses_to_overwrite(cli: Cli) -> None:
    first = cli("init", "--recovery-code")
    assert first.code == 0 and "recovery code" in first.out
    keys_before = (cli.folder / "diary.keys").read_bytes()
    again = cli("init")
    assert again.code == 1 and "already a diary" in again.err
    assert (cli.folder / "diary.keys").read_bytes() == keys_before


def test_write_show_round_trip(ready: Cli) -> None:
    result = ready(
        "write", "--date", "2026-11-20", "--mood", "7", "--energy", "4",
        "--feeling", "Calm", "--feeling", "grateful",
        "--gratitude", "Soup with Ana", "--text", "A quiet, good evening.",
    )  # fmt: skip
    assert result.code == 0, result.err
    shown = json.loads(ready("show", "--date", "2026-11-20", "--json").out)
    assert shown["date"] == "2026-11-20" and shown["logged"] is True
    entry = shown["entry"]
    assert (entry["mood"], entry["energy"], entry["feelings"]) == (7, 4, ["calm", "grateful"])
    assert entry["gratitude"] == [{"text": "Soup with Ana", "person": None}]
    assert entry["text"] == "A quiet, good evening."
    text = ready("show", "--date", "2026-11-20").out
    assert "Mood 7/9" in text and "Soup with Ana" in text and "Friday 20 November 2026" in text


def test_write_updates_only_what_is_given(ready: Cli) -> None:
    ready("write", "--date", "2026-11-20", "--mood", "3", "--text", "First draft")
    ready("write", "--date", "2026-11-20", "--mood", "6")
    entry = json.loads(ready("show", "--date", "2026-11-20", "--json").out)["entry"]
    assert (entry["mood"], entry["text"]) == (6, "First draft")


def test_write_reads_text_from_stdin(ready: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Línea uno\nline two\n"))
    assert ready("write", "--date", "2026-11-21", "--text", "-").code == 0
    entry = json.loads(ready("show", "--date", "2026-11-21", "--json").out)["entry"]
    assert entry["text"] == "Línea uno\nline two\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["write", "--date", "2026-11-20"], "Nothing to write"),
        (["write", "--date", "2026-11-20", "--mood", "10"], "Mood must be"),
        (["write", "--date", "20/11/2026", "--mood", "5"], "is not a date"),
        (["met", "--date", "2026-11-20", "--mode", "call", "--minutes", "2000"], "Minutes"),
        (["met", "--date", "2026-11-20", "--mode", "call", "--minutes", "5", "--depth", "0"],
         "Depth"),
        (["list", "--month", "2026-13"], "is not a month"),
        (["person", "add", "   "], "cannot be empty"),
    ],
)  # fmt: skip
def test_bad_input_exits_1_with_one_line(ready: Cli, args: list[str], message: str) -> None:
    result = ready(*args)
    assert result.code == 1
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_usage_errors_exit_2(ready: Cli) -> None:
    with pytest.raises(SystemExit) as exit_info:
        ready("met", "--date", "2026-11-20", "--mode", "telepathy", "--minutes", "5")
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["--demo", "list"])
    assert exit_info.value.code == 2


def test_met_creates_people_and_circle(ready: Cli) -> None:
    result = ready(
        "met", "--date", "2026-11-20", "--mode", "in-person", "--minutes", "90",
        "--depth", "5", "--with", "Sam", "--with", "Ana", "--circle", "Book club",
        "--initiated", "them", "--note", "Finished the novel",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "in person · 90 min · depth 5/5" in result.out
    (contact,) = json.loads(ready("show", "--date", "2026-11-20", "--json").out)["interactions"]
    assert contact["mode"] == "in-person" and contact["initiated"] == "them"
    assert sorted(contact["people"]) == ["Ana", "Sam"] and contact["circle"] == "Book club"
    people = json.loads(ready("person", "list", "--json").out)
    assert [p["name"] for p in people] == ["Ana", "Sam"]


def test_person_add_and_list(ready: Cli) -> None:
    assert "No people yet" in ready("person", "list").out
    result = ready("person", "add", "Grandma", "--circle", "Family", "--inner", "--every", "7")
    assert result.code == 0
    (person,) = json.loads(ready("person", "list", "--json").out)
    assert person["name"] == "Grandma" and person["circles"] == ["Family"]
    assert person["inner"] is True and person["every_days"] == 7
    assert "Grandma ♥ · Family · every 7 days" in ready("person", "list").out
    duplicate = ready("person", "add", "grandma")
    assert duplicate.code == 1 and "already in your diary" in duplicate.err


def test_list_and_search(ready: Cli) -> None:
    ready("write", "--date", "2026-10-31", "--mood", "4", "--text", "Pumpkin soup alone")
    ready("write", "--date", "2026-11-02", "--mood", "8", "--text", "Pumpkin carving with kids")
    ready("met", "--date", "2026-11-03", "--mode", "call", "--minutes", "25", "--with", "Jo")
    november = json.loads(ready("list", "--month", "2026-11", "--json").out)
    assert [d["date"] for d in november] == ["2026-11-02", "2026-11-03"]
    assert november[1] == {
        "date": "2026-11-03", "mood": None, "energy": None, "company": None, "feelings": [],
        "gratitude": 0, "words": 0, "interactions": 1, "minutes": 25, "tags": [],
    }  # fmt: skip
    assert len(json.loads(ready("list", "--json").out)) == 3
    assert "Nothing logged in 2026-09" in ready("list", "--month", "2026-09").out
    hits = json.loads(ready("search", "pumpkin", "--json").out)
    assert [h["date"] for h in hits] == ["2026-11-02", "2026-10-31"]
    start, end = hits[0]["matches"][0]
    assert hits[0]["snippet"][start:end] == "Pumpkin"
    assert "«Pumpkin» carving" in ready("search", "pumpkin").out
    assert "No day mentions" in ready("search", "zebra").out


def test_passphrase_change(ready: Cli, tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("a new passphrase ✓\n", encoding="utf-8")
    assert ready("passphrase", "change", "--new-passphrase-file", str(new)).code == 0
    assert ready("list").code == 3
    assert ready("list", passphrase_file=new).code == 0


def test_recovery_code_sets_a_new_passphrase(cli: Cli, tmp_path: Path) -> None:
    created = cli("init", "--recovery-code")
    code = next(line.strip() for line in created.out.splitlines() if line.count("-") == 7)
    code_file, new = tmp_path / "code.txt", tmp_path / "new.txt"
    code_file.write_text(code.lower().replace("-", " ") + "\n", encoding="utf-8")
    new.write_text("after the holidays\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("AAAA-AAAA\n", encoding="utf-8")
    args = ["passphrase", "recover", "--new-passphrase-file", str(new)]
    assert cli(*args, "--recovery-code-file", str(wrong)).code == 3
    assert cli(*args, "--recovery-code-file", str(code_file)).code == 0
    assert cli("list").code == 3, "the old passphrase no longer opens it"
    assert cli("list", passphrase_file=new).code == 0


def test_emptying_an_entry_says_it_was_removed(ready: Cli) -> None:
    ready("write", "--date", "2026-11-20", "--text", "only text")
    result = ready("write", "--date", "2026-11-20", "--text", "")
    assert result.code == 0 and "removed" in result.out
    assert json.loads(ready("show", "--date", "2026-11-20", "--json").out)["logged"] is False


def test_check_reports_healthy(ready: Cli) -> None:
    ready("write", "--date", "2026-11-20", "--mood", "5")
    result = ready("check")
    assert result.code == 0 and "healthy: 1 entries" in result.out


def test_commands_need_a_diary(cli: Cli) -> None:
    result = cli("list")
    assert result.code == 1 and "diary init" in result.err


def test_no_terminal_and_no_file_is_explained(
    diary_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from diary import messages
    from diary.commands import base

    def no_tty(_prompt: str) -> str:
        raise base.CliError(messages.NO_TERMINAL)

    monkeypatch.setattr(base, "ask_secret", no_tty)
    assert main(["--data-dir", str(diary_dir), "init"]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    assert not (diary_dir / "diary.keys").exists()


def test_demo_builds_a_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from diary.storage.kdf import TEST_POLICY

    folder = tmp_path / "demo"
    assert main(["--data-dir", str(folder), "demo"], kdf_policy=TEST_POLICY) == 0
    out = capsys.readouterr().out
    assert "Passphrase: demo" in out and "The last week" in out
    suggested = out.rsplit('search "', 1)[1].split('"')[0]
    assert main(["--data-dir", str(folder), "demo"], kdf_policy=TEST_POLICY) == 1
    secret = tmp_path / "demo.txt"
    secret.write_text("demo\n", encoding="utf-8")
    args = ["--data-dir", str(folder), "--passphrase-file", str(secret)]
    assert main([*args, "list", "--json"], kdf_policy=TEST_POLICY) == 0
    days = json.loads(capsys.readouterr().out)
    assert 300 <= len(days) <= 366
    assert main([*args, "search", suggested, "--json"], kdf_policy=TEST_POLICY) == 0
    assert json.loads(capsys.readouterr().out), "the suggested search finds something"
    assert main([*args, "demo", "--years", "0"], kdf_policy=TEST_POLICY) == 1
    from diary.storage.vault import Vault

    with Vault(folder, TEST_POLICY) as vault:  # and a few recent days have painted photos
        vault.unlock("demo")
        last = vault.repository.date_range()[1]  # type: ignore[index]
        counts = vault.repository.photo_counts(last - dt.timedelta(days=59), last)
    assert len(counts) >= 5 and set(counts.values()) <= {1, 2}


def test_help_lists_every_command() -> None:
    text = build_parser().format_help()
    for name in ("init", "demo", "write", "met", "person", "show", "list", "search", "check"):
        assert name in text
