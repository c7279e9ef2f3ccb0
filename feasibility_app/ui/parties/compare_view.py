"""Compare: the parties' scores side by side, and the consensus the forum agrees on.

The view shows and collects; it never touches the database. The controller gives
it the assessments (`set_data`) and saves what `consensus_requested` carries.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.consensus import Comparison, build_comparison
from ...domain.factors import FACTOR_KEYS, Level
from ...domain.model import Assessment, Party, SigningLock
from ...domain.rubric import Rubric, load_rubric
from ..common import style
from .compare_columns import PartyHeader, fit_columns, fit_note_column, party_full_widths
from .compare_delegate import AgreedLevelDelegate
from .compare_model import CompareModel
from .compare_texts import summary_text

try:  # written by another engineer; until it lands the chart area stays empty
    from ..assessment.radar_widget import RadarWidget
except ImportError:  # pragma: no cover - depends on the tree's state
    RadarWidget = None

WARNING_STYLE = "QLabel { background: #FFF3E0; color: #5D4037; padding: 4px 6px; border-radius: 3px; }"
NEEDED_STYLE = "QLabel { color: #B71C1C; }"


class CompareView(QWidget):
    """The compare tab: parties' levels, spread, discuss marks, blocks, suggested and agreed consensus."""

    consensus_requested = Signal(dict, dict)  # {factor: Level}, {factor: note}
    lock_requested = Signal()  # lock the current text and its consensus for signing
    agreed_edited = Signal(str, str)  # factor key, level value (an edit in the table)
    note_edited = Signal(str, str)  # factor key, note (an edit in the table)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "en"
        self._rubric: Rubric = load_rubric("en")
        self._assessments: list[Assessment] = []
        self._consensus: Assessment | None = None
        self._current_revision_id = ""
        self._parties: tuple[Party, ...] = ()
        self._lock: SigningLock | None = None

        self._party_full: dict[int, int] = {}  # what each party column wants (compare_columns)
        self.model = CompareModel(self)
        self.model.agreed_edited.connect(self.agreed_edited)
        self.model.note_edited.connect(self.note_edited)
        self.model.dataChanged.connect(self._update_state)
        self.model.dataChanged.connect(self._fit_rows)
        self.model.modelReset.connect(self._open_editors)

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.stale_label = QLabel()
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(WARNING_STYLE)
        self.consensus_label = QLabel()
        self.consensus_label.setWordWrap(True)

        self.table = QTableView()
        self.table.setHorizontalHeader(PartyHeader(self.table))  # long names fit (compare_columns)
        self.table.setModel(self.model)
        self._agreed_delegate = AgreedLevelDelegate(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        # The note column fills the rest of the width; set here rather than by a Stretch section,
        # which Qt resizes without a signal, so the wrapped notes' rows could not follow it.
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().sectionResized.connect(self._column_resized)
        self._viewport = self.table.viewport()
        self._viewport.installEventFilter(self)
        # Rows follow their wrapped text (the notes); never lower than one comfortable line.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(34)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.verticalHeader().sectionResized.connect(self._rows_resized)
        self.table.setIconSize(QSize(12, 12))

        if RadarWidget is not None:
            self.radar = RadarWidget(language=self._lang)
            self.radar.setMinimumSize(240, 200)
        else:
            self.radar = QWidget()  # placeholder until the radar widget exists
        self.radar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.needed_label = QLabel()
        self.needed_label.setWordWrap(True)
        self.needed_label.setStyleSheet(NEEDED_STYLE)
        self.record_button = QPushButton()
        self.record_button.setDefault(False)
        self.record_button.clicked.connect(self._request_consensus)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self._request_lock)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        texts = QWidget()  # scrolls when the splitter is short (presentation mode at 768 px)
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(self.consensus_label)
        texts_layout.addWidget(self.legend_label)
        texts_layout.addStretch(1)
        texts_layout.addWidget(self.needed_label)  # just above the buttons
        side_layout.addWidget(style.vertical_scroll(texts), 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.lock_button)
        side_layout.addLayout(buttons)

        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.radar, 1)
        lower_layout.addWidget(side, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stale_label)
        layout.addWidget(splitter, 1)

        self.retranslate_ui()

    # --- API -------------------------------------------------------------------------------

    def set_data(
        self,
        assessments: Sequence[Assessment],
        consensus: Assessment | None,
        current_revision_id: str,
        lang: str,
        parties: Sequence[Party] = (),
        texts: frozenset[str] | None = None,
        lock: SigningLock | None = None,
    ) -> None:
        """Every assessment of one commitment: a column per party of `parties` (the plan's forum);
        `texts`: revisions the record still describes; `lock`: the current text's lock, if any."""
        self._assessments = list(assessments)
        self._consensus = consensus
        self._current_revision_id = current_revision_id
        self._parties = tuple(parties)
        self._lock = lock
        self._lang = lang
        self._rubric = load_rubric(lang)
        if RadarWidget is not None:
            self.radar.set_language(lang)
        comparison = build_comparison(
            self._assessments, texts or current_revision_id or None, consensus, self._parties
        )
        self.model.set_comparison(comparison if comparison.parties else None, self._rubric, self._parties)
        self._layout_columns()
        self._update_radar()
        self._update_state()

    def set_language(self, lang: str) -> None:
        """Rubric labels in another language (the translator change retranslates the rest)."""
        self._lang = lang
        self._rubric = load_rubric(lang)
        self.model.set_rubric(self._rubric)
        if RadarWidget is not None:
            self.radar.set_language(lang)
        self._update_radar()
        self._update_state()

    @property
    def comparison(self) -> Comparison | None:
        return self.model.comparison

    def agreed_levels(self) -> dict[str, Level]:
        return self.model.agreed_levels()

    def notes(self) -> dict[str, str]:
        return self.model.notes()

    def set_agreed(self, factor: str, level: Level | str) -> None:
        """Change an agreed level without emitting agreed_edited (for undo/redo)."""
        self.model.set_agreed(factor, level)
        editor = self._agreed_editor(factor)
        if editor is not None:
            self._agreed_delegate.setEditorData(
                editor, self.model.index(FACTOR_KEYS.index(factor), self.model.agreed_column)
            )

    def set_note(self, factor: str, note: str) -> None:
        """Change a note without emitting note_edited (for undo/redo)."""
        self.model.set_note(factor, note)

    # --- Qt ----------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is getattr(self, "_viewport", None) and event.type() == QEvent.Type.Resize:
            fit_columns(self.table, self.model, self._party_full)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()

    def _fit_font(self) -> None:
        """A larger font (presentation mode): title, row height and columns follow it."""
        font = self.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        lines = self.table.fontMetrics().lineSpacing() * 2 + 6  # a wrapped note of two lines
        self.table.verticalHeader().setMinimumSectionSize(max(34, lines))
        self.table.verticalHeader().setDefaultSectionSize(max(34, lines))
        if self.model.columnCount():
            self._layout_columns()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Compare the parties' scores"))
        self.record_button.setText(self.tr("Record agreed consensus…"))
        self.record_button.setToolTip(
            self.tr(
                "The facilitator records the Agreed column and the notes as the forum's consensus "
                "for the current text, with the parties present."
            )
        )
        self.lock_button.setText(self.tr("Lock for signing…"))
        self.lock_button.setToolTip(
            self.tr(
                "Freeze the current text and its consensus for signing; the report then carries "
                "its fingerprint and a signature line per party. A later edit supersedes the lock."
            )
        )
        self.legend_label.setText(
            self.tr(
                "One column per party: its members' median. Discuss: the parties are two or more "
                "levels apart. BLOCK: a member of the party rates the factor critical; the "
                "suggested level is then critical. Agreed starts at the suggested level: choose "
                "another where the forum agrees, with a note and the blocking party's acceptance."
            )
        )
        self.model.retranslate()
        self._update_state()

    # --- internals ---------------------------------------------------------------------------

    def _layout_columns(self) -> None:
        header = self.table.horizontalHeader()
        m = self.model
        for c in range(m.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        fm = header.fontMetrics()
        for c in (m.spread_column, m.discuss_column, m.suggested_column):
            title = str(m.headerData(c, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(c, max(56, fm.horizontalAdvance(title) + 20))
        self.table.setColumnWidth(m.suggested_column, max(90, self.table.columnWidth(m.suggested_column)))
        self.table.setColumnWidth(m.agreed_column, 124)
        # Cells in bold ("Critical · BLOCK", "Discuss") must fit at any font size.
        for c in (m.discuss_column, m.suggested_column, m.agreed_column):
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), self.table.sizeHintForColumn(c)))
        if m.columnCount():
            self.table.setItemDelegateForColumn(m.agreed_column, self._agreed_delegate)
        self._open_editors()
        self._party_full = party_full_widths(self.table, m)
        fit_columns(self.table, m, self._party_full)  # parties share what the notes leave
        self._fit_rows()

    def _fit_note_column(self) -> None:
        fit_note_column(self.table, self.model)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if not self.model.columnCount():
            return
        if column == self.model.note_column:
            self._fit_rows()
        else:
            self._fit_note_column()

    def _rows_resized(self, *_args) -> None:
        self._fit_table_height()

    def _fit_rows(self, *_args) -> None:
        """Rows as tall as their wrapped text now (Qt keeps them so afterwards); the table's height."""
        if not self.model.columnCount():
            return
        self.table.resizeRowsToContents()
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """Room for all six factors without scrolling, where the window has it.

        The minimum stays at one default row per factor, so tall wrapped notes never push the
        window past the screen; the splitter gives the table what its rows need when it can.
        """
        m = self.model
        t = self.table
        chrome = t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth()
        chrome += t.horizontalScrollBar().sizeHint().height()
        default = t.verticalHeader().minimumSectionSize()
        t.setMinimumHeight(chrome + default * m.rowCount())
        needed = chrome + sum(t.rowHeight(r) for r in range(m.rowCount()))
        splitter = getattr(self, "splitter", None)
        if splitter is None or not splitter.isVisible():
            return
        sizes = splitter.sizes()
        total = sum(sizes)
        if len(sizes) != 2 or total <= 0 or sizes[0] >= needed:
            return
        lower_min = splitter.widget(1).minimumSizeHint().height()
        table = max(sizes[0], min(needed, total - lower_min))
        if table > sizes[0]:
            splitter.setSizes([table, total - table])

    def _open_editors(self) -> None:
        """The Agreed column always shows its combo boxes, so it is plain that it can be changed."""
        m = self.model
        if not m.columnCount():
            return
        self.table.setItemDelegateForColumn(m.agreed_column, self._agreed_delegate)
        for r in range(m.rowCount()):
            self.table.openPersistentEditor(m.index(r, m.agreed_column))

    def _agreed_editor(self, factor: str) -> QComboBox | None:
        m = self.model
        if not m.columnCount():
            return None
        widget = self.table.indexWidget(m.index(FACTOR_KEYS.index(factor), m.agreed_column))
        return widget if isinstance(widget, QComboBox) else None

    def _update_radar(self) -> None:
        comparison = self.model.comparison
        if RadarWidget is None:
            return
        if comparison is None:
            self.radar.set_series([])
            return
        series = [
            (
                self.model.party_name(party),
                {row.factor: row.levels[party.name] for row in comparison.rows},
                self.model.party_colour(i),
            )
            for i, party in enumerate(comparison.parties)
        ]
        if comparison.consensus is not None and not comparison.consensus_stale:
            agreed = {row.factor: row.agreed or row.suggested for row in comparison.rows}
            series.append((self.tr("Agreed consensus"), agreed, "#000000"))
        self.radar.set_series(series)

    def changed_since_recorded(self) -> bool:
        """Whether the Agreed column or the notes differ from the consensus in force (if any)."""
        comparison = self.model.comparison
        return comparison is not None and comparison.changed(self.model.agreed_levels(), self.model.notes())

    def _update_state(self, *_args: QModelIndex) -> None:
        comparison = self.model.comparison
        parties = comparison.parties if comparison else ()
        if not parties:
            self.summary_label.setText(self.tr("No party has scored this commitment yet."))
            self.stale_label.hide()
            self.consensus_label.hide()
            self.needed_label.clear()
            self.record_button.setEnabled(False)
            self.lock_button.setEnabled(False)
            return
        self.summary_label.setText(self._summary_text(comparison))
        stale = comparison.stale_parties
        if stale:
            self.stale_label.setText(
                self.tr(
                    "⚠ Scored an earlier text: {parties}. Their levels may not fit the current "
                    "draft; re-score them in History before agreeing."
                ).format(parties=", ".join(self.model.party_name(p) for p in stale))
            )
            self.stale_label.show()
        else:
            self.stale_label.hide()
        self.consensus_label.setText(self._consensus_text(comparison))
        self.consensus_label.show()
        needed = [key for key in FACTOR_KEYS if self.model.note_needed(key)]
        if needed:
            self.needed_label.setText(
                self.tr("Write how the forum resolved the block for: {factors}.").format(
                    factors=", ".join(self._rubric.short_label(k) for k in needed)
                )
            )
        else:
            self.needed_label.clear()
        changed = self.changed_since_recorded()
        locked = self._lock is not None
        self.record_button.setEnabled(not needed and changed and not locked)
        in_force = comparison.consensus is not None and not comparison.consensus_stale
        self.lock_button.setEnabled(in_force and not changed and not locked)
        if locked:
            self.record_button.setToolTip(self.tr("The current text is locked for signing: edit it first."))

    def _summary_text(self, comparison: Comparison) -> str:
        return summary_text(comparison, self.model.party_name, self._rubric)

    def _consensus_text(self, comparison: Comparison) -> str:
        c = comparison.consensus
        if c is None:
            return self.tr("No consensus recorded yet: Agreed starts at the suggested level.")
        when = c.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        day = c.created_at.date().isoformat()
        if comparison.consensus_stale:
            return self.tr(
                "The forum's consensus of {date} scored an earlier text: it is not the result. "
                "Agreed starts at the suggested level again."
            ).format(date=day)
        text = self.tr("Consensus recorded on {when}, facilitated by {who}; Agreed shows it.").format(
            when=when, who=c.assessor
        )
        if self._lock is not None:
            text += " " + self.tr("Locked for signing on {when} by {who}.").format(
                when=self._lock.created_at.astimezone().strftime("%Y-%m-%d %H:%M"), who=self._lock.locked_by
            )
        elif not self.changed_since_recorded():
            text += " " + self.tr("Nothing changed since: change a level or a note to record again.")
        return text

    def _auto_note(self, factor: str, agreed: Level) -> str:
        """How a level was agreed, when nobody wrote it: accepted or changed, and each party's level."""
        row = self.model.row_of(factor)
        label = self._rubric.level_label
        if agreed is row.suggested:
            how = self.tr("Suggested level accepted ({level}).").format(level=label(agreed))
        else:
            how = self.tr("Agreed {agreed}; the suggested level was {suggested}.").format(
                agreed=label(agreed), suggested=label(row.suggested)
            )
        names = {p.name: self.model.party_name(p) for p in self.model.comparison.parties}
        levels = ", ".join(f"{names.get(name, name)} {label(level)}" for name, level in row.levels.items())
        return how + " " + self.tr("Parties: {levels}.").format(levels=levels)

    def _commit_open_editor(self) -> None:
        """A note still being typed counts: commit it before reading the notes."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        index = self.table.currentIndex()
        editor = self.table.indexWidget(index)
        if editor is not None and index.column() == self.model.note_column:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def _request_consensus(self) -> None:
        if self.model.comparison is None or not self.record_button.isEnabled():
            return
        self._commit_open_editor()
        levels = self.model.agreed_levels()
        notes = self.model.notes()
        filled = {key: notes[key].strip() or self._auto_note(key, levels[key]) for key in FACTOR_KEYS}
        self.consensus_requested.emit(levels, filled)

    def _request_lock(self) -> None:
        if self.lock_button.isEnabled():
            self.lock_requested.emit()
