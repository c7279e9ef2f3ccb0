"""Render the compare and history views with the sample plan's Detained Persons Registry.

    .venv/bin/python tools/shot_party_views.py [--lang en|es|pt] [--out /tmp]

Works offscreen (no display needed). The sample is loaded into a temporary
database; to give the history something to show, the tool then saves one demo
revision there (the renegotiation the case study describes: the registry
limited to federal jurisdiction) and records nothing else. The real sample data
and the user's database are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from feasibility_app.domain.assessing import newest_consensus
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository
from feasibility_app.storage.sample import load_sample, sample_id
from feasibility_app.ui.parties.compare_view import CompareView
from feasibility_app.ui.parties.history_view import HistoryView

SIZE = (1000, 600)
FEDERAL_TEXT = (
    "The Attorney General's Office (PGR) will publish an open registry of persons detained under "
    "federal jurisdiction, with data from federal police and the armed forces, so that the public can "
    "know who is in federal custody, where, and by which authority. The registry will be published "
    "as open data on datos.gob.mx and coordinated with the National Public Safety Executive Secretariat."
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=("en", "es", "pt"))
    parser.add_argument("--out", default=tempfile.gettempdir())
    parser.add_argument("--no-revision", action="store_true", help="show the sample exactly as shipped")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "shot.db"))
        load_sample(db)
        repo = Repository(db)
        cid = sample_id("mx-2013-2015", "pgr-detained")
        if not args.no_revision:
            rev = repo.current_revision(cid)
            milestones = (
                *rev.fields.milestones[:1],
                replace(rev.fields.milestones[1], output="Federal registry published as open data"),
            )
            repo.save_revision(
                cid,
                replace(rev.fields, draft_text=FEDERAL_TEXT, milestones=milestones),
                author="PGR open government unit",
            )
        assessments = repo.assessments(cid)
        current = repo.current_revision(cid)

        compare = CompareView()
        compare.set_data(assessments, newest_consensus(assessments), current.id, args.lang)
        compare.resize(*SIZE)
        compare.show()

        history = HistoryView()
        history.set_data(repo.revisions(cid), assessments, args.lang)
        history.resize(*SIZE)
        history.show()
        app.processEvents()

        out = Path(args.out)
        suffix = "" if args.lang == "en" else f"_{args.lang}"
        for name, widget in (("compare_view", compare), ("history_view", history)):
            path = out / f"{name}{suffix}.png"
            widget.grab().save(str(path))
            print(path)
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
