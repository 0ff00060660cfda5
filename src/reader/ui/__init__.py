"""The PySide6 desktop app: widgets, item models and workers. No analysis logic lives here.

Importing the package first guards against a reference-counting bug of PySide6 6.12.0 on Python 3.11
that would otherwise crash the app after a few minutes (see :mod:`reader.ui.qtfix`).
"""

from reader.ui import qtfix

qtfix.apply()
