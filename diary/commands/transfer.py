"""``diary export`` and ``diary import``: readable copies out, other apps' diaries in.

An export is plain text on purpose (so other programs can read it) and says so loudly; it is
written atomically, all of it or nothing. An import reads and checks the whole file first (as a
stream, so a large export is never all in memory), shows what it holds, then merges it note by
note in one transaction, reading the file a second time: the notes the diary lacks are added,
and the import is remembered so ``diary import undo`` can take it back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path

from diary import messages
from diary.commands.backups import human_size
from diary.commands.base import EXIT_OK, CliError, Command
from diary.domain.models import MOOD_MAX, MOOD_MIN
from diary.exports import EXPORTERS as EXPORTERS  # the kinds diary.cli spells out
from diary.exports import ExportRefused, export_paths, write_export
from diary.formats.importers import (
    IMPORTERS,
    Importer,
    ImportFailed,
    ImportOptions,
    hearth,
    recognise,
    titles,
)
from diary.formats.importers.base import WHOLE_MAX_BYTES, Notes
from diary.formats.terminal import counts_words
from diary.storage.repository import NotesMerged
from diary.storage.vault import DiaryFiles

MAX_NOTES_SHOWN = 20

# Export ----------------------------------------------------------------------------------------


def _check_targets(cmd: Command, paths: Iterable[Path]) -> None:
    files = DiaryFiles(cmd.folder)
    database = files.database
    own = {files.database, files.keys, files.lock}
    own |= {database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")}
    own_resolved = {path.resolve() for path in own}
    for path in paths:
        if path.is_dir():
            raise CliError(messages.EXPORT_TARGET_IS_FOLDER.format(path=path))
        if not path.parent.is_dir():
            raise CliError(messages.EXPORT_NO_FOLDER.format(folder=path.parent))
        if path.resolve() in own_resolved:
            raise CliError(messages.EXPORT_DIARY_FILE.format(path=path))


def cmd_export(cmd: Command) -> int:
    """Write the whole diary, unencrypted, as JSON, Markdown (with its photos) or CSV."""
    kind: str = cmd.args.kind
    target: Path = cmd.args.file
    paths = export_paths(kind, target)
    _check_targets(cmd, paths)
    with cmd.diary() as (_vault, repo):
        everything = repo.records()
        try:
            written = write_export(kind, target, everything, dt.datetime.now(dt.UTC), repo)
        except ExportRefused as error:
            raise CliError(str(error)) from None
        except OSError as error:
            reason = error.strerror or str(error)
            failed = error.filename or target
            raise CliError(
                messages.EXPORT_WRITE_FAILED.format(path=failed, reason=reason)
            ) from None
    cmd.say(
        messages.spanned(
            messages.EXPORT_DONE, everything.date_range(), counts=counts_words(everything.counts())
        )
    )
    for item in written:
        size = human_size(item.size)
        if item.path.is_dir():
            cmd.say(messages.EXPORT_PHOTOS(item.photos, path=item.path, size=size))
        else:
            cmd.say(messages.EXPORT_FILE.format(path=item.path, size=size))
    photos = any(item.photos for item in written)
    cmd.warn(messages.EXPORT_NOT_ENCRYPTED_PHOTOS if photos else messages.EXPORT_NOT_ENCRYPTED)
    return EXIT_OK


# Import ----------------------------------------------------------------------------------------


def parse_mood_map(values: Sequence[str]) -> dict[str, int]:
    """``LABEL=N`` options as a dict (the last one wins for a label given twice)."""
    moods: dict[str, int] = {}
    for value in values:
        label, equals, number = value.rpartition("=")
        label = " ".join(label.split())
        try:
            mood = int(number.strip())
        except ValueError:
            mood = 0
        if not equals or not label or not MOOD_MIN <= mood <= MOOD_MAX:
            raise CliError(messages.IMPORT_BAD_MAP.format(value=value))
        moods[label] = mood
    return moods


def _hint(importer: Importer, data: bytes) -> str:
    """A suggestion of the right kind when the file looks like another app's export."""
    other = recognise(data)
    if other is None or other.name == importer.name:
        return ""
    return messages.IMPORT_LOOKS_LIKE.format(label=other.label, name=other.name)


def _say_notes(cmd: Command, notes: list[str]) -> None:
    if not notes:
        return
    cmd.say(messages.IMPORT_NOT_USED.format(count=len(notes)))
    for note in notes[:MAX_NOTES_SHOWN]:
        cmd.say(f"  - {note}")
    if len(notes) > MAX_NOTES_SHOWN:
        cmd.say(messages.IMPORT_MORE_NOT_USED.format(count=len(notes) - MAX_NOTES_SHOWN))


