"""Checking a parsed exchange document against the format, value by value.

Every value is checked against the field lists in ``schema`` and converted to
what the database stores. The first problem stops the check with a message that
names it and its JSON path (``$.assessments[2].scores.budget.level``); the path
is built only when something is wrong, and each field list's checks are built once.

A checked record is small (an import of 10,000 commitments holds 280,000 rows
at once): its values are one tuple in its field list's order, its children are
tuples too, and it keeps its place in the file as indexes, not as a path. Enum
values and factor keys are the shared constants, not the file's copies. With
``consume=True`` the check drops each raw item from the document as soon as its
record exists, so the document and the records are not both whole in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import Table

from ..storage import bulk
from .fields import (
    _FACTOR,
    _FACTORS,
    BadFile,
    _compiled,
    _FieldError,
    _jtype,
    _key_path,
    _not_null,
    _shown,
    _text_validator,
    _validator,
)
from .schema import (
    ASSESSMENT_FIELDS,
    COMMITMENT_FIELDS,
    EDITORIAL_MARK_FIELDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    LOCK_FIELDS,
    MAX_PRECEDENTS,
    MILESTONE_FIELDS,
    MITIGATION_FIELDS,
    OPTIONAL_TOP_LEVEL_KEYS,
    OUTCOME_FIELDS,
    PARTY_FIELDS,
    PLAN_FIELDS,
    PRECEDENT_FIELDS,
    RECORD_LISTS,
    REVISION_FIELDS,
    SCORE_FIELDS,
    TOMBSTONE_FIELDS,
    TOP_LEVEL_KEYS,
    Field,
)


def _path(where: str | tuple) -> str:
    """A JSON path from where a value is: ``"$..."`` as it is, or the indexes of a record list:
    ``(key,)``, ``(key, i)``, ``(key, i, child)``, ``(key, i, child, j)`` (j an index or a key)."""
    if isinstance(where, str):
        return where
    path = f"$.{where[0]}"
    if len(where) > 1:
        path = f"{path}[{where[1]}]"
    if len(where) > 2:
        path = f"{path}.{where[2]}"
    if len(where) > 3:
        j = where[3]
        path = f"{path}[{j}]" if type(j) is int else _key_path(path, j)
    return path


class Record:
    """One record of the file, checked: its values in its field list's order, and where it is.

    ``rec["title"]`` is one value, ``rec.row`` the whole row as a dict (built when asked
    for: to insert it) and ``rec.path`` its JSON path (built when a message needs it).
    Each record list has its own subclass (``RECORD_CLASSES``); a revision holds its
    milestones, an assessment its factor scores and mitigations, as tuples of values.
    """

    __slots__ = ("index", "values")
    KEY: ClassVar[str] = ""
    FIELDS: ClassVar[tuple[Field, ...]] = ()
    NAMES: ClassVar[tuple[str, ...]] = ()
    POSITION: ClassVar[dict[str, int]] = {}

    def __init__(self, index: int, values: tuple) -> None:
        self.index = index  # in its list of the file
        self.values = values

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.NAMES = tuple(f.name for f in cls.FIELDS)
        cls.POSITION = {name: i for i, name in enumerate(cls.NAMES)}
        assert cls.NAMES[0] == "id", "every record's first field is its id"

    @property
    def id(self) -> str:
        return self.values[0]

    def __getitem__(self, name: str) -> Any:
        return self.values[self.POSITION[name]]

    @property
    def row(self) -> dict[str, Any]:
        return dict(zip(self.NAMES, self.values, strict=True))

    @property
    def path(self) -> str:
        return f"$.{self.KEY}[{self.index}]"

    def child_path(self, child: str, j: int | str) -> str:
        return _path((self.KEY, self.index, child, j))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path}, {self.row!r})"


class PlanRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "plans", PLAN_FIELDS


class PartyRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "parties", PARTY_FIELDS


class CommitmentRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "commitments", COMMITMENT_FIELDS


MILESTONE_NAMES = tuple(f.name for f in MILESTONE_FIELDS)
MITIGATION_NAMES = tuple(f.name for f in MITIGATION_FIELDS)
SCORE_NAMES = tuple(f.name for f in SCORE_FIELDS)


class RevisionRecord(Record):
    __slots__ = ("milestones",)
    KEY, FIELDS = "revisions", REVISION_FIELDS

    def __init__(self, index: int, values: tuple) -> None:
        super().__init__(index, values)
        self.milestones: tuple[tuple, ...] = ()  # values in MILESTONE_FIELDS order, as in the file

    def milestone_rows(self) -> list[dict[str, Any]]:
        return [
            {**dict(zip(MILESTONE_NAMES, m, strict=True)), "revision_id": self.id} for m in self.milestones
        ]


class AssessmentRecord(Record):
    __slots__ = ("mitigations", "scores")
    KEY, FIELDS = "assessments", ASSESSMENT_FIELDS

    def __init__(self, index: int, values: tuple) -> None:
        super().__init__(index, values)
        self.scores: tuple[tuple, ...] = ()  # (factor, *values in SCORE_FIELDS order), as in the file
        self.mitigations: tuple[tuple, ...] = ()  # values in MITIGATION_FIELDS order

    def score_rows(self) -> list[dict[str, Any]]:
        return [
            {**dict(zip(SCORE_NAMES, s[1:], strict=True)), "assessment_id": self.id, "factor": s[0]}
            for s in self.scores
        ]

    def mitigation_rows(self) -> list[dict[str, Any]]:
        return [
            {**dict(zip(MITIGATION_NAMES, m, strict=True)), "assessment_id": self.id}
            for m in self.mitigations
        ]


class TombstoneRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "tombstones", TOMBSTONE_FIELDS


class EditorialMarkRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "editorial_marks", EDITORIAL_MARK_FIELDS


class LockRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "locks", LOCK_FIELDS


class OutcomeRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "outcomes", OUTCOME_FIELDS


class PrecedentRecord(Record):
    __slots__ = ()
    KEY, FIELDS = "precedents", PRECEDENT_FIELDS


RECORD_CLASSES: dict[str, type[Record]] = {
    cls.KEY: cls
    for cls in (
        PlanRecord,
        PartyRecord,
        CommitmentRecord,
        RevisionRecord,
        AssessmentRecord,
        TombstoneRecord,
        EditorialMarkRecord,
        LockRecord,
        OutcomeRecord,
        PrecedentRecord,
    )
}
assert all(RECORD_CLASSES[key].FIELDS is fields for key, (_k, fields, _t, _e) in RECORD_LISTS.items())


class _Checker:
    """Checks one parsed document, record by record; makes the records ready to insert."""

    def __init__(self) -> None:
        # kind -> id -> where it was first seen (a Record, or (Record, child list, index)),
        # to refuse an id twice: kept as references, the paths are built only for a message
        self.ids: dict[str, dict[str, Any]] = {}

    def object(
        self, value: Any, where: str | tuple, allowed: Sequence[str], optional: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        if type(value) is not dict:
            raise BadFile(f"expected an object at {_path(where)}, found {_jtype(value)}")
        if len(value) != len(allowed) or any(key not in value for key in allowed):
            for key in allowed:
                if key not in value and key not in optional:
                    raise BadFile(f"missing field {key!r} at {_path(where)}")
            for key in value:
                if key not in allowed:
                    raise BadFile(f"unknown field {key!r} at {_path(where)}")
        return value

    def list(self, value: Any, where: str | tuple) -> list[Any]:
        if type(value) is not list:
            raise BadFile(f"expected a list at {_path(where)}, found {_jtype(value)}")
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
        self,
        value: Any,
        where: str | tuple,
        fields: Sequence[Field],
        table: Table | None,
        extra: Sequence[str] = (),
        first: tuple = (),
    ) -> tuple:
        """The object's values, checked and converted, in the order of `fields` (after `first`)."""
        obj = self.object(value, where, _allowed(fields, extra), _optional(fields))
        out = list(first)
        for name, check in _compiled(fields, table):
            try:
                out.append(check(obj[name] if name in obj else _DEFAULTS[name]))
            except _FieldError as exc:
                raise exc.at(_key_path(_path(where), name)) from None
        return tuple(out)

    def unique(self, kind: str, rid: str, where: Record | tuple) -> None:
        seen = self.ids.setdefault(kind, {})
        if rid in seen:
            first = seen[rid]
            raise BadFile(
                f"{kind} {rid} appears twice in the file (at {_seen_path(first)} and {_seen_path(where)})"
            )
        seen[rid] = where

    def record(self, key: str, index: int, item: Any) -> Record:
        """One item of the record list `key`, checked, with its children."""
        kind, fields, table, extra = RECORD_LISTS[key]
        where = (key, index)
        if key == "precedents" and index >= MAX_PRECEDENTS:
            raise BadFile(
                f"more than {MAX_PRECEDENTS:,} precedents at $.precedents; OGP's data has far fewer"
            )
        rec = RECORD_CLASSES[key](index, self.row(item, where, fields, table, extra))
        self.unique(kind, rec.id, rec)
        if key == "revisions":
            rec.milestones = self.children(
                rec, item, "milestones", "milestone", MILESTONE_FIELDS, bulk.MILESTONE
            )
        elif key == "assessments":
            scores = item["scores"]
            if not isinstance(scores, dict):
                raise BadFile(
                    f"expected an object at {_path((key, index, 'scores'))}, found {_jtype(scores)}"
                )
            out = []
            for factor, score in scores.items():
                fwhere = (key, index, "scores", factor)
                if factor not in _FACTOR:
                    raise BadFile(
                        f"unknown factor {factor!r} at {_path(fwhere)} (expected one of: {_FACTORS})"
                    )
                out.append(self.row(score, fwhere, SCORE_FIELDS, bulk.FACTOR_SCORE, first=(_FACTOR[factor],)))
            rec.scores = tuple(out)
            rec.mitigations = self.children(
                rec, item, "mitigations", "mitigation", MITIGATION_FIELDS, bulk.MITIGATION
            )
        return rec

    def children(
        self, rec: Record, item: dict, child: str, kind: str, fields: Sequence[Field], table: Table
    ) -> tuple[tuple, ...]:
        out = []
        for j, m in enumerate(self.list(item[child], (rec.KEY, rec.index, child))):
            values = self.row(m, (rec.KEY, rec.index, child, j), fields, table)
            self.unique(kind, values[0], (rec, child, j))
            out.append(values)
        return tuple(out)


