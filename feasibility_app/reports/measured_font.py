"""The report fonts, measured once per word (issue 16: a 400 KB draft's report).

reportlab breaks a paragraph's lines by asking each word's width, which its pure-Python
TrueType path computes character by character; a long draft asks for the same few thousand
words hundreds of thousands of times. Its line breaking also asks each line's ascent and
descent, which a TrueType font answers only after an AttributeError. Both are answered
here from the font's own metrics, the same numbers, once.
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont

_WIDTHS_LIMIT = 200_000  # distinct (text, size) pairs kept per font: a few MB at most


class MeasuredTTFont(TTFont):
    """A TTFont whose ``stringWidth`` remembers its answers and whose ascent/descent are plain
    attributes (``pdfmetrics.getAscentDescent`` tries ``font.ascent`` first)."""

    def __init__(self, name: str, filename: str, **kwargs: object) -> None:
        super().__init__(name, filename, **kwargs)
        self.ascent = self.face.ascent
        self.descent = self.face.descent
        self._widths: dict[tuple[str, float, str], float] = {}

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size, encoding)
        width = self._widths.get(key)
        if width is None:
            width = super().stringWidth(text, size, encoding)
            if len(self._widths) < _WIDTHS_LIMIT:
                self._widths[key] = width
        return width
