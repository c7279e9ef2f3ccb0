"""The CSV and .xlsx exports carry the negotiation: how each level was agreed, mitigations,
the overall result and the text's revision, with translated labels."""

from __future__ import annotations

import csv
import dataclasses
import io

from feasibility_app.app.forum_actions import record_consensus
from feasibility_app.cli import run
from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.forum import ConsensusProposal
from feasibility_app.exchange.csv_export import export_csv
from feasibility_app.exchange.xlsx_export import sheet_name
from feasibility_app.storage.sample import sample_id

from .helpers import open_repo

DETAINED = sample_id("mx-2013-2015", "pgr-detained")


def _agree(repo):
    snap = repo.snapshot(DETAINED)
    levels = {k: fs.suggested for k, fs in snap.result.spread.items()}
    cso = next(v for v in snap.result.voices if v.role.value == "civil_society")
    levels["political_will"] = Level.HIGH
    proposal = ConsensusProposal(
        "Mediadora",
        tuple(v.key for v in snap.result.voices),
        levels,
        {"political_will": "=Carta de apoyo de Presidencia."},
        {"political_will": {cso.key}},
    )
    return record_consensus(repo, DETAINED, proposal)


def test_csv_in_spanish_says_how_each_level_was_agreed(tmp_path):
    repo = open_repo(f"sqlite:///{tmp_path / 'x.db'}", sample=True)
    agreed = _agree(repo)
    out = tmp_path / "x.csv"
    export_csv(repo, out, lang="es")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    detained = [r for r in rows if r["Compromiso"].startswith("Detained Persons")]
    forum = [r for r in detained if r["Parte"] == "El foro"]
    assert len(forum) == 6 and {r["Evaluador/a"] for r in forum} == {"Mediadora"}
    will = next(r for r in forum if r["Factor"] == "Voluntad política")
    assert will["Nivel"] == "Alto"
    assert will["Cómo se acordó el nivel"].startswith("Acordado por el foro el ")
    assert "Nota: =Carta de apoyo de Presidencia." in will["Cómo se acordó el nivel"]
    assert "Bloqueo aceptado por: CSO core group" in will["Cómo se acordó el nivel"]
    assert will["Revisión del texto"].startswith(agreed.revision_id[:8])
    assert will["Resultado global"].endswith("· consenso acordado")
    members = {r["Evaluador/a"] for r in detained if r["Parte"].startswith("CSO core group")}
    assert members == {"Artículo 19", "CIDAC"}
    assert any(r["Mitigaciones"] for r in rows)  # the sample's mitigations, with owner and date

    rev = repo.current_revision(DETAINED)
    repo.save_revision(DETAINED, dataclasses.replace(rev.fields, draft_text="Solo federal."), "Beto")
    export_csv(repo, out, lang="es")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    will = next(r for r in rows if r["Parte"] == "El foro" and r["Factor"] == "Voluntad política")
    assert "evaluó un texto anterior" in will["Cómo se acordó el nivel"]
    assert "consenso sugerido de 3 partes" in will["Resultado global"]


def test_xlsx_has_a_sheet_per_plan_and_text_never_becomes_a_formula(tmp_path, capsys):
    from openpyxl import load_workbook

    db = f"sqlite:///{tmp_path / 'x.db'}"
    repo = open_repo(db, sample=True)
    _agree(repo)
    repo.create_plan("Plan: Chile 2014/2016 [borrador]", "Chile")
    out = tmp_path / "x.xlsx"
    assert run(["--db", db, "export", "-o", str(out), "--lang", "pt"]) == 0
    assert "rows to" in capsys.readouterr().out
    wb = load_workbook(out)
    assert len(wb.sheetnames) == 1  # the empty plan has no rows, so no sheet of its own
    ws = wb[wb.sheetnames[0]]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Plano de ação", "Compromisso", "Revisão do texto"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert len(rows) == 6 * (4 + 1) + 5 * 6 * 2  # the registry: 4 members and the forum; 5 others: 2 each
    note = next(r for r in rows if r[3] == "O fórum" and r[5] == "Vontade política")
    assert "Nota: =Carta de apoyo de Presidencia." in note[9]
    assert all(c.data_type == "s" for r in ws.iter_rows(min_row=2) for c in r if c.value is not None)
    assert {r[5] for r in rows} >= {"Vontade política"} and not set(FACTOR_KEYS) & {r[5] for r in rows}


def test_sheet_names_are_valid_and_unique():
    taken: set[str] = set()
    a = sheet_name("Plan: Chile 2014/2016 [borrador] with a very long title indeed", taken)
    b = sheet_name("Plan: Chile 2014/2016 [borrador] with a very long title indeed", taken)
    assert len(a) <= 31 and len(b) <= 31 and a != b
    assert not set(a) & set("[]:*?/\\")


def test_a_party_known_only_by_its_role_is_named_by_the_role_in_the_sheets_language():
    from feasibility_app.exchange.csv_export import Labels

    lb = Labels("es")
    assert lb.party_name("civil_society") == lb.rubric.role_label("civil_society")
    assert lb.party_name("civil_society") != "civil_society"
    assert lb.party_name("CSO core group") == "CSO core group"  # a named party keeps its name
