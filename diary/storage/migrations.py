"""Schema versions of the diary database, applied in order by ``database.migrate``.

Why not Alembic: Alembic finds its revision scripts by scanning a folder at run time, which a
frozen (PyInstaller) app has to ship as loose data files, and it brings Mako and ~0.2 s of import
onto the unlock path. Hearth has one embedded SQLite file and a straight line of versions, so an
explicit, ordered tuple of Python functions keyed by ``PRAGMA user_version`` does the same job,
is frozen with the code, and runs each step in one transaction (SQLite DDL is transactional).
Rule: a released migration is never edited; add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Cursor = Any  # a DB-API cursor of sqlcipher3

_V1 = """
CREATE TABLE circle (
    id INTEGER NOT NULL PRIMARY KEY,
    uid VARCHAR NOT NULL UNIQUE,
    name VARCHAR COLLATE NOCASE NOT NULL UNIQUE,
    cadence_days INTEGER
);
CREATE TABLE person (
    id INTEGER NOT NULL PRIMARY KEY,
    uid VARCHAR NOT NULL UNIQUE,
    name VARCHAR COLLATE NOCASE NOT NULL UNIQUE,
    inner_circle INTEGER NOT NULL,
    cadence_days INTEGER
);
CREATE TABLE person_circle (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    circle_id INTEGER NOT NULL REFERENCES circle (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, circle_id)
);
CREATE TABLE entry (
    id INTEGER NOT NULL PRIMARY KEY,
    uid VARCHAR NOT NULL UNIQUE,
    day DATE NOT NULL UNIQUE,
    mood INTEGER,
    energy INTEGER,
    text TEXT NOT NULL
);
CREATE TABLE entry_feeling (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    word VARCHAR NOT NULL,
    PRIMARY KEY (entry_id, position)
);
CREATE TABLE gratitude (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    PRIMARY KEY (entry_id, position)
);
CREATE TABLE interaction (
    id INTEGER NOT NULL PRIMARY KEY,
    uid VARCHAR NOT NULL UNIQUE,
    day DATE NOT NULL,
    mode VARCHAR NOT NULL,
    minutes INTEGER NOT NULL,
    depth INTEGER,
    initiated VARCHAR,
    circle_id INTEGER REFERENCES circle (id) ON DELETE SET NULL,
    note TEXT NOT NULL
);
CREATE INDEX ix_interaction_day ON interaction (day);
CREATE TABLE interaction_person (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, person_id)
);
CREATE INDEX ix_interaction_person_person ON interaction_person (person_id);
CREATE TABLE checkin (
    id INTEGER NOT NULL PRIMARY KEY,
    uid VARCHAR NOT NULL UNIQUE,
    day DATE NOT NULL,
    kind VARCHAR NOT NULL,
    answers VARCHAR NOT NULL
);
CREATE INDEX ix_checkin_day ON checkin (day);
CREATE VIRTUAL TABLE day_text USING fts5(
    text, gratitude, notes, tokenize = 'unicode61 remove_diacritics 2'
);
"""


def _v1_initial_schema(cursor: Cursor) -> None:
    """Create every table of the first release, with the full-text index of each day."""
    for statement in _V1.split(";"):
        if statement.strip():
            cursor.execute(statement)


_V2_REACH_OUT_HOLD = """
CREATE TABLE reach_out_hold (
    id INTEGER NOT NULL PRIMARY KEY,
    person_id INTEGER UNIQUE REFERENCES person (id) ON DELETE CASCADE,
    circle_id INTEGER UNIQUE REFERENCES circle (id) ON DELETE CASCADE,
    kind VARCHAR NOT NULL CHECK (kind IN ('snooze', 'dismiss')),
    day DATE NOT NULL,
    CHECK ((person_id IS NULL) <> (circle_id IS NULL))
)
"""


def _v2_reach_out_holds(cursor: Cursor) -> None:
    """Add the user's snoozes and dismissals of the reach-out list (one per person or circle).

    They say whom the user is setting aside, so they are diary data and live in the encrypted
    database (never in the plaintext settings file); deleting the person or circle deletes them.
    """
    cursor.execute(_V2_REACH_OUT_HOLD)


_V3_PREFERENCE = """
CREATE TABLE preference (
    key VARCHAR NOT NULL PRIMARY KEY,
    value VARCHAR NOT NULL
)
"""


def _v3_private_preferences(cursor: Cursor) -> None:
    """Add private preferences, inside the encrypted database.

    Some preferences say something about the user (a helpline they chose, the day a care note
    was put away), so they cannot live in the plaintext settings file.
    """
    cursor.execute(_V3_PREFERENCE)


def _v4_names_as_kept(cursor: Cursor) -> None:
    """Keep every stored name of a person or circle as ``clean_name`` now keeps new ones.

    Names became NFC-normalised, lost bidirectional controls and must show something; a diary
    from before may hold a name that reads as another's once normalised ("Re\u0301my" beside
    "Rémy") or one of only invisible characters. Nobody is merged or lost: such a name gets a
    number ("Rémy (2)", "Unnamed person 7") and the user can merge or rename as they like.
    Everything else refers to people and circles by id, so only the names change.
    """
    from diary.domain.models import Field, Problem, ValidationError, clean_name
    from diary.i18n import _

    for table, field, unnamed in (
        ("person", Field.NAME, _("Unnamed person {number}")),
        ("circle", Field.CIRCLE_NAME, _("Unnamed circle {number}")),
    ):
        rows = cursor.execute(f"SELECT id, name FROM {table} ORDER BY id").fetchall()  # noqa: S608
        wanted: dict[int, str] = {}
        for row_id, name in rows:
            try:
                wanted[row_id] = clean_name(name, field)
            except ValidationError as error:  # nothing visible: a number; anything else: as it was
                empty = error.code == Problem.EMPTY
                wanted[row_id] = unnamed.format(number=row_id) if empty else name
        used = {name.casefold() for row_id, name in rows if wanted[row_id] == name}
        changed = [(row_id, wanted[row_id]) for row_id, name in rows if wanted[row_id] != name]
        for row_id, _name in changed:  # out of the way first, so no rename meets an old name:
            # a leading invisible separator, which no cleaned name can start with
            out_of_the_way = (f"\u2063{row_id}", row_id)
            cursor.execute(f"UPDATE {table} SET name = ? WHERE id = ?", out_of_the_way)  # noqa: S608
        for row_id, name in changed:
            final, number = name, 2
            while final.casefold() in used:
                final, number = f"{name} ({number})", number + 1
            used.add(final.casefold())
            cursor.execute(f"UPDATE {table} SET name = ? WHERE id = ?", (final, row_id))  # noqa: S608


_V5_DIARY_STATE = """
CREATE TABLE diary_state (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    diary_id VARCHAR NOT NULL,
    changed_at VARCHAR,
    commits INTEGER NOT NULL
)
"""


_V6_IMPORTS = """
CREATE TABLE import_note (
    id INTEGER NOT NULL PRIMARY KEY,
    source VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    day DATE NOT NULL,
    time VARCHAR,
    label VARCHAR NOT NULL,
    mood INTEGER,
    feelings VARCHAR NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (source, key)
);
CREATE INDEX ix_import_note_day ON import_note (day);
CREATE TABLE import_day (
    day DATE NOT NULL PRIMARY KEY,
    mood INTEGER,
    text_hash VARCHAR
);
CREATE TABLE import_run (
    id INTEGER NOT NULL PRIMARY KEY,
    source VARCHAR NOT NULL,
    file VARCHAR NOT NULL,
    at VARCHAR NOT NULL,
    notes INTEGER NOT NULL,
    days INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE TABLE import_run_day (
    run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    before TEXT NOT NULL,
    after_hash VARCHAR NOT NULL,
    PRIMARY KEY (run_id, day)
);
CREATE TABLE import_run_added (
    run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    kind VARCHAR NOT NULL,
    ref VARCHAR NOT NULL,
    PRIMARY KEY (run_id, kind, ref)
)
"""


def _v5_diary_state(cursor: Cursor) -> None:
    """Give the diary an identity and a record of how far it got, in one row.

    ``diary_id`` is a random UUID, made once (here for an existing diary, at creation for a new
    one) and carried by backups, so a restore can tell a backup of another diary. ``changed_at``
    is the UTC time of the newest change (ISO 8601 with microseconds and a "Z"; unknown, NULL,
    until the first change after this migration) and ``commits`` counts write transactions;
    the repository updates both in the same transaction as each write.
    """
    import uuid

    cursor.execute(_V5_DIARY_STATE)
    cursor.execute(
        "INSERT INTO diary_state (id, diary_id, changed_at, commits) VALUES (1, ?, NULL, 0)",
        (str(uuid.uuid4()),),
    )


def _v6_imports_remembered(cursor: Cursor) -> None:
    """Remember what imports brought, so a later export merges and an import can be undone.

    ``import_note`` holds each note of another app that the diary took in, by its app and the
    key that names it there; ``import_day`` the mood and text an import last gave a day (a mood
    or text that differs is the user's own, and an import never changes it). ``import_run`` is
    one import, with what each day it changed was before (``import_run_day``) and the records
    a Hearth JSON import added (``import_run_added``), so ``diary import undo`` can take the
    last one back.
    """
    for statement in _V6_IMPORTS.split(";"):
        if statement.strip():
            cursor.execute(statement)


def _v7_company_today(cursor: Cursor) -> None:
    """Keep how much company the user wanted on a day: more, about right, or less.

    Alone is not lonely: the answer tells chosen solitude from a lonely isolated day. It is
    optional, so every existing entry keeps NULL (not asked); the CHECK keeps the three values.
    """
    cursor.execute(
        "ALTER TABLE entry ADD COLUMN company VARCHAR "
        "CHECK (company IS NULL OR company IN ('more', 'right', 'less'))"
    )


_V8_TAGS = """
CREATE TABLE entry_tag (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    key VARCHAR NOT NULL,
    tag VARCHAR NOT NULL,
    explicit INTEGER NOT NULL,
    PRIMARY KEY (entry_id, key)
);
CREATE INDEX ix_entry_tag_key ON entry_tag (key)
"""


def _v8_tags(cursor: Cursor) -> None:
    """Add the tags of each entry, one row per tag, filled in from the ``#tags`` of every text.

    ``key`` is the tag as matched (NFC, case-folded), ``tag`` as the user wrote it; ``explicit``
    is 1 for a tag set on the entry (``Entry.tags``) and 0 for one only in its text. The rows
    are an index the writer keeps up to date, so a filter by tag is one indexed look-up rather
    than a scan of every text.
    """
    from diary.domain.tags import tag_key, tags_in_text

    for statement in _V8_TAGS.split(";"):
        if statement.strip():
            cursor.execute(statement)
    rows = cursor.execute("SELECT id, text FROM entry WHERE text LIKE '%#%'").fetchall()
    cursor.executemany(
        "INSERT INTO entry_tag (entry_id, key, tag, explicit) VALUES (?, ?, ?, 0)",
        [(entry_id, tag_key(tag), tag) for entry_id, text in rows for tag in tags_in_text(text)],
    )


_V9_PHOTOS = """
CREATE TABLE photo (
    id INTEGER NOT NULL PRIMARY KEY,
    uid VARCHAR NOT NULL UNIQUE,
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    mime VARCHAR NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    size INTEGER NOT NULL,
    added VARCHAR NOT NULL,
    thumbnail BLOB NOT NULL,
    data BLOB NOT NULL
);
CREATE INDEX ix_photo_entry_id ON photo (entry_id)
"""


def _v9_photos(cursor: Cursor) -> None:
    """Add the photos of each day, kept whole inside the encrypted database, never as files.

    A photo belongs to its day's entry (deleting the entry deletes its photos); ``ordinal``
    keeps the order they were added in, ``added`` the UTC time (as ``diary_state`` writes it).
    The two blobs come last, the small thumbnail before the photo: SQLite reads a row's columns
    in order, so a thumbnail or a day's list is read without walking the photo's pages.
    """
    for statement in _V9_PHOTOS.split(";"):
        if statement.strip():
            cursor.execute(statement)


MIGRATIONS: tuple[Callable[[Cursor], None], ...] = (
    _v1_initial_schema,
    _v2_reach_out_holds,
    _v3_private_preferences,
    _v4_names_as_kept,
    _v5_diary_state,
    _v6_imports_remembered,
    _v7_company_today,
    _v8_tags,
    _v9_photos,
)
LATEST_VERSION = len(MIGRATIONS)
