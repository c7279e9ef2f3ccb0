"""The lead agency's level of government: recorded on a commitment, else from its plan.

Jurisdiction rules flag the levels of government that are *not* the lead agency's own:
a federal agency's "state and municipal police" is outside its remit, a state agency's
"state registry" is not (but its "125 municipalities" and "the Federation" are). Many
OGP members are subnational (OGP Local, Mexico's states), so the level is data: a
commitment may record it, else its plan does, else the plan's country presets it.
Pure Python (no Qt, no SQL).
"""

from __future__ import annotations

import re

from .factors import GOVERNMENT_LEVELS, GovernmentLevel
from .model import CommitmentFields, Plan

# Words in a plan's country field that mark a subnational member ("Jalisco (state)",
# "Buenos Aires, OGP Local", "Prefeitura de São Paulo"). Anything else is a country.
_MUNICIPAL = re.compile(
    r"\b(ogp local|local|municipal\w*|municipio|município|city|ciudad|cidade|prefeitura|alcald[ií]a"
    r"|ayuntamiento|county|condado)\b",
    re.IGNORECASE,
)
_STATE = re.compile(
    r"\b(state|estado|province|provincia|província|region|región|região|departamento|gobierno del estado"
    r"|governo do estado)\b",
    re.IGNORECASE,
)


def level_for_country(country: str) -> str:
    """The preset for a plan's member: 'municipal' for OGP Local and city members, 'state'
    for a state or province, 'federal' for a country (Mexico's national plan)."""
    text = country or ""
    if _MUNICIPAL.search(text):
        return GovernmentLevel.MUNICIPAL.value
    if _STATE.search(text):
        return GovernmentLevel.STATE.value
    return GovernmentLevel.FEDERAL.value


def plan_level(plan: Plan | None) -> str:
    """A plan's default level for its commitments: its own setting, else its country's."""
    if plan is None:
        return GovernmentLevel.FEDERAL.value
    if plan.lead_level in GOVERNMENT_LEVELS:
        return plan.lead_level
    return level_for_country(plan.country)


def lead_level(fields: CommitmentFields, plan: Plan | None) -> str:
    """The lead agency's level for one revision: recorded on it, else its plan's default."""
    if fields.lead_level in GOVERNMENT_LEVELS:
        return fields.lead_level
    return plan_level(plan)


def parse_government_level(value: str) -> str:
    """A level key from its stable key; ValueError names the allowed ones."""
    if value in GOVERNMENT_LEVELS:
        return value
    allowed = ", ".join(GOVERNMENT_LEVELS)
    raise ValueError(f"unknown level of government {value!r} (expected one of: {allowed})")
