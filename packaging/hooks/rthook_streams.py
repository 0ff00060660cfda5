"""Runtime hook: give the windowed Windows executable real (if silent) stdout and stderr.

PyInstaller's windowed bootloader leaves ``sys.stdout``/``sys.stderr`` as None. ``print`` copes, but
libraries that call ``sys.stdout.isatty()`` or ``.write`` directly (progress bars, spaCy's printer,
logging fallbacks) would raise AttributeError and take the app down. The console ``reader`` keeps
its real streams; this only fills the gaps.
"""

import os
import sys
from pathlib import Path

# Opened for the life of the app, never closed: hence no ``with``.
if sys.stdout is None:
    sys.stdout = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115
if sys.stderr is None:
    sys.stderr = Path(os.devnull).open("w", encoding="utf-8")  # noqa: SIM115
