"""Compare and history views: the model is sound, disagreement is visible, edits only emit signals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from feasibility_app.domain.factors import FACTOR_KEYS, Evidence, Level, Role
from feasibility_app.domain.model import Assessment, CommitmentFields, FactorScore, Party, Revision
from feasibility_app.ui.parties.compare_model import BlockRole, CompareModel, LevelRole
from feasibility_app.ui.parties.compare_view import CompareView
from feasibility_app.ui.parties.history_view import AssessmentRole, HistoryView, parallel_groups

pytestmark = pytest.mark.gui

L, M, H, C = Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL
T0 = datetime(2013, 10, 15, 12, 0, tzinfo=UTC)
LEVELS = {
    ("PGR", Role.GOVERNMENT): (H, C, L, H, H, H),
    ("Artículo 19", Role.CIVIL_SOCIETY): (M, H, C, C, M, C),
    ("IFAI", Role.GUARANTOR): (H, H, M, H, M, H),
}


PARTIES = (
    Party("p-gov", "plan", "PGR", Role.GOVERNMENT),
    Party("p-cso", "plan", "Artículo 19", Role.CIVIL_SOCIETY),
    Party("p-ifai", "plan", "IFAI", Role.GUARANTOR),
)


def assessment(name, role, levels, minutes, revision="rev1", **kw):
    if not kw.get("is_consensus"):
        kw.setdefault("party_id", {p.role: p.id for p in PARTIES}.get(role))
    return Assessment(
        id=f"{name}-{minutes}",
        commitment_id="c1",
        revision_id=revision,
        assessor=name,
        role=role,
        created_at=T0 + timedelta(minutes=minutes),
        scores={k: FactorScore(lv, Evidence.VERIFIED) for k, lv in zip(FACTOR_KEYS, levels, strict=True)},
        **kw,
    )


@pytest.fixture
def three():
    return [assessment(n, r, lv, i) for i, ((n, r), lv) in enumerate(LEVELS.items())]


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """Any modal message box would hang the run: fail loudly instead."""

    def refuse(*_a, **_k):
        raise AssertionError("a view opened a blocking dialog")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))
    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture
def compare(qtbot, three):
    view = CompareView()
    qtbot.addWidget(view)
    view.set_data(three, None, "rev1", "en", PARTIES)
    view.resize(1000, 600)
    return view


def test_compare_model_passes_the_model_tester(qtmodeltester, three):
    from feasibility_app.domain.consensus import build_comparison
    from feasibility_app.domain.rubric import load_rubric

    model = CompareModel()
    qtmodeltester.check(model)  # empty
    model.set_comparison(build_comparison(three, "rev1", parties=PARTIES), load_rubric("es"), PARTIES)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6 and model.columnCount() == 3 + 5


def test_compare_shows_levels_discuss_and_blocks(compare):
    m = compare.model
    assert m.headerData(0, Qt.Orientation.Vertical) == "Jurisdiction"
    assert "Constitutional limits" in m.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert "Artículo 19" in m.headerData(1, Qt.Orientation.Horizontal)
    cso = FACTOR_KEYS.index("cso_cooperation")
    assert m.index(cso, 0).data() == "Low"
    assert m.index(cso, 0).data(LevelRole) == "low"
    block = m.index(cso, 1)
    assert block.data() == "Critical · BLOCK" and block.data(BlockRole) is True
    assert block.data(Qt.ItemDataRole.FontRole).bold()
    assert "block" in block.data(Qt.ItemDataRole.ToolTipRole).lower()
    assert block.data(Qt.ItemDataRole.BackgroundRole).color().name().upper() == "#C62828"
    assert m.index(cso, m.spread_column).data() == "3"
    assert m.index(cso, m.discuss_column).data() == "Discuss"
    budget = FACTOR_KEYS.index("budget")
    assert m.index(budget, m.discuss_column).data() is None
    assert m.index(cso, m.suggested_column).data() == "Critical"  # the block stands
    assert "Parties that scored it: 3 (3 people; each party counts once)." in compare.summary_label.text()
    assert "Factors to discuss: 1" in compare.summary_label.text()
    assert "Artículo 19 (CSO relations, Sensitivity, Political will)" in compare.summary_label.text()
    assert compare.record_button.isEnabled() and not compare.lock_button.isEnabled()
    # agreeing below the block demands a note, and recording waits for it
    m.setData(m.index(cso, m.agreed_column), "moderate")
    assert m.index(cso, m.note_column).data().startswith("Needed")
    assert not compare.record_button.isEnabled()
    assert "CSO relations" in compare.needed_label.text()


def test_agreed_combos_are_visible_and_edits_only_emit(qtbot, compare):
    m = compare.model
    combos = [compare.table.indexWidget(m.index(r, m.agreed_column)) for r in range(6)]
    assert all(isinstance(c, QComboBox) for c in combos)
    data = FACTOR_KEYS.index("data_availability")
    assert combos[data].currentData() == "critical"  # starts at the suggested level: PGR blocks
    with qtbot.waitSignal(compare.agreed_edited) as edited:
        combos[data].setCurrentIndex(combos[data].findData("high"))
        combos[data].activated.emit(combos[data].currentIndex())
    assert edited.args == ["data_availability", "high"]
    assert compare.agreed_levels()["data_availability"] is H
    # programmatic changes (undo) do not emit
    with qtbot.assertNotEmitted(compare.agreed_edited):
        compare.set_agreed("data_availability", "critical")
    assert compare.agreed_levels()["data_availability"] is C
    assert combos[data].currentData() == "critical"


def test_consensus_requested_carries_edited_levels_and_notes(qtbot, compare):
    m = compare.model
    cso = FACTOR_KEYS.index("cso_cooperation")
    m.setData(m.index(cso, m.agreed_column), "moderate")
    with qtbot.waitSignal(compare.note_edited) as edited:
        m.setData(m.index(cso, m.note_column), "Artículo 19 aceptó «moderado» con reuniones mensuales.")
    assert edited.args[0] == "cso_cooperation"
    assert compare.record_button.isEnabled()
    with qtbot.waitSignal(compare.consensus_requested) as requested:
        qtbot.mouseClick(compare.record_button, Qt.MouseButton.LeftButton)
    levels, notes = requested.args
    assert levels == {
        "constitutional_limits": H,
        "data_availability": C,
        "cso_cooperation": M,
        "issue_sensitivity": C,
        "political_will": C,
        "budget": M,
    }
    assert notes["cso_cooperation"] == "Artículo 19 aceptó «moderado» con reuniones mensuales."
    assert notes["budget"].startswith("Suggested level accepted (Moderate).")
    assert notes["data_availability"].startswith("Suggested level accepted (Critical).")
    assert "PGR Critical" in notes["data_availability"]


def test_recorded_consensus_fills_agreed_and_stale_parties_are_marked(qtbot, three):
    view = CompareView()
    qtbot.addWidget(view)
    consensus = assessment("Secretariado", Role.FACILITATOR, (C,) * 6, 60, is_consensus=True)
    consensus = replace(
        consensus, scores={k: replace(s, consensus_note="acordado") for k, s in consensus.scores.items()}
    )
    three[1] = replace(three[1], revision_id="rev0")
    view.set_data([*three, consensus], consensus, "rev1", "es", PARTIES)
    m = view.model
    assert view.agreed_levels() == dict.fromkeys(FACTOR_KEYS, C)
    assert m.index(0, m.note_column).data() == "acordado"
    assert m.index(0, m.agreed_column).data() == "Crítico"
    # nothing changed since it was recorded: recording again waits for a change; locking may go
    assert not view.record_button.isEnabled() and view.lock_button.isEnabled()
    m.setData(m.index(0, m.agreed_column), "high")
    assert view.record_button.isEnabled() and not view.lock_button.isEnabled()
    assert not view.stale_label.isHidden()
    assert "Artículo 19" in view.stale_label.text()
    assert "⚠" in m.headerData(1, Qt.Orientation.Horizontal)
    assert "⚠" not in m.headerData(0, Qt.Orientation.Horizontal)


def test_no_parties_and_language_change(qtbot):
    view = CompareView()
    qtbot.addWidget(view)
    view.set_data([], None, "rev1", "pt")
    assert not view.record_button.isEnabled()
    assert view.model.rowCount() == 0
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.record_button.text() == "Record agreed consensus…"


# --- history -------------------------------------------------------------------------------


def revision(rid, parent, text, minutes, author="Secretariado"):
    return Revision(
        id=rid,
        commitment_id="c1",
        parent_id=parent,
        author=author,
        created_at=T0 + timedelta(minutes=minutes),
        fields=CommitmentFields(title="Registro", draft_text=text, language="es"),
    )


@pytest.fixture
def revisions():
    return [
        revision("rev1", None, "La PGR publicará el registro <nacional> de personas detenidas.", 0),
        revision(
            "rev2", "rev1", "La PGR hará la publicación del registro <federal> de detenidos.", 60, "PGR"
        ),
    ]


@pytest.fixture
def history(qtbot, revisions, three):
    view = HistoryView()
    qtbot.addWidget(view)
    view.set_data(revisions, three, "es")
    view.resize(1000, 600)
    return view


def test_history_diff_marks_changed_spanish_words(history):
    html = history.diff_html()
    assert "<del>" in html and "<ins>" in html
    deleted = html.split("<del>")[1].split("</del>")[0]
    inserted = html.split("<ins>")[1].split("</ins>")[0]
    assert "publicará" in deleted and "line-through" in deleted
    assert "publicación" in inserted and "underline" in inserted
    assert "&lt;" in html and "&gt;" in html
    assert "<nacional>" not in html and "<federal>" not in html  # escaped, not markup
    shown = history.browser.toHtml()  # what Qt actually renders keeps the strike-through and underline
    assert "line-through" in shown and "underline" in shown and "publicación" in shown
    assert "Revision 1" in history.diff_title.text() and "Revision 2" in history.diff_title.text()


def test_history_lists_revisions_with_their_assessments(history):
    tree = history.tree
    assert tree.topLevelItemCount() == 2
    current, first = tree.topLevelItem(0), tree.topLevelItem(1)
    assert current.text(0) == "Revision 2" and "current" in current.text(3)
    assert current.childCount() == 0
    assert first.childCount() == 3
    states = [first.child(i).text(3) for i in range(3)]
    assert states == ["scored an earlier text"] * 3
    assert first.child(0).text(1) == "Gobierno"  # role label from the Spanish rubric


def test_rescore_button_emits_the_stale_assessment(qtbot, history, three):
    button = history.rescore_button(three[1].id)
    assert button is not None and button.isVisibleTo(history)
    with qtbot.waitSignal(history.rescore_requested) as requested:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requested.args == [three[1].id]


def test_superseded_and_current_assessments_get_no_button(qtbot, revisions, three):
    view = HistoryView()
    qtbot.addWidget(view)
    renewed = assessment("PGR", Role.GOVERNMENT, (L,) * 6, 90, revision="rev2", parent_id=three[0].id)
    view.set_data(revisions, [*three, renewed], "en")
    assert view.rescore_button(renewed.id) is None  # scores the current text
    assert view.rescore_button(three[0].id) is None  # superseded by `renewed`
    assert view.rescore_button(three[1].id) is not None
    items = {
        view.tree.topLevelItem(i).child(j).data(0, AssessmentRole): view.tree.topLevelItem(i).child(j)
        for i in range(2)
        for j in range(view.tree.topLevelItem(i).childCount())
    }
    assert items[renewed.id].text(3) == "scores the current text"
    assert items[three[0].id].text(3) == "superseded"


def test_parallel_edits_are_badged_and_two_revisions_compare(qtbot, revisions):
    parallel = revision("rev3", "rev1", "La PGR publicará el registro estatal.", 90, "Artículo 19")
    revs = [*revisions, parallel]
    assert [[r.id for r in g] for g in parallel_groups(revs)] == [["rev2", "rev3"]]
    view = HistoryView()
    qtbot.addWidget(view)
    view.set_data(revs, [], "en")
    top = [view.tree.topLevelItem(i) for i in range(3)]
    assert [t.text(0) for t in top] == ["Revision 3", "Revision 2", "Revision 1"]
    assert "parallel edit" in top[0].text(3) and "current" in top[0].text(3)
    assert "parallel edit" in top[1].text(3)
    assert "parallel edit" not in top[2].text(3)
    assert not view.parallel_label.isHidden()
    assert "Revision 2, Revision 3" in view.parallel_label.text()
    view.select_revisions("rev2", "rev3")
    assert view.diff_title.text().startswith("Changes from Revision 2")
    html = view.diff_html()
    assert "estatal" in html and "detenidos" in html


def test_first_revision_alone_shows_its_text(qtbot, revisions):
    view = HistoryView()
    qtbot.addWidget(view)
    view.set_data(revisions[:1], [], "en")
    assert "first version" in view.diff_title.text()
    assert "publicará" in view.diff_html()
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.title_label.text() == "History of the text"
    assert QApplication.activeModalWidget() is None


def test_a_note_still_being_typed_is_recorded(qtbot, compare):
    m = compare.model
    for key in ("data_availability", "cso_cooperation", "issue_sensitivity", "political_will"):
        m.setData(m.index(FACTOR_KEYS.index(key), m.agreed_column), "critical")
    index = m.index(FACTOR_KEYS.index("budget"), m.note_column)
    compare.table.setCurrentIndex(index)
    compare.table.edit(index)
    editor = compare.table.indexWidget(index)
    assert editor is not None
    editor.setText("Presupuesto acordado en la reunión del 3 de marzo")
    with qtbot.waitSignal(compare.consensus_requested) as requested:
        compare.record_button.click()
    assert requested.args[1]["budget"] == "Presupuesto acordado en la reunión del 3 de marzo"
