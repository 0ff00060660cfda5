"""Parallax Reader: line up news articles about one event and show the framing each outlet adds."""

import os

__version__ = "0.1.0"
APP_NAME = "Parallax Reader"

# Set before anything imports numpy, which reads it once. The engine's matrix products are small
# (a comparison's claims by 256 dimensions); OpenBLAS still hands each one to a second thread that
# then spins waiting for the next, which cost a fifth of the CPU of comparing 50 parsed events, and
# gave no wall time back. One thread computes the same bytes. A value the user sets is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
