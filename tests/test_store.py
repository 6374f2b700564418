"""The store on both backends: migrations, transactions, listing and full-text search."""

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import dateline
from dateline.errors import NotFound
from dateline.store import Store
from dateline.store.migrate import current_revision, head_revision
from dateline.store.schema import metadata



def test_migrations_build_exactly_the_schema_the_code_describes(db_url):
    store = Store(db_url)
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    # The full-text index (FTS5 table, or tsvector column) is backend-specific and not in metadata.
    diffs = [d for d in diffs if "fts" not in str(d) and "search" not in str(d)]
    if store.dialect == "sqlite":
        diffs = _without_inline_reference_options(store, diffs)
    assert diffs == []
    store.close()


def _fk_key(fk):
    return fk.table.name, tuple(c.name for c in fk.columns), fk.referred_table.name


def _without_inline_reference_options(store, diffs):
    """Drop the FK diffs that only come from SQLAlchemy not reading ON DELETE in an inline
    ``ADD COLUMN ... REFERENCES`` clause, after checking SQLite's own record of the action."""
    added = {_fk_key(d[1]): d[1] for d in diffs if d[0] == "add_fk"}
    removed = {_fk_key(d[1]) for d in diffs if d[0] == "remove_fk"}
    same = set(added) & removed
    with store.engine.connect() as conn:
        for table, columns, target in same:
            actions = {(r[3], r[2]): r[6] for r in conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})")}
            assert actions[(columns[0], target)] == added[(table, columns, target)].ondelete
    return [d for d in diffs if not (d[0] in ("add_fk", "remove_fk") and _fk_key(d[1]) in same)]


def test_opening_twice_does_not_migrate_again(db_url, monkeypatch):
    Store(db_url).close()
    from alembic import command

    def refuse(*args, **kwargs):
        raise AssertionError("migrated an up-to-date database")

    monkeypatch.setattr(command, "upgrade", refuse)
    store = Store(db_url)
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_a_failed_write_leaves_nothing_behind(db_url):
    store = Store(db_url)
    with pytest.raises(RuntimeError):
        with store.write() as w:
            w.source_id("text", "/tmp/a.txt")
            raise RuntimeError("crash inside the transaction")
    assert store.source_state("/tmp/a.txt") is None
    store.close()


def test_missing_article_raises_not_found(app):
    with pytest.raises(NotFound):
        app.article(12345)


@pytest.fixture
def seeded(app, seeds):
    app.ingest([seeds])
    return app


def test_search_finds_words_and_phrases_best_first(seeded):
    hits = seeded.search("cruise missiles")
    assert hits and "004_" in hits[0]["source"]
    assert "[" in hits[0]["snippet"]
    assert {h["id"] for h in seeded.search('"missile industry day"')} == \
        {a["id"] for a in seeded.articles() if "003_" in a["source"]}


@pytest.mark.parametrize("query, finds", [
    ("NEAR(a b)", False), ("missile AND", True), ('"unbalanced', False), ("Blinken*", True), ("-", False),
    ("'; DROP TABLE articles; --", False)])
def test_search_treats_query_syntax_as_plain_text(seeded, query, finds):
    hits = seeded.search(query)  # no error from the FTS parser
    assert bool(hits) is finds
    assert seeded.store.count_articles() == 5


def test_articles_filter_by_story_date_and_source(seeded):
    in_2023 = seeded.articles(since=dt.date(2023, 1, 1), until=dt.date(2023, 12, 31))
    assert sorted(a["source"].rsplit("/", 1)[1][:3] for a in in_2023) == ["002", "003"]
    assert [a["source"][-24:] for a in seeded.articles(source="004_")] == ["004_ba1d15ce868f8d12.txt"]
    assert seeded.articles(source="_ba1") and not seeded.articles(source="4_b%1")  # % and _ are literal
    dates = [a["dateline_date"] or a["published"] for a in seeded.articles()]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True) and dates[-1] is None  # undated last


def test_article_keeps_raw_bytes_and_maps_clean_offsets_to_raw(seeded, seeds):
    art = next(a for a in seeded.articles() if "003_" in a["source"])
    full = seeded.article(art["id"])
    raw = (seeds / "003_a09e67e0ad58dc21.txt").read_bytes()
    assert full["raw"] == raw
    from dateline.clean.offsets import OffsetMap

    offsets = OffsetMap.from_json(full["offsets"])
    phrase = "shared “deep” concerns"
    start = full["text"].index(phrase)
    s, e = offsets.span_to_source(start, start + len(phrase))
    assert raw.decode("utf-8")[s:e] == phrase
    assert full["dateline"]["date"] == "2023-11-09" and full["title"].startswith("Antony Blinken")


def test_open_uses_dateline_db_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "env.db"))
    with dateline.open() as dl:
        assert dl.settings.db == str(tmp_path / "env.db")
    assert (tmp_path / "env.db").exists()
