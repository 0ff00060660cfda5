"""The local library: articles, events, cached comparisons and annotations in SQLite.

This package is the only place SQL lives.
"""
