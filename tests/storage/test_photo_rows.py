"""Photos in the encrypted database: added, listed in order, read one blob at a time, deleted."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from photo_files import picture

from diary.domain.models import Entry, ValidationError
from diary.domain.photos import MAX_PHOTOS_PER_DAY, PhotoProblem, PhotoRefused, PreparedPhoto
from diary.formats.photos import prepare_photo
from diary.storage import database
from diary.storage.repository import Repository

DAY = dt.date(2026, 12, 4)


def _photo(day: dt.date = DAY, colour: tuple[int, int, int] = (200, 30, 30), name: str = "a.png"):
    return prepare_photo(day, picture("PNG", (40, 30), colour=colour), name)


def test_a_photo_makes_the_days_entry_and_comes_back_as_added(repo: Repository) -> None:
    prepared = _photo(name="/home/me/Pictures/cake.png")
    stored = repo.add_photo(prepared)
    assert stored.id is not None and stored.uid == prepared.photo.uid
    assert stored.added is not None and stored.added.tzinfo is not None
    assert stored.name == "cake.png"
    assert repo.entry(DAY) is not None  # an empty entry holds it
    assert repo.photos(DAY) == [stored]
    assert repo.photo_data(stored.id) == prepared.data
    assert repo.photo_thumbnail(stored.id) == prepared.thumbnail
    assert repo.photo_counts(DAY, DAY) == {DAY: 1}


def test_photos_are_listed_in_the_order_added_and_counted_by_day(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, mood=6, text="A good day"))
    first = repo.add_photo(_photo(colour=(1, 2, 3)))
    second = repo.add_photo(_photo(colour=(4, 5, 6)))
    other = repo.add_photo(_photo(DAY + dt.timedelta(days=2), colour=(7, 8, 9)))
    assert [p.id for p in repo.photos(DAY)] == [first.id, second.id]
    assert repo.photo_counts(DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=5)) == {
        DAY: 2,
        other.day: 1,
    }
    assert [p.id for p in repo.photos_between(DAY, other.day)] == [first.id, second.id, other.id]
    assert repo.entry(DAY).text == "A good day"  # the entry was kept, not replaced


def test_the_25th_photo_of_a_day_is_refused(repo: Repository) -> None:
    for n in range(MAX_PHOTOS_PER_DAY):
        repo.add_photo(_photo(colour=(n, 0, 0)))
    with pytest.raises(PhotoRefused) as refused:
        repo.add_photo(_photo(colour=(99, 0, 0), name="one-too-many.png"))
    assert refused.value.reason is PhotoProblem.TOO_MANY_FOR_DAY
    assert refused.value.params == {
        "name": "one-too-many.png",
        "day": DAY,
        "limit": MAX_PHOTOS_PER_DAY,
    }
    assert len(repo.photos(DAY)) == MAX_PHOTOS_PER_DAY
    repo.add_photo(_photo(DAY + dt.timedelta(days=1), colour=(99, 0, 0)))  # another day: fine


def test_the_same_file_twice_on_a_day_is_refused_but_taken_on_another_day(
    repo: Repository,
) -> None:
    repo.add_photo(_photo(name="cake.png"))
    with pytest.raises(PhotoRefused) as refused:
        repo.add_photo(_photo(name="cake copy.png"))  # same bytes, new uid
    assert refused.value.reason is PhotoProblem.DUPLICATE
    assert refused.value.params == {"name": "cake copy.png", "day": DAY}
    assert len(repo.photos(DAY)) == 1
    repo.add_photo(_photo(DAY + dt.timedelta(days=1)))


def test_deleting_a_photo_and_then_its_last_deletes_the_empty_entry(repo: Repository) -> None:
    first = repo.add_photo(_photo(colour=(1, 1, 1)))
    second = repo.add_photo(_photo(colour=(2, 2, 2)))
    assert repo.delete_photo(first.id) is True
    assert repo.delete_photo(first.id) is False
    assert [p.id for p in repo.photos(DAY)] == [second.id]
    assert repo.entry(DAY) is not None
    assert repo.delete_photo(second.id) is True
    assert repo.entry(DAY) is None  # it held nothing but photos


def test_deleting_the_last_photo_keeps_an_entry_with_words(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, text="Words"))
    photo = repo.add_photo(_photo())
    repo.delete_photo(photo.id)
    assert repo.entry(DAY).text == "Words"


def test_emptying_the_words_of_a_day_with_photos_keeps_its_photos(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, text="Words"))
    photo = repo.add_photo(_photo())
    repo.save_entry(Entry(DAY))  # the user cleared everything they wrote
    assert repo.photos(DAY) == [photo]
    assert repo.entry(DAY) is not None and repo.entry(DAY).is_empty


def test_deleting_the_day_deletes_its_photos(repo: Repository) -> None:
    repo.save_entry(Entry(DAY, text="Words"))
    photo = repo.add_photo(_photo())
    assert repo.delete_entry(DAY) is True
    assert repo.photos(DAY) == []
    with pytest.raises(ValidationError, match="no longer in your diary"):
        repo.photo_data(photo.id)
    with pytest.raises(ValidationError, match="no longer in your diary"):
        repo.photo_thumbnail(photo.id)


def test_a_stored_photo_keeps_the_added_time_it_came_with(repo: Repository) -> None:
    when = dt.datetime(2020, 5, 6, 7, 8, 9, 123456, tzinfo=dt.UTC)
    prepared = _photo()
    carried = PreparedPhoto(
        dataclasses.replace(prepared.photo, added=when), prepared.data, prepared.thumbnail
    )
    assert repo.add_photo(carried).added == when
    assert repo.photos(DAY)[0].added == when


def test_photo_bytes_are_not_in_the_database_file_in_the_clear(
    repo: Repository, diary_dir: Path
) -> None:
    prepared = _photo()
    repo.add_photo(prepared)
    repo.close()
    raw = b"".join(
        path.read_bytes() for path in diary_dir.iterdir() if path.name.startswith("diary.db")
    )
    assert prepared.data[:16] not in raw
    assert b"IHDR" not in raw and b"a.png" not in raw


def test_the_database_checks_photos_belong_to_an_entry(repo: Repository, diary_dir: Path) -> None:
    repo.add_photo(_photo())
    engine = repo._engine  # noqa: SLF001 - the integrity check of the bare database
    assert database.integrity_problems(engine) == []


def test_a_backup_reads_the_photos_one_at_a_time(repo: Repository) -> None:
    """Each photo's bytes are read when it is asked for, never all of them into a list."""
    from diary.storage import photos as photo_rows

    for colour in ((1, 1, 1), (2, 2, 2), (3, 3, 3)):
        repo.add_photo(_photo(colour=colour))
    with repo._read() as db:  # noqa: SLF001 - the transaction the snapshot reads in
        seen: list[str] = []

        class Recording:
            def execute(self, sql: str, params: tuple[object, ...] = ()) -> object:
                seen.append(sql)
                return db.execute(sql, params)

        photos = photo_rows.each(Recording())
        first = next(photos)
        reads = [sql for sql in seen if "p.data" in sql]
        assert len(reads) == 1 and first.data
        assert "ORDER BY" not in reads[0]  # by id: SQLite never sorts the blobs
        assert len(list(photos)) == 2
        assert len([sql for sql in seen if "p.data" in sql]) == 3
