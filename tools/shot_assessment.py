"""Screenshots of the assessment widgets with the case study's sample values.

    .venv/bin/python tools/shot_assessment.py [--out /tmp] [--commitment pgr-detained]

Writes shot_assessment.png (normal), shot_assessment_presentation.png, shot_assessment_es.png,
shot_verdict.png and shot_verdict_presentation.png. The sample plan is loaded into a throw-away
database in a temporary folder: the user's data is never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from feasibility_app.domain.radar import series_colour
from feasibility_app.domain.rubric import load_rubric
from feasibility_app.domain.scoring import what_if
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import open_with_sample, sample_id
from feasibility_app.ui.assessment.assessment_panel import AssessmentPanel
from feasibility_app.ui.assessment.verdict_panel import VerdictPanel
from feasibility_app.ui.common.i18n import app_translation_file

PLAN_KEY = "mx-2013-2015"


def _commitment_id(repo: Repository, key: str) -> str:
    """The sample commitment whose title or key matches `key` (the first one otherwise)."""
    summaries = repo.summaries()
    for s in summaries:
        if s.id == sample_id(PLAN_KEY, key) or key.lower() in s.title.lower():
            return s.id
    return summaries[0].id


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp")
    ap.add_argument("--commitment", default="Detained")
    ap.add_argument("--width", type=int, default=700)
    ap.add_argument("--height", type=int, default=900)
    args = ap.parse_args(argv)
    out = Path(args.out)

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FEASIBILITY_HOME"] = tmp
        db = open_with_sample(str(Path(tmp) / "shot.sqlite"))
        repo = Repository(db)
        snap = repo.snapshot(_commitment_id(repo, args.commitment))
        db.close()

    first = snap.result.assessments[0] if snap.result.assessments else None
    scores = dict(first.scores) if first else dict(snap.result.scores)
    irm = first.irm if first else None
    weights = snap.plan.weights
    levels = {k: s.level for k, s in snap.result.scores.items()}

    def series(lang: str) -> list[tuple[str, dict, str]]:
        items = [
            (f"{a.assessor} ({load_rubric(lang).role_label(a.role)})", a.levels(), series_colour(i))
            for i, a in enumerate(snap.result.assessments)
        ]
        return items or [("", levels, series_colour(0))]

    translators: list[QTranslator] = []

    def use_language(lang: str) -> None:
        """Install the app's own translation (as the language menu does), so tr() texts show too."""
        for t in translators:
            QCoreApplication.removeTranslator(t)
        translators.clear()
        t = QTranslator()
        if t.load(str(app_translation_file(lang))):
            QCoreApplication.installTranslator(t)
            translators.append(t)

    def build_panel(lang: str, presentation: bool) -> AssessmentPanel:
        use_language(lang)
        panel = AssessmentPanel(language=lang)
        if first:
            panel.set_assessor(first.assessor, load_rubric(lang).role_label(first.role))
        if irm is not None:
            panel.set_assessment(scores, irm)
        else:
            panel.set_assessment(scores, panel.irm())
        panel.set_findings_counts({"data_availability": 3, "issue_sensitivity": 2})
        panel.set_presentation(presentation)
        panel.resize(args.width, args.height)
        panel.show()
        panel.activateWindow()
        app.processEvents()
        panel.focus_factor(1)
        app.processEvents()
        return panel

    def build_verdict(lang: str, presentation: bool) -> QWidget:
        use_language(lang)
        verdict = VerdictPanel(language=lang)
        verdict.set_result(snap.result.verdict, what_if(levels, weights), series(lang))
        verdict.set_presentation(presentation)
        verdict.resize(460 if not presentation else 560, args.height)
        verdict.show()
        app.processEvents()
        return verdict

    def save(name: str, widget: QWidget) -> None:
        # Grab each window before the next one takes the focus (the focus ring follows the focus).
        app.processEvents()
        path = out / name
        widget.grab().save(str(path))
        widget.hide()
        print(path)

    save("shot_assessment.png", build_panel("en", False))
    save("shot_assessment_presentation.png", build_panel("en", True))
    save("shot_assessment_es.png", build_panel("es", False))
    save("shot_verdict.png", build_verdict("en", False))
    save("shot_verdict_presentation.png", build_verdict("en", True))
    save("shot_verdict_pt.png", build_verdict("pt", False))

    # A draft still being scored: two factors not assessed, assumptions unverified.
    from feasibility_app.domain.factors import Level
    from feasibility_app.domain.scoring import evaluate

    partial = {k: Level.MODERATE if s.level.assessed else s.level for k, s in scores.items()}
    partial.update(budget=Level.NOT_ASSESSED, political_will=Level.NOT_ASSESSED, data_availability=Level.LOW)
    use_language("en")
    draft = VerdictPanel(language="en")
    draft.set_result(
        evaluate(partial, weights), what_if(partial, weights), [("Draft", partial, series_colour(0))]
    )
    draft.resize(460, 700)
    draft.show()
    save("shot_verdict_incomplete.png", draft)

    # Side by side, as the main window will likely show them.
    both = QWidget()
    row = QHBoxLayout(both)
    panel = AssessmentPanel(both)
    if first:
        panel.set_assessor(first.assessor, load_rubric("en").role_label(first.role))
    panel.set_assessment(scores, irm if irm is not None else panel.irm())
    verdict = VerdictPanel(both)
    verdict.set_result(snap.result.verdict, what_if(levels, weights), series("en"))
    row.addWidget(panel, 3)
    row.addWidget(verdict, 2)
    both.resize(1280, 800)
    both.show()
    app.processEvents()
    panel.focus_factor(0)
    save("shot_side_by_side.png", both)
    # The IRM pre-check at the bottom of the panel.
    panel.scroll.verticalScrollBar().setValue(panel.scroll.verticalScrollBar().maximum())
    save("shot_irm.png", panel)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
