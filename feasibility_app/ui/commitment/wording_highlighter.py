"""Live wording checks in a draft editor: risky phrases underlined as the negotiators type.

`WordingHighlighter` paints the spans of a list of `Finding`s (offsets into the whole
plain text, possibly across line breaks) on a QTextDocument. `WordingChecker` owns the
debounce: ~150 ms after the last keystroke it asks `app.findings.text_findings` (computed
once per text, shared with the Session's factor counts), feeds the highlighter, emits
`findings_changed(list)` and shows each finding's message as a tooltip when the mouse rests
on a highlighted phrase.

Offsets: `check_text` counts Python characters (code points), the QTextDocument counts
UTF-16 units; they differ only after a character outside the BMP (an emoji), and the
conversion is done here, so callers always hand in plain `Finding`s. Between an edit and
the next check the highlighted spans ride on QTextCursors, so they move with the text
instead of staying at stale offsets.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Sequence
from itertools import accumulate

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, Signal
from PySide6.QtGui import QColor, QHelpEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip

from ...app.findings import text_findings
from ...domain.language import LanguageChoice, choose_language
from ...domain.rubric import load_rubric
from ...domain.wording import DRAFTING, Finding, severity_rank

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 150

# Severity -> (underline colour, background, underline style). Light backgrounds with
# dark text read on a washed-out projector; the underline style differs too, so the
# severity does not rest on colour alone (high: wavy, medium: solid, low: dotted).
SEVERITY_STYLES: dict[str, tuple[str, str, QTextCharFormat.UnderlineStyle]] = {
    "high": ("#C62828", "#FFC4C4", QTextCharFormat.UnderlineStyle.WaveUnderline),
    "medium": ("#E65100", "#FFE6A0", QTextCharFormat.UnderlineStyle.SingleUnderline),
    "low": ("#455A64", "#DCE3E6", QTextCharFormat.UnderlineStyle.DotLine),
}
# Chip colours for the findings list (strong fill, readable text on it).
SEVERITY_CHIP_COLOURS: dict[str, tuple[str, str]] = {
    "high": ("#C62828", "#FFFFFF"),
    "medium": ("#EF6C00", "#000000"),
    "low": ("#546E7A", "#FFFFFF"),
}
HIGHLIGHT_INK = "#1A1A1A"  # text colour on the light backgrounds, also in a dark theme

# Property of the char format carrying the severity (lets tests and tools read it back).
SEVERITY_PROPERTY = QTextCharFormat.Property.UserProperty + 71


def severity_format(severity: str) -> QTextCharFormat:
    """The char format of a finding of `severity` (a fresh copy)."""
    underline, background, style = SEVERITY_STYLES.get(severity, SEVERITY_STYLES["low"])
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(style)
    fmt.setUnderlineColor(QColor(underline))
    fmt.setBackground(QColor(background))
    fmt.setForeground(QColor(HIGHLIGHT_INK))
    fmt.setProperty(SEVERITY_PROPERTY, severity)
    return fmt


_FORMATS: dict[str, QTextCharFormat] = {}


def _shared_format(severity: str) -> QTextCharFormat:
    fmt = _FORMATS.get(severity)
    if fmt is None:
        fmt = _FORMATS[severity] = severity_format(severity)
    return fmt


def utf16_converter(text: str) -> Callable[[int], int]:
    """Python string index -> UTF-16 index in `text` (identity when all is in the BMP)."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return lambda i: i
    prefix = [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]
    last = len(text)
    return lambda i: prefix[max(0, min(i, last))]


