"""Freeze Parallax Reader for this platform, prove the frozen app works, and package it.

Run with the project's environment: ``.venv/bin/python packaging/build.py`` (after
``pip install -e '.[package]'``). Steps:

1. PyInstaller, one folder, from ``packaging/reader.spec`` (what goes in: ``freeze_config.py``).
2. Linux: strip debug info from files that carry it, except under ``*.libs/`` (numpy's OpenBLAS
   breaks when stripped; see the packaging notes). Saves about a third of the folder.
3. Smoke test the frozen ``reader`` in a clean environment (no venv on PATH, a throw-away HOME,
   ``QT_QPA_PLATFORM=offscreen``, and on Linux no network at all when ``unshare -n`` is allowed):
   ``--version``, ``compare`` on a text and a web page (JSON checked), ``batch`` with two spawned
   workers, ``library add`` (the library must land in the documented per-OS folder) and
   ``--self-test``.
   Any failure stops the build with the frozen app's own output.
4. Check the folder size (at most 450 MB) and write the platform package: a tarball on Linux, the
   Inno Setup installer on Windows (with ``--installer``), a dmg on macOS (with ``--installer``).

Users never run this; CI (``.github/workflows/release.yml``) and release managers do.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

PACKAGING_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(PACKAGING_DIR))

import freeze_config as cfg  # noqa: E402

IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")
SMOKE_DIR = PACKAGING_DIR / "smoke"
#: compare reads a text file and a saved web page (so trafilatura's bundled data is exercised too);
#: batch takes plain texts in its JSON Lines input.
SMOKE_COMPARE = ("article_a.txt", "article_b.html")
SMOKE_BATCH = ("article_a.txt", "article_b.txt")
SMOKE_TIMEOUT_S = 300


class BuildError(Exception):
    """A step failed; the message says which and why."""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


# --------------------------------------------------------------------------------------------------
# Freezing


def run_pyinstaller(dist: Path, work: Path, *, clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError(
            "PyInstaller is not installed in this environment: pip install -e '.[package]'"
        ) from exc
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(PACKAGING_DIR / "reader.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    log("freezing: " + " ".join(cmd))
    started = time.monotonic()
    result = subprocess.run(cmd, cwd=cfg.ROOT, check=False)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed with exit code {result.returncode}")
    log(f"frozen in {time.monotonic() - started:.0f} s")


# --------------------------------------------------------------------------------------------------
# Stripping (Linux)


def elf_section_names(path: Path) -> set[str] | None:
    """Section names of an ELF file, or None when the file is not a (readable) 64/32-bit ELF.

    Parsed by hand so the decision needs no readelf and costs one small read per file.
    """
    try:
        with path.open("rb") as fh:
            ident = fh.read(16)
            if len(ident) < 16 or ident[:4] != b"\x7fELF":
                return None
            is64 = ident[4] == 2
            endian = "<" if ident[5] == 1 else ">"
            if is64:
                header = fh.read(48)
                (shoff,) = struct.unpack_from(endian + "Q", header, 24)
                shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", header, 42)
            else:
                header = fh.read(36)
                (shoff,) = struct.unpack_from(endian + "I", header, 16)
                shentsize, shnum, shstrndx = struct.unpack_from(endian + "HHH", header, 30)
            if shoff == 0 or shnum == 0 or shstrndx >= shnum:
                return set()
            fh.seek(shoff)
            table = fh.read(shentsize * shnum)
            sections = []
            for i in range(shnum):
                entry = table[i * shentsize : (i + 1) * shentsize]
                if is64:
                    (name_off,) = struct.unpack_from(endian + "I", entry, 0)
                    offset, size = struct.unpack_from(endian + "QQ", entry, 24)
                else:
                    (name_off,) = struct.unpack_from(endian + "I", entry, 0)
                    offset, size = struct.unpack_from(endian + "II", entry, 16)
                sections.append((name_off, offset, size))
            _, str_offset, str_size = sections[shstrndx]
            fh.seek(str_offset)
            strtab = fh.read(str_size)
    except (OSError, struct.error, ValueError):
        return None
    names = set()
    for name_off, _, _ in sections:
        end = strtab.find(b"\0", name_off)
        names.add(strtab[name_off:end].decode("ascii", "replace"))
    return names


def strippable(folder: Path) -> Iterator[Path]:
    """ELF files with debug info, not under a ``*.libs/`` folder (auditwheel-vendored libraries)."""
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(folder).parts[:-1]):
            continue
        names = elf_section_names(path)
        if names and ".debug_info" in names:
            yield path


def strip_debug_info(folder: Path) -> int:
    """Strip debug info in place; returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        log("strip not found; leaving debug info in (the folder will be larger)")
        return 0
    before = folder_size(folder)
    files = list(strippable(folder))
    for path in files:
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
    saved = before - folder_size(folder)
    log(f"stripped debug info from {len(files)} files, saved {saved / 1e6:.0f} MB")
    return saved


