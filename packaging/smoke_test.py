"""Smoke test of the built bundle, run as a workshop laptop would run it.

`python packaging/smoke_test.py [ARCHIVE]` (default: the newest dist/Feasibility-*.tar.gz
or .zip) unpacks the archive into a new temporary folder and runs the executable there with
an empty environment: no PATH (so no Python), HOME an empty folder (or one that does not
exist), no display (the window only under QT_QPA_PLATFORM=offscreen), no network (Linux:
a new network namespace, `unshare -n`, where it can be made), nothing from this
virtual environment. It checks: --version / --help / a mistyped command, `list` on a new
database (the sample plan), `show`, wording checks, reports in English, Spanish and
Portuguese (language tag and the shipped DejaVu font in the PDF), PDFium's library (printing),
export and re-import,
portable mode (database and settings in data/ beside the executable, nothing in HOME; the
Spanish chosen there loads Qt's and the app's catalogues), and the window staying up for a
few seconds.

The Python running this script only drives the bundle. Prints `name: value` lines
(cold start of the frozen app) and `N passed, N failed`; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
COMMITMENTS_IN_SAMPLE = 6
WINDOW_SECONDS = 4.0


class Bundle:
    def __init__(self, folder: Path, scratch: Path) -> None:
        self.folder = folder
        self.scratch = scratch
        scratch.mkdir(parents=True)
        self.home = scratch / "home"
        self.home.mkdir()
        self.empty_path = scratch / "empty-path"
        self.empty_path.mkdir()
        # On Windows the console program prints (and opens the window too, so the timed runs
        # use it); Feasibility.exe, the windowed one, has no standard output at all.
        self.cli = folder / ("feasibility-app.exe" if WINDOWS else "Feasibility")
        self.gui = folder / ("Feasibility.exe" if WINDOWS else "Feasibility")
        self.no_network = no_network_prefix()

    def command(self, exe: Path, *args: str) -> list[str]:
        return [*self.no_network, str(exe), *args]

    def env(self, **extra: str) -> dict[str, str]:
        """The empty environment: HOME (and Windows' profile folders) in the scratch folder."""
        env = {"HOME": str(self.home), "PATH": str(self.empty_path)}
        if WINDOWS:  # Windows processes cannot start without these
            for name in ("SYSTEMROOT", "WINDIR", "TEMP", "TMP"):
                if name in os.environ:
                    env[name] = os.environ[name]
            env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(self.home)
        env.update(extra)
        return env

    def run(
        self, *args: str, env: dict[str, str] | None = None, stdin: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(self.cli, *args),
            env=self.env() if env is None else env,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
            cwd=self.scratch,
        )


def no_network_prefix() -> list[str]:
    """`unshare -n --` where a new network namespace (no interfaces but loopback) can be made
    (Linux as root, as in CI): the bundle then runs with no network at all."""
    unshare = shutil.which("unshare")
    if sys.platform.startswith("linux") and unshare:
        probe = subprocess.run([unshare, "-n", "--", "true"], capture_output=True)
        if probe.returncode == 0:
            return [unshare, "-n", "--"]
    return []


def unpack(archive: Path, into: Path) -> Path:
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive) as tar:
            tar.extractall(into, filter="tar")
    elif sys.platform == "darwin":
        subprocess.run(["ditto", "-x", "-k", str(archive), str(into)], check=True)  # keeps symlinks
    else:
        with zipfile.ZipFile(archive) as zf:
            zf.extractall(into)
    return into / "Feasibility"


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


# --- the checks --------------------------------------------------------------------------------


def check_version_help_usage(b: Bundle) -> None:
    from feasibility_app import __version__

    # No QT_QPA_PLATFORM and no display: starting the window here would abort.
    nohome = b.env(HOME=str(b.scratch / "no-such-home"))
    out = b.run("--version", env=nohome)
    assert out.returncode == 0 and out.stdout.strip() == f"feasibility-app {__version__}", out
    assert b.run("-v", env=nohome).stdout == out.stdout
    out = b.run("--help", env=nohome)
    assert out.returncode == 0 and "usage:" in out.stdout and "report" in out.stdout, out
    out = b.run("lsit", env=nohome)
    assert out.returncode == 2 and out.stderr.startswith("usage:"), out
    assert "did you mean 'list'" in out.stderr and "Traceback" not in out.stderr, out
    assert not (b.scratch / "no-such-home").exists(), "a headless --version wrote to HOME"


