"""Refresh the UI translations: lupdate -> fill from the tables -> lrelease.

    python tools/update_translations.py            # update .ts and .qm files in place
    python tools/update_translations.py --check    # change nothing; exit 1 if anything is stale
    python tools/update_translations.py --missing  # print untranslated messages, per language
    python tools/update_translations.py --unused   # table entries no message uses any more

Steps:
1. `pyside6-lupdate -extensions py -no-obsolete -locations relative` over feasibility_app/ui
   into resources/translations/feasibility_es.ts and feasibility_pt_BR.ts (new strings
   appear unfinished; strings no longer in the code are dropped).
2. Every message that `tools/translations_es.py` / `translations_pt.py` translates gets that
   translation (the tables win); other messages keep what the .ts already has, so a
   translator may also work in Qt Linguist directly.
3. lupdate once more, only to write the .ts back in its canonical layout.
4. `pyside6-lrelease` into the committed .qm files (see resources/translations/README.md).
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("feasibility_app/ui",)
TS_DIR = ROOT / "resources" / "translations"
# .ts/.qm locale -> module holding its translation table. English is the source language: its
# catalogue holds only the plural messages ("%n commitment(s)" -> "1 commitment", "6 commitments"),
# derived from the source text unless tools/translations_en.py overrides them.
LANGUAGES = {"en": "translations_en", "es": "translations_es", "pt_BR": "translations_pt"}
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


def load_table(locale: str) -> tuple[Mapping[str, object], Mapping[str, Mapping[object, object]]]:
    """(COMMON, BY_CONTEXT) of tools/translations_<lang>.py."""
    if str(ROOT / "tools") not in sys.path:
        sys.path.insert(0, str(ROOT / "tools"))
    module = importlib.import_module(LANGUAGES[locale])
    return getattr(module, "COMMON", {}), getattr(module, "BY_CONTEXT", {})


def lookup(table: tuple[Mapping, Mapping], context: str, source: str, comment: str) -> object | None:
    common, by_context = table
    keys: list[object] = [(source, comment)] if comment else []
    keys.append(source)
    for scope in (by_context.get(context, {}), common):
        for key in keys:
            if key in scope:
                return scope[key]
    return None


_PLURAL_PART = re.compile(r"(\w+)\((\w+)\)")


def english_plural_forms(source: str) -> tuple[str, str]:
    """'%n party(ies) scored' -> ('%n party scored', '%n parties scored'); 'factor(s)' likewise."""

    def plural(match: re.Match) -> str:
        base, suffix = match.group(1), match.group(2)
        if suffix == "ies" and base.endswith("y"):
            return base[:-1] + "ies"
        return base + suffix

    return _PLURAL_PART.sub(lambda m: m.group(1), source), _PLURAL_PART.sub(plural, source)


def english_table(ts: Path) -> tuple[Mapping, Mapping]:
    common, by_context = load_table("en")
    derived = {m.source: english_plural_forms(m.source) for m in read_ts(ts) if m.numerus}
    return {**derived, **common}, by_context


def apply_table(path: Path, table: tuple[Mapping, Mapping]) -> int:
    """Write the table's translations into the .ts at `path`; returns how many changed."""
    tree = ET.parse(path)
    changed = 0
    for context, element in _iter_message_elements(tree.getroot()):
        message = _message(context, element)
        if message.status in ("vanished", "obsolete"):
            continue
        value = lookup(table, context, message.source, message.comment)
        if value is None:
            continue
        forms = [value] if isinstance(value, str) else list(value)
        if message.numerus and isinstance(value, str):
            forms = [value] * max(1, len(message.forms))
        if message.forms == forms and message.status == "":
            continue
        translation = element.find("translation")
        if translation is None:
            translation = ET.SubElement(element, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.numerus:
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
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
        apply_table(ts, english_table(ts) if locale == "en" else load_table(locale))
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
    """Print untranslated messages as table entries to paste into tools/translations_*.py."""
    for locale in LANGUAGES:
        ts = ts_path(locale, folder)
        if not ts.is_file():
            continue
        pending = [m for m in read_ts(ts) if m.status]
        print(f"# {locale}: {len(pending)} untranslated")
        context = None
        for m in pending:
            if m.context != context:
                if context is not None:
                    print("    },")
                context = m.context
                print(f"    {context!r}: {{")
            key = repr((m.source, m.comment)) if m.comment else repr(m.source)
            print(f"        {key}: {'(…, …)' if m.numerus else repr('')},")
        if context is not None:
            print("    },")


def unused(folder: Path = TS_DIR) -> None:
    """Print table entries no message uses any more (the code changed or dropped the text)."""
    for locale in LANGUAGES:
        ts = ts_path(locale, folder)
        if not ts.is_file():
            continue
        common, by_context = load_table(locale)
        used_common: set[object] = set()
        used: set[tuple[str, object]] = set()
        for m in read_ts(ts):
            for key in ([(m.source, m.comment)] if m.comment else []) + [m.source]:
                if key in by_context.get(m.context, {}):
                    used.add((m.context, key))
                    break
                if key in common:
                    used_common.add(key)
                    break
        stale = [("COMMON", k) for k in common if k not in used_common]
        stale += [(c, k) for c, entries in by_context.items() for k in entries if (c, k) not in used]
        print(f"# {LANGUAGES[locale]}: {len(stale)} unused")
        for context, key in stale:
            print(f"    [{context}] {key!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--missing", action="store_true", help="print untranslated messages")
    parser.add_argument("--unused", action="store_true", help="print table entries no message uses")
    args = parser.parse_args(argv)
    if args.missing:
        missing()
        return 0
    if args.unused:
        unused()
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
