"""Issue 16: forty assessors across three parties, long names and a ~3,000-character CSO list,
lay out in both reports: tables split between rows across pages, every name is printed."""

from __future__ import annotations

import dataclasses
import re

from feasibility_app.domain.factors import Level, Potential, Role
from feasibility_app.domain.model import IrmPrecheck, Party
from feasibility_app.reports.commitment_report import write_commitment_report
from feasibility_app.reports.plan_report import write_plan_report

from .helpers import add_commitment, read_pdf, scores

PARTIES = (
    (
        "Secretaría de Gobernación — Unidad de Política de Transparencia y Rendición de Cuentas",
        Role.GOVERNMENT,
    ),
    (
        "Colectivo de Organizaciones de la Sociedad Civil por la Transparencia y el Gobierno Abierto",
        Role.CIVIL_SOCIETY,
    ),
    ("Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos", Role.GUARANTOR),
)


def _assessor(i: int) -> str:
    return f"Assessor{i:02d} María Fernanda de los Ángeles González-Hernández"


def test_forty_assessors_fit_both_reports_with_every_name(repo, sample_plan, tmp_path):
    plan = repo.update_plan(
        dataclasses.replace(
            sample_plan, parties=tuple(Party("", sample_plan.id, name, role) for name, role in PARTIES)
        )
    )
    cso = ", ".join(f"Organización Civil Número {i}" for i in range(110))  # ~3,300 characters
    cid = add_commitment(repo, plan.id, title="Forty assessors", cso=cso)
    levels, potentials = list(Level), list(Potential)
    for i in range(40):
        party = plan.parties[i % 3]
        irm = IrmPrecheck(verifiable=True, potential=potentials[i % len(potentials)])
        repo.save_assessment(cid, _assessor(i), party.role, scores(levels[i % 4]), irm, party_id=party.id)

    out = tmp_path / "commitment.pdf"
    write_commitment_report(repo, cid, out, "en")  # no LayoutError
    pdf = read_pdf(out)
    flat = pdf.flat
    for i in range(40):
        assert _assessor(i) in flat
        # the IRM pre-check names each assessor's potential, a row each
        assert re.search(re.escape(_assessor(i)) + r" \([^)]+\): (Unclear|Modest|Substantial)", flat)
    assert "Organización Civil Número 109" in flat
    assert len(pdf.pages) > 1

    plan_out = tmp_path / "plan.pdf"
    write_plan_report(repo, plan.id, plan_out, "en")
    assert "Forty assessors" in read_pdf(plan_out).flat
