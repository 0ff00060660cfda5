"""The window's typographic rule, which is core's (:mod:`reader.core.typography`).

The HTML report needs the same rule without Qt, so it lives in core; the window's modules import it
from here, as they did before it moved.
"""

from __future__ import annotations

from reader.core.typography import curly

__all__ = ["curly"]
