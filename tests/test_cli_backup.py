"""``diary backup export | verify | restore``: round trips, refusals, exit codes, safe swaps.

Exit codes: 0 success; 1 bad input or a failed write; 3 wrong passphrase; 4 damaged backup.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

import diary.storage.atomic
from conftest import PASSPHRASE, Cli, CliResult
from diary import i18n
from diary.backups import Concern, RestoreConcern
from diary.commands.backups import concern_words, human_size
from diary.domain.cadence import Target, dismiss, snooze
from diary.formats import backup, payload
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

CANARY = "zebra-canary-7f3a"


def _one_line_error(result: CliResult, code: int) -> str:
    assert result.code == code, (result.code, result.err)
    assert result.err.startswith("diary: ") and result.err.count("\n") == 1, result.err
    assert "Traceback" not in result.err and result.out == ""
    return result.err


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (recursively) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _records(folder: Path, passphrase: str = PASSPHRASE) -> dict[str, Any]:
    """Every record of a diary, without diary-local ids."""
    with Vault(folder, TEST_POLICY) as vault:
        everything = vault.unlock(passphrase).records()
    when = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    return payload.to_dict(everything, exported_at=when, app_version="")


def _secret_file(tmp_path: Path, name: str, secret: str) -> Path:
    path = tmp_path / name
    path.write_text(secret + "\n", encoding="utf-8")
    return path


@pytest.fixture
def filled(cli: Cli) -> Cli:
    """A diary with every kind of record, written through the command line."""
    assert cli("init").code == 0
    runs = [
        ["person", "add", "Ana", "--circle", "Family", "--inner", "--every", "7"],
        ["write", "--date", "2026-04-01", "--mood", "7", "--feeling", "calm",
         "--gratitude", "Soup", "--text", f"A {CANARY} evening with Ana."],
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
def exported(filled: Cli, tmp_path: Path) -> Path:
    target = tmp_path / "diary.hearth-backup"
    result = filled("backup", "export", str(target))
    assert result.code == 0, result.err
    assert "2 entries, 2 interactions, 2 people, 1 circles" in result.out
    assert "from 2026-04-01 to 2026-04-05" in result.out
    return target


def _in(cli: Cli, folder: Path, *args: str, passphrase_file: Path | None = None) -> CliResult:
    """Run ``diary`` on another data folder with the same capture and passphrase file."""
    other = Cli(folder, cli.capsys, folder.parent)
    other.passphrase_file = passphrase_file or cli.passphrase_file
    return other(*args)


# Export and verify ----------------------------------------------------------------------------


def test_export_writes_a_private_encrypted_file(exported: Path, filled: Cli) -> None:
    data = exported.read_bytes()
    assert data.startswith(backup.MAGIC)
    assert CANARY.encode() not in data and b"Ana" not in data and b"2026-04" not in data
    assert exported.stat().st_mode & 0o077 == 0, "readable by the owner only"
    assert [p.name for p in exported.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_verify_prints_counts_and_dates(exported: Path, filled: Cli) -> None:
    result = filled("backup", "verify", str(exported))
    assert result.code == 0, result.err
    assert "complete and intact" in result.out and "2 entries" in result.out
    assert "from 2026-04-01 to 2026-04-05" in result.out and "UTC by Hearth" in result.out
    shown = json.loads(filled("backup", "verify", str(exported), "--json").out)
    assert shown["intact"] is True and shown["format_version"] == 2
    assert shown["counts"] == {
        "entries": 2, "interactions": 2, "people": 2, "circles": 1, "checkins": 0,
    }  # fmt: skip
    assert (shown["first_date"], shown["last_date"]) == ("2026-04-01", "2026-04-05")
    assert shown["kdf"] == {"memory_kib": 64, "iterations": 1, "lanes": 1}
    assert shown["bytes"] == exported.stat().st_size and shown["chunks"] == 1


def test_verify_needs_no_diary(exported: Path, filled: Cli, tmp_path: Path) -> None:
    result = _in(filled, tmp_path / "nowhere", "backup", "verify", str(exported))
    assert result.code == 0, result.err
    assert not (tmp_path / "nowhere").exists()


def test_a_backup_passphrase_of_its_own(filled: Cli, tmp_path: Path) -> None:
    own = _secret_file(tmp_path, "own.txt", "a different secret for the backup")
    target = tmp_path / "own.hearth-backup"
    result = filled("backup", "export", str(target), "--backup-passphrase-file", str(own))
    assert result.code == 0 and "not with the diary's" in result.out
    _one_line_error(filled("backup", "verify", str(target)), 3)
    assert filled("backup", "verify", str(target), "--backup-passphrase-file", str(own)).code == 0


def test_each_export_has_a_fresh_salt_and_nonces(filled: Cli, tmp_path: Path) -> None:
    files = []
    for name in ("one", "two"):
        target = tmp_path / f"{name}.hearth-backup"
        assert filled("backup", "export", str(target)).code == 0
        files.append(target.read_bytes())
    assert backup.read_header(files[0]).salt != backup.read_header(files[1]).salt
    assert files[0][43:55] != files[1][43:55] and files[0][71:83] != files[1][71:83]


def test_export_refuses_a_folder_or_a_missing_folder(filled: Cli, tmp_path: Path) -> None:
    assert "is a folder" in _one_line_error(filled("backup", "export", str(tmp_path)), 1)
    missing = tmp_path / "no" / "such" / "b.hearth-backup"
    assert "does not exist" in _one_line_error(filled("backup", "export", str(missing)), 1)


@pytest.mark.parametrize("fail_at", ["write", "fsync"])
def test_disk_full_during_export_leaves_no_partial_file(
    exported: Path, filled: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    """The old backup at the target is untouched and no temporary file is left behind."""
    old = exported.read_bytes()
    new_target = tmp_path / "new.hearth-backup"
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            if fail_at == "write":
                self.handle.write(data[: len(data) // 2])  # half of it reached the disk
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return int(self.handle.write(data))

        def flush(self) -> None:
            self.handle.flush()

        def fileno(self) -> int:
            return int(self.handle.fileno())

    def fsync(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(
        diary.storage.atomic.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode))
    )
    if fail_at == "fsync":
        monkeypatch.setattr(diary.storage.atomic.os, "fsync", fsync)
    for target in (exported, new_target):
        error = _one_line_error(filled("backup", "export", str(target)), 1)
        assert "No space left on device" in error and "No backup file was left" in error
    monkeypatch.undo()
    assert exported.read_bytes() == old
    assert not new_target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []
    assert filled("backup", "verify", str(exported)).code == 0


def test_export_with_a_wrong_diary_passphrase_writes_nothing(filled: Cli, tmp_path: Path) -> None:
    wrong = _secret_file(tmp_path, "wrong.txt", "nope")
    target = tmp_path / "b.hearth-backup"
    result = filled("backup", "export", str(target), passphrase_file=wrong)
    _one_line_error(result, 3)
    assert not target.exists()


# Restore into a new diary ---------------------------------------------------------------------


def test_round_trip_into_an_empty_folder(exported: Path, filled: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "new-computer"
    result = _in(filled, fresh, "backup", "restore", str(exported))
    assert result.code == 0, result.err
    assert "Restored the backup into a new diary" in result.out and "2 entries" in result.out
    assert _records(fresh) == _records(filled.folder)
    found = json.loads(_in(filled, fresh, "search", CANARY, "--json").out)
    assert [hit["date"] for hit in found] == ["2026-04-01"]
    assert _in(filled, fresh, "check").code == 0
    assert sorted(p.name for p in fresh.iterdir()) == [
        "diary.db",
        "diary.keys",
        "diary.lock",
        "diary.seal",
    ]


@pytest.mark.parametrize("existing", [False, True])
def test_a_refused_restore_into_a_new_diary_leaves_nothing_behind(
    exported: Path, filled: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, existing: bool
) -> None:
    """No folder holding only diary.lock: what the restore made is gone, what was there stays."""
    from diary.storage import restore
    from diary.storage.errors import Code, SaveFailed

    def fails(*_args: object, **_kwargs: object) -> None:
        raise SaveFailed(code=Code.RESTORE_FAILED, reason="No space left on device")

    monkeypatch.setattr(restore, "build", fails)
    fresh = tmp_path / "new-computer"
    if existing:
        fresh.mkdir()
        (fresh / "notes.txt").write_text("mine")
    result = _in(filled, fresh, "backup", "restore", str(exported))
    assert result.code != 0 and "No space left on device" in result.err
    if existing:
        assert sorted(p.name for p in fresh.iterdir()) == ["notes.txt"]
    else:
        assert not fresh.exists()


def _set_aside(folder: Path) -> None:
    """Snooze Ana, dismiss Family, and keep two private preferences (no command does these)."""
    with Vault(folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        ana, family = repo.person("Ana"), repo.circle("Family")
        assert ana is not None and family is not None
        repo.set_hold(snooze(Target.of(ana), dt.date(2026, 5, 1)))
        repo.set_hold(dismiss(Target.of(family), dt.date(2026, 4, 6)))
        repo.set_preference("support_text", f"{CANARY} helpline")
        repo.set_preference("care_dismissed", "2026-04-03")


def test_holds_and_private_preferences_are_restored(filled: Cli, tmp_path: Path) -> None:
    _set_aside(filled.folder)
    target = tmp_path / "aside.hearth-backup"
    assert filled("backup", "export", str(target)).code == 0
    assert CANARY.encode() not in target.read_bytes()
    fresh = tmp_path / "new-computer"
    result = _in(filled, fresh, "backup", "restore", str(target))
    assert result.code == 0, result.err
    restored = _records(fresh)
    assert restored == _records(filled.folder)
    assert [(h["subject"], h["kind"]) for h in restored["reach_out_holds"]] == [
        ("person", "snooze"),
        ("circle", "dismiss"),
    ]
    assert restored["preferences"] == {
        "care_dismissed": "2026-04-03",
        "support_text": f"{CANARY} helpline",
    }
    shown = json.loads(_in(filled, fresh, "reach-out", "--json", "--date", "2026-04-20").out)
    assert [(i["name"], i["hold"]) for i in shown["hidden"]] == [
        ("Ana", {"kind": "snooze", "date": "2026-05-01"})
    ], "Ana is overdue, but still snoozed in the restored diary"


def test_merging_keeps_the_diarys_own_holds_and_preferences(filled: Cli, tmp_path: Path) -> None:
    _set_aside(filled.folder)
    target = tmp_path / "aside.hearth-backup"
    assert filled("backup", "export", str(target)).code == 0
    with Vault(filled.folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        ana = repo.person("Ana")
        assert ana is not None
        repo.set_hold(dismiss(Target.of(ana), dt.date(2026, 4, 10)))
        repo.set_preference("support_text", "changed after the backup")
    before = _records(filled.folder)
    for _ in range(2):
        result = filled("backup", "restore", str(target), "--merge")
        assert result.code == 0, result.err
        assert _records(filled.folder) == before


def test_a_json_export_carries_holds_and_preferences(filled: Cli, tmp_path: Path) -> None:
    _set_aside(filled.folder)
    exported = tmp_path / "diary.json"
    assert filled("export", "json", str(exported)).code == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["version"] == payload.PAYLOAD_VERSION and len(document["reach_out_holds"]) == 2
    elsewhere = tmp_path / "elsewhere"
    assert _in(filled, elsewhere, "init").code == 0
    result = _in(filled, elsewhere, "import", "json", str(exported))
    assert result.code == 0, result.err
    assert _records(elsewhere) == _records(filled.folder)


def test_restore_into_a_new_diary_with_its_own_passphrases(filled: Cli, tmp_path: Path) -> None:
    own = _secret_file(tmp_path, "own.txt", "backup secret")
    new = _secret_file(tmp_path, "new.txt", "the new diary's passphrase")
    target = tmp_path / "b.hearth-backup"
    assert filled("backup", "export", str(target), "--backup-passphrase-file", str(own)).code == 0
    fresh = tmp_path / "fresh"
    args = ("backup", "restore", str(target), "--backup-passphrase-file", str(own))
    result = _in(filled, fresh, *args, "--recovery-code", passphrase_file=new)
    assert result.code == 0, result.err
    assert "recovery code" in result.out
    assert _records(fresh, "the new diary's passphrase") == _records(filled.folder)
    code = result.out.split("\n\n    ")[1].split("\n")[0]
    with Vault(fresh, TEST_POLICY) as vault:
        assert vault.unlock_with_recovery_code(code).counts()["entries"] == 2


def test_restore_refuses_a_stray_database(exported: Path, filled: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "stray"
    fresh.mkdir()
    (fresh / "diary.db").write_bytes(b"something")
    error = _one_line_error(_in(filled, fresh, "backup", "restore", str(exported)), 1)
    assert "without its key file" in error
    assert _snapshot(fresh) == {"diary.db": b"something"}


# Restore over an existing diary ---------------------------------------------------------------


def test_restore_refuses_an_existing_diary_without_a_flag(exported: Path, filled: Cli) -> None:
    before = _snapshot(filled.folder)
    error = _one_line_error(filled("backup", "restore", str(exported)), 1)
    assert "already a diary" in error and "--merge" in error and "--replace" in error
    assert _snapshot(filled.folder) == before


def test_replace_and_merge_together_is_a_usage_error(exported: Path, filled: Cli) -> None:
    with pytest.raises(SystemExit) as exit_:
        filled("backup", "restore", str(exported), "--replace", "--merge")
    assert exit_.value.code == 2


def test_merge_twice_adds_nothing(exported: Path, filled: Cli) -> None:
    before = _records(filled.folder)
    result = filled("backup", "restore", str(exported), "--merge")
    assert result.code == 0, result.err
    assert "Added: 0 entries, 0 interactions, 0 people, 0 circles" in result.out
    assert "skipped: 2 entries, 2 interactions, 2 people, 1 circles" in result.out
    assert filled("backup", "restore", str(exported), "--merge").code == 0
    assert _records(filled.folder) == before


def test_merge_brings_in_what_the_diary_lacks(exported: Path, filled: Cli, tmp_path: Path) -> None:
    laptop = tmp_path / "laptop"
    assert _in(filled, laptop, "init").code == 0
    assert _in(filled, laptop, "write", "--date", "2026-04-03", "--mood", "9").code == 0
    assert _in(filled, laptop, "met", "--date", "2026-04-09", "--mode", "text",
               "--minutes", "3", "--with", "ana").code == 0  # fmt: skip
    result = _in(filled, laptop, "backup", "restore", str(exported), "--merge")
    assert result.code == 0, result.err
    assert "Added: 1 entries, 2 interactions, 1 people, 1 circles" in result.out
    merged = _records(laptop)
    assert [e["date"] for e in merged["entries"]] == ["2026-04-01", "2026-04-03"]
    assert [e["mood"] for e in merged["entries"]] == [7, 9], "the laptop's own entry is kept"
    assert len(merged["interactions"]) == 3 and len(merged["people"]) == 2  # ana is Ana


def test_replace_swaps_the_diary_and_keeps_the_old_one(
    exported: Path, filled: Cli, tmp_path: Path
) -> None:
    expected = _records(filled.folder)
    assert filled("write", "--date", "2026-06-01", "--text", "after the backup").code == 0
    result = filled("backup", "restore", str(exported), "--replace", "--yes")  # it is older
    assert result.code == 0, result.err
    assert "Replaced the diary" in result.out
    assert _records(filled.folder) == expected
    kept = [p for p in filled.folder.iterdir() if p.name.startswith("before-restore-")]
    assert len(kept) == 1 and sorted(p.name for p in kept[0].iterdir()) == [
        "diary.db",
        "diary.keys",
        "diary.seal",
    ]
    with Vault(kept[0], TEST_POLICY) as old:
        entry = old.unlock(PASSPHRASE).entry(dt.date(2026, 6, 1))
        assert entry is not None and entry.text == "after the backup"
    assert [p.name for p in filled.folder.iterdir() if p.name.startswith(".restore")] == []
    assert filled("check").code == 0


def _bad_backups(exported: Path) -> dict[str, bytes]:
    data = exported.read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x04
    return {"flipped": bytes(flipped), "truncated": data[:-40], "appended": data + b"\0"}


@pytest.mark.parametrize("damage", ["flipped", "truncated", "appended"])
@pytest.mark.parametrize("how", ["--replace", "--merge"])
def test_a_bad_backup_leaves_the_diary_untouched(
    exported: Path, filled: Cli, tmp_path: Path, damage: str, how: str
) -> None:
    bad = tmp_path / "bad.hearth-backup"
    bad.write_bytes(_bad_backups(exported)[damage])
    before = _snapshot(filled.folder)
    error = _one_line_error(filled("backup", "restore", str(bad), how), 4)
    assert "damaged" in error and "Nothing was changed" in error
    assert _snapshot(filled.folder) == before
    _one_line_error(filled("backup", "verify", str(bad)), 4)


def test_a_wrong_backup_passphrase_exits_3_and_changes_nothing(
    exported: Path, filled: Cli, tmp_path: Path
) -> None:
    wrong = _secret_file(tmp_path, "wrong.txt", "not the passphrase")
    before = _snapshot(filled.folder)
    for args in (["verify"], ["restore", "--replace"], ["restore", "--merge"]):
        result = filled("backup", args[0], str(exported), *args[1:],
                        "--backup-passphrase-file", str(wrong))  # fmt: skip
        assert "does not open this backup" in _one_line_error(result, 3)
    assert _snapshot(filled.folder) == before
    fresh = tmp_path / "fresh"
    _one_line_error(
        _in(filled, fresh, "backup", "restore", str(exported), passphrase_file=wrong), 3
    )
    assert not fresh.exists()


def test_a_wrong_diary_passphrase_refuses_replace(
    exported: Path, filled: Cli, tmp_path: Path
) -> None:
    wrong = _secret_file(tmp_path, "wrong.txt", "not the passphrase")
    before = _snapshot(filled.folder)
    args = ("backup", "restore", str(exported), "--replace")
    result = filled(*args, "--backup-passphrase-file", str(filled.passphrase_file),
                    passphrase_file=wrong)  # fmt: skip
    assert "does not open this diary" in _one_line_error(result, 3)
    assert _snapshot(filled.folder) == before


def test_a_failed_swap_puts_the_old_diary_back(
    exported: Path, filled: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last move (the new key file into place) fails: every earlier move is undone."""
    before = _snapshot(filled.folder)
    expected = _records(filled.folder)
    real_replace = os.replace

    def failing_replace(source: Any, target: Any) -> None:
        if Path(target) == filled.folder / "diary.keys" and ".restore-" in str(source):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    result = filled("backup", "restore", str(exported), "--replace")
    monkeypatch.undo()
    error = _one_line_error(result, 1)
    assert "could not be finished" in error and "left exactly as it was" in error
    assert _snapshot(filled.folder) == before
    assert sorted(p.name for p in filled.folder.iterdir()) == [
        "diary.db",
        "diary.keys",
        "diary.lock",
        "diary.seal",
    ]
    assert _records(filled.folder) == expected


