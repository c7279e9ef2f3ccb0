"""`check`: the draft's language detected, the lead agency's level, the reader's language."""

import json

import pytest

from feasibility_app import cli
from feasibility_app.cli import run

BORRADOR = (
    "La Procuraduría creará un registro nacional de personas detenidas en tiempo real, "
    "con datos de los municipios de todo el país y de la Federación."
)
ESTADUAL = (
    "A Secretaria de Segurança Pública do Estado publicará o registro estadual de ocorrências, "
    "com dados dos 645 municípios e do governo federal."
)


@pytest.fixture(autouse=True)
def english_system(monkeypatch):
    """The system language is English unless a test says otherwise."""
    monkeypatch.setattr(cli, "_default_language", lambda: "en")


def check_json(capsys, path, *extra):
    code = run(["check", str(path), "--json", *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out), captured.err


def draft(tmp_path, text, name="borrador.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_check_without_lang_detects_spanish_and_finds_what_the_spanish_rules_find(capsys, tmp_path):
    data, err = check_json(capsys, draft(tmp_path, BORRADOR))
    assert (data["lang"], data["lang_detected"], data["scope"]) == ("es", True, "federal")
    phrases = {f["phrase"] for f in data["findings"]}
    assert {"tiempo real", "todo el país", "creará un registro", "registro nacional", "municipios"} <= phrases
    assert len(data["findings"]) >= 8
    assert err == ""


def test_check_with_lang_reports_it_was_chosen_and_warns_when_the_text_disagrees(capsys, tmp_path):
    data, err = check_json(capsys, draft(tmp_path, BORRADOR), "--lang", "en")
    assert (data["lang"], data["lang_detected"]) == ("en", False)
    assert "reads as es, not en" in err
    data, err = check_json(capsys, draft(tmp_path, BORRADOR), "--lang", "es")
    assert (data["lang"], data["lang_detected"]) == ("es", False)
    assert err == ""


def test_a_short_text_that_cannot_be_told_falls_back_to_the_system_language(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_default_language", lambda: "pt")
    data, _ = check_json(capsys, draft(tmp_path, "Tempo real."))
    assert (data["lang"], data["lang_detected"]) == ("pt", True)
    assert [f["phrase"] for f in data["findings"]] == ["Tempo real"]


@pytest.mark.parametrize(
    ("scope", "flagged", "not_flagged"),
    [
        ("federal", {"estadual", "municípios"}, {"governo federal"}),
        ("state", {"municípios", "governo federal"}, {"estadual"}),
        ("municipal", {"estadual", "governo federal"}, {"municípios"}),
    ],
)
def test_scope_flags_the_other_levels_of_government_only(capsys, tmp_path, scope, flagged, not_flagged):
    data, _ = check_json(capsys, draft(tmp_path, ESTADUAL), "--scope", scope)
    assert data["lang"] == "pt" and data["scope"] == scope
    jurisdiction = {f["phrase"] for f in data["findings"] if f["factor"] == "constitutional_limits"}
    assert flagged <= jurisdiction
    assert not (not_flagged & jurisdiction)


def test_an_unknown_scope_is_a_usage_error(capsys, tmp_path):
    assert run(["check", str(draft(tmp_path, BORRADOR)), "--scope", "county"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_windows_1252_files_are_read_with_a_note(capsys, tmp_path):
    path = draft(tmp_path, BORRADOR, "ansi.txt", encoding="cp1252")
    with pytest.raises(UnicodeDecodeError):
        path.read_text(encoding="utf-8")
    data, err = check_json(capsys, path)
    assert data["encoding"] == "windows-1252"
    assert "not UTF-8" in err and "windows-1252" in err
    assert "Procuraduría" in {f["phrase"] for f in data["findings"]}


def test_a_utf8_bom_is_dropped_and_spans_still_point_into_the_text(capsys, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BORRADOR.encode())
    data, err = check_json(capsys, path)
    assert data["encoding"] == "utf-8" and err == ""
    for f in data["findings"]:
        assert BORRADOR[f["start"] : f["end"]] == f["phrase"]


def test_text_output_names_factors_and_asks_in_the_output_language(capsys, tmp_path):
    path = draft(tmp_path, BORRADOR)
    assert run(["check", str(path), "--out-lang", "pt"]) == 0
    out = capsys.readouterr().out
    assert "Disponibilidade de dados: “tiempo real” — Dados em tempo real" in out
    assert "[alta]" in out
    assert "constitutional_limits" not in out and "data_availability" not in out
    assert run(["check", str(path)]) == 0  # the system's language: English here
    out = capsys.readouterr().out
    assert "[high] Data availability: “tiempo real” — Real-time data must be created" in out


def test_json_keeps_the_keys_and_the_questions_follow_out_lang(capsys, tmp_path):
    data, _ = check_json(capsys, draft(tmp_path, BORRADOR), "--out-lang", "es")
    realtime = next(f for f in data["findings"] if f["phrase"] == "tiempo real")
    assert realtime["factor"] == "data_availability" and realtime["severity"] == "high"
    assert realtime["message"].startswith("Los datos en tiempo real")


def test_show_prints_factor_names_in_the_output_language(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    assert run(["--db", db, "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    detained = next(r["id"] for r in rows if r["title"].startswith("Detained Persons Registry"))
    assert run(["--db", db, "show", detained, "--out-lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "Límites constitucionales: “nationwide” El alcance nacional" in out
    assert "data_availability:" not in out
    assert run(["--db", db, "show", detained, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["lead_level"] == "federal"
    assert {f["factor"] for f in data["findings"]} >= {"data_availability", "constitutional_limits"}


def test_windows_1252_on_standard_input_is_read_with_a_note(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "feasibility_app", "check", "-", "--json", "--out-lang", "en"],
        input=BORRADOR.encode("cp1252"),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert b"standard input is not UTF-8" in done.stderr
    data = json.loads(done.stdout.decode("utf-8"))
    assert (data["lang"], data["encoding"]) == ("es", "windows-1252")
    assert "Procuraduría" in {f["phrase"] for f in data["findings"]}
