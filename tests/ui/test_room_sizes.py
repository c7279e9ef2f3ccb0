"""The meeting-room screens: 1024×768, 1280×800, 1366×768, 1920×1080 and 3840×2160 at 200 %,
normal and presentation mode, in en/es/pt. Each screen runs in its own process
(tests/ui/room_probe.py): a Qt screen's size is fixed when the application starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

PROBE = Path(__file__).with_name("room_probe.py")
# name: (width, height in screen pixels, logical DPI). A 4K laptop at 200 % reports 192 DPI on
# 3840×2160 pixels; Qt then scales by 2: a 1920×1080 logical screen, painted at 3840×2160.
# (The offscreen platform's "dpr": 2 instead gives a logical screen as wide as its "width" and
# grabs at ratio 1: not that laptop.)
SCREENS = {
    "1024x768": (1024, 768, 96),
    "1280x800": (1280, 800, 96),
    "1366x768": (1366, 768, 96),
    "1920x1080": (1920, 1080, 96),
    "3840x2160@200%": (3840, 2160, 192),
}
MIN_CHARS = 45  # the draft text's width in average characters, normal and presentation


def _probe(tmp_path: Path, width: int, height: int, dpi: int) -> list[dict]:
    config = tmp_path / "screen.json"
    screen = {"name": "p", "x": 0, "y": 0, "width": width, "height": height}
    screen.update({"logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1})
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("FEASIBILITY_HOME", None)
    run = subprocess.run(
        [sys.executable, str(PROBE), "en,es,pt"], env=env, capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("name", list(SCREENS))
def test_the_workspace_fits_the_screen(tmp_path, name):
    width, height, dpi = SCREENS[name]
    cases = _probe(tmp_path, width, height, dpi)
    assert len(cases) == 6  # three languages, normal and presentation
    for c in cases:
        where = (name, c["language"], "presentation" if c["presentation"] else "normal")
        sw, sh = c["screen"]  # logical pixels
        scale = dpi / 96
        assert (sw, sh) == (width / scale, height / scale) and c["dpr"] == scale, (where, c["dpr"])
        assert c["grab"] == [round(c["size"][0] * scale), round(c["size"][1] * scale)], where
        # never larger than the screen, on the Commitment tab or the Compare tab
        assert c["window"][0] <= sw and c["window"][1] <= sh, where
        assert c["compare_window"][0] <= sw and c["compare_window"][1] <= sh, where
        # the draft text wide enough to read, the verdict and chart in view
        assert c["draft_chars"] >= MIN_CHARS, (where, c["draft_chars"])
        assert c["chip_visible"] and c["radar_visible"], where
        # no pane scrolls sideways, no visible button has its text cut
        assert not c["page_hscroll"] and not c["cards_hscroll"], where
        assert c["clipped"] == [] and c["compare_clipped"] == [], (where, c["clipped"], c["compare_clipped"])
        # Compare: the notes column all in view with room for a line of ~22 characters (not yet
        # in presentation mode at 1024×768, where nine columns at 1.4× scroll sideways)
        if not (c["presentation"] and sw < 1280):
            assert c["notes_in_view"] and c["notes_chars"] >= 21.5, (where, c["notes_chars"])
        if c["presentation"]:
            # the hexagon ≥ 240 px across at 1024×768, proportionally more on larger screens
            room = min(sw / 1024, sh / 768)
            assert c["hexagon"] >= 240 * room, (where, c["hexagon"])
            assert c["class"] == "presentation"
        else:
            assert c["hexagon"] >= 100, (where, c["hexagon"])
            assert c["class"] == {1024: "compact", 1280: "medium", 1366: "medium"}.get(sw, "wide"), where
