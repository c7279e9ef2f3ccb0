"""Build the one-folder bundle and its archive: `python packaging/build.py`.

Runs PyInstaller on packaging/feasibility.spec (dist/Feasibility/), then packs that folder as
dist/Feasibility-<version>-<os>-<arch>.tar.gz on Linux, .zip on Windows and macOS, with the
folder `Feasibility/` at its top so unpacking gives one folder to copy to a USB stick.
Prints `name: value` lines (build time, sizes) that bench/RESULTS.md quotes.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "feasibility.spec"
NAME = "Feasibility"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from feasibility_app import __version__

    return __version__


def platform_tag() -> tuple[str, str]:
    """('linux' | 'windows' | 'macos', 'x86_64' | 'arm64' | …) for the archive's name."""
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return system, machine


def archive_path(dist: Path) -> Path:
    system, machine = platform_tag()
    suffix = ".tar.gz" if system == "linux" else ".zip"
    return dist / f"{NAME}-{version()}-{system}-{machine}{suffix}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pack(folder: Path, target: Path) -> None:
    """Write the archive next to its final name, then rename: no half-written archive."""
    partial = target.with_name(target.name + ".partial")
    if target.name.endswith(".tar.gz"):
        with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
            tar.add(folder, arcname=folder.name)
    elif sys.platform == "darwin" and shutil.which("ditto"):
        # ditto keeps the Qt frameworks' symlinks (zipfile would copy each target twice).
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(folder), str(partial)], check=True)
    else:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, Path(folder.name) / path.relative_to(folder))
    os.replace(partial, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={args.dist}",
            f"--workpath={args.work}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    built = time.perf_counter()
    folder = args.dist / NAME
    target = archive_path(args.dist)
    for old in args.dist.glob(f"{NAME}-*"):
        if old.is_file():
            old.unlink()
    pack(folder, target)
    done = time.perf_counter()
    print(f"pyinstaller_s: {built - started:.1f}")
    print(f"archive_s: {done - built:.1f}")
    print(f"build_total_s: {done - started:.1f}")
    print(f"bundle_mb: {folder_size(folder) / 1e6:.1f}")
    print(f"archive_mb: {target.stat().st_size / 1e6:.1f}")
    print(f"archive: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
