"""Exchange files: what workshop laptops swap so their work merges without loss.

An exchange file is JSON (format "feasibility-exchange", version 1; see
docs/exchange.md and resources/exchange/feasibility-exchange-1.schema.json).
Import is a union by id, in one transaction:

* a record that is not in the database is added;
* an immutable record (commitment, revision with its milestones, assessment
  with its factor scores and mitigations, tombstone) that is already there with
  the same content is skipped; with different content the whole file is
  refused: the file is damaged or forged;
* a mutable record (plan settings, forum party) that is already there keeps its
  local content, and the summary says so when the file's differs.

A bad file is refused with one message naming what is wrong and where (a JSON
path such as ``$.assessments[2].scores.budget.level``), and the database is left
unchanged. Nothing in the file is executed: it is parsed with ``json`` and every
value is checked against a fixed list of fields.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from .. import __version__, atomic
from ..domain.factors import FACTOR_KEYS, Evidence, Level, Potential, Role, Status
from ..domain.scoring import default_weights
from ..storage import bulk
from . import ExchangeError

FORMAT_NAME = "feasibility-exchange"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024  # checked before reading; export refuses to write more

# --- the fields of each record (one list, used to export, validate and compare) ------------

# kind: "uuid", "str", "text" (long text), "date", "datetime", "bool", "int", "strlist",
# "weights", or an Enum class. nullable: JSON null allowed.


@dataclass(frozen=True)
class Field:
    name: str
    kind: Any
    nullable: bool = False


def _fields(*spec: tuple) -> tuple[Field, ...]:
    return tuple(Field(*s) for s in spec)


PLAN_FIELDS = _fields(
    ("id", "uuid"),
    ("country", "str"),
    ("title", "str"),
    ("start_date", "date", True),
    ("end_date", "date", True),
    ("weights", "weights"),
    ("created_at", "datetime"),
)
PARTY_FIELDS = _fields(
    ("id", "uuid"), ("plan_id", "uuid"), ("name", "str"), ("role", Role), ("position", "int")
)
COMMITMENT_FIELDS = _fields(("id", "uuid"), ("plan_id", "uuid"), ("created_at", "datetime"))
REVISION_FIELDS = _fields(
    ("id", "uuid"),
    ("commitment_id", "uuid"),
    ("parent_id", "uuid", True),
    ("author", "str"),
    ("created_at", "datetime"),
    ("title", "str"),
    ("problem", "text"),
    ("status_quo", "text"),
    ("draft_text", "text"),
    ("how_it_helps", "text"),
    ("og_values", "strlist"),
    ("lead_agency", "str"),
    ("other_actors_government", "text"),
    ("other_actors_cso", "text"),
    ("budget_note", "text"),
    ("start_date", "date", True),
    ("end_date", "date", True),
    ("status", Status),
    ("language", "str"),
)
MILESTONE_FIELDS = _fields(
    ("id", "uuid"), ("position", "int"), ("output", "text"), ("start_date", "date", True),
    ("end_date", "date", True),
)
ASSESSMENT_FIELDS = _fields(
    ("id", "uuid"),
    ("commitment_id", "uuid"),
    ("revision_id", "uuid"),
    ("parent_id", "uuid", True),
    ("party_id", "uuid", True),
    ("assessor", "str"),
    ("role", Role),
    ("is_consensus", "bool"),
    ("created_at", "datetime"),
    ("irm_verifiable", "bool", True),
    ("irm_values", "strlist"),
    ("irm_lens_note", "text"),
    ("irm_potential", Potential),
)
SCORE_FIELDS = _fields(
    ("level", Level), ("evidence", Evidence), ("rationale", "text"), ("consensus_note", "text")
)
MITIGATION_FIELDS = _fields(
    ("id", "uuid"), ("factor", "factor"), ("position", "int"), ("action", "text"), ("owner", "str"),
    ("due_date", "date", True),
)
TOMBSTONE_FIELDS = _fields(
    ("id", "uuid"),
    ("target_id", "uuid"),
    ("target_kind", ("plan", "commitment")),
    ("action", ("delete", "restore")),
    ("author", "str"),
    ("created_at", "datetime"),
)

TOP_LEVEL_KEYS = (
    "format",
    "version",
    "exported_at",
    "app_version",
    "plan_id",
    "plans",
    "parties",
    "commitments",
    "revisions",
    "assessments",
    "tombstones",
)
# record lists of the file: key -> (kind name used in messages, fields, table, extra keys)
RECORD_LISTS: dict[str, tuple[str, tuple[Field, ...], Table, tuple[str, ...]]] = {
    "plans": ("plan", PLAN_FIELDS, bulk.PLAN, ()),
    "parties": ("forum party", PARTY_FIELDS, bulk.PARTY, ()),
    "commitments": ("commitment", COMMITMENT_FIELDS, bulk.COMMITMENT, ()),
    "revisions": ("revision", REVISION_FIELDS, bulk.REVISION, ("milestones",)),
    "assessments": ("assessment", ASSESSMENT_FIELDS, bulk.ASSESSMENT, ("scores", "mitigations")),
    "tombstones": ("tombstone", TOMBSTONE_FIELDS, bulk.TOMBSTONE, ()),
}
_KIND_LABELS = {
    # kind -> (singular, plural) for summaries
    "plans": ("plan", "plans"),
    "parties": ("forum party", "forum parties"),
    "commitments": ("commitment", "commitments"),
    "revisions": ("revision", "revisions"),
    "assessments": ("assessment", "assessments"),
    "consensus": ("consensus record", "consensus records"),
    "tombstones": ("delete/restore record", "delete/restore records"),
}

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})\Z")
_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_INT_MAX = 2**31 - 1
_FACTORS = ", ".join(FACTOR_KEYS)


# --- summaries ------------------------------------------------------------------------------


def _plural(n: int, kind: str) -> str:
    one, many = _KIND_LABELS[kind]
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]  # plans, parties, commitments, revisions, assessments, consensus, tombstones
    size: int  # bytes written

    def __str__(self) -> str:
        parts = [_plural(self.counts.get(k, 0), k) for k in ("plans", "commitments", "revisions")]
        parts.append(_plural(self.counts.get("assessments", 0), "assessments"))
        for k in ("consensus", "tombstones"):
            if self.counts.get(k):
                parts.append(_plural(self.counts[k], k))
        return f"{', '.join(parts)} ({_size(self.size)})"


@dataclass(frozen=True)
class ImportSummary:
    added: dict[str, int]  # per record list (plans, parties, ...) plus "consensus" (a subset of assessments)
    already_present: int  # records (of any list) that were already in the database, unchanged
    kept_local: tuple[str, ...] = ()  # titles of plans whose local settings differ from the file's
    commitment_ids: tuple[str, ...] = ()  # commitments that gained something (their summaries were rebuilt)
    dry_run: bool = False
    counts_in_file: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return any(self.added.values())

    def __str__(self) -> str:
        kinds = ("plans", "parties", "commitments", "revisions", "assessments", "consensus", "tombstones")
        added = []
        for k in kinds:
            n = self.added.get(k, 0)
            if k == "assessments":
                n -= self.added.get("consensus", 0)
            if n:
                added.append(_plural(n, k))
        verb = "would add" if self.dry_run else "added"
        parts = [f"{verb} {', '.join(added)}" if added else "nothing new"]
        if self.already_present:
            n = self.already_present
            parts.append(f"{n} record{'' if n == 1 else 's'} already present")
        parts.extend(f"kept local settings for plan “{title}”" for title in self.kept_local)
        return "; ".join(parts)


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


# --- export ------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def _record(row: Mapping[str, Any], fields: Sequence[Field]) -> dict[str, Any]:
    return {f.name: _json_value(row[f.name]) for f in fields}


def export_document(repo, plan_id: str | None = None) -> dict[str, Any]:
    """The exchange document of one plan (or all) as plain JSON values, read from one snapshot."""
    with bulk.snapshot(repo.db) as conn:
        rows = bulk.export_rows(conn, plan_id)
    if plan_id is not None and not rows["plans"]:
        raise ExchangeError(f"no action plan has the id {plan_id!r}")
    milestones: dict[str, list[dict]] = {}
    for m in rows["milestones"]:
        milestones.setdefault(m["revision_id"], []).append(_record(m, MILESTONE_FIELDS))
    scores: dict[str, dict[str, dict]] = {}
    for s in rows["factor_scores"]:
        scores.setdefault(s["assessment_id"], {})[s["factor"]] = _record(s, SCORE_FIELDS)
    mitigations: dict[str, list[dict]] = {}
    for m in rows["mitigations"]:
        mitigations.setdefault(m["assessment_id"], []).append(_record(m, MITIGATION_FIELDS))
    revisions = []
    for r in rows["revisions"]:
        rec = _record(r, REVISION_FIELDS)
        rec["milestones"] = milestones.get(r["id"], [])
        revisions.append(rec)
    assessments = []
    for a in rows["assessments"]:
        rec = _record(a, ASSESSMENT_FIELDS)
        rec["scores"] = {k: v for k, v in sorted(scores.get(a["id"], {}).items(), key=_factor_order)}
        rec["mitigations"] = mitigations.get(a["id"], [])
        assessments.append(rec)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": _json_value(datetime.now(UTC)),
        "app_version": __version__,
        "plan_id": plan_id,
        "plans": [_record(r, PLAN_FIELDS) for r in rows["plans"]],
        "parties": [_record(r, PARTY_FIELDS) for r in rows["parties"]],
        "commitments": [_record(r, COMMITMENT_FIELDS) for r in rows["commitments"]],
        "revisions": revisions,
        "assessments": assessments,
        "tombstones": [_record(r, TOMBSTONE_FIELDS) for r in rows["tombstones"]],
    }


def _factor_order(item: tuple[str, Any]) -> int:
    key = item[0]
    return FACTOR_KEYS.index(key) if key in FACTOR_KEYS else len(FACTOR_KEYS)


def dumps_document(doc: Mapping[str, Any]) -> str:
    """The file's text: the header, then one record per line (readable, diffable, fast to write)."""
    enc = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    lines = ["{"]
    keys = list(doc)
    for n, key in enumerate(keys):
        value = doc[key]
        tail = "" if n == len(keys) - 1 else ","
        if isinstance(value, list):
            if not value:
                lines.append(f"{enc(key)}: []{tail}")
                continue
            lines.append(f"{enc(key)}: [")
            last = len(value) - 1
            lines.extend(f"  {enc(item)}{'' if i == last else ','}" for i, item in enumerate(value))
            lines.append(f"]{tail}")
        else:
            lines.append(f"{enc(key)}: {enc(value)}{tail}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def export_exchange(repo, out: Path, plan_id: str | None = None) -> ExportSummary:
    """Write the exchange file of one plan (or all plans) atomically to `out`."""
    doc = export_document(repo, plan_id)
    data = dumps_document(doc).encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(
            f"the exchange file would be {_size(len(data))}, over the {_size(MAX_FILE_BYTES)} an import "
            "accepts; export one plan at a time (--plan)"
        )
    write_atomically(Path(out), data)
    consensus = sum(1 for a in doc["assessments"] if a["is_consensus"])
    counts = {key: len(doc[key]) for key in RECORD_LISTS}
    counts["consensus"] = consensus
    counts["assessments"] -= consensus
    return ExportSummary(Path(out), counts, len(data))


def write_atomically(out: Path, data: bytes) -> None:
    """All or nothing (feasibility_app.atomic): a reader sees the old file or the new one."""
    try:
        atomic.write_bytes_atomically(Path(out), data)
    except atomic.AtomicWriteError as exc:
        raise ExchangeError(f"cannot write {out}: {exc.reason}") from None


# --- reading and validating a file -------------------------------------------------------------


class _Bad(Exception):
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


def _reject_constant(name: str) -> Any:
    raise _Bad(f"{name} is not a valid JSON number")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Bad(f"the key {key!r} appears twice in one object")
            seen.add(key)
    return obj


def _load_json(path: Path) -> Any:
    try:
        if path.is_dir():
            raise _Bad("it is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _Bad(f"the file is {_size(size)}; exchange files are limited to {_size(MAX_FILE_BYTES)}")
        chunks, total = [], 0
        with path.open("rb") as fh:  # in pieces: a pipe or a growing file has no true size
            while chunk := fh.read(1 << 20):
                total += len(chunk)
                if total > MAX_FILE_BYTES:
                    limit = _size(MAX_FILE_BYTES)
                    raise _Bad(f"the file is larger than the {limit} exchange files are limited to")
                chunks.append(chunk)
        raw = b"".join(chunks)
    except OSError as exc:
        raise _Bad(f"cannot read the file: {exc.strerror or exc}") from None
    if not raw.strip():
        raise _Bad("the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise _Bad(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at line {line}, offset {exc.start}); "
            "exchange files are UTF-8 JSON"
        ) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            # the parser ran out of text: a copy or download that stopped half way
            raise _Bad(
                f"the file ends too early (truncated?): {exc.msg} at line {exc.lineno} column {exc.colno}"
            ) from None
        raise _Bad(f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise _Bad("not valid JSON for an exchange file: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise _Bad(f"not valid JSON for an exchange file: {str(exc).splitlines()[0]}") from None


class _FieldError(Exception):
    """A bad value; the JSON path is added by the caller (built only when something is wrong)."""

    def __init__(self, message: str, suffix: str = "", tail: str = "") -> None:
        super().__init__(message)
        self.message, self.suffix, self.tail = message, suffix, tail

    def at(self, path: str) -> _Bad:
        return _Bad(f"{self.message} at {path}{self.suffix}{self.tail}")


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
            raise _Bad(f"expected an object at {path}, found {_jtype(value)}")
        if len(value) != len(allowed) or any(key not in value for key in allowed):
            for key in allowed:
                if key not in value:
                    raise _Bad(f"missing field {key!r} at {path}")
            for key in value:
                if key not in allowed:
                    raise _Bad(f"unknown field {key!r} at {path}")
        return value

    def list(self, value: Any, path: str) -> list[Any]:
        if type(value) is not list:
            raise _Bad(f"expected a list at {path}, found {_jtype(value)}")
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
            raise _Bad(f"{kind} {rid} appears twice in the file (at {seen[rid]} and {path})")
        seen[rid] = path


_ALLOWED: dict[tuple[int, tuple[str, ...]], tuple[str, ...]] = {}


def _allowed(fields: Sequence[Field], extra: Sequence[str]) -> tuple[str, ...]:
    key = (id(fields), tuple(extra))
    if key not in _ALLOWED:
        _ALLOWED[key] = tuple(f.name for f in fields) + tuple(extra)
    return _ALLOWED[key]


@dataclass
class _Rec:
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


def _check_document(doc: Any) -> dict[str, list[_Rec]]:
    c = _Checker()
    if not isinstance(doc, dict):
        raise _Bad(f"not a Feasibility exchange file (the JSON document is {_jtype(doc)}, not an object)")
    if "format" not in doc:
        raise _Bad("not a Feasibility exchange file (no $.format)")
    if doc["format"] != FORMAT_NAME:
        found = _shown(doc["format"])
        raise _Bad(f"not a Feasibility exchange file ($.format is {found}, expected {FORMAT_NAME!r})")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Bad(f"$.version must be a whole number from 1, found {_shown(version)}")
    if version > FORMAT_VERSION:
        raise _Bad(
            f"written by a newer version (format {version}); this version reads format {FORMAT_VERSION}. "
            "Update Feasibility to import it"
        )
    c.object(doc, "$", TOP_LEVEL_KEYS)
    c.value(Field("exported_at", "datetime"), doc["exported_at"], "$.exported_at", None)
    c.text(doc["app_version"], "$.app_version", 100)
    c.value(Field("plan_id", "uuid", True), doc["plan_id"], "$.plan_id", None)
    records: dict[str, list[_Rec]] = {}
    for key, (kind, fields, table, extra) in RECORD_LISTS.items():
        out: list[_Rec] = []
        for i, item in enumerate(c.list(doc[key], f"$.{key}")):
            path = f"$.{key}[{i}]"
            rec = _Rec(path, c.row(item, path, fields, table, extra))
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
                    raise _Bad(f"expected an object at {spath}, found {_jtype(scores)}")
                for factor, score in scores.items():
                    fpath = _key_path(spath, factor)
                    if factor not in FACTOR_KEYS:
                        raise _Bad(
                            f"unknown factor {factor!r} at {fpath} (expected one of: {_FACTORS})"
                        )
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


def read_exchange(path: Path) -> dict[str, Any]:
    """Parse and check an exchange file without touching any database; returns the document.

    For a preview (plans, counts) before importing. Raises ExchangeError naming
    what is wrong. References to records that may already be in a database are
    not checked here; ``import_exchange(repo, path, dry_run=True)`` checks those.
    """
    path = Path(path)
    try:
        doc = _load_json(path)
        _check_document(doc)
    except _Bad as exc:
        raise ExchangeError(f"{path.name}: {exc}") from None
    return doc


# --- import ------------------------------------------------------------------------------------


def _comparable(row: Mapping[str, Any], fields: Sequence[Field]) -> tuple:
    out = []
    for f in fields:
        v = row[f.name]
        if isinstance(v, datetime):
            v = (v if v.tzinfo else v.replace(tzinfo=UTC)).astimezone(UTC)
        elif isinstance(v, Enum):
            v = v.value
        elif isinstance(v, dict):
            v = tuple(sorted((k, float(x) if isinstance(x, (int, float)) else x) for k, x in v.items()))
        elif isinstance(v, list):
            v = tuple(v)
        out.append(v)
    return tuple(out)


def _same(a: Mapping[str, Any], b: Mapping[str, Any], fields: Sequence[Field]) -> bool:
    """Same content: plain ==, which compares aware time stamps as instants and str enums as text."""
    for f in fields:
        if a[f.name] != b[f.name]:
            return False
    return True


def _differs(kind: str, rid: str, path: str) -> _Bad:
    return _Bad(
        f"record {kind} {rid} at {path} differs from the one in the database; the file is damaged or forged"
    )


def _unknown(kind: str, rid: str, path: str) -> _Bad:
    return _Bad(f"unknown {kind} {rid} at {path}: it is neither in the file nor in the database")


def _topological(recs: list[_Rec], kind: str) -> list[_Rec]:
    """Parents (parent_id) before children; a loop of parents is refused."""
    by_id = {r.id: r for r in recs}
    ordered: list[_Rec] = []
    state: dict[str, int] = {}  # 1 visiting, 2 done
    for start in recs:
        if state.get(start.id) == 2:
            continue
        stack = [start]
        while stack:
            rec = stack[-1]
            if state.get(rec.id) == 2:
                stack.pop()
                continue
            state[rec.id] = 1
            parent = by_id.get(rec.row["parent_id"])
            if parent is not None and state.get(parent.id) != 2:
                if state.get(parent.id) == 1:
                    raise _Bad(f"{kind} {rec.id} at {rec.path} is its own ancestor (a loop of parent_id)")
                stack.append(parent)
                continue
            state[rec.id] = 2
            ordered.append(rec)
            stack.pop()
    return ordered


def _import(conn, records: dict[str, list[_Rec]]) -> tuple[dict[str, int], int, list[str], set[str]]:
    added: dict[str, int] = {}
    present = 0
    kept_local: list[str] = []
    touched: set[str] = set()
    new: dict[str, list[_Rec]] = {}

    # 1. What is already there; immutable records must be identical.
    for key, (kind, fields, table, _extra) in RECORD_LISTS.items():
        recs = records[key]
        db_rows = {r["id"]: r for r in bulk.rows_by(conn, table, "id", [r.id for r in recs])}
        present += len(db_rows)
        new[key] = [r for r in recs if r.id not in db_rows]
        if key in ("plans", "parties"):
            continue  # mutable: the local one is kept (compared below, for the summary)
        for rec in recs:
            db_row = db_rows.get(rec.id)
            if db_row is not None and not _same(db_row, rec.row, fields):
                raise _differs(kind, rec.id, rec.path)
        if key == "revisions":
            _check_children(
                conn, recs, set(db_rows), "milestone", MILESTONE_FIELDS, bulk.MILESTONE, "revision_id",
                lambda r: r.milestones,
            )
        elif key == "assessments":
            _check_children(
                conn, recs, set(db_rows), "mitigation", MITIGATION_FIELDS, bulk.MITIGATION, "assessment_id",
                lambda r: r.mitigations,
            )
            _check_scores(conn, [r for r in recs if r.id in db_rows])
    kept_local.extend(_local_settings_differ(conn, records["plans"], records["parties"]))

    # 2. Every reference points at a record in the file or in the database.
    def known(table: Table, ids_in_file: set[str], wanted: Iterable[str]) -> set[str]:
        missing = {i for i in wanted if i is not None and i not in ids_in_file}
        return ids_in_file | bulk.existing_ids(conn, table, missing)

    file_ids = {key: {r.id for r in records[key]} for key in RECORD_LISTS}
    plans = known(
        bulk.PLAN,
        file_ids["plans"],
        [r.row["plan_id"] for key in ("parties", "commitments") for r in records[key]]
        + [r.row["target_id"] for r in records["tombstones"] if r.row["target_kind"] == "plan"],
    )
    commitments = known(
        bulk.COMMITMENT,
        file_ids["commitments"],
        [r.row["commitment_id"] for key in ("revisions", "assessments") for r in records[key]]
        + [r.row["target_id"] for r in records["tombstones"] if r.row["target_kind"] == "commitment"],
    )
    for key in ("parties", "commitments"):
        for r in records[key]:
            if r.row["plan_id"] not in plans:
                raise _unknown("plan", r.row["plan_id"], f"{r.path}.plan_id")
    for r in records["tombstones"]:
        target_kind, target = r.row["target_kind"], r.row["target_id"]
        if target not in (plans if target_kind == "plan" else commitments):
            raise _unknown(target_kind, target, f"{r.path}.target_id")
    revision_owner = {r.id: r.row["commitment_id"] for r in records["revisions"]}
    wanted = {r.row["parent_id"] for r in records["revisions"]} | {
        r.row["revision_id"] for r in records["assessments"]
    }
    wanted = {i for i in wanted if i is not None and i not in revision_owner}
    for row in bulk.rows_by(conn, bulk.REVISION, "id", wanted):
        revision_owner[row["id"]] = row["commitment_id"]
    for r in records["revisions"]:
        if r.row["commitment_id"] not in commitments:
            raise _unknown("commitment", r.row["commitment_id"], f"{r.path}.commitment_id")
        parent = r.row["parent_id"]
        if parent is not None:
            if parent not in revision_owner:
                raise _unknown("revision", parent, f"{r.path}.parent_id")
            if revision_owner[parent] != r.row["commitment_id"]:
                raise _Bad(f"revision {parent} at {r.path}.parent_id belongs to another commitment")
    assessment_ids = known(
        bulk.ASSESSMENT, file_ids["assessments"], [r.row["parent_id"] for r in records["assessments"]]
    )
    for r in records["assessments"]:
        if r.row["commitment_id"] not in commitments:
            raise _unknown("commitment", r.row["commitment_id"], f"{r.path}.commitment_id")
        rev = r.row["revision_id"]
        if rev not in revision_owner:
            raise _unknown("revision", rev, f"{r.path}.revision_id")
        if revision_owner[rev] != r.row["commitment_id"]:
            raise _Bad(f"revision {rev} at {r.path}.revision_id belongs to another commitment")
        if r.row["parent_id"] is not None and r.row["parent_id"] not in assessment_ids:
            raise _unknown("assessment", r.row["parent_id"], f"{r.path}.parent_id")

    # 3. Insert what is new, parents first, one executemany per table.
    new_revisions = _topological(new["revisions"], "revision")
    new_assessments = _topological(new["assessments"], "assessment")
    bulk.insert_rows(conn, bulk.PLAN, [{**r.row, "version": 1} for r in new["plans"]])
    bulk.insert_rows(conn, bulk.PARTY, [{**r.row, "version": 1} for r in new["parties"]])
    bulk.insert_rows(conn, bulk.COMMITMENT, [r.row for r in new["commitments"]])
    bulk.insert_rows(conn, bulk.REVISION, [r.row for r in new_revisions])
    bulk.insert_rows(conn, bulk.MILESTONE, [m for r in new_revisions for _p, m in r.milestones])
    bulk.insert_rows(conn, bulk.ASSESSMENT, [r.row for r in new_assessments])
    bulk.insert_rows(conn, bulk.FACTOR_SCORE, [s for r in new_assessments for s in r.scores.values()])
    bulk.insert_rows(conn, bulk.MITIGATION, [m for r in new_assessments for _p, m in r.mitigations])
    bulk.insert_rows(conn, bulk.TOMBSTONE, [r.row for r in new["tombstones"]])

    for key in RECORD_LISTS:
        added[key] = len(new[key])
    added["consensus"] = sum(1 for r in new["assessments"] if r.row["is_consensus"])
    touched.update(r.id for r in new["commitments"])
    touched.update(r.row["commitment_id"] for key in ("revisions", "assessments") for r in new[key])
    touched.update(r.row["target_id"] for r in new["tombstones"] if r.row["target_kind"] == "commitment")
    return added, present, kept_local, touched


def _check_children(
    conn,
    recs: list[_Rec],
    existing_parents: set[str],
    kind: str,
    fields: Sequence[Field],
    table: Table,
    parent_col: str,
    children: Callable[[_Rec], list[tuple[str, dict[str, Any]]]],
) -> None:
    """Milestones or mitigations: an existing parent must have exactly the file's children; a new
    parent's children must not reuse an id already in the database."""
    cmp_fields = (*fields, Field(parent_col, "uuid"))
    db_children: dict[str, dict[str, Mapping[str, Any]]] = {}
    for row in bulk.rows_by(conn, table, parent_col, existing_parents):
        db_children.setdefault(row[parent_col], {})[row["id"]] = row
    new_child_ids = [row["id"] for r in recs if r.id not in existing_parents for _p, row in children(r)]
    clashes = bulk.existing_ids(conn, table, new_child_ids)
    for rec in recs:
        if rec.id in existing_parents:
            in_db = db_children.get(rec.id, {})
            in_file = {row["id"]: (p, row) for p, row in children(rec)}
            for cid, (p, row) in in_file.items():
                if cid not in in_db or not _same(in_db[cid], row, cmp_fields):
                    raise _differs(kind, cid, p)
            if set(in_db) - set(in_file):
                raise _differs(RECORD_KIND[parent_col], rec.id, rec.path)
        else:
            for p, row in children(rec):
                if row["id"] in clashes:
                    raise _differs(kind, row["id"], p)


RECORD_KIND = {"revision_id": "revision", "assessment_id": "assessment"}


def _check_scores(conn, existing: list[_Rec]) -> None:
    db_scores: dict[str, dict[str, tuple]] = {}
    for row in bulk.rows_by(conn, bulk.FACTOR_SCORE, "assessment_id", [r.id for r in existing]):
        db_scores.setdefault(row["assessment_id"], {})[row["factor"]] = row
    for rec in existing:
        in_db = db_scores.get(rec.id, {})
        if in_db.keys() != rec.scores.keys() or not all(
            _same(in_db[k], v, SCORE_FIELDS) for k, v in rec.scores.items()
        ):
            raise _differs("assessment", rec.id, rec.path)


def _local_settings_differ(conn, plans: list[_Rec], parties: list[_Rec]) -> list[str]:
    """Titles of plans already in the database whose settings or parties differ from the file's."""
    if not plans and not parties:
        return []
    db_plans = {r["id"]: r for r in bulk.rows_by(conn, bulk.PLAN, "id", [r.id for r in plans])}
    db_parties = {r["id"]: r for r in bulk.rows_by(conn, bulk.PARTY, "id", [r.id for r in parties])}
    differ: dict[str, str] = {}
    settings = PLAN_FIELDS[:-1]  # all but created_at

    def effective(row: Mapping[str, Any]) -> tuple:
        # a missing weight means the default one ({} and all-1.0 weights are the same settings)
        return _comparable({**row, "weights": {**default_weights(), **(row["weights"] or {})}}, settings)

    for rec in plans:
        local = db_plans.get(rec.id)
        if local is not None and effective(local) != effective(rec.row):
            differ[rec.id] = local["title"]
    for rec in parties:
        local = db_parties.get(rec.id)
        if local is not None and _comparable(local, PARTY_FIELDS) != _comparable(rec.row, PARTY_FIELDS):
            plan_id = local["plan_id"]
            if plan_id not in differ:
                title = db_plans[plan_id]["title"] if plan_id in db_plans else None
                if title is None:
                    rows = bulk.rows_by(conn, bulk.PLAN, "id", [plan_id])
                    title = rows[0]["title"] if rows else plan_id
                differ[plan_id] = title
    return list(differ.values())


def import_exchange(repo, path: Path, *, dry_run: bool = False) -> ImportSummary:
    """Merge an exchange file into the database: all of it in one transaction, or nothing.

    With dry_run the same checks run and the transaction is rolled back: the
    summary says what an import would add.
    """
    path = Path(path)
    try:
        records = _check_document(_load_json(path))
    except _Bad as exc:
        raise ExchangeError(f"{path.name}: {exc}") from None

    class _Rollback(Exception):
        pass

    result: tuple | None = None
    try:
        with bulk.write_transaction(repo.db, serialize="feasibility-import") as conn:
            result = _import(conn, records)
            if dry_run:
                raise _Rollback
            touched = result[3] | bulk.missing_summaries(conn, [r.id for r in records["commitments"]])
            # The summary cache is rebuilt in the same transaction: a crash cannot leave
            # imported commitments without their navigator rows.
            bulk.rebuild_summaries(conn, touched)
    except _Rollback:
        pass
    except _Bad as exc:
        raise ExchangeError(f"{path.name}: {exc}") from None
    added, present, kept_local, touched = result
    return ImportSummary(
        added=added,
        already_present=present,
        kept_local=tuple(kept_local),
        commitment_ids=tuple(sorted(touched)),
        dry_run=dry_run,
        counts_in_file={key: len(records[key]) for key in RECORD_LISTS},
    )


__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "ExportSummary",
    "ImportSummary",
    "export_document",
    "export_exchange",
    "import_exchange",
    "read_exchange",
    "write_atomically",
]
