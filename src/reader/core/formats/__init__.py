"""Readers for each input format, used by :mod:`reader.core.ingest`.

Each module turns the bytes of one format into an :class:`~reader.core.formats.base.Extracted`
(clean text plus whatever metadata the format carries) or raises
:class:`~reader.core.errors.ReaderInputError`. They never touch the file system themselves: ingest
reads the file once, with a size cap, and hands the bytes over, so every cap lives in one place.
"""
