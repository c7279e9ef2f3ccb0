"""Reading OGP's IRM commitment data (one row per past commitment) from CSV or .xlsx.

OGP publishes the spreadsheet with English column names; forums save it from
Excel or LibreOffice in whatever shape their locale gives: UTF-8 with or
without a byte-order mark, commas or semicolons, extra and reordered columns,
line breaks and quotes inside cells. We are tolerant of all that and strict
about the three columns a precedent cannot do without (id, title, full text):
a file without them is refused, naming them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.outcomes import Precedent, parse_completion, parse_opened_government

MAX_BYTES = 200 * 1024 * 1024  # OGP's full file is ~30 MB as CSV
NO_DATA = frozenset({"", "nd", "nr", "n/a", "na", "-", "—"})


class PrecedentFileError(ValueError):
    """The file cannot be read as IRM data; the message says why in one line."""


def _norm(header: str) -> str:
    return re.sub(r"\s+", " ", header.replace("\ufeff", "").strip().strip('"').lower())


# field -> accepted column names (normalised); the first is OGP's.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("commitment unique identifier", "unique identifier", "commitment id"),
    "title": ("commitment title", "title"),
    "full_text": ("full text", "commitment text", "commitment description"),
    "short_title": ("short title",),
    "country": ("country/locality", "country", "locality"),
    "action_plan": ("action plan number", "action plan"),
    "year": ("year of submission", "year"),
    "lead_institution": ("lead institution",),
    "supporting_institutions": ("supporting institution(s)", "supporting institutions"),
    "specificity": ("specificity",),
    "verifiable": ("verifiable",),
    "potential_impact": ("potential impact",),
    "completion_midterm": ("completion (progress report)", "completion (mid-term)", "completion (midterm)"),
    "completion_end": ("completion (end of term)", "completion (end-of-term)"),
    "opened_government": ("did it open government (overall)", "did it open government?"),
    "carried_forward": ("carried forward",),
}
REQUIRED = ("id", "title", "full_text")
# Looser matches for columns whose exact spelling varies between OGP's releases.
PREFIXES = {
    "completion_midterm": "completion (progress",
    "completion_end": "completion (end",
    "opened_government": "did it open government",
}


@dataclass
class SheetResult:
    precedents: list[Precedent]
    skipped_no_id: int = 0
    duplicates: int = 0
    unused_columns: list[str] = field(default_factory=list)


def read_precedents(path: Path) -> SheetResult:
    """Read a .csv or .xlsx file of IRM data; PrecedentFileError if it cannot be used."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PrecedentFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    if path.is_dir():
        raise PrecedentFileError(f"{path} is a folder, not a spreadsheet")
    if size > MAX_BYTES:
        raise PrecedentFileError(f"{path} is {size / 1e6:.0f} MB; precedent files are limited to 200 MB")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return rows_to_precedents(_xlsx_rows(path), str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PrecedentFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    if data.startswith(b"PK\x03\x04"):
        return rows_to_precedents(_xlsx_rows(path), str(path))
    return rows_to_precedents(csv_rows(data, str(path)), str(path))


def csv_rows(data: bytes, name: str = "the file") -> Iterator[list[str]]:
    """Rows of a UTF-8 CSV (BOM or not), comma or semicolon separated."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PrecedentFileError(
            f"{name} is not UTF-8 text (byte 0x{data[exc.start]:02x} at line {line}); "
            "save it as “CSV UTF-8” or as .xlsx"
        ) from None
    if "\x00" in text:
        raise PrecedentFileError(f"{name} contains NUL characters; it is not a CSV text file")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ("\t" if "\t" in first else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as exc:
        raise PrecedentFileError(f"{name}: not a readable CSV file (line {reader.line_num}: {exc})") from None


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    try:
        from openpyxl import load_workbook
    except ImportError:  # pragma: no cover - a dependency, but say so rather than crash
        raise PrecedentFileError("reading .xlsx needs the openpyxl package; save the sheet as CSV") from None
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException, …
        raise PrecedentFileError(
            f"{path} is not a readable .xlsx workbook ({exc.__class__.__name__})"
        ) from None
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise PrecedentFileError(f"{path} has no worksheet")
        for values in ws.iter_rows(values_only=True):
            yield [_cell_text(v) for v in values]
    finally:
        wb.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _text(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    return "" if value.lower() in NO_DATA else value


def _year(value: str) -> int | None:
    m = re.search(r"(19|20)\d\d", value)
    return int(m.group()) if m else None


def rows_to_precedents(rows: Iterable[Sequence[str]], name: str = "the file") -> SheetResult:
    """Precedents from rows whose first non-empty row is the header."""
    it = iter(rows)
    header: Sequence[str] | None = None
    for row in it:
        if any(cell.strip() for cell in row):
            header = row
            break
    if header is None:
        raise PrecedentFileError(f"{name} is empty: no header row")
    names = [_norm(h) for h in header]
    where: dict[str, int] = {}
    for key, accepted in COLUMNS.items():
        for alias in accepted:
            if alias in names:
                where[key] = names.index(alias)
                break
    for key, prefix in PREFIXES.items():  # "Did It Open Government? (Overall)" and the like
        found = [i for i, n in enumerate(names) if n.startswith(prefix)]
        if key not in where and found:
            where[key] = found[0]
    starred = [i for i, n in enumerate(names) if n.startswith("starred")]
    missing = [COLUMNS[k][0] for k in REQUIRED if k not in where]
    if missing:
        shown = ", ".join(f"“{_title_case(m)}”" for m in missing)
        raise PrecedentFileError(
            f"{name} lacks the required column(s) {shown}; is it OGP's IRM commitment data?"
        )
    used = set(where.values()) | set(starred)
    extra = [i for i in range(len(names)) if i not in used and names[i]]
    result = SheetResult([], unused_columns=[header[i].strip() for i in extra])
    by_id: dict[str, Precedent] = {}

    def cell(row: Sequence[str], key: str) -> str:
        i = where.get(key)
        return _text(row[i]) if i is not None and i < len(row) else ""

    for row in it:
        if not any(c.strip() for c in row):
            continue
        pid = cell(row, "id")
        if not pid:
            result.skipped_no_id += 1
            continue
        flags = [header[i].strip() for i in extra if i < len(row) and row[i].strip() in ("1", "1.0")]
        star = next((row[i].strip() for i in starred if i < len(row) and _text(row[i])), "")
        p = Precedent(
            id=pid[:64],
            title=cell(row, "title"),
            full_text=cell(row, "full_text"),
            short_title=cell(row, "short_title"),
            country=cell(row, "country"),
            action_plan=cell(row, "action_plan"),
            year=_year(cell(row, "year")),
            lead_institution=cell(row, "lead_institution"),
            supporting_institutions=cell(row, "supporting_institutions"),
            specificity=cell(row, "specificity"),
            verifiable=cell(row, "verifiable"),
            potential_impact=cell(row, "potential_impact"),
            completion_midterm=parse_completion(cell(row, "completion_midterm")),
            completion_end=parse_completion(cell(row, "completion_end")),
            opened_government=parse_opened_government(cell(row, "opened_government")),
            starred=star,
            carried_forward=cell(row, "carried_forward"),
            policy_areas=tuple(flags),
        )
        if p.id in by_id:
            result.duplicates += 1
        by_id[p.id] = p  # the last row of an id wins, as a re-import would
    result.precedents = list(by_id.values())
    return result


def _title_case(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
