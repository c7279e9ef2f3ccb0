"""How well the wording checks read the labelled corpus, and how fast a long draft is checked.

Prints ``name: value`` lines: recall (share of the factors each draft must raise that it
raised), the false-alarm rate (share of plain, feasible drafts raising anything of medium
or high severity), the must-not rate (share of the factors drafts must not raise that
they raised), the language accuracy on drafts of 15 words or more (detected, none given),
and the time to detect the language of and check a 20-page draft. The corpus and the
definitions: tests/corpus/. Goals: recall >= 95 %, false alarms <= 5 %, language >= 98 %,
20-page check <= 50 ms.

    .venv/bin/python bench/bench_corpus.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_wording import SENTENCES, build_text, median_ms

from feasibility_app.domain.language import detect_language
from tests.corpus.evaluate import evaluate, load_corpus


def main() -> None:
    drafts = load_corpus()
    scores = evaluate(drafts)
    print(f"corpus_drafts: {len(drafts)}")
    print(f"corpus_plain_drafts: {scores.plain}")
    print(f"recall_pct: {100 * scores.recall:.1f}")
    print(f"false_alarm_pct: {100 * scores.false_alarm_rate:.1f}")
    print(f"must_not_raised_pct: {100 * scores.must_not_rate:.1f}")
    print(f"language_accuracy_pct: {100 * scores.language_accuracy:.1f}")
    for language in ("en", "es", "pt"):
        mine = [d for d in drafts if d["lang"] == language]
        print(f"recall_{language}_pct: {100 * evaluate(mine).recall:.1f}")
    for miss in scores.misses:
        print(f"miss: {miss}")
    worst = 0.0
    for language, sentences in SENTENCES.items():
        text = build_text(sentences)
        timings = []
        for _ in range(20):
            start = time.perf_counter()
            detect_language(text)
            timings.append((time.perf_counter() - start) * 1000)
        detect_ms = statistics.median(timings)
        check_ms, _ = median_ms(text, language)
        worst = max(worst, detect_ms + check_ms)
        print(f"detect_20_pages_{language}_ms: {detect_ms:.2f}")
    print(f"detect_and_check_20_pages_ms: {worst:.1f}")


if __name__ == "__main__":
    main()
