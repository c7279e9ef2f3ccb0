"""Screenshots of the draft editor with the sample Detained Persons Registry draft.

    .venv/bin/python tools/shot_draft_editor.py [--out /tmp] [--width 900] [--height 500]

Writes shot_draft_editor.png (normal), shot_draft_editor_presentation.png and
shot_draft_editor_es.png (a Spanish draft of the same commitment, with a line break inside
a flagged phrase and its finding selected, the UI switched to Spanish). The texts come
straight from resources/sample/mexico_2013_2015.json: no database is opened.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from feasibility_app.domain.model import CommitmentFields, Milestone  # noqa: E402
from feasibility_app.domain.wording import Finding, check_structure  # noqa: E402
from feasibility_app.ui.commitment.draft_editor import DraftEditor  # noqa: E402
from feasibility_app.ui.common.i18n import LanguageManager  # noqa: E402

# The same commitment as the negotiators might have drafted it in Spanish (2013).
SPANISH_DRAFT = (
    "La Procuraduría General de la República (PGR) creará un Registro de Personas DETENIDAS\n"
    "en tiempo\nreal a nivel nacional, con datos de las policías federales, estatales y municipales "
    "y de las fuerzas armadas, para que la ciudadanía sepa quién está detenido, dónde y por qué "
    "autoridad. El registro se publicará en una nueva plataforma, en coordinación con el "
    "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública y la Secretaría de Gobernación."
)


def sample_commitment(key: str) -> tuple[dict, dict]:
    """(commitment, plan) of the sample whose title or key matches `key`."""
    data = json.loads((ROOT / "resources" / "sample" / "mexico_2013_2015.json").read_text(encoding="utf-8"))
    for commitment in data["commitments"]:
        if key.lower() in commitment["title"].lower() or key == commitment.get("key"):
            return commitment, data["plan"]
    return data["commitments"][0], data["plan"]


def structural_for(commitment: dict, plan: dict, language: str) -> list[Finding]:
    """The structural findings of the sample commitment (as the controller would supply them)."""
    milestones = tuple(
        Milestone(m["output"], _date(m.get("start")), _date(m.get("end")))
        for m in commitment.get("milestones", [])
    )
    fields = CommitmentFields(
        title=commitment["title"],
        status_quo=commitment.get("status_quo", ""),
        draft_text=commitment["draft_text"],
        lead_agency=commitment.get("lead_agency", ""),
        milestones=milestones,
        language=language,
    )
    return check_structure(fields, _date(plan.get("start")), _date(plan.get("end")), language)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def shoot(widget: DraftEditor, path: Path, app: QApplication) -> None:
    widget.check_now()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp")
    ap.add_argument("--width", type=int, default=900)
    ap.add_argument("--height", type=int, default=500)
    ap.add_argument("--commitment", default="Detained")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # A throw-away settings file: the user's language choice is never touched.
    settings = QSettings(str(out / "shot_draft_editor.ini"), QSettings.Format.IniFormat)
    languages = LanguageManager(settings, restore=False)
    languages.set_language("en", remember=False)
    commitment, plan = sample_commitment(args.commitment)

    editor = DraftEditor(language="en")
    editor.resize(args.width, args.height)
    editor.editor.setPlainText(commitment["draft_text"])
    editor.set_structural_findings(structural_for(commitment, plan, "en"))
    editor.show()
    shoot(editor, out / "shot_draft_editor.png", app)

    editor.set_presentation(True)
    shoot(editor, out / "shot_draft_editor_presentation.png", app)
    editor.set_presentation(False)

    editor.hide()
    # The Spanish UI through the real switch: translators installed, LanguageChange sent.
    spanish = DraftEditor(language="es")
    languages.set_language("es", remember=False)
    spanish.set_ui_language("es")
    spanish.resize(args.width, args.height)
    spanish.editor.setPlainText(SPANISH_DRAFT)
    spanish.show()
    # Select the phrase across the line break, as a click on its finding would.
    realtime = next((f for f in spanish.check_now() if f.rule_id == "realtime_data"), None)
    if realtime is not None:
        spanish.show_finding(realtime)
    shoot(spanish, out / "shot_draft_editor_es.png", app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
