"""Commands that learn from what happened: precedents, outcomes, calibration.

Kept apart from cli.py (which stays the contract's core commands); cli.py adds
these parsers and dispatches here. Scores are risk prompts for discussion, not
predictions: the texts below say so where they show a track record.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, CliError, _db_errors, _print_json, _repository, _resolve

COMMANDS = ("precedents", "outcome", "calibration")
COMPLETIONS = ("not_started", "limited", "substantial", "complete")
OPENED = ("worsened", "did_not_change", "marginal", "major", "outstanding")
HONEST = "Scores are risk prompts for discussion, not predictions."


def add_commands(sub: argparse._SubParsersAction) -> None:
    """The parsers of this module's commands, on cli.py's subparsers."""
    c = sub.add_parser("precedents", help="OGP's past commitments: import IRM data, find similar ones")
    psub = c.add_subparsers(dest="action", parser_class=type(c))
    i = psub.add_parser("import", help="import OGP's IRM commitment data (.csv UTF-8 or .xlsx)")
    i.add_argument("file")
    f = psub.add_parser("find", help="past commitments most like a draft text (a file, or - for stdin)")
    f.add_argument("file")
    f.add_argument("--top", type=int, default=5, metavar="N")
    f.add_argument("--json", action="store_true")
    c = sub.add_parser("outcome", help="record what happened to a commitment (or show what is recorded)")
    c.add_argument("id")
    c.add_argument("--completion", choices=COMPLETIONS)
    c.add_argument("--stage", choices=("midterm", "end_of_term"), default="end_of_term")
    c.add_argument("--opened-government", choices=OPENED, dest="opened_government")
    c.add_argument("--source", default="", metavar="TEXT", help="e.g. 'IRM end-of-term report 2015'")
    c.add_argument("--date", metavar="YYYY-MM-DD", help="the date the source gives")
    c.add_argument("--author", default="")
    c.add_argument("--json", action="store_true")
    c = sub.add_parser("calibration", help="predicted band at signing against what happened")
    c.add_argument("--plan", metavar="ID")
    c.add_argument("--json", action="store_true")


# --- precedents ---------------------------------------------------------------------


def cmd_precedents(args: argparse.Namespace) -> int:
    if args.action == "import":
        return _import(args)
    if args.action == "find":
        return _find(args)
    raise CliError("feasibility-app precedents: give import FILE or find FILE|-", EXIT_USAGE)


def _import(args: argparse.Namespace) -> int:
    from .exchange.irm_sheet import PrecedentFileError, read_precedents

    try:
        sheet = read_precedents(Path(args.file))
    except PrecedentFileError as exc:
        raise CliError(str(exc), EXIT_INPUT) from None
    if not sheet.precedents:
        raise CliError(f"{args.file} has the IRM columns but no row with an identifier", EXIT_INPUT)
    repo = _repository(args)
    from .storage.precedents import import_precedents

    with _db_errors(repo.db.path):
        counts = import_precedents(repo.db, sheet.precedents)
    notes = []
    if sheet.skipped_no_id:
        notes.append(f"skipped {sheet.skipped_no_id} row(s) without an identifier")
    if sheet.duplicates:
        notes.append(f"{sheet.duplicates} repeated identifier(s): the last row of each was kept")
    print(f"Imported {args.file}: {counts}" + ("; " + "; ".join(notes) if notes else ""))
    return EXIT_OK


def _read_text(name: str) -> str:
    try:
        return sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CliError(f"cannot read {name}: {reason}", EXIT_INPUT) from None


def _find(args: argparse.Namespace) -> int:
    if args.top < 1:
        raise CliError("feasibility-app precedents find: --top must be 1 or more", EXIT_USAGE)
    text = _read_text(args.file)
    from .cli import _reader
    from .storage.precedent_search import find_similar, library_size

    source = _reader(args)  # the standard-library reader where it can: no SQLAlchemy to import
    with _db_errors():
        size = library_size(source)
        matches = find_similar(source, text, args.top) if size else []
    if args.json:
        _print_json({"library_size": size, "matches": [m.to_json() for m in matches]})
        return EXIT_OK
    if not size:
        print(
            "The precedent library is empty: import OGP's IRM data with "
            "`feasibility-app precedents import FILE` (see the README)."
        )
        return EXIT_OK
    if not matches:
        print(f"No similar past commitment among {size} precedents.")
        return EXIT_OK
    print(
        f"Past commitments most like this text ({len(matches)} of {size}); what happened to them "
        "is a prompt for discussion, not a prediction:"
    )
    for m in matches:
        d = m.to_json()
        where = " ".join(str(x) for x in (d["country"], d["year"]) if x)
        print(f"\n  {d['id']}  {d['title']}")
        print(
            f"      {where or '—'} · completion: {_words(d['completion'])} · "
            f"opened government: {_words(d['opened_government'])}"
        )
        print(f"      shared: {', '.join(d['shared_terms'][:8])}")
    return EXIT_OK


def _words(key: str | None) -> str:
    return key.replace("_", " ") if key else "no data"


# --- outcomes ---------------------------------------------------------------------


def cmd_outcome(args: argparse.Namespace) -> int:
    repo = _repository(args)
    cid = _resolve(repo, args.id)
    from .domain.outcomes import Completion, OpenedGovernment, Stage
    from .storage.outcomes import outcomes, record_outcome

    if args.completion is None:
        if args.opened_government or args.source or args.date:
            raise CliError("feasibility-app outcome: give --completion to record an outcome", EXIT_USAGE)
        with _db_errors():
            recorded = outcomes(repo.db, [cid]).get(cid, [])
        if args.json:
            _print_json({"id": cid, "outcomes": [_outcome_json(o) for o in recorded]})
        elif not recorded:
            print("No outcome recorded.")
        for o in recorded if not args.json else ():
            print(_outcome_line(o))
        return EXIT_OK
    reported = None
    if args.date:
        try:
            reported = date.fromisoformat(args.date)
        except ValueError:
            raise CliError(
                f"feasibility-app outcome: not a date (YYYY-MM-DD): {args.date!r}", EXIT_USAGE
            ) from None
    with _db_errors(repo.db.path):
        o = record_outcome(
            repo.db,
            cid,
            Completion(args.completion),
            stage=Stage(args.stage),
            opened_government=OpenedGovernment(args.opened_government) if args.opened_government else None,
            source=args.source,
            reported_on=reported,
            author=args.author,
        )
    if args.json:
        _print_json(_outcome_json(o))
    else:
        print("Recorded: " + _outcome_line(o))
    return EXIT_OK


def _outcome_json(o) -> dict:
    return {
        "id": o.id,
        "commitment_id": o.commitment_id,
        "stage": o.stage.value,
        "completion": o.completion.value,
        "opened_government": o.opened_government.value if o.opened_government else None,
        "source": o.source,
        "reported_on": o.reported_on.isoformat() if o.reported_on else None,
        "recorded_at": o.recorded_at.isoformat(),
        "author": o.author,
    }


def _outcome_line(o) -> str:
    when = o.reported_on.isoformat() if o.reported_on else o.recorded_at.date().isoformat()
    og = f", opened government: {_words(o.opened_government.value)}" if o.opened_government else ""
    src = f" — {o.source}" if o.source else ""
    return f"{_words(o.stage.value)} {when}: {_words(o.completion.value)}{og}{src}"


# --- calibration ---------------------------------------------------------------------


def cmd_calibration(args: argparse.Namespace) -> int:
    from .app.learning import plan_calibration
    from .cli import _reader
    from .domain.calibration import MIN_OUTCOMES

    source = _reader(args)
    plan_id = _resolve(source, args.plan, "plan") if args.plan else None
    with _db_errors():
        cal = plan_calibration(source, plan_id)  # the Track record tab's filter, too
    if args.json:
        _print_json(cal.to_json())
        return EXIT_OK
    print(f"Calibration: {cal.n} commitment(s) with an outcome and a score before it. {HONEST}")
    if not cal.enough:
        print(f"Too few outcomes to say (fewer than {MIN_OUTCOMES}); the counts below are the record so far.")
    if cal.n:
        from .domain.calibration import rate_of

        bases = rate_of(cal.cases).bases
        print(
            f"Band at signing: {bases['lock']} from the forum's signing lock, {bases['consensus']} from "
            "the newest score before the outcome (no lock before it)."
        )
    print("\n  band at signing   n   not started  limited  substantial  complete   fell short (95% CI)")
    for band, rate in cal.by_band.items():
        c = rate.completion
        print(
            f"  {band.value:<15} {rate.n:>3}   {c['not_started']:>11}  {c['limited']:>7}  "
            f"{c['substantial']:>11}  {c['complete']:>8}   {_rate_text(rate)}"
        )
    from .domain.rubric import load_rubric

    rubric = load_rubric("en")
    width = max(len(rubric.factor_label(k)) for k in cal.by_factor)
    print(f"\n  {'factor':<{width}}  fell short when rated high/critical  | when rated low/moderate")
    for key, groups in cal.by_factor.items():
        label = rubric.factor_label(key)
        print(f"  {label:<{width}}  {_rate_text(groups['high']):<35}  | {_rate_text(groups['low'])}")
    if cal.unscored:
        print(f"\n  {len(cal.unscored)} outcome(s) left out: nobody had scored the commitment before it.")
    return EXIT_OK


def _rate_text(rate) -> str:
    if rate.n == 0:
        return "—"
    lo, hi = rate.interval
    text = f"{rate.fell_short}/{rate.n} ({lo:.0%}–{hi:.0%})"
    return text if rate.enough else f"{text}, too few to say"
