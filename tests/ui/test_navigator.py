"""The navigator's model, proxy and widget: sound models, paging, folded filter, risk sort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from feasibility_app.domain.model import Milestone
from feasibility_app.storage.repository import CommitmentSummary, fold
from feasibility_app.ui.commitment.milestones_model import MilestonesModel
from feasibility_app.ui.navigator.navigator import NavigatorWidget
from feasibility_app.ui.navigator.navigator_model import CommitmentFilterProxy, CommitmentTableModel

pytestmark = pytest.mark.gui

M = CommitmentTableModel


def summary(
    i: int, title: str, level: str = "moderate", score: float | None = 2.0, **kw
) -> CommitmentSummary:
    agency = kw.pop("agency", "Agency")
    values = dict(
        id=f"{i:08d}-0000-0000-0000-000000000000",
        plan_id=kw.pop("plan_id", "plan-a"),
        plan_title=kw.pop("plan_title", "Plan A"),
        title=title,
        lead_agency=agency,
        overall_level=level,
        overall_score=score,
        complete=kw.pop("complete", score is not None),
        assessors=2,
        discuss=kw.pop("discuss", 0),
        potential="modest",
        deleted=False,
        search_text=fold(f"{title} {agency} {kw.pop('text', '')}"),
    )
    values.update(kw)
    return CommitmentSummary(**values)


ROWS = [
    summary(1, "Detained Persons Registry", "critical", 3.5, agency="PGR"),
    summary(2, "Highway Open Data", "low", 1.33, agency="SCT"),
    summary(3, "Alerta de Inundación", "not_assessed", None, agency="Conagua", text="Ríos y presas"),
    summary(4, "Follow Public Works", "moderate", 2.1, agency="SCT"),
    summary(5, "Missing Persons Database", "high", 2.9, agency="PGR", plan_id="plan-b", plan_title="Plan B"),
    summary(6, "Empty draft", "not_assessed", None, agency=""),
]


@pytest.fixture
def model(qapp):
    m = CommitmentTableModel()
    m.set_rows(ROWS)
    return m


@pytest.fixture
def proxy(model):
    p = CommitmentFilterProxy()
    p.setSourceModel(model)
    return p


def titles(p) -> list[str]:
    return [p.index(r, M.COL_TITLE).data() for r in range(p.rowCount())]


def test_model_and_proxy_pass_the_model_tester(qtmodeltester, model, proxy):
    qtmodeltester.check(model)
    proxy.sort(M.COL_RISK, Qt.DescendingOrder)
    proxy.set_filter_text("pgr")
    qtmodeltester.check(proxy)


def test_empty_model_passes_the_model_tester(qtmodeltester, qapp):
    qtmodeltester.check(CommitmentTableModel())


def test_roles_and_headers(model):
    index = model.index(0, M.COL_RISK)
    assert index.data(M.IdRole) == ROWS[0].id
    assert index.data(M.LevelRole) == "critical"
    assert index.data() == "Critical"
    assert index.data(M.SortRole) == 3.5
    assert model.index(2, M.COL_RISK).data(M.SortRole) == -1.0
    assert model.index(0, M.COL_TITLE).data(M.SortRole) == "detained persons registry"
    assert model.headerData(M.COL_RISK, Qt.Horizontal) == "Risk"
    assert "3.50" in model.index(0, M.COL_RISK).data(Qt.ToolTipRole)
    assert "PGR" in model.index(0, M.COL_TITLE).data(Qt.ToolTipRole)
    assert model.index(0, 0).flags() & Qt.ItemIsSelectable
    assert not model.index(0, 0).flags() & Qt.ItemIsEditable


def test_filter_is_accent_and_case_insensitive(proxy):
    proxy.set_filter_text("inundacion")
    assert titles(proxy) == ["Alerta de Inundación"]
    proxy.set_filter_text("INUNDACIÓN")
    assert titles(proxy) == ["Alerta de Inundación"]
    proxy.set_filter_text("rios")  # in the draft text only
    assert titles(proxy) == ["Alerta de Inundación"]
    proxy.set_filter_text("pgr persons")  # every word must match
    assert titles(proxy) == ["Detained Persons Registry", "Missing Persons Database"]
    proxy.set_filter_text("   ")
    assert proxy.rowCount() == len(ROWS)


def test_filter_by_plan(proxy):
    proxy.set_plan("plan-b")
    assert titles(proxy) == ["Missing Persons Database"]
    proxy.set_plan(None)
    assert proxy.rowCount() == len(ROWS)


@pytest.mark.parametrize("order", [Qt.AscendingOrder, Qt.DescendingOrder])
def test_sort_by_risk_puts_not_assessed_last(proxy, order):
    proxy.sort(M.COL_RISK, order)
    got = titles(proxy)
    assert set(got[-2:]) == {"Alerta de Inundación", "Empty draft"}
    scored = got[:-2]
    expected = [
        "Highway Open Data",
        "Follow Public Works",
        "Missing Persons Database",
        "Detained Persons Registry",
    ]
    assert scored == (expected if order == Qt.AscendingOrder else expected[::-1])


def test_ten_thousand_rows_are_paged_and_filter_sees_them_all(qapp, qtmodeltester):
    rows = [summary(i, f"Commitment {i}", score=1 + (i % 30) / 10) for i in range(10_000)]
    rows.append(summary(10_000, "Inundación tardía", "high", 3.0))
    m = CommitmentTableModel()
    m.set_rows(rows)
    assert m.rowCount() == CommitmentTableModel.FETCH_CHUNK
    assert m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 2 * CommitmentTableModel.FETCH_CHUNK
    p = CommitmentFilterProxy()
    p.setSourceModel(m)
    p.set_filter_text("inundacion")  # beyond the fetched pages
    assert titles(p) == ["Inundación tardía"]
    assert m.rowCount() == len(rows)
    assert not m.canFetchMore(QModelIndex())


def test_update_summary_changes_one_row(qtbot, model):
    from dataclasses import replace

    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.update_summary(replace(ROWS[1], overall_level="critical", overall_score=4.0))
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (1, 1)
    assert model.index(1, M.COL_RISK).data(M.LevelRole) == "critical"
    model.update_fields(ROWS[1].id, title="Renamed")
    assert model.index(1, M.COL_TITLE).data() == "Renamed"


def test_level_labels_follow_the_language(model):
    from feasibility_app.domain.rubric import load_rubric

    model.set_level_labels(load_rubric("es").levels)
    assert model.index(0, M.COL_RISK).data() == load_rubric("es").level_label("critical")


def test_widget_selects_filters_and_paints(qtbot):
    w = NavigatorWidget()
    qtbot.addWidget(w)
    w.resize(320, 500)
    w.show()
    qtbot.waitExposed(w)
    w.set_rows(ROWS)
    assert "6" in w.count_label.text()
    with qtbot.waitSignal(w.commitment_selected) as blocker:
        assert w.select_commitment(ROWS[3].id)
    assert blocker.args == [ROWS[3].id]
    assert w.current_commitment_id() == ROWS[3].id
    w.filter_edit.setText("inundación")
    assert w.proxy.rowCount() == 1
    assert "1" in w.count_label.text()
    # Selecting a row the filter hides clears the filter rather than failing.
    assert w.select_commitment(ROWS[0].id, emit=False)
    assert w.filter_edit.text() == ""
    assert w.current_commitment_id() == ROWS[0].id
    assert not w.select_commitment("unknown")
    image = w.grab()
    assert not image.isNull()


def test_plan_selector(qtbot):
    from feasibility_app.domain.model import Plan

    w = NavigatorWidget()
    qtbot.addWidget(w)
    plans = [Plan("plan-a", "MX", "Plan A", None, None, {}), Plan("plan-b", "MX", "Plan B", None, None, {})]
    w.set_plans(plans)
    w.set_rows(ROWS)
    assert w.plan_combo.count() == 3
    assert w.plan_combo.itemText(0) == "All plans"
    with qtbot.waitSignal(w.plan_changed):
        w.set_current_plan("plan-b")
    assert w.proxy.rowCount() == 1
    assert w.current_plan_id() == "plan-b"


def test_milestones_model(qtmodeltester, qtbot, qapp):
    from datetime import date

    m = MilestonesModel()
    m.set_milestones(
        (Milestone("Protocol published", date(2014, 1, 1), date(2014, 6, 30)), Milestone("Data"))
    )
    qtmodeltester.check(m)
    m.set_plan_period(date(2013, 11, 1), date(2015, 10, 31))
    assert m.index(1, MilestonesModel.COL_END).data() == "—"
    with qtbot.waitSignal(m.milestones_edited) as blocker:
        assert m.setData(m.index(1, MilestonesModel.COL_END), "2015-05-31")
    assert blocker.args[0][1].end == date(2015, 5, 31)
    assert not m.setData(m.index(1, MilestonesModel.COL_END), "31/05/2015")
    with qtbot.waitSignal(m.milestones_edited) as blocker:
        m.request_add()
    assert len(blocker.args[0]) == 3
    with qtbot.waitSignal(m.milestones_edited) as blocker:
        m.request_remove(0)
    assert [x.output for x in blocker.args[0]] == ["Data", ""]
    m.set_read_only(True)
    assert not m.setData(m.index(0, 0), "x")


def test_filter_follows_a_row_edited_in_place(qtbot):
    """The proxy's cached matches must not outlive a change of the rows they were computed from."""
    from dataclasses import replace

    from feasibility_app.storage.summary import CommitmentSummary
    from feasibility_app.ui.navigator.navigator_model import CommitmentFilterProxy, CommitmentTableModel

    def row(i, text):
        return CommitmentSummary(
            f"id-{i}", "p", "Plan", f"T{i}", "", "low", 1.0, True, 1, 0, "unclear", False, text
        )

    model = CommitmentTableModel()
    proxy = CommitmentFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([row(i, f"commitment {i}") for i in range(300)])
    proxy.set_filter_text("Inundación")
    assert proxy.rowCount() == 0
    model.update_summary(replace(model.summary("id-7"), search_text="prevencion de inundacion"))
    assert proxy.rowCount() == 1
    model.set_rows([row(1, "inundacion"), row(2, "inundacion y sequia")])
    assert proxy.rowCount() == 2
    proxy.set_filter_text("sequía")
    assert proxy.rowCount() == 1
