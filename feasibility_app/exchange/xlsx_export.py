"""An .xlsx workbook of the negotiation: one sheet per action plan, the CSV's columns.

Why a workbook as well as the CSV: Excel set to Spanish or Portuguese reads ";" as the
cell separator and "," as the decimal mark, so it opens a comma-separated file as one
column. A workbook has no separator to get wrong, and keeps accents without a BOM.
openpyxl writes it (imported only here). Text that looks like a formula is stored as
text (openpyxl would otherwise write "=..." as a formula), and the file is written
atomically like every export.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from .csv_export import Labels, commitment_rows, snapshots_to_export
from .export import write_atomically

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31  # Excel's limit


def sheet_name(title: str, taken: set[str]) -> str:
    """A plan's title as a sheet name Excel accepts: no []:*?/\\, at most 31 characters, unique."""
    base = _SHEET_FORBIDDEN.sub(" ", title).strip().strip("'") or "Plan"
    name = base[:MAX_SHEET_NAME]
    n = 2
    while name.casefold() in {t.casefold() for t in taken}:
        suffix = f" ({n})"
        name = base[: MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    taken.add(name)
    return name


def export_xlsx(repo, out: Path, plan_id: str | None = None, lang: str = "en") -> int:
    """Write the workbook of one plan (or every plan, a sheet each); returns the data rows written."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Alignment, Font

    lb = Labels(lang)
    header = lb.header()
    wb = Workbook()
    wb.remove(wb.active)
    sheets: dict[str, object] = {}
    taken: set[str] = set()
    total = 0
    for snap in snapshots_to_export(repo, plan_id):
        ws = sheets.get(snap.plan.id)
        if ws is None:
            ws = wb.create_sheet(sheet_name(snap.plan.title, taken))
            ws.append(list(header))
            for cell in ws[1]:
                cell.font = Font(bold=True)
            ws.freeze_panes = "A2"
            sheets[snap.plan.id] = ws
        for row in commitment_rows(snap, lb):
            values = [v[1:] if v.startswith("'") and v[1:2] in "=+-@\t\r" else v for v in row]
            ws.append(values)
            for cell in ws[ws.max_row]:
                cell.data_type = TYPE_STRING  # never a formula, whatever the text
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            total += 1
    if not sheets:
        ws = wb.create_sheet(sheet_name(lb.t("sheet_empty"), taken))
        ws.append(list(header))
    for ws in wb.worksheets:
        widths = (24, 30, 18, 28, 20, 22, 12, 12, 50, 50, 40, 30)
        for col, width in zip("ABCDEFGHIJKL", widths, strict=True):
            ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    write_atomically(Path(out), buf.getvalue())
    return total


__all__ = ["export_xlsx", "sheet_name"]
