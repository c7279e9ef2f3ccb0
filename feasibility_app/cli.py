"""Headless commands (docs/design.md's CLI contract). The GUI and these call the same functions.

Exit codes: 0 done; 2 usage error (incl. unknown or ambiguous id); 3 bad input
file or unwritable output; 4 database problem. Errors are one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .domain.factors import GOVERNMENT_LEVELS, LANGUAGES, canonical_language
from .terminal import JSON_UNSAFE, prepare_streams, shown, stdout_is_unicode

if TYPE_CHECKING:
    from .domain.assessing import CommitmentSnapshot
    from .storage.repository import Repository
    from .storage.sqlite_reader import SqliteReader

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_DATABASE = 0, 2, 3, 4
COMMANDS = ("list", "show", "check", "report", "export", "import", "precedents", "outcome", "calibration")


_OUT_LANG_HELP = "language of the questions and labels printed (default: the system's, else English)"


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # the usage line and one message, exit 2
        raise CliError(f"{self.format_usage().rstrip()}\n{self.prog}: {_suggest(message)}", EXIT_USAGE)


def _suggest(message: str) -> str:
    """argparse's "invalid choice: 'lsit'" plus the command the user probably meant."""
    import difflib
    import re

    match = re.search(r"invalid choice: '([^']*)'", message)
    if match:
        close = difflib.get_close_matches(match.group(1), COMMANDS, n=1)
        if close:
            return f"{message} (did you mean {close[0]!r}?)"
    return message


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="feasibility-app", description="Score draft OGP commitments against six feasibility risks."
    )
    from . import __version__

    p.add_argument("-v", "--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--db", help="database file or SQLAlchemy URL (default: $FEASIBILITY_DB, else the user data folder)"
    )
    p.add_argument(
        "--no-sample", action="store_true", help="a new database starts empty, without the case study's plan"
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser)
    c = sub.add_parser("list", help="commitments with their overall risk")
    c.add_argument("--json", action="store_true")
    c = sub.add_parser("show", help="one commitment: factors, overall, findings")
    c.add_argument("id")
    c.add_argument("--out-lang", choices=LANGUAGES, default=None, help=_OUT_LANG_HELP)
    c.add_argument("--json", action="store_true")
    c = sub.add_parser("check", help="wording checks on a draft text (a file, or - for standard input)")
    c.add_argument("file")
    c.add_argument("--lang", choices=LANGUAGES, default=None, help="the draft's language (default: detected)")
    c.add_argument(
        "--scope",
        choices=GOVERNMENT_LEVELS,
        default="federal",
        help="the lead agency's level of government: only the other levels are flagged (default: federal)",
    )
    c.add_argument("--out-lang", choices=LANGUAGES, default=None, help=_OUT_LANG_HELP)
    c.add_argument("--json", action="store_true")
    c = sub.add_parser("report", help="PDF risk report of one commitment, or of a whole plan with --plan")
    c.add_argument("id", nargs="?")
    c.add_argument("--plan", metavar="ID")
    c.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    c.add_argument("--lang", choices=LANGUAGES, default="en")
    c.add_argument(
        "--paper",
        choices=("a4", "letter"),
        default=None,
        help="paper size (default: the plan's; else Letter for a plan of Mexico, the US, Canada…, "
        "else the locale's)",
    )
    c = sub.add_parser(
        "export", help="exchange file (.json) or spreadsheet (.csv, .xlsx) of all plans or one"
    )
    c.add_argument("--plan", metavar="ID")
    c.add_argument("-o", "--output", required=True, metavar="OUT.json|OUT.csv|OUT.xlsx")
    c.add_argument("--lang", choices=LANGUAGES, default="en", help="labels of a spreadsheet")
    c.add_argument(
        "--with-precedents",
        action="store_true",
        dest="with_precedents",
        help="add the precedent library (OGP's past commitments) to the exchange file",
    )
    c = sub.add_parser("import", help="merge an exchange file into the database")
    c.add_argument("file")
    from .cli_learning import add_commands

    add_commands(sub)  # precedents, outcome, calibration
    return p


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code. Never lets a traceback reach the user."""
    prepare_streams()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise CliError("feasibility-app: no command given (use --help)", EXIT_USAGE)
        if args.db is not None and not args.db.strip():
            raise CliError("feasibility-app: --db was given an empty path (name a file, or omit --db)", 2)
        handler = globals().get(f"cmd_{args.command}")
        if handler is None:
            from . import cli_exchange, cli_learning

            handler = getattr(cli_exchange, f"cmd_{args.command}", None) or getattr(
                cli_learning, f"cmd_{args.command}"
            )
        try:
            return handler(args)
        finally:
            for close in getattr(args, "closers", ()):
                close()
    except CliError as exc:
        # each line escaped: a usage line stays above its message; stored text acts on nothing
        print("\n".join(shown(line) for line in str(exc).split("\n")), file=sys.stderr)
        return exc.code
    except SystemExit as exc:  # --help and --version print, then argparse exits
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


# --- helpers -------------------------------------------------------------------

MAX_CHECK_BYTES = 16 * 1024 * 1024  # `check` reads at most this much (a draft is a few hundred KB)


def _repository(args: argparse.Namespace) -> Repository:
    from .storage.database import DatabaseProblem
    from .storage.repository import Repository
    from .storage.sample import open_with_sample

    # read_only: set by commands that only read through the repository (export)
    read_only = getattr(args, "read_only", False)
    try:
        repo = Repository(
            open_with_sample(args.db, sample=not getattr(args, "no_sample", False), read_only=read_only)
        )
    except DatabaseProblem as exc:
        raise CliError(str(exc), EXIT_DATABASE) from None
    args.closers = [*getattr(args, "closers", ()), repo.db.close]  # run() closes
    return repo


def _reader(args: argparse.Namespace) -> SqliteReader | Repository:
    """For commands that only read: the file itself, without SQLAlchemy, when it is an SQLite
    file at the current schema (half a second sooner); otherwise the repository, which creates,
    migrates or explains. Both give the same snapshots (tested)."""
    from .storage.sqlite_file import resolve_location
    from .storage.sqlite_reader import SqliteReader

    reader = SqliteReader.open(resolve_location(args.db))
    if reader is None:
        return _repository(args)
    args.closers = [*getattr(args, "closers", ()), reader.close]
    return reader


def _resolve(repo: Repository | SqliteReader, prefix: str, kind: str = "commitment") -> str:
    from .storage.errors import Ambiguous, NotFound

    try:
        return repo.resolve_id(prefix, kind)
    except (NotFound, Ambiguous) as exc:
        raise CliError(str(exc), EXIT_USAGE) from None


def _print_json(data: object) -> None:
    """JSON as the console can carry it: non-ASCII escaped (\\uXXXX, still the same JSON) when
    stdout is not UTF-8, and terminal controls JSON leaves raw (C1, DEL) escaped always."""
    text = json.dumps(data, ensure_ascii=not stdout_is_unicode(), indent=2)
    print(text.translate(JSON_UNSAFE))


@contextmanager
def _db_errors(path: Path | None = None) -> Iterator[None]:
    """Map database failures met while running a command to exit 4. With the SQLite file's `path`,
    a lock or a -wal/-shm that cannot be opened met on the first write is said to be one."""
    from .storage.sqlite_file import DatabaseProblem, DatabaseUnavailable, explain_sqlite_error

    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")  # only if the repository loaded it
    caught = (sqlalchemy_exc.SQLAlchemyError,) if sqlalchemy_exc is not None else ()
    try:
        yield
    except DatabaseProblem as exc:
        raise CliError(str(exc), EXIT_DATABASE) from None
    except caught as exc:
        import sqlite3

        orig = getattr(exc, "orig", None)
        if path is not None and isinstance(orig, sqlite3.Error):
            problem = explain_sqlite_error(orig, path)
            if isinstance(problem, DatabaseUnavailable):
                raise CliError(str(problem), EXIT_DATABASE) from None
        raise CliError(
            f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}", EXIT_DATABASE
        ) from None


# --- commands ------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    source = _reader(args)
    with _db_errors():
        rows = source.summaries()
    if args.json:
        _print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "plan": r.plan_title,
                    "plan_id": r.plan_id,
                    "overall_level": r.overall_level,
                    "overall_score": None if r.overall_score is None else round(r.overall_score, 2),
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if not rows:
        print("No commitments.")
    plan = None
    for r in rows:
        if r.plan_title != plan:
            plan = r.plan_title
            print(f"{shown(plan)}  [{shown(r.plan_id[:8])}]")
        score = "  –  " if r.overall_score is None else f"{r.overall_score:4.2f}"
        mark = "" if r.complete else "  (incomplete)"
        print(f"  {shown(r.id[:8])}  {shown(r.overall_level):<12} {score}  {shown(r.title)}{mark}")
    return EXIT_OK


def show_json(snap: CommitmentSnapshot, reader: str | None = None) -> dict:
    """docs/design.md's `show --json` document; also what tests and exports compare.

    Findings are checked in the draft's language at the lead agency's level of
    government; their questions are in ``reader``'s language (None: the draft's)."""
    from .app.forum_record import forum_json
    from .domain.factors import FACTOR_KEYS
    from .domain.government import lead_level
    from .domain.wording import check_commitment

    result = snap.result
    v = result.verdict
    fields = snap.revision.fields
    level = lead_level(fields, snap.plan)
    findings = check_commitment(fields, snap.plan.start, snap.plan.end, level=level, reader=reader)
    forum = forum_json(snap)
    return {
        "id": snap.commitment_id,
        "title": snap.revision.fields.title,
        "plan": snap.plan.title,
        "plan_id": snap.plan.id,
        "revision_id": snap.revision.id,
        "lead_level": level,
        "source": forum["source"],
        "overall": {
            "level": v.band.value,
            "score": None if v.score is None else round(v.score, 2),
            "complete": v.complete,
        },
        "factors": {
            key: {
                "level": result.scores[key].level.value,
                "evidence": result.scores[key].evidence.value,
                "rationale": result.scores[key].rationale,
            }
            for key in FACTOR_KEYS
        },
        "unverified": list(v.unverified),
        "findings": [f.to_json() for f in findings],
        "assessments": [
            {
                "assessor": a.assessor,
                "role": a.role.value,
                "revision_id": a.revision_id,
                "levels": {k: lv.value for k, lv in a.levels().items()},
            }
            for a in result.assessments
        ],
        "spread": forum["spread"],
        "parties": forum["parties"],
        "suggested": forum["suggested"],
        "blocks": forum["blocks"],
        "consensus": forum["consensus"],
    }


def cmd_show(args: argparse.Namespace) -> int:
    source = _reader(args)
    with _db_errors():
        snap = source.snapshot(_resolve(source, args.id))
    reader = args.out_lang or _default_language()
    data = show_json(snap, reader)
    if args.json:
        _print_json(data)
        return EXIT_OK
    from .domain.rubric import load_rubric

    rubric = load_rubric(reader)
    o = data["overall"]
    print(shown(data["title"]))
    print(f"  plan: {shown(data['plan'])}    lead agency: {shown(snap.revision.fields.lead_agency or '—')}")
    score = "–" if o["score"] is None else f"{o['score']:.2f}"
    print(f"  overall: {o['level'].upper()} ({score}){'' if o['complete'] else '  DRAFT: incomplete'}")
    from .app.forum_record import forum_lines

    for line in forum_lines(snap):
        print(f"  {shown(line)}")
    print()
    width = max(len(rubric.factor_label(k)) for k in data["factors"])
    for key, f in data["factors"].items():
        spread = data["spread"][key]
        mark = "  discuss" if spread is not None and spread >= 2 else ""
        blocks = data["blocks"][key]
        if blocks:
            mark += f"  block: {', '.join(blocks)}"
        print(f"  {rubric.factor_label(key):<{width}}  {f['level']:<12} {f['evidence']:<9}{mark}")
    if data["unverified"]:
        labels = ", ".join(rubric.factor_label(k) for k in data["unverified"])
        print(f"\n  unverified assumptions: {labels}")
    if data["findings"]:
        print("\n  wording findings:")
        factor_name, severity_name = _finding_labels(reader)
        for f in data["findings"]:
            phrase = f" “{shown(f['phrase'])}”" if f["phrase"] else ""
            name = f"{severity_name(f['severity'])}] {factor_name(f['factor'])}"
            print(f"   - [{name}:{phrase} {shown(f['message'])}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from bisect import bisect_right

    from .domain.language import choose_language
    from .domain.wording import check_text

    text, encoding = _read_draft(args.file)
    if encoding != "utf-8":
        print(
            f"note: {'standard input' if args.file == '-' else args.file} is not UTF-8; "
            f"read it as {encoding} (save it as UTF-8 to silence this)",
            file=sys.stderr,
        )
    choice = choose_language(text, args.lang, fallback=_default_language())
    if choice.disagrees:
        print(
            f"note: the text reads as {choice.detected}, not {choice.chosen}; "
            f"checked with the {choice.chosen} rules as asked (--lang)",
            file=sys.stderr,
        )
    reader = args.out_lang or _default_language()
    findings = check_text(text, choice.language, level=args.scope, reader=reader)
    if args.json:
        _print_json(
            {
                "lang": choice.language,
                "lang_detected": choice.source != "chosen",
                "scope": args.scope,
                "encoding": encoding,
                "findings": [f.to_json() for f in findings],
            }
        )
        return EXIT_OK
    if not findings:
        print("No wording findings.")
    factor_name, severity_name = _finding_labels(reader)
    breaks = [m.start() for m in re.finditer("\n", text)] if findings else []  # one pass, not one per finding
    lines = []
    for f in findings:
        line = bisect_right(breaks, f.start - 1) + 1 if f.start >= 0 else 0
        name = f"{severity_name(f.severity)}] {factor_name(f.factor)}"
        lines.append(f"{line}: [{name}: “{shown(f.phrase)}” — {shown(f.message)}")
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _read_draft(name: str) -> tuple[str, str]:
    """A draft file's text (``-``: standard input) and its encoding; exit 3 if unreadable."""
    from .textfile import decode_draft

    try:
        if name == "-":
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream without bytes (tests, embedding)
                text = sys.stdin.read(MAX_CHECK_BYTES + 1)
                _check_size(name, len(text))
                return text, "utf-8"
            data = buffer.read(MAX_CHECK_BYTES + 1)  # bounded: /dev/zero or a runaway pipe is refused
        else:
            with Path(name).open("rb") as fh:
                data = fh.read(MAX_CHECK_BYTES + 1)
    except OSError as exc:
        raise CliError(f"cannot read {shown(name)}: {exc.strerror or exc}", EXIT_INPUT) from None
    _check_size(name, len(data))
    return decode_draft(data)


