"""What the CLI prints, made safe for any console (issue 16).

Stored titles may hold control characters that a terminal acts on (ESC sequences, a CR that
overwrites a line, BEL); a redirected Windows console may not encode every character.
"""

from __future__ import annotations

import re
import sys

# Characters a terminal acts on: C0 controls (ESC, CR, BEL, backspace…), DEL, C1 controls (CSI
# among them) and the line and bidirectional-override marks that can make a title forge lines.
_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F)}
_CONTROL.update({c: f"\\u{c:04x}" for c in (*range(0x80, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F))})
_CONTROL.update({c: f"\\u{c:04x}" for c in range(0x2066, 0x206A)})
JSON_UNSAFE = {c: f"\\u{c:04x}" for c in _CONTROL if c >= 0x7F}  # json.dumps escapes C0 itself
# One C-speed search says whether a text has any of them: a dict translate costs microseconds
# per call even when nothing changes, and `check` prints tens of thousands of phrases.
_HAS_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in _CONTROL) + "]")


def shown(value: object) -> str:
    """A stored text as one terminal line: control characters escaped, never acted on."""
    text = str(value)
    return text if _HAS_CONTROL.search(text) is None else text.translate(_CONTROL)


def prepare_streams() -> None:
    """A console that cannot encode a character (a redirected Windows console is cp1252) gets
    an escape for it instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # a detached or closed stream: leave it
                pass


def stdout_is_unicode() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding.startswith("utf")
