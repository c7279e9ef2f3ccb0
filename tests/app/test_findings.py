"""One wording check per text: the editor's highlights and the factor counts share it."""

from __future__ import annotations

from feasibility_app.app import findings
from feasibility_app.domain.model import CommitmentFields
from feasibility_app.domain.wording import check_text, findings_by_factor


def test_the_same_text_is_checked_once_and_both_lists_agree(monkeypatch):
    calls = []

    def counting(text, language, **options):
        calls.append((text, language))
        return check_text(text, language, **options)

    monkeypatch.setattr(findings, "check_text", counting)
    findings._text_findings.cache_clear()
    draft = "Publicar en tiempo real los datos de todas las personas detenidas a nivel nacional."
    editor_list = findings.text_findings(draft, "es")  # what the highlighter shows
    fields = CommitmentFields(title="Registro", draft_text=draft, language="es")
    counted = [f for f in findings.commitment_findings(fields) if not f.structural]  # the counts
    assert calls == [(draft, "es")]
    assert editor_list == counted and editor_list
    assert findings_by_factor(counted)["data_availability"] >= 1
