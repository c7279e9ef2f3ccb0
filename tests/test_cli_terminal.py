"""Issue 16: what the CLI prints is safe on any console, and `check` is bounded and linear.

Control characters stored in titles reached the terminal raw (ESC sequences, CR forging a
line); a non-UTF-8 stdout (a redirected Windows console) crashed `list`, `show` and `check`;
`check` read /dev/zero until memory ran out and numbered lines in quadratic time; a
50,000-character id was reported as a database problem.
"""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from feasibility_app import cli
from feasibility_app.cli import run

HOSTILE_TITLE = "Fake\x1b[2J\x1b]0;owned\x07\rOK: all low\x9b31m\u202eevil\nsecond line 中文 😀"


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "work.db"
    assert run(["--db", str(path), "list"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("UPDATE commitment_summary SET title = ?", (HOSTILE_TITLE,))
    conn.execute("UPDATE revision SET title = ?", (HOSTILE_TITLE,))
    conn.commit()
    conn.close()
    return path


def _no_controls(text: str) -> None:
    bad = [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 or c in "\u202e\u2028"]
    assert not bad, bad


def _first_id(capsys, db) -> str:
    capsys.readouterr()
    assert run(["--db", str(db), "list", "--json"]) == 0
    return json.loads(capsys.readouterr().out)[0]["id"]


@pytest.mark.parametrize("command", ["list", "show", "list-json", "show-json"])
def test_control_characters_in_titles_are_escaped(capsys, db, command):
    cid = _first_id(capsys, db)
    argv = {
        "list": ["list"],
        "show": ["show", cid],
        "list-json": ["list", "--json"],
        "show-json": ["show", cid, "--json"],
    }[command]
    assert run(["--db", str(db), *argv]) == 0
    out = capsys.readouterr().out
    _no_controls(out)
    if command.endswith("json"):
        data = json.loads(out)
        title = data[0]["title"] if command == "list-json" else data["title"]
        assert title == HOSTILE_TITLE  # escaped for the terminal, the same value for a program
    else:
        assert "\\x1b[2J" in out and "second line" in out
        expected = 6 if command == "list" else 1  # one line per title: CR and LF forge none
        assert sum("Fake" in line for line in out.splitlines()) == expected


class _Console(io.TextIOWrapper):
    """A redirected Windows console: cp1252 (or plain ASCII), strict errors, like sys.stdout there."""

    def __init__(self, encoding: str) -> None:
        super().__init__(io.BytesIO(), encoding=encoding, errors="strict")

    def text(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode(self.encoding)


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
@pytest.mark.parametrize("command", ["list", "show", "show-json", "check"])
def test_a_console_that_cannot_encode_gets_escapes_not_a_crash(
    monkeypatch, capsys, db, tmp_path, encoding, command
):
    cid = _first_id(capsys, db)
    draft = tmp_path / "draft.txt"
    draft.write_text("Crearemos un registro nacional en tiempo real — 中文 😀.", encoding="utf-8")
    argv = {
        "list": ["--db", str(db), "list"],
        "show": ["--db", str(db), "show", cid],
        "show-json": ["--db", str(db), "show", cid, "--json"],
        "check": ["check", str(draft), "--lang", "es"],
    }[command]
    console = _Console(encoding)
    monkeypatch.setattr(sys, "stdout", console)
    assert run(argv) == 0
    out = console.text()
    assert out
    if command == "show-json":
        assert json.loads(out)["title"] == HOSTILE_TITLE


def test_check_refuses_unbounded_input(monkeypatch, capsys):
    class Endless(io.RawIOBase):  # /dev/zero: never ends
        def readable(self):
            return True

        def readinto(self, b):
            b[:] = b"\x00" * len(b)
            return len(b)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    assert run(["check", "-"]) == 3
    err = capsys.readouterr().err
    assert "larger than" in err and err.count("\n") == 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_check_of_dev_zero_is_refused(capsys):
    assert run(["check", "/dev/zero"]) == 3
    assert "larger than" in capsys.readouterr().err


def test_check_numbers_lines_as_before(tmp_path, capsys):
    draft = tmp_path / "d.txt"
    draft.write_text("Intro.\n\nWe will publish in real time.\nAnd nationwide.\n", encoding="utf-8")
    assert run(["check", str(draft), "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("3: ") and "real time" in line for line in out)
    assert any(line.startswith("4: ") and "nationwide" in line for line in out)


def test_check_text_output_is_linear_in_findings(tmp_path, monkeypatch, capsys):
    """Each finding's line number was counted from the start of the text (quadratic)."""
    calls = []
    real = str.count

    class Spy(str):
        def count(self, *args):
            calls.append(args)
            return real(self, *args)

    text = "We will publish in real time, nationwide.\n" * 2000
    draft = tmp_path / "d.txt"
    draft.write_text(text, encoding="utf-8")
    monkeypatch.setattr(cli, "_read_draft", lambda name: (Spy(text), "utf-8"))
    assert run(["check", str(draft), "--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 2000 and lines[-1].startswith("2000: ")
    assert len(calls) <= 1  # not one scan of the text per finding


@pytest.mark.parametrize("length", [37, 5_000, 50_000])
def test_an_overlong_id_is_not_found_not_a_database_problem(capsys, db, length):
    capsys.readouterr()
    assert run(["--db", str(db), "show", "a" * length]) == 2
    err = capsys.readouterr().err
    assert "no commitment has the id" in err and err.count("\n") == 1 and len(err) < 300
