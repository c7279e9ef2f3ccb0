"""Reading and checking an exchange file in one pass, for an import.

Parsing the whole file first (``parse.load_json``) holds the text and the parsed
document at once, then the checked records: for 10,000 commitments, a 59 MB
text (twice that once one character is beyond Latin-1, such as a dash or a
curly quote), a 163 MB document and 95 MB of records. An import needs only the
records, so ``load_records`` reads the file a piece at a time, parses the
top-level object itself and hands each item of a record list to the checker as
soon as ``json`` has parsed it; the item is then dropped, and so is the text
read so far. Only the records are ever whole in memory.

The messages stay those of ``load_json`` then ``check_document``, which name
the first problem in a fixed order (the file's size and encoding, JSON syntax
anywhere in it, then the header, then the record lists in order). One pass in
file order cannot always find that same first problem, so it does not try: at
the first problem of any kind it gives up, and the file is read, parsed and
checked again the exact way, which names it. A good file is read once; a bad
one, which is refused anyway, twice. A pipe, which can be read only once, is
read into memory first and then parsed in one pass all the same.
"""

from __future__ import annotations

import codecs
import re
import stat
from collections.abc import Callable, Collection
from json import JSONDecodeError
from pathlib import Path
from typing import IO, Any

from .parse import decoder, load_json, parse_text, read_text
from .schema import RECORD_LISTS
from .validate import Record, RecordStream, check_document

PIECE = 1 << 20  # bytes read at a time (more when one value is longer than that)
_WS = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder skips it


class GiveUp(Exception):
    """The one-pass reading stops here; the exact reading names the problem."""


class TextSource:
    """JSON text to read once, front to back: ``text`` holds what is not read yet (from an
    index the reader keeps), ``more(i)`` drops ``text[:i]`` and appends the next piece."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.eof = True  # all of it is there

    def more(self, i: int) -> None:
        raise GiveUp("the text ends here")


class FileSource(TextSource):
    """The text of a UTF-8 file, decoded a piece at a time; GiveUp if it is over `max_bytes`
    or not UTF-8 (the exact reading then says so)."""

    def __init__(self, fh: IO[bytes], max_bytes: int) -> None:
        self.text, self.eof = "", False
        self._fh, self._left = fh, max_bytes
        self._decode = codecs.getincrementaldecoder("utf-8-sig")("strict").decode

    def more(self, i: int) -> None:
        if self.eof:
            raise GiveUp("the text ends here")
        # a value longer than a piece is read in pieces that double: no quadratic re-reading
        data = self._fh.read(max(PIECE, len(self.text) - i))
        if len(data) > self._left:
            raise GiveUp("over the size limit")
        self._left -= len(data)
        self.eof = not data
        self.text = self.text[i:] + self._decode(data, final=self.eof)


class _Reader:
    """Reads JSON from a source as ``json.decoder`` reads it; indexes are into ``src.text``."""

    def __init__(self, src: TextSource) -> None:
        self.src = src
        self.scan = decoder().scan_once  # json's own scanner, with the strict decoder's hooks

    def next_char(self, i: int) -> tuple[str, int]:
        """The first character at or after `i` that is not whitespace ("" at the end), and its index."""
        src = self.src
        while True:
            j = _WS.match(src.text, i).end()
            if j < len(src.text) or src.eof:
                return src.text[j : j + 1], j
            src.more(j)
            i = 0

    def value(self, i: int) -> tuple[Any, int]:
        """The JSON value that starts at `i`, and the index after it."""
        src = self.src
        while True:
            try:
                value, end = self.scan(src.text, i)
            except (StopIteration, JSONDecodeError):  # perhaps only cut short by the piece's end
                if src.eof:
                    raise GiveUp("not a JSON value") from None
                src.more(i)
                i = 0
                continue
            # a number cut by the piece's end looks whole ("12" of "125", "1" of "1.5" or "1e5")
            if end + 3 >= len(src.text) and not src.eof:
                src.more(i)
                i = 0
                continue
            return value, end


def stream_object(
    src: TextSource | str, streamed: Collection[str], on_item: Callable[[str, int, Any], None]
) -> dict:
    """The JSON object that is all of the text, with each item of the lists under `streamed`
    keys handed to ``on_item(key, index, item)`` instead of kept (those keys map to None).

    It accepts only what ``json.loads`` accepts (the top level is read as json.decoder
    reads an object; every value is json's own scanner with the strict decoder's hooks),
    and raises at the first thing it does not like: GiveUp, or what json or a hook raises.
    """
    r = _Reader(TextSource(src) if isinstance(src, str) else src)
    seen: set[str] = set()
    out: dict[str, Any] = {}
    c, i = r.next_char(0)
    if c != "{":
        raise GiveUp("not an object")
    c, i = r.next_char(i + 1)
    if c == "}":
        raise GiveUp("an empty object")
    while True:
        if c != '"':
            raise GiveUp("no key")
        key, i = r.value(i)
        if key in seen:
            raise GiveUp("a key twice")
        seen.add(key)
        c, i = r.next_char(i)
        if c != ":":
            raise GiveUp("no colon")
        c, i = r.next_char(i + 1)
        if key in streamed:
            if c != "[":
                raise GiveUp("not a list")
            i = _stream_array(r, i + 1, key, on_item)
            out[key] = None
        else:
            out[key], i = r.value(i)
        c, i = r.next_char(i)
        if c == "}":
            break
        if c != ",":
            raise GiveUp("no comma")
        c, i = r.next_char(i + 1)
    c, i = r.next_char(i + 1)
    if c != "":
        raise GiveUp("more after the object")
    return out


def _stream_array(r: _Reader, i: int, key: str, on_item: Callable[[str, int, Any], None]) -> int:
    """Items from just after ``[`` to the closing ``]``; the index after it."""
    c, i = r.next_char(i)
    if c == "]":
        return i + 1
    index = 0
    while True:
        item, i = r.value(i)
        on_item(key, index, item)
        del item
        index += 1
        c, i = r.next_char(i)
        if c == "]":
            return i + 1
        if c != ",":
            raise GiveUp("no comma")
        c, i = r.next_char(i + 1)
        if c == "]":
            raise GiveUp("a comma before ]")


def _one_pass(src: TextSource) -> dict[str, list[Record]] | None:
    """The records, read and checked in one pass; None at the first problem of any kind."""
    stream = RecordStream()
    try:
        header = stream_object(src, RECORD_LISTS, stream.item)
        return stream.finish(header)
    except Exception:  # GiveUp, BadFile, json's errors, a decoding error, an OSError, ...
        return None  # whatever it was, the exact reading meets it again and says it its way


def _records_from_file(path: Path, max_bytes: int) -> dict[str, list[Record]] | None:
    try:
        if path.stat().st_size > max_bytes:
            return None  # refused from its size alone, by the exact reading
        with path.open("rb") as fh:
            return _one_pass(FileSource(fh, max_bytes))
    except OSError:
        return None


def _regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def load_records(path: Path, max_bytes: int) -> dict[str, list[Record]]:
    """The file's records, checked: what ``check_document(load_json(path, max_bytes))`` returns,
    and the same BadFile message when the file is refused, without the file's text or its parsed
    document ever whole in memory (see the module's docstring)."""
    if _regular_file(path):
        records = _records_from_file(path, max_bytes)
        if records is None:  # refused (or, at worst, doubted): the exact reading says why
            records = check_document(load_json(path, max_bytes), consume=True)
        return records
    text = read_text(path, max_bytes)  # a pipe: read once
    records = _one_pass(TextSource(text))
    if records is None:
        records = check_document(parse_text(text), consume=True)
    return records
