"""The app's named errors. Every one carries a Vietnamese message fit to show."""

from db.errors import (  # noqa: F401  (re-exported: the UI and CLI catch these)
    DatabaseLocationError,
    NewerDatabase,
    NotADatabase,
    ReadOnlyRecord,
    RecordNotFound,
    StorageError,
    UserError,
)


class ValidationError(UserError):
    """Input that breaks a rule of the domain (empty name, bad number, …)."""


class ImportFileError(UserError):
    """A file to import cannot be read at all (wrong type, encoding, columns)."""


class ResourceError(UserError):
    """A file shipped with the application is missing or damaged."""


class Cancelled(UserError):
    def __init__(self, message: str = "Đã hủy thao tác; dữ liệu giữ nguyên như trước."):
        super().__init__(message)