def check_list_default_database(b: Bundle) -> None:
    out = b.run("list", "--json")
    assert out.returncode == 0, out
    rows = json.loads(out.stdout)
    assert len(rows) == COMMITMENTS_IN_SAMPLE, rows
    assert any(r["title"].startswith("Detained Persons Registry") for r in rows), rows
    if not WINDOWS:  # the user data folder under HOME (platformdirs), created on first use
        assert any(p.endswith("feasibility.db") for p in files_under(b.home)), files_under(b.home)


def _detained_id(b: Bundle, db: Path) -> str:
    rows = json.loads(b.run("--db", str(db), "list", "--json").stdout)
    return next(r["id"] for r in rows if r["title"].startswith("Detained Persons Registry"))


def check_show_and_wording(b: Bundle) -> None:
    db = b.scratch / "show.db"
    cid = _detained_id(b, db)
    out = b.run("--db", str(db), "show", cid[:8], "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["id"] == cid, out
    out = b.run(
        "check", "-", "--lang", "es", "--json", stdin="Crearemos un registro nacional en tiempo real."
    )
    assert out.returncode == 0, out
    assert json.loads(out.stdout)["findings"], out.stdout


def check_reports(b: Bundle) -> None:
    db = b.scratch / "reports.db"
    cid = _detained_id(b, db)
    for lang in ("en", "es", "pt"):
        pdf = b.scratch / f"report-{lang}.pdf"
        out = b.run("--db", str(db), "report", cid, "-o", str(pdf), "--lang", lang)
        assert out.returncode == 0, out
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-"), pdf
        assert f"/Lang ({lang})".encode() in data, f"{pdf}: no /Lang ({lang})"
        assert b"DejaVuSans" in data, f"{pdf}: the shipped font is not embedded"
    out = b.run("--db", str(db), "report", "--plan", _plan_id(b, db), "-o", str(b.scratch / "plan.pdf"))
    assert out.returncode == 0 and (b.scratch / "plan.pdf").read_bytes().startswith(b"%PDF-"), out


def check_pdf_renderer(b: Bundle) -> None:
    """File ▸ Print renders the report's pages with PDFium: its native library must be there."""
    names = ("libpdfium.so", "pdfium.dll", "libpdfium.dylib")
    found = [p for p in files_under(b.folder) if Path(p).name in names and "pypdfium2_raw" in p]
    assert found, "PDFium (pypdfium2_raw) is missing from the bundle: printing would fall back"
    assert any(p.endswith(str(Path("pypdfium2_raw") / "version.json")) for p in files_under(b.folder))


def _plan_id(b: Bundle, db: Path) -> str:
    out = b.run("--db", str(db), "export", "-o", str(b.scratch / "plans.json"))
    assert out.returncode == 0, out
    return json.loads((b.scratch / "plans.json").read_text(encoding="utf-8"))["plans"][0]["id"]


def check_export_import(b: Bundle) -> None:
    db = b.scratch / "export.db"
    exchange, sheet = b.scratch / "all.json", b.scratch / "all.csv"
    for target in (exchange, sheet):
        out = b.run("--db", str(db), "export", "-o", str(target))
        assert out.returncode == 0 and target.stat().st_size > 0, out
    assert "Detained Persons Registry" in sheet.read_text(encoding="utf-8-sig")
    other = b.scratch / "other.db"
    out = b.run("--db", str(other), "import", str(exchange))
    assert out.returncode == 0, out
    rows = json.loads(b.run("--db", str(other), "list", "--json").stdout)
    assert len(rows) == COMMITMENTS_IN_SAMPLE, rows
    out = b.run("--db", str(other), "export", "-o", str(b.scratch / "no-such-dir" / "x.json"))
    assert out.returncode == 3 and "Traceback" not in out.stderr, out


def _window(b: Bundle, env: dict[str, str], seconds: float = WINDOW_SECONDS) -> str:
    """Start the window offscreen; it must still be running after `seconds`. Returns stderr."""
    log = b.scratch / "window.err"
    with log.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            b.command(b.gui), env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=b.scratch
        )
        try:
            time.sleep(seconds)
            assert proc.poll() is None, f"the window closed with {proc.returncode}: {log.read_text()}"
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    text = log.read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in text, text
    return text


def _quick_start(b: Bundle, env: dict[str, str], *args: str) -> dict[str, str]:
    """Start the window with the app's benchmark hook: it quits once the plan is listed."""
    env = dict(env, FEASIBILITY_BENCH_EXIT="1", FEASIBILITY_BENCH_T0=repr(time.time()))
    out = subprocess.run(
        b.command(b.cli, *args), env=env, capture_output=True, text=True, timeout=120, cwd=b.scratch
    )
    assert out.returncode == 0, out
    assert "translation file" not in out.stderr and "Traceback" not in out.stderr, out.stderr
    return dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)


