"""Ingest on both backends: idempotence, updates, and every kind of bad input."""

import json

import pytest

from dateline.settings import Settings

from .conftest import DEMO


def test_reingesting_the_same_input_changes_nothing(app, seeds):
    first = app.ingest([seeds])
    assert (first.new, first.failed) == (5, 0)
    before = [app.article(a["id"]) for a in app.articles()]
    second = app.ingest([seeds])
    assert (second.new, second.updated, second.unchanged) == (0, 0, 5)
    assert [app.article(a["id"]) for a in app.articles()] == before


def test_touched_but_identical_file_is_recognised_by_its_hash(app, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-01-02 North Korea fired a missile on Sunday, the military said.\n")
    app.ingest([path])
    path.write_text(" date 2023-01-02 North Korea fired a missile on Sunday, the military said.\n")  # new mtime
    report = app.ingest([path])
    assert (report.new, report.updated, report.unchanged) == (0, 0, 1)


def test_edited_file_updates_its_article_in_place(app, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-01-02 North Korea fired a missile on Sunday, the military said.\n")
    app.ingest([path])
    path.write_text(" date 2023-01-02 North Korea fired two missiles on Sunday, the military said.\n")
    report = app.ingest([path])
    assert (report.new, report.updated) == (0, 1)
    [row] = app.articles()
    assert "two missiles" in app.article(row["id"])["text"]


def test_articles_cleaned_by_older_rules_are_cleaned_again_by_the_next_ingest(app, tmp_path, monkeypatch):
    import dateline.ingest.run as run

    path = tmp_path / "wire.txt"
    path.write_text("    BAHRAIN, March 3 - Iran said its forces repelled an Iraqi\n"
                    "attack east of Basra overnight, killing or wounding hundreds\n"
                    "of Iraqi troops, the official news agency said.\n"
                    "    Gulf shipping sources said tanker traffic was normal.\n"
                    " Reuter\n")
    monkeypatch.setattr(run, "cleaning_version", lambda: "older-rules")
    app.ingest([path])
    monkeypatch.undo()
    again = app.ingest([path])
    assert (again.new, again.updated, again.unchanged) == (0, 1, 0)
    # The next run finds the same rules and reads nothing.
    assert (app.ingest([path]).unchanged, app.ingest([path]).updated) == (1, 0)


def _error_for(app, name):
    return [e for e in app.errors() if e["locator"].endswith(name)]


def test_bad_inputs_are_logged_with_reasons_and_the_batch_goes_on(app, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(" date 2023-07-12 North Korea fired a solid-fuel ICBM on Wednesday, Seoul said.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("\n\n   \n")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\x00\x01\x02" * 200)
    (folder / "nothing.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (folder / "only_boilerplate.txt").write_text("Also read: North Korea fires missile\nSource link\n")
    report = app.ingest([folder, tmp_path / "missing.txt"])
    assert report.new == 1 and report.failed == 6
    reasons = {e["locator"].rsplit("/", 1)[1]: e["reason"] for e in app.errors()}
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["scan.txt"]
    assert "no main text" in reasons["nothing.html"]
    assert "boilerplate" in reasons["only_boilerplate.txt"]
    assert "cannot read" in reasons["missing.txt"]


def test_a_failing_input_is_logged_once_and_counted_on_each_run(app, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    app.ingest([tmp_path])
    (tmp_path / "empty.txt").write_bytes(b" ")  # still empty, new mtime
    app.ingest([tmp_path])
    [error] = app.errors()
    assert error["times"] == 2


def test_fixing_a_bad_input_resolves_its_error(app, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"")
    app.ingest([path])
    assert len(app.errors()) == 1
    path.write_text("North Korea fired a missile on Sunday, the military said.\n")
    report = app.ingest([path])
    assert report.new == 1 and app.errors() == []
    assert len(app.errors(include_resolved=True)) == 1


def test_file_over_the_size_limit_is_refused_without_reading_it(app, tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # a sparse 200 MB file: nothing is written to disk
    (tmp_path / "ok.txt").write_text("North Korea fired a missile on Sunday, the military said.\n")
    report = app.ingest([tmp_path])
    assert (report.new, report.failed) == (1, 1)
    assert "209.7 MB, over the 21 MB limit" in _error_for(app, "huge.txt")[0]["reason"]


def test_broken_json_line_is_named_and_the_other_lines_are_kept(app, tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for n in range(1, 6001):
            if n == 5731:
                f.write('{"text": "North Korea fired, "title": \n')
            elif n == 5800:
                f.write('["not", "an", "object"]\n')
            elif n == 5900:
                f.write('{"title": "no text here"}\n')
            else:
                f.write(json.dumps({"text": f"Report {n}: North Korea fired missile number {n} on Sunday, "
                                            "the military said.", "published": "2023-01-02"}) + "\n")
    report = app.ingest([path], understand=False)  # ingest alone: the parser is tested elsewhere
    assert (report.new, report.failed) == (5997, 3)
    errors = {e["line"]: e["reason"] for e in _error_for(app, "big.jsonl")}
    assert errors[5731].startswith("invalid JSON") and "column" in errors[5731]
    assert "JSON object" in errors[5800] and '"text"' in errors[5900]
    again = app.ingest([path], understand=False)
    assert (again.new, again.unchanged) == (0, 5997)


def test_overlong_jsonl_line_is_refused_alone(db_url, tmp_path):
    import dateline

    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": "x " * 5000}) + "\n" + json.dumps({"text": "North Korea fired a missile."}) + "\n")
    with dateline.open(db_url, max_record_bytes=1000) as dl:
        report = dl.ingest([path])
        assert (report.new, report.failed) == (1, 1)
        assert "longer than the 1,000-byte limit" in dl.errors()[0]["reason"]
        assert dl.errors()[0]["line"] == 1


def test_latin1_text_is_decoded_and_its_encoding_kept(app, tmp_path):
    path = tmp_path / "l1.txt"
    path.write_bytes(" date 2023-08-24 North Korea’s launch failed, the UN’s Stéphane Dujarric said.\n".encode("cp1252"))
    assert app.ingest([path]).new == 1
    art = app.article(app.articles()[0]["id"])
    assert "North Korea’s launch failed" in art["text"] and "Stéphane" in art["text"]
    assert art["raw"] == path.read_bytes() and art["raw_encoding"] != "utf-8"


def test_undecodable_bytes_are_refused_with_the_utf8_error(app, tmp_path):
    (tmp_path / "garbled.txt").write_bytes(b"North Korea fired " + bytes([0xFF, 0xFE, 0x81, 0x8D, 0x90, 0x9D]) * 40 + b" missiles.")
    (tmp_path / "fine.txt").write_text("North Korea fired a missile on Sunday, the military said.\n")
    report = app.ingest([tmp_path])
    assert (report.new, report.failed) == (1, 1)
    [error] = app.errors()
    assert error["reason"].startswith("not UTF-8 (invalid start byte at byte 18)")
    assert "no other text encoding could be detected" in error["reason"]


def test_a_record_of_unexpected_shape_is_logged_not_fatal(app, tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"text": "North Korea fired a missile on Sunday.", "author": 5}) + "\n"
                    + "[" * 100000 + "\n"
                    + json.dumps({"text": "Japan protested on Monday, officials said."}) + "\n")
    report = app.ingest([path])
    assert (report.new, report.failed) == (2, 1)
    assert "nested too deeply" in app.errors()[0]["reason"]


def test_records_gone_from_a_jsonl_file_are_removed_and_duplicates_refused(app, tmp_path):
    path = tmp_path / "w.jsonl"
    rows = [{"id": "a", "text": "North Korea fired a missile on Sunday."},
            {"id": "b", "text": "Japan protested on Monday, officials said."}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    app.ingest([path])
    path.write_text(json.dumps(rows[0]) + "\n" + json.dumps({**rows[0], "text": "A second record with id a."}) + "\n")
    report = app.ingest([path])
    assert report.removed == 0 and "duplicate record 'id:a' (first on line 1)" in app.errors()[0]["reason"]
    path.write_text(json.dumps(rows[0]) + "\n")
    report = app.ingest([path])
    assert report.removed == 1 and [a["record_key"] for a in app.store.iter_articles()] == ["id:a"]


def test_utf16_with_byte_order_mark_is_read(app, tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("North Korea fired a missile on Sunday, the military said.".encode("utf-16"))
    assert app.ingest([path]).new == 1
    assert app.article(app.articles()[0]["id"])["raw_encoding"] == "utf-16"


def test_utf8_with_one_stray_byte_is_kept_with_a_replacement(app, tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes(("North Korea fired a missile on Sunday, the military said. " * 10).encode() + b"Kim\x92s \xe2\x80")
    assert app.ingest([path]).new == 1
    art = app.article(app.articles()[0]["id"])
    assert art["raw_encoding"] in ("utf-8 (invalid bytes replaced)", "cp1252") and "North Korea fired" in art["text"]


def test_jsonl_fields_become_metadata(app, tmp_path):
    path = tmp_path / "w.jsonl"
    path.write_text(json.dumps({"text": "SEOUL, Nov 18 (Example) - North Korea fired an ICBM on Friday.",
                                "title": "N. Korea fires ICBM", "url": "https://example.com/a",
                                "published": "2022-11-18T06:40:00Z", "source": "Example Wire"}) + "\n")
    app.ingest([path])
    art = app.article(app.articles()[0]["id"])
    assert (art["title"], art["url"], art["outlet"]) == ("N. Korea fires ICBM", "https://example.com/a", "Example Wire")
    assert art["published"].isoformat() == "2022-11-18" and art["published_source"] == "record"
    assert art["dateline"]["date"] == "2022-11-18"


def test_the_outlet_is_the_records_source_else_the_agency_else_the_site(app, tmp_path):
    (tmp_path / "w.jsonl").write_text(json.dumps({"text": "SEOUL, Nov 18 (Yonhap) -- North Korea fired an ICBM.",
                                                  "source": "Example Wire"}) + "\n")
    (tmp_path / "w.txt").write_text("TOKYO, Nov 18 (Kyodo) -- Japan protested the launch on Friday.\n")
    (tmp_path / "portal.html").write_text(
        "<html><head><meta property='og:site_name' content='Big Portal'></head><body><article>"
        "<p>NAIROBI, Kenya (AP) — Kenya's parliament voted on Tuesday to impeach the deputy president, a first "
        "in the country's history, after a debate that lasted more than ten hours.</p></article></body></html>")
    app.ingest([tmp_path])
    outlets = {a["source"].rsplit("/", 1)[1]: a["outlet"] for a in map(app.article, (r["id"] for r in app.articles()))}
    assert outlets == {"w.jsonl": "Example Wire", "w.txt": "Kyodo", "portal.html": "AP"}


def test_html_page_gives_text_title_author_and_date(app):
    page = DEMO / "three_missiles_after_biden_trip.html"
    app.ingest([page])
    art = app.article(app.articles()[0]["id"])
    assert art["published"].isoformat() == "2022-05-25" and art["published_source"] == "html-metadata"
    assert art["title"] == "North Korea fires 3 missiles, including suspected ICBM, after Biden's Asia trip"
    assert art["byline"] == ["Kim Hyun-woo"]
    assert "Photo/" not in art["text"] and "contributed to this report" not in art["text"]


def test_files_of_other_formats_in_a_folder_are_skipped(app, seeds):
    report = app.ingest([seeds])
    assert report.skipped == 1  # gold.json


def test_small_batches_write_the_same_articles(db_url, seeds):
    import dateline

    with dateline.open(db_url, batch_size=1) as dl:
        assert dl.ingest([seeds]).new == 5
        assert dl.store.count_articles() == 5


def test_settings_from_environment(monkeypatch):
    monkeypatch.setenv("DATELINE_BATCH_SIZE", "7")
    monkeypatch.setenv("DATELINE_DB", "x.db")
    assert Settings.from_env(db="y.db") == Settings(db="y.db", batch_size=7)


@pytest.mark.parametrize("name, value, message", [
    ("DATELINE_BATCH_SIZE", "lots", "DATELINE_BATCH_SIZE must be a whole number, not 'lots'"),
    ("DATELINE_MAX_RECORD_BYTES", "-5", "setting max_record_bytes must be at least 1, not -5"),
])
def test_bad_settings_name_the_variable(monkeypatch, name, value, message):
    from dateline.errors import DatelineError

    monkeypatch.setenv(name, value)
    with pytest.raises(DatelineError, match=message):
        Settings.from_env()


@pytest.mark.skipif(not DEMO.is_dir(), reason="no demo corpus")
def test_demo_corpus(app):
    report = app.ingest([DEMO])
    assert (report.new, report.failed) == (32, 5)
    failed = sorted((e["locator"].rsplit("/", 1)[1], e["line"]) for e in app.errors())
    assert failed == [("broken.jsonl", 3), ("broken.jsonl", 4), ("empty.txt", 0), ("no_text.html", 0), ("scan.pdf.txt", 0)]
    rows = [app.article(a["id"]) for a in app.articles(limit=100)]
    by_hash = {}
    for r in rows:
        by_hash.setdefault(r["text_hash"], []).append(r["source"].rsplit("/", 1)[1])
    assert sorted(v for v in by_hash.values() if len(v) > 1) == [
        ["2022-03-24_icbm_test_resumes.txt", "north-korea-icbm-2022-03-24.txt"]]
    latin1 = next(r for r in rows if r["source"].endswith("latin1_article.txt"))
    assert "Stéphane Dujarric" in latin1["text"] and "António Guterres" in latin1["text"]


def test_ingest_understands_new_articles_and_an_edit_is_understood_again(app, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(" date 2023-07-13 SEOUL, July 12 (Wire) - North Korea fired a ballistic missile on Wednesday, "
                    "South Korea's military said.\n")
    report = app.ingest([path])
    assert report.processed == 1
    [event] = app.events(type="MOBILIZE")
    assert (event["source_actors"], event["date"]) == (["PRK"], "2023-07-12")
    path.write_text(" date 2023-07-13 SEOUL, July 12 (Wire) - Japan condemned the launch on Wednesday, "
                    "officials said.\n")
    report = app.ingest([path])
    assert (report.updated, report.processed) == (1, 1)
    assert not app.events(type="MOBILIZE") and app.events(type="ACCUSE", actor="JPN")
    assert app.process() == 0  # nothing left to do: processing is idempotent