def _seen_path(where: Record | tuple) -> str:
    if isinstance(where, Record):
        return where.path
    rec, child, j = where
    return rec.child_path(child, j)


_ALLOWED: dict[tuple[int, tuple[str, ...]], tuple[str, ...]] = {}
_ALLOWED: dict[tuple[int, tuple[str, ...]], tuple[str, ...]] = {}


def _allowed(fields: Sequence[Field], extra: Sequence[str]) -> tuple[str, ...]:
    key = (id(fields), tuple(extra))
    if key not in _ALLOWED:
        _ALLOWED[key] = tuple(f.name for f in fields) + tuple(extra)
    return _ALLOWED[key]


_OPTIONAL: dict[int, frozenset[str]] = {}
_DEFAULTS: dict[str, Any] = {}  # optional field -> its value when a file leaves it out


def _optional(fields: Sequence[Field]) -> frozenset[str]:
    key = id(fields)
    if key not in _OPTIONAL:
        _OPTIONAL[key] = frozenset(f.name for f in fields if f.optional)
        _DEFAULTS.update({f.name: f.default for f in fields if f.optional})
    return _OPTIONAL[key]


def _check_header(c: _Checker, doc: Any) -> None:
    """What the document says about itself: format, version, its keys and header fields."""
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
    c.object(doc, "$", TOP_LEVEL_KEYS, frozenset(OPTIONAL_TOP_LEVEL_KEYS))
    c.value(Field("exported_at", "datetime"), doc["exported_at"], "$.exported_at", None)
    c.text(doc["app_version"], "$.app_version", 100)
    c.value(Field("plan_id", "uuid", True), doc["plan_id"], "$.plan_id", None)


