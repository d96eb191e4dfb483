"""A JSON document read a value at a time: its top-level members, and an array's items one by one.

Day One's and jrnl's exports are one object whose ``"entries"`` array holds the whole diary;
``json.loads`` on it holds the file's text and every parsed entry at once (a 500 MB journal took
gigabytes). This reader keeps only the value it is reading: the file is decoded a chunk at a
time, and ``json``'s own scanner (C speed, full checks) reads each value from that buffer; when
it stops only because the buffer ends, the next chunk is added and it reads again. Memory is
bounded by ``MAX_VALUE_CHARS``, whatever the file's size: a longer value is read past by its
strings and brackets alone (with ``re``), without being kept, and given as ``TOO_LARGE``. The
punctuation of the top-level object and array (``{``, names, ``:``, ``,``) is read here.
``ijson`` would do this as a new dependency (a C library, or a slow pure-Python fallback);
the standard library's scanner does it without one.

Refusals are those of ``base.load_json``: a file that ends inside the document is cut short, one
that breaks JSON's rules is not JSON (with Python's reason), and one that is neither UTF-8 nor
UTF-16 with a byte-order mark is not text.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Collection, Iterator
from typing import Any, BinaryIO, Final, NoReturn

from diary import messages
from diary.formats.importers.base import ImportFailed, refuse_constant
from diary.i18n import _

MAX_VALUE_CHARS = 8 * 1024 * 1024
"""The longest value kept (8 Mi characters): forty times the most text a Hearth day holds."""
_CHUNK = 1024 * 1024  # bytes read at a time

_SPACE = re.compile(r"[ \t\n\r]*")
_SPECIAL = re.compile(r'["{}\[\]]')  # what changes the depth of a value, or starts a string
_STRING_BODY = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*', re.DOTALL)  # stops at " or a final \
_CLOSING = {"{": "}", "[": "]"}
_DECODER = json.JSONDecoder(parse_constant=refuse_constant)
# How near the buffer's end an error of json's may be and still be only the buffer's end (the
# longest thing json can stop in the middle of: "-Infinity", a \\u escape, a number's exponent).
_NEAR_THE_END = 16
_SCALAR = re.compile(r"[^ \t\n\r,:\]}\[{\"]*")  # a number, true, false, null (checked by json)


class JsonRefused(ImportFailed):
    """Why the document was refused, for a reader with words of its own (a backup's).

    Attributes:
        kind: ``"not_text"``, ``"not_json"`` or ``"cut_short"``.
        reason: Python's words for what is not JSON ("" for the other kinds).
    """

    def __init__(self, message: str, kind: str, reason: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.reason = reason


class _TooLarge:
    """The value of ``TOO_LARGE``: a value longer than ``MAX_VALUE_CHARS``, not kept."""

    def __repr__(self) -> str:
        return "TOO_LARGE"


TOO_LARGE: Final = _TooLarge()


class Items:
    """An array being read: iterating gives its items (parsed, or ``TOO_LARGE``) one by one.

    The items are read from the file as they are asked for; whatever is not asked for is
    skipped when the reader moves on to the next member.
    """

    def __init__(self, reader: _Reader) -> None:
        self._items = self._read(reader)  # one reading, however often it is iterated

    def __iter__(self) -> Iterator[Any]:
        return self._items

    @staticmethod
    def _read(reader: _Reader) -> Iterator[Any]:
        reader.space()
        if reader.peek() == "]":
            reader.take("]")
            return
        while True:
            reader.space()
            yield reader.value()
            reader.space()
            if reader.peek() == ",":
                reader.take(",")
                continue
            reader.take("]")
            return

    def drain(self) -> None:
        """Read past the items nobody asked for."""
        for _item in self._items:
            pass


def members(
    stream: BinaryIO,
    what: str,
    arrays: Collection[str] = (),
    *,
    max_chars: int | None = None,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
    not_an_object: Callable[[], None] | None = None,
) -> Iterator[tuple[str, Any]]:
    """The (name, value) members of the document's top-level object, in file order.

    The value of a name in ``arrays`` that is an array is an ``Items``, read as it is iterated
    (and before the next member is asked for); any other value is parsed, or ``TOO_LARGE``. A
    document whose top level is not an object has no members (it is still checked to be JSON).
    ``what`` is the format the file should be in, marked (an importer's ``WHAT``).

    Args:
        stream: the file, read a chunk at a time.
        what: see above.
        arrays: see above.
        max_chars: the longest value kept (``MAX_VALUE_CHARS`` if None; a backup's photo is
            far longer than a note).
        object_pairs_hook: as ``json.loads`` takes it (a backup's refuses repeated keys).
        not_an_object: called (to raise its own refusal) for a document that is JSON but
            not an object, which then has no members.

    Raises:
        JsonRefused: the file is not text, not JSON, or cut short (as it is read); an
            ``ImportFailed`` with the importers' words.
    """
    reader = _Reader(stream, what, max_chars, object_pairs_hook)
    reader.space()
    if reader.at_end():
        reader.fail("Expecting value")
    if reader.peek() != "{":
        reader.value()
        reader.end()
        if not_an_object is not None:
            not_an_object()
        return
    reader.take("{")
    reader.inside = True
    reader.space()
    if reader.peek() == "}":
        reader.take("}")
        reader.end()
        return
    while True:
        reader.space()
        if reader.peek() != '"':
            reader.fail("Expecting property name enclosed in double quotes")
        name = reader.value()
        reader.space()
        reader.take(":")
        reader.space()
        if name in arrays and reader.peek() == "[":
            reader.take("[")
            items = Items(reader)
            yield name, items
            items.drain()
        else:
            value = reader.value()
            if isinstance(name, str):
                yield name, value
        reader.space()
        if reader.peek() == ",":
            reader.take(",")
            continue
        reader.take("}")
        reader.end()
        return


class _Reader:
    """The text of a stream, decoded a chunk at a time, and where in it reading is."""

    def __init__(
        self,
        stream: BinaryIO,
        what: str,
        max_chars: int | None = None,
        object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
    ) -> None:
        self._stream = stream
        self._what = what
        self._max = MAX_VALUE_CHARS if max_chars is None else max_chars
        self._decoder = (
            _DECODER
            if object_pairs_hook is None
            else json.JSONDecoder(
                parse_constant=refuse_constant, object_pairs_hook=object_pairs_hook
            )
        )
        head = stream.read(2)
        encoding = "utf-16" if head in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
        self._text = codecs.getincrementaldecoder(encoding)()
        self._buffer = ""
        self._at = 0  # where reading is in the buffer
        self._dropped = 0  # characters of the file dropped before the buffer
        self._eof = False
        self.inside = False  # in the top-level object: the file cannot end before it does
        self._more(head)

    # The text ------------------------------------------------------------------------------

    def _more(self, data: bytes | None = None, size: int = _CHUNK) -> None:
        """Decode the next ``size`` bytes onto the buffer, dropping what was read (``_at``)."""
        if data is None:
            data = self._stream.read(size)
        self._eof = not data
        try:
            text = self._text.decode(data, final=self._eof)
        except UnicodeDecodeError:
            message = messages.IMPORT_NOT_TEXT.format(what=_(self._what))
            raise JsonRefused(message, "not_text") from None
        del data
        self._dropped += self._at
        self._buffer = self._buffer[self._at :] + text
        self._at = 0

    def _need(self) -> bool:
        """True once a character is there to read; False at the end of the file."""
        while self._at >= len(self._buffer):
            if self._eof:
                return False
            self._more()
        return True

    def peek(self) -> str:
        """The next character; the document is cut short if the file ends here."""
        if not self._need():
            self.cut_short()
        return self._buffer[self._at]

    def take(self, char: str) -> None:
        """Read past ``char``, which must come next."""
        if self.peek() != char:
            self.fail(f"Expecting '{char}' delimiter")
        self._at += 1

    def space(self) -> None:
        """Read past white space."""
        while True:
            match = _SPACE.match(self._buffer, self._at)
            assert match is not None
            self._at = match.end()
            if self._at < len(self._buffer) or not self._need():
                return

    def at_end(self) -> bool:
        """True at the end of the file."""
        return not self._need()

    def end(self) -> None:
        """Only white space may follow the document."""
        self.space()
        if not self.at_end():
            self.fail("Extra data")

    # Refusals --------------------------------------------------------------------------------

    def cut_short(self) -> NoReturn:
        """The file ends inside the document."""
        raise JsonRefused(messages.IMPORT_CUT_SHORT.format(what=_(self._what)), "cut_short")

    def fail(self, reason: str, at: int | None = None) -> NoReturn:
        """Not JSON, for ``reason`` (Python's words, as ``json`` gives them) at ``at``."""
        where = self._dropped + (self._at if at is None else at)
        reason = f"{reason}: char {where}"[:200]
        message = messages.IMPORT_NOT_JSON.format(what=_(self._what), reason=reason)
        raise JsonRefused(message, "not_json", reason)

    # Values ----------------------------------------------------------------------------------

    def value(self) -> Any:
        """The next value, parsed (or ``TOO_LARGE``); reading moves past it.

        ``json``'s own scanner reads it from the buffer. Where it fails only because the buffer
        ends (at its very end, or in a string that does not close yet), more of the file is
        read and it tries again; a value that grows past the reader's ``max_chars`` is read past.
        """
        if self.peek() not in '{["':
            return self._scalar()
        start = self._at
        while True:
            try:
                found, end = self._decoder.raw_decode(self._buffer, start)
            except json.JSONDecodeError as error:
                unfinished = error.msg.startswith("Unterminated")
                if self._eof:  # cut short if the value has no end in the file, else not JSON
                    self._skip(start)
                    self.fail(error.msg, error.pos)
                if not unfinished and error.pos < len(self._buffer) - _NEAR_THE_END:
                    self.fail(error.msg, error.pos)
                if len(self._buffer) - start > self._max:
                    return self._skip(start)
                self._at = start
                # as much again as the value has so far: a long value is read in a few steps,
                # each parsed from its start once, not once a mebibyte
                self._more(size=max(_CHUNK, len(self._buffer) - start))
                start = self._at
                continue
            except RecursionError:
                self._refuse(messages.ERROR_NESTED_TOO_DEEPLY)
            except ValueError as error:  # NaN, over-long integers: Python's words
                self._refuse(str(error)[:200])
            self._at = end
            if end - start > _CHUNK:  # let a long value's text go now, not at the next read
                self._dropped += end
                self._buffer, self._at = self._buffer[end:], 0
            return found if end - start <= self._max else TOO_LARGE

    def _skip(self, start: int) -> _TooLarge:
        """Read past a value too long to keep, by its strings and brackets, dropping its text."""
        self._at = start
        opened: list[str] = []  # the brackets open, innermost last
        in_string = False
        while True:
            buffer = self._buffer
            i = self._at
            if in_string:
                match = _STRING_BODY.match(buffer, i)
                assert match is not None
                i = match.end()
                if i < len(buffer) and buffer[i] == '"':  # else a final backslash, or no end yet
                    in_string = False
                    self._at = i + 1
                    if not opened:
                        return TOO_LARGE
                    continue
            else:
                special = _SPECIAL.search(buffer, i)
                if special is not None:
                    self._at = special.end()
                    char = special.group()
                    if char == '"':
                        in_string = True
                    elif char in "{[":
                        opened.append(char)
                    elif _CLOSING[last := opened.pop()] != char:
                        self.fail(f"Expecting '{_CLOSING[last]}'", self._at - 1)
                    elif not opened:
                        return TOO_LARGE
                    continue
                i = len(buffer)
            if self._eof:
                self.cut_short()
            self._at = i  # the buffer holds no end of the value: drop it, read on
            self._more()

    def _scalar(self) -> Any:
        """A number, ``true``, ``false`` or ``null``; anything else is not JSON."""
        start = self._at
        while True:
            match = _SCALAR.match(self._buffer, self._at)
            assert match is not None
            if match.end() < len(self._buffer) or self._eof:
                break
            if match.end() - start > self._max:
                self.fail("Expecting value", start)
            self._at = start
            self._more()
            start = self._at
        self._at = match.end()
        if self.inside and self._at == len(self._buffer):  # as "tr" or "12e+" at the very end
            self.cut_short()
        if self._at == start:
            self.fail("Expecting value", start)
        return self._parse(start, self._at)

    def _parse(self, start: int, end: int) -> Any:
        """``json.loads`` of the buffer from ``start`` to ``end``, with load_json's refusals."""
        try:
            return json.loads(self._buffer[start:end], parse_constant=refuse_constant)
        except json.JSONDecodeError as error:
            self.fail(error.msg, start + error.pos)
        except ValueError as error:  # NaN, over-long integers: Python's words
            self._refuse(str(error)[:200])

    def _refuse(self, reason: str) -> NoReturn:
        message = messages.IMPORT_NOT_JSON.format(what=_(self._what), reason=reason)
        raise JsonRefused(message, "not_json", reason)
