#!/usr/bin/env python3
"""Set up a development environment and run the app or the tests, with nothing but python3.

    python3 .ci/dev.py run     # create .venv, install, open the app on the bundled demo event
    python3 .ci/dev.py test    # create .venv, install test extras, run the whole suite headless

Works on a fresh Debian machine that has only python3: when the interpreter lacks ensurepip (Debian
ships it separately as python3-venv) the virtual environment is created without pip and pip is
brought in from PyPI; when Qt's system libraries are missing and we are root, they are installed
with apt-get. Anything after the command is passed on (to pytest for ``test``, to ``reader`` for
``run``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".parallax-installed"

# Shared libraries PySide6 needs on Linux, by the Debian package that provides them. The first group
# is enough for the offscreen platform (tests); the xcb group is needed to show a window under X11.
QT_DEBIAN_PACKAGES = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libglib2.0-0",
    "libdbus-1-3",
    "libfreetype6",
]
QT_XCB_PACKAGES = [
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-image0",
    "libx11-xcb1",
    "libxrender1",
    "libxi6",
]


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def run(cmd: list[str | Path], **kwargs: object) -> int:
    return subprocess.call([str(c) for c in cmd], **kwargs)  # type: ignore[call-overload]


def ensure_venv() -> None:
    if not PY.exists():
        create_venv()
    # A venv without pip (no ensurepip, or an earlier bootstrap cut short) gets pip from PyPI.
    if run([PY, "-m", "pip", "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL):
        bootstrap_pip()


def create_venv() -> None:
    say(f"creating the virtual environment in {VENV}")
    # Debian's venv prints a hint and calls sys.exit(1) (SystemExit) when ensurepip is missing, so
    # look for ensurepip first and only ask venv for pip when the interpreter can provide it.
    if importlib.util.find_spec("ensurepip") is not None:
        try:
            venv.EnvBuilder(with_pip=True, upgrade_deps=False).create(VENV)
            return
        except (subprocess.CalledProcessError, OSError, SystemExit) as exc:
            say(f"ensurepip failed ({exc.__class__.__name__})")
            shutil.rmtree(VENV, ignore_errors=True)
    say("creating the virtual environment without pip; pip comes from PyPI")
    venv.EnvBuilder(with_pip=False).create(VENV)


def bootstrap_pip() -> None:
    """Install pip into a pip-less venv from PyPI's own wheel (no get-pip script needed)."""
    say("installing pip from PyPI")
    index = "https://pypi.org/pypi/pip/json"
    with urllib.request.urlopen(index, timeout=60) as r:
        meta = json.load(r)
    wheel = next(u for u in meta["urls"] if u["filename"].endswith(".whl"))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / wheel["filename"]
        # The file URL may be relative to the JSON page (mirrors and proxies rewrite it so).
        url = urllib.parse.urljoin(index, wheel["url"])
        with urllib.request.urlopen(url, timeout=300) as r:
            data = r.read()
        if hashlib.sha256(data).hexdigest() != wheel["digests"]["sha256"]:
            sys.exit("[dev] the pip wheel from PyPI failed its checksum; try again")
        target.write_bytes(data)
        if run([PY, str(target / "pip"), "install", "--quiet", str(target)]):
            sys.exit("[dev] could not install pip into the virtual environment")


def ensure_installed(extras: str) -> None:
    pyproject = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    wanted = f"{pyproject} {extras}".strip()
    have = STAMP.read_text().strip() if STAMP.exists() else ""
    # The test extras include everything the app needs, so a test install serves ``run`` too.
    if have == wanted or (not extras and have.split(" ")[0] == pyproject):
        return
    spec = f"{ROOT}[{extras}]" if extras else str(ROOT)
    say(f"installing Parallax Reader and its dependencies ({extras or 'app'})")
    cmd = [PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", spec]
    if run(cmd):
        sys.exit("[dev] pip could not install the project; see the messages above")
    STAMP.write_text(wanted)


def qt_imports(platform: str) -> bool:
    probe = "from PySide6.QtWidgets import QApplication; QApplication([])"
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    return run([PY, "-c", probe], env=env, **quiet) == 0


def ensure_qt_libraries(*, window: bool) -> None:
    """Install Qt's system libraries with apt-get when they are missing and we may."""
    if not sys.platform.startswith("linux"):
        return
    platform = "xcb" if window else "offscreen"
    if qt_imports("offscreen") and (not window or qt_imports(platform)):
        return
    packages = QT_DEBIAN_PACKAGES + (QT_XCB_PACKAGES if window else [])
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        say("Qt's system libraries seem to be missing; install them with:")
        say("  sudo apt-get install -y " + " ".join(packages))
        return
    say("installing Qt's system libraries with apt-get")
    quiet = {"stdout": subprocess.DEVNULL}
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env, **quiet)
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=env, **quiet)


def cmd_run(args: list[str]) -> int:
    ensure_venv()
    ensure_installed("")
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    window = sys.platform != "linux" or has_display
    ensure_qt_libraries(window=window)
    reader = BIN / ("reader.exe" if os.name == "nt" else "reader")
    if not window and not args:
        out = ROOT / "out" / "demo.png"
        out.parent.mkdir(exist_ok=True)
        say("no display found: saving a picture of the demo event instead, to " + str(out))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        return run([reader, "--demo", "--screenshot", out], env=env)
    say("opening Parallax Reader on the demo event")
    return run([reader, *(args or ["--demo"])])


def cmd_test(args: list[str]) -> int:
    ensure_venv()
    ensure_installed("test")
    ensure_qt_libraries(window=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    say("running the test suite (headless)")
    return run([PY, "-m", "pytest", *args], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    commands = {"run": cmd_run, "test": cmd_test}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
