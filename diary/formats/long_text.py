"""A long string kept in the pieces it was read in: a photo's base64, never joined whole.

The streaming JSON reader (``importers.json_stream``) gives one where its caller asks; the
backup's payload reader decodes it a piece at a time. Its own module, so that the payload can
know it without importing the importers.
"""

from __future__ import annotations

from collections.abc import Iterator

LONG_TEXT_CHARS = 64 * 1024
"""A string inside a long value that is at least this long, and has no escape in it, is given
as a ``LongText`` (a backup's photo, in base64) rather than joined into one string."""


class LongText:
    """A long string of a long value, kept in the pieces it was read in (never joined).

    A photo of 30 MB is 40 million characters of base64: joined, parsed and decoded, it would be
    held three times over. Its reader takes the pieces one at a time instead (``take``), each let
    go as it is decoded. Read once.
    """

    __slots__ = ("_pieces", "length")

    def __init__(self, pieces: list[str]) -> None:
        self._pieces = pieces
        self.length = sum(len(piece) for piece in pieces)

    def take(self) -> Iterator[str]:
        """The pieces in order, each let go here as soon as the next is asked for."""
        pieces, self._pieces = self._pieces, []
        pieces.reverse()
        while pieces:
            yield pieces.pop()

    def __len__(self) -> int:
        return self.length

    def __repr__(self) -> str:
        return f"LongText({self.length} characters)"
