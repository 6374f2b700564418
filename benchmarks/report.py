"""Print a benchmark's figures one per line, and save them as JSON when asked."""

from __future__ import annotations

import json
from pathlib import Path


def report(figures: dict, json_path: Path | None) -> None:
    for key, value in figures.items():
        print(f"{key}: {value}")
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(figures, indent=2))
