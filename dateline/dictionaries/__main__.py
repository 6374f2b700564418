"""``python -m dateline.dictionaries SHARED_DATA_DIR``: rebuild the converted dictionaries."""

import sys
from pathlib import Path

import yaml

from . import cameo, phoenix

DATA = Path(__file__).resolve().parents[1] / "understand" / "data"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m dateline.dictionaries SHARED_DATA_DIR (the folder with petrarch2/ and "
              "cameo_to_plover.json)", file=sys.stderr)
        return 2
    shared = Path(argv[0])
    counts = cameo.build(shared, DATA / "cameo_verbs.json")
    print("cameo_verbs.json:", ", ".join(f"{v} {k}" for k, v in counts.items()))
    curated = yaml.safe_load((DATA / "actors.yaml").read_text(encoding="utf-8"))["organizations"]
    counts = phoenix.build(shared, curated, DATA / "phoenix_actors.json")
    print("phoenix_actors.json:", ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
