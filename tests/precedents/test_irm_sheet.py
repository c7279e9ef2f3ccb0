"""Reading OGP's IRM spreadsheet: the fixture has OGP's column names and its quirks."""

import csv
import io
from pathlib import Path

import pytest

from feasibility_app.domain.outcomes import Completion, OpenedGovernment
from feasibility_app.exchange.irm_sheet import PrecedentFileError, read_precedents

FIXTURE = Path(__file__).parent / "fixtures" / "irm_sample.csv"


def by_id(result):
    return {p.id: p for p in result.precedents}


def test_fixture_has_a_bom_multiline_cells_and_extra_columns():
    raw = FIXTURE.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert "Extra Notes (forum)" in rows[0] and rows[0][0] == "Country/Locality"  # reordered
    assert any("\n" in cell for row in rows for cell in row)


def test_reads_ogp_columns_with_nd_nr_and_accents():
    result = read_precedents(FIXTURE)
    ps = by_id(result)
    assert len(ps) == 8 and result.skipped_no_id == 1
    mx = ps["MX0101"]
    assert mx.title == "Registro Nacional de Personas Detenidas"
    assert mx.country == "Mexico" and mx.year == 2013 and mx.action_plan == "2"
    assert "\n" in mx.full_text and '"con datos de todas las procuradurías"' in mx.full_text
    assert mx.completion_midterm is Completion.LIMITED and mx.completion_end is Completion.LIMITED
    assert mx.opened_government is OpenedGovernment.DID_NOT_CHANGE
    assert mx.lead_institution == "Procuraduría General de la República"
    assert set(mx.policy_areas) == {"Open Data", "Public Safety", "Access To Information"}
    br = ps["BR0055"]
    assert br.supporting_institutions == ""  # ND
    assert br.completion_midterm is Completion.NOT_STARTED and "municípios" in br.full_text
    saude = ps["BR0070"]
    assert saude.completion is None and saude.opened_government is None  # ND / NR throughout
    assert ps["PY0012"].completion is Completion.COMPLETE  # progress report's, end of term is ND
    assert ps["MX0102"].starred == "Yes"


def test_without_bom_and_with_semicolons(tmp_path):
    text = FIXTURE.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=";").writerows(rows)
    path = tmp_path / "semi.csv"
    path.write_bytes(out.getvalue().encode("utf-8"))
    assert by_id(read_precedents(path)).keys() == by_id(read_precedents(FIXTURE)).keys()


def test_xlsx_reads_the_same_precedents(tmp_path):
    from openpyxl import Workbook

    rows = list(csv.reader(io.StringIO(FIXTURE.read_bytes().decode("utf-8-sig"), newline="")))
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append([int(c) if c.isdigit() and len(c) == 4 else c for c in row])  # years as numbers
    path = tmp_path / "irm.xlsx"
    wb.save(path)
    assert read_precedents(path).precedents == read_precedents(FIXTURE).precedents


def test_missing_required_columns_are_named(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "Commitment Unique Identifier,Short Title,Country/Locality\nMX1,x,Mexico\n", encoding="utf-8"
    )
    with pytest.raises(PrecedentFileError) as err:
        read_precedents(path)
    assert "“Commitment Title”" in str(err.value) and "“Full Text”" in str(err.value)
    assert "Identifier" not in str(err.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"Commitment Unique Identifier,Commitment Title,Full Text\nMX1,T\xe9tulo,x\n", "not UTF-8"),
        (b"PK\x03\x04garbage", "not a readable .xlsx"),
    ],
)
def test_bad_files_get_one_clear_message(tmp_path, content, expected):
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    with pytest.raises(PrecedentFileError) as err:
        read_precedents(path)
    assert expected in str(err.value)


def test_repeated_id_keeps_the_last_row(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text(
        "Commitment Unique Identifier,Commitment Title,Full Text\nMX1,Old,a\nMX1,New,b\n", encoding="utf-8"
    )
    result = read_precedents(path)
    assert result.duplicates == 1 and [p.title for p in result.precedents] == ["New"]
