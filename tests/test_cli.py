"""The command line, in-process: each command's output and its effect on the database."""

import csv
import json

import pytest
from typer.testing import CliRunner

from dateline.serve.cli import app

runner = CliRunner()


def run(db, *args):
    result = runner.invoke(app, ["--db", db, *args], catch_exceptions=False)
    return result


@pytest.fixture
def seeded_db(db_url, seeds):
    result = run(db_url, "ingest", str(seeds))
    assert result.exit_code == 0, result.output
    return db_url


def test_ingest_prints_a_summary(db_url, seeds):
    result = run(db_url, "ingest", str(seeds))
    assert result.exit_code == 0
    assert "new" in result.output and "│   5 │" in result.output
    again = run(db_url, "ingest", str(seeds))
    assert "│   0 │       0 │         5 │" in again.output


def test_ingest_reports_failures_by_file_and_keeps_going(db_url, tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"text": "North Korea fired a missile on Sunday."}\n{broken\n')
    result = run(db_url, "ingest", str(tmp_path))
    assert result.exit_code == 0
    assert "bad.jsonl:2" in result.output and "invalid JSON" in result.output
    errors = run(db_url, "errors")
    assert "bad.jsonl" in errors.output and "invalid JSON" in errors.output


def test_articles_lists_and_filters(seeded_db):
    result = run(seeded_db, "articles", "--since", "2023-01-01")
    assert "Articles (2 of 5)" in result.output
    assert "Seoul" in result.output
    bad = run(seeded_db, "articles", "--since", "yesterday")
    assert bad.exit_code == 1 and "--since must be a date" in bad.output


WIRE_1987 = """GULF CURRENCIES STEADY AS IRAQI ATTACK REPELLED
    BAHRAIN, March 3 (Gulf Wire) - Iran said its forces repelled a heavy
Iraqi attack east of Basra overnight, and banking analysts said
that with the immediate threat of the offensive receding, Gulf
currencies had steadied in early trade.
    Dealers said turnover so far in 1987 was running well below
last year's level, when the war had kept banks in the region
cautious for months at a time.
 Reuter
"""


def test_wire_copy_without_a_publication_date_is_dated_by_its_text(db_url, tmp_path):
    (tmp_path / "wire.txt").write_text(WIRE_1987)
    assert run(db_url, "ingest", str(tmp_path)).exit_code == 0
    listed = run(db_url, "articles")
    assert "1987-03-03" in listed.output and "Gulf Wire" in listed.output and "wire.txt" not in listed.output
    shown = run(db_url, "show", "1", "--removed")
    flat = " ".join(shown.output.replace("│", " ").split())  # the panel wraps long lines
    assert "Bahrain, 1987-03-03 (text-year 'so far in 1987', low)" in flat
    assert "Iraqi attack east of Basra overnight, and banking analysts said that with" in flat
    assert "end-mark" in shown.output


def test_show_prints_metadata_and_text(seeded_db):
    result = run(seeded_db, "show", "4", "--removed")
    assert "Soo-hyang Choi" in result.output and "copyright-year" in result.output
    assert "shared “deep” concerns" in result.output
    assert "Source link -87" in result.output  # listed under Removed
    raw = run(seeded_db, "show", "4", "--raw")
    assert raw.output.startswith("Antony Blinken ‘very concerned’")
    missing = run(seeded_db, "show", "999")
    assert missing.exit_code == 1 and "no article with id 999" in missing.output


def test_search(seeded_db):
    result = run(seeded_db, "search", "hypersonic")
    assert "Search: hypersonic (1)" in result.output and "DPRK" in result.output


def test_export_jsonl_is_what_the_seed_scorer_reads(seeded_db, tmp_path):
    result = run(seeded_db, "export", str(tmp_path / "out"))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert len(rows) == 5
    row = next(r for r in rows if "003_" in r["source"])
    assert row["dateline"]["date"] == "2023-11-09" and row["dateline"]["place"] == "Seoul"
    assert {"id", "source", "title", "published", "text", "story_id", "duplicate_of"} <= row.keys()
    for table in ("events", "quotes", "entities", "timexes", "timeline"):
        assert (tmp_path / "out" / f"{table}.jsonl").exists()
    event = json.loads((tmp_path / "out" / "events.jsonl").read_text().splitlines()[0])
    assert {"id", "article_id", "type", "source_actors", "target_actors", "date", "sentence", "attributes"} <= event.keys()


def test_export_csv_and_parquet(seeded_db, tmp_path):
    assert run(seeded_db, "export", str(tmp_path / "c"), "--format", "csv").exit_code == 0
    with (tmp_path / "c" / "articles.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 5 and json.loads(next(r for r in rows if "003_" in r["source"])["byline"]) == \
        ["Soo-hyang Choi", "Ju-min Park"]
    assert run(seeded_db, "export", str(tmp_path / "p"), "--format", "parquet").exit_code == 0
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "p" / "articles.parquet")
    assert table.num_rows == 5 and "text" in table.column_names
    events = pq.read_table(tmp_path / "p" / "events.parquet").to_pylist()
    assert events and {e["type"] for e in events} >= {"MOBILIZE", "ACCUSE"}
    timeline = pq.read_table(tmp_path / "p" / "timeline.parquet").to_pylist()
    assert timeline and all(r["date"] and json.loads(r["article_ids"]) for r in timeline)
    bad = run(seeded_db, "export", str(tmp_path / "x"), "--format", "xml")
    assert bad.exit_code == 1 and "unknown export format" in bad.output


def test_unreachable_database_is_a_clear_error(tmp_path):
    result = run("postgresql://nobody@127.0.0.1:1/none", "articles")
    assert result.exit_code == 1 and "cannot open database" in result.output


def test_actors_lists_people_with_their_dated_roles_and_groups_with_their_role(db_url):
    people = run(db_url, "actors", "list", "--kind", "person", "--match", "Reagan")
    assert people.exit_code == 0
    assert "Ronald Reagan" in people.output and "1981-01-20" in people.output and "government" in people.output
    shown = run(db_url, "actors", "show", "Ronald Reagan")
    assert shown.exit_code == 0 and "1989-01-20" in shown.output
    groups = run(db_url, "actors", "list", "--match", "Shining Path")
    assert "SHINING_PATH" in groups.output and "PER" in groups.output and "rebel" in groups.output
    missing = run(db_url, "actors", "show", "Nobody Atall")
    assert missing.exit_code != 0 and "no actor" in missing.output
