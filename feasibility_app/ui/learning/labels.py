"""Translated labels of IRM's scales (completion, "did it open government", stage)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def completion_label(value: str | None) -> str:
    labels = {
        "not_started": QCoreApplication.translate("Learning", "Not started"),
        "limited": QCoreApplication.translate("Learning", "Limited"),
        "substantial": QCoreApplication.translate("Learning", "Substantial"),
        "complete": QCoreApplication.translate("Learning", "Complete"),
    }
    return labels.get(value or "", QCoreApplication.translate("Learning", "no data"))


def opened_label(value: str | None) -> str:
    labels = {
        "worsened": QCoreApplication.translate("Learning", "Worsened"),
        "did_not_change": QCoreApplication.translate("Learning", "Did not change"),
        "marginal": QCoreApplication.translate("Learning", "Marginal"),
        "major": QCoreApplication.translate("Learning", "Major"),
        "outstanding": QCoreApplication.translate("Learning", "Outstanding"),
    }
    return labels.get(value or "", QCoreApplication.translate("Learning", "no data"))


def stage_label(value: str) -> str:
    if value == "midterm":
        return QCoreApplication.translate("Learning", "Mid-term (progress report)")
    return QCoreApplication.translate("Learning", "End of term")


def prompts_note() -> str:
    return QCoreApplication.translate(
        "Learning",
        "Risk prompts for discussion, not predictions: what happened to similar commitments "
        "is a reason to ask questions, not a forecast.",
    )
