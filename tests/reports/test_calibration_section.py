"""The portfolio report's track-record section, and the honest wording in both reports."""

from __future__ import annotations

from feasibility_app.domain.outcomes import Completion
from feasibility_app.reports.commitment_report import write_commitment_report
from feasibility_app.reports.plan_report import write_plan_report
from feasibility_app.storage.outcomes import record_outcome

from .helpers import read_pdf


def test_portfolio_sets_the_bands_at_signing_against_the_sample_outcomes(repo, sample_plan, tmp_path):
    flat = read_pdf(write_plan_report(repo, sample_plan.id, tmp_path / "p.pdf")).flat
    assert "risk prompts for discussion, not predictions" in flat
    section = flat[flat.index("Track record: risks at signing against what happened") :]
    assert "6 commitment(s) with an outcome and a score before it." in section
    assert "Too few outcomes to say (fewer than 10)" in section
    assert (
        "Band at signing: 0 from the forum's signing lock, 6 from the newest score before the outcome "
        "(no lock before it)." in section
    )
    # the three SCT commitments were low at signing and largely finished (substantial)
    assert "Low 3 0 0 3 0 0 of 3 (0–56%) · too few to say" in section
    assert "Critical 2 0 2 0 0 2 of 2 (34–100%) · too few to say" in section
    assert "Data availability 3 of 3 (44–100%) · too few to say 0 of 3 (0–56%) · too few to say" in section


def test_portfolio_without_outcomes_says_how_to_start(repo, sample_plan, sample_ids, tmp_path):
    from sqlalchemy import delete

    from feasibility_app.storage.models import OutcomeRow

    with repo.db.session() as s:
        s.execute(delete(OutcomeRow))
    flat = read_pdf(write_plan_report(repo, sample_plan.id, tmp_path / "p.pdf", lang="pt")).flat
    assert "Ainda não há resultados registrados" in flat
    record_outcome(repo.db, next(iter(sample_ids.values())), Completion.COMPLETE)
    flat = read_pdf(write_plan_report(repo, sample_plan.id, tmp_path / "p.pdf", lang="es")).flat
    assert "1 compromiso(s) con un resultado y una puntuación anterior a él." in flat
    assert "Banda a la firma: 0 según el bloqueo de firma del foro, 1 según la puntuación" in flat


def test_commitment_report_signs_off_on_prompts_not_predictions(repo, detained_id, tmp_path):
    out = tmp_path / "c.pdf"
    write_commitment_report(repo, detained_id, out, "en")
    assert "risk prompts for discussion, not predictions" in read_pdf(out).flat
