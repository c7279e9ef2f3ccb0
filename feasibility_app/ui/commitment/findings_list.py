"""The list of wording findings beside the draft: severity, factor, phrase and what to ask.

The rows come from `findings_model.FindingsModel`; `FindingDelegate` paints a row as a
severity chip, the factor label and the quoted phrase, with the message on the lines
below; `FindingsList` adds a
"n findings" header and an empty state, and emits `finding_activated(Finding)` when a
text finding is clicked or Enter is pressed on it. `select_phrase` selects a finding's
phrase in a QPlainTextEdit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QPlainTextEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.wording import Finding
from .findings_model import FindingsModel
from .wording_highlighter import SEVERITY_CHIP_COLOURS, utf16_converter


class FindingDelegate(QStyledItemDelegate):
    """Paints a finding: [SEVERITY] Factor label “phrase”, then the message, word-wrapped."""

    PAD = 8
    GAP = 8
    SPACING = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def _width(self, option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QAbstractItemView):
            return max(120, widget.viewport().width())
        return max(120, option.rect.width() or 320)

    @staticmethod
    def _chip_font(font: QFont) -> QFont:
        chip = QFont(font)
        chip.setBold(True)
        if font.pointSizeF() > 0:
            chip.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return chip

    def _chip_size(self, font: QFont, text: str) -> QSize:
        fm = QFontMetrics(self._chip_font(font))
        return QSize(fm.horizontalAdvance(text) + 12, fm.height() + 4)

    def _layout(
        self, font: QFont, chip_text: str, factor: str, has_phrase: bool, message: str, width: int
    ) -> tuple[QSize, int, int, int, int]:
        """(chip size, factor label width, first line, phrase line, message block) of a row.

        The factor label wraps beside the chip rather than being cut: in Spanish and on a
        projector the labels are long and the list is narrow.
        """
        fm = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        chip = self._chip_size(font, chip_text)
        text_width = max(40, width - 2 * self.PAD)
        label_width = max(20, text_width - chip.width() - self.GAP)
        label = QFontMetrics(bold).boundingRect(
            QRect(0, 0, label_width, 100_000), Qt.TextFlag.TextWordWrap, factor
        )
        # The label sits centred on the chip's first line: its wrapped lines hang that much lower.
        offset = max(0, (chip.height() - QFontMetrics(bold).height()) // 2)
        first = max(chip.height(), offset + label.height())
        phrase = fm.height() if has_phrase else 0
        body = fm.boundingRect(QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, message).height()
        return chip, label_width, first, phrase, body

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # Called for every row whenever the list is laid out: kept to dictionary look-ups.
        model = index.model()
        finding = model.finding(index.row()) if isinstance(model, FindingsModel) else None
        if finding is None:
            return super().sizeHint(option, index)
        width = self._width(option)
        font = option.font
        has_phrase = bool(finding.phrase.strip())
        key = (
            width,
            font.family(),
            font.pointSizeF(),
            font.pixelSize(),
            finding.severity,
            finding.factor,
            has_phrase,
            finding.message,
        )
        size = self._sizes.get(key)
        if size is None:
            _chip, _label, first, phrase, body = self._layout(
                font,
                model.severity_label(finding.severity),
                model.factor_label(finding.factor),
                has_phrase,
                finding.message,
                width,
            )
            height = (
                self.PAD + first + self.SPACING + (phrase + self.SPACING if phrase else 0) + body + self.PAD
            )
            size = QSize(width, height)
            if len(self._sizes) > 4096:
                self._sizes.clear()
            self._sizes[key] = size
        return size

    def clear_cache(self) -> None:
        """Forget measured rows (after a language change: the chips' texts change)."""
        self._sizes.clear()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        # The chip replaces the icon. Clearing the feature alone is not enough: the style still
        # paints a selected row's icon, into a zero-size pixmap ("QPainter::begin … engine == 0").
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDecoration
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        muted = QColor(
            round(ink.red() * 0.75 + base.red() * 0.25),
            round(ink.green() * 0.75 + base.green() * 0.25),
            round(ink.blue() * 0.75 + base.blue() * 0.25),
        )
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        font = opt.font
        fm = QFontMetrics(font)
        severity = index.data(FindingsModel.SeverityRole) or "low"
        chip_text = index.data(FindingsModel.SeverityLabelRole) or ""
        phrase = index.data(FindingsModel.PhraseRole) or ""
        message = index.data(FindingsModel.MessageRole) or ""
        model = index.model()
        quoted = model.quoted(phrase) if isinstance(model, FindingsModel) else phrase
        factor = index.data(FindingsModel.FactorLabelRole) or ""
        chip, label_width, first, phrase_height, _body = self._layout(
            font, chip_text, factor, bool(quoted), message, self._width(opt)
        )

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # [SEVERITY] Factor label
        fill, text_colour = SEVERITY_CHIP_COLOURS.get(severity, SEVERITY_CHIP_COLOURS["low"])
        chip_rect = QRect(rect.left(), rect.top(), chip.width(), chip.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(chip_rect, 4, 4)
        painter.setFont(self._chip_font(font))
        painter.setPen(QColor(text_colour))
        painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, chip_text)
        bold = QFont(font)
        bold.setBold(True)
        label_top = rect.top() + max(0, (chip.height() - QFontMetrics(bold).height()) // 2)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(
            QRect(chip_rect.right() + 1 + self.GAP, label_top, label_width, first - (label_top - rect.top())),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            factor,
        )
        top = rect.top() + first + self.SPACING
        # “the phrase”, as it stands in the draft
        painter.setFont(font)
        if quoted:
            painter.drawText(
                QRect(rect.left(), top, rect.width(), phrase_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(quoted, Qt.TextElideMode.ElideRight, rect.width()),
            )
            top += phrase_height + self.SPACING
        # What to ask
        painter.setPen(muted)
        body = QRect(rect.left(), top, rect.width(), max(0, rect.bottom() - top + 1))
        painter.drawText(body, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, message)
        # A hairline between findings.
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(
            opt.rect.left() + self.PAD, opt.rect.bottom(), opt.rect.right() - self.PAD, opt.rect.bottom()
        )
        painter.restore()


class FindingsList(QWidget):
    """Header ("3 findings"), the findings, or "No wording findings." when there are none."""

    finding_activated = Signal(object)  # a text Finding (start >= 0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.header = QLabel()
        self.header.setContentsMargins(4, 2, 4, 2)
        bold = QFont()  # only the weight set: size and family still follow the parent
        bold.setBold(True)
        self.header.setFont(bold)
        self.view = QListView()
        self.view.setModel(self.model)
        self.delegate = FindingDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setMargin(8)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.setFocusProxy(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)

        self.view.activated.connect(self._activate)
        self.view.clicked.connect(self._clicked)
        self.view.installEventFilter(self)
        self.retranslate_ui()

    # --- API -----------------------------------------------------------------------------

    def set_findings(self, findings: Sequence[Finding], lang: str) -> None:
        """Show `findings` (structural ones too) with factor labels in `lang`; keeps the current row."""
        current = self.current_finding()
        if self.model.set_findings(findings, lang) and current is not None:
            row = self.model.row_of(current)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_state()

    def findings(self) -> list[Finding]:
        return self.model.findings()

    def current_finding(self) -> Finding | None:
        index = self.view.currentIndex()
        return self.model.finding(index.row()) if index.isValid() else None

    def set_presentation(self, on: bool, font: QFont | None = None) -> None:
        """Larger text for a projector: `font` (default: the inherited font ×1.4); off, inherit."""
        if on:
            chosen = QFont(font) if font is not None else QFont(self.font())
            if font is None and chosen.pointSizeF() > 0:
                chosen.setPointSizeF(round(chosen.pointSizeF() * 1.4, 1))
            header = QFont(chosen)
        else:
            chosen = QFont()  # nothing resolved: the widgets inherit their parent's font again
            header = QFont()
        header.setBold(True)
        self.view.setFont(chosen)
        self.empty.setFont(chosen)
        self.header.setFont(header)
        self.view.doItemsLayout()

    # --- translation ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.view.setAccessibleName(self.tr("Wording findings"))
        self.view.setAccessibleDescription(
            self.tr("Risky phrases in the draft text. Press Enter to select a phrase in the draft.")
        )
        self.empty.setText(self.tr("No wording findings."))
        self.delegate.clear_cache()
        self.model.retranslate()
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- internals -----------------------------------------------------------------------

    def _update_state(self) -> None:
        n = self.model.rowCount()
        header = self.tr("%n finding(s)", "", n)
        if header == f"{n} finding(s)":
            # English is the source language and has no catalogue, so Qt does not pluralise.
            header = "1 finding" if n == 1 else f"{n} findings"
        self.header.setText(header)
        self.stack.setCurrentWidget(self.view if n else self.empty)

    def _activate(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row()) if index.isValid() else None
        if finding is not None and finding.start >= 0:
            self.finding_activated.emit(finding)

    def _clicked(self, index: QModelIndex) -> None:
        # Where the style activates on a single click, `activated` follows anyway.
        hint = QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick
        if not self.view.style().styleHint(hint, None, self.view):
            self._activate(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter activates on every platform (on macOS the view would try to edit instead).
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.currentIndex().isValid():
                self._activate(self.view.currentIndex())
                return True
        return super().eventFilter(watched, event)


def select_phrase(editor: QPlainTextEdit, finding: Finding) -> bool:
    """Select exactly text[start:end] of `finding` in `editor` and scroll it into view.

    Returns False (and selects nothing) for a structural finding or when the editor's text
    no longer holds the phrase at that place (it changed since the check).
    """
    if finding.start < 0 or finding.end <= finding.start:
        return False
    text = editor.toPlainText()
    if text[finding.start : finding.end] != finding.phrase:
        return False
    to_utf16 = utf16_converter(text)
    start, end = to_utf16(finding.start), to_utf16(finding.end)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()  # the start first, then the whole selection
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    return True
