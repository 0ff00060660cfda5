"""Headless subcommands of the ``reader`` command line, one module per group."""
