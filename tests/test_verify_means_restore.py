"""``backup verify`` means "restore will work": whatever the payload reader accepts, restores.

A payload is a valid dump with generated values put in its text fields (any Unicode, lone
surrogates and control characters included, written as JSON escapes as a third-party writer
might); either the reader refuses it with ``InvalidPayload``, or a restore into a new folder
succeeds and holds every record.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from diary.domain.models import Circle, Entry, Gratitude, Interaction, Mode, Person, Records
from diary.formats import payload
from diary.formats.payload import InvalidPayload
from diary.storage import restore
from diary.storage.kdf import TEST_POLICY
from diary.storage.vault import Vault

DAY = dt.date(2026, 3, 14)
WHEN = dt.datetime(2026, 3, 15, 20, 30, tzinfo=dt.UTC)

ANY_TEXT = st.lists(  # st.text() never makes a lone surrogate: build the strings by hand
    st.one_of(
        st.characters(codec=None, exclude_categories=()),
        st.sampled_from(["\ud800", "\udfff", "\x00", "\u202e", "\u200b", " "]),
    ),
    max_size=12,
).map("".join)

FIELDS = (
    ("entries", 0, "text"),
    ("entries", 0, "feelings", 0),
    ("entries", 0, "gratitude", 0, "text"),
    ("interactions", 0, "note"),
    ("people", 0, "name"),
    ("circles", 0, "name"),
)


def base_document() -> dict[str, Any]:
    records = Records(
        circles=(Circle("Choir"),),
        people=(Person("Ana", circles=("Choir",)),),
        entries=(Entry(DAY, mood=6, feelings=("calm",), gratitude=(Gratitude("Tea"),), text="Hi"),),
        interactions=(Interaction(DAY, Mode.CALL, 20, ("Ana",), note="n"),),
    )
    document: dict[str, Any] = json.loads(payload.dump(records, exported_at=WHEN, app_version="t"))
    return document


def put(document: dict[str, Any], path: tuple[Any, ...], value: str) -> None:
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(FIELDS), ANY_TEXT), min_size=1, max_size=3))
def test_what_verify_accepts_restore_writes(changes: list[tuple[tuple[Any, ...], str]]) -> None:
    document = base_document()
    for path, value in changes:
        put(document, path, value)
    raw = json.dumps(document, ensure_ascii=True).encode("ascii")  # escapes, as JSON allows
    try:
        dump = payload.load(raw)
    except InvalidPayload:
        event("refused by the reader")
        return  # refused before anything is touched: fine
    event("accepted, then restored")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "restored"
        folder.mkdir()
        restore.restore(folder, TEST_POLICY, "a passphrase", dump.records, replacing=False)
        with Vault(folder, TEST_POLICY) as vault:
            vault.unlock("a passphrase")
            assert vault.repository.counts() == dump.records.counts()
