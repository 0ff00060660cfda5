"""The analysis engine: pure Python, no Qt.

ingest (files to :class:`~reader.core.model.Article`), nlp (lazy spaCy), claims, align, diff,
framing, entities, compare (to :class:`~reader.core.model.Comparison`) and export.
"""
