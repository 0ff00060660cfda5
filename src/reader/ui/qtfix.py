"""A guard against a reference-counting bug in the Qt bindings.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a C++ method that
returns nothing (``widget.setMinimumWidth(10)``, ``fmt.setFontWeight(700)``...). On Python 3.12 and
later ``None`` is immortal and nothing happens; on 3.11 its count falls with every such call until
Python aborts with "Fatal Python error: none_dealloc" after some tens of thousands of calls, that is
within minutes of using the app. 6.11.2 does not have the bug.

``apply()`` measures the bug on a throw-away QPoint and, only when it is present, gives ``None`` a
very large number of extra references, so the count cannot reach zero in any realistic session
(2**40 calls). It does nothing on a fixed binding or a newer Python. The real fix is a binding
without
the bug (PySide6-Essentials != 6.12.0); this keeps the app alive until then.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40
_applied = False


def none_refcount_leak() -> int:
    """How many references to None ten void calls drop (0 on a sound binding)."""
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(10):
        point.setX(1)
    return before - sys.getrefcount(None)


def apply() -> bool:
    """Protect ``None`` when the binding in use has the bug; True when the guard was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if none_refcount_leak() <= 0:
        return False
    # Py_ssize_t ob_refcnt is the first field of every object on CPython 3.11.
    refcnt = ctypes.c_ssize_t.from_address(id(None))
    refcnt.value += _EXTRA_REFERENCES
    _applied = True
    return True
