"""The lead agency's level of government: stored on revisions, defaulted by the plan, migrated."""

from __future__ import annotations

import dataclasses
import sqlite3

from feasibility_app.cli import show_json
from feasibility_app.domain.government import lead_level
from feasibility_app.domain.model import CommitmentFields
from feasibility_app.storage.database import HEAD, open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample
from feasibility_app.storage.sqlite_reader import SqliteReader

ESTATAL = (
    "La Fiscalía del Estado publicará el registro estatal de carpetas de investigación con datos "
    "de los 125 municipios y de la Federación."
)


def test_levels_round_trip_and_default_from_the_plan(tmp_path):
    path = tmp_path / "levels.db"
    repo = Repository(open_with_sample(str(path)))
    plan = repo.create_plan("Plan de Acción Local", "Jalisco (estado)", lead_level="state")
    own = repo.create_commitment(plan.id, CommitmentFields(title="Estatal", draft_text=ESTATAL, language=""))
    other = repo.create_commitment(
        plan.id, CommitmentFields(title="Municipal", draft_text=ESTATAL, language="", lead_level="municipal")
    )
    assert repo.plan(plan.id).lead_level == "state"
    own_snap, other_snap = repo.snapshot(own.commitment_id), repo.snapshot(other.commitment_id)
    assert own_snap.revision.fields.lead_level == ""
    assert other_snap.revision.fields.lead_level == "municipal"
    assert lead_level(own_snap.revision.fields, own_snap.plan) == "state"
    assert lead_level(other_snap.revision.fields, other_snap.plan) == "municipal"

    # The jurisdiction findings follow each commitment's level.
    def jurisdiction(snap):
        return {f["phrase"] for f in show_json(snap)["findings"] if f["factor"] == "constitutional_limits"}

    assert jurisdiction(own_snap) == {"municipios", "la Federación"}
    assert jurisdiction(other_snap) == {"estatal", "la Federación"}

    # Changing the plan's default moves the commitments that recorded none.
    repo.update_plan(dataclasses.replace(repo.plan(plan.id), lead_level="federal"))
    assert jurisdiction(repo.snapshot(own.commitment_id)) == {"estatal", "municipios"}
    # The stdlib reader (report command) reads the same values.
    with SqliteReader.open(str(path)) as reader:
        assert reader.plan(plan.id) == repo.plan(plan.id)
        assert reader.snapshot(other.commitment_id) == repo.snapshot(other.commitment_id)
    repo.db.close()


def test_a_version_1_database_migrates_with_every_level_unrecorded(tmp_path):
    path = tmp_path / "old.db"
    open_with_sample(str(path)).close()
    with sqlite3.connect(path) as conn:  # make it look like schema 0001
        conn.execute("ALTER TABLE revision DROP COLUMN lead_level")
        conn.execute("ALTER TABLE action_plan DROP COLUMN lead_level")
        # and what 0003_forum_record adds
        conn.execute("ALTER TABLE assessment DROP COLUMN parties_present")
        conn.execute("ALTER TABLE factor_score DROP COLUMN accepted_by")
        conn.execute("DROP TABLE editorial_mark")
        conn.execute("DROP TABLE signing_lock")
        for table in ("outcome", "precedent_index", "precedent"):  # added by 0003
            conn.execute(f"DROP TABLE {table}")
        conn.execute("ALTER TABLE action_plan DROP COLUMN paper")  # added by 0005
        conn.execute("UPDATE alembic_version SET version_num='0001'")
    db = open_database(str(path))
    repo = Repository(db)
    summaries = repo.summaries()
    assert len(summaries) == 6
    snap = repo.snapshot(summaries[0].id)
    assert snap.revision.fields.lead_level == "" and snap.plan.lead_level == ""
    assert lead_level(snap.revision.fields, snap.plan) == "federal"  # Mexico: a national plan
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    db.close()
