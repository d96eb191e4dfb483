"""Benchmark Hearth's encrypted store against raw sqlcipher3 doing the same work.

Builds a demo diary (10 years by default) with the *product* KDF policy, then measures creation,
unlock (KDF and the rest), saving one entry, full-text search and size on disk. Each figure is
printed beside the same operation done with plain ``sqlcipher3`` in the same run, and the ratio.
It prints figures; it asserts nothing about time (see bench/README.md for the targets).

Run::

    python bench/bench_store.py [--years 10] [--out DIR] [--work-dir DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy
import sqlcipher3.dbapi2 as sqlcipher

from diary.domain.models import Entry, Gratitude
from diary.domain.sample import SampleDiary, generate
from diary.domain.search import MARK_END, MARK_START, fts_query
from diary.storage import keyslots, reader
from diary.storage.database import open_engine
from diary.storage.kdf import PRODUCT_POLICY, normalize_passphrase
from diary.storage.keyslots import SlotKind
from diary.storage.lockfile import DiaryLock
from diary.storage.repository import Repository
from diary.storage.vault import DiaryFiles, Vault

PASSPHRASE = "a bench passphrase, not a secret"
END = dt.date(2025, 12, 31)  # fixed, so every run builds the same diary
SEED = 7
UNLOCK_RUNS = 5
COLD_RUNS = 3
SAVE_DAYS = 200
SEARCH_RUNS = 20
SEARCH_LIMIT = 200  # Repository.search's default
TARGET_SAVE_RATIO = 2.0
TARGET_UNLOCK_REST_MS = 150.0
TARGET_SEARCH_MS = 50.0
TARGET_READ_ALL_MS = 150.0
READ_RUNS = 7
TYPICAL_SEARCHES = ("walk", "coffee", "book club", "dinner with", "Mum")

RAW_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)

# The same tables, keys and indexes as Hearth's schema, written by hand.
RAW_SCHEMA = """
CREATE TABLE circle (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    name TEXT COLLATE NOCASE NOT NULL UNIQUE, cadence_days INTEGER);
CREATE TABLE person (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    name TEXT COLLATE NOCASE NOT NULL UNIQUE, inner_circle INTEGER NOT NULL,
    cadence_days INTEGER);
CREATE TABLE person_circle (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    circle_id INTEGER NOT NULL REFERENCES circle (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, circle_id));
CREATE TABLE entry (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    day DATE NOT NULL UNIQUE, mood INTEGER, energy INTEGER, text TEXT NOT NULL);
CREATE TABLE entry_feeling (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, word TEXT NOT NULL, PRIMARY KEY (entry_id, position));
CREATE TABLE gratitude (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position INTEGER NOT NULL, text TEXT NOT NULL,
    person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    PRIMARY KEY (entry_id, position));
CREATE TABLE interaction (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE,
    day DATE NOT NULL, mode TEXT NOT NULL, minutes INTEGER NOT NULL, depth INTEGER,
    initiated TEXT, circle_id INTEGER REFERENCES circle (id) ON DELETE SET NULL,
    note TEXT NOT NULL);
