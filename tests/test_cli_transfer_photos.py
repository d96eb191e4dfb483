"""``diary export markdown`` writes the photos beside the document; ``import dayone`` brings them.

All or nothing: a failure while the photos are written leaves no folder, no document and no
hidden file behind, and an earlier export as it was.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import json
import os
import re
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest
from photo_files import picture

from conftest import PASSPHRASE, Cli, CliResult
from diary import exports
from diary.formats import payload
from diary.formats.photos import prepare_photo
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

APRIL_1, APRIL_3 = dt.date(2026, 4, 1), dt.date(2026, 4, 3)
FIRST = picture("JPEG", (32, 24))


@pytest.fixture
def photographed(cli: Cli) -> Cli:
    """A diary of two days with three photos, one of them only photos."""
    assert cli("init").code == 0
    assert cli("write", "--date", "2026-04-01", "--mood", "7", "--text", "A walk.").code == 0
    with Vault(cli.folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        repo.add_photo(prepare_photo(APRIL_1, FIRST, "IMG 2041.jpg"))
        repo.add_photo(prepare_photo(APRIL_1, picture("PNG", (8, 8)), "CON.png"))
        repo.add_photo(prepare_photo(APRIL_3, picture("JPEG", (8, 8), colour=(9, 9, 9)), "x.jpg"))
    return cli


def _ok(result: CliResult) -> None:
    assert result.code == 0, result.err
    assert result.err.startswith("diary: Warning: this export and its photos are NOT encrypted.")


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_markdown_writes_the_photos_beside_it_and_links_them(
    photographed: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "hearth-2026-12-04.md"
    target.parent.mkdir()
    result = photographed("export", "markdown", str(target))
    _ok(result)
    folder = tmp_path / "out" / "hearth-2026-12-04-photos"
    assert _names(target.parent) == ["hearth-2026-12-04-photos", "hearth-2026-12-04.md"]
    assert _names(folder) == [
        "2026-04-01-1-IMG_2041.jpg",
        "2026-04-01-2-CON.png",
        "2026-04-03-1-x.jpg",
    ]
    assert (folder / "2026-04-01-1-IMG_2041.jpg").read_bytes() == FIRST
    text = target.read_text(encoding="utf-8")
    assert (
        "A walk.\n\n"
        "![IMG 2041.jpg](hearth-2026-12-04-photos/2026-04-01-1-IMG_2041.jpg)\n"
        "![CON.png](hearth-2026-12-04-photos/2026-04-01-2-CON.png)\n"
    ) in text
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert all((target.parent / link).is_file() for link in links) and len(links) == 3
    assert "## Friday 3 April 2026\n\n![x.jpg]" in text, "a day of only photos has its section"
    assert f"  {folder} (3 photos, " in result.out
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())


def test_a_diary_without_photos_writes_no_folder(cli: Cli, tmp_path: Path) -> None:
    assert cli("init").code == 0
    assert cli("write", "--date", "2026-04-01", "--text", "Words only.").code == 0
    result = cli("export", "markdown", str(tmp_path / "d.md"))
    assert result.code == 0 and result.err.startswith("diary: Warning: this export is NOT")
    assert _names(tmp_path) == ["d.md", "diary", "passphrase.txt"]


def test_exporting_again_replaces_the_earlier_export_s_photos(
    photographed: Cli, tmp_path: Path
) -> None:
    target = tmp_path / "d.md"
    folder = tmp_path / "d-photos"
    folder.mkdir()
    (folder / "2020-01-01-1-old.jpg").write_bytes(b"an earlier export's photo")
    (folder / ".DS_Store").write_bytes(b"left by Finder")
    _ok(photographed("export", "markdown", str(target)))
    assert _names(folder) == [
        "2026-04-01-1-IMG_2041.jpg",
        "2026-04-01-2-CON.png",
        "2026-04-03-1-x.jpg",
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "nothing hidden left"


@pytest.mark.parametrize("inside", ["holiday/", "diary.db", "notes.txt", "2026-04-01-1-x.heic"])
def test_a_folder_that_is_not_an_export_s_is_never_replaced(
    photographed: Cli, tmp_path: Path, inside: str
) -> None:
    folder = tmp_path / "d-photos"
    folder.mkdir()
    if inside.endswith("/"):
        (folder / inside).mkdir()
    else:
        (folder / inside).write_bytes(b"the user's")
    result = photographed("export", "markdown", str(tmp_path / "d.md"))
    assert result.code == 1 and "is in the way of the export's photos folder" in result.err
    assert _names(folder) == [inside.rstrip("/")] and not (tmp_path / "d.md").exists()


def test_the_diary_s_own_folder_is_never_taken_for_a_photos_folder(
    photographed: Cli, tmp_path: Path
) -> None:
    own = photographed.folder.with_name("mine-photos")  # mine.md's photos folder
    photographed.folder.rename(own)
    photographed.folder = own
    result = photographed("export", "markdown", str(own.with_name("mine.md")))
    assert result.code == 1 and "is in the way" in result.err
    assert (own / "diary.db").is_file() and (own / "diary.keys").is_file()


@pytest.mark.parametrize("failing", [2, 4])  # the second photo; the document (after 3 photos)
def test_a_full_disk_leaves_nothing_behind_and_the_earlier_export_as_it_was(
    photographed: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    out = tmp_path / "out"
    (out / "d-photos").mkdir(parents=True)
    (out / "d-photos" / "2020-01-01-1-old.jpg").write_bytes(b"old photo")
    (out / "d.md").write_text("old export", encoding="utf-8")
    real_fdopen = os.fdopen
    opened: list[int] = []

    def fdopen(fd: int, mode: str) -> Any:
        handle = real_fdopen(fd, mode)
        opened.append(fd)
        if len(opened) == failing:
            handle.close()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return handle

    monkeypatch.setattr(exports.os, "fdopen", fdopen)
    result = photographed("export", "markdown", str(out / "d.md"))
    monkeypatch.undo()
    assert result.code == 1 and "No space left on device" in result.err
    assert _names(out) == ["d-photos", "d.md"], "no hidden folder or file left"
    assert _names(out / "d-photos") == ["2020-01-01-1-old.jpg"]
    assert (out / "d.md").read_text(encoding="utf-8") == "old export"


def test_a_failure_when_the_document_takes_its_place_puts_the_old_folder_back(
    photographed: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "d-photos").mkdir()
    (tmp_path / "d-photos" / "2020-01-01-1-old.jpg").write_bytes(b"old photo")
    real_replace = os.replace

    def replace(source: Any, target: Any) -> None:
        if Path(target).name == "d.md":
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(target))
        real_replace(source, target)

    monkeypatch.setattr(exports.os, "replace", replace)
    result = photographed("export", "markdown", str(tmp_path / "d.md"))
    monkeypatch.undo()
    assert result.code == 1 and "Permission denied" in result.err
    assert _names(tmp_path / "d-photos") == ["2020-01-01-1-old.jpg"]
    assert not (tmp_path / "d.md").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_csv_counts_each_day_s_photos(photographed: Cli, tmp_path: Path) -> None:
    result = photographed("export", "csv", str(tmp_path / "d.csv"))
    assert result.code == 0, result.err
    rows = (tmp_path / "d.csv").read_bytes().decode("utf-8-sig").splitlines()
    assert rows[0].endswith(",tags,photos")
    assert [row.rsplit(",", 1)[1] for row in rows[1:]] == ["2", "1"]


# Import ----------------------------------------------------------------------------------------


def _zip(path: Path) -> Path:
    entries = [
        {
            "uuid": "E1",
            "creationDate": "2024-03-02T09:00:00Z",
            "text": "Market ![](dayone-moment://P1) day. ![](dayone-moment://P2)",
            "photos": [
                {"identifier": "P1", "md5": "a1", "type": "jpeg"},
                {"identifier": "P2", "md5": "b2", "type": "heic"},
            ],
        },
        {
            "uuid": "E2",
            "creationDate": "2024-03-03T09:00:00Z",
            "text": "![](dayone-moment://P3)",
            "photos": [{"identifier": "P3", "md5": "c3", "type": "jpeg"}],
        },
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Journal.json", json.dumps({"entries": entries}))
        archive.writestr("photos/a1.jpeg", FIRST)
        archive.writestr("photos/b2.heic", b"\x00\x00\x00\x18ftypheic" + bytes(50))
        archive.writestr("photos/c3.jpeg", b"\xff\xd8\xff not really a jpeg")
    path.write_bytes(buffer.getvalue())
    return path


def test_import_dayone_zip_attaches_photos_and_lists_those_it_cannot_take(
    cli: Cli, tmp_path: Path
) -> None:
    assert cli("init").code == 0
    export = _zip(tmp_path / "dayone.zip")
    result = cli("import", "dayone", str(export))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    heic = "entry Journal #1 (2024-03-02): a photo was not imported. b2.heic is a HEIC photo"
    assert heic in result.out
    assert "Attached 1 photo." in lines
    assert "Could not take 1 photo:" in lines
    assert any(line.startswith("  - 2024-03-03: a photo was not imported.") for line in lines)
    with Vault(cli.folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        assert [p.name for p in repo.photos(dt.date(2024, 3, 2))] == ["a1.jpeg"]
        entry = repo.entry(dt.date(2024, 3, 2))
        assert entry is not None and entry.text == "Market day. [photo]"
        assert repo.entry(dt.date(2024, 3, 3)) is None, "its only photo was broken"
    undone = cli("import", "undo")
    assert "Removed 1 photo it had attached." in undone.out


# The JSON export: the backup's payload, photos in it -------------------------------------------


def test_a_json_export_carries_the_photos_and_imports_them_back(
    photographed: Cli, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    exported = tmp_path / "d.json"
    result = photographed("export", "json", str(exported))
    _ok(result)
    with exported.open("rb") as stream:
        dump = payload.read(stream)
    assert [p.name for p in dump.photos] == ["IMG 2041.jpg", "CON.png", "x.jpg"]
    elsewhere = Cli(tmp_path / "laptop", capsys, tmp_path)
    assert elsewhere("init").code == 0
    dry = elsewhere("import", "json", str(exported), "--dry-run")
    assert dry.code == 0 and "Would attach 3 photos." in dry.out.splitlines()
    done = elsewhere("import", "json", str(exported))
    assert done.code == 0 and "Attached 3 photos." in done.out.splitlines()
    with Vault(elsewhere.folder, TEST_POLICY) as vault:
        repo = vault.unlock(PASSPHRASE)
        (first, _png) = repo.photos(APRIL_1)
        assert first.id is not None and repo.photo_data(first.id) == FIRST
        assert first.uid == dump.photos[0].uid
    again = elsewhere("import", "json", str(exported))
    assert "Nothing new to add" in again.out, "photos by uid: never twice"
    undone = elsewhere("import", "undo")
    assert undone.code == 0 and "Removed 3 photos it had attached." in undone.out
