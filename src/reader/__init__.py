"""Parallax Reader: line up news articles about one event and show the framing each outlet adds."""

__version__ = "0.1.0"
APP_NAME = "Parallax Reader"