# Damage and tampering through the command line: exit 4 -----------------------------------------


def _retrail(data: bytes) -> bytes:
    return data[:-32] + hashlib.sha256(data[:-32]).digest()


@pytest.fixture
def chunked(filled: Cli, tmp_path: Path) -> tuple[Path, bytes, int]:
    """A real diary's dump in a backup of 64-byte chunks (many chunks from a small diary)."""
    with Vault(filled.folder, TEST_POLICY) as vault:
        everything = vault.unlock(PASSPHRASE).records()
    document = payload.dump(everything, exported_at=dt.datetime.now(dt.UTC), app_version="t")
    data = backup.encrypt(document, PASSPHRASE, TEST_POLICY.floor, TEST_POLICY, chunk_size=64)
    path = tmp_path / "chunked.hearth-backup"
    path.write_bytes(data)
    assert filled("backup", "verify", str(path)).code == 0
    return path, data, 64 + 28


def test_chunk_tampering_exits_4(chunked: tuple[Path, bytes, int], filled: Cli) -> None:
    path, data, full = chunked
    start = backup.HEADER_BYTES + backup.KEY_CHECK_BYTES  # the first chunk
    records = [data[i : i + full] for i in range(start, len(data) - 32, full)]
    assert len(records) > 8
    cases = {
        "cut at a boundary": records[:5],
        "cut between boundaries": [*records[:5], records[5][:40]],
        "swapped": [records[1], records[0], *records[2:]],
        "duplicated": [*records[:3], records[2], *records[3:]],
        "appended": [*records, records[-1]],
    }
    for name, changed in cases.items():
        for retrail in (False, True):
            body = data[:start] + b"".join(changed) + data[-32:]
            path.write_bytes(_retrail(body) if retrail else body)
            result = filled("backup", "verify", str(path))
            assert result.code == 4, (name, retrail, result.err)
            assert "damaged" in result.err or "altered" in result.err, (name, result.err)


