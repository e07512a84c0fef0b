"""Errors with messages fit to show a user (Vietnamese), caught at the UI and CLI edge."""


class UserError(Exception):
    """Base of every error the app shows as a message instead of a traceback."""

    def __init__(self, message: str, *, detail: str = ""):
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class StorageError(UserError):
    pass


class NotADatabase(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


class DatabaseLocationError(StorageError):
    pass


class RecordNotFound(StorageError):
    pass


class ReadOnlyRecord(StorageError):
    pass
