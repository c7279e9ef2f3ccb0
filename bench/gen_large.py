"""Generate a large Feasibility database fast: bulk Core inserts in one transaction.

    .venv/bin/python bench/gen_large.py PATH [--commitments 10000] [--plans 20] [--check]

Each commitment gets one revision (three milestones) and one assessment from each of
its plan's three parties (government, civil society, guarantor). The summary cache is
computed in memory with the same domain function the repository uses
(``effective_result``) and bulk-inserted too; ``--check`` then re-derives a random
sample of summaries with ``Repository.rebuild_summaries`` and compares them, so the
shortcut cannot drift from the real thing. Prints ``name: value`` lines, among them
``generate_10k_s`` (scaled name: ``generate_<n>_s`` for other sizes).

Importable: ``generate(location, commitments=..., plans=...)`` returns the figures
(tests load this file by path to build mid-sized databases quickly).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select

from feasibility_app.domain.assessing import effective_result
from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Potential, Role
from feasibility_app.domain.model import Assessment, FactorScore, IrmPrecheck
from feasibility_app.domain.scoring import default_weights
from feasibility_app.storage.database import open_database
from feasibility_app.storage.models import (
    AssessmentRow,
    CommitmentRow,
    FactorScoreRow,
    MilestoneRow,
    MitigationRow,
    PartyRow,
    PlanRow,
    RevisionRow,
    SummaryRow,
)
from feasibility_app.storage.repository import Repository, fold

COUNTRIES = (
    "Mexico",
    "Brasil",
    "Chile",
    "Colombia",
    "Perú",
    "Uruguay",
    "Paraguay",
    "Costa Rica",
    "Guatemala",
    "Honduras",
    "Panamá",
    "Ecuador",
    "Argentina",
    "Kenya",
    "Ghana",
    "Philippines",
    "Indonesia",
    "Georgia",
    "Ukraine",
    "Portugal",
)
TOPICS = (
    "Public Works",
    "Open Contracting",
    "Inundación Alerts",
    "Health Supplies",
    "Water Quality",
    "Detained Persons",
    "Budget Transparency",
    "Beneficial Ownership",
    "Police Accountability",
    "School Meals",
    "Land Registry",
    "Climate Finance",
    "Procurement Data",
    "Justice Statistics",
    "Migración Segura",
    "Acesso à Informação",
    "Municipal Budgets",
    "Extractive Revenues",
    "Lobbying Register",
    "Asset Declarations",
)
VERBS = ("publish", "strengthen", "promote", "create", "improve", "open", "integrate", "monitor")
DRAFTS = (
    "The agency will publish the {t} dataset in open formats every quarter, nationwide, "
    "with real-time updates and coordination among several agencies.",
    "La dependencia creará un nuevo sistema de {t} en los estados y municipios para "
    "fortalecer la transparencia y promover la participación ciudadana.",
    "We will strengthen and improve the {t} portal, publishing existing records on detention "
    "and human rights cases within the plan period.",
    "O órgão publicará os dados de {t} já existentes em formato aberto, com datas e responsáveis.",
)
AGENCIES = (
    "Ministry of Finance",
    "Secretaría de la Función Pública",
    "Procuraduría General",
    "National Statistics Office",
    "Ministry of Health",
    "Controladoria-Geral",
    "Secretaría de Comunicaciones y Transportes",
    "Supreme Audit Institution",
)
PARTIES = (
    ("Government point of contact", Role.GOVERNMENT),
    ("CSO core group", Role.CIVIL_SOCIETY),
    ("Transparency institute", Role.GUARANTOR),
)
LEVELS = (Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL, Level.NOT_ASSESSED)
LEVEL_WEIGHTS = (30, 35, 22, 8, 5)
NAMESPACE = uuid.UUID("8f0b6a52-2b1c-4d1e-9a55-6c3b0e7d9f10")


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def generate(
    location: str, commitments: int = 10_000, plans: int = 20, seed: int = 1, batch: int = 5_000
) -> dict[str, float]:
    """Create (or add to) the database at `location`; returns figures and counts."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    db = open_database(location)
    base = datetime(2024, 1, 1, tzinfo=UTC)
    tables: dict[str, list[dict]] = {
        name: []
        for name in (
            "plan",
            "party",
            "commitment",
            "revision",
            "milestone",
            "assessment",
            "score",
            "mitigation",
            "summary",
        )
    }
    plan_rows = []
    for p in range(plans):
        pid = _id(rng)
        start = date(2024 + p % 3, 1, 1)
        plan = {
            "id": pid,
            "country": COUNTRIES[p % len(COUNTRIES)],
            "title": f"{COUNTRIES[p % len(COUNTRIES)]} action plan {2024 + p % 3}–{2026 + p % 3} #{p + 1}",
            "start_date": start,
            "end_date": date(start.year + 2, 6, 30),
            "weights": {},
            "created_at": base + timedelta(seconds=p),
            "version": 1,
        }
        plan_rows.append(plan)
        tables["plan"].append(plan)
        for i, (name, role) in enumerate(PARTIES):
            tables["party"].append(
                {
                    "id": _id(rng),
                    "plan_id": pid,
                    "name": name,
                    "role": role.value,
                    "position": i,
                    "version": 1,
                }
            )
    weights = default_weights()
    party_ids = [[r["id"] for r in tables["party"][3 * p : 3 * p + 3]] for p in range(plans)]
    for n in range(commitments):
        p = n % plans
        plan = plan_rows[p]
        cid, rid = _id(rng), _id(rng)
        when = base + timedelta(minutes=n)
        topic = TOPICS[rng.randrange(len(TOPICS))]
        title = f"{VERBS[n % len(VERBS)].capitalize()} {topic} data {n + 1:05d}"
        agency = AGENCIES[rng.randrange(len(AGENCIES))]
        draft = DRAFTS[n % len(DRAFTS)].format(t=topic)
        tables["commitment"].append({"id": cid, "plan_id": plan["id"], "created_at": when})
        tables["revision"].append(
            {
                "id": rid,
                "commitment_id": cid,
                "parent_id": None,
                "author": "gen_large",
                "created_at": when,
                "title": title,
                "problem": f"{topic}: records exist but are not public.",
                "status_quo": "Published on request only.",
                "draft_text": draft,
                "how_it_helps": "Citizens can follow the work.",
                "og_values": ["transparency"],
                "lead_agency": agency,
                "other_actors_government": "",
                "other_actors_cso": "",
                "budget_note": "",
                "start_date": plan["start_date"],
                "end_date": plan["end_date"],
                "status": "draft",
                "language": "en",
            }
        )
        for m in range(3):
            tables["milestone"].append(
                {
                    "id": _id(rng),
                    "revision_id": rid,
                    "position": m,
                    "output": f"Milestone {m + 1}: dataset published at data.gob",
                    "start_date": plan["start_date"],
                    "end_date": plan["start_date"] + timedelta(days=120 * (m + 1)),
                }
            )
        domain = []
        potential = (Potential.UNCLEAR, Potential.MODEST, Potential.SUBSTANTIAL)[rng.randrange(3)]
        for k, (name, role) in enumerate(PARTIES):
            aid = _id(rng)
            at = when + timedelta(seconds=k + 1)
            scores = {}
            for key in FACTOR_KEYS:
                level = rng.choices(LEVELS, LEVEL_WEIGHTS)[0]
                evidence = Evidence.VERIFIED if rng.random() < 0.4 else Evidence.ASSUMED
                rationale = f"{name} on {key}: see the case study, table 2."
                scores[key] = FactorScore(level, evidence, rationale)
                tables["score"].append(
                    {
                        "assessment_id": aid,
                        "factor": key,
                        "level": level.value,
                        "evidence": evidence.value,
                        "rationale": rationale,
                        "consensus_note": "",
                    }
                )
                if level in (Level.HIGH, Level.CRITICAL):
                    tables["mitigation"].append(
                        {
                            "id": _id(rng),
                            "assessment_id": aid,
                            "factor": key,
                            "position": 0,
                            "action": "Agree a data-sharing protocol",
                            "owner": name,
                            "due_date": plan["start_date"] + timedelta(days=90),
                        }
                    )
            irm = IrmPrecheck(rng.random() < 0.7, ("transparency",), "Publishes records.", potential)
            tables["assessment"].append(
                {
                    "id": aid,
                    "commitment_id": cid,
                    "revision_id": rid,
                    "parent_id": None,
                    "party_id": party_ids[p][k],
                    "assessor": name,
                    "role": role.value,
                    "is_consensus": False,
                    "created_at": at,
                    "irm_verifiable": irm.verifiable,
                    "irm_values": list(irm.values),
                    "irm_lens_note": irm.lens_note,
                    "irm_potential": irm.potential.value,
                }
            )
            domain.append(Assessment(aid, cid, rid, name, role, at, scores, irm, party_ids[p][k]))
        result = effective_result(domain, weights)
        tables["summary"].append(
            {
                "commitment_id": cid,
                "plan_id": plan["id"],
                "revision_id": rid,
                "title": title,
                "lead_agency": agency,
                "search_text": fold(" ".join((title, agency, draft))),
                "overall_level": result.verdict.band.value,
                "overall_score": result.verdict.score,
                "complete": result.verdict.complete,
                "assessors": len(result.assessments),
                "discuss": sum(1 for fs in result.spread.values() if fs.discuss),
                "potential": result.potential.value,
                "deleted": False,
                "updated_at": when,
            }
        )
    t_build = time.perf_counter() - t0
    order = (
        ("plan", PlanRow),
        ("party", PartyRow),
        ("commitment", CommitmentRow),
        ("revision", RevisionRow),
        ("milestone", MilestoneRow),
        ("assessment", AssessmentRow),
        ("score", FactorScoreRow),
        ("mitigation", MitigationRow),
        ("summary", SummaryRow),
    )
    with db.engine.begin() as conn:  # one transaction: all or nothing
        for name, model in order:
            rows = tables[name]
            for i in range(0, len(rows), batch):
                conn.execute(insert(model.__table__), rows[i : i + batch])
    total = time.perf_counter() - t0
    size = db.path.stat().st_size if db.path else 0
    db.close()
    return {
        "seconds": total,
        "build_s": t_build,
        "commitments": commitments,
        "plans": plans,
        "assessments": len(tables["assessment"]),
        "factor_scores": len(tables["score"]),
        "file_mb": size / 1e6,
    }


