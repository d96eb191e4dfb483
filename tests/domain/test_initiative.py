"""Who reaches out: counts over the last contacts that say who started them, and their words."""

from __future__ import annotations

import datetime as dt

import pytest

from diary import messages
from diary.domain.initiative import RECENT_CONTACTS, Initiative, initiative
from diary.domain.models import Initiator, Interaction, Mode

START = dt.date(2026, 1, 1)


def contact(n: int, who: Initiator | None) -> Interaction:
    return Interaction(START + dt.timedelta(days=n), Mode.CALL, 20, people=("Sam",), initiated=who)


def test_only_the_newest_contacts_that_say_who_started_are_counted():
    old = [contact(n, Initiator.THEM) for n in range(20)]  # long ago Sam always called
    recent = [contact(100 + n, Initiator.ME) for n in range(9)] + [contact(120, Initiator.THEM)]
    unnoted = [contact(200 + n, None) for n in range(5)]  # newest, but silent on who started
    counts = initiative([*unnoted, *recent, *old])  # any order
    assert counts == Initiative(me=9, them=1, both=0)
    assert counts.counted == RECENT_CONTACTS
    assert counts.mostly_me and not counts.mostly_them


def test_nothing_noted_counts_nothing_and_says_nothing():
    counts = initiative([contact(n, None) for n in range(5)])
    assert counts.counted == 0 and not counts.mostly_me and not counts.mostly_them
    assert messages.initiative_sentence("Sam", counts) is None


@pytest.mark.parametrize(
    ("counts", "sentence"),
    [
        (Initiative(me=9, them=1), "You started 9 of your last 10 contacts with Sam."),
        (Initiative(me=1), "You started your last contact with Sam."),
        (Initiative(me=1, them=7, both=2), "Sam started 7 of your last 10 contacts."),
        (Initiative(them=1), "Sam started your last contact."),
        (Initiative(them=4), "Sam started each of your last 4 contacts."),
        (Initiative(me=3), "You started each of your last 3 contacts with Sam."),
        (
            Initiative(me=4, them=3, both=3),
            "Of your last 10 contacts with Sam, you started 4, Sam started 3 and 3 came about "
            "together.",
        ),
        (Initiative(both=1), "You and Sam reached out together for your last contact."),
    ],
)
def test_the_sentence_is_counts_never_a_verdict(counts: Initiative, sentence: str):
    said = messages.initiative_sentence("Sam", counts)
    assert said == sentence
    for verdict in ("should", "always", "never", "only you", "score", "%"):
        assert verdict not in said
