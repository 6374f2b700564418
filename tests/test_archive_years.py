"""Datelines without a year dated by the stories filed beside them (dateline/ingest/archive_years.py)."""

import datetime as dt

from dateline.ingest.archive_years import year_from_neighbours

MARCH_1987 = [dt.date(1987, 3, 2), dt.date(1987, 3, 9), dt.date(1987, 2, 20)]


def test_neighbours_that_agree_give_the_year():
    year, evidence = year_from_neighbours(3, 5, MARCH_1987, None)
    assert year == 1987 and "3 stories" in evidence


def test_a_dateline_near_new_year_takes_the_neighbours_year_across_it():
    assert year_from_neighbours(12, 30, [dt.date(1988, 1, 3), dt.date(1988, 1, 6)], None)[0] == 1987


def test_one_neighbour_far_neighbours_or_disagreement_give_nothing():
    assert year_from_neighbours(3, 5, [dt.date(1987, 3, 2)], None) is None
    assert year_from_neighbours(9, 5, MARCH_1987, None) is None  # half a year away
    assert year_from_neighbours(3, 5, [dt.date(1987, 3, 2), dt.date(1987, 3, 3), dt.date(1992, 3, 1),
                                       dt.date(1992, 3, 4)], None) is None


def test_the_leads_weekday_must_fit():
    assert year_from_neighbours(3, 5, MARCH_1987, 3)[0] == 1987  # March 5, 1987 was a Thursday
    assert year_from_neighbours(3, 5, MARCH_1987, 0) is None


WIRE = """    {place}, March {day} - {lead}
{rest}
 Reuter
"""


def test_an_archive_folder_dates_its_undated_stories_and_their_events(app, tmp_path):
    folder = tmp_path / "wire87"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE.format(place="TOKYO", day=2, lead="Japanese car exports so far in 1987",
                                              rest="were running six pct below last year's pace, the association said."))
    (folder / "b.txt").write_text(WIRE.format(place="LONDON", day=9, lead="British retail sales so far in 1987",
                                              rest="have risen faster than forecast, the government said today."))
    (folder / "c.txt").write_text(WIRE.format(place="BAHRAIN", day=5, lead="Iranian gunboats attacked a Liberian",
                                              rest="tanker in the lower Gulf today, shipping sources said."))
    report = app.ingest([folder])
    assert report.archive_dated == 1
    row = next(a for a in app.articles() if a["dateline_place"] == "Bahrain")
    article = app.article(row["id"])
    assert (article["dateline"]["date"], article["dateline"]["date_source"]) == ("1987-03-05", "archive")
    [attack] = [e for e in app.events(type="ASSAULT")]
    assert attack["date"] == "1987-03-05"
    # Filed alone, the same story stays undated.
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "c.txt").write_text((folder / "c.txt").read_text())
    assert app.ingest([alone]).archive_dated == 0
