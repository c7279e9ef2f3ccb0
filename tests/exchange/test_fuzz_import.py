"""Fuzzing the exchange importer: damaged, mutated and random files.

Starting from a real exported file (the sample plan plus a second revision, a consensus
record and a tombstone), hypothesis deletes keys, changes types, swaps and reuses ids,
duplicates records, truncates the text at random offsets and writes random bytes into
it, or feeds random JSON. Whatever happens, the only exception that may escape is
ExchangeError, and a refused file leaves the database exactly as it was (row counts and
a checksum of a full dump). A file that is still acceptable may only add records: every
row that was there before is still there, unchanged, and the file stays consistent.
"""

from __future__ import annotations

import copy
import hashlib
import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.model import FactorScore
from feasibility_app.exchange import ExchangeError
from feasibility_app.exchange.exchange_file import export_exchange, import_exchange
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,  # the same examples every run: CI stays reproducible
)
IMMUTABLE_TABLES = (
    "commitment",
    "revision",
    "milestone",
    "assessment",
    "factor_score",
    "mitigation",
    "tombstone",
)


def table_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def fingerprint(path: Path) -> tuple[dict[str, int], str]:
    rows = table_rows(path)
    digest = hashlib.sha256(repr(sorted(rows.items())).encode()).hexdigest()
    return {k: len(v) for k, v in rows.items()}, digest


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> tuple[Path, dict[str, Any], Path]:
    """(a sample database with more history, its exported file as JSON, a pristine empty database)."""
    folder = tmp_path_factory.mktemp("fuzz-base")
    db_path = folder / "sample.db"
    repo = Repository(open_with_sample(str(db_path)))
    summaries = repo.summaries()
    first = summaries[0].id
    current = repo.current_revision(first)
    repo.save_revision(first, replace(current.fields, title=current.fields.title + " (v2)"), "Ana")
    repo.save_assessment(
        first,
        "Forum",
        "facilitator",
        {k: FactorScore(Level.MODERATE) for k in FACTOR_KEYS},
        is_consensus=True,
    )
    repo.delete_commitment(summaries[-1].id, "Ana")
    out = folder / "sample.json"
    export_exchange(repo, out)
    repo.db.close()
    empty = folder / "empty.db"
    open_database(str(empty)).close()
    return db_path, json.loads(out.read_text(encoding="utf-8")), empty


class Target:
    """A database to import into, reset from a pristine copy whenever an import changed it."""

    def __init__(self, folder: Path, pristine: Path) -> None:
        self.pristine = pristine
        self.path = folder / "target.db"
        self.reset()

    def reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.pristine, self.path)
        self.before = fingerprint(self.path)
        self.rows = table_rows(self.path)

    def check(self, file: Path) -> str:
        repo = Repository(open_database(str(self.path)))
        try:
            import_exchange(repo, file)
            outcome = "imported"
        except ExchangeError as exc:
            outcome = "refused"
            assert str(exc).strip() and "\n" not in str(exc).strip(), "one readable line"
        finally:
            repo.db.close()
        if outcome == "refused":
            assert fingerprint(self.path) == self.before, f"a refused file changed the database: {file}"
            return outcome
        after = table_rows(self.path)
        for table in IMMUTABLE_TABLES:
            missing = set(self.rows[table]) - set(after[table])
            assert not missing, f"an import changed or removed {table} rows"
        conn = sqlite3.connect(self.path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            conn.close()
        if fingerprint(self.path) != self.before:
            self.reset()
        return outcome


@pytest.fixture(params=["same-records", "empty"])
def target(request, base, tmp_path) -> Target:
    sample_db, _doc, empty = base
    return Target(tmp_path, sample_db if request.param == "same-records" else empty)


# --- mutations of the parsed document ---------------------------------------------------------


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_paths(v, (*prefix, i)))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for step in path:
        doc = doc[step]
    return doc


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def mutated_documents(draw, doc: dict[str, Any], within: str | None = None) -> str:
    """`within`: mutate only under this top-level key (the ids it may swap with stay global)."""
    doc = copy.deepcopy(doc)
    paths = [p for p in _paths(doc) if p]
    id_paths = [
        p for p in paths if isinstance(_get(doc, p), str) and (p[-1] == "id" or str(p[-1]).endswith("_id"))
    ]
    for _ in range(draw(st.integers(1, 3))):
        op = draw(st.sampled_from(["delete", "retype", "swap-ids", "reuse-id", "duplicate", "edit-text"]))
        paths = [p for p in _paths(doc) if p and (within is None or p[0] == within)]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, key = _get(doc, path[:-1]), path[-1]
        try:
            if op == "delete":
                del parent[key]
            elif op == "retype":
                parent[key] = draw(json_values)
            elif op in ("swap-ids", "reuse-id") and len(id_paths) >= 2:
                a, b = draw(st.sampled_from(id_paths)), draw(st.sampled_from(id_paths))
                pa, pb = _get(doc, a[:-1]), _get(doc, b[:-1])
                if op == "swap-ids":
                    pa[a[-1]], pb[b[-1]] = pb[b[-1]], pa[a[-1]]
                else:
                    pa[a[-1]] = pb[b[-1]]
            elif op == "duplicate" and isinstance(parent, list):
                parent.insert(key, copy.deepcopy(parent[key]))
            elif op == "edit-text" and isinstance(parent[key], str):
                parent[key] = draw(st.text(max_size=40))
        except (KeyError, IndexError, TypeError):
            pass  # the path vanished through an earlier mutation
    return json.dumps(doc, ensure_ascii=draw(st.booleans()))


