"""The script PyInstaller freezes: the same ``reader.cli.main`` the ``reader`` console script runs.

``main`` calls ``multiprocessing.freeze_support()`` first, so worker processes started by the frozen
app run the worker code instead of a second copy of the app.
"""

from reader.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
