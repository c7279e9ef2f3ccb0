"""Finding similar past commitments: stems, shared vocabulary, BM25, the stored index."""

from pathlib import Path

import pytest

from feasibility_app.domain.textmatch import bm25_top, build_postings, fold, idf, stem, terms
from feasibility_app.exchange.irm_sheet import read_precedents
from feasibility_app.storage.database import open_database
from feasibility_app.storage.precedent_search import find_similar, library_size, vocabulary
from feasibility_app.storage.precedents import Library, import_precedents
from feasibility_app.storage.sqlite_reader import SqliteReader

FIXTURE = Path(__file__).parent / "fixtures" / "irm_sample.csv"


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "p.db"))
    import_precedents(database, read_precedents(FIXTURE).precedents)
    yield Library(database)
    database.close()


def middle_half(text: str) -> str:
    words = text.split()
    q = len(words) // 4
    return " ".join(words[q : len(words) - q])


def test_stems_fold_accents_plurals_and_genders():
    assert fold("Participación ÇÃO") == "participacion cao"
    assert stem("datos") == stem("data") == stem("dato")
    assert stem("publicas") == stem("publico") == stem("public")
    assert stem("registro") == stem("registry")


def test_shared_vocabulary_joins_languages():
    v = vocabulary()
    for text in ("open data", "datos abiertos", "dados abertos"):
        assert "=open_data" in terms(text, v), text
    assert terms("cadastro", v) == terms("registro", v) == terms("register", v)
    assert "the" not in terms("the registry of the state", v)


def test_bm25_prefers_rare_terms_and_shorter_documents():
    docs = [{"registr": 1, "dat": 1}, {"dat": 3}, {"dat": 1, "road": 1}, {"registr": 1, "dat": 1, "x": 30}]
    index = build_postings(docs)
    lengths = [sum(d.values()) for d in docs]
    top = bm25_top({"registr": 1, "dat": 1}, {t: index[t] for t in ("registr", "dat")}, lengths, 4)
    assert [d for d, _ in top][:2] == [0, 3]  # both terms; the short one first
    assert idf(4, 4) > 0 and idf(4, 1) > idf(4, 3)
    assert bm25_top({"a": 1}, {}, [], 3) == []


def test_each_commitments_middle_half_finds_it_first(db):
    precedents = read_precedents(FIXTURE).precedents
    assert library_size(db) == len(precedents)
    for p in precedents:
        found = find_similar(db, middle_half(p.full_text), top=3)
        assert found and found[0].precedent.id == p.id, (p.id, [m.precedent.id for m in found])


def test_a_spanish_draft_finds_the_portuguese_and_english_precedents(db):
    draft = "La Procuraduría creará un registro nacional de personas desaparecidas con datos abiertos."
    found = find_similar(db, draft, top=8)
    ids = [m.precedent.id for m in found]
    assert ids[0] in ("MX0101", "BR0055") and "BR0055" in ids[:2]
    br = next(m for m in found if m.precedent.id == "BR0055")
    assert "datos abiertos" in br.shared and "registro" in br.shared  # the draft's own words
    data = br.to_json()
    assert data["country"] == "Brazil" and data["completion"] == "limited" and data["year"] == 2016
    assert data["opened_government"] == "marginal"


def test_reimport_updates_by_id_and_reindexes(db, tmp_path):
    path = tmp_path / "update.csv"
    path.write_text(
        "Commitment Unique Identifier,Commitment Title,Full Text,Completion (End Of Term)\n"
        'KE0008,Beneficial ownership register,"Publish a register of hospital waiting lists",Complete\n'
        "NEW001,Water quality,Publish water quality measurements for every river,Limited\n",
        encoding="utf-8",
    )
    counts = import_precedents(db.db, read_precedents(path).precedents)
    assert (counts.added, counts.updated) == (1, 1)
    assert library_size(db) == 9
    hit = find_similar(db, "hospital waiting lists", top=1)[0]
    assert hit.precedent.id == "KE0008" and hit.precedent.completion_end.value == "complete"
    assert find_similar(db, "water quality of rivers", top=1)[0].precedent.id == "NEW001"


def test_empty_library_and_empty_query(tmp_path):
    database = open_database(str(tmp_path / "e.db"))
    assert find_similar(Library(database), "open data registry") == []
    assert library_size(Library(database)) == 0
    database.close()


def test_stop_words_only_find_nothing(db):
    assert find_similar(db, "the of and de la que") == []


def test_the_sqlite_reader_finds_the_same_as_the_database(db, tmp_path):
    draft = "Publicar datos abiertos de obras públicas de infraestructura en un mapa"
    reader = SqliteReader.open(str(db.db.path))
    assert reader is not None
    with reader:
        assert find_similar(reader, draft, 4) == find_similar(db, draft, 4)
        assert library_size(reader) == 8