CREATE INDEX ix_interaction_day ON interaction (day);
CREATE TABLE interaction_person (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, person_id));
CREATE INDEX ix_interaction_person_person ON interaction_person (person_id);
CREATE VIRTUAL TABLE day_text USING fts5(
    text, gratitude, notes, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE day_note (day DATE PRIMARY KEY, mood INTEGER, energy INTEGER,
    feelings TEXT NOT NULL, gratitude TEXT NOT NULL, text TEXT NOT NULL)
"""

SEARCH_SQL = (
    "SELECT rowid, snippet(day_text, -1, ?, ?, '…', 16) FROM day_text "
    "WHERE day_text MATCH ? ORDER BY rowid DESC LIMIT ?"
)

# Demo-like sentences for the ~80-word entries of the save benchmark.
_SENTENCES = (
    "Slow start, then a long walk by the river before work.",
    "Coffee with Mum, who asked all the right questions about the new job.",
    "Meetings most of the afternoon; I kept my head down and finished the report.",
    "Cooked a big pot of soup and left some on the neighbour's step.",
    "Read in bed for an hour and felt the week settle.",
    "Rang Dad on the way home; he sounded tired but pleased to hear from me.",
    "The rain stopped just long enough for a walk round the park.",
    "Pottery class tonight, everyone laughed at my lopsided bowl.",
    "Tidied the flat and sorted out the bills at last.",
    "Felt a bit flat after lunch, better after a chat with a colleague.",
)


# Measuring ---------------------------------------------------------------------------------


def now() -> float:
    return time.perf_counter()


def ms(seconds: float) -> float:
    return seconds * 1000.0


def timed(action: Callable[[], object]) -> float:
    """Seconds one call of ``action`` takes."""
    start = now()
    action()
    return now() - start


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 200 samples is the 190th smallest)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


def fsync_cost(folder: Path, runs: int = 50) -> float:
    """Median seconds of one fsync after a 4 KiB write in ``folder``: what a commit must wait."""
    path = folder / "fsync-probe"
    times = []
    with open(path, "wb", buffering=0) as file:
        for _ in range(runs):
            file.write(b"\0" * 4096)
            start = now()
            os.fsync(file.fileno())
            times.append(now() - start)
    path.unlink()
    return statistics.median(times)


def db_size(path: Path) -> dict[str, int]:
    """Bytes of the database file and of its -wal file (0 when absent)."""
    wal = path.with_name(path.name + "-wal")
    main = path.stat().st_size if path.exists() else 0
    log = wal.stat().st_size if wal.exists() else 0
    return {"db": main, "wal": log, "total": main + log}


# Raw sqlcipher3 ----------------------------------------------------------------------------


def raw_connect(path: Path, key: bytes, pragmas: Iterable[str] = RAW_PRAGMAS) -> Any:
    """A raw sqlcipher3 connection keyed with ``key`` as a raw key, autocommit mode."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for pragma in pragmas:
        conn.execute(pragma)
    return conn


def raw_rows(sample: SampleDiary) -> dict[str, list[tuple[Any, ...]]]:
    """Every row Hearth would store for ``sample``, as plain tuples (built before timing)."""
    circle_ids = {c.name.casefold(): i for i, c in enumerate(sample.circles, 1)}
    person_ids = {p.name.casefold(): i for i, p in enumerate(sample.people, 1)}
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for cid, c in enumerate(sample.circles, 1):
        rows["circle"].append((cid, c.uid, c.name, c.cadence_days))
    for pid, p in enumerate(sample.people, 1):
        rows["person"].append((pid, p.uid, p.name, int(p.inner), p.cadence_days))
        rows["person_circle"] += [(pid, circle_ids[c.casefold()]) for c in p.circles]
    texts: dict[dt.date, list[str]] = defaultdict(lambda: ["", "", ""])
    for eid, e in enumerate(sample.entries, 1):
        day = e.day.isoformat()
        rows["entry"].append((eid, e.uid, day, e.mood, e.energy, e.text))
        rows["entry_feeling"] += [(eid, i, w) for i, w in enumerate(e.feelings)]
        rows["gratitude"] += [
            (eid, i, g.text, person_ids[g.person.casefold()] if g.person else None)
            for i, g in enumerate(e.gratitude)
        ]
        texts[e.day][0] = e.text
        texts[e.day][1] = "\n".join(
            f"{g.text} ({g.person})" if g.person else g.text for g in e.gratitude
        )
    for iid, x in enumerate(sample.interactions, 1):
        circle = circle_ids[x.circle.casefold()] if x.circle else None
        initiated = x.initiated.value if x.initiated else None
        rows["interaction"].append(
            (iid, x.uid, x.day.isoformat(), x.mode.value, x.minutes, x.depth, initiated, circle)
            + (x.note,)
        )
        rows["interaction_person"] += [(iid, person_ids[p.casefold()]) for p in x.people]
        if x.note:
            line = f"{', '.join(sorted(x.people))}: {x.note}" if x.people else x.note
            notes = texts[x.day][2]
            texts[x.day][2] = f"{notes}\n{line}" if notes else line
    rows["day_text"] = [
        (day.toordinal(), *parts) for day, parts in sorted(texts.items()) if any(parts)
    ]
    return rows


def raw_create(path: Path, key: bytes, rows: dict[str, list[tuple[Any, ...]]]) -> None:
    """Create a keyed database with the same tables and insert every row in one transaction."""
    conn = raw_connect(path, key)
    try:
        for statement in RAW_SCHEMA.split(";"):
            conn.execute(statement)
        conn.execute("BEGIN")
        for table, table_rows in rows.items():
            if table_rows:
                if table == "day_text":
                    sql = "INSERT INTO day_text(rowid, text, gratitude, notes) VALUES (?, ?, ?, ?)"
                else:
                    marks = ", ".join("?" * len(table_rows[0]))
                    sql = f"INSERT INTO {table} VALUES ({marks})"
                conn.executemany(sql, table_rows)
        conn.execute("COMMIT")
    finally:
        conn.close()


# Bench data ---------------------------------------------------------------------------------


def bench_entry(day: dt.date, index: int) -> Entry:
    """An entry with mood, feelings, gratitude (one about a person) and about 80 words."""
    start = index % len(_SENTENCES)
    sentences = [_SENTENCES[(start + k) % len(_SENTENCES)] for k in range(6)]
    return Entry(
        day=day,
        mood=1 + index % 9,
        energy=1 + (index * 4) % 9,
        feelings=("calm", "grateful", "hopeful")[: 1 + index % 3],
        gratitude=(Gratitude("A long talk with Mum", "Mum"), Gratitude("Fresh bread")),
        text=" ".join(sentences) + f" Day {index}.",
    )


def rare_word(rows: list[tuple[Any, ...]]) -> tuple[str, int]:
    """The word found in the fewest days' text (at least one), for a rare-word search."""
    days: Counter[str] = Counter()
    for _rowid, *parts in rows:
        days.update({w.lower() for w in re.findall(r"[^\W\d_]{6,}", " ".join(parts))})
    word, count = min(days.items(), key=lambda item: (item[1], item[0]))
    return word, count


# The benchmark ------------------------------------------------------------------------------


class Bench:
    """Runs each measurement in order and keeps the results for the table and the JSON."""

    def __init__(self, folder: Path, years: int) -> None:
        self.folder = folder
        self.years = years
        self.hearth_dir = folder / "hearth"
        self.raw_path = folder / "raw" / "raw.db"
        self.files = DiaryFiles(self.hearth_dir)
        self.results: dict[str, Any] = {}
        self.rows: list[tuple[str, str, str, str, str]] = []
        self.key = b""
        self.raw_key = bytes(range(32))
        self.sample: SampleDiary | None = None
        self.raw_data: dict[str, list[tuple[Any, ...]]] = {}
        self.fsync_s = 0.0

    def row(self, name: str, hearth: float | None, raw: float | None, target: str = "") -> None:
        """Add a table row of milliseconds (or None for not measured)."""
        ratio = f"{hearth / raw:.1f}×" if hearth is not None and raw else ""
        self.rows.append(
            (
                name,
                f"{hearth:,.1f}" if hearth is not None else "",
                f"{raw:,.1f}" if raw is not None else "",
                ratio,
                target,
            )
        )

    def note(self, text: str) -> None:
        """Add a free line to the table (a heading or an explanation)."""
        self.rows.append((text, "", "", "", ""))

    # -- creation ------------------------------------------------------------------------

    def creation(self) -> None:
        """Generate the demo, create it through the vault and by hand; sizes on disk."""
        start = now()
        sample = self.sample = generate(END, years=self.years, seed=SEED)
        generated = now() - start
        self.raw_data = raw_rows(sample)
        kdf_calibrate = timed(PRODUCT_POLICY.calibrate)

        vault = Vault(self.hearth_dir, PRODUCT_POLICY)
        create = timed(lambda: vault.create(PASSPHRASE))
        repo = vault.repository
        imported = timed(
            lambda: repo.import_records(
                circles=sample.circles,
                people=sample.people,
                entries=sample.entries,
                interactions=sample.interactions,
            )
        )
        counts = repo.counts()
        size_open = db_size(self.files.database)
        vault.close()
        size_closed = db_size(self.files.database)

        self.raw_path.parent.mkdir(parents=True)
        raw = timed(lambda: raw_create(self.raw_path, self.raw_key, self.raw_data))
        raw_size_closed = db_size(self.raw_path)
        raw_rows_total = sum(len(v) for v in self.raw_data.values())

        slot = self._passphrase_slot()
        self.results["dataset"] = {
            "years": self.years,
            "days": 365 * self.years,
            "end": END.isoformat(),
            "seed": SEED,
            "fsync_ms": ms(self.fsync_s),
            "generate_s": generated,
            "counts": counts,
            "rows_inserted_raw": raw_rows_total,
            "kdf": {
                "memory_kib": slot.params.memory_kib,
                "iterations": slot.params.iterations,
                "lanes": slot.params.lanes,
            },
        }
        self.results["creation"] = {
            "hearth_create_ms": ms(create),
            "hearth_import_ms": ms(imported),
            "hearth_total_ms": ms(create + imported),
            "kdf_calibration_ms": ms(kdf_calibrate),
            "raw_ms": ms(raw),
            "ratio_import_vs_raw": imported / raw,
        }
        self.results["size"] = {
            "hearth_after_creation": size_open,
            "hearth_after_close": size_closed,
            "raw_after_creation_and_close": raw_size_closed,
        }
        self.note("Creation")
        self.row("  vault.create (calibrate + wrap + schema)", ms(create), None)
        self.row("  import_records, all rows, one transaction", ms(imported), ms(raw))
        self.row("  total (create + import)", ms(create + imported), ms(raw))
        self.note(f"  (KDF calibration alone: {ms(kdf_calibrate):,.0f} ms; raw: same rows as")
        self.note(f"   Hearth, {raw_rows_total:,} rows, executemany, built before timing)")

    def _passphrase_slot(self) -> keyslots.KeySlot:
        slots = keyslots.decode(self.files.keys.read_bytes())
        return next(s for s in slots if s.kind is SlotKind.PASSPHRASE)

    # -- unlock --------------------------------------------------------------------------

    def unlock(self) -> None:
        """Unlock repeatedly: KDF alone, the whole vault path, the rest, and raw sqlcipher3."""
        assert self.sample is not None
        probe_day = self.sample.entries[len(self.sample.entries) // 2].day
        self.key = keyslots.unwrap(
            self._passphrase_slot(), normalize_passphrase(PASSPHRASE), PRODUCT_POLICY
        )
        kdf: list[float] = []
        full, rest, rest_direct, raw = [], [], [], []
        for _ in range(UNLOCK_RUNS):
            vault = Vault(self.hearth_dir, PRODUCT_POLICY)
            with timing_unwrap(kdf):
                start = now()
                repo = vault.unlock(PASSPHRASE)
                assert repo.entry(probe_day) is not None
                full.append(now() - start)
            vault.close()
            rest.append(full[-1] - kdf[-1])
            rest_direct.append(self._unlock_without_kdf(probe_day))
            raw.append(self._raw_unlock(probe_day))
        cold = [self._cold_unlock(probe_day) for _ in range(COLD_RUNS)]
        cold_rest = [c["rest_s"] for c in cold]

        med = statistics.median
        self.results["unlock"] = {
            "runs": UNLOCK_RUNS,
            "kdf_ms": [ms(x) for x in kdf],
            "full_ms": [ms(x) for x in full],
            "rest_direct_ms": [ms(x) for x in rest_direct],
            "raw_ms": [ms(x) for x in raw],
            "median_kdf_ms": ms(med(kdf)),
            "median_full_ms": ms(med(full)),
            "rest_ms": [ms(x) for x in rest],
            "median_full_minus_kdf_ms": ms(med(rest)),
            "median_rest_direct_ms": ms(med(rest_direct)),
            "median_raw_ms": ms(med(raw)),
            "cold_process": cold,
            "median_cold_rest_ms": ms(med(cold_rest)),
            "target_rest_ms": TARGET_UNLOCK_REST_MS,
        }
        target = f"≤ {TARGET_UNLOCK_REST_MS:.0f} ms"
        self.note(f"Unlock (median of {UNLOCK_RUNS}, vault closed and reopened each time)")
        self.row("  KDF: keyslots.unwrap, timed inside Vault.unlock", ms(med(kdf)), None)
        self.row("  Vault.unlock + first repo.entry(day)", ms(med(full)), None)
        self.row("  ... minus its KDF (the rest)", ms(med(rest)), ms(med(raw)), target)
        self.row("  lock + keys + open_engine + first entry", ms(med(rest_direct)), ms(med(raw)))
        self.row(
            f"  same in a new process (median of {COLD_RUNS})", ms(med(cold_rest)), None, target
        )
        self.note("   (Vault.unlock in a fresh interpreter; SQLAlchemy loads while Argon2id runs)")
        self.note("  (raw: connect + PRAGMA key x'..' + SELECT entry, its feelings, gratitude)")

    def _unlock_without_kdf(self, day: dt.date) -> float:
        """Everything Vault.unlock and the first read do, except deriving the key."""
        start = now()
        lock = DiaryLock(self.files.lock)
        lock.acquire()
        keyslots.decode(self.files.keys.read_bytes())
        engine = open_engine(self.files.database, self.key)
        repo = Repository(engine)
        assert repo.entry(day) is not None
        elapsed = now() - start
        repo.close()
        lock.release()
        return elapsed

    def _raw_unlock(self, day: dt.date) -> float:
        start = now()
        conn = raw_connect(self.files.database, self.key, pragmas=())
        row = conn.execute(
            "SELECT id, uid, day, mood, energy, text FROM entry WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        conn.execute("SELECT word FROM entry_feeling WHERE entry_id = ?", (row[0],)).fetchall()
        conn.execute(
            "SELECT g.text, p.name FROM gratitude g LEFT JOIN person p ON p.id = g.person_id "
            "WHERE g.entry_id = ? ORDER BY g.position",
            (row[0],),
        ).fetchall()
        elapsed = now() - start
        conn.close()
        return elapsed

    def _cold_unlock(self, day: dt.date) -> dict[str, float]:
        """Unlock in a fresh interpreter: imports and SQLAlchemy's caches start cold."""
        script = f"""
import json, sys, time, datetime as dt
from pathlib import Path
t0 = time.perf_counter()
from diary.storage import keyslots
from diary.storage.vault import Vault
t1 = time.perf_counter()
kdf = []
real_unwrap = keyslots.unwrap
def timed_unwrap(*args, **kwargs):
    start = time.perf_counter()
    try:
        return real_unwrap(*args, **kwargs)
    finally:
        kdf.append(time.perf_counter() - start)
keyslots.unwrap = timed_unwrap
t2 = time.perf_counter()
repo = Vault(Path(sys.argv[1])).unlock(sys.argv[2])
assert repo.entry(dt.date.fromisoformat({day.isoformat()!r})) is not None
t3 = time.perf_counter()
print(json.dumps({{"kdf_s": kdf[0],
                  "rest_s": (t3 - t2) - kdf[0], "light_imports_s": t1 - t0}}))
"""
        out = subprocess.run(
            [sys.executable, "-c", script, str(self.hearth_dir), PASSPHRASE],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        result: dict[str, float] = json.loads(out)
        return result

    # -- search --------------------------------------------------------------------------

    def search(self, repo: Repository) -> None:
        """Typical, rare and absent words through the repository and as raw FTS5 queries."""
        word, _count = rare_word(self.raw_data["day_text"])
        queries = [*TYPICAL_SEARCHES, word, "xylophone"]
        labels = {word: "rare word", "xylophone": "absent word"}
        raw = raw_connect(self.raw_path, self.raw_key)
        results = []
        self.note(f"Full-text search (median / max of {SEARCH_RUNS} runs, ≤ {SEARCH_LIMIT} hits)")
        try:
            for text in queries:
                fts = fts_query(text)
                hearth_times, raw_times = [], []
                hits = raw_hits = 0
                for _ in range(SEARCH_RUNS):
                    start = now()
                    hits = len(repo.search(text))
                    hearth_times.append(now() - start)
                    start = now()
                    raw_hits = len(
                        raw.execute(
                            SEARCH_SQL, (MARK_START, MARK_END, fts, SEARCH_LIMIT)
                        ).fetchall()
                    )
                    raw_times.append(now() - start)
                total = raw.execute(
                    "SELECT count(*) FROM day_text WHERE day_text MATCH ?", (fts,)
                ).fetchone()[0]
                med_h, max_h = statistics.median(hearth_times), max(hearth_times)
                med_r, max_r = statistics.median(raw_times), max(raw_times)
                results.append(
                    {
                        "query": text,
                        "kind": labels.get(text, "typical"),
                        "hits": hits,
                        "raw_hits": raw_hits,
                        "matching_days": total,
                        "hearth_median_ms": ms(med_h),
                        "hearth_max_ms": ms(max_h),
                        "raw_median_ms": ms(med_r),
                        "raw_max_ms": ms(max_r),
                    }
                )
                name = f"  {text!r} ({labels.get(text, 'typical')}; {total} days)"
                target = f"≤ {TARGET_SEARCH_MS:.0f} ms"
                self.row(name + " median", ms(med_h), ms(med_r), target)
                self.row("    max", ms(max_h), ms(max_r), target)
        finally:
            raw.close()
        self.results["search"] = {
            "runs": SEARCH_RUNS,
            "limit": SEARCH_LIMIT,
            "queries": results,
            "worst_hearth_max_ms": max(r["hearth_max_ms"] for r in results),
            "target_ms": TARGET_SEARCH_MS,
        }

    # -- reading every day at once ---------------------------------------------------------

    def read_all(self, repo: Repository) -> None:
        """Every day of the diary as domain objects (statistics, Insights, the report)."""
        raw = raw_connect(self.files.database, self.key, pragmas=())
        statements = (
            reader._ENTRIES,
            reader._FEELINGS,
            reader._GRATITUDE,
            reader._INTERACTIONS,
            reader._PEOPLE,
        )
        span = (dt.date.min.isoformat(), dt.date.max.isoformat())
        hearth_times, raw_times = [], []
        days = 0
        try:
            for _ in range(READ_RUNS):
                start = now()
                found = repo.days(dt.date.min, dt.date.max)
                hearth_times.append(now() - start)
                days = len(found)
                del found  # freeing them is not part of the read
                start = now()
                for sql in statements:
                    raw.execute(sql, span).fetchall()
                raw_times.append(now() - start)
        finally:
            raw.close()
        med_h, med_r = statistics.median(hearth_times), statistics.median(raw_times)
        self.note(f"Read every day at once (median of {READ_RUNS}; raw: the same five SELECTs)")
        target = f"≤ {TARGET_READ_ALL_MS:.0f} ms"
        self.row(f"  repo.days(all), {days:,} days", ms(med_h), ms(med_r), target)
        self.results["read_all"] = {
            "runs": READ_RUNS,
            "days": days,
            "hearth_median_ms": ms(med_h),
            "raw_median_ms": ms(med_r),
            "target_ms": TARGET_READ_ALL_MS,
        }

    # -- saving one entry ----------------------------------------------------------------

    def save(self, repo: Repository) -> None:
        """Save one entry per day on new and on existing days; raw one-row and same-rows."""
        assert self.sample is not None
        entries = self.sample.entries
        step = max(1, len(entries) // SAVE_DAYS)
        existing_days = [e.day for e in entries[::step]][:SAVE_DAYS]
        new_days = [END + dt.timedelta(days=i) for i in range(1, SAVE_DAYS + 1)]
        raw = raw_connect(self.raw_path, self.raw_key)
        self.note(f"Save one entry ({SAVE_DAYS} different days each, ~80 words, one call each)")
        self.results["save"] = {"days": SAVE_DAYS, "target_ratio_p95": TARGET_SAVE_RATIO}
        try:
            for label, days in (("new day", new_days), ("existing day", existing_days)):
                hearth, one_row, same_rows = [], [], []
                for index, day in enumerate(days):
                    entry = bench_entry(day, index)
                    start = now()
                    repo.save_entry(entry)
                    hearth.append(now() - start)
                    one_row.append(raw_save_one_row(raw, entry))
                    same_rows.append(raw_save_same_rows(raw, entry))
                figures = {
                    "hearth_p50_ms": ms(percentile(hearth, 0.5)),
                    "hearth_p95_ms": ms(percentile(hearth, 0.95)),
                    "hearth_max_ms": ms(max(hearth)),
                    "raw_one_row_p50_ms": ms(percentile(one_row, 0.5)),
                    "raw_one_row_p95_ms": ms(percentile(one_row, 0.95)),
                    "raw_same_rows_p50_ms": ms(percentile(same_rows, 0.5)),
                    "raw_same_rows_p95_ms": ms(percentile(same_rows, 0.95)),
                }
                figures["ratio_p95"] = figures["hearth_p95_ms"] / figures["raw_one_row_p95_ms"]
                figures["ratio_p95_same_rows"] = (
                    figures["hearth_p95_ms"] / figures["raw_same_rows_p95_ms"]
                )
                self.results["save"][label.replace(" ", "_")] = figures
                target = f"≤ {TARGET_SAVE_RATIO:.0f}× raw"
                self.note(f"  {label}:")
                for p in ("p50", "p95"):
                    hearth_ms = figures[f"hearth_{p}_ms"]
                    self.row(
                        f"    save_entry {p} vs insert-or-replace 1 row",
                        hearth_ms,
                        figures[f"raw_one_row_{p}_ms"],
                        target if p == "p95" else "",
                    )
                    self.row(
                        f"    save_entry {p} vs same rows by hand",
                        hearth_ms,
                        figures[f"raw_same_rows_{p}_ms"],
                        target if p == "p95" else "",
                    )
        finally:
            raw.close()

    # -- size ----------------------------------------------------------------------------

    def size_rows(self) -> None:
        """Add the size-on-disk lines to the table."""
        size = self.results["size"]

        def mib(value: int) -> str:
            return f"{value / 2**20:,.2f} MiB"

        def line(label: str, figures: dict[str, int]) -> None:
            self.note(
                f"  {label}: db {mib(figures['db'])} + wal {mib(figures['wal'])}"
                f" = {mib(figures['total'])}"
            )

        self.note("Size on disk (diary.db + diary.db-wal)")
        line("Hearth after creation (open)", size["hearth_after_creation"])
        line("Hearth after close (checkpoint)", size["hearth_after_close"])
        line("raw sqlcipher3, same rows, closed", size["raw_after_creation_and_close"])
        if "hearth_after_benchmark" in size:
            line("Hearth after the save benchmark, closed", size["hearth_after_benchmark"])

    # -- all -----------------------------------------------------------------------------

    def run(self) -> None:
        """Every measurement, in an order that keeps both databases comparable."""
        self.fsync_s = fsync_cost(self.folder)
        self.creation()
        self.unlock()
        vault = Vault(self.hearth_dir, PRODUCT_POLICY)
        try:
            repo = vault.unlock(PASSPHRASE)
            self.search(repo)  # before saving, so both databases hold the same text
            self.read_all(repo)
            self.save(repo)
        finally:
            vault.close()
        self.results["size"]["hearth_after_benchmark"] = db_size(self.files.database)
        self.size_rows()

    def table(self) -> str:
        """The results as a fixed-width text table."""
        data = self.results["dataset"]
        counts = data["counts"]
        kdf = data["kdf"]
        head = [
            f"Hearth storage benchmark: {data['years']} years ({data['days']:,} days) ending "
            f"{data['end']}, {counts['entries']:,} entries, {counts['interactions']:,} "
            f"interactions, {counts['people']} people, {counts['circles']} circles",
            f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
            f"SQLCipher {cipher_version()}, SQLite {sqlcipher.sqlite_version}, "
            f"SQLAlchemy {sqlalchemy.__version__}",
            f"Product KDF: Argon2id {kdf['memory_kib'] // 1024} MiB, {kdf['iterations']} passes, "
            f"{kdf['lanes']} lanes (calibrated at creation); demo generated in "
            f"{data['generate_s']:.2f} s",
            f"Disk: one fsync of a 4 KiB write takes {ms(self.fsync_s):.2f} ms (median); every "
            "commit waits for at least one",
            "",
        ]
        header = ("operation", "Hearth ms", "raw ms", "ratio", "target")
        rows = [header, *self.rows]
        width = max(len(r[0]) for r in rows if r[1] or r[2] or r == header)
        lines = []
        for r in rows:
            if not (r[1] or r[2] or r[3] or r[4]) and r != header:
                lines.append(r[0])
                continue
            lines.append(f"{r[0]:<{width}}  {r[1]:>10}  {r[2]:>9}  {r[3]:>6}  {r[4]}".rstrip())
            if r == header:
                lines.append("-" * len(lines[-1]))
        return "\n".join(head + lines + ["", *self.verdicts()])

    def verdicts(self) -> list[str]:
        """One line per target: met or missed, with the figure."""
        unlock = self.results["unlock"]
        save = self.results["save"]
        search = self.results["search"]
        checks = [
            (
                "save p95 ≤ 2× raw insert+commit",
                max(save["new_day"]["ratio_p95"], save["existing_day"]["ratio_p95"])
                <= TARGET_SAVE_RATIO,
                f"new day {save['new_day']['ratio_p95']:.1f}×, "
                f"existing day {save['existing_day']['ratio_p95']:.1f}×",
            ),
            (
                "save p95 ≤ 2× the same rows written by hand (issue 13)",
                max(
                    save["new_day"]["ratio_p95_same_rows"],
                    save["existing_day"]["ratio_p95_same_rows"],
                )
                <= TARGET_SAVE_RATIO,
                f"new day {save['new_day']['ratio_p95_same_rows']:.1f}×, "
                f"existing day {save['existing_day']['ratio_p95_same_rows']:.1f}×",
            ),
            (
                "unlock beyond the KDF ≤ 150 ms (process already warm)",
                unlock["median_full_minus_kdf_ms"] <= TARGET_UNLOCK_REST_MS,
                f"{unlock['median_full_minus_kdf_ms']:.0f} ms "
                f"({unlock['median_rest_direct_ms']:.0f} ms measured directly)",
            ),
            (
                "unlock beyond the KDF ≤ 150 ms (first unlock in a new process)",
                unlock["median_cold_rest_ms"] <= TARGET_UNLOCK_REST_MS,
                f"{unlock['median_cold_rest_ms']:.0f} ms",
            ),
            (
                f"reading every day of {self.years} years ≤ {TARGET_READ_ALL_MS:.0f} ms",
                self.results["read_all"]["hearth_median_ms"] <= TARGET_READ_ALL_MS,
                f"median {self.results['read_all']['hearth_median_ms']:.0f} ms",
            ),
            (
                f"search over {self.years} years ≤ 50 ms",
                search["worst_hearth_max_ms"] <= TARGET_SEARCH_MS,
                f"worst max {search['worst_hearth_max_ms']:.1f} ms",
            ),
        ]
        self.results["targets"] = {name: {"met": ok, "figure": fig} for name, ok, fig in checks}
        return [f"{'met   ' if ok else 'MISSED'}  {name}: {fig}" for name, ok, fig in checks]


@contextmanager
def timing_unwrap(times: list[float]) -> Iterator[None]:
    """Record how long each ``keyslots.unwrap`` call (the KDF) takes while inside the block."""
    real = keyslots.unwrap

    def unwrap(*args: Any, **kwargs: Any) -> bytes:
        start = now()
        try:
            return real(*args, **kwargs)
        finally:
            times.append(now() - start)

    keyslots.unwrap = unwrap
    try:
        yield
    finally:
        keyslots.unwrap = real


def raw_save_one_row(conn: Any, entry: Entry) -> float:
    """INSERT OR REPLACE one row holding the whole entry, then COMMIT (fsync)."""
    gratitude = "\n".join(g.text for g in entry.gratitude)
    start = now()
    conn.execute("BEGIN")
    conn.execute(
        "INSERT OR REPLACE INTO day_note VALUES (?, ?, ?, ?, ?, ?)",
        (
            entry.day.isoformat(),
            entry.mood,
            entry.energy,
            ",".join(entry.feelings),
            gratitude,
            entry.text,
        ),
    )
    conn.execute("COMMIT")
    return now() - start


def raw_save_same_rows(conn: Any, entry: Entry) -> float:
    """The rows Hearth's save_entry writes, by hand in one transaction: an upper bound for SQL."""
    day = entry.day.isoformat()
    start = now()
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO entry (uid, day, mood, energy, text) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET mood = excluded.mood, energy = excluded.energy, "
        "text = excluded.text",
        (entry.uid, day, entry.mood, entry.energy, entry.text),
    )
    (entry_id,) = conn.execute("SELECT id FROM entry WHERE day = ?", (day,)).fetchone()
    conn.execute("DELETE FROM entry_feeling WHERE entry_id = ?", (entry_id,))
    conn.executemany(
        "INSERT INTO entry_feeling VALUES (?, ?, ?)",
        [(entry_id, i, w) for i, w in enumerate(entry.feelings)],
    )
    conn.execute("DELETE FROM gratitude WHERE entry_id = ?", (entry_id,))
    gratitude = []
    for i, g in enumerate(entry.gratitude):
        person = None
        if g.person:
            found = conn.execute("SELECT id FROM person WHERE name = ?", (g.person,)).fetchone()
            person = found[0] if found else None
        gratitude.append((entry_id, i, g.text, person))
    conn.executemany("INSERT INTO gratitude VALUES (?, ?, ?, ?)", gratitude)
    notes = conn.execute(
        "SELECT group_concat(p.name, ', '), i.note FROM interaction i "
        "LEFT JOIN interaction_person ip ON ip.interaction_id = i.id "
        "LEFT JOIN person p ON p.id = ip.person_id WHERE i.day = ? GROUP BY i.id",
        (day,),
    ).fetchall()
    ordinal = entry.day.toordinal()
    conn.execute("DELETE FROM day_text WHERE rowid = ?", (ordinal,))
    conn.execute(
        "INSERT INTO day_text(rowid, text, gratitude, notes) VALUES (?, ?, ?, ?)",
        (
            ordinal,
            entry.text,
            "\n".join(g.text for g in entry.gratitude),
            "\n".join(f"{p}: {n}" for p, n in notes if n),
        ),
    )
    conn.execute("COMMIT")
    return now() - start


def cipher_version() -> str:
    conn = sqlcipher.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10, help="years of demo data (default 10)")
    parser.add_argument("--out", type=Path, help="also write the figures as DIR/bench_store.json")
    parser.add_argument(
        "--work-dir",
        type=Path,
        help="build the diaries here and keep them (default: a temporary folder, deleted after)",
    )
    args = parser.parse_args(argv)
    if args.years < 1:
        parser.error("--years must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = now()
    if args.work_dir is not None:
        folder = args.work_dir
        if folder.exists() and any(folder.iterdir()):
            print(f"bench: {folder} is not empty; give an empty or new folder.", file=sys.stderr)
            return 2
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="hearth-bench-"))
    bench = Bench(folder, args.years)
    try:
        bench.run()
    finally:
        if args.work_dir is None:
            shutil.rmtree(folder, ignore_errors=True)
    bench.results["runtime_s"] = now() - started
    print(bench.table())
    print(f"\nTotal runtime {bench.results['runtime_s']:.1f} s")
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / "bench_store.json"
        path.write_text(json.dumps(bench.results, indent=2) + "\n", encoding="utf-8")
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
