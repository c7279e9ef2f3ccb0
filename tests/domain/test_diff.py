"""Word-level diff: exact round trip, accents, line breaks, whole revisions."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from feasibility_app.domain.diff import (
    MILESTONES,
    DiffOp,
    fields_diff,
    has_changes,
    milestone_changes,
    new_text,
    old_text,
    ops_to_html,
    tokenize,
    word_diff,
)
from feasibility_app.domain.factors import Status
from feasibility_app.domain.model import CommitmentFields, Milestone


def test_spanish_accented_word_is_one_change():
    old = "La PGR publicará el registro de personas detenidas."
    new = "La PGR hará la publicación del registro de personas detenidas."
    ops = word_diff(old, new)
    assert DiffOp("delete", "publicará el") in ops
    assert DiffOp("insert", "hará la publicación del") in ops
    assert ops[0] == DiffOp("equal", "La PGR ")
    assert ops[-1] == DiffOp("equal", " registro de personas detenidas.")
    assert old_text(ops) == old and new_text(ops) == new


def test_single_word_swap_with_accents():
    ops = word_diff("El sistema publicará datos.", "El sistema publicación datos.")
    assert ops == [
        DiffOp("equal", "El sistema "),
        DiffOp("delete", "publicará"),
        DiffOp("insert", "publicación"),
        DiffOp("equal", " datos."),
    ]


def test_decomposed_accents_stay_inside_the_word():
    word = unicodedata.normalize("NFD", "publicação")
    assert tokenize(f"{word} pública") == [word, " ", "pública"]
    ops = word_diff(word + " ok", "publicar ok")
    assert ops[0] == DiffOp("delete", word)
    assert old_text(ops) == word + " ok"


def test_portuguese_and_punctuation():
    old = "Órgão publicará, até 2015, os dados."
    new = "Órgão publicará, até 2016, os dados abertos."
    ops = word_diff(old, new)
    assert DiffOp("delete", "2015") in ops and DiffOp("insert", "2016") in ops
    assert DiffOp("insert", " abertos") in ops
    assert old_text(ops) == old and new_text(ops) == new


def test_line_breaks_are_kept_and_diffed():
    old = "Primera línea.\nSegunda línea."
    new = "Primera línea.\n\nSegunda línea corregida."
    ops = word_diff(old, new)
    assert old_text(ops) == old and new_text(ops) == new
    assert any(op.kind == "insert" and "\n" in op.text for op in ops)
    assert DiffOp("insert", " corregida") in ops


def test_identical_and_empty_texts():
    assert word_diff("", "") == []
    assert word_diff("igual", "igual") == [DiffOp("equal", "igual")]
    assert word_diff("", "nuevo texto") == [DiffOp("insert", "nuevo texto")]
    assert word_diff("viejo", "") == [DiffOp("delete", "viejo")]
    assert not has_changes(word_diff("a b", "a b"))


def test_html_is_escaped_and_marks_changes():
    ops = word_diff("usa <b>negrita</b> & más", "usa <i>cursiva</i> & más")
    html = ops_to_html(ops)
    assert "<b>" not in html and "<i>" not in html and "</b>" not in html
    assert "&lt;" in html and "&gt;" in html and "&amp;" in html
    assert "<ins>" in html and "<del>" in html
    assert "line-through" in html and "underline" in html


# The join property: equal+delete is the old text, equal+insert the new one, for any texts.
_PIECES = [*"abcdeáéíóúñçãõ ÁÑ\n\t,.;:¿?¡!-'\"<>&", "\u0301", "año", "publicará ", "publicación", "  "]
_text = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.text(max_size=40),
)


@given(_text, _text)
def test_join_property(old, new):
    ops = word_diff(old, new)
    assert old_text(ops) == old
    assert new_text(ops) == new
    assert all(op.text for op in ops)
    assert all(a.kind != b.kind for a, b in itertools.pairwise(ops) if a.kind == "equal")


@given(st.text(max_size=80))
def test_tokenize_loses_nothing(text):
    assert "".join(tokenize(text)) == text


def test_fields_diff_lists_only_changed_fields_in_template_order():
    old = CommitmentFields(
        title="Registro de Personas Detenidas",
        draft_text="La PGR publicará un registro nacional.",
        og_values=("transparency",),
        status=Status.DRAFT,
        milestones=(
            Milestone("Acuerdo con SESNSP", date(2014, 1, 1), date(2014, 6, 30)),
            Milestone("Registro publicado", date(2014, 7, 1), date(2015, 6, 30)),
        ),
    )
    new = CommitmentFields(
        title="Registro de Personas Detenidas",
        draft_text="La PGR publicará un registro federal.",
        og_values=("transparency", "accountability"),
        status=Status.SIGNED,
        milestones=(
            Milestone("Acuerdo con SESNSP", date(2014, 1, 1), date(2014, 9, 30)),
            Milestone("Registro federal publicado", date(2014, 10, 1), date(2015, 6, 30)),
        ),
    )
    diff = fields_diff(old, new)
    assert list(diff) == ["draft_text", "og_values", "status", MILESTONES]
    assert DiffOp("delete", "nacional") in diff["draft_text"]
    assert DiffOp("insert", "federal") in diff["draft_text"]
    assert new_text(diff["status"]) == "signed"
    assert fields_diff(old, old) == {}


def test_milestone_changes():
    a = Milestone("Acuerdo", date(2014, 1, 1), date(2014, 6, 30))
    b = Milestone("Registro publicado", None, date(2015, 6, 30))
    a2 = Milestone("Acuerdo", date(2014, 1, 1), date(2014, 9, 30))
    c = Milestone("Registro federal publicado", None, date(2015, 6, 30))
    ch = milestone_changes((a, b), (a2, c))
    assert ch.redated == ((a, a2),)
    assert ch.removed == (b,)
    assert ch.added == (c,)
    assert not milestone_changes((a, b), (a, b)).any
