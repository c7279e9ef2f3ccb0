"""Which paper a report is printed on: A4, or US Letter where the forum's country uses it.

Mexico, the case study's country, prints on Letter, as do the United States, Canada and most
of Central America; a report laid out for A4 and printed there loses its footer. The plan's
country decides (its name in English, Spanish or Portuguese, or an ISO code); when the
country says nothing, the computer's region does (`LC_PAPER`, `LC_ALL`, `LANG`: "es_MX.UTF-8").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

A4, LETTER = "a4", "letter"
PAPERS = (A4, LETTER)

# ISO 3166 codes of the countries that use Letter (as CLDR's paper-size data lists them).
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "CL", "CO", "CR", "GT", "PA", "PH", "PR", "SV", "VE", "NI", "BZ"}
)

# Country names (folded: lower case, no accents) in en/es/pt -> ISO code, for the Letter countries.
_NAMES = {
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "estados unidos": "US",
    "estados unidos de america": "US",
    "eua": "US",
    "eeuu": "US",
    "canada": "CA",
    "mexico": "MX",
    "chile": "CL",
    "colombia": "CO",
    "costa rica": "CR",
    "guatemala": "GT",
    "panama": "PA",
    "philippines": "PH",
    "filipinas": "PH",
    "puerto rico": "PR",
    "el salvador": "SV",
    "venezuela": "VE",
    "nicaragua": "NI",
    "belize": "BZ",
    "belice": "BZ",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def country_region(country: str) -> str | None:
    """An ISO code for a plan's country ("México", "Mexico", "MX", "Estados Unidos"), if known."""
    folded = _fold(country or "")
    if not folded:
        return None
    if len(folded) == 2 and folded.isalpha():
        return folded.upper()
    if folded in _NAMES:
        return _NAMES[folded]
    # "Mexico — Second Action Plan", "Mexico (federal)": the first words
    for name, code in _NAMES.items():
        if folded.startswith(name + " ") or folded.startswith(name + ","):
            return code
    return None


def region_from_environment(environ: Mapping[str, str]) -> str | None:
    """The region of the POSIX locale ("es_MX.UTF-8" -> "MX"), from LC_PAPER, LC_ALL or LANG."""
    for key in ("LC_PAPER", "LC_ALL", "LANG"):
        value = environ.get(key, "")
        base = value.split(".")[0].split("@")[0]
        if "_" in base:
            region = base.split("_", 1)[1]
            if len(region) == 2 and region.isalpha():
                return region.upper()
    return None


def default_paper(country: str = "", region: str | None = None) -> str:
    """Letter for a plan of a Letter country; else the computer's region decides; else A4.

    A plan whose country is known but uses A4 ("Brasil") prints on A4 even on a US computer."""
    code = country_region(country)
    if code is None and country and country.strip():
        # a named country we do not list as a Letter country: A4, whatever the computer says
        return A4
    code = code or (region or "").upper() or None
    return LETTER if code in LETTER_REGIONS else A4


def normalize_paper(value: str | None) -> str | None:
    """'A4', 'Letter', 'carta', 'us-letter' -> 'a4' / 'letter'; anything else -> None."""
    folded = _fold(value or "").replace("-", " ").replace("_", " ")
    if folded in ("a4",):
        return A4
    if folded in ("letter", "us letter", "carta", "carta (letter)", "letter (carta)"):
        return LETTER
    return None