def check_summaries(location: str, sample: int = 50, seed: int = 2) -> int:
    """Re-derive `sample` summaries with the repository; returns how many differed."""
    db = open_database(location)
    repo = Repository(db)
    cols = [c for c in SummaryRow.__table__.columns if c.name != "updated_at"]
    with db.engine.connect() as conn:
        ids = conn.execute(select(SummaryRow.commitment_id)).scalars().all()
        chosen = random.Random(seed).sample(ids, min(sample, len(ids)))
        before = {
            r[0]: tuple(r) for r in conn.execute(select(*cols).where(SummaryRow.commitment_id.in_(chosen)))
        }
    repo.rebuild_summaries(chosen)
    with db.engine.connect() as conn:
        after = {
            r[0]: tuple(r) for r in conn.execute(select(*cols).where(SummaryRow.commitment_id.in_(chosen)))
        }
    db.close()
    return sum(1 for cid in chosen if before.get(cid) != after.get(cid))


def size_label(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--commitments", type=int, default=10_000)
    ap.add_argument("--plans", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true", help="replace an existing file")
    ap.add_argument("--check", action="store_true", help="compare 50 summaries with the repository's")
    args = ap.parse_args(argv)
    path = Path(args.path)
    if path.exists():
        if not args.force:
            print(f"{path} exists; use --force to replace it", file=sys.stderr)
            return 2
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    figures = generate(str(path), args.commitments, args.plans, args.seed)
    label = size_label(args.commitments)
    print(f"generate_{label}_s: {figures['seconds']:.2f}")
    for key in ("commitments", "plans", "assessments", "factor_scores"):
        print(f"{key}: {figures[key]}")
    print(f"file_mb: {figures['file_mb']:.1f}")
    if args.check:
        print(f"summary_mismatches: {check_summaries(str(path))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
