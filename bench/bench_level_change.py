"""How long a level change takes to reach the verdict panel and the chart.

    .venv/bin/python bench/bench_level_change.py [--runs 100]

Each change: a mouse click on a level button of a factor card -> score_edited ->
evaluate() and what_if() -> VerdictPanel.set_result() -> a synchronous repaint of the
verdict panel (chip, texts and the radar) with widget.repaint(). Prints the median as
`level_change_ms: <median>` (goal: 16 ms, one frame at 60 Hz), then the same change
including the rest of the frame (layout and the card's own repaint, via processEvents),
the 90th percentile, and the median CPU time (steady when other processes share the machine).
Runs offscreen unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from feasibility_app.domain.factors import FACTOR_KEYS, RISK_LEVELS, Evidence, Level
from feasibility_app.domain.model import FactorScore, IrmPrecheck
from feasibility_app.domain.radar import series_colour
from feasibility_app.domain.scoring import evaluate, what_if
from feasibility_app.ui.assessment.assessment_panel import AssessmentPanel
from feasibility_app.ui.assessment.verdict_panel import VerdictPanel


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Median time of a level change to the verdict and chart.")
    ap.add_argument("--runs", type=int, default=100)
    ap.add_argument("--presentation", action="store_true", help="measure in presentation mode")
    args = ap.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    window = QWidget()
    row = QHBoxLayout(window)
    panel = AssessmentPanel(window)
    verdict = VerdictPanel(window)
    row.addWidget(panel, 3)
    row.addWidget(verdict, 2)
    window.resize(1280, 800)
    panel.set_presentation(args.presentation)
    verdict.set_presentation(args.presentation)

    scores = {
        key: FactorScore(RISK_LEVELS[i % 4], Evidence.ASSUMED, f"Rationale for {key}.")
        for i, key in enumerate(FACTOR_KEYS)
    }
    other_party = {key: RISK_LEVELS[(i + 2) % 4] for i, key in enumerate(FACTOR_KEYS)}
    panel.set_assessment(scores, IrmPrecheck())

    def refresh() -> None:
        levels = {k: s.level for k, s in scores.items()}
        v = evaluate(levels, None, {k: s.evidence for k, s in scores.items()})
        series = [("Government", levels, series_colour(0)), ("Civil society", other_party, series_colour(1))]
        verdict.set_result(v, what_if(levels), series)
        verdict.repaint()  # synchronous: chip, texts and the radar

    def on_edit(key: str, score: FactorScore) -> None:
        scores[key] = score
        refresh()

    panel.score_edited.connect(on_edit)
    refresh()
    window.show()
    app.processEvents()

    cycle = itertools.cycle(itertools.product(range(len(FACTOR_KEYS)), (*RISK_LEVELS, Level.NOT_ASSESSED)))

    cpu: list[float] = []

    def one_change(full_frame: bool) -> float:
        while True:
            i, level = next(cycle)
            card = panel.cards[i]
            if card.level() is not level:
                break
        button = card.level_buttons[level]
        t0, c0 = time.perf_counter(), time.process_time()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        if full_frame:
            app.processEvents()
        elapsed = (time.perf_counter() - t0) * 1000
        if not full_frame:
            cpu.append((time.process_time() - c0) * 1000)
        if not full_frame:
            app.processEvents()
        assert scores[FACTOR_KEYS[i]].level is level
        return elapsed

    for _ in range(10):  # warm up caches (fonts, glyphs, style sheets)
        one_change(True)
    direct = [one_change(False) for _ in range(args.runs)]
    frame = [one_change(True) for _ in range(args.runs)]

    print(f"level_change_ms: {statistics.median(direct):.2f}")
    print(f"level_change_full_frame_ms: {statistics.median(frame):.2f}")
    print(f"level_change_p90_ms: {statistics.quantiles(direct, n=10)[-1]:.2f}")
    # CPU time of the same changes: close to the wall time on an idle machine, and steady on a busy one.
    print(f"level_change_cpu_ms: {statistics.median(cpu):.2f}")
    print(f"runs: {args.runs}  platform: {app.platformName()}  presentation: {args.presentation}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
