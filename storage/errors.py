"""Errors of the storage stage.

    StorageError
    └── DatabaseLocked    another process holds the DuckDB file for writing
"""

from __future__ import annotations


class StorageError(Exception):
    pass


class DatabaseLocked(StorageError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"database {path} is locked by another process: {detail}")
        self.path = path