def missing_x11_libraries(folder: Path) -> list[str]:
    """System libraries the bundled X11 platform plugin needs but this machine lacks.

    PyInstaller bundles what it can resolve on the build machine; a library missing here is missing
    from the bundle too, and the app then opens no window on X11 desktops that lack it. The
    off-screen smoke test cannot notice, so this is reported separately.
    """
    plugin = next(folder.rglob("libqxcb.so"), None)
    if plugin is None or shutil.which("ldd") is None:
        return []
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    out = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, env=env, check=False
    ).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


# --------------------------------------------------------------------------------------------------
# Smoke tests in a clean environment


def clean_env(home: Path) -> dict[str, str]:
    """An environment with nothing from the build: no venv on PATH, no PYTHON*, a fresh HOME."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if IS_WIN:
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            {
                "SYSTEMROOT": system_root,
                "PATH": rf"{system_root}\System32;{system_root}",
                "USERPROFILE": str(home),
                "APPDATA": str(home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "TEMP": str(home / "Temp"),
                "TMP": str(home / "Temp"),
            }
        )
        (home / "Temp").mkdir(parents=True, exist_ok=True)
    else:
        env["PATH"] = "/usr/bin:/bin"
    return env


def offline_prefix() -> list[str]:
    """``unshare -n`` (no network interfaces at all) when this Linux machine allows it.

    As root ``-n`` alone works; elsewhere ``-rn`` (a user namespace) often does. If neither is
    allowed the smoke test still runs, just without the proof that it needs no network.
    """
    if not IS_LINUX or shutil.which("unshare") is None:
        return []
    for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
        probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return prefix
    return []


def run_frozen(
    exe: Path, args: Sequence[str], env: dict[str, str], cwd: Path, prefix: Sequence[str]
) -> subprocess.CompletedProcess[str]:
    cmd = [*prefix, str(exe), *args]
    log("running: " + " ".join(cmd))
    started = time.monotonic()
    try:
        result = subprocess.run(
            cmd,
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=SMOKE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"{' '.join(args)} did not finish in {SMOKE_TIMEOUT_S} s") from exc
    log(f"  exit {result.returncode} after {time.monotonic() - started:.1f} s")
    if result.returncode != 0:
        raise BuildError(
            f"frozen `reader {' '.join(args)}` failed with exit code {result.returncode}\n"
            f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
        )
    return result


def check_comparison(path: Path) -> str:
    """Validate the essentials of a ``reader.comparison/1`` document; returns a one-line summary."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise BuildError(f"compare wrote no readable JSON at {path}: {exc}") from exc
    missing = [
        k for k in ("schema", "generator", "articles", "alignments", "flags") if k not in data
    ]
    if missing or data.get("schema") != "reader.comparison/1":
        raise BuildError(f"compare JSON is not reader.comparison/1 (missing {missing})")
    if len(data["articles"]) != 2:
        raise BuildError(f"compare JSON has {len(data['articles'])} articles, expected 2")
    if not data["alignments"]:
        raise BuildError("compare lined up no claims in two articles about the same event")
    pipeline = data["generator"].get("pipeline", "")
    if "unknown" in pipeline:
        raise BuildError(f"the frozen app cannot see the spaCy model's metadata ({pipeline})")
    return f"{len(data['alignments'])} alignments, {len(data['flags'])} flags, pipeline {pipeline}"


