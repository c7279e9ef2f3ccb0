"""Reading an exchange file's bytes as JSON, strictly and within a size limit.

Nothing in the file is executed: it is parsed with ``json``. A file that is too
large, not UTF-8, truncated, has a key twice in one object or a NaN is refused
with one message saying so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .summaries import size_text
from .validate import BadFile


def _reject_constant(name: str) -> Any:
    raise BadFile(f"{name} is not a valid JSON number")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise BadFile(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return obj


def load_json(path: Path, max_bytes: int) -> Any:
    """The file's JSON value; BadFile says what is wrong (the size is checked before reading)."""
    return parse_text(read_text(path, max_bytes))


def read_text(path: Path, max_bytes: int) -> str:
    """The file's text; BadFile if it is too large, unreadable, empty or not UTF-8."""
    try:
        if path.is_dir():
            raise BadFile("it is a folder, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise BadFile(
                f"the file is {size_text(size)}; exchange files are limited to {size_text(max_bytes)}"
            )
        # In pieces (a pipe or a growing file has no true size), into one growing buffer: a
        # list of pieces joined at the end would hold the file twice.
        raw = bytearray()
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                if len(raw) + len(chunk) > max_bytes:
                    limit = size_text(max_bytes)
                    raise BadFile(f"the file is larger than the {limit} exchange files are limited to")
                raw += chunk
    except OSError as exc:
        raise BadFile(f"cannot read the file: {exc.strerror or exc}") from None
    if not raw or raw.isspace():  # what raw.strip() removes, without copying the file
        raise BadFile("the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise BadFile(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at line {line}, offset {exc.start}); "
            "exchange files are UTF-8 JSON"
        ) from None
    return text  # the bytes are freed on return: the text is parsed alone in memory


def decoder() -> json.JSONDecoder:
    """The strict decoder: a key twice in one object, or a NaN, is refused (BadFile)."""
    return json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)


def parse_text(text: str) -> Any:
    """The text's JSON value; BadFile says what is wrong, and where."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            # the parser ran out of text: a copy or download that stopped half way
            raise BadFile(
                f"the file ends too early (truncated?): {exc.msg} at line {exc.lineno} column {exc.colno}"
            ) from None
        raise BadFile(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise BadFile("not valid JSON for an exchange file: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise BadFile(f"not valid JSON for an exchange file: {str(exc).splitlines()[0]}") from None
