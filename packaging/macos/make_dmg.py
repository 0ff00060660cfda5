"""Sign the .app, wrap it in a dmg, notarise and staple: each step runs only when its secrets exist.

``python packaging/macos/make_dmg.py "dist/Parallax Reader.app" dist/Parallax-Reader-<v>.dmg``

Environment (set by CI from repository secrets; all optional):
- ``MACOS_SIGN_IDENTITY``: "Developer ID Application: ..." already in the keychain (the workflow
  imports the .p12). Without it the app keeps PyInstaller's ad-hoc signature and users must
  right-click > Open the first time.
- ``MACOS_NOTARY_APPLE_ID``, ``MACOS_NOTARY_PASSWORD`` (app-specific), ``MACOS_NOTARY_TEAM_ID``:
  notarisation with ``notarytool``, then ``stapler`` so the dmg opens offline without a warning.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENTITLEMENTS = HERE / "entitlements.plist"
NOTARY_VARS = ("MACOS_NOTARY_APPLE_ID", "MACOS_NOTARY_PASSWORD", "MACOS_NOTARY_TEAM_ID")


def run(cmd: list[str]) -> None:
    print("[dmg] " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


def sign_app(app: Path, identity: str) -> None:
    """Re-sign the bundle's outer layer, hardened runtime on (PyInstaller signed the inside)."""
    run(
        [
            "codesign",
            "--force",
            "--timestamp",
            "--options",
            "runtime",
            "--entitlements",
            str(ENTITLEMENTS),
            "--sign",
            identity,
            str(app),
        ]
    )
    run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)])


def build_dmg(app: Path, dmg: Path) -> None:
    dmg.unlink(missing_ok=True)
    run(
        [
            sys.executable,
            "-m",
            "dmgbuild",
            "-s",
            str(HERE / "dmg_settings.py"),
            "-D",
            f"app={app}",
            "Parallax Reader",
            str(dmg),
        ]
    )


def notarise(dmg: Path) -> None:
    apple_id, password, team = (os.environ[v] for v in NOTARY_VARS)
    run(
        [
            "xcrun",
            "notarytool",
            "submit",
            str(dmg),
            "--apple-id",
            apple_id,
            "--password",
            password,
            "--team-id",
            team,
            "--wait",
        ]
    )
    run(["xcrun", "stapler", "staple", str(dmg)])
    run(["xcrun", "stapler", "validate", str(dmg)])


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make_dmg.py APP DMG", file=sys.stderr)
        return 2
    app, dmg = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    identity = os.environ.get("MACOS_SIGN_IDENTITY", "")
    if identity:
        sign_app(app, identity)
    else:
        print("[dmg] MACOS_SIGN_IDENTITY not set: skipping codesign (ad-hoc signed build)")
    build_dmg(app, dmg)
    if identity:
        run(["codesign", "--force", "--timestamp", "--sign", identity, str(dmg)])
    if identity and all(os.environ.get(v) for v in NOTARY_VARS):
        notarise(dmg)
    else:
        print("[dmg] notarisation secrets not set: skipping notarytool and stapler")
    print(f"[dmg] wrote {dmg}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
