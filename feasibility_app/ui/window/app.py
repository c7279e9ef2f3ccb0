"""Starting the GUI: the window paints first, the database loads right after.

Start-up stays lean: nothing here (or in main_window) imports SQLAlchemy, the
storage layer, reportlab, alembic or the exchange code at module level; the
database is opened in `MainWindow.load_data()`, queued after the first paint.

Benchmark hook: with FEASIBILITY_BENCH_EXIT=1 the app prints `translations_installed: N` (catalogues
loaded: 2 in Spanish or Portuguese), `first_paint: S` and
`data_ready: S` (seconds since FEASIBILITY_BENCH_T0, a time.time() taken by the
launcher), each followed by `…_cpu: S` (the process's CPU time so far), and quits
once the navigator lists the commitments.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ...paths import portable_data_dir, use_portable_environment

EXIT_OK, EXIT_USAGE, EXIT_DATABASE = 0, 2, 4


def parse_args(args: list[str]) -> tuple[str | None, list[str]]:
    """`--db VALUE` / `--db=VALUE`, and the rest for Qt (-style, -platform …). No argparse: lean start."""
    db, rest = None, []
    items = iter(args)
    for arg in items:
        if arg == "--db":
            db = next(items, None)
        elif arg.startswith("--db="):
            db = arg[len("--db=") :]
        else:
            rest.append(arg)
    return db, rest


def _bench_print(name: str) -> None:
    t0 = float(os.environ.get("FEASIBILITY_BENCH_T0", "0") or 0)
    print(f"{name}: {time.time() - t0:.4f}", flush=True)
    print(f"{name}_cpu: {time.process_time():.4f}", flush=True)  # all threads, since process start


def use_portable_settings(data_dir: Path) -> None:
    """Portable mode: settings in `data/settings/Feasibility/Feasibility.ini` beside the bundle
    (not the registry, not ~/.config), Qt's caches in `data/` too. Before any QSettings exists."""
    use_portable_environment(data_dir)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir / "settings"))


def run_gui(args: list[str] | None = None) -> int:
    """The GUI; `--db PATH|URL` as in the CLI (else $FEASIBILITY_DB, else the user data folder)."""
    given = list(sys.argv[1:] if args is None else args)
    with_sample = "--no-sample" not in given  # a new database starts empty
    db, rest = parse_args([a for a in given if a != "--no-sample"])
    if db is not None and not db.strip():
        # as the CLI refuses it, before any window: it silently meant the default database
        print("feasibility-app: --db was given an empty path (name a file, or omit --db)", file=sys.stderr)
        return EXIT_USAGE
    portable = portable_data_dir()
    if portable is not None:
        use_portable_settings(portable)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "feasibility-app", *rest])
    app.setOrganizationName("Feasibility")
    app.setApplicationName("Feasibility")
    app.setApplicationDisplayName("Feasibility")

    from ..common.i18n import LanguageManager
    from .database_switch import recent_database
    from .main_window import MainWindow

    if db is None:  # the file last opened from File ▸ Open/New database, unless told otherwise
        db = recent_database()

    bench = os.environ.get("FEASIBILITY_BENCH_EXIT") == "1"
    # Before the first widget: the saved choice, else the system locale's language.
    languages = LanguageManager()
    window = MainWindow(db, lazy=True, languages=languages)
    window.with_sample = with_sample
    if bench:
        print(f"translations_installed: {languages.installed_count()}", flush=True)
        window.first_painted.connect(lambda: _bench_print("first_paint"))

        def ready() -> None:
            window.navigator.view.viewport().repaint()
            _bench_print("data_ready")
            app.quit()

        window.data_loaded.connect(ready)
    app.aboutToQuit.connect(window.wait_for_opening)
    window.start_opening()  # SQLAlchemy imports in a thread while the window paints
    window.show()
    start_loading(window)
    code = app.exec()
    if window.load_failed:
        return EXIT_DATABASE
    return code if isinstance(code, int) else EXIT_OK


def start_loading(window) -> None:
    """After the first paint: open the database in a thread while the shell (navigator,
    toolbar) is built. Started at the latest 200 ms after `show()`."""
    started = False

    def start() -> None:
        nonlocal started
        if started:
            return
        started = True
        window.load_finished.connect(lambda ok: ok or window.close())
        # The database opens in a thread while the shell is built; the workspace is built
        # once the list shows (building it meanwhile would compete for the GIL).
        window.load_data_async()

    if window._painted:
        QTimer.singleShot(0, start)
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(0, start))
        QTimer.singleShot(200, start)
