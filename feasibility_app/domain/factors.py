"""The words every layer shares: factor keys, risk levels, evidence, roles.

Keys and values are stable identifiers (stored, exchanged, printed in JSON);
human labels come from the rubric data files, per language.
"""

from __future__ import annotations

from enum import StrEnum

# Re-exported: the language list and reading a code live in languages.py (it imports nothing).
from .languages import DEFAULT_LANGUAGE, LANGUAGES, canonical_language, known_language  # noqa: F401

FACTOR_KEYS: tuple[str, ...] = (
    "constitutional_limits",
    "data_availability",
    "cso_cooperation",
    "issue_sensitivity",
    "budget",
    "political_will",
)


class Level(StrEnum):
    """A factor's risk, higher is worse; NOT_ASSESSED has no rank."""

    NOT_ASSESSED = "not_assessed"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int | None:
        return _RANK.get(self)

    @property
    def order(self) -> int:
        """The rank, 0 for NOT_ASSESSED: for sorting, and for arithmetic on assessed levels."""
        return _RANK.get(self, 0)

    @property
    def assessed(self) -> bool:
        return self is not Level.NOT_ASSESSED

    @classmethod
    def from_rank(cls, rank: int) -> Level:
        """The level of a rank 1..4 (clamped), e.g. for suggested consensus."""
        return RISK_LEVELS[max(1, min(4, rank)) - 1]


RISK_LEVELS: tuple[Level, ...] = (Level.LOW, Level.MODERATE, Level.HIGH, Level.CRITICAL)
# The order levels are listed in wherever they are offered or filtered: risk up, then "not assessed".
LEVELS_LISTED: tuple[Level, ...] = (*RISK_LEVELS, Level.NOT_ASSESSED)
_RANK = {level: i + 1 for i, level in enumerate(RISK_LEVELS)}


class Evidence(StrEnum):
    """Whether a level rests on checked facts or on what someone believes."""

    VERIFIED = "verified"
    ASSUMED = "assumed"


class Role(StrEnum):
    """A party's role in the forum; the parties themselves are data, the roles are fixed."""

    GOVERNMENT = "government"
    CIVIL_SOCIETY = "civil_society"
    GUARANTOR = "guarantor"
    FACILITATOR = "facilitator"
    SELF = "self"


class Potential(StrEnum):
    """IRM's potential for results: the ambition axis of the ambition-against-risk map."""

    UNCLEAR = "unclear"
    MODEST = "modest"
    SUBSTANTIAL = "substantial"


class OGValue(StrEnum):
    """Open-government values a commitment may serve (OGP template)."""

    TRANSPARENCY = "transparency"
    PARTICIPATION = "participation"
    ACCOUNTABILITY = "accountability"


class GovernmentLevel(StrEnum):
    """The lead agency's level of government: jurisdiction rules flag the other levels."""

    FEDERAL = "federal"  # national / federal government
    STATE = "state"  # state, provincial or regional government
    MUNICIPAL = "municipal"  # municipal or local government (OGP Local)


GOVERNMENT_LEVELS: tuple[str, ...] = tuple(level.value for level in GovernmentLevel)


class Status(StrEnum):
    """Where a commitment is in its life: drafting, signed, or withdrawn."""

    DRAFT = "draft"
    SIGNED = "signed"
    WITHDRAWN = "withdrawn"


def parse_level(value: str) -> Level:
    """A Level from its stable key; raises ValueError naming the allowed keys."""
    try:
        return Level(value)
    except ValueError:
        allowed = ", ".join(level.value for level in Level)
        raise ValueError(f"unknown level {value!r} (expected one of: {allowed})") from None


def check_factor_key(key: str) -> str:
    if key not in FACTOR_KEYS:
        raise ValueError(f"unknown factor {key!r} (expected one of: {', '.join(FACTOR_KEYS)})")
    return key
