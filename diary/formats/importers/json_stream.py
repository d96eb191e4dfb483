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
from diary.formats.long_text import LONG_TEXT_CHARS, LongText
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


class _Gather:
    """Follows a long value piece by piece to its end, keeping its text without its long strings.

    What is kept (``out``) is the value's text with each long string (``LONG_TEXT_CHARS`` or
    more, no escapes) replaced by a placeholder string named by a random token; the strings
    themselves are kept apart, in their pieces (``long``).
    """

    def __init__(self, keep: bool, long_text: bool) -> None:
        import secrets

        self.keep = keep
        self.long_text = long_text
        self.token = f"\ue000{secrets.token_hex(8)}#"
        self.out: list[str] = []
        self.long: list[LongText] = []
        self.string: list[str] = []  # the open string's text so far, in pieces
        self.string_length = 0
        self.string_escaped = False
        self.opened: list[str] = []  # the brackets open, innermost last
        self.in_string = False
        self.escaped = False  # the piece before ended in the backslash of an escape
        self.started = False
        self.mismatch: str | None = None  # a closing bracket that does not close

    def _keep(self, text: str) -> None:
        if self.keep:
            self.out.append(text)

    def _keep_string(self, text: str) -> None:
        if self.keep and text:
            self.string.append(text)
            self.string_length += len(text)

    def _close_string(self) -> None:
        """The open string ended: its text goes out, or apart as a ``LongText``."""
        long = self.string_length >= LONG_TEXT_CHARS and not self.string_escaped
        if long and self.long_text:
            self.out.append(f'{self.token}{len(self.long)}"')
            self.long.append(LongText(self.string))
        else:
            self.out.extend(self.string)
            self.out.append('"')
        self.string, self.string_length, self.string_escaped = [], 0, False

    def through(self, text: str) -> int | None:
        """Follow ``text``; the index just past the value's end in it, or None if not there."""
        i = 0
        if not self.started:  # the value's first character: '{', '[' or '"'
            self.started = True
            if text[0] == '"':
                self.in_string = True
            else:
                self.opened.append(text[0])
            self._keep(text[0])
            i = 1
        while i < len(text):
            if self.in_string:  # str.find, not a regular expression: a photo is 40 MB of it
                begin = i
                if self.escaped:
                    self.escaped, i = False, i + 1
                while True:
                    quote = text.find('"', i)
                    backslash = text.find("\\", i, len(text) if quote < 0 else quote)
                    if backslash < 0:
                        break
                    self.string_escaped = True
                    if backslash + 1 >= len(text):  # a final backslash: the escape goes on
                        self.escaped = True
                        self._keep_string(text[begin:])
                        return None
                    i = backslash + 2
                if quote < 0:
                    self._keep_string(text[begin:])
                    return None
                self._keep_string(text[begin:quote])
                self.in_string, i = False, quote + 1
                if self.keep:
                    self._close_string()
                if not self.opened:
                    return i
                continue
            special = _SPECIAL.search(text, i)
            if special is None:
                self._keep(text[i:])
                return None
            end, char = special.end(), special.group()
            self._keep(text[i : end - 1] if char == '"' else text[i:end])
            i = end
            if char == '"':
                self.in_string = True
                if self.keep:
                    self.string, self.string_length = [], 0
                    self.out.append('"')
            elif char in "{[":
                self.opened.append(char)
            else:
                last = self.opened.pop()
                if _CLOSING[last] != char:
                    self.mismatch = f"Expecting '{_CLOSING[last]}'"
                    return i - 1
                if not self.opened:
                    return i
        return None

    def put_back(self, value: Any) -> Any:
        """``value`` as parsed, its placeholders replaced by the long strings they stand for."""
        if isinstance(value, str):
            if value.startswith(self.token):
                return self.long[int(value[len(self.token) :])]
            return value
        if isinstance(value, list):
            return [self.put_back(item) for item in value]
        if isinstance(value, dict):
            return {key: self.put_back(item) for key, item in value.items()}
        return value


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
    long_text: bool = False,
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
        long_text: give each long string of a value longer than a chunk (``LONG_TEXT_CHARS``
            or more, without escapes) as a ``LongText``, never joined (a backup's photos).

    Raises:
        JsonRefused: the file is not text, not JSON, or cut short (as it is read); an
            ``ImportFailed`` with the importers' words.
    """
    reader = _Reader(stream, what, max_chars, object_pairs_hook, long_text)
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
        long_text: bool = False,
    ) -> None:
        self._stream = stream
        self._long_text = long_text
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

    def _more(self, data: bytes | None = None) -> None:
        """Decode the next chunk onto the buffer, dropping what was read (``_at`` moves)."""
        if data is None:
            data = self._stream.read(_CHUNK)
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
                if len(self._buffer) - start >= _CHUNK:
                    return self._long(start)
                self._at = start
                self._more()
                start = self._at
                continue
            except RecursionError:
                self._refuse(messages.ERROR_NESTED_TOO_DEEPLY)
            except ValueError as error:  # NaN, over-long integers: Python's words
                self._refuse(str(error)[:200])
            self._at = end
            return found if end - start <= self._max else TOO_LARGE

    def _long(self, start: int) -> Any:
        """A value longer than a chunk: followed to its end, its long strings kept apart.

        Parsing again from its start after every chunk would read a 40-megabyte photo forty
        times, and growing one buffer copies it as often. Instead the value is followed piece
        by piece (``_Gather``): its text is kept without its long strings, which stay in the
        pieces they were read in and are given as ``LongText``; the rest is parsed once. A
        value past ``max_chars`` is read past without being kept.
        """
        begins = self._dropped + start  # where the value starts in the file, in characters
        text = self._buffer[start:]
        self._buffer, self._at = "", 0
        gather = _Gather(keep=True, long_text=self._long_text)
        before = 0  # the value's characters before ``text``
        end = gather.through(text)
        while end is None and gather.mismatch is None:
            if self._eof:
                self.cut_short()
            before += len(text)
            if gather.keep and before > self._max:
                gather.keep = False  # too long to keep: only followed to its end
                gather.out, gather.long, gather.string = [], [], []
            self._more()
            text, self._buffer = self._buffer, ""
            end = gather.through(text)
        assert end is not None
        if gather.mismatch is not None:
            self._dropped, self._buffer, self._at = begins + before, text, end
            self.fail(gather.mismatch, end)
        self._dropped, self._buffer, self._at = begins + before + end, text[end:], 0
        if not gather.keep or before + end > self._max:
            return TOO_LARGE
        del text
        kept = "".join(gather.out)
        gather.out = []
        try:
            found, stop = self._decoder.raw_decode(kept)
        except json.JSONDecodeError as error:  # its place in the kept text, near enough
            self._dropped = begins
            self.fail(error.msg, error.pos)
        except RecursionError:
            self._refuse(messages.ERROR_NESTED_TOO_DEEPLY)
        except ValueError as error:  # NaN, over-long integers: Python's words
            self._refuse(str(error)[:200])
        if stop != len(kept):
            self._dropped = begins
            self.fail("Extra data", stop)
        return gather.put_back(found) if gather.long else found

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