def _check_size(name: str, size: int) -> None:
    if size > MAX_CHECK_BYTES:
        limit = MAX_CHECK_BYTES // (1024 * 1024)
        raise CliError(f"cannot read {shown(name)}: larger than {limit} MB", EXIT_INPUT)


def _finding_labels(language: str) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """Factor and severity names in ``language`` for printed findings (keys stay in JSON)."""
    import functools

    from .domain.rubric import load_rubric
    from .domain.wording import DRAFTING
    from .reports.texts import load_texts

    rubric, texts = load_rubric(language), load_texts(language)

    @functools.cache  # a few keys, asked once per finding (tens of thousands in 1 MB)
    def factor(key: str) -> str:
        return texts.t("factor_drafting") if key == DRAFTING else rubric.factor_label(key)

    @functools.cache
    def severity(key: str) -> str:
        return texts.t(f"severity_{key}").lower()

    return factor, severity


def _default_language() -> str:
    import locale

    return canonical_language(locale.getlocale()[0])


def cmd_report(args: argparse.Namespace) -> int:
    if bool(args.id) == bool(args.plan):
        raise CliError("report: give either a commitment ID or --plan ID", EXIT_USAGE)
    source = _reader(args)
    from .domain.paper import region_from_environment
    from .reports import ReportError

    out = Path(args.output)
    # --paper, else the plan's paper, else its country's, else (a plan without one) this computer's
    # locale region
    region = region_from_environment(os.environ)
    try:
        with _db_errors():
            if args.plan:
                from .reports.plan_report import write_plan_report

                plan_id = _resolve(source, args.plan, "plan")
                write_plan_report(source, plan_id, out, args.lang, paper=args.paper, region=region)
            else:
                from .reports.commitment_report import write_commitment_report

                cid = _resolve(source, args.id)
                write_commitment_report(source, cid, out, args.lang, paper=args.paper, region=region)
    except ReportError as exc:
        raise CliError(str(exc), EXIT_INPUT) from None
    print(f"Wrote {shown(out)}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
