"""The one exception type that crosses the boundary to users.

Everything a user can do wrong (a missing file, a picture named .html, a PDF without text, a bad
line in a batch file) raises :class:`ReaderInputError` with a message that fits on one line and
says what to do. The command line prints it and exits with code 2; the app shows it in a dialog.
Any other exception is a bug in Parallax Reader.
"""

from __future__ import annotations


class ReaderError(Exception):
    """Base class of every error Parallax Reader raises on purpose."""

    def __init__(self, message: str) -> None:
        # One line, always: a message is shown in a status bar, a dialog and on stderr.
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class ReaderInputError(ReaderError):
    """The input cannot be read as an article (or a batch line, or a library file)."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


class LibraryError(ReaderError):
    """The library database cannot be opened, migrated or written."""