@st.composite
def damaged_bytes(draw, text: str) -> bytes:
    data = text.encode("utf-8")
    op = draw(st.sampled_from(["truncate", "overwrite", "insert", "bom-and-junk"]))
    at = draw(st.integers(0, len(data)))
    if op == "truncate":
        return data[:at]
    junk = draw(st.binary(min_size=1, max_size=16))
    if op == "overwrite":
        return data[:at] + junk + data[at + len(junk) :]
    if op == "insert":
        return data[:at] + junk + data[at:]
    return b"\xef\xbb\xbf" + data[:at] + junk


# --- the properties -------------------------------------------------------------------------------


def _write(folder: Path, content: str | bytes) -> Path:
    path = folder / "fuzz.json"
    path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    return path


def test_unmutated_file_imports(target, base, tmp_path):
    _db, doc, _empty = base
    assert target.check(_write(tmp_path, json.dumps(doc))) == "imported"


@FUZZ
@given(data=st.data())
def test_mutated_documents(target, base, tmp_path, data):
    _db, doc, _empty = base
    target.check(_write(tmp_path, data.draw(mutated_documents(doc))))


@pytest.fixture(scope="module")
def with_precedents(base, tmp_path_factory) -> dict[str, Any]:
    """The base file plus the precedent library (export --with-precedents) of the IRM fixture."""
    from feasibility_app.app.learning import import_precedents_file

    folder = tmp_path_factory.mktemp("fuzz-precedents")
    db_path = folder / "sample.db"
    shutil.copyfile(base[0], db_path)
    repo = Repository(open_database(str(db_path)))
    try:
        fixture = Path(__file__).resolve().parents[1] / "precedents" / "fixtures" / "irm_sample.csv"
        import_precedents_file(repo, fixture)
        out = folder / "with-precedents.json"
        export_exchange(repo, out, with_precedents=True)
    finally:
        repo.db.close()
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["precedents"]) == 8
    return doc


def test_unmutated_file_with_precedents_imports(target, with_precedents, tmp_path):
    assert target.check(_write(tmp_path, json.dumps(with_precedents))) == "imported"


@FUZZ
@given(data=st.data())
def test_mutated_precedent_lists(target, with_precedents, tmp_path, data):
    target.check(_write(tmp_path, data.draw(mutated_documents(with_precedents, within="precedents"))))


@settings(FUZZ, max_examples=30)
@given(data=st.data())
def test_corrupted_bytes_in_the_precedent_list(target, with_precedents, tmp_path, data):
    text = json.dumps(with_precedents, ensure_ascii=False)
    start = text.index('"precedents"')
    damaged = data.draw(damaged_bytes(text[start:]))
    target.check(_write(tmp_path, text[:start].encode("utf-8") + damaged))


@FUZZ
@given(data=st.data())
def test_truncated_and_corrupted_bytes(target, base, tmp_path, data):
    _db, doc, _empty = base
    target.check(_write(tmp_path, data.draw(damaged_bytes(json.dumps(doc, ensure_ascii=False)))))


@settings(FUZZ, max_examples=40)
@given(value=json_values | st.binary(max_size=200))
def test_random_json_and_bytes(target, tmp_path, value):
    content = value if isinstance(value, bytes) else json.dumps(value)
    assert target.check(_write(tmp_path, content)) == "refused"


@settings(FUZZ, max_examples=30)
@given(header=st.fixed_dictionaries({}, optional={"format": json_values, "version": json_values}))
def test_header_variants_on_real_records(target, base, tmp_path, header):
    _db, doc, _empty = base
    target.check(_write(tmp_path, json.dumps({**doc, **header})))


def test_deeply_nested_and_non_numbers(target, tmp_path):
    header = '{"format": "feasibility-exchange", "version": '
    for content in ("[" * 100_000 + "]" * 100_000, header + "1e999}", header + "NaN}", "\ud800"):
        assert target.check(_write(tmp_path, content)) == "refused"


def test_integer_with_thousands_of_digits_is_refused(target, tmp_path):
    # json raises ValueError (not JSONDecodeError) past 4300 digits: found by this file, fixed in 5da937a
    content = '{"format": "feasibility-exchange", "version": ' + "9" * 5000 + "}"
    assert target.check(_write(tmp_path, content)) == "refused"
