"""Tags on days: ``#word`` in the entry's text, or set on the entry itself (``Entry.tags``).

A day's tags are the tags the user set on the entry (the command line's ``--tag``, an import)
together with the ``#tags`` found in its text, the set ones first, each once. Two spellings
are one tag when they match after Unicode normalisation (NFC) and case folding ("#Work",
"#work", "#WORK"); a tag is shown as it was first written.

What counts as a ``#tag`` in text is chosen so that ordinary writing is not tagged by
accident: the ``#`` must start a word (not "C#", "a#b", "&#39;" or a URL's "/page#part"), the
tag must hold a letter ("#1" and "#2026" are numbers, not tags), trailing punctuation is not
part of it ("#work." is ``work``), and no ``#`` inside a web address counts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import NamedTuple

TAG_MAX = 40
"""The longest tag, in characters (as long as a feeling word)."""

_JOINERS = "_-"
_NOT_BEFORE = "#/&@_-."  # a '#' right after one of these is part of something else


def _tag_char(char: str) -> bool:
    """A letter, digit or mark (accents of a decomposed letter, Indic vowel signs) or _ and -."""
    return char.isalnum() or char in _JOINERS or unicodedata.category(char).startswith("M")


def tag_key(tag: str) -> str:
    """What two spellings of one tag share: NFC, case-folded, without a leading ``#``."""
    return unicodedata.normalize("NFC", tag.removeprefix("#")).casefold()


def _valid_body(body: str) -> bool:
    return (
        0 < len(body) <= TAG_MAX
        and all(_tag_char(char) for char in body)
        and any(char.isalpha() for char in body)
        and body[0] not in _JOINERS
        and body[-1] not in _JOINERS
    )


def clean_tag(value: str) -> str | None:
    """A tag as the user set it ("#work", " Work "), as kept ("work", "Work"); None if invalid.

    A tag is one word of letters, digits, marks, "_" and "-" (not at its ends), holding a
    letter, at most ``TAG_MAX`` characters long; a leading "#" is dropped.
    """
    body = unicodedata.normalize("NFC", value.strip()).removeprefix("#")
    return body if _valid_body(body) else None


def as_tag(label: str) -> str | None:
    """A tag made from another app's label ("Work trip" -> "Work-trip"), or None if nothing fits.

    For importers: other apps allow spaces and punctuation in their tags, Hearth's tags are one
    word, so spaces become "-" and other characters are dropped.
    """
    text = unicodedata.normalize("NFC", label).strip().removeprefix("#")
    body = "-".join("".join(char for char in part if _tag_char(char)) for part in text.split())
    while "--" in body:
        body = body.replace("--", "-")
    body = body.strip(_JOINERS)[:TAG_MAX].strip(_JOINERS)
    return body if _valid_body(body) else None


class TagSpan(NamedTuple):
    """A ``#tag`` found in text: the tag as written and where its ``#`` starts and it ends."""

    tag: str
    start: int
    end: int


def _in_web_address(text: str, at: int) -> bool:
    """True when the ``#`` at ``at`` belongs to a word that is a web address."""
    word_start = at
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:at]
    return "://" in word or word.lower().startswith("www.")


def find_tags(text: str) -> list[TagSpan]:
    """Every ``#tag`` of ``text`` in order (repeats included), with its place in ``text``.

    ``text`` should be NFC (the entry's text is kept as typed; callers normalise if they match
    places in it); tags themselves are returned normalised.
    """
    found: list[TagSpan] = []
    at = text.find("#")
    while at != -1:
        before = text[at - 1] if at > 0 else " "
        starts_word = not (_tag_char(before) or before in _NOT_BEFORE)
        end = at + 1
        while end < len(text) and _tag_char(text[end]):
            end += 1
        while end > at + 1 and text[end - 1] in _JOINERS:
            end -= 1
        body = text[at + 1 : end]
        if starts_word and body and not _in_web_address(text, at):
            tag = clean_tag(body)
            if tag is not None:
                found.append(TagSpan(tag, at, end))
        at = text.find("#", max(end, at + 1))
    return found


