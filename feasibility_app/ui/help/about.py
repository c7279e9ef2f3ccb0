"""Help ▸ About: version, licence, the case study it rests on, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import __version__
from .guide import guide_data

LICENCE = "MIT"


def about_text(language: str, database: str, data_folder: str) -> str:
    """The About box's text (plain, so a screen reader reads it as it is shown)."""
    return "\n\n".join(
        [
            QCoreApplication.translate(
                "About",
                "Feasibility {version} scores a draft Open Government Partnership commitment against six "
                "risk factors, so a forum sees before signing what could stop it.",
            ).format(version=__version__),
            QCoreApplication.translate(
                "About",
                "Its scores are risk prompts for discussion, not predictions, until the forum's own "
                "calibration (the Track record tab) says otherwise.",
            ),
            QCoreApplication.translate(
                "About", "Licence: {licence}. Fonts: DejaVu Sans (Bitstream Vera licence)."
            ).format(licence=LICENCE),
            QCoreApplication.translate(
                "About", "The factors and the sample plan come from the case study:\n{citation}"
            ).format(citation=guide_data(language)["citation"]),
            QCoreApplication.translate("About", "Database: {location}").format(location=database),
            QCoreApplication.translate("About", "Data folder: {folder}").format(folder=data_folder),
        ]
    )
