"""Helpers for the exchange tests: open databases, dump them, build exchange documents."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from feasibility_app.exchange.exchange_file import dumps_document, export_document
from feasibility_app.storage.database import Database, open_database
from feasibility_app.storage.models import Base
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import load_sample

# Databases opened by a test, closed after it (tests/exchange/conftest.py): a PostgreSQL
# connection dropped while open warns when collected, and warnings are errors here.
OPENED: list[Database] = []


def open_repo(url: str, sample: bool = False) -> Repository:
    db = open_database(url)
    OPENED.append(db)
    if sample:
        load_sample(db)
    return Repository(db)


def close_opened() -> None:
    while OPENED:
        OPENED.pop().close()


def dump(db: Database) -> dict[str, list]:
    """Every row of every table (summary cache and schema version included), in a stable order."""
    out: dict[str, list] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
        out["alembic_version"] = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    return out


def counts(db: Database) -> dict[str, int]:
    return {name: len(rows) for name, rows in dump(db).items()}


def document(repo: Repository, plan_id: str | None = None) -> dict[str, Any]:
    """An exported document as plain JSON values (what a file holds)."""
    return json.loads(dumps_document(export_document(repo, plan_id)))


def write(path: Path, doc: Any) -> Path:
    path.write_text(dumps_document(doc) if isinstance(doc, dict) else json.dumps(doc), encoding="utf-8")
    return path


def new_id() -> str:
    return str(uuid.uuid4())


def without_header(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in ("exported_at",)}