def write_batch_input(path: Path) -> None:
    """Two events built from the smoke articles (the second with the outlets swapped)."""
    texts = [(SMOKE_DIR / name).read_text(encoding="utf-8") for name in SMOKE_BATCH]
    lines = []
    for n, outlets in enumerate((("Wire", "Tabloid"), ("Tabloid", "Wire")), start=1):
        articles = [
            {"id": f"e{n}-{i}", "outlet": outlet, "text": text}
            for i, (outlet, text) in enumerate(zip(outlets, texts, strict=True))
        ]
        lines.append(json.dumps({"id": f"event-{n}", "articles": articles}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_batch(path: Path, *, expected: int) -> str:
    """Every output line is a comparison (no error records), one per input event."""
    try:
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    except (OSError, json.JSONDecodeError) as exc:
        raise BuildError(f"batch wrote no readable JSON Lines at {path}: {exc}") from exc
    errors = [r for r in records if "error" in r]
    if len(records) != expected or errors:
        raise BuildError(f"batch wrote {len(records)} records, errors: {errors[:2]}")
    if any(r.get("schema") != "reader.comparison/1" for r in records):
        raise BuildError("batch output lines are not reader.comparison/1 documents")
    return f"{len(records)} comparisons"


def library_path(home: Path) -> Path | None:
    """Where platformdirs puts the library under ``home`` (None on Windows: the known-folder API
    ignores the environment, so the path cannot be redirected into the throw-away home)."""
    if IS_WIN:
        return None
    if IS_MAC:
        return home / "Library" / "Application Support" / cfg.APP_NAME / "library.sqlite"
    return home / ".local" / "share" / cfg.APP_NAME / "library.sqlite"


def smoke_test(exe: Path, *, self_test: bool) -> None:
    """--version, compare on two articles, and --self-test, all from a clean environment."""
    if not exe.is_file():
        raise BuildError(f"no frozen executable at {exe}")
    prefix = offline_prefix()
    isolation = f"none ({' '.join(prefix)})" if prefix else "not isolated"
    log(f"network during smoke tests: {isolation}")
    with tempfile.TemporaryDirectory(prefix="reader-smoke-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = clean_env(home)
        expected = cfg.app_version()
        version = run_frozen(exe, ["--version"], env, Path(tmp), prefix)
        if expected not in version.stdout + version.stderr:
            raise BuildError(f"--version printed {version.stdout!r}, expected {expected}")

        out = Path(tmp) / "comparison.json"
        articles = [str(SMOKE_DIR / name) for name in SMOKE_COMPARE]
        run_frozen(exe, ["compare", *articles, "--json", str(out)], env, Path(tmp), prefix)
        log("  compare: " + check_comparison(out))

        # Spawned worker processes are the classic frozen-app trap (freeze_support, sys.executable).
        batch_in, batch_out = Path(tmp) / "events.jsonl", Path(tmp) / "out.jsonl"
        write_batch_input(batch_in)
        run_frozen(
            exe,
            ["batch", str(batch_in), "-o", str(batch_out), "--workers", "2", "--chunk", "1"],
            env,
            Path(tmp),
            prefix,
        )
        log("  batch --workers 2: " + check_batch(batch_out, expected=2))

        # The library lands in the per-OS user data folder that INSTALL.md documents.
        run_frozen(exe, ["library", "add", articles[0]], env, Path(tmp), prefix)
        expected_library = library_path(home)
        if expected_library is not None:
            if not expected_library.is_file():
                found = sorted(str(p) for p in home.rglob("*.sqlite"))
                raise BuildError(f"library not at {expected_library}; found {found}")
            log(f"  library: {expected_library.relative_to(home)}")

        if self_test:
            result = run_frozen(exe, ["--self-test"], env, Path(tmp), prefix)
            tail = (result.stdout.strip().splitlines() or ["(no output)"])[-1]
            log(f"  self-test: {tail}")
        else:
            log("  self-test SKIPPED (--skip-self-test); a release build must not skip it")


# --------------------------------------------------------------------------------------------------
# Sizes and packages


def folder_size(folder: Path) -> int:
    """Bytes on disk of the files in ``folder`` (symlinks counted once, as links)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_file():
            total += path.stat().st_size
    return total


def app_folder(dist: Path) -> Path:
    if IS_MAC:
        return dist / f"{cfg.APP_NAME}.app"
    return dist / cfg.EXE_NAME


def frozen_executable(dist: Path) -> Path:
    if IS_MAC:
        return app_folder(dist) / "Contents" / "MacOS" / cfg.EXE_NAME
    return app_folder(dist) / (cfg.EXE_NAME + (".exe" if IS_WIN else ""))


def platform_tag() -> str:
    import platform

    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    return f"{system}-{machine}"


def write_tarball(dist: Path, version: str) -> Path:
    """``parallax-reader-<version>-linux-<arch>.tar.gz``: the folder, a desktop entry, the icon."""
    name = f"parallax-reader-{version}"
    target = dist / f"{name}-{platform_tag()}.tar.gz"
    folder = app_folder(dist)
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=name)
        for extra in ("install-desktop-entry.sh", "parallax-reader.desktop"):
            tar.add(PACKAGING_DIR / "linux" / extra, arcname=f"{name}/{extra}")
        icon = cfg.ICONS_DIR / "app-256.png"
        if icon.exists():
            tar.add(icon, arcname=f"{name}/parallax-reader.png")
    log(f"tarball: {target} ({target.stat().st_size / 2**20:.0f} MiB)")
    return target


def make_installer(dist: Path, version: str) -> None:
    """The per-OS installer; the signing steps skip themselves when CI secrets are absent."""
    if IS_WIN:
        subprocess.run(
            [sys.executable, str(PACKAGING_DIR / "windows" / "sign.py"), str(app_folder(dist))],
            check=True,
        )
        iscc = shutil.which("iscc") or shutil.which("ISCC") or _default_iscc()
        if iscc is None:
            raise BuildError("Inno Setup's ISCC.exe not found (choco install innosetup)")
        subprocess.run(
            [
                iscc,
                f"/DAppVersion={version}",
                f"/DSourceDir={app_folder(dist)}",
                f"/DOutputDir={dist}",
                f"/DRepoRoot={cfg.ROOT}",
                str(PACKAGING_DIR / "windows" / "parallax-reader.iss"),
            ],
            check=True,
        )
        subprocess.run(
            [sys.executable, str(PACKAGING_DIR / "windows" / "sign.py"), str(dist)],
            check=True,
        )
    elif IS_MAC:
        subprocess.run(
            [
                sys.executable,
                str(PACKAGING_DIR / "macos" / "make_dmg.py"),
                str(app_folder(dist)),
                str(dist / f"Parallax-Reader-{version}-{platform_tag()}.dmg"),
            ],
            check=True,
        )


def _default_iscc() -> str | None:
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(Path(base) / "Inno Setup 6" / "ISCC.exe")
    return None


# --------------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="build.py",
        description="Freeze Parallax Reader with PyInstaller (one folder), smoke-test the frozen "
        "app in a clean environment, check its size and write the platform package.",
    )
    parser.add_argument("--dist", type=Path, default=cfg.ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=cfg.ROOT / "build" / "pyinstaller", help="PyInstaller work dir"
    )
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache")
    parser.add_argument("--no-strip", action="store_true", help="keep debug info (Linux)")
    parser.add_argument(
        "--skip-freeze", action="store_true", help="test and package an existing dist/ folder"
    )
    parser.add_argument(
        "--skip-self-test",
        action="store_true",
        help="do not run the frozen --self-test (development only; --version and compare still do)",
    )
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also build the Windows installer (Inno Setup) or the macOS dmg, signing when the "
        "CI secrets are present",
    )
    parser.add_argument(
        "--max-mb", type=int, default=cfg.MAX_FOLDER_MB, help="fail when the folder is larger"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    version = cfg.app_version()
    dist, work = args.dist.resolve(), args.work.resolve()
    try:
        if not args.skip_freeze:
            run_pyinstaller(dist, work, clean=not args.no_clean)
            if IS_LINUX and not args.no_strip:
                strip_debug_info(app_folder(dist))
        if IS_LINUX and (missing := missing_x11_libraries(app_folder(dist))):
            log(
                f"WARNING: not bundled, missing on this machine: {', '.join(missing)}. The X11 "
                "platform plugin needs them; users without them get no window (Debian/Ubuntu: "
                "apt install libxcb-icccm4 libxcb-keysyms1 before building)."
            )
        smoke_test(frozen_executable(dist), self_test=not args.skip_self_test)
        size = folder_size(app_folder(dist))
        log(f"folder {app_folder(dist)}: {size / 1e6:.0f} MB (limit {args.max_mb} MB)")
        if size > args.max_mb * 1_000_000:
            raise BuildError(f"the frozen folder is {size / 1e6:.0f} MB, over {args.max_mb} MB")
        if IS_LINUX:
            write_tarball(dist, version)
        if args.installer:
            make_installer(dist, version)
    except BuildError as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"[build] FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    log("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
