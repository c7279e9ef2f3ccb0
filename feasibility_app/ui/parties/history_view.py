"""History: the revisions of a commitment's text, what changed, and which text each party scored.

The view shows and asks; it never touches the database. `rescore_requested`
carries a stale assessment's id; the controller starts the new assessment.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.assessing import is_stale, newest_consensus, newest_per_assessor
from ...domain.diff import (
    MILESTONES,
    DiffOp,
    fields_diff,
    milestone_changes,
    milestone_line,
    ops_to_html,
    word_diff,
)
from ...domain.forum import current_texts
from ...domain.model import Assessment, CommitmentFields, EditorialMark, Revision, SigningLock
from ...domain.rubric import Rubric, load_rubric
from .history_rows import in_holder, record_badges

RevisionRole = Qt.ItemDataRole.UserRole + 1  # revision id of a revision item (and of an assessment's)
AssessmentRole = Qt.ItemDataRole.UserRole + 2  # assessment id of an assessment item

COL_ITEM, COL_WHO, COL_WHEN, COL_STATE, COL_ACTION = range(5)
CURRENT_COLOUR = "#1B5E20"
STALE_COLOUR = "#E65100"
PARALLEL_COLOUR = "#6A1B9A"
MUTED_COLOUR = "#757575"
WARNING_STYLE = "QLabel { background: #F3E5F5; color: #4A148C; padding: 4px 6px; border-radius: 3px; }"


def parallel_groups(revisions: Sequence[Revision]) -> list[list[Revision]]:
    """Revisions based on the same parent: edits made in parallel (Repository.parallel_edits)."""
    by_parent: dict[str, list[Revision]] = {}
    for rev in revisions:
        if rev.parent_id is not None:
            by_parent.setdefault(rev.parent_id, []).append(rev)
    return [group for group in by_parent.values() if len(group) > 1]


class HistoryView(QWidget):
    """The history tab: revisions (newest first) with the assessments of each, and a word diff."""

    rescore_requested = Signal(str)  # id of a stale assessment
    editorial_requested = Signal(str)  # id of a revision to mark as an editorial edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "en"
        self._rubric: Rubric = load_rubric("en")
        self._revisions: list[Revision] = []
        self._assessments: list[Assessment] = []
        self._number: dict[str, int] = {}
        self._rescore_buttons: dict[str, QPushButton] = {}
        self._marks: tuple[EditorialMark, ...] = ()
        self._locks: tuple[SigningLock, ...] = ()
        self.editorial_button: QPushButton | None = None
        self._html = ""

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.parallel_label = QLabel()
        self.parallel_label.setWordWrap(True)
        self.parallel_label.setStyleSheet(WARNING_STYLE)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ACTION, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._show_selected_diff)

        self.diff_title = QLabel()
        self.diff_title.setWordWrap(True)
        self.diff_title.setTextFormat(Qt.TextFormat.PlainText)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(self.hint_label)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.diff_title)
        bottom_layout.addWidget(self.browser, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.parallel_label)
        layout.addWidget(splitter, 1)
        self.parallel_label.hide()

        self.retranslate_ui()

    # --- API -----------------------------------------------------------------------------

    def set_data(
        self,
        revisions: Sequence[Revision],
        assessments: Sequence[Assessment],
        lang: str,
        marks: Sequence[EditorialMark] = (),
        locks: Sequence[SigningLock] = (),
    ) -> None:
        """Revisions of one commitment (any order), all its assessments, editorial marks and locks."""
        self._marks, self._locks = tuple(marks), tuple(locks)
        self._revisions = sorted(revisions, key=lambda r: (r.created_at, r.id))
        self._assessments = list(assessments)
        self._number = {rev.id: i + 1 for i, rev in enumerate(self._revisions)}
        self._lang = lang
        self._rubric = load_rubric(lang)
        self._rebuild()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._rubric = load_rubric(lang)
        self._rebuild()

    @property
    def current_revision(self) -> Revision | None:
        return self._revisions[-1] if self._revisions else None

    def select_revisions(self, *revision_ids: str) -> None:
        """Select one revision (diff against its parent) or two (diff between them)."""
        self.tree.blockSignals(True)
        self.tree.clearSelection()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(COL_ITEM, RevisionRole) in revision_ids:
                item.setSelected(True)
        self.tree.blockSignals(False)
        self._show_selected_diff()

    def rescore_button(self, assessment_id: str) -> QPushButton | None:
        return self._rescore_buttons.get(assessment_id)

    # --- Qt ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode: the title grows too
            font = self.font()
            font.setBold(True)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * 1.15)
            self.title_label.setFont(font)

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("History of the text"))
        self.hint_label.setText(
            self.tr(
                "Select a revision to see what it changed, or two revisions (Ctrl+click) to "
                "compare them. Under each revision: the assessments that scored it."
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("Revision"), self.tr("Author / assessor"), self.tr("Time"), self.tr("State"), ""]
        )
        self._rebuild()

    # --- building the tree ----------------------------------------------------------------------

    def _when(self, dt: datetime) -> str:
        """Local time, month name in the UI language."""
        qdt = QDateTime.fromMSecsSinceEpoch(int(dt.timestamp() * 1000))
        return QLocale(self._lang).toString(qdt, "d MMM yyyy, HH:mm")

    def _rev_name(self, rev: Revision | None) -> str:
        if rev is None:
            return ""
        return self.tr("Revision {n}").format(n=self._number.get(rev.id, "?"))

    def _rebuild(self) -> None:
        selected = [
            item.data(COL_ITEM, RevisionRole)
            for item in self.tree.selectedItems()
            if item.data(COL_ITEM, AssessmentRole) is None
        ]
        self.tree.blockSignals(True)
        self.tree.clear()
        self._rescore_buttons.clear()
        self.editorial_button = None
        current = self.current_revision
        current_id = current.id if current else None
        marked = {m.revision_id: m for m in self._marks}
        texts = current_texts(self._revisions, self._marks, current_id) if current_id else None
        groups = parallel_groups(self._revisions)
        in_parallel = {rev.id: group for group in groups for rev in group}
        newest_ids = {a.id for a in newest_per_assessor(self._assessments)}
        consensus = newest_consensus(self._assessments)
        if consensus is not None:
            newest_ids.add(consensus.id)
        by_revision: dict[str, list[Assessment]] = {}
        for a in sorted(self._assessments, key=lambda a: (a.created_at, a.id)):
            by_revision.setdefault(a.revision_id, []).append(a)

        for rev in reversed(self._revisions):
            item = QTreeWidgetItem()
            item.setText(COL_ITEM, self._rev_name(rev))
            item.setData(COL_ITEM, RevisionRole, rev.id)
            item.setText(COL_WHO, rev.author or self.tr("(unknown author)"))
            item.setText(COL_WHEN, self._when(rev.created_at))
            badges, tips = [], []
            if rev.id == current_id:
                badges.append(self.tr("current"))
                tips.append(self.tr("The current text: new assessments score this revision."))
            if rev.id in in_parallel:
                badges.append(self.tr("parallel edit"))
                tips.append(self._parallel_text(in_parallel[rev.id]))
            more_badges, more_tips = record_badges(rev.id, self._marks, self._locks, current_id, self._when)
            badges += more_badges
            tips += more_tips
            item.setText(COL_STATE, " · ".join(badges))
            item.setToolTip(COL_STATE, "\n".join(tips))
            colour = PARALLEL_COLOUR if rev.id in in_parallel else CURRENT_COLOUR
            item.setForeground(COL_STATE, QBrush(QColor(colour)))
            font = QFont(item.font(COL_ITEM))
            font.setBold(True)
            item.setFont(COL_ITEM, font)
            parent = next((r for r in self._revisions if r.id == rev.parent_id), None)
            based = self.tr("based on {rev}").format(rev=self._rev_name(parent)) if parent else ""
            item.setToolTip(COL_ITEM, based or self.tr("the first version"))
            self.tree.addTopLevelItem(item)
            if rev.id == current_id and rev.parent_id is not None and rev.id not in marked:
                self._add_editorial_button(item, rev.id)
            for a in by_revision.pop(rev.id, []):
                self._add_assessment(item, a, texts, a.id in newest_ids)
            item.setExpanded(True)
        # assessments of revisions not in the list (should not happen; shown, not hidden)
        for rev_id, orphans in by_revision.items():
            item = QTreeWidgetItem([self.tr("Unknown revision"), rev_id[:8]])
            item.setData(COL_ITEM, RevisionRole, rev_id)
            self.tree.addTopLevelItem(item)
            for a in orphans:
                self._add_assessment(item, a, texts, a.id in newest_ids)
            item.setExpanded(True)

        if groups:
            self.parallel_label.setText(
                "⚠ "
                + " ".join(self._parallel_text(g) for g in groups)
                + " "
                + self.tr(
                    "The newest is current; compare them (Ctrl+click both) and merge by hand if needed."
                )
            )
            self.parallel_label.show()
        else:
            self.parallel_label.hide()
        self.tree.blockSignals(False)
        if not any(self._select_ids(selected)):
            self._select_default()
        self._show_selected_diff()

    def _parallel_text(self, group: Sequence[Revision]) -> str:
        parent = next((r for r in self._revisions if r.id == group[0].parent_id), None)
        names = ", ".join(self._rev_name(r) for r in group)
        return self.tr("Parallel edit: {revisions} were each based on {parent}.").format(
            revisions=names, parent=self._rev_name(parent) or self.tr("an unknown revision")
        )

    def _add_editorial_button(self, item: QTreeWidgetItem, revision_id: str) -> None:
        button = QPushButton(self.tr("Mark as editorial…"))
        button.setToolTip(self.tr("Only typos, punctuation or formatting changed: the earlier scores count."))
        button.clicked.connect(lambda _checked=False, rid=revision_id: self.editorial_requested.emit(rid))
        self.tree.setItemWidget(item, COL_ACTION, in_holder(button))
        self.editorial_button = button

    def _add_assessment(self, parent: QTreeWidgetItem, a: Assessment, current_id, newest: bool):
        child = QTreeWidgetItem()
        name = self.tr("Agreed consensus") if a.is_consensus else a.assessor
        child.setText(COL_ITEM, name)
        child.setData(COL_ITEM, RevisionRole, a.revision_id)
        child.setData(COL_ITEM, AssessmentRole, a.id)
        child.setText(
            COL_WHO, self._rubric.role_label(a.role) + (f" · {a.assessor}" if a.is_consensus else "")
        )
        child.setText(COL_WHEN, self._when(a.created_at))
        stale = is_stale(a, current_id)
        if not newest:
            state, colour = self.tr("superseded"), MUTED_COLOUR
            tip = self.tr("A newer assessment by the same assessor replaces this one.")
        elif stale:
            state, colour = self.tr("scored an earlier text"), STALE_COLOUR
            tip = self.tr("This assessment scored an earlier revision; the text has changed since.")
        else:
            state, colour = self.tr("scores the current text"), CURRENT_COLOUR
            tip = ""
        child.setText(COL_STATE, state)
        child.setToolTip(COL_STATE, tip)
        child.setForeground(COL_STATE, QBrush(QColor(colour)))
        if not newest:
            for col in (COL_ITEM, COL_WHO, COL_WHEN):
                child.setForeground(col, QBrush(QColor(MUTED_COLOUR)))
        parent.addChild(child)
        if stale and newest and not a.is_consensus:
            button = QPushButton(self.tr("Re-score"))
            button.setToolTip(
                self.tr("Start a new assessment of the current text by {who}, from these scores.").format(
                    who=a.assessor
                )
            )
            button.clicked.connect(lambda _checked=False, aid=a.id: self.rescore_requested.emit(aid))
            self.tree.setItemWidget(child, COL_ACTION, in_holder(button))
            self._rescore_buttons[a.id] = button
        elif stale and a.is_consensus and newest:
            child.setToolTip(COL_STATE, tip + "\n" + self.tr("Record a new agreed consensus in Compare."))

    def _select_ids(self, ids: Sequence[str]) -> list[bool]:
        found = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(COL_ITEM, RevisionRole) in ids:
                item.setSelected(True)
                found.append(True)
        return found

    def _select_default(self) -> None:
        if self.tree.topLevelItemCount():
            self.tree.blockSignals(True)
            self.tree.topLevelItem(0).setSelected(True)  # the current revision
            self.tree.blockSignals(False)

    # --- the diff -------------------------------------------------------------------------------

    def _selected_revisions(self) -> list[Revision]:
        ids: list[str] = []
        for item in self.tree.selectedItems():
            rid = item.data(COL_ITEM, RevisionRole)
            if rid not in ids:
                ids.append(rid)
        revs = [r for r in self._revisions if r.id in ids]
        return sorted(revs, key=lambda r: (r.created_at, r.id))

    def _show_selected_diff(self) -> None:
        revs = self._selected_revisions()
        if not revs:
            self.diff_title.setText(
                self.tr("No revisions.") if not self._revisions else self.tr("Select a revision.")
            )
            self._set_html("")
            return
        if len(revs) == 1:
            new = revs[0]
            old = next((r for r in self._revisions if r.id == new.parent_id), None)
        else:
            old, new = revs[0], revs[-1]
        if old is None:
            self.diff_title.setText(
                self.tr("{rev} by {author}, {when}: the first version of the text.").format(
                    rev=self._rev_name(new), author=new.author, when=self._when(new.created_at)
                )
            )
            self._set_html(self._diff_html(CommitmentFields(), new.fields, only_text=True))
            return
        self.diff_title.setText(
            self.tr(
                "Changes from {old} ({old_author}, {old_when}) to {new} ({new_author}, {new_when})"
            ).format(
                old=self._rev_name(old),
                old_author=old.author,
                old_when=self._when(old.created_at),
                new=self._rev_name(new),
                new_author=new.author,
                new_when=self._when(new.created_at),
            )
        )
        self._set_html(self._diff_html(old.fields, new.fields))

    def diff_html(self) -> str:
        """The HTML of the diff now shown, as generated (the browser re-serialises it)."""
        return self._html

    def _set_html(self, text: str) -> None:
        self._html = text
        self.browser.setHtml(text)

    def _field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "problem": self.tr("Public problem"),
            "status_quo": self.tr("Status quo"),
            "draft_text": self.tr("What the commitment does (draft text)"),
            "how_it_helps": self.tr("How it helps solve the problem"),
            "lead_agency": self.tr("Lead agency"),
            "other_actors_government": self.tr("Other actors: government"),
            "other_actors_cso": self.tr("Other actors: civil society"),
            "budget_note": self.tr("Budget"),
            "og_values": self.tr("Open-government values"),
            "start": self.tr("Start date"),
            "end": self.tr("End date"),
            "status": self.tr("Status"),
            "language": self.tr("Language"),
            MILESTONES: self.tr("Milestones"),
        }

    def _translated_ops(self, name: str, old: CommitmentFields, new: CommitmentFields) -> list[DiffOp] | None:
        """Diffs of coded values in the UI's words (values, status)."""
        if name == "og_values":
            return word_diff(
                ", ".join(self._rubric.value_label(v) for v in old.og_values),
                ", ".join(self._rubric.value_label(v) for v in new.og_values),
            )
        if name == "status":
            return word_diff(self._rubric.status_label(old.status), self._rubric.status_label(new.status))
        return None

    def _diff_html(self, old: CommitmentFields, new: CommitmentFields, only_text: bool = False) -> str:
        labels = self._field_labels()
        changes = fields_diff(old, new)
        parts: list[str] = []
        if not changes:
            parts.append("<p><i>" + html.escape(self.tr("No differences in the text.")) + "</i></p>")
        for name, ops in changes.items():
            translated = self._translated_ops(name, old, new)
            if translated is not None:
                ops = translated
            parts.append(f"<h4>{html.escape(labels.get(name, name))}</h4>")
            if name == MILESTONES and not only_text:
                parts.append(self._milestone_summary(old, new))
            if only_text:
                text = "".join(op.text for op in ops if op.kind != "delete")
                parts.append(f'<div style="white-space:pre-wrap;">{html.escape(text, quote=False)}</div>')
            else:
                parts.append(ops_to_html(ops))
        if not only_text:
            parts.append(
                "<p style='color:#616161; font-size:small;'>"
                + html.escape(self.tr("Green, underlined: added. Red, struck through: removed."))
                + "</p>"
            )
        return "<html><body>" + "\n".join(parts) + "</body></html>"

    def _milestone_summary(self, old: CommitmentFields, new: CommitmentFields) -> str:
        ch = milestone_changes(old.milestones, new.milestones)
        if not ch.any:
            return ""
        items = []
        for m in ch.added:
            items.append(self.tr("Added: {m}").format(m=milestone_line(m)))
        for m in ch.removed:
            items.append(self.tr("Removed: {m}").format(m=milestone_line(m)))
        for a, b in ch.redated:
            items.append(
                self.tr("New dates: {old} → {new}").format(old=milestone_line(a), new=milestone_line(b))
            )
        return "<ul>" + "".join(f"<li>{html.escape(t, quote=False)}</li>" for t in items) + "</ul>"
