"""Reading and checking an exchange file in one pass, for an import.

Parsing the whole file first (``parse.load_json``) holds the text and the parsed
document at once, then the checked records: for 10,000 commitments, a 59 MB
text, a 163 MB document and 95 MB of records. An import needs only the records,
so ``load_records`` parses the top-level object itself and hands each item of a
record list to the checker as soon as ``json`` has parsed it; the item is then
dropped. The text and the records are in memory, never the document.

The messages stay those of ``load_json`` then ``check_document``, which name
the first problem in a fixed order (JSON syntax anywhere in the file, then the
header, then the record lists in order). One pass in file order cannot always
find that same first problem, so it does not try: at the first problem of any
kind it gives up, and the file is parsed and checked again the exact way, which
names it. A good file is read once; a bad one, which is refused anyway, twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from .parse import decoder, parse_text, read_text
from .schema import RECORD_LISTS
from .validate import Record, RecordStream, check_document

_WS = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder skips it


class GiveUp(Exception):
    """The one-pass reading stops here; the exact reading names the problem."""


def stream_object(text: str, streamed: Collection[str], on_item: Callable[[str, int, Any], None]) -> dict:
    """The JSON object that is all of `text`, with each item of the lists under `streamed`
    keys handed to ``on_item(key, index, item)`` instead of kept (those keys map to None).

    It accepts only what ``json.loads`` accepts (the top level is read as json.decoder
    reads an object; every value is json's own scanner with the strict decoder's hooks),
    and raises at the first thing it does not like: GiveUp, or what json or a hook raises.
    """
    scan = decoder().scan_once
    ws = _WS.match
    seen: set[str] = set()
    out: dict[str, Any] = {}
    i = ws(text, 0).end()
    if text[i : i + 1] != "{":
        raise GiveUp("not an object")
    i = ws(text, i + 1).end()
    if text[i : i + 1] == "}":
        raise GiveUp("an empty object")
    while True:
        if text[i : i + 1] != '"':
            raise GiveUp("no key")
        key, i = scan(text, i)
        if type(key) is not str or key in seen:
            raise GiveUp("a key twice")
        seen.add(key)
        i = ws(text, i).end()
        if text[i : i + 1] != ":":
            raise GiveUp("no colon")
        i = ws(text, i + 1).end()
        if key in streamed:
            if text[i : i + 1] != "[":
                raise GiveUp("not a list")
            i = _stream_array(text, ws(text, i + 1).end(), key, scan, ws, on_item)
            out[key] = None
        else:
            out[key], i = scan(text, i)
        i = ws(text, i).end()
        if text[i : i + 1] == "}":
            break
        if text[i : i + 1] != ",":
            raise GiveUp("no comma")
        i = ws(text, i + 1).end()
    if ws(text, i + 1).end() != len(text):
        raise GiveUp("more after the object")
    return out


def _stream_array(text: str, i: int, key: str, scan, ws, on_item) -> int:
    """Items from just after ``[`` (and its whitespace) to the closing ``]``; the index after it."""
    if text[i : i + 1] == "]":
        return i + 1
    index = 0
    while True:
        item, i = scan(text, i)
        on_item(key, index, item)
        del item
        index += 1
        i = ws(text, i).end()
        if text[i : i + 1] == "]":
            return i + 1
        if text[i : i + 1] != ",":
            raise GiveUp("no comma")
        i = ws(text, i + 1).end()


def _one_pass(text: str) -> dict[str, list[Record]] | None:
    """The records, read and checked in one pass; None at the first problem of any kind."""
    stream = RecordStream()
    try:
        header = stream_object(text, RECORD_LISTS, stream.item)
        return stream.finish(header)
    except Exception:  # GiveUp, BadFile, json's errors, StopIteration (no value there), ...
        return None  # whatever it was, the exact reading meets it again and says it its way


def load_records(path: Path, max_bytes: int) -> dict[str, list[Record]]:
    """The file's records, checked: what ``check_document(load_json(path, max_bytes))`` returns,
    and the same BadFile message when the file is refused, without the whole parsed document
    ever in memory (see the module's docstring)."""
    text = read_text(path, max_bytes)
    records = _one_pass(text)
    if records is None:  # refused (or, at worst, doubted): the exact reading says why
        records = check_document(parse_text(text), consume=True)
    return records
