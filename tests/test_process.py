"""Processing stored articles: worker processes change nothing, and the rules version follows the code."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import dateline
from dateline.understand import process as process_module
from dateline.understand.process import pipeline_version, rules_version

TABLES = ("entities", "timexes", "quotes", "events")

# Short articles written for these tests, from several conflicts, with datelines, quotes and events.
RECORDS = [
    {"id": "ukr-1", "source": "Test Wire", "published": "2024-03-14T09:30:00Z", "title": "Drones hit Kharkiv",
     "text": "KYIV, March 14 (Test Wire) - Russia attacked Kharkiv with 25 drones on Monday and struck Lviv on "
             "Tuesday, Ukraine's air force said. \"We shot down 20 of them,\" the air force said in a statement. "
             "Russia's defence ministry said its forces had struck military facilities."},
    {"id": "isr-1", "source": "Test Post", "published": "2024-05-07",
     "text": "The Israeli military said on Monday that it had ordered residents of eastern Rafah to leave. "
             "\"This is a limited operation,\" an IDF spokesman said. Hamas said it had accepted a ceasefire "
             "proposal from Egypt and Qatar."},
    {"id": "kor-1", "source": "Test Wire", "published": "2023-11-09",
     "text": "SEOUL, Nov 9 (Test Wire) - North Korea fired a ballistic missile toward Japan on Thursday, "
             "South Korea's military said. \"We strongly condemn this launch,\" Japan's chief cabinet secretary "
             "told reporters in Tokyo. Seoul and Washington began their annual Freedom Shield exercise last March."},
    {"id": "ind-1", "source": "Delhi Desk", "published": "2024-02-14",
     "text": "Police fired tear gas at farmers marching toward New Delhi on Tuesday, officials said. India's "
             "agriculture minister said the government was ready for talks with the farmers' unions."},
    {"id": "chn-1", "source": "Test Post", "published": "2024-03-24",
     "text": "Chinese coast guard ships fired water cannon at a Philippine supply vessel on Saturday, Manila said. "
             "China's foreign ministry said the Philippines had violated its sovereignty."},
]


def _analysis(db: str, n_process: int) -> dict[str, list[dict]]:
    """Every analysis row (without its row id) after ingesting RECORDS and processing them."""
    with dateline.open(db, n_process=n_process, nlp_batch_size=2) as dl:
        dl.ingest_records(RECORDS, understand=False)
        assert dl.process() == len(RECORDS)
        return {t: [{k: v for k, v in row.items() if k != "id"} for row in dl.store.rows(t)] for t in TABLES}


def test_worker_processes_give_the_same_analysis_as_one_process(tmp_path):
    one = _analysis(str(tmp_path / "one.db"), n_process=1)
    two = _analysis(str(tmp_path / "two.db"), n_process=2)
    assert all(one[t] for t in TABLES)  # something of each kind was found
    assert two == one


def test_the_anchor_reaches_the_rules_with_worker_processes(tmp_path):
    # "on Monday" in the Kharkiv story counts back from its dateline date, March 14, 2024.
    rows = _analysis(str(tmp_path / "two.db"), n_process=2)
    assert {"text": "Monday", "value": "2024-03-11"} in [{k: t[k] for k in ("text", "value")} for t in rows["timexes"]]


def _copy_of_the_package(tmp_path: Path) -> Path:
    copy = tmp_path / "understand"
    shutil.copytree(Path(process_module.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_rules_version_is_a_short_hash_of_the_package_files(tmp_path):
    assert re.fullmatch(r"[0-9a-f]{12}", rules_version())
    assert rules_version(_copy_of_the_package(tmp_path)) == rules_version()


@pytest.mark.parametrize("path", ["data/actors.yaml", "timex.py", "actors.py"])
def test_editing_a_rule_or_the_actor_data_changes_the_rules_version(tmp_path, path):
    copy = _copy_of_the_package(tmp_path)
    before = rules_version(copy)
    with (copy / path).open("a", encoding="utf-8") as f:
        f.write("\n# edited\n")
    assert rules_version(copy) != before


def test_documentation_does_not_change_the_rules_version(tmp_path):
    copy = _copy_of_the_package(tmp_path)
    (copy / "data" / "README.md").write_text("rewritten", encoding="utf-8")
    assert rules_version(copy) == rules_version()


def test_articles_of_an_older_rules_version_are_processed_again(tmp_path, monkeypatch):
    with dateline.open(str(tmp_path / "s.db")) as dl:
        dl.ingest_records(RECORDS[:2], understand=False)
        assert dl.process() == 2
        assert dl.process() == 0  # nothing changed
        monkeypatch.setattr(process_module, "rules_version", lambda: "0123456789ab")
        assert pipeline_version(dl.settings, []).startswith("0123456789ab:")
        assert dl.process() == 2  # a rule changed: both again


def test_the_model_gets_worker_processes_only_for_a_batch_worth_them(monkeypatch):
    from dateline.understand import process as process_module

    monkeypatch.setattr(process_module.os, "cpu_count", lambda: 2)
    assert process_module.worker_processes(10) == 1
    assert process_module.worker_processes(500) == 2
    monkeypatch.setattr(process_module.os, "cpu_count", lambda: 16)
    assert process_module.worker_processes(500) == process_module.MAX_WORKERS
    monkeypatch.setattr(process_module.os, "cpu_count", lambda: 1)
    assert process_module.worker_processes(500) == 1
