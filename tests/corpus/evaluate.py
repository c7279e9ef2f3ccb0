"""Scores the wording checks against the labelled corpus (``wording_corpus.json``).

Shared by the test that holds the goals and by ``bench/bench_corpus.py``, which prints
the figures. Definitions:

- recall: of all (draft, factor) pairs a draft *must* raise, the share it raised;
- must-not rate: of all (draft, factor) pairs a draft must *not* raise, the share it raised;
- false-alarm rate: of the plain, feasible drafts, the share that raised anything of
  medium or high severity (a low finding is a hint, not an alarm);
- language accuracy: of the drafts of 15 words or more, the share whose language was
  detected right (detection only: no language given).

Drafts are checked at their own lead agency's level, with their language detected.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from feasibility_app.domain.language import detect_language
from feasibility_app.domain.wording import check_text, severity_rank

CORPUS = Path(__file__).with_name("wording_corpus.json")
MIN_WORDS = 15


def load_corpus(path: Path = CORPUS) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["drafts"]


@dataclass
class Scores:
    must: int = 0
    raised: int = 0
    must_not: int = 0
    wrongly_raised: int = 0
    plain: int = 0
    plain_alarms: int = 0
    long_drafts: int = 0
    language_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.raised / self.must if self.must else 1.0

    @property
    def must_not_rate(self) -> float:
        return self.wrongly_raised / self.must_not if self.must_not else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.plain_alarms / self.plain if self.plain else 0.0

    @property
    def language_accuracy(self) -> float:
        return self.language_right / self.long_drafts if self.long_drafts else 1.0


def evaluate(drafts: list[dict]) -> Scores:
    s = Scores()
    for d in drafts:
        text = d["text"]
        detected = detect_language(text).language
        if len(text.split()) >= MIN_WORDS:
            s.long_drafts += 1
            if detected == d["lang"]:
                s.language_right += 1
            else:
                s.misses.append(f"{d['id']}: language {detected} (is {d['lang']})")
        findings = check_text(text, detected or "en", level=d["level"])
        alarms = {f.factor for f in findings if severity_rank(f.severity) >= severity_rank("medium")}
        raised = {f.factor for f in findings}
        for factor in d["must"]:
            s.must += 1
            if factor in raised:
                s.raised += 1
            else:
                s.misses.append(f"{d['id']}: missed {factor}")
        for factor in d["must_not"]:
            s.must_not += 1
            if factor in alarms:
                s.wrongly_raised += 1
                s.misses.append(f"{d['id']}: raised {factor}")
        if d["plain"]:
            s.plain += 1
            if alarms:
                s.plain_alarms += 1
                s.misses.append(f"{d['id']}: plain draft alarmed on {sorted(alarms)}")
    return s
