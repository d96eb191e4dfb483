"""``diary export`` and ``diary import``: complete plaintext out, other apps' diaries in.

Exit codes: 0 success; 1 bad input, a file of the wrong kind or a failed write; 2 usage.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

import diary.storage.atomic
from conftest import PASSPHRASE, Cli, CliResult
from diary.cli import build_parser
from diary.commands import transfer
from diary.formats import payload
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

DAYLIO = """full_date,date,weekday,time,mood,activities,note_title,note
2026-03-02,March 2,Monday,21:40,rad,friends | reading,Dinner,"Long dinner with <b>old friends</b>."
2026-03-02,March 2,Monday,08:15,meh,work,,
2026-03-01,March 1,Sunday,10:05 pm,bad,,,Tired.
2026-02-30,Feb 30,Nowhere,10:05 pm,bad,,,No such day.
"""


def _one_line_error(result: CliResult, code: int) -> str:
    assert result.code == code, (result.code, result.out, result.err)
    assert result.err.startswith("diary: ") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err
    return result.err


def _records(folder: Path) -> dict[str, Any]:
    with Vault(folder, TEST_POLICY) as vault:
        everything = vault.unlock(PASSPHRASE).records()
    return payload.to_dict(
        everything, exported_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC), app_version=""
    )


@pytest.fixture
def filled(cli: Cli) -> Cli:
    """A diary with every kind of record, written through the command line."""
    assert cli("init").code == 0
    runs = [
        ["person", "add", "Ana", "--circle", "Family", "--inner", "--every", "7"],
        ["write", "--date", "2026-04-01", "--mood", "7", "--feeling", "calm",
         "--gratitude", "Soup", "--text", "A walk with Ana.\n# by the river"],
        ["write", "--date", "2026-04-03", "--mood", "2", "--text", "Quiet."],
        ["met", "--date", "2026-04-01", "--mode", "in-person", "--minutes", "60", "--with", "Ana",
         "--with", "Jo", "--circle", "Family", "--depth", "4", "--note", "walk"],
        ["met", "--date", "2026-04-05", "--mode", "call", "--minutes", "15", "--with", "Jo"],
    ]  # fmt: skip
    for args in runs:
        result = cli(*args)
        assert result.code == 0, result.err
    return cli


@pytest.fixture
def ready(cli: Cli) -> Cli:
    assert cli("init").code == 0
    return cli


@pytest.fixture
def daylio_file(tmp_path: Path) -> Path:
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    return path


# Export ----------------------------------------------------------------------------------------


def _exported(result: CliResult) -> None:
    assert result.code == 0, result.err
    assert result.err.startswith("diary: Warning: this export is NOT encrypted.")
    assert result.err.count("\n") == 1


def test_export_json_is_exactly_the_backup_payload(filled: Cli, tmp_path: Path) -> None:
    target = tmp_path / "diary.json"
    result = filled("export", "json", str(target))
    _exported(result)
    assert (
        "Exported 2 entries, 2 contacts, 2 people and 1 circle, from 2026-04-01 to 2026-04-05:"
        in result.out
    )
    assert str(target) in result.out
    dump = payload.load(target.read_bytes())
    assert payload.to_dict(
        dump.records, exported_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC), app_version=""
    ) == _records(filled.folder)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600, "plaintext: readable by its owner only"


def test_export_markdown(filled: Cli, tmp_path: Path) -> None:
    target = tmp_path / "diary.md"
    _exported(filled("export", "markdown", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "## Wednesday 1 April 2026" in text and "## Sunday 5 April 2026" in text
    assert "Mood 7/9" in text and "- Soup" in text and "\\# by the river" in text
    assert "- in person · 60 min · depth 4/5 · with Ana, Jo · Family — walk" in text
    assert "## People\n\n- **Ana** ♥ · Family · every 7 days\n- **Jo**" in text


def test_export_csv_writes_three_tables(filled: Cli, tmp_path: Path) -> None:
    target = tmp_path / "diary.csv"
    result = filled("export", "csv", str(target))
    _exported(result)
    names = ["diary.csv", "diary-contacts.csv", "diary-people.csv"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == sorted(names)
    assert all(str(tmp_path / name) in result.out for name in names)

    def rows(name: str) -> list[dict[str, str]]:
        text = (tmp_path / name).read_bytes().decode("utf-8-sig")
        return list(csv.DictReader(io.StringIO(text, newline="")))

    assert [(r["date"], r["mood"], r["contacts"]) for r in rows("diary.csv")] == [
        ("2026-04-01", "7", "1"),
        ("2026-04-03", "2", "0"),
        ("2026-04-05", "", "1"),
    ]
    assert rows("diary.csv")[0]["text"] == "A walk with Ana.\n# by the river"
    assert [r["people"] for r in rows("diary-contacts.csv")] == ["Ana; Jo", "Jo"]
    assert [r["name"] for r in rows("diary-people.csv")] == ["Ana", "Jo", "Family"]


def test_export_refuses_folders_missing_folders_and_the_diarys_own_files(
    filled: Cli, tmp_path: Path
) -> None:
    assert "is a folder" in _one_line_error(filled("export", "json", str(tmp_path)), 1)
    missing = tmp_path / "no" / "such.json"
    assert "does not exist" in _one_line_error(filled("export", "json", str(missing)), 1)
    before = (filled.folder / "diary.db").read_bytes()
    own = filled("export", "json", str(filled.folder / "diary.db"))
    assert "your diary's own files" in _one_line_error(own, 1)
    assert (filled.folder / "diary.db").read_bytes() == before


def test_export_with_a_wrong_passphrase_writes_nothing(filled: Cli, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("nope\n", encoding="utf-8")
    target = tmp_path / "diary.md"
    _one_line_error(filled("export", "markdown", str(target), passphrase_file=wrong), 3)
    assert not target.exists()


@pytest.mark.parametrize("kind", ["json", "csv"])
@pytest.mark.parametrize("fail_at", ["write", "fsync"])
def test_disk_full_leaves_no_partial_file_and_old_files_untouched(
    filled: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, fail_at: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    old = out / f"diary.{kind}"
    old.write_bytes(b"the previous export")
    real_fdopen = os.fdopen
    writes = []

    class FullDisk:
        """The last file of the export finds the disk full (the first ones were fine)."""

        def __init__(self, handle: Any) -> None:
            self.handle = handle
            writes.append(self)
            self.full = len(writes) == (3 if kind == "csv" else 1)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            if self.full and fail_at == "write":
                self.handle.write(data[: len(data) // 2])
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return int(self.handle.write(data))

        def flush(self) -> None:
            self.handle.flush()

        def fileno(self) -> int:
            if self.full and fail_at == "fsync":
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return int(self.handle.fileno())

    monkeypatch.setattr(
        diary.storage.atomic.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode))
    )
    error = _one_line_error(filled("export", kind, str(old)), 1)
    monkeypatch.undo()
    assert "No space left on device" in error and "No export file was left behind" in error
    assert sorted(p.name for p in out.iterdir()) == [old.name], "no temporary or partial files"
    assert old.read_bytes() == b"the previous export"


def test_the_command_line_offers_exactly_the_export_kinds() -> None:
    parser = build_parser()
    for kind in transfer.EXPORTERS:
        assert parser.parse_args(["export", kind, "f"]).handler == "transfer:cmd_export"
    with pytest.raises(SystemExit):
        parser.parse_args(["export", "pdf", "f"])


# Import ----------------------------------------------------------------------------------------


def test_dry_run_prints_the_plan_and_changes_nothing(ready: Cli, daylio_file: Path) -> None:
    before = _records(ready.folder)
    result = ready("import", "daylio", str(daylio_file), "--dry-run")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        f"Read {daylio_file} (a Daylio CSV export): 3 notes on 2 days, from 2026-03-01 to "
        "2026-03-02.",
        "Could not use 1 part(s) of the file:",
        "  - line 5: “2026-02-30” is not a date Hearth can read, so it was skipped.",
        "Would add 3 notes to 2 days, and update 0 days.",
        "Dry run: nothing was changed. Run the same command without --dry-run to import.",
    ]
    assert _records(ready.folder) == before


def test_import_adds_once_and_twice_adds_nothing(ready: Cli, daylio_file: Path) -> None:
    first = ready("import", "daylio", str(daylio_file))
    assert first.code == 0, first.err
    assert "Added 3 notes to 2 days, updated 0 days." in first.out
    after = _records(ready.folder)
    assert [(e["date"], e["mood"]) for e in after["entries"]] == [
        ("2026-03-01", 3),
        ("2026-03-02", 7),
    ]
    assert "Long dinner with old friends." in after["entries"][1]["text"]
    assert after["people"] == [] and after["interactions"] == [], "no contacts are invented"
    again = ready("import", "daylio", str(daylio_file))
    assert again.code == 0, again.err
    assert again.out.splitlines()[-3:] == [
        "Added 0 notes to 0 days, updated 0 days.",
        "Already in your diary, so not added again: 3 notes.",
        "Nothing new to add; your diary was not changed.",
    ]
    assert _records(ready.folder) == after


def test_a_day_with_its_own_entry_keeps_it_and_gains_the_notes_after_it(
    ready: Cli, daylio_file: Path
) -> None:
    assert ready("write", "--date", "2026-03-01", "--mood", "8", "--text", "Mine.").code == 0
    dry = ready("import", "daylio", str(daylio_file), "--dry-run")
    real = ready("import", "daylio", str(daylio_file))
    assert "Would add 3 notes to 2 days, and update 1 day." in dry.out
    assert "Added 3 notes to 2 days, updated 1 day." in real.out
    first = _records(ready.folder)["entries"][0]
    assert (first["date"], first["mood"]) == ("2026-03-01", 8), "the mood the user typed stays"
    assert first["text"] == "Mine.\n\nFrom Daylio\n22:05 · bad\nTired."
    again = ready("import", "daylio", str(daylio_file))
    assert "Nothing new to add" in again.out
    assert _records(ready.folder)["entries"][0]["text"] == first["text"], "never twice"


def test_a_hearth_export_merges_into_another_diary(
    filled: Cli, ready_elsewhere: Cli, tmp_path: Path
) -> None:
    exported = tmp_path / "diary.json"
    assert filled("export", "json", str(exported)).code == 0
    dry = ready_elsewhere("import", "json", str(exported), "--dry-run")
    assert "Would add: 2 entries, 2 contacts, 2 people and 1 circle." in dry.out
    result = ready_elsewhere("import", "json", str(exported))
    assert "Added: 2 entries, 2 contacts, 2 people and 1 circle." in result.out
    assert _records(ready_elsewhere.folder) == _records(filled.folder)
    again = ready_elsewhere("import", "json", str(exported))
    assert (
        "Already in your diary, so skipped: 2 entries, 2 contacts, 2 people and 1 circle."
        in again.out
    )


@pytest.fixture
def ready_elsewhere(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    other = Cli(tmp_path / "laptop", capsys, tmp_path)
    assert other("init").code == 0
    return other


def test_unknown_moods_exit_1_and_map_fixes_them(ready: Cli, tmp_path: Path) -> None:
    path = tmp_path / "renamed.csv"
    path.write_text(DAYLIO.replace(",rad,", ",super,"), encoding="utf-8")
    error = _one_line_error(ready("import", "daylio", str(path)), 1)
    assert "“super”" in error and '--map "super=6"' in error
    result = ready("import", "daylio", str(path), "--map", "Super=9", "--map", "meh=4")
    assert result.code == 0, result.err
    assert [e["mood"] for e in _records(ready.folder)["entries"]] == [3, 7]  # (9 + 4) / 2 = 6.5


@pytest.mark.parametrize(
    "args, words",
    [
        (["daylio", "--map", "super"], "write it as LABEL=N"),
        (["daylio", "--map", "super=10"], "write it as LABEL=N"),
        (["daylio", "--map", "=5"], "write it as LABEL=N"),
        (["jrnl", "--map", "super=5"], "has no mood labels"),
    ],
)
def test_bad_map_options_exit_1(ready: Cli, daylio_file: Path, args: list[str], words: str) -> None:
    result = ready("import", args[0], str(daylio_file), *args[1:])
    assert words in _one_line_error(result, 1)


@pytest.mark.parametrize(
    "kind, hint",
    [
        ("jrnl", "try diary import daylio FILE"),
        ("dayone", "try diary import daylio FILE"),
        ("json", "try diary import daylio FILE"),
        ("minidiary", "try diary import daylio FILE"),
    ],
)
def test_a_file_of_the_wrong_kind_exits_1_with_a_hint(
    ready: Cli, daylio_file: Path, kind: str, hint: str
) -> None:
    before = _records(ready.folder)
    error = _one_line_error(ready("import", kind, str(daylio_file)), 1)
    assert "Nothing was imported" in error and hint in error
    assert _records(ready.folder) == before


def test_a_file_of_no_known_kind_and_a_missing_file(ready: Cli, tmp_path: Path) -> None:
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)))
    error = _one_line_error(ready("import", "daylio", str(noise)), 1)
    assert "not UTF-8 text" in error and "try" not in error
    error = _one_line_error(ready("import", "daylio", str(tmp_path / "missing.csv")), 1)
    assert "Cannot read" in error


def test_import_needs_a_diary(cli: Cli, daylio_file: Path) -> None:
    error = _one_line_error(cli("import", "daylio", str(daylio_file)), 1)
    assert "no diary" in error


def test_import_of_another_apps_json(ready: Cli, tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_text(
        json.dumps(
            {
                "tags": {},
                "entries": [
                    {
                        "title": "Hello.",
                        "body": "First entry.",
                        "date": "2026-01-02",
                        "time": "09:00",
                        "tags": ["@me"],
                        "starred": False,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    result = ready("import", "jrnl", str(path))
    assert result.code == 0, result.err
    (entry,) = _records(ready.folder)["entries"]
    assert (entry["text"], entry["tags"]) == ("Hello.\nFirst entry.", ["me"])


def test_a_snooze_alone_is_still_imported(
    filled: Cli, ready_elsewhere: Cli, tmp_path: Path
) -> None:
    from diary.domain.cadence import Target, snooze

    exported = tmp_path / "diary.json"
    assert filled("export", "json", str(exported)).code == 0
    assert ready_elsewhere("import", "json", str(exported)).code == 0
    with Vault(filled.folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        person = repo.people()[0]
        repo.set_hold(snooze(Target.of(person), dt.date(2026, 12, 1)))
    assert filled("export", "json", str(exported)).code == 0
    result = ready_elsewhere("import", "json", str(exported))
    assert "nothing new" not in result.out.lower()
    with Vault(ready_elsewhere.folder, TEST_POLICY) as vault:
        holds = vault.unlock(PASSPHRASE).holds()
    assert [h.day for h in holds] == [dt.date(2026, 12, 1)]


# Imports that merge, note by note -----------------------------------------------------------

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
EARLY = (
    HEADER
    + "2026-03-02,March 2,Monday,08:15,meh,work,,\n2026-03-01,March 1,Sunday,22:05,bad,,,Tired.\n"
)
FULL = (
    HEADER
    + "2026-03-03,March 3,Tuesday,07:00,good,,,New day.\n"
    + "2026-03-02,March 2,Monday,21:40,rad,,Dinner,Long dinner.\n"
    + "2026-03-02,March 2,Monday,08:15,meh,work,,\n"
    + "2026-03-01,March 1,Sunday,22:05,bad,,,Tired.\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _days(folder: Path) -> dict[str, tuple[int | None, str]]:
    return {e["date"]: (e["mood"], e["text"]) for e in _records(folder)["entries"]}


def test_a_later_export_adds_the_rows_the_diary_lacks(ready: Cli, tmp_path: Path) -> None:
    assert ready("import", "daylio", str(_write(tmp_path, "early.csv", EARLY))).code == 0
    assert _days(ready.folder)["2026-03-02"] == (5, "08:15 · meh\nActivities: work")
    result = ready("import", "daylio", str(_write(tmp_path, "full.csv", FULL)))
    assert result.code == 0, result.err
    assert "Added 2 notes to 2 days, updated 1 day." in result.out
    assert "Already in your diary, so not added again: 2 notes." in result.out
    days = _days(ready.folder)
    assert days["2026-03-02"] == (
        7,
        "08:15 · meh\nActivities: work\n\n21:40 · rad\nDinner\nLong dinner.",
    ), "the mood is worked out again from all the day's rows, the rows in time order"
    assert days["2026-03-03"] == (7, "07:00 · good\nNew day.")
    assert days["2026-03-01"] == (3, "22:05 · bad\nTired.")


def test_notes_of_another_app_are_added_under_their_own_heading(ready: Cli, tmp_path: Path) -> None:
    assert ready("import", "daylio", str(_write(tmp_path, "d.csv", EARLY))).code == 0
    jrnl = {
        "tags": {},
        "entries": [
            {"title": "Walk.", "body": "By the river.", "date": "2026-03-01", "time": "18:00",
             "tags": [], "starred": False},
        ],
    }  # fmt: skip
    path = _write(tmp_path, "j.json", json.dumps(jrnl))
    result = ready("import", "jrnl", str(path))
    assert "Added 1 note to 1 day, updated 1 day." in result.out
    expected = "22:05 · bad\nTired.\n\nFrom jrnl\n18:00\nWalk.\nBy the river."
    assert _days(ready.folder)["2026-03-01"] == (3, expected)
    assert "Nothing new to add" in ready("import", "jrnl", str(path)).out
    assert _days(ready.folder)["2026-03-01"] == (3, expected)
    # Daylio again, with a new row on that day: the Daylio rows stay together, jrnl's after them
    more = EARLY + "2026-03-01,March 1,Sunday,09:00,rad,,,Sunny start.\n"
    assert ready("import", "daylio", str(_write(tmp_path, "d2.csv", more))).code == 0
    assert _days(ready.folder)["2026-03-01"] == (
        6,
        "09:00 · rad\nSunny start.\n\n22:05 · bad\nTired.\n\nFrom jrnl\n18:00\nWalk.\n"
        "By the river.",
    )


def test_a_new_map_remaps_only_the_moods_the_import_set(ready: Cli, tmp_path: Path) -> None:
    renamed = _write(
        tmp_path, "r.csv", EARLY.replace(",bad,", ",super,").replace(",meh,", ",super,")
    )
    assert ready("import", "daylio", str(renamed), "--map", "super=9").code == 0
    assert [m for m, _t in _days(ready.folder).values()] == [9, 9]
    assert ready("write", "--date", "2026-03-02", "--mood", "2").code == 0  # the user's own now
    result = ready("import", "daylio", str(renamed), "--map", "super=4")
    assert result.code == 0, result.err
    assert "Added 0 notes to 0 days, updated 1 day." in result.out
    assert [m for m, _t in _days(ready.folder).values()] == [4, 2]


def test_undo_takes_the_last_import_back_exactly(ready: Cli, tmp_path: Path) -> None:
    assert ready("write", "--date", "2026-03-01", "--mood", "8", "--text", "Mine.").code == 0
    before = _records(ready.folder)
    assert ready("import", "daylio", str(_write(tmp_path, "early.csv", EARLY))).code == 0
    middle = _records(ready.folder)
    assert ready("import", "daylio", str(_write(tmp_path, "full.csv", FULL))).code == 0
    assert _records(ready.folder) != middle
    undo = ready("import", "undo")
    assert undo.code == 0, undo.err
    assert "Took back the import of full.csv (a Daylio CSV export) made " in undo.out
    assert ": 2 days put back as they were before." in undo.out
    assert _records(ready.folder) == middle
    assert ready("import", "undo").code == 0
    assert _records(ready.folder) == before
    assert ready("import", "undo").out.strip() == "There is no import to take back."
    assert ready("search", "Tired").out.strip() == "No day mentions “Tired”.", "index restored"


def test_undo_keeps_a_day_changed_since(ready: Cli, tmp_path: Path) -> None:
    assert ready("import", "daylio", str(_write(tmp_path, "early.csv", EARLY))).code == 0
    assert ready("write", "--date", "2026-03-01", "--text", "Rewritten by me.").code == 0
    undo = ready("import", "undo")
    assert "Kept as they are, because they changed after that import: 2026-03-01." in undo.out
    days = _days(ready.folder)
    assert list(days) == ["2026-03-01"] and days["2026-03-01"][1] == "Rewritten by me."


def test_undo_of_a_hearth_json_import_removes_what_it_added(
    filled: Cli, ready_elsewhere: Cli, tmp_path: Path
) -> None:
    assert ready_elsewhere("write", "--date", "2026-01-01", "--text", "Other.").code == 0
    before = _records(ready_elsewhere.folder)
    exported = tmp_path / "diary.json"
    assert filled("export", "json", str(exported)).code == 0
    assert ready_elsewhere("import", "json", str(exported)).code == 0
    undo = ready_elsewhere("import", "undo")
    assert undo.code == 0, undo.err
    assert "2 days put back as they were before." in undo.out  # its two entries, removed
    assert "Removed 5 records it had added." in undo.out  # 2 contacts, 2 people, 1 circle
    assert _records(ready_elsewhere.folder) == before


def test_undo_takes_no_file_and_an_import_needs_one(ready: Cli, daylio_file: Path) -> None:
    assert "takes no FILE" in _one_line_error(ready("import", "undo", str(daylio_file)), 1)
    assert "diary import daylio FILE" in _one_line_error(ready("import", "daylio"), 1)


# Files that are not what they say, or that cannot be read --------------------------------------


def test_a_jrnl_file_given_as_day_one_is_refused_and_named(ready: Cli, tmp_path: Path) -> None:
    jrnl = {"tags": {}, "entries": [{"title": "Hi.", "body": "", "date": "2026-01-02",
                                     "time": "09:00", "tags": [], "starred": False}]}  # fmt: skip
    path = _write(tmp_path, "journal.json", json.dumps(jrnl))
    error = _one_line_error(ready("import", "dayone", str(path)), 1)
    assert "not a Day One JSON export" in error and "try diary import jrnl FILE" in error


def test_a_file_of_which_no_row_can_be_read_is_an_error(ready: Cli, tmp_path: Path) -> None:
    polish = (
        "year,date,weekday,time,mood,activities,note\n"
        "2019,17 lutego,niedziela,19:05,good,,Dzień\n"
        "2019,18 lutego,poniedziałek,19:05,good,,Noc\n"
    )
    before = _records(ready.folder)
    error = _one_line_error(ready("import", "daylio", str(_write(tmp_path, "pl.csv", polish))), 1)
    assert error.startswith("diary: Nothing in this file could be read: line 2: “17 lutego 2019”")
    assert "line 3:" in error and "Nothing was imported." in error
    assert _records(ready.folder) == before


@pytest.mark.parametrize(
    "name, data",
    [
        (
            "quoted.csv",
            FULL[: FULL.index("Long dinner") + 4].replace("Dinner,Long", 'Dinner,"Long'),
        ),
        ("mid-row.csv", FULL[: FULL.index(",good,") + 3]),
        ("cut.json", '{"tags": {}, "entries": [{"title": "Hi.", "body": "", "date": "2026-0'),
    ],
)
def test_a_file_cut_short_is_refused_and_nothing_written(
    ready: Cli, tmp_path: Path, name: str, data: str
) -> None:
    before = _records(ready.folder)
    kind = "jrnl" if name.endswith(".json") else "daylio"
    error = _one_line_error(ready("import", kind, str(_write(tmp_path, name, data))), 1)
    assert "looks cut short" in error and "Nothing was imported" in error
    assert _records(ready.folder) == before


def test_a_json_export_beyond_what_is_read_whole_is_read_as_a_stream(
    filled: Cli, ready_elsewhere: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diary.formats.importers import base

    exported = tmp_path / "export.json"
    assert filled("export", "json", str(exported)).code == 0
    monkeypatch.setattr(base, "WHOLE_MAX_BYTES", exported.stat().st_size - 1)
    result = ready_elsewhere("import", "json", str(exported))
    assert result.code == 0, result.err
    assert _records(ready_elsewhere.folder)["entries"] == _records(filled.folder)["entries"]
