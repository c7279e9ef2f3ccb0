"""The forum in the window: parties with several members in Compare, the assessor's party
remembered with their name, and a new empty plan that shows nothing of another plan."""

from __future__ import annotations

import pytest

from feasibility_app.domain.factors import FACTOR_KEYS, Level
from feasibility_app.domain.model import FactorScore
from feasibility_app.storage.database import open_database
from feasibility_app.storage.repository import Repository

pytestmark = pytest.mark.gui

REGISTRY = "Detained Persons Registry"


@pytest.fixture
def window(sample_window):
    return sample_window


def open_titled(w, title):
    cid = next(s.id for s in w.navigator.model.summaries() if s.title.startswith(title))
    assert w.navigator.select_commitment(cid)
    return cid


def test_compare_folds_the_members_of_each_party(window, db_path):
    repo = Repository(open_database(str(db_path)))
    cid = open_titled(window, REGISTRY)
    plan = repo.plan(window.session.current_plan().id)
    gov = plan.parties[0]
    repo.save_assessment(
        cid, "SEGOB liaison", gov.role, {k: FactorScore(Level.MODERATE) for k in FACTOR_KEYS}, party_id=gov.id
    )
    repo.db.close()
    window.session.reload_current()
    window.show_compare()
    compare = window.party_tabs.compare
    window.party_tabs.refresh()
    m = compare.model
    assert m.party_count == 3  # five people, three parties
    assert "2 members" in m.headerData(0, 1) and "2 members" in m.headerData(1, 1)
    tip = m.headerData(1, 1, 3)  # ToolTipRole
    assert "Members: Artículo 19, CIDAC" in tip
    cso = FACTOR_KEYS.index("cso_cooperation")
    cell_tip = m.index(cso, 1).data(3)
    assert "• Artículo 19: Critical" in cell_tip and "• CIDAC: High" in cell_tip
    assert "members 1 apart" in m.index(cso, 1).data()
    assert "Parties that scored it: 3 (5 people; each party counts once)." in compare.summary_label.text()
    # the radar: one series per party, in the party's colour, the same on the assessment page
    names = [name for name, _levels, _colour in compare.radar.series()]
    assert len(names) == 3
    colours = {name: colour for name, _l, colour in compare.radar.series()}
    page = window.session.series()
    cso_name = plan.parties[1].name
    assert colours[cso_name] == next(c for n, _l, c in page if n.startswith(cso_name))
    assert len({c for _n, _l, c in page}) == 3


def test_a_name_brings_its_party_and_another_party_is_asked_once(window, fake_dialogs):
    open_titled(window, REGISTRY)
    bar = window.assessor_bar
    window.set_assessor("Carla", "civil_society")
    assert window.session.assessor().role == "civil_society"
    window.set_assessor("Beto", "government")
    # a new name does not keep the previous person's party: nobody scores until one is chosen
    bar.assessor_combo.setCurrentText("Dora Nueva")
    bar._edited(from_name=True)
    assert bar.party_combo.currentData() is None and not window.session.can_score()
    # a known name selects its party
    bar.assessor_combo.setCurrentText("Carla")
    bar._edited(from_name=True)
    assert window.session.assessor().name == "Carla" and window.session.assessor().role == "civil_society"
    # Carla now picks the government: asked once; declined, she stays with her party
    fake_dialogs.answer_question = False
    window.set_assessor("Carla", "government")
    assert [n for n in fake_dialogs.names() if n == "question"] == ["question"]
    assert window.session.assessor().role == "civil_society"
    fake_dialogs.answer_question = True
    window.set_assessor("Carla", "government")
    assert window.session.assessor().role == "government"
    window.set_assessor("Carla", "government")
    assert fake_dialogs.names().count("question") == 2  # not asked again


def test_a_new_empty_plan_shows_nothing_of_the_previous_commitment(window, fake_dialogs):
    from feasibility_app.ui.dialogs.dialogs import PlanDraft

    window.set_assessor("Ana", "government")
    open_titled(window, REGISTRY)
    assert window.session.overall().verdict.band is Level.CRITICAL
    fake_dialogs.plan_draft = PlanDraft(
        title="Chile 2014–2016", country="CL", parties=[("Gobierno", "government")]
    )
    plan_id = window.new_plan()
    assert window.navigator.current_plan_id() == plan_id
    assert window.session.current_id == ""
    assert window.session.overall().verdict.band is Level.NOT_ASSESSED
    window.show_compare()
    assert window.party_tabs.compare.comparison is None
    assert window.session.series() == []


def test_a_refused_forum_step_is_told_in_spanish(window, fake_dialogs, qtbot):
    """The app layer refuses with a kind; the window words it in the interface language."""
    from feasibility_app.app.forum_actions import ForumRefusal, ForumRefused
    from feasibility_app.ui.common.errors import describe

    languages = window.languages
    try:
        window.language_menu.action_for("es").trigger()
        qtbot.waitUntil(lambda: window.menus["file"].title() == "&Archivo")
        open_titled(window, REGISTRY)
        window.set_assessor("Lucía Gómez", "guarantor")
        fake_dialogs.answer_question = True
        fake_dialogs.calls.clear()
        # no consensus on the current text yet: locking it for signing is refused
        assert not window.party_tabs.lock_for_signing()
        notes = [args for name, args in fake_dialogs.calls if name == "notify"]
        assert notes == [
            (
                "No se hizo",
                "Registre el consenso del foro sobre el texto actual antes de bloquearlo para firma.",
            )
        ]
        # "locked for signing" is a forum refusal, not the database being locked by a program
        assert (
            describe(ForumRefused(ForumRefusal.ALREADY_LOCKED))
            == "El texto actual ya está bloqueado para firma."
        )
        # a rule that stops a consensus names the factor and a role-only party in Spanish
        from feasibility_app.domain.forum import ConsensusProblem
        from feasibility_app.domain.rubric import load_rubric
        from feasibility_app.ui.common.errors import refusal_text

        problem = ConsensusProblem("note_needed", "budget", ("civil_society",))
        refused = ForumRefused(ForumRefusal.CONSENSUS_PROBLEMS, (problem,))
        budget = load_rubric("es").factor_label("budget")
        assert refusal_text(refused, load_rubric("es").factor_label, window.party_tabs._party_label) == (
            f"{budget}: escriba cómo se resolvió el bloqueo de Sociedad civil."
        )
    finally:
        languages.set_language("en", remember=False)
        languages.uninstall()


def test_a_party_known_only_by_its_role_is_named_by_the_translated_role(window, db_path, qtbot):
    repo = Repository(open_database(str(db_path)))
    cid = open_titled(window, REGISTRY)
    plan = repo.plan(window.session.current_plan().id)
    assert not [p for p in plan.parties if p.role.value == "self"]  # no party of that role in the plan
    for who in ("Observer One", "Observer Two"):
        repo.save_assessment(cid, who, "self", {k: FactorScore(Level.LOW) for k in FACTOR_KEYS})
    repo.db.close()
    window.session.reload_current()
    languages = window.languages
    try:
        assert "Self-assessment (2)" in [name for name, _l, _c in window.session.series()]
        window.language_menu.action_for("es").trigger()
        qtbot.waitUntil(lambda: window.menus["file"].title() == "&Archivo")
        names = [name for name, _l, _c in window.session.series()]
        assert "Autoevaluación (2)" in names and not [n for n in names if "self" in n]
        window.show_compare()
        window.party_tabs.refresh()
        assert "Autoevaluación" in [name for name, _l, _c in window.party_tabs.compare.radar.series()]
    finally:
        languages.set_language("en", remember=False)
        languages.uninstall()
