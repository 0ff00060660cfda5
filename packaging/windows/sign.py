"""Authenticode-sign the executables in a folder with signtool, when CI provides a certificate.

``python packaging/windows/sign.py dist\\reader`` (the two app executables) and, after Inno Setup,
``python packaging/windows/sign.py dist`` (the setup program). Only the ``.exe`` files directly in
the folder are signed: ours. Third-party DLLs keep whatever signature their vendors gave them.

Environment (repository secrets in CI; the step is skipped, successfully, when they are absent so
forks and local builds still work):
- ``WINDOWS_CERT_PFX_BASE64``: the code-signing certificate (.pfx), base64-encoded.
- ``WINDOWS_CERT_PASSWORD``: its password.
- ``WINDOWS_TIMESTAMP_URL``: RFC 3161 timestamp server (default DigiCert's).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_TIMESTAMP_URL = "http://timestamp.digicert.com"


def find_signtool() -> str | None:
    """signtool.exe on PATH, else the newest one in the Windows 10/11 SDK."""
    found = shutil.which("signtool")
    if found:
        return found
    base = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    candidates = sorted((base / "Windows Kits" / "10" / "bin").glob("*/x64/signtool.exe"))
    return str(candidates[-1]) if candidates else None


def targets(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.exe") if p.is_file())


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: sign.py FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    pfx_b64 = os.environ.get("WINDOWS_CERT_PFX_BASE64", "")
    password = os.environ.get("WINDOWS_CERT_PASSWORD", "")
    files = targets(folder)
    if not pfx_b64:
        print(f"[sign] WINDOWS_CERT_PFX_BASE64 not set: skipping signing of {len(files)} file(s)")
        return 0
    signtool = find_signtool()
    if signtool is None:
        print("[sign] signtool.exe not found (install the Windows SDK)", file=sys.stderr)
        return 1
    if not files:
        print(f"[sign] no .exe files in {folder}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        pfx = Path(tmp) / "cert.pfx"
        pfx.write_bytes(base64.b64decode(pfx_b64))
        cmd = [
            signtool,
            "sign",
            "/fd",
            "SHA256",
            "/td",
            "SHA256",
            "/tr",
            os.environ.get("WINDOWS_TIMESTAMP_URL", DEFAULT_TIMESTAMP_URL),
            "/f",
            str(pfx),
            "/p",
            password,
            "/d",
            "Parallax Reader",
            *[str(f) for f in files],
        ]
        result = subprocess.run(cmd, check=False)
    if result.returncode != 0:
        print("[sign] signtool failed", file=sys.stderr)
        return result.returncode
    subprocess.run([signtool, "verify", "/pa", *[str(f) for f in files]], check=True)
    print(f"[sign] signed {len(files)} file(s) in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
