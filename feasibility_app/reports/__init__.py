"""PDF reports (reportlab). Imported only when a report is written: reportlab costs start-up time."""


class ReportError(Exception):
    """A report could not be written; the message says why and what to do (CLI exit 3)."""


class ReportCancelled(ReportError):
    """The user cancelled a background export; no file was written."""
