"""What counts as a #tag in writing, how tags are kept, matched, searched and completed."""

from __future__ import annotations

import datetime as dt

import pytest

from diary.domain.models import Entry, ValidationError
from diary.domain.tags import (
    TAG_MAX,
    as_tag,
    clean_tag,
    day_tags,
    find_tags,
    matching_tags,
    split_query,
    tag_key,
    tag_snippet,
    tags_in_text,
    typed_tag,
)

DAY = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("A long day at #work.", ("work",)),
        ("#work, then #family; (#friends) and “#Sam”!", ("work", "family", "friends", "Sam")),
        ("#1 priority and #2026 and #42nd", ("42nd",)),
        ("see https://example.com/page#section and www.x.org/#top", ()),
        ("a link https://example.com/#anchor #real", ("real",)),
        ("C# and F# are languages, a#b is not a tag", ()),
        ("HTML &#39; entity", ()),
        ("# Heading\n## Sub", ()),
        ("##double", ()),
        ("#café #日記 #naïve #Ärger", ("café", "日記", "naïve", "Ärger")),
        ("#work-life_balance- ends", ("work-life_balance",)),
        ("#-dash #_under", ()),
        ("#work #Work #WORK", ("work",)),
        ("Mail me at a@b#c", ()),
        ("", ()),
        ("#" + "x" * TAG_MAX + " #" + "y" * (TAG_MAX + 1), ("x" * TAG_MAX,)),
    ],
)
def test_tags_found_in_text(text: str, tags: tuple[str, ...]) -> None:
    assert tags_in_text(text) == tags


def test_decomposed_accents_are_one_tag_with_the_composed_spelling() -> None:
    decomposed = "#cafe\u0301"
    assert tags_in_text(decomposed) == ("café",)
    assert tag_key("Cafe\u0301") == tag_key("#CAFÉ") == "café"


def test_find_tags_gives_places_in_the_text() -> None:
    text = "Up early. #run then #work."
    spans = find_tags(text)
    assert [(s.tag, text[s.start : s.end]) for s in spans] == [("run", "#run"), ("work", "#work")]


@pytest.mark.parametrize(
    ("value", "kept"),
    [("#work", "work"), (" Work ", "Work"), ("日記", "日記"), ("a-b", "a-b"), ("2026", None)],
)
def test_clean_tag(value: str, kept: str | None) -> None:
    assert clean_tag(value) == kept


@pytest.mark.parametrize("bad", ["", "#", "two words", "work!", "-x", "x" * (TAG_MAX + 1), "#1"])
def test_invalid_tags_are_refused_with_words(bad: str) -> None:
    assert clean_tag(bad) is None
    with pytest.raises(ValidationError, match="is not a tag"):
        Entry(DAY, tags=(bad,))


def test_an_entry_keeps_set_tags_once_as_first_written() -> None:
    entry = Entry(DAY, tags=("#Work", "work", "family"), text="with #Family and #sam")
    assert entry.tags == ("Work", "family")
    assert day_tags(entry.tags, entry.text) == ("Work", "family", "sam")
    assert not Entry(DAY, tags=("x",)).is_empty


def test_a_lone_string_is_not_split_into_letters() -> None:
    with pytest.raises(ValidationError):
        Entry(DAY, tags="work")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("label", "tag"),
    [("Work trip", "Work-trip"), ("  #Family  ", "Family"), ("a / b", "a-b"), ("!!!", None)],
)
def test_other_apps_labels_become_tags(label: str, tag: str | None) -> None:
    assert as_tag(label) == tag


def test_split_query() -> None:
    assert split_query("#work deadline #Work") == (("work",), "deadline")
    assert split_query("# #1 words") == ((), "# #1 words")
    assert split_query("nothing") == ((), "nothing")


@pytest.mark.parametrize(
    ("text", "cursor", "typed"),
    [
        ("at #wo", 6, (3, "wo")),
        ("#", 1, (0, "")),
        ("(#fa", 4, (1, "fa")),
        ("C#", 2, None),
        ("https://x.org/#a", 16, None),
        ("at #work now", 12, None),
        ("at #work now", 8, (3, "work")),
        ("no hash", 7, None),
    ],
)
def test_typed_tag(text: str, cursor: int, typed: tuple[int, str] | None) -> None:
    assert typed_tag(text, cursor) == typed


def test_matching_tags_start_first_then_inside() -> None:
    known = ["homework", "Work", "walk", "workout"]
    assert matching_tags("wor", known) == ["Work", "workout", "homework"]
    assert matching_tags("", known, limit=2) == ["homework", "Work"]


def test_tag_snippet_marks_the_tag() -> None:
    text = "word " * 40 + "then #work came " + "more " * 40
    snippet, spans = tag_snippet(text, ["Work"])
    assert len(snippet) < 130 and snippet.startswith("…") and snippet.endswith("…")
    ((start, end),) = spans
    assert snippet[start:end] == "#work"
    assert tag_snippet("no tag in it", ["x"]) == ("no tag in it", ())
