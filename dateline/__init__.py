"""dateline: a deduplicated, sourced timeline of who did what to whom, from raw news articles."""

import logging

from .api import Dateline, open
from .errors import DatelineError, InputError, NotFound
from .settings import Settings

__all__ = ["Dateline", "DatelineError", "InputError", "NotFound", "Settings", "open"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
