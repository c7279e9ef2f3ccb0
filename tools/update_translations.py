"""Refresh the UI translations: lupdate -> lrelease. The .ts files are the source of truth.

    python tools/update_translations.py            # update .ts and .qm files in place
    python tools/update_translations.py --check    # change nothing; exit 1 if anything is stale
    python tools/update_translations.py --missing  # print untranslated messages, per language

Steps:
1. `pyside6-lupdate -extensions py -no-obsolete -locations relative` over feasibility_app/ui
   into resources/translations/feasibility_{en,es,pt_BR}.ts (new strings appear unfinished;
   strings no longer in the code are dropped; translations are kept). Translate the unfinished
   ones in the .ts (Qt Linguist, or any editor: remove `type="unfinished"` when done).
2. English is the source language: its catalogue holds only plural messages, whose forms an
   unfinished message gets derived from the source ("%n party(ies)" -> party / parties); a
   form written in feasibility_en.ts by hand is kept. lupdate once more for the canonical layout.
3. `pyside6-lrelease` into the committed .qm files (see resources/translations/README.md).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("feasibility_app/ui",)
TS_DIR = ROOT / "resources" / "translations"
# The .ts/.qm locales. English is the source language: its catalogue holds only the plural
# messages ("%n commitment(s)" -> "1 commitment", "6 commitments").
LANGUAGES = ("en", "es", "pt_BR")
LUPDATE_OPTIONS = ("-extensions", "py", "-no-obsolete", "-locations", "relative", "-source-language", "en")

Key = tuple[str, str, str]  # (context, source, disambiguation comment)


def tool(name: str) -> str:
    """A Qt tool from the active virtualenv (beside python), else from PATH."""
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def ts_path(locale: str, folder: Path = TS_DIR) -> Path:
    return folder / f"feasibility_{locale}.ts"


def qm_path(locale: str, folder: Path = TS_DIR) -> Path:
    return folder / f"feasibility_{locale}.qm"


def run_lupdate(ts: Path, locale: str, root: Path = ROOT, sources: Iterable[str] = SOURCES) -> None:
    plural_only = ["-pluralonly"] if locale == "en" else []
    cmd = [
        tool("pyside6-lupdate"),
        *LUPDATE_OPTIONS,
        *plural_only,
        "-target-language",
        locale,
        *sources,
        "-ts",
        str(ts),
    ]
    subprocess.run(cmd, cwd=root, check=True, capture_output=True, text=True)


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )


# -- reading and writing .ts files -------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    status: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str]  # one text, or the plural forms

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def _iter_message_elements(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.findall("message"):
            yield name, message


def _message(context: str, element: ET.Element) -> Message:
    translation = element.find("translation")
    numerus = element.get("numerus") == "yes"
    if translation is None:
        forms, status = [], "unfinished"
    else:
        status = translation.get("type", "")
        if numerus:
            forms = [form.text or "" for form in translation.findall("numerusform")]
        else:
            forms = [translation.text or ""]
    return Message(
        context=context,
        source=element.findtext("source", ""),
        comment=element.findtext("comment", ""),
        numerus=numerus,
        status=status,
        forms=forms,
    )


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    return [_message(context, element) for context, element in _iter_message_elements(root)]


def ts_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language", "")


_PLURAL_PART = re.compile(r"(\w+)\((\w+)\)")


def english_plural_forms(source: str) -> tuple[str, str]:
    """'%n party(ies) scored' -> ('%n party scored', '%n parties scored'); 'factor(s)' likewise."""

    def plural(match: re.Match) -> str:
        base, suffix = match.group(1), match.group(2)
        if suffix == "ies" and base.endswith("y"):
            return base[:-1] + "ies"
        return base + suffix

    return _PLURAL_PART.sub(lambda m: m.group(1), source), _PLURAL_PART.sub(plural, source)


def fill_english_plurals(path: Path) -> int:
    """Give each unfinished plural message of the English catalogue the forms derived from its
    source; returns how many changed (a finished message, perhaps corrected by hand, is kept)."""
    tree = ET.parse(path)
    changed = 0
    for context, element in _iter_message_elements(tree.getroot()):
        message = _message(context, element)
        if not message.numerus or message.status != "unfinished":
            continue
        translation = element.find("translation")
        if translation is None:
            translation = ET.SubElement(element, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in english_plural_forms(message.source):
            ET.SubElement(translation, "numerusform").text = form
        changed += 1
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return changed


# -- the steps ---------------------------------------------------------------------------------


def update(folder: Path = TS_DIR, root: Path = ROOT) -> dict[str, tuple[int, int]]:
    """Run the whole pipeline in `folder`; returns {locale: (messages, unfinished)}."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for locale in LANGUAGES:
        ts = ts_path(locale, folder)
        run_lupdate(ts, locale, root)
        if locale == "en" and fill_english_plurals(ts):
            run_lupdate(ts, locale, root)  # canonical layout after our XML edit
        run_lrelease(ts, qm_path(locale, folder))
        messages = read_ts(ts)
        counts[locale] = (len(messages), sum(1 for m in messages if m.status))
    return counts


def check(folder: Path = TS_DIR, root: Path = ROOT) -> list[str]:
    """What `update` would change, as readable problems; changes nothing."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for locale in LANGUAGES:
            committed = ts_path(locale, folder)
            if not committed.is_file():
                problems.append(f"{committed.name} is missing")
                continue
            shutil.copy(committed, ts_path(locale, scratch))
            for qm in (qm_path(locale, folder),):
                if qm.is_file():
                    shutil.copy(qm, qm_path(locale, scratch))
        update(scratch, root)
        for locale in LANGUAGES:
            for make in (ts_path, qm_path):
                before, after = make(locale, folder), make(locale, scratch)
                if not before.is_file():
                    continue
                if make is ts_path:
                    old = {m.key: (m.status, m.forms) for m in read_ts(before)}
                    new = {m.key: (m.status, m.forms) for m in read_ts(after)}
                    if old != new:
                        problems.append(f"{before.name} is stale")
                    problems += [
                        f"{locale}: untranslated [{m.context}] {m.source!r}"
                        for m in read_ts(after)
                        if m.status
                    ]
                elif before.read_bytes() != after.read_bytes():
                    problems.append(f"{before.name} does not match its .ts")
    return problems


def missing(folder: Path = TS_DIR) -> None:
    """Print the untranslated messages of each catalogue, per context, to translate in the .ts."""
    for locale in LANGUAGES:
        ts = ts_path(locale, folder)
        if not ts.is_file():
            continue
        pending = [m for m in read_ts(ts) if m.status]
        print(f"# {ts.name}: {len(pending)} untranslated")
        for m in pending:
            note = f"  ({m.comment})" if m.comment else ""
            print(f"  [{m.context}] {m.source!r}{note}{'  plural' if m.numerus else ''}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--missing", action="store_true", help="print untranslated messages")
    args = parser.parse_args(argv)
    if args.missing:
        missing()
        return 0
    if args.check:
        problems = check()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    for locale, (total, pending) in update().items():
        print(f"{locale}: {total} messages, {pending} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
