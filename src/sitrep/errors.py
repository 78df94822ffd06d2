"""Errors a user can act on. Each renders as one line: what input, what went wrong."""
from __future__ import annotations


class SitrepError(Exception):
    """Base of sitrep's own errors; the CLI prints them without a traceback."""


class InputError(SitrepError):
    """An input (file, folder, record) that cannot be read as an article."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class StoreError(SitrepError):
    """The database cannot be opened or written."""