def check_window(b: Bundle) -> None:
    _window(b, b.env(QT_QPA_PLATFORM="offscreen"))
    values = _quick_start(b, b.env(QT_QPA_PLATFORM="offscreen"), "--db", str(b.scratch / "window.db"))
    assert values.get("translations_installed") == "1", values  # English: the app's catalogue


def check_portable(b: Bundle) -> None:
    marker = b.folder / "portable.txt"  # any extension, as Windows Explorer names a new file
    marker.write_bytes(b"")
    home = b.scratch / "portable-home"
    home.mkdir()
    data = b.folder / "data"
    # The settings file portable mode reads (QSettings, .ini format): Spanish chosen. Starting
    # in Spanish proves the file is read from data/ and that Qt's qtbase_es.qm and the app's
    # feasibility_es.qm load from the bundle (the system locale is not used: it is set).
    ini = data / "settings" / "Feasibility" / "Feasibility.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    try:
        env = b.env(HOME=str(home), QT_QPA_PLATFORM="offscreen")
        if WINDOWS:
            env["USERPROFILE"] = env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
        out = b.run("list", "--json", env=env)
        assert out.returncode == 0 and len(json.loads(out.stdout)) == COMMITMENTS_IN_SAMPLE, out
        assert (data / "feasibility.db").is_file(), files_under(b.folder)
        values = _quick_start(b, env)
        assert values.get("translations_installed") == "2", values
        _window(b, env)
        assert files_under(home) == [], f"portable mode wrote to HOME: {files_under(home)}"
    finally:
        marker.unlink()
        shutil.rmtree(data, ignore_errors=True)


def measure_cold_start(b: Bundle) -> None:
    """Process start to the first painted window, frozen, a fresh database each time."""
    times = []
    for run in range(3):
        env = b.env(
            QT_QPA_PLATFORM="offscreen", FEASIBILITY_BENCH_EXIT="1", FEASIBILITY_BENCH_T0=repr(time.time())
        )
        out = subprocess.run(
            b.command(b.cli, "--db", str(b.scratch / f"cold{run}.db")),
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=b.scratch,
        )
        assert out.returncode == 0, out
        values = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
        times.append((float(values["first_paint"]), float(values["data_ready"])))
    print(f"frozen_first_paint_first_run_s: {times[0][0]:.2f}")
    print(f"frozen_first_paint_median_s: {sorted(t[0] for t in times)[1]:.2f}")
    print(f"frozen_data_ready_median_s: {sorted(t[1] for t in times)[1]:.2f}")


CHECKS: list[Callable[[Bundle], None]] = [
    measure_cold_start,  # first: the first run after unpacking is the cold one
    check_version_help_usage,
    check_list_default_database,
    check_show_and_wording,
    check_reports,
    check_pdf_renderer,
    check_export_import,
    check_window,
    check_portable,
]


def newest_archive() -> Path:
    found = sorted(
        [
            *ROOT.joinpath("dist").glob("Feasibility-*.tar.gz"),
            *ROOT.joinpath("dist").glob("Feasibility-*.zip"),
        ],
        key=lambda p: p.stat().st_mtime,
    )
    if not found:
        raise SystemExit("no dist/Feasibility-*.tar.gz or .zip: build it first (packaging/build.py)")
    return found[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built bundle in an empty environment.")
    parser.add_argument(
        "archive", nargs="?", type=Path, help="default: the newest dist/Feasibility-* archive"
    )
    args = parser.parse_args(argv)
    archive = args.archive or newest_archive()
    sys.path.insert(0, str(ROOT))
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="feasibility-smoke-") as tmp:
        scratch = Path(tmp)
        folder = unpack(archive, scratch / "unpacked")
        print(f"bundle: {folder} (from {archive.name})")
        bundle = Bundle(folder, scratch / "work")
        print(f"network: {'none (unshare -n)' if bundle.no_network else 'not isolated'}")
        for check in CHECKS:
            started = time.perf_counter()
            try:
                check(bundle)
            except Exception as exc:  # report every check, then fail
                failed += 1
                print(f"FAILED {check.__name__}: {exc!r}"[:4000])
            else:
                passed += 1
                print(f"ok {check.__name__} ({time.perf_counter() - started:.1f} s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
