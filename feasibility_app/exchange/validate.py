"""Checking a parsed exchange document against the format, value by value.

Every value is checked against the field lists in ``schema`` and converted to
what the database stores. The first problem stops the check with a message that
names it and its JSON path (``$.assessments[2].scores.budget.level``); the path
is built only when something is wrong, and each field list's checks are built once.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table

from ..domain.factors import FACTOR_KEYS
from ..storage import bulk
from .schema import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MILESTONE_FIELDS,
    MITIGATION_FIELDS,
    RECORD_LISTS,
    SCORE_FIELDS,
    TOP_LEVEL_KEYS,
    Field,
)

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})\Z")
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_INT_MAX = 2**31 - 1
_FACTORS = ", ".join(FACTOR_KEYS)


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
                return datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
            except ValueError:
                raise _FieldError(f"not a valid time stamp: {value!r}") from None

    elif kind == "bool":

        def check(value: Any) -> Any:
            if type(value) is not bool:
                raise _FieldError("expected true or false", tail=f", found {_jtype(value)}")
            return value

    elif kind == "int":

        def check(value: Any) -> Any:
            if type(value) is not int or not 0 <= value <= _INT_MAX:
                raise _FieldError("expected a whole number from 0", tail=f", found {_shown(value)}")
            return value

    elif kind == "strlist":
        item = _text_validator(100)

        def check(value: Any) -> Any:
            if type(value) is not list:
                raise _FieldError("expected a list", tail=f", found {_jtype(value)}")
            out = []
            for i, v in enumerate(value):
                try:
                    out.append(item(v))
                except _FieldError as exc:
                    raise _FieldError(exc.message, f"[{i}]") from None
            return out

    elif kind == "weights":

        def check(value: Any) -> Any:
            if type(value) is not dict:
                raise _FieldError("expected an object", tail=f", found {_jtype(value)}")
            for key, w in value.items():
                where = _key_path("", key)
                if key not in FACTOR_KEYS:
                    raise _FieldError(f"unknown factor {key!r}", where, f" (expected one of: {_FACTORS})")
                if type(w) not in (int, float) or not math.isfinite(w) or w < 0:
                    raise _FieldError("a weight must be a number from 0", where, f", found {_shown(w)}")
            return dict(value)

    elif kind == "factor":

        def check(value: Any) -> Any:
            if value not in FACTOR_KEYS or type(value) is not str:
                raise _FieldError(f"unknown factor {_shown(value)}", tail=f" (expected one of: {_FACTORS})")
            return value

    else:
        is_enum = isinstance(kind, type) and issubclass(kind, Enum)
        choices = frozenset(e.value for e in kind) if is_enum else frozenset(kind)
        listed = ", ".join(e.value for e in kind) if is_enum else ", ".join(kind)
        what = kind.__name__.lower() if is_enum else f.name

        def check(value: Any) -> Any:
            if type(value) is not str or value not in choices:
                raise _FieldError(f"unknown {what} {_shown(value)}", tail=f" (expected one of: {listed})")
            return value

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


class _Checker:
    """Checks one parsed document; returns rows ready to insert, each with its JSON path."""

    def __init__(self) -> None:
        self.ids: dict[str, dict[str, str]] = {}  # kind -> id -> path (duplicates refused)

    def object(self, value: Any, path: str, allowed: Sequence[str]) -> dict[str, Any]:
        if type(value) is not dict:
            raise BadFile(f"expected an object at {path}, found {_jtype(value)}")
        if len(value) != len(allowed) or any(key not in value for key in allowed):
            for key in allowed:
                if key not in value:
                    raise BadFile(f"missing field {key!r} at {path}")
            for key in value:
                if key not in allowed:
                    raise BadFile(f"unknown field {key!r} at {path}")
        return value

    def list(self, value: Any, path: str) -> list[Any]:
        if type(value) is not list:
            raise BadFile(f"expected a list at {path}, found {_jtype(value)}")
        return value

    def text(self, value: Any, path: str, max_len: int | None) -> str:
        try:
            return _text_validator(max_len)(value)
        except _FieldError as exc:
            raise exc.at(path) from None

    def value(self, f: Field, value: Any, path: str, table: Table | None) -> Any:
        check = _validator(f, table) if f.nullable else _not_null(f, _validator(f, table))
        try:
            return check(value)
        except _FieldError as exc:
            raise exc.at(path) from None

    def row(
        self, value: Any, path: str, fields: Sequence[Field], table: Table | None, extra: Sequence[str] = ()
    ) -> dict[str, Any]:
        obj = self.object(value, path, _allowed(fields, extra))
        out = {}
        for name, check in _compiled(fields, table):
            try:
                out[name] = check(obj[name])
            except _FieldError as exc:
                raise exc.at(_key_path(path, name)) from None
        return out

    def unique(self, kind: str, rid: str, path: str) -> None:
        seen = self.ids.setdefault(kind, {})
        if rid in seen:
            raise BadFile(f"{kind} {rid} appears twice in the file (at {seen[rid]} and {path})")
        seen[rid] = path


_ALLOWED: dict[tuple[int, tuple[str, ...]], tuple[str, ...]] = {}


def _allowed(fields: Sequence[Field], extra: Sequence[str]) -> tuple[str, ...]:
    key = (id(fields), tuple(extra))
    if key not in _ALLOWED:
        _ALLOWED[key] = tuple(f.name for f in fields) + tuple(extra)
    return _ALLOWED[key]


@dataclass
class Record:
    """One record of the file: the row to insert, where it is, and its child rows."""

    path: str
    row: dict[str, Any]
    milestones: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    scores: dict[str, dict[str, Any]] = field(default_factory=dict)
    mitigations: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.row["id"]


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return repr(value if len(value) <= 60 else value[:57] + "...")
    if isinstance(value, (dict, list)):
        return _jtype(value)
    return json.dumps(value)


def check_document(doc: Any) -> dict[str, list[Record]]:
    """Every record of the document, checked and converted, by record list (plans, parties, ...)."""
    c = _Checker()
    if not isinstance(doc, dict):
        raise BadFile(f"not a Feasibility exchange file (the JSON document is {_jtype(doc)}, not an object)")
    if "format" not in doc:
        raise BadFile("not a Feasibility exchange file (no $.format)")
    if doc["format"] != FORMAT_NAME:
        found = _shown(doc["format"])
        raise BadFile(f"not a Feasibility exchange file ($.format is {found}, expected {FORMAT_NAME!r})")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BadFile(f"$.version must be a whole number from 1, found {_shown(version)}")
    if version > FORMAT_VERSION:
        raise BadFile(
            f"written by a newer version (format {version}); this version reads format {FORMAT_VERSION}. "
            "Update Feasibility to import it"
        )
    c.object(doc, "$", TOP_LEVEL_KEYS)
    c.value(Field("exported_at", "datetime"), doc["exported_at"], "$.exported_at", None)
    c.text(doc["app_version"], "$.app_version", 100)
    c.value(Field("plan_id", "uuid", True), doc["plan_id"], "$.plan_id", None)
    records: dict[str, list[Record]] = {}
    for key, (kind, fields, table, extra) in RECORD_LISTS.items():
        out: list[Record] = []
        for i, item in enumerate(c.list(doc[key], f"$.{key}")):
            path = f"$.{key}[{i}]"
            rec = Record(path, c.row(item, path, fields, table, extra))
            c.unique(kind, rec.id, path)
            if key == "revisions":
                for j, m in enumerate(c.list(item["milestones"], f"{path}.milestones")):
                    mpath = f"{path}.milestones[{j}]"
                    mrow = c.row(m, mpath, MILESTONE_FIELDS, bulk.MILESTONE)
                    c.unique("milestone", mrow["id"], mpath)
                    mrow["revision_id"] = rec.id
                    rec.milestones.append((mpath, mrow))
            elif key == "assessments":
                spath = f"{path}.scores"
                scores = item["scores"]
                if not isinstance(scores, dict):
                    raise BadFile(f"expected an object at {spath}, found {_jtype(scores)}")
                for factor, score in scores.items():
                    fpath = _key_path(spath, factor)
                    if factor not in FACTOR_KEYS:
                        raise BadFile(f"unknown factor {factor!r} at {fpath} (expected one of: {_FACTORS})")
                    srow = c.row(score, fpath, SCORE_FIELDS, bulk.FACTOR_SCORE)
                    srow.update(assessment_id=rec.id, factor=factor)
                    rec.scores[factor] = srow
                for j, m in enumerate(c.list(item["mitigations"], f"{path}.mitigations")):
                    mpath = f"{path}.mitigations[{j}]"
                    mrow = c.row(m, mpath, MITIGATION_FIELDS, bulk.MITIGATION)
                    c.unique("mitigation", mrow["id"], mpath)
                    mrow["assessment_id"] = rec.id
                    rec.mitigations.append((mpath, mrow))
            out.append(rec)
        records[key] = out
    return records
