"""The exchange file's format: its name, its version and the fields of every record.

One list of fields per record is used to export (which columns are written), to
validate (what a file may hold) and to import (what "the same record" means), so
the three cannot drift apart; tests/exchange/test_schema.py holds the lists to
the shipped JSON Schema and to the database tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table

from ..domain.factors import GOVERNMENT_LEVELS, Evidence, Level, Potential, Role, Status
from ..domain.outcomes import Completion, OpenedGovernment, Stage
from ..domain.paper import PAPERS
from ..storage import bulk

FORMAT_NAME = "feasibility-exchange"
# The newest format this version reads and writes. 2: the forum record (parties present,
# accepted blocks, editorial marks, locks); 3: a plan's report paper and the precedent library.
# A file declares the lowest format that describes it (`needed_version`), so a file without
# format 3's items still imports into a version that reads only format 2, and one with them is
# refused there as "written by a newer version", not as an unknown field.
FORMAT_VERSION = 3

# --- the fields of each record (one list, used to export, validate and compare) ------------

# kind: "uuid", "str", "text" (long text), "date", "datetime", "bool", "int", "strlist",
# "weights", or an Enum class. nullable: JSON null allowed.


@dataclass(frozen=True)
class Field:
    name: str
    kind: Any
    nullable: bool = False
    # optional: a file may leave it out (it then means ``default``); written only when it differs,
    # so files without the newer field stay exactly as older versions wrote and read them
    optional: bool = False
    default: Any = None


# The lead agency's level of government; "" = not recorded (the plan's, or the country's preset).
LEAD_LEVEL = Field("lead_level", ("", *GOVERNMENT_LEVELS), optional=True, default="")


def _fields(*spec: tuple | Field) -> tuple[Field, ...]:
    return tuple(s if isinstance(s, Field) else Field(*s) for s in spec)


PLAN_FIELDS = _fields(
    ("id", "uuid"),
    ("country", "str"),
    ("title", "str"),
    ("start_date", "date", True),
    ("end_date", "date", True),
    ("weights", "weights"),
    LEAD_LEVEL,
    # the paper its reports print on; missing or null: from its country (domain/paper.py)
    Field("paper", ("", *PAPERS), nullable=True, optional=True, default=None),
    ("created_at", "datetime"),  # last: an import compares the settings before it
)
PARTY_FIELDS = _fields(
    ("id", "uuid"), ("plan_id", "uuid"), ("name", "str"), ("role", Role), ("position", "int")
)
COMMITMENT_FIELDS = _fields(("id", "uuid"), ("plan_id", "uuid"), ("created_at", "datetime"))
REVISION_FIELDS = _fields(
    ("id", "uuid"),
    ("commitment_id", "uuid"),
    ("parent_id", "uuid", True),
    ("author", "str"),
    ("created_at", "datetime"),
    ("title", "str"),
    ("problem", "text"),
    ("status_quo", "text"),
    ("draft_text", "text"),
    ("how_it_helps", "text"),
    ("og_values", "strlist"),
    ("lead_agency", "str"),
    ("other_actors_government", "text"),
    ("other_actors_cso", "text"),
    ("budget_note", "text"),
    ("start_date", "date", True),
    ("end_date", "date", True),
    ("status", Status),
    ("language", "str"),
    LEAD_LEVEL,
)
MILESTONE_FIELDS = _fields(
    ("id", "uuid"),
    ("position", "int"),
    ("output", "text"),
    ("start_date", "date", True),
    ("end_date", "date", True),
)
ASSESSMENT_FIELDS = _fields(
    ("id", "uuid"),
    ("commitment_id", "uuid"),
    ("revision_id", "uuid"),
    ("parent_id", "uuid", True),
    ("party_id", "uuid", True),
    ("assessor", "str"),
    ("role", Role),
    ("is_consensus", "bool"),
    ("created_at", "datetime"),
    ("irm_verifiable", "bool", True),
    ("irm_values", "strlist"),
    ("irm_lens_note", "text"),
    ("irm_potential", Potential),
    ("parties_present", "strlist", False, True, []),  # format 2; a format 1 file has none
)
SCORE_FIELDS = _fields(
    ("level", Level),
    ("evidence", Evidence),
    ("rationale", "text"),
    ("consensus_note", "text"),
    ("accepted_by", "strlist", False, True, []),  # format 2; a format 1 file has none
)
MITIGATION_FIELDS = _fields(
    ("id", "uuid"),
    ("factor", "factor"),
    ("position", "int"),
    ("action", "text"),
    ("owner", "str"),
    ("due_date", "date", True),
)
TOMBSTONE_FIELDS = _fields(
    ("id", "uuid"),
    ("target_id", "uuid"),
    ("target_kind", ("plan", "commitment")),
    ("action", ("delete", "restore")),
    ("author", "str"),
    ("created_at", "datetime"),
)

EDITORIAL_MARK_FIELDS = _fields(
    ("id", "uuid"),
    ("commitment_id", "uuid"),
    ("revision_id", "uuid"),
    ("marked_by", "str"),
    ("created_at", "datetime"),
)
LOCK_FIELDS = _fields(
    ("id", "uuid"),
    ("commitment_id", "uuid"),
    ("revision_id", "uuid"),
    ("consensus_id", "uuid"),
    ("fingerprint", "str"),
    ("locked_by", "str"),
    ("created_at", "datetime"),
)
OUTCOME_FIELDS = _fields(
    ("id", "uuid"),
    ("commitment_id", "uuid"),
    ("stage", Stage),
    ("completion", Completion),
    ("opened_government", OpenedGovernment, True),
    ("source", "text"),
    ("reported_on", "date", True),
    ("recorded_at", "datetime"),
    ("author", "str"),
)

# A past commitment from OGP's IRM data (storage.models.PrecedentRow; `length` and
# `imported_at` are local). Written only on request (export --with-precedents).
PRECEDENT_FIELDS = _fields(
    ("id", "key"),  # "Commitment Unique Identifier", e.g. MX0042
    ("title", "text"),
    ("full_text", "text"),
    ("short_title", "text"),
    ("country", "str"),
    ("action_plan", "str"),
    ("year", "year", True),
    ("lead_institution", "text"),
    ("supporting_institutions", "text"),
    ("specificity", "str"),
    ("verifiable", "str"),
    ("potential_impact", "str"),
    ("completion_midterm", Completion, True),
    ("completion_end", Completion, True),
    ("opened_government", OpenedGovernment, True),
    ("starred", "str"),
    ("carried_forward", "str"),
    ("policy_areas", "strlist"),
)

TOP_LEVEL_KEYS = (
    "format",
    "version",
    "exported_at",
    "app_version",
    "plan_id",
    "plans",
    "parties",
    "commitments",
    "revisions",
    "assessments",
    "tombstones",
    "editorial_marks",
    "locks",
    "outcomes",
    "precedents",
)
# record lists added after format 1: a file without them has none
OPTIONAL_TOP_LEVEL_KEYS = ("editorial_marks", "locks", "outcomes", "precedents")
# record lists of the file: key -> (kind name used in messages, fields, table, extra keys)
RECORD_LISTS: dict[str, tuple[str, tuple[Field, ...], Table, tuple[str, ...]]] = {
    "plans": ("plan", PLAN_FIELDS, bulk.PLAN, ()),
    "parties": ("forum party", PARTY_FIELDS, bulk.PARTY, ()),
    "commitments": ("commitment", COMMITMENT_FIELDS, bulk.COMMITMENT, ()),
    "revisions": ("revision", REVISION_FIELDS, bulk.REVISION, ("milestones",)),
    "assessments": ("assessment", ASSESSMENT_FIELDS, bulk.ASSESSMENT, ("scores", "mitigations")),
    "tombstones": ("tombstone", TOMBSTONE_FIELDS, bulk.TOMBSTONE, ()),
    "editorial_marks": ("editorial mark", EDITORIAL_MARK_FIELDS, bulk.EDITORIAL_MARK, ()),
    "locks": ("signing lock", LOCK_FIELDS, bulk.SIGNING_LOCK, ()),
    "outcomes": ("outcome", OUTCOME_FIELDS, bulk.OUTCOME, ()),
    "precedents": ("precedent", PRECEDENT_FIELDS, bulk.PRECEDENT, ()),
}
# Record lists a file may leave out (added after format 1 was published; read as empty):
# an export writes them only when it has records, so a file without them stays readable
# by every version that reads format 1.
OPTIONAL_LISTS: tuple[str, ...] = ("outcomes",)
# Record lists written only when the user asks (reference data, not the forum's record): the
# precedent library (`export --with-precedents`). Import merges them by id; a newer copy of a
# precedent replaces the stored one, as re-importing OGP's spreadsheet does.
ON_REQUEST_LISTS: tuple[str, ...] = ("precedents",)
# Most precedents a file may hold (OGP's whole IRM data is ~6,000 commitments).
MAX_PRECEDENTS = 100_000


def needed_version(plans: list[dict[str, Any]], with_precedents: bool) -> int:
    """The lowest format whose readers understand a file with these plan records (and the
    precedent library or not)."""
    return 3 if with_precedents or any("paper" in plan for plan in plans) else 2
