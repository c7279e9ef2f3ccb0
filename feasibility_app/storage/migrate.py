"""Running Alembic migrations from code, without losing data.

A batch migration that recreates a parent table while SQLite's foreign keys are
ON deletes every ON DELETE CASCADE child row (docs/design.md, "Storage"). So: back up, turn
foreign keys OFF outside a transaction, upgrade, check, turn them back ON.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

from .database import DatabaseProblem, backup_sqlite

# A folder path rather than "feasibility_app.storage:migrations": in a PyInstaller bundle the
# package is inside an archive and the migrations are data files beside this module's place
# (packaging/feasibility.spec collects them there), which only a path finds.
SCRIPT_LOCATION = str(Path(__file__).resolve().parent / "migrations")


def alembic_config(script_location: str = SCRIPT_LOCATION):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", script_location)
    return cfg


def upgrade(
    engine: Engine, path: Path | None, target: str = "head", script_location: str = SCRIPT_LOCATION
) -> Path | None:
    """Back up (SQLite), then upgrade to `target`; returns the backup's path."""
    from alembic import command

    backup = backup_sqlite(engine, path) if (engine.dialect.name == "sqlite" and path) else None
    cfg = alembic_config(script_location)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
        if engine.dialect.name == "sqlite":
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseProblem(
                    f"The migration left {len(problems)} broken references; the backup "
                    f"{backup} holds the data as it was before."
                )
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.execute(text("SELECT 1"))
    return backup
