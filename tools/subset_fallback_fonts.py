"""Make the report's fallback fonts: the CJK and emoji glyphs DejaVu Sans lacks (issue 16).

DejaVu Sans covers Latin, Greek and Cyrillic; CJK text and emoji printed as empty boxes.
Sources (TrueType outlines, which reportlab embeds): Droid Sans Fallback (Apache-2.0, Debian's
fonts-droid-fallback) and Symbola (free for any use, Debian's fonts-symbola). The subsets keep
CJK punctuation, kana, the ideographs of GB 2312, JIS X 0208 and Big5 level 1, the Hangul
syllables of KS X 1001, fullwidth forms, and the emoji and symbol blocks.
Needs fontTools (not a dependency of the app):

    .venv/bin/pip install fonttools
    apt-get download fonts-droid-fallback fonts-symbola   # then dpkg-deb -x each into SRC
    .venv/bin/python tools/subset_fallback_fonts.py \
        SRC/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf \
        SRC/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _codec_chars(codec: str, lead: range, trail: range) -> set[int]:
    out = set()
    for a in lead:
        for b in trail:
            try:
                out.update(ord(c) for c in bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    return out


def cjk_codepoints() -> set[int]:
    cps = set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0)) | set(range(0x3130, 0x3190))
    cps |= _codec_chars("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))
    cps |= _codec_chars("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF))
    cps |= _codec_chars("big5", range(0xA4, 0xC7), range(0x40, 0xFF))
    cps |= _codec_chars("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
    return cps


def emoji_codepoints() -> set[int]:
    blocks = [(0x2190, 0x2200), (0x2300, 0x2400), (0x2600, 0x27C0), (0x2B00, 0x2C00), (0x1F000, 0x1FB00)]
    return {cp for a, b in blocks for cp in range(a, b)}


def make(source: Path, codepoints: set[int], target: Path) -> None:
    dejavu = TTFont(FONTS / "DejaVuSans.ttf").getBestCmap()
    font = TTFont(source)
    have = font.getBestCmap()
    wanted = sorted(cp for cp in codepoints if cp in have and cp not in dejavu)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.layout_features = []
    sub = subset.Subsetter(options)
    sub.populate(unicodes=wanted)
    sub.subset(font)
    font.save(target)
    print(f"{target.name}: {len(wanted)} characters, {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    make(Path(sys.argv[1]), cjk_codepoints(), FONTS / "FallbackCJK.ttf")
    make(Path(sys.argv[2]), emoji_codepoints(), FONTS / "FallbackSymbols.ttf")