def test_header_fields_changed_exit_4(chunked: tuple[Path, bytes, int], filled: Cli) -> None:
    path, data, _full = chunked
    for offset in (0, 8, 9, 10, 11, 14, 15, 18, 19, 22, 23, 38, 39, 42, 43, 60):
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        path.write_bytes(bytes(flipped))
        result = filled("backup", "verify", str(path))
        assert result.code == 4, (offset, result.err)


def test_byte_flips_across_the_file_exit_4(chunked: tuple[Path, bytes, int], filled: Cli) -> None:
    path, data, _full = chunked
    for offset in range(0, len(data), max(1, len(data) // 40)):
        flipped = bytearray(data)
        flipped[offset] ^= 0x80
        path.write_bytes(bytes(flipped))
        assert filled("backup", "verify", str(path)).code == 4, offset


def test_an_unreadable_or_foreign_file(filled: Cli, tmp_path: Path) -> None:
    error = _one_line_error(filled("backup", "verify", str(tmp_path / "missing")), 1)
    assert "Cannot read the backup" in error
    foreign = tmp_path / "diary.keys"
    foreign.write_bytes((filled.folder / "diary.keys").read_bytes())
    assert "not a Hearth backup" in _one_line_error(filled("backup", "verify", str(foreign)), 4)


def test_unsafe_kdf_settings_exit_4_before_deriving(
    exported: Path, filled: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(backup, "derive", lambda *args: calls.append(args))
    data = bytearray(exported.read_bytes())
    data[11:15] = (2**31).to_bytes(4, "big")  # 2 TiB of memory
    exported.write_bytes(_retrail(bytes(data)))
    assert "key-derivation" in _one_line_error(filled("backup", "verify", str(exported)), 4)
    assert calls == []


def test_help_lists_the_backup_commands() -> None:
    from diary.cli import build_parser

    parser = build_parser()
    assert "backup" in parser.format_help()
    with pytest.raises(SystemExit):
        parser.parse_args(["backup", "--help"])


@pytest.mark.parametrize(
    ("size", "english", "german"),
    [
        (1, "1 byte", "1 Byte"),
        (999, "999 bytes", "999 Bytes"),
        (12_500_000, "12.5 MB", "12,5\u00a0MB"),  # a unit never wraps from its number
        (3_400_000_000, "3.4 GB", "3,4\u00a0GB"),
    ],
)
def test_sizes_are_said_in_the_languages_numbers(size: int, english: str, german: str) -> None:
    assert human_size(size) == english
    with i18n.speaking("de"):
        assert human_size(size) == german


# An older backup, another diary's, or one of unknown age: said, and asked (issue 16, part 3) ---


def _state(folder: Path) -> Any:
    with Vault(folder, TEST_POLICY) as vault:
        return vault.unlock(PASSPHRASE).state()


def _local(moment: dt.datetime) -> str:
    """How the command line writes a moment: the long date and the local hour and minute."""
    local = moment.astimezone()
    return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M}"


def test_a_backup_carries_the_diarys_id_and_newest_change(exported: Path, filled: Cli) -> None:
    opened = backup.decrypt(exported.read_bytes(), PASSPHRASE, TEST_POLICY)
    dump = payload.load(opened.payload)
    state = _state(filled.folder)
    assert (dump.diary_id, dump.changed_at) == (state.diary_id, state.changed_at)
    assert dump.changed_at is not None


def test_replacing_with_the_newest_backup_asks_nothing(exported: Path, filled: Cli) -> None:
    before = _state(filled.folder)
    result = filled("backup", "restore", str(exported), "--replace")
    assert result.code == 0, result.err
    after = _state(filled.folder)  # the restored diary is the same diary, as far as it got
    assert (after.diary_id, after.changed_at) == (before.diary_id, before.changed_at)
    assert filled("backup", "restore", str(exported), "--replace").code == 0  # and again


def test_an_older_backup_is_refused_without_yes(exported: Path, filled: Cli) -> None:
    backup_changed = _state(filled.folder).changed_at
    assert filled("write", "--date", "2026-06-01", "--text", "after the backup").code == 0
    diary_changed = _state(filled.folder).changed_at
    before = _snapshot(filled.folder)
    error = _one_line_error(filled("backup", "restore", str(exported), "--replace"), 1)
    assert _snapshot(filled.folder) == before  # nothing changed
    assert "This backup is older than your diary" in error
    assert f"Newest change in the backup: {_local(backup_changed)}" in error
    assert f"in your diary: {_local(diary_changed)}" in error
    assert "run the command again with --yes" in error
    merged = filled("backup", "restore", str(exported), "--merge")  # merging replaces nothing
    assert merged.code == 0, merged.err


def test_another_diarys_backup_is_refused_without_yes(
    exported: Path, filled: Cli, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    assert _in(filled, other, "init").code == 0
    assert _in(filled, other, "write", "--date", "2026-05-01", "--text", "mine").code == 0
    error = _one_line_error(_in(filled, other, "backup", "restore", str(exported), "--replace"), 1)
    assert "This backup is of another diary, not of the one in" in error
    assert _local(_state(filled.folder).changed_at) in error
    assert _local(_state(other).changed_at) in error
    result = _in(filled, other, "backup", "restore", str(exported), "--replace", "--yes")
    assert result.code == 0, result.err
    assert _state(other).diary_id == _state(filled.folder).diary_id  # it is that diary now


def test_a_backup_of_unknown_age_says_so(filled: Cli, tmp_path: Path) -> None:
    with Vault(filled.folder, TEST_POLICY) as vault:
        everything = vault.unlock(PASSPHRASE).records()
    document = payload.to_dict(everything, exported_at=dt.datetime.now(dt.UTC), app_version="t")
    document["version"] = 2  # as Hearth wrote before backups named their diary
    del document["diary_id"], document["last_changed_at"], document["photos"]
    for entry in document["entries"]:
        del entry["company"]  # since version 4
        del entry["tags"]  # and before entries had tags
    old = tmp_path / "old.hearth-backup"
    old.write_bytes(
        backup.encrypt(json.dumps(document).encode(), PASSPHRASE, TEST_POLICY.floor, TEST_POLICY)
    )
    own_id = _state(filled.folder).diary_id
    error = _one_line_error(filled("backup", "restore", str(old), "--replace"), 1)
    assert "made by an older Hearth" in error and "its age cannot be compared" in error
    assert f"Newest change in your diary: {_local(_state(filled.folder).changed_at)}" in error
    assert filled("backup", "restore", str(old), "--replace", "--yes").code == 0
    assert _state(filled.folder).diary_id == own_id  # it did not say whose: the folder's stays


def test_the_dates_are_in_the_languages_words(tmp_path: Path) -> None:
    when = dt.datetime(2026, 11, 21, 18, 5, tzinfo=dt.UTC)
    concern = RestoreConcern(Concern.OTHER_DIARY, when, None)
    english = concern_words(concern, tmp_path)
    assert "of another diary" in english and "in your diary: not known." in english
    local = when.astimezone()
    assert f"Newest change in the backup: {_local(when)};" in english
    with i18n.speaking("de"):
        german = concern_words(concern, tmp_path)
    assert f"{local.day}. November 2026" in german and f"{local:%H:%M}" in german
