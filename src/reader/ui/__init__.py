"""The PySide6 desktop app: widgets, item models and workers. No analysis logic lives here."""
