"""Report texts per language, dates and numbers, and the radar drawn from the shared geometry."""

from __future__ import annotations

import json
import string
from datetime import date
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Polygon, String

from feasibility_app.domain.factors import FACTOR_KEYS, LANGUAGES, Level
from feasibility_app.domain.radar import radar_geometry
from feasibility_app.paths import resource_path
from feasibility_app.reports.radar_drawing import RadarSeries, fit_label, radar_drawing
from feasibility_app.reports.texts import load_texts


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_has_every_text_with_the_same_placeholders(lang):
    en = json.loads(resource_path("report", "en.json").read_text(encoding="utf-8"))["strings"]
    other = json.loads(resource_path("report", f"{lang}.json").read_text(encoding="utf-8"))["strings"]
    assert set(other) == set(en)
    for key, text in en.items():
        assert _placeholders(other[key]) == _placeholders(text), key


def test_texts_used_by_the_code_exist():
    """Every literal key the report modules ask for is in the English file."""
    import re

    import feasibility_app.reports as reports

    en = load_texts("en").strings
    keys = set()
    for path in Path(reports.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"""\bt\(\s*["']([a-z_]+)["']\s*[,)]""", source))
    assert keys and keys <= set(en), sorted(keys - set(en))


def test_dates_per_language():
    d = date(2026, 11, 23)
    assert load_texts("en").date(d) == "23 November 2026"
    assert load_texts("es").date(d) == "23 de noviembre de 2026"
    assert load_texts("pt").date(d) == "23 de novembro de 2026"
    assert load_texts("pt_BR").date(date(2015, 3, 1)) == "1 de março de 2015"
    assert load_texts("xx").language == "en"
    assert load_texts("en").date(None) == "—"


def test_numbers_per_language():
    assert load_texts("en").number(2.8333) == "2.83"
    assert load_texts("es").number(2.8333) == "2,83"
    assert load_texts("pt").number(None) == "–"


def test_radar_drawing_uses_the_shared_geometry_flipped():
    levels = {key: Level.HIGH for key in FACTOR_KEYS}
    levels["budget"] = Level.NOT_ASSESSED
    w, h = 260, 230
    d = radar_drawing([RadarSeries(levels, "#0072B2")], {k: k for k in FACTOR_KEYS}, w, h)
    geo = radar_geometry(w, h, [levels], label_margin=0.3)
    expected = [c for x, y in geo.series[0].points for c in (x, h - y)]
    polygons = [s for s in d.contents if isinstance(s, Polygon)]
    assert any(list(p.points) == expected for p in polygons)
    texts = [s.text for s in d.contents if isinstance(s, String)]
    assert set(FACTOR_KEYS) <= set(texts)


def test_long_labels_wrap_or_shrink_to_fit():
    size, lines = fit_label("Disponibilidade de dados", "Helvetica-Bold", 7.5, 45)
    assert len(lines) >= 2 and size <= 7.5
    size, lines = fit_label("Supercalifragilisticexpialidocious", "Helvetica-Bold", 7.5, 40)
    assert size < 7.5
