"""The SQLCipher engine: raw-key connections, durability pragmas, migrations, integrity check.

The data key goes to SQLCipher as a raw 256-bit key (``x'...'``), so SQLCipher's own passphrase
KDF is not used and no passphrase ever reaches the database layer. It is handed over with
``sqlite3_key`` (sqlcipher3's ``set_key``) from a buffer built here and wiped at once, never as
the text of a ``PRAGMA key`` statement: Python would keep that ``str``, and SQLite the SQL.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from diary.storage import words
from diary.storage.errors import (
    Code,
    DamagedDiary,
    DiaryLocked,
    DiaryReadOnly,
    SaveFailed,
    StorageError,
)
from diary.storage.migrations import LATEST_VERSION, MIGRATIONS
from diary.storage.wipe import wipe

if TYPE_CHECKING:  # SQLAlchemy is imported by open_engine only: the command line goes without
    from sqlalchemy import Engine


def storage_error(error: BaseException) -> StorageError:
    """Tell a driver error apart for people: a failed write or a damaged file.

    The driver speaks English (SQLite's own messages); what it says chooses the code.
    """
    message = str(error).lower()
    if "readonly" in message or "read-only" in message:  # "attempt to write a readonly database"
        return DiaryReadOnly(code=Code.READ_ONLY)
    if any(word in message for word in ("full", "i/o", "unable to open")):
        return SaveFailed(code=Code.DISK_FULL if "full" in message else Code.WRITE_REFUSED)
    if any(word in message for word in ("malformed", "not a database", "corrupt", "hmac")):
        return DamagedDiary(code=Code.DATABASE_DAMAGED)
    return SaveFailed(code=Code.SAVE_FAILED, reason=str(error))


# Every connection gets these: WAL with a full fsync per commit survives power cuts; deleted
# content is overwritten; temporary tables and sorts never touch the disk in plaintext.
_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


MIN_DATABASE_BYTES = 4096  # one SQLCipher page: every diary ever created is at least this big


_HEX_DIGITS = b"0123456789abcdef"


def _raw_key(key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form ``x'<64 hex digits>'``, built digit by digit in a wipeable buffer.

    ``key.hex()`` would leave an immutable ``str`` of the key behind in the heap.
    """
    spelled = bytearray(3 + 2 * len(key))
    spelled[0:2], spelled[-1] = b"x'", ord("'")
    for index, byte in enumerate(key):
        spelled[2 + 2 * index] = _HEX_DIGITS[byte >> 4]
        spelled[3 + 2 * index] = _HEX_DIGITS[byte & 15]
    return spelled


def _set_key(conn: Any, key: bytes | bytearray) -> None:
    """Key ``conn`` (``sqlite3_key``); SQLCipher copies the key and wipes its copy on close."""
    spelled = _raw_key(key)
    try:
        conn.set_key(spelled)
    finally:
        wipe(spelled)


def connect(path: Path, key: bytes | bytearray, *, read_only: bool = False) -> Any:
    """Open a keyed sqlcipher3 connection and prove the key reads page one.

    ``read_only`` opens the file for reading only (``read_only_uri``): nothing can be written
    through the connection and no file is made beside it.

    Raises:
        DiaryLocked: ``key`` has been wiped (the diary was locked: a pool must not reconnect).
    """
    if not key:  # ``wipe`` empties the buffer it overwrites
        raise DiaryLocked(code=Code.DIARY_LOCKED)
    if read_only:
        conn = sqlcipher.connect(read_only_uri(path), uri=True, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        # SQLCipher logs HMAC failures to stderr itself; Hearth explains them in one line.
        conn.execute("PRAGMA cipher_log_level = NONE")
        _set_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _READ_PRAGMAS if read_only else _PRAGMAS:
            conn.execute(pragma)
    except sqlcipher.DatabaseError as error:
        conn.close()
        raise storage_error(error) from None
    return conn


# A read-only connection only reads: the pragmas that shape writes do not apply to it.
_READ_PRAGMAS = ("PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY")


def read_only_uri(path: Path) -> str:
    """SQLite's URI for reading ``path`` without writing anything, in or beside it.

    A WAL database normally needs its ``-shm`` file, which a read-only folder cannot hold.
    With no changes waiting in the ``-wal`` file the database file is the whole diary, and
    ``immutable=1`` reads it alone (no ``-shm``, no locks: the vault's lock keeps Hearth's
    writers out, and nothing else may write a file that is read-only). With changes waiting,
    ``mode=ro`` reads them through an existing ``-shm``, or ``connect`` fails and
    ``open_engine`` explains why.
    """
    address = "file:" + quote(os.fsencode(Path(path).absolute()))  # any byte, even non-UTF-8
    return address + ("?mode=ro" if _changes_waiting(path) else "?mode=ro&immutable=1")


def _changes_waiting(path: Path) -> bool:
    """True if the database's ``-wal`` file holds changes not yet merged into it."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def migrate(conn: Any) -> None:
    """Bring the schema to the latest version, one transaction per step."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > LATEST_VERSION:
        raise DamagedDiary(code=Code.DATABASE_TOO_NEW, schema=version)
    for number in range(version + 1, LATEST_VERSION + 1):
        cursor = conn.cursor()
        try:
            cursor.execute("BEGIN IMMEDIATE")
            MIGRATIONS[number - 1](cursor)
            cursor.execute(f"PRAGMA user_version = {number}")
            cursor.execute("COMMIT")
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        finally:
            cursor.close()


def _check_readable_as_is(conn: Any) -> None:
    """Refuse a schema that would need migrating: a read-only diary cannot be updated."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version > LATEST_VERSION:
        raise DamagedDiary(code=Code.DATABASE_TOO_NEW, schema=version)
    if version < LATEST_VERSION:
        raise DiaryReadOnly(code=Code.READ_ONLY_OLD_SCHEMA, schema=version)


def open_engine(
    path: Path, key: bytes | bytearray, *, create: bool = False, read_only: bool = False
) -> Engine:
    """Return an engine on the encrypted database, migrated to the latest schema.

    The engine's pool connects with ``key`` itself, not a copy: the vault's buffer, which
    locking wipes, after which the pool can no longer connect (``DiaryLocked``).

    ``read_only``: open it for reading only (its folder or file cannot be written); every
    write then raises DiaryReadOnly, and nothing is migrated.

    Raises:
        DamagedDiary: the file is missing (unless ``create``), unreadable with this key or
            from a newer version.
        DiaryReadOnly: ``read_only``, and the diary cannot be read without writing (changes
            waiting in its ``-wal`` file, or a schema to update first).
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    open_connection(path, key, create=create, read_only=read_only).close()
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect(path, key, read_only=read_only),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
    )
    _use_explicit_transactions(engine)
    return engine


def open_connection(
    path: Path, key: bytes | bytearray, *, create: bool = False, read_only: bool = False
) -> Any:
    """One keyed connection on the database, migrated to the latest schema (or checked readable).

    What ``open_engine`` does before its pool, and all the command line needs: one connection,
    without SQLAlchemy. Same arguments and errors as ``open_engine``.
    """
    if not create:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise DamagedDiary(code=Code.DATABASE_MISSING) from None
        if size < MIN_DATABASE_BYTES:
            # SQLite would treat an empty or cut-off file as a new database and write a fresh
            # schema into it: the diary would silently look empty.
            raise DamagedDiary(code=Code.DATABASE_DAMAGED)
    try:
        first = connect(path, key, read_only=read_only)
    except SaveFailed:
        if not (read_only and _changes_waiting(path)):
            raise
        # Reading changes waiting in the -wal file needs a -shm file the folder cannot hold.
        wal = path.with_name(path.name + "-wal")
        raise DiaryReadOnly(code=Code.READ_ONLY_UNMERGED, path=wal) from None
    try:
        if read_only:
            _check_readable_as_is(first)
        else:
            migrate(first)
    except sqlcipher.DatabaseError as error:
        first.close()
        raise storage_error(error) from None
    except BaseException:
        first.close()
        raise
    return first


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy, not the driver, decide when a transaction begins (SQLAlchemy's advice)."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def integrity_problems(engine: Engine) -> list[str]:
    """Run SQLCipher's page check, SQLite's structure checks and the search index check.

    Returns one line for each problem, in the current language (the details SQLite gives
    are its own English).
    """
    problems: list[str] = []
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            rows = raw.execute("PRAGMA cipher_integrity_check").fetchall()
            problems += [words.CHECK_PAGE.format(detail=row[0]) for row in rows]
            rows = raw.execute("PRAGMA integrity_check").fetchall()
            problems += [
                words.CHECK_STRUCTURE.format(detail=row[0]) for row in rows if row[0] != "ok"
            ]
            rows = raw.execute("PRAGMA foreign_key_check").fetchall()
            problems += [words.CHECK_BROKEN_LINK.format(table=row[0]) for row in rows]
            _check_search_index(raw)
        except sqlcipher.DatabaseError as error:
            problems.append(words.CHECK_UNREADABLE.format(detail=error))
    return problems


def _check_search_index(raw: Any) -> None:
    """FTS5's own check of the search index (a command written as an INSERT).

    A diary open for reading only cannot take even that INSERT; its index goes unchecked (the
    page check has still proved every page of it authentic).
    """
    try:
        raw.execute("INSERT INTO day_text(day_text) VALUES ('integrity-check')")
    except sqlcipher.OperationalError as error:
        if "readonly" not in str(error).lower():
            raise
