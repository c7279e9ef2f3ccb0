"""Make the report's fallback fonts: the CJK, Hangul and emoji glyphs DejaVu Sans lacks (issue 16).

DejaVu Sans covers Latin, Greek and Cyrillic; CJK text and emoji printed as empty boxes.
Sources (TrueType outlines, which reportlab embeds): Droid Sans Fallback (Apache-2.0, Debian's
fonts-droid-fallback), NanumGothic (SIL OFL 1.1, Debian's fonts-nanum: Droid Sans Fallback has
no Hangul) and Symbola (free for any use, Debian's fonts-symbola). The subsets keep CJK
punctuation, kana, the ideographs of GB 2312, JIS X 0208 and Big5 level 1, fullwidth forms;
the 2,350 Hangul syllables of KS X 1001 and the Hangul compatibility jamo; and the emoji and
symbol blocks. The Hangul subset is a Modified Version under the OFL, so it is renamed
(FallbackHangul): the OFL reserves the name Nanum for the original.
Needs fontTools (not a dependency of the app):

    .venv/bin/pip install fonttools
    apt-get download fonts-droid-fallback fonts-symbola fonts-nanum   # then dpkg-deb -x each into SRC
    .venv/bin/python tools/subset_fallback_fonts.py \
        SRC/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf \
        SRC/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf \
        SRC/usr/share/fonts/truetype/nanum/NanumGothic.ttf
    (give "-" for a source to keep its subset as it is)
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


def hangul_codepoints() -> set[int]:
    """The Hangul syllables of KS X 1001 (2,350, what Korean text uses) and the compatibility
    jamo (U+3131-U+318E). Conjoining jamo need shaping, which reportlab does not do."""
    ks_x_1001 = _codec_chars("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
    return {cp for cp in ks_x_1001 if 0xAC00 <= cp <= 0xD7A3} | set(range(0x3131, 0x318F))


def emoji_codepoints() -> set[int]:
    blocks = [(0x2190, 0x2200), (0x2300, 0x2400), (0x2600, 0x27C0), (0x2B00, 0x2C00), (0x1F000, 0x1FB00)]
    return {cp for a, b in blocks for cp in range(a, b)}


def renamed(font: TTFont, family: str) -> None:
    """A new family name in every name record that names the font (1, 3, 4, 6, 16, 21); the
    copyright, licence and designer records are kept as they are."""
    for record in font["name"].names:
        if record.nameID in (1, 4, 16, 21):
            record.string = family
        elif record.nameID in (3, 6):
            record.string = family.replace(" ", "")


def make(source: Path, codepoints: set[int], target: Path, rename: str | None = None) -> None:
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
    if rename:
        renamed(font, rename)
    font.save(target)
    print(f"{target.name}: {len(wanted)} characters, {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    # the three sources in this order; "-" skips one (its subset is left as it is)
    jobs = (
        (cjk_codepoints, "FallbackCJK.ttf", None),
        (emoji_codepoints, "FallbackSymbols.ttf", None),
        (hangul_codepoints, "FallbackHangul.ttf", "FallbackHangul"),
    )
    for source, (codepoints, target, rename) in zip(sys.argv[1:], jobs, strict=False):
        if source != "-":
            make(Path(source), codepoints(), FONTS / target, rename=rename)