def _say_kept(cmd: Command, days: Sequence[dt.date]) -> None:
    if days:
        shown = ", ".join(day.isoformat() for day in days[:MAX_NOTES_SHOWN])
        more = " …" if len(days) > MAX_NOTES_SHOWN else ""
        cmd.say(messages.IMPORT_KEPT_DAYS.format(count=len(days), days=shown + more))


def _hint_from(importer: Importer, path: Path) -> str:
    """``_hint`` for the file at ``path`` (read again only now that the import has failed)."""
    try:
        if path.stat().st_size > WHOLE_MAX_BYTES:  # not read whole for a hint
            return ""
        return _hint(importer, path.read_bytes())
    except OSError:
        return ""


def _when(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def cmd_import(cmd: Command) -> int:
    """Read another app's export (or Hearth's own JSON) and add what the diary lacks."""
    args = cmd.args
    if args.kind == "undo":
        return _undo(cmd)
    importer = IMPORTERS[args.kind]
    moods = parse_mood_map(args.map or [])
    if moods and not importer.uses_mood_map:
        raise CliError(messages.IMPORT_MAP_ONLY_DAYLIO.format(label=importer.label))
    path: Path | None = args.file
    if path is None:
        raise CliError(messages.IMPORT_NEEDS_FILE.format(kind=importer.name))
    cmd.require_diary()
    if importer.read is None:
        return _import_records(cmd, importer, path)
    options = ImportOptions(mood_map=moods)
    try:
        scan = importer.scan(path, options)
    except ImportFailed as error:
        raise CliError(f"{error}{_hint_from(importer, path)}") from None
    assert scan.span is not None  # a file without a note is refused
    cmd.say(
        messages.IMPORT_READ_NOTES.format(
            path=path,
            label=importer.label,
            notes=messages.plural(scan.notes, messages.IMPORT_NOTES),
            days=messages.plural(scan.days, messages.IMPORT_DAYS),
            first=scan.span[0].isoformat(),
            last=scan.span[1].isoformat(),
        )
    )
    _say_notes(cmd, scan.skipped)
    with cmd.diary() as (_vault, repo), importer.notes(path, options, Notes()) as notes:
        try:
            merged = repo.import_notes(
                importer.name, notes, titles=titles(), file=path.name, dry_run=args.dry_run
            )
        except ImportFailed as error:  # the file changed since it was read: nothing was written
            raise CliError(str(error)) from None
    _say_merged(cmd, merged, dry_run=args.dry_run)
    return EXIT_OK


def _say_merged(cmd: Command, merged: NotesMerged, *, dry_run: bool) -> None:
    sentence = messages.IMPORT_WOULD_MERGE if dry_run else messages.IMPORT_MERGED
    cmd.say(
        sentence.format(
            notes=messages.plural(merged.notes_added, messages.IMPORT_NOTES),
            days=messages.plural(merged.days_added_to, messages.IMPORT_DAYS),
            updated=messages.plural(merged.days_updated, messages.IMPORT_DAYS),
        )
    )
    if merged.notes_known:
        notes = messages.plural(merged.notes_known, messages.IMPORT_NOTES)
        cmd.say(messages.IMPORT_NOTES_KNOWN.format(notes=notes))
    for day, reason in merged.refused[:MAX_NOTES_SHOWN]:
        cmd.say(f"  - {messages.IMPORT_DAY_REFUSED.format(day=day.isoformat(), reason=reason)}")
    _say_photos(cmd, merged, dry_run=dry_run)
    if dry_run:
        cmd.say(messages.IMPORT_DRY_RUN)
    elif not merged.changes_anything:
        cmd.say(messages.IMPORT_NOTHING_NEW)
    else:
        cmd.say(messages.IMPORT_UNDO_HINT)


def _say_photos(cmd: Command, merged: NotesMerged, *, dry_run: bool) -> None:
    """The photos the import attached, and each one it could not take, with why."""
    if merged.photos_added:
        words = messages.IMPORT_PHOTOS_WOULD_ADD if dry_run else messages.IMPORT_PHOTOS_ADDED
        cmd.say(words(merged.photos_added))
    refused = merged.photos_refused
    if refused:
        cmd.say(messages.IMPORT_PHOTOS_NOT_TAKEN(len(refused)))
    for day, error in refused[:MAX_NOTES_SHOWN]:
        reason = messages.photo_refused(error)
        cmd.say(f"  - {messages.IMPORT_PHOTO_REFUSED.format(day=day.isoformat(), reason=reason)}")
    if len(refused) > MAX_NOTES_SHOWN:
        cmd.say(messages.IMPORT_MORE_NOT_USED.format(count=len(refused) - MAX_NOTES_SHOWN))


def _import_records(cmd: Command, importer: Importer, path: Path) -> int:
    """A Hearth JSON export: records, merged as a backup's are (and remembered, for undo).

    Read as a stream, twice: checked whole first (its photos checked and let go), then its
    photos read again one at a time as the merge adds them, so an export of any size fits.
    """
    args = cmd.args
    try:
        dump = hearth.read_dump(path)
    except ImportFailed as error:
        raise CliError(f"{error}{_hint_from(importer, path)}") from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(messages.IMPORT_CANNOT_READ.format(path=path, reason=reason)) from None
    incoming = dump.records
    cmd.say(
        messages.spanned(
            messages.IMPORT_READ,
            incoming.date_range(),
            path=path,
            label=importer.label,
            counts=counts_words(incoming.counts()),
        )
    )
    with cmd.diary() as (_vault, repo):
        plan = repo.merge_records(incoming, dry_run=True)
        known = {photo.uid for photo in repo.photos_between(dt.date.min, dt.date.max)}
        new_photos = sum(1 for photo in dump.photos if photo.uid not in known)
        if args.dry_run or not (plan.adds_anything or new_photos):
            verb = messages.IMPORT_WOULD_ADD if args.dry_run else messages.IMPORT_ADDED
            cmd.say(verb.format(counts=counts_words(plan.added())))
            if new_photos:
                cmd.say(messages.IMPORT_PHOTOS_WOULD_ADD(new_photos))
            if any(plan.skipped().values()):
                cmd.say(messages.IMPORT_ALREADY.format(counts=counts_words(plan.skipped())))
            _say_kept(cmd, plan.kept_days)
            cmd.say(messages.IMPORT_DRY_RUN if args.dry_run else messages.IMPORT_NOTHING_NEW)
            return EXIT_OK
        try:
            merged = repo.merge_records(incoming, photos=hearth.photos(path), remember=path.name)
        except ImportFailed as error:  # the file changed since it was read: nothing was written
            raise CliError(str(error)) from None
        except OSError as error:
            reason = error.strerror or str(error)
            raise CliError(messages.IMPORT_CANNOT_READ.format(path=path, reason=reason)) from None
    cmd.say(messages.IMPORT_ADDED.format(counts=counts_words(merged.added())))
    if merged.photos_added:
        cmd.say(messages.IMPORT_PHOTOS_ADDED(merged.photos_added))
    if any(merged.skipped().values()):
        cmd.say(messages.IMPORT_ALREADY.format(counts=counts_words(merged.skipped())))
    _say_kept(cmd, merged.kept_days)
    cmd.say(messages.IMPORT_UNDO_HINT)
    return EXIT_OK


def _undo(cmd: Command) -> int:
    """``diary import undo``: take the last import back."""
    if cmd.args.file is not None:
        raise CliError(messages.IMPORT_UNDO_NO_FILE)
    cmd.require_diary()
    with cmd.diary() as (_vault, repo):
        undone = repo.undo_last_import()
    if undone is None:
        cmd.say(messages.IMPORT_NOTHING_TO_UNDO)
        return EXIT_OK
    run = undone.run
    importer = IMPORTERS.get(run.source)
    cmd.say(
        messages.IMPORT_UNDONE.format(
            file=run.file,
            label=importer.label if importer is not None else run.source,
            at=_when(run.at),
            days=messages.plural(undone.days_restored, messages.IMPORT_DAYS),
        )
    )
    if undone.records_removed:
        cmd.say(messages.IMPORT_UNDONE_REMOVED(undone.records_removed))
    if undone.photos_removed:
        cmd.say(messages.IMPORT_UNDONE_PHOTOS(undone.photos_removed))
    if undone.kept:
        shown = ", ".join(day.isoformat() for day in undone.kept[:MAX_NOTES_SHOWN])
        more = " …" if len(undone.kept) > MAX_NOTES_SHOWN else ""
        cmd.say(messages.IMPORT_UNDO_KEPT.format(days=shown + more))
    return EXIT_OK