def unique_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags without repeats (by ``tag_key``), each as first written, in order."""
    seen: dict[str, str] = {}
    for tag in tags:
        seen.setdefault(tag_key(tag), tag)
    return tuple(seen.values())


def tags_in_text(text: str) -> tuple[str, ...]:
    """The ``#tags`` of a text, each once, as first written."""
    if "#" not in text:
        return ()
    return unique_tags(span.tag for span in find_tags(text))


def day_tags(explicit: Sequence[str], text: str) -> tuple[str, ...]:
    """A day's tags: those set on the entry, then the ``#tags`` of its text, each once."""
    return unique_tags((*explicit, *tags_in_text(text)))


def split_query(query: str) -> tuple[tuple[str, ...], str]:
    """A search's ``#tags`` and the rest of its words: "#work deadline" -> (("work",), "deadline").

    A lone "#" or a "#" before something that cannot be a tag ("#1") stays in the words.
    """
    tags: list[str] = []
    rest: list[str] = []
    for word in query.split():
        tag = clean_tag(word) if word.startswith("#") else None
        if tag is not None:
            tags.append(tag)
        else:
            rest.append(word)
    return unique_tags(tags), " ".join(rest)


def typed_tag(text: str, cursor: int) -> tuple[int, str] | None:
    """The ``#tag`` being typed just before ``cursor``: where its ``#`` is and what follows it.

    None when the cursor is not at the end of a word that starts with a ``#`` that could begin
    a tag (so completion offers tags only where typing one makes sense). The prefix may be
    empty: "#" alone already asks for the known tags.
    """
    start = cursor
    while start > 0 and _tag_char(text[start - 1]):
        start -= 1
    if start == 0 or text[start - 1] != "#":
        return None
    hash_at = start - 1
    before = text[hash_at - 1] if hash_at > 0 else " "
    if _tag_char(before) or before in _NOT_BEFORE:
        return None
    if _in_web_address(text, hash_at) or cursor - start > TAG_MAX:
        return None
    return hash_at, text[start:cursor]


def matching_tags(prefix: str, known: Sequence[str], limit: int = 8) -> list[str]:
    """Known tags that start with ``prefix`` (ignoring case), then those containing it."""
    key = tag_key(prefix)
    starts = [tag for tag in known if tag_key(tag).startswith(key)]
    inside = [tag for tag in known if key in tag_key(tag) and tag not in starts]
    return [*starts, *inside][:limit]


class TagCount(NamedTuple):
    """A tag the diary holds, as the user last wrote it, and on how many days."""

    tag: str
    days: int


SNIPPET_CHARS = 100
"""About how much of a day's text a tag search shows around the tag."""


def tag_snippet(text: str, tags: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A piece of ``text`` around its first ``#tag`` of ``tags``, with those tags' spans in it.

    A tag set on the entry need not be in its text: then the text's beginning, unmarked.
    """
    plain = " ".join(unicodedata.normalize("NFC", text).split())
    keys = {tag_key(tag) for tag in tags}
    spans = [(s.start, s.end) for s in find_tags(plain) if tag_key(s.tag) in keys]
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_CHARS // 3)
    if start:
        space = plain.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(plain), start + SNIPPET_CHARS)
    if end < len(plain):
        space = plain.rfind(" ", start, end)
        end = space if space > first else end
    lead = "…" if start else ""
    tail = "…" if end < len(plain) else ""
    shift = len(lead) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return f"{lead}{plain[start:end]}{tail}", inside


def query_with_tag(query: str, tag: str | None) -> str:
    """A search with its ``#tags`` replaced by ``#tag`` (None: without tags), its words kept.

    The Journal's tag filter writes the tag into the search, so the search field always says
    what is shown.
    """
    _tags, words = split_query(query)
    return " ".join(part for part in (f"#{tag}" if tag else "", words) if part)
