"""The field converters of the exchange check: one value against its schema field.

Each field list's checks are built once (``_compiled``); a bad value raises
``_FieldError``, which the caller turns into a ``BadFile`` naming its JSON path
(built only when something is wrong). validate.py walks the document with these.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table

from ..domain.bounds import imported_stamp_problem, weight_problem
from ..domain.factors import FACTOR_KEYS, OGValue
from .schema import Field

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})\Z")
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_INT_MAX = 2**31 - 1
_CONTROL_RE = re.compile("[\x00-\x1f\x7f]")
YEAR_MIN, YEAR_MAX = 1900, 2100  # a precedent's year of submission (OGP began in 2011)
_OG_VALUES = frozenset(v.value for v in OGValue)
_OGS = ", ".join(v.value for v in OGValue)
_FACTORS = ", ".join(FACTOR_KEYS)
_FACTOR = {key: key for key in FACTOR_KEYS}  # the shared key for a file's copy of it


class BadFile(Exception):
    """A problem in the file; becomes an ExchangeError prefixed with the file's name."""


def _jtype(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _key_path(parent: str, key: str) -> str:
    return f"{parent}.{key}" if key.isidentifier() else f"{parent}[{json.dumps(key, ensure_ascii=False)}]"


class _FieldError(Exception):
    """A bad value; the JSON path is added by the caller (built only when something is wrong)."""

    def __init__(self, message: str, suffix: str = "", tail: str = "") -> None:
        super().__init__(message)
        self.message, self.suffix, self.tail = message, suffix, tail

    def at(self, path: str) -> BadFile:
        return BadFile(f"{self.message} at {path}{self.suffix}{self.tail}")


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    if isinstance(value, (dict, list)):
        return _jtype(value)
    return json.dumps(value)


def _text_validator(max_len: int | None) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if type(value) is not str:
            raise _FieldError("expected text", tail=f", found {_jtype(value)}")
        if max_len is not None and len(value) > max_len:
            raise _FieldError(f"text longer than {max_len} characters")
        if "\x00" in value:
            raise _FieldError("text with a NUL character")
        if _SURROGATE_RE.search(value):
            raise _FieldError("text with an invalid Unicode escape (lone surrogate)")
        return value

    return check


def _validator(f: Field, table: Table | None) -> Callable[[Any], Any]:
    """A function that checks and converts one field's JSON value (raising _FieldError)."""
    kind = f.kind
    if kind == "uuid":

        def check(value: Any) -> Any:
            if type(value) is str and _UUID_RE.match(value):
                return value
            shown = repr(value) if isinstance(value, str) else _jtype(value)
            raise _FieldError(f"not a UUID (lower-case, 8-4-4-4-12 hex digits): {shown}")

    elif kind in ("str", "text"):
        col = table.c[f.name] if table is not None and f.name in table.c else None
        check = _text_validator(getattr(col.type, "length", None) if col is not None else None)
    elif kind == "date":

        def check(value: Any) -> Any:
            if type(value) is not str or not _DATE_RE.match(value):
                raise _FieldError(f"not a date (YYYY-MM-DD): {_shown(value)}")
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise _FieldError(f"not a valid date: {value!r}") from None

    elif kind == "datetime":

        def check(value: Any) -> Any:
            if type(value) is not str or not _DATETIME_RE.match(value):
                raise _FieldError(
                    f"not a time stamp (YYYY-MM-DDTHH:MM:SS with Z or an offset): {_shown(value)}"
                )
            try:
                stamp = datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
            except ValueError:
                raise _FieldError(f"not a valid time stamp: {value!r}") from None
            problem = imported_stamp_problem(stamp)
            if problem is not None:
                raise _FieldError(f"{problem}: {value!r}")
            return stamp

    elif kind == "bool":

        def check(value: Any) -> Any:
            if type(value) is not bool:
                raise _FieldError("expected true or false", tail=f", found {_jtype(value)}")
            return value

    elif kind == "key":
        # an identifier from outside (OGP's "MX0042"): one line of visible text, not blank
        col = table.c[f.name] if table is not None and f.name in table.c else None
        text = _text_validator(getattr(col.type, "length", None) if col is not None else None)

        def check(value: Any) -> Any:
            value = text(value)
            if not value.strip() or value != value.strip() or _CONTROL_RE.search(value):
                raise _FieldError(
                    f"not an identifier (one line, not blank, no outer spaces): {_shown(value)}"
                )
            return value

    elif kind == "year":

        def check(value: Any) -> Any:
            if type(value) is not int or not YEAR_MIN <= value <= YEAR_MAX:
                raise _FieldError(
                    f"expected a year from {YEAR_MIN} to {YEAR_MAX}", tail=f", found {_shown(value)}"
                )
            return value

    elif kind == "int":

        def check(value: Any) -> Any:
            if type(value) is not int or not 0 <= value <= _INT_MAX:
                raise _FieldError("expected a whole number from 0", tail=f", found {_shown(value)}")
            return value

    elif kind == "strlist":
        item = _text_validator(100)
        # open-government values are keys the rubric labels: an unknown one passed the import
        # and then crashed the report
        known = _OG_VALUES if f.name in ("og_values", "irm_values") else None

        def check(value: Any) -> Any:
            if type(value) is not list:
                raise _FieldError("expected a list", tail=f", found {_jtype(value)}")
            out = []
            for i, v in enumerate(value):
                try:
                    text = item(v)
                    if known is not None and text not in known:
                        raise _FieldError(
                            f"unknown open-government value {_shown(text)}",
                            tail=f" (expected one of: {_OGS})",
                        )
                    out.append(text)
                except _FieldError as exc:
                    raise _FieldError(exc.message, f"[{i}]", exc.tail) from None
            return out

    elif kind == "weights":

        def check(value: Any) -> Any:
            if type(value) is not dict:
                raise _FieldError("expected an object", tail=f", found {_jtype(value)}")
            for key, w in value.items():
                where = _key_path("", key)
                if key not in FACTOR_KEYS:
                    raise _FieldError(f"unknown factor {key!r}", where, f" (expected one of: {_FACTORS})")
                problem = weight_problem(w)
                if problem is not None:
                    raise _FieldError(problem, where, f", found {_shown(w)}")
            return dict(value)

    elif kind == "factor":

        def check(value: Any) -> Any:
            if value not in FACTOR_KEYS or type(value) is not str:
                raise _FieldError(f"unknown factor {_shown(value)}", tail=f" (expected one of: {_FACTORS})")
            return _FACTOR[value]

    else:
        is_enum = isinstance(kind, type) and issubclass(kind, Enum)
        values = [e.value for e in kind] if is_enum else list(kind)
        choices = {v: v for v in values}  # the constant, not the file's copy of it
        listed = ", ".join(values)
        what = kind.__name__.lower() if is_enum else f.name

        def check(value: Any) -> Any:
            if type(value) is not str or value not in choices:
                raise _FieldError(f"unknown {what} {_shown(value)}", tail=f" (expected one of: {listed})")
            return choices[value]

    if not f.nullable:
        return check

    def nullable(value: Any) -> Any:
        return None if value is None else check(value)

    return nullable


def _not_null(f: Field, check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def guarded(value: Any) -> Any:
        if value is None:
            raise _FieldError(f"{f.name} must not be null")
        return check(value)

    return guarded


_COMPILED: dict[tuple[int, int], list[tuple[str, Callable[[Any], Any]]]] = {}


def _compiled(fields: Sequence[Field], table: Table | None) -> list[tuple[str, Callable[[Any], Any]]]:
    key = (id(fields), id(table))
    if key not in _COMPILED:
        _COMPILED[key] = [
            (f.name, _validator(f, table) if f.nullable else _not_null(f, _validator(f, table)))
            for f in fields
        ]
    return _COMPILED[key]