def python_index(text: str, utf16: int) -> int:
    """UTF-16 index in `text` -> Python string index (inverse of `utf16_converter`)."""
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return utf16
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class _Span:
    """A finding's span in the document, kept on two cursors so it moves with edits.

    The start cursor moves when text is inserted at it and the end cursor stays, so typing
    right before or right after a flagged phrase does not stretch its highlight.
    """

    __slots__ = ("end", "finding", "format", "rank", "start")

    def __init__(self, document: QTextDocument, start: int, end: int, finding: Finding) -> None:
        self.start = QTextCursor(document)
        self.start.setPosition(start)
        self.end = QTextCursor(document)
        self.end.setPosition(end)
        self.end.setKeepPositionOnInsert(True)
        self.finding = finding
        self.rank = severity_rank(finding.severity)
        self.format = _shared_format(finding.severity)

    def bounds(self) -> tuple[int, int]:
        return self.start.position(), self.end.position()


class WordingHighlighter(QSyntaxHighlighter):
    """Highlights the findings of a whole text on a QTextDocument, by severity."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[_Span] = []  # sorted by start; order survives edits
        self._max_length = 0  # longest span, + everything inserted since: the lookup window
        # Our slot must run before the highlighter's own re-highlighting of an edited block,
        # so it is connected first: detach, connect, attach again.
        self.setDocument(None)
        document.contentsChange.connect(self._on_contents_change)
        self.setDocument(document)

    # --- feeding ------------------------------------------------------------------------

    def set_findings(self, findings: Sequence[Finding], text: str | None = None) -> None:
        """Highlight `findings` (offsets into `text`, by default the document's plain text).

        Structural findings (no span) are ignored. Only blocks whose highlighting changes
        are repainted, so re-checking a long draft after a keystroke stays cheap.
        """
        document = self.document()
        if document is None:
            return
        if text is None:
            text = document.toPlainText()
        to_utf16 = utf16_converter(text)
        limit = max(0, document.characterCount() - 1)
        # After a keystroke most findings are where their live span already is: keep those
        # spans (and their painted blocks); only new and vanished ones cost any work.
        live: dict[tuple[int, int, str, str], _Span] = {}
        dropped: list[_Span] = []
        for span in self._spans:
            start, end = span.bounds()
            key = (start, end, span.finding.rule_id, span.finding.severity)
            if end > start and key not in live:
                live[key] = span
            else:
                dropped.append(span)
        spans: list[_Span] = []
        created: list[_Span] = []
        for finding in findings:
            if finding.start < 0 or finding.end <= finding.start:
                continue
            start, end = min(to_utf16(finding.start), limit), min(to_utf16(finding.end), limit)
            if end <= start:
                continue
            span = live.pop((start, end, finding.rule_id, finding.severity), None)
            if span is None:
                span = _Span(document, start, end, finding)
                created.append(span)
            else:
                span.finding = finding
            spans.append(span)
        dropped.extend(live.values())
        touched = self._blocks_of(dropped) | self._blocks_of(created)
        spans.sort(key=lambda s: s.start.position())
        self._spans = spans
        self._max_length = max((s.end.position() - s.start.position() for s in spans), default=0)
        for number in sorted(touched):
            block = document.findBlockByNumber(number)
            if block.isValid() and self._block_signature(block) != self._applied_signature(block):
                self.rehighlightBlock(block)

    def clear_findings(self) -> None:
        self.set_findings([])

    # --- queries --------------------------------------------------------------------------

    def findings_at(self, position: int) -> list[Finding]:
        """The findings whose live span covers document position `position`, most severe first."""
        hits = []
        for span in self._candidates(position, position + 1):
            start, end = span.bounds()
            if start <= position < end:
                hits.append(span)
        hits.sort(key=lambda s: -s.rank)
        return [s.finding for s in hits]

    def finding_at(self, position: int) -> Finding | None:
        hits = self.findings_at(position)
        return hits[0] if hits else None

    def live_span(self, finding: Finding) -> tuple[int, int] | None:
        """Where `finding` is now in the document (UTF-16 positions), or None if not shown."""
        for span in self._spans:
            if span.finding is finding or span.finding == finding:
                start, end = span.bounds()
                return (start, end) if end > start else None
        return None

    def span_count(self) -> int:
        return len(self._spans)

    # --- QSyntaxHighlighter -----------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        for start, length, fmt in self._block_ranges(block.position(), block.length() - 1):
            self.setFormat(start, length, fmt)

    # --- internals --------------------------------------------------------------------------

    def _candidates(self, lo: int, hi: int) -> list[_Span]:
        """Spans that may overlap [lo, hi): those starting in [lo - longest span, hi)."""
        spans = self._spans
        if not spans:
            return []
        first = bisect_left(spans, lo - self._max_length, key=lambda s: s.start.position())
        found = []
        for span in spans[first:]:
            if span.start.position() >= hi:
                break
            found.append(span)
        return found

    def _block_ranges(self, block_start: int, block_length: int) -> list[tuple[int, int, QTextCharFormat]]:
        """(start in block, length, format) to apply; least severe first so the worst wins."""
        block_end = block_start + block_length
        ranges = []
        for span in sorted(self._candidates(block_start, block_end), key=lambda s: s.rank):
            start, end = span.bounds()
            start, end = max(start, block_start), min(end, block_end)
            if end > start:
                ranges.append((start - block_start, end - start, span.format))
        return ranges

    def _block_signature(self, block) -> list[tuple[int, int, str]]:
        return [
            (start, length, fmt.property(SEVERITY_PROPERTY))
            for start, length, fmt in self._block_ranges(block.position(), block.length() - 1)
        ]

    @staticmethod
    def _applied_signature(block) -> list[tuple[int, int, str]]:
        layout = block.layout()
        if layout is None:
            return []
        return [(r.start, r.length, r.format.property(SEVERITY_PROPERTY)) for r in layout.formats()]

    def _blocks_of(self, spans: Sequence[_Span]) -> set[int]:
        """Numbers of the blocks that `spans` (at their live positions) touch."""
        document = self.document()
        numbers: set[int] = set()
        for span in spans:
            start, end = span.bounds()
            first = document.findBlock(start).blockNumber()
            last = document.findBlock(max(start, end - 1)).blockNumber()
            numbers.update(range(first, last + 1))
        numbers.discard(-1)
        return numbers

    def _on_contents_change(self, _position: int, _removed: int, added: int) -> None:
        # A span can grow by what is typed inside it: widen the lookup window to match.
        self._max_length += added


class WordingChecker(QObject):
    """Checks a QPlainTextEdit's text shortly after each edit and highlights the findings.

    Listens to the document (not the widget), so a text set with the editor's signals
    blocked is checked too. `findings_changed(list)` carries the text findings, sorted by
    position; `language` is the draft's language (which rule file applies).
    """

    findings_changed = Signal(list)
    # the LanguageChoice of the last check: which rules ran, chosen or detected, disagreement
    language_resolved = Signal(object)

    def __init__(
        self,
        editor: QPlainTextEdit,
        language: str = "en",
        parent: QObject | None = None,
        delay_ms: int = CHECK_DELAY_MS,
    ) -> None:
        super().__init__(parent if parent is not None else editor)
        self._editor = editor
        self._language = language  # the chosen one; "" = detect from the text
        self._label_language = "en"
        self._level = ""  # the lead agency's level of government; "" = federal
        self._findings: list[Finding] = []
        self._choice: LanguageChoice | None = None
        self._checked: tuple[str, ...] | None = None  # (text, language, level, reader) last checked
        self.highlighter = WordingHighlighter(editor.document())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.check_now)
        editor.document().contentsChange.connect(self._on_contents_change)
        editor.viewport().installEventFilter(self)
        if editor.toPlainText():
            self._timer.start()

    # --- API --------------------------------------------------------------------------------

    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        """The draft's language as chosen ("" = detect it from the text); re-checks at once."""
        if language != self._language:
            self._language = language
            self.check_now()

    def language_choice(self) -> LanguageChoice | None:
        """The language the last check used, and whether it was chosen or detected."""
        return self._choice

    def set_level(self, level: str) -> None:
        """The lead agency's level of government: only the other levels are flagged."""
        if level != self._level:
            self._level = level
            self.check_now()

    def set_label_language(self, language: str) -> None:
        """The UI language: factor labels in tooltips and the findings' questions."""
        if language != self._label_language:
            self._label_language = language
            if self._checked is not None:
                self.check_now()

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding_at(self, position: int) -> Finding | None:
        """The (most severe) finding highlighted at document position `position`, or None."""
        return self.highlighter.finding_at(position)

    def findings_at(self, position: int) -> list[Finding]:
        return self.highlighter.findings_at(position)

    def is_pending(self) -> bool:
        """True between an edit and its check."""
        return self._timer.isActive()

    def check_now(self) -> list[Finding]:
        """Check the current text now (cancels a pending check); returns the findings."""
        self._timer.stop()
        text = self._editor.toPlainText()
        key = (text, self._language, self._level, self._label_language)
        if key == self._checked:
            return self.findings()
        self._checked = key
        choice = choose_language(text, self._language, fallback=self._label_language)
        try:
            findings = text_findings(text, choice.language, self._level, self._label_language)
        except Exception:  # a broken rules file must not stop the negotiators typing
            log.exception("wording checks failed")
            findings = []
        if choice != self._choice:
            self._choice = choice
            self.language_resolved.emit(choice)
        self.highlighter.set_findings(findings, text)
        changed = findings != self._findings
        self._findings = findings
        if changed:
            self.findings_changed.emit(list(findings))
        return self.findings()

    def tooltip_text(self, findings: Sequence[Finding]) -> str:
        """'Factor label — severity: message', one paragraph per finding."""
        lines = []
        for finding in findings:
            lines.append(
                self.tr("{factor} — {severity}: {message}").format(
                    factor=self.factor_label(finding.factor),
                    severity=self.severity_label(finding.severity),
                    message=finding.message,
                )
            )
        return "\n\n".join(lines)

    def factor_label(self, factor: str) -> str:
        if factor == DRAFTING:
            return self.tr("Drafting")
        try:
            return load_rubric(self._label_language).factor_label(factor)
        except KeyError:
            return factor

    def severity_label(self, severity: str) -> str:
        labels = {"high": self.tr("high"), "medium": self.tr("medium"), "low": self.tr("low")}
        return labels.get(severity, severity)

    # --- internals --------------------------------------------------------------------------

    def _on_contents_change(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self._timer.start()

    def position_under(self, point: QPoint) -> int:
        """The document position of the character under viewport point `point`, or -1.

        `cursorForPosition` answers the nearest caret position, also beside a line's end
        or between two characters; this checks the point really is on a character.
        """
        editor = self._editor
        caret = editor.cursorForPosition(point).position()
        cursor = QTextCursor(editor.document())
        for position in (caret - 1, caret):
            if position < 0 or position >= editor.document().characterCount() - 1:
                continue
            cursor.setPosition(position)
            left = editor.cursorRect(cursor)
            cursor.setPosition(position + 1)
            right = editor.cursorRect(cursor)
            if left.top() != right.top() or right.left() <= left.left():
                continue  # the character ends a visual line (or is a line break)
            box = QRect(left.left(), left.top(), right.left() - left.left(), left.height())
            if box.contains(point):
                return position
        return -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and watched is self._editor.viewport():
            point = event.pos() if isinstance(event, QHelpEvent) else QPoint(-1, -1)
            position = self.position_under(point)
            findings = self.findings_at(position) if position >= 0 else []
            if findings:
                QToolTip.showText(event.globalPos(), self.tooltip_text(findings), watched)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)


__all__ = [
    "CHECK_DELAY_MS",
    "SEVERITY_CHIP_COLOURS",
    "SEVERITY_PROPERTY",
    "SEVERITY_STYLES",
    "WordingChecker",
    "WordingHighlighter",
    "python_index",
    "severity_format",
    "utf16_converter",
]
