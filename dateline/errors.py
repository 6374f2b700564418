"""dateline's exceptions. The CLI and the web layer turn them into exit codes and HTTP errors."""


class DatelineError(Exception):
    """Base class for every error dateline raises on purpose."""


class InputError(DatelineError):
    """An input file or record cannot be read as an article; the message says which and why."""

    def __init__(self, locator: str, reason: str, line: int | None = None):
        self.locator = locator
        self.reason = reason
        self.line = line
        where = f"{locator}:{line}" if line is not None else locator
        super().__init__(f"{where}: {reason}")


class StoreError(DatelineError):
    """The store cannot be opened or migrated."""


class NotFound(DatelineError):
    """A requested article (or other record) does not exist."""
