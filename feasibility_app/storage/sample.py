"""The case study's sample plan, loaded into an empty database.

Ids are uuid5 of the keys in the data file, and timestamps come from the file:
two laptops that both start with the sample plan hold the very same records, so
merging their exchange files does not duplicate it.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime

from ..domain.factors import Evidence, Level, Potential, Role, Status
from ..domain.model import Assessment, CommitmentFields, FactorScore, IrmPrecheck, Milestone, Mitigation
from ..domain.outcomes import Completion, Stage
from ..paths import resource_path
from .convert import assessment_row, revision_row
from .database import Database
from .models import CommitmentRow, OutcomeRow, PartyRow, PlanRow

SAMPLE_NAMESPACE = uuid.UUID("5d3c1f0e-6a0b-4c55-9b57-0f2d6f1e2a13")
SAMPLE_FILE = ("sample", "mexico_2013_2015.json")


def sample_id(*keys: str) -> str:
    return str(uuid.uuid5(SAMPLE_NAMESPACE, "/".join(keys)))


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def load_sample(db: Database) -> str:
    """Insert the sample plan in one transaction; returns the plan's id."""
    data = json.loads(resource_path(*SAMPLE_FILE).read_text(encoding="utf-8"))
    p = data["plan"]
    plan_id = sample_id(p["key"])
    with db.session() as s:
        plan = PlanRow(
            id=plan_id,
            title=p["title"],
            country=p["country"],
            start_date=_date(p["start"]),
            end_date=_date(p["end"]),
            weights={},
            created_at=_when(p["start"] + "T00:00:00Z"),
        )
        party_ids = {}
        for i, party in enumerate(p["parties"]):
            party_ids[party["key"]] = sample_id(p["key"], "party", party["key"])
            plan.parties.append(
                PartyRow(
                    id=party_ids[party["key"]], name=party["name"], role=Role(party["role"]).value, position=i
                )
            )
        s.add(plan)
        s.flush()
        for c in data["commitments"]:
            cid = sample_id(p["key"], c["key"])
            s.add(CommitmentRow(id=cid, plan_id=plan_id, created_at=_when("2013-10-15T12:00:00Z")))
            s.flush()
            fields = CommitmentFields(
                title=c["title"],
                problem=c["problem"],
                status_quo=c["status_quo"],
                draft_text=c["draft_text"],
                how_it_helps=c["how_it_helps"],
                og_values=tuple(c["og_values"]),
                lead_agency=c["lead_agency"],
                other_actors_government=c["other_actors_government"],
                other_actors_cso=c["other_actors_cso"],
                budget_note=c["budget_note"],
                start=_date(c["start"]),
                end=_date(c["end"]),
                status=Status.DRAFT,
                language="en",
                milestones=tuple(
                    Milestone(m["output"], _date(m["start"]), _date(m["end"])) for m in c["milestones"]
                ),
            )
            rev = revision_row(cid, fields, "Tripartite Technical Secretariat", None)
            rev.id = sample_id(p["key"], c["key"], "rev1")
            rev.created_at = _when("2013-10-15T12:00:00Z")
            for i, m in enumerate(rev.milestones):
                m.id = sample_id(p["key"], c["key"], "rev1", "milestone", str(i))
            s.add(rev)
            s.flush()
            for a in c["assessments"]:
                aid = sample_id(p["key"], c["key"], "assessment", a["key"])
                scores = {
                    key: FactorScore(
                        Level(sc["level"]),
                        Evidence(sc["evidence"]),
                        sc["rationale"],
                        tuple(
                            Mitigation(m["action"], m["owner"], _date(m["due"]))
                            for m in sc.get("mitigations", ())
                        ),
                    )
                    for key, sc in a["scores"].items()
                }
                irm = a["irm"]
                row = assessment_row(
                    Assessment(
                        id=aid,
                        commitment_id=cid,
                        revision_id=rev.id,
                        assessor=a["assessor"],
                        role=Role(a["role"]),
                        created_at=_when(a["at"]),
                        scores=scores,
                        irm=IrmPrecheck(
                            irm["verifiable"], tuple(irm["values"]), irm["lens"], Potential(irm["potential"])
                        ),
                        party_id=party_ids.get(a["party"]),
                    )
                )
                for i, mit in enumerate(row.mitigations):
                    mit.id = sample_id(p["key"], c["key"], "assessment", a["key"], "mitigation", str(i))
                s.add(row)
            for o in c.get("outcomes", ()):
                s.add(
                    OutcomeRow(
                        id=sample_id(p["key"], c["key"], "outcome", o["key"]),
                        commitment_id=cid,
                        stage=Stage(o["stage"]).value,
                        completion=Completion(o["completion"]).value,
                        opened_government=o["opened_government"],
                        source=o["source"],
                        reported_on=_date(o["reported_on"]),
                        recorded_at=_when(o["at"]),
                        author="Tripartite Technical Secretariat",
                    )
                )
    from .repository import Repository

    Repository(db).rebuild_summaries()
    return plan_id


def open_with_sample(
    db_location: str | None = None, sample: bool = True, read_only: bool = False
) -> Database:
    """Open the database; a newly created one gets the sample plan (users may delete it),
    unless `sample` is False (`--no-sample`: a new file starts empty). `read_only`: see
    open_database (a file at the current schema is opened without writing to it)."""
    from .database import open_database

    db = open_database(db_location, read_only=read_only)
    if db.created and sample:
        load_sample(db)
    return db


def sample_plan_id() -> str:
    """The id the sample plan has on every laptop (the first-run banner looks for it)."""
    data = json.loads(resource_path(*SAMPLE_FILE).read_text(encoding="utf-8"))
    return sample_id(data["plan"]["key"])
