"""Day One's photos come along from its zip: read when attached, refused ones listed, undone."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from photo_files import picture

from diary.domain.imports import SourceNote, photo_uid
from diary.domain.models import Entry
from diary.domain.photos import PhotoProblem, PhotoRefused
from diary.formats.importers import IMPORTERS, ImportOptions, dayone, titles
from diary.formats.importers.base import Notes
from diary.formats.photos import prepare_photo
from diary.storage.repository import Repository

UTC = ImportOptions(timezone=dt.UTC)
JPEG = picture("JPEG", (64, 48))
PNG = picture("PNG", (20, 30), "RGBA", (200, 10, 10, 128))
DAY = dt.date(2024, 3, 2)


def photo(identifier: str, md5: str, kind: str = "jpeg", **more: Any) -> dict[str, Any]:
    return {"identifier": identifier, "md5": md5, "type": kind, "width": 64, "height": 48, **more}


def entry(uuid: str, created: str, text: str, *photos: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {"uuid": uuid, "creationDate": created, "text": text}
    if photos:
        found["photos"] = list(photos)
    return found


ENTRIES = [
    entry(
        "E1",
        "2024-03-02T09:00:00Z",
        "# Market\n\nApples ![](dayone-moment://P1) and pears.\n\n![](dayone-moment://P2)\n\nHome.",
        photo("P1", "aa11", filename="IMG_2041.JPG"),
        photo("P2", "bb22", "png"),
    ),
    entry("E2", "2024-03-02T18:00:00Z", "![](dayone-moment://P3)", photo("P3", "cc33")),
    entry(
        "E3",
        "2024-03-03T10:00:00Z",
        "Rain ![](dayone-moment://P4) ![](dayone-moment://P5) ![](dayone-moment://P6)",
        photo("P4", "dd44", "heic"),
        photo("P5", "ee55"),  # not in the zip
        photo("P6", "ff66"),  # broken: found only when it is read
    ),
    entry("E4", "2024-03-04T10:00:00Z", "![](dayone-moment://P7)", photo("P7", "7777", "heic")),
]
FILES = {
    "photos/aa11.jpeg": JPEG,
    "photos/bb22.png": PNG,
    "photos/cc33.jpeg": picture("JPEG", (10, 10)),
    "photos/dd44.heic": b"\x00\x00\x00\x18ftypheic" + bytes(100),
    "photos/ff66.jpeg": JPEG[:200],
}


def zipped(entries: list[dict[str, Any]], files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps({"entries": entries}))
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "export.zip"
    path.write_bytes(zipped(ENTRIES, FILES))
    return path


def test_photos_come_with_their_notes_and_leave_the_text() -> None:
    found = dayone.parse(zipped(ENTRIES, FILES), UTC)
    pieces = {piece.key: piece for piece in found.pieces}
    market = pieces["E1"]
    assert market.text == "# Market\n\nApples and pears.\n\nHome.", "marks go, paragraphs stay"
    assert [(p.key, p.name) for p in market.photos] == [("P1", "IMG_2041.JPG"), ("P2", "bb22.png")]
    first, second = (p.load() for p in market.photos)
    assert (first.photo.mime, first.photo.width, first.photo.height) == ("image/jpeg", 64, 48)
    assert first.data == JPEG and first.photo.day == DAY
    assert (second.photo.mime, second.photo.width, second.photo.height) == ("image/png", 20, 30)
    only = pieces["E2"]
    assert only.text == "" and only.has_content, "an entry of only a photo is a note now"
    days = {e.day: e for e in found.records.entries}
    assert days[DAY].text == "09:00\n# Market\n\nApples and pears.\n\nHome.\n\n18:00"


def test_a_photo_that_cannot_come_keeps_its_mark_and_is_listed() -> None:
    found = dayone.parse(zipped(ENTRIES, FILES), UTC)
    rain = next(piece for piece in found.pieces if piece.key == "E3")
    assert [p.key for p in rain.photos] == ["P6"], "the broken one is found only when read"
    assert rain.text == "Rain [photo] [photo]"
    heic = (
        "a photo was not imported. {} is a HEIC photo, which Hearth cannot read yet. Hearth "
        "takes JPEG, PNG, WebP and GIF; export it as JPEG from Photos and add it again."
    )
    assert found.skipped == [
        "entry Journal #3 (2024-03-03): " + heic.format("dd44.heic"),
        "entry Journal #3 (2024-03-03): a photo was not imported. ee55.jpeg is not in the zip's "
        "photos folder.",
        "entry Journal #4 (2024-03-04): " + heic.format("7777.heic"),
    ]
    assert next(p for p in found.pieces if p.key == "E4").text == "[photo]", "as before photos"
    with pytest.raises(PhotoRefused) as broken:
        rain.photos[0].load()
    assert broken.value.reason is PhotoProblem.BROKEN


def test_a_photo_larger_than_the_limit_is_listed_and_never_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dayone, "MAX_PHOTO_BYTES", len(JPEG) - 1)
    found = dayone.parse(zipped(ENTRIES[:1], FILES), UTC)
    (market,) = found.pieces
    assert [p.key for p in market.photos] == ["P2"]
    assert "a photo was not imported. IMG_2041.JPG" in found.skipped[0]
    assert "a photo can be at most" in found.skipped[0]


def test_a_bare_journal_says_once_that_photos_come_only_with_the_zip() -> None:
    data = json.dumps({"entries": ENTRIES}).encode()
    found = dayone.parse(data, UTC)
    assert all(piece.photos == () for piece in found.pieces)
    assert found.skipped[0].startswith("This Day One file holds no photos: they come only with")
    assert len([s for s in found.skipped if "holds no photos" in s]) == 1
    market = next(piece for piece in found.pieces if piece.key == "E1")
    assert market.text == "# Market\n\nApples [photo] and pears.\n\n[photo]\n\nHome."
    assert next(p for p in found.pieces if p.key == "E2").text == "[photo]"


def _import(repo: Repository, path: Path, dry_run: bool = False) -> Any:
    importer = IMPORTERS["dayone"]
    with importer.notes(path, UTC, Notes()) as notes:
        return repo.import_notes("dayone", notes, titles=titles(), file=path.name, dry_run=dry_run)


def test_an_import_attaches_the_photos_to_their_days_and_names_the_broken_one(
    repo: Repository, export: Path
) -> None:
    plan = _import(repo, export, dry_run=True)
    assert plan.photos_added == 3 and repo.photos(DAY) == []
    assert [e.reason for _day, e in plan.photos_refused] == [PhotoProblem.BROKEN], "read, too"
    merged = _import(repo, export)
    assert (merged.photos_added, merged.notes_added) == (3, 4)
    day = repo.photos(DAY)
    assert [(p.name, p.mime) for p in day] == [
        ("IMG_2041.JPG", "image/jpeg"),
        ("bb22.png", "image/png"),
        ("cc33.jpeg", "image/jpeg"),
    ]
    assert day[0].uid == photo_uid("dayone", "P1")
    assert day[0].id is not None and repo.photo_data(day[0].id) == JPEG
    ((when, refused),) = merged.photos_refused
    assert when == dt.date(2024, 3, 3) and refused.reason is PhotoProblem.BROKEN
    again = _import(repo, export)
    assert (again.photos_added, again.notes_added) == (0, 0), "never twice"
    assert len(repo.photos(DAY)) == 3


def test_the_last_day_s_photos_are_read_after_its_last_note(
    repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "one.zip"
    path.write_bytes(zipped(ENTRIES[1:2], FILES))  # one day, one note, its photo read last
    assert _import(repo, path).photos_added == 1


def test_undo_removes_the_photos_and_the_days_the_import_made(
    repo: Repository, export: Path
) -> None:
    _import(repo, export)
    undone = repo.undo_last_import()
    assert undone is not None and undone.photos_removed == 3
    assert repo.photos(DAY) == [] and repo.entry(DAY) is None


def test_undo_keeps_the_user_s_own_photos(repo: Repository, export: Path) -> None:
    repo.save_entry(Entry(DAY, mood=6, text="mine"))
    own = repo.add_photo(prepare_photo(DAY, picture("PNG", (5, 5)), "mine.png"))
    _import(repo, export)
    assert len(repo.photos(DAY)) == 4
    undone = repo.undo_last_import()
    assert undone is not None and undone.photos_removed == 3
    assert [p.uid for p in repo.photos(DAY)] == [own.uid]
    entry = repo.entry(DAY)
    assert entry is not None and entry.text == "mine"


def test_a_day_the_import_made_that_got_a_photo_of_the_user_s_is_kept(
    repo: Repository, export: Path
) -> None:
    _import(repo, export)
    own = repo.add_photo(prepare_photo(DAY, picture("PNG", (5, 5)), "mine.png"))
    undone = repo.undo_last_import()
    assert undone is not None and DAY in undone.kept and undone.photos_removed == 3
    assert [p.uid for p in repo.photos(DAY)] == [own.uid], "the import's photos go, not mine"
    assert repo.entry(DAY) is not None


def test_photos_refused_by_the_day_s_limit_are_named(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("diary.storage.photos.MAX_PHOTOS_PER_DAY", 1)
    monkeypatch.setattr("diary.storage.imported.MAX_PHOTOS_PER_DAY", 1)
    path = tmp_path / "two.zip"
    path.write_bytes(zipped(ENTRIES[:1], FILES))
    plan = _import(repo, path, dry_run=True)
    merged = _import(repo, path)
    assert merged.photos_added == 1 == plan.photos_added
    assert [e.reason for _day, e in merged.photos_refused] == [PhotoProblem.TOO_MANY_FOR_DAY]
    assert [e.reason for _day, e in plan.photos_refused] == [PhotoProblem.TOO_MANY_FOR_DAY]


def test_an_entry_of_only_broken_photos_leaves_no_empty_day(
    repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "broken.zip"
    only = entry("E9", "2024-05-01T10:00:00Z", "", photo("P9", "ff66"))
    path.write_bytes(zipped([only, ENTRIES[0]], FILES))
    merged = _import(repo, path)
    assert len(merged.photos_refused) == 1
    assert repo.entry(dt.date(2024, 5, 1)) is None


def test_a_note_of_only_photos_has_content() -> None:
    (market,) = dayone.parse(zipped(ENTRIES[:1], FILES), UTC).pieces
    assert not SourceNote(DAY, None, "", key="k").has_content
    assert SourceNote(DAY, None, "", key="k", photos=market.photos).has_content


def test_photos_are_read_while_the_file_is_open_and_refused_cleanly_after(export: Path) -> None:
    with IMPORTERS["dayone"].notes(export, UTC, Notes()) as notes:
        pieces = list(notes)  # every note given: the file is still open
        last = next(piece for piece in pieces if piece.key == "E2")
        assert last.photos[0].load().photo.width == 10
    with pytest.raises(PhotoRefused) as closed:
        last.photos[0].load()
    assert closed.value.reason is PhotoProblem.UNREADABLE
