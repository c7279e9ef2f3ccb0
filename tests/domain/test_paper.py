"""Paper size: Letter where the plan's country prints on Letter, else the locale, else A4."""

import pytest

from feasibility_app.domain.paper import (
    A4,
    LETTER,
    country_region,
    default_paper,
    normalize_paper,
    region_from_environment,
)


@pytest.mark.parametrize(
    "country",
    [
        "Mexico",
        "México",
        "MX",
        "mx",
        "United States",
        "Estados Unidos",
        "EUA",
        "Canadá",
        "Colombia",
        "Chile",
        "Mexico — Second Action Plan",
        "  méxico  ",
    ],
)
def test_letter_countries(country):
    assert default_paper(country) == LETTER


@pytest.mark.parametrize("country", ["Brasil", "Brazil", "España", "Argentina", "Perú", "BR", "Kenya"])
def test_a4_countries_stay_a4_even_on_a_us_computer(country):
    assert default_paper(country, "US") == A4


def test_a_plan_without_country_follows_the_region():
    assert default_paper("", "MX") == LETTER
    assert default_paper("   ", "us") == LETTER
    assert default_paper("", "BR") == A4
    assert default_paper("", None) == A4


def test_region_from_the_posix_locale():
    assert region_from_environment({"LANG": "es_MX.UTF-8"}) == "MX"
    assert region_from_environment({"LC_PAPER": "en_US.UTF-8", "LANG": "pt_BR.UTF-8"}) == "US"
    assert region_from_environment({"LC_ALL": "de_DE@euro"}) == "DE"
    assert region_from_environment({"LANG": "C.UTF-8"}) is None
    assert region_from_environment({}) is None


def test_names_and_codes():
    assert country_region("Filipinas") == "PH"
    assert country_region("Atlantis") is None
    assert normalize_paper("Letter") == LETTER
    assert normalize_paper("carta") == LETTER
    assert normalize_paper("A4") == A4
    assert normalize_paper("legal") is None
