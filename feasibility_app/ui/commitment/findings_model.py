"""The findings beside the draft as a Qt list model: one row per `Finding`, with roles for
its parts (severity, factor label, quoted phrase, message). `findings_list` shows it.

Updating keeps rows that are the same finding (`finding_key`: the same rule and phrase,
wherever it now stands), so typing does not reset the list or its selection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain.rubric import load_rubric
from ...domain.wording import DRAFTING, Finding
from .wording_highlighter import SEVERITY_CHIP_COLOURS

_SPACES = re.compile(r"\s+")

ModelIndex = QModelIndex | QPersistentModelIndex


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def finding_key(finding: Finding) -> tuple[str, str, str, str, str]:
    """What a finding is, apart from where: unchanged when text is typed before it."""
    return (finding.rule_id, finding.factor, finding.severity, finding.phrase, finding.message)


class FindingsModel(QAbstractListModel):
    """One row per finding: structural ones (no span) and text ones, in the order given."""

    FindingRole = Qt.ItemDataRole.UserRole + 1
    SeverityRole = Qt.ItemDataRole.UserRole + 2
    FactorLabelRole = Qt.ItemDataRole.UserRole + 3
    PhraseRole = Qt.ItemDataRole.UserRole + 4
    MessageRole = Qt.ItemDataRole.UserRole + 5
    StructuralRole = Qt.ItemDataRole.UserRole + 6
    SeverityLabelRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._language = "en"

    # --- feeding -------------------------------------------------------------------------

    def set_findings(self, findings: Sequence[Finding], language: str | None = None) -> bool:
        """Show `findings`; factor labels in `language` (default: unchanged).

        Rows are diffed, not reset: a finding that only moved (text typed before it) keeps
        its row, and a finding that appears or vanishes is one inserted or removed row, so
        the view keeps its selection and scroll position while the draft is edited.
        Returns True when rows were inserted or removed.
        """
        findings = list(findings)
        relabel = language is not None and language != self._language
        if language is not None:
            self._language = language
        old_keys = [finding_key(f) for f in self._findings]
        new_keys = [finding_key(f) for f in findings]
        prefix = 0
        limit = min(len(old_keys), len(new_keys))
        while prefix < limit and old_keys[prefix] == new_keys[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old_keys[-1 - suffix] == new_keys[-1 - suffix]:
            suffix += 1
        removed = len(old_keys) - prefix - suffix
        inserted = len(new_keys) - prefix - suffix
        root = QModelIndex()
        if removed:
            self.beginRemoveRows(root, prefix, prefix + removed - 1)
            self._findings = self._findings[:prefix] + self._findings[prefix + removed :]
            self.endRemoveRows()
        if inserted:
            self.beginInsertRows(root, prefix, prefix + inserted - 1)
            self._findings = findings
            self.endInsertRows()
        moved = self._findings != findings
        self._findings = findings
        if findings and (moved or relabel):
            roles = [] if relabel else [self.FindingRole]
            self.dataChanged.emit(self.index(0, 0), self.index(len(findings) - 1, 0), roles)
        return bool(removed or inserted)

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding(self, row: int) -> Finding | None:
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def row_of(self, finding: Finding) -> int:
        """The row of `finding`, or of the first row that is the same finding elsewhere; -1."""
        for row, f in enumerate(self._findings):
            if f == finding:
                return row
        key = finding_key(finding)
        for row, f in enumerate(self._findings):
            if finding_key(f) == key:
                return row
        return -1

    def language(self) -> str:
        return self._language

    def retranslate(self) -> None:
        """Texts from tr() and the rubric: repaint every row in the current language."""
        if self._findings:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._findings) - 1, 0))

    # --- labels --------------------------------------------------------------------------

    def factor_label(self, factor: str) -> str:
        if factor == DRAFTING:
            return self.tr("Drafting")
        try:
            return load_rubric(self._language).factor_label(factor)
        except KeyError:
            return factor

    def severity_label(self, severity: str) -> str:
        labels = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}
        return labels.get(severity, severity)

    def quoted(self, phrase: str) -> str:
        return self.tr("“{phrase}”").format(phrase=_one_line(phrase)) if phrase.strip() else ""

    # --- QAbstractListModel ----------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        # QAbstractListModel keeps columnCount private; callable without a parent, as rowCount.
        return 0 if parent.isValid() else 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or index.column() != 0:
            return None
        finding = self.finding(index.row())
        if finding is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            quoted = self.quoted(finding.phrase)
            factor = self.factor_label(finding.factor)
            return f"{factor} {quoted}" if quoted else factor
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.message
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{severity}: {factor} {phrase}. {message}").format(
                severity=self.severity_label(finding.severity),
                factor=self.factor_label(finding.factor),
                phrase=self.quoted(finding.phrase),
                message=finding.message,
            )
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(SEVERITY_CHIP_COLOURS.get(finding.severity, SEVERITY_CHIP_COLOURS["low"])[0])
        if role == self.FindingRole:
            return finding
        if role == self.SeverityRole:
            return finding.severity
        if role == self.SeverityLabelRole:
            return self.severity_label(finding.severity)
        if role == self.FactorLabelRole:
            return self.factor_label(finding.factor)
        if role == self.PhraseRole:
            return finding.phrase
        if role == self.MessageRole:
            return finding.message
        if role == self.StructuralRole:
            return finding.start < 0
        return None
