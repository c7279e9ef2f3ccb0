"""The `export` and `import` commands: the exchange file, CSV and XLSX.

Kept apart from cli.py like cli_learning.py; cli.py's `run` dispatches here. The
exchange modules (and SQLAlchemy through the repository) load only when a command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import cli
from .cli import EXIT_INPUT, EXIT_OK, EXIT_USAGE, CliError, _db_errors, _resolve
from .terminal import shown


def cmd_export(args: argparse.Namespace) -> int:
    args.read_only = True  # an existing file is read without writing: a read-only copy exports too
    repo = cli._repository(args)  # looked up on cli at call time (tests wrap it)
    from .exchange import ExchangeError

    out = Path(args.output)
    plan_id = _resolve(repo, args.plan, "plan") if args.plan else None
    if args.with_precedents and out.suffix.lower() in (".csv", ".xlsx"):
        raise CliError(
            "feasibility-app export: --with-precedents adds the precedent library to an exchange file "
            "(.json), not to a spreadsheet",
            EXIT_USAGE,
        )
    try:
        with _db_errors():
            if out.suffix.lower() == ".csv":
                from .exchange.csv_export import export_csv

                n = export_csv(repo, out, plan_id, args.lang)
                print(f"Wrote {n} rows to {shown(out)}")
            elif out.suffix.lower() == ".xlsx":
                from .exchange.xlsx_export import export_xlsx

                n = export_xlsx(repo, out, plan_id, args.lang)
                print(f"Wrote {n} rows to {shown(out)}")
            else:
                from .exchange.exchange_file import export_exchange

                summary = export_exchange(repo, out, plan_id, with_precedents=args.with_precedents)
                print(f"Wrote {shown(out)}: {summary}")
    except ExchangeError as exc:
        raise CliError(str(exc), EXIT_INPUT) from None
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    repo = cli._repository(args)  # looked up on cli at call time (tests wrap it)
    from .exchange import ExchangeError
    from .exchange.exchange_file import import_exchange

    try:
        with _db_errors(repo.db.path):
            summary = import_exchange(repo, Path(args.file))
    except ExchangeError as exc:
        raise CliError(str(exc), EXIT_INPUT) from None
    print(summary)
    return EXIT_OK