def check_document(doc: Any, *, consume: bool = False) -> dict[str, list[Record]]:
    """Every record of the document, checked and converted, by record list (plans, parties, ...).

    With `consume`, each raw item is dropped from the document's lists as soon as its
    record exists (the lists are left empty): for an import, which needs only the
    records. The messages are the same either way.
    """
    c = _Checker()
    _check_header(c, doc)
    records: dict[str, list[Record]] = {}
    for key in RECORD_LISTS:
        items = c.list(doc.get(key, []), (key,))  # a list added after format 1 may be missing
        out: list[Record] = []
        for i, item in enumerate(items):
            out.append(c.record(key, i, item))
            if consume:
                items[i] = None
        if consume:
            items.clear()
        records[key] = out
    return records


class RecordStream:
    """The same checks for a document read a record at a time (``stream.load_records``).

    ``item(key, index, item)`` for each item of each record list, in any order of the
    lists (each list's checks are its own); then ``finish(header)`` with the top-level
    object's other values (the record lists' keys present, their values ignored): the
    header is checked as ``check_document`` checks it, and the records are returned.
    """

    def __init__(self) -> None:
        self._checker = _Checker()
        self._records: dict[str, list[Record]] = {key: [] for key in RECORD_LISTS}

    def item(self, key: str, index: int, item: Any) -> None:
        self._records[key].append(self._checker.record(key, index, item))

    def finish(self, header: dict[str, Any]) -> dict[str, list[Record]]:
        _check_header(self._checker, header)
        return self._records
