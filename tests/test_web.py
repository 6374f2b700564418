"""The HTML pages (rendered markup, through the TestClient), the highlighter and the chart."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dateline.serve.chart import count_buckets, stacked_chart
from dateline.serve.highlight import Mark, highlight

from .conftest import SCRIPT


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


# -- untrusted text ----------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/", "/articles", "/articles/{evil}", "/world-events/{evil_we}", "/actors/PRK",
                                 "/search?q=pwned", "/search?q=<script>alert(1)</script>"])
def test_no_page_carries_a_script_or_live_markup_from_an_article(client, served, url):
    html = page(client, url.format(evil=served.articles["evil-1"], evil_we=served.evil))
    assert "<script" not in html.lower()
    assert 'onerror="' not in html and "<img" not in html and 'href="javascript:' not in html
    assert "<b>Outlet" not in html and "<i>title" not in html


def test_hostile_article_shows_its_markup_as_text(client, served):
    html = page(client, f"/articles/{served.articles['evil-1']}")
    assert "&lt;script&gt;window.__pwned = 1; alert(&#39;pwned&#39;)&lt;/script&gt;Hostile &lt;i&gt;title" in html
    assert "&lt;img src=x onerror=&#34;window.__pwned=2&#34;&gt;" in html
    assert "Evil &lt;b&gt;Outlet&lt;/b&gt;" in html


def test_pages_forbid_inline_script_and_outside_resources(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_raw_input_is_plain_text_exactly_as_received(client, served):
    response = client.get(f"/articles/{served.articles['evil-1']}/raw")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.text.startswith("{") and '"id": "evil-1"' in response.text and SCRIPT in response.text


# -- timeline ----------------------------------------------------------------------------------

def test_timeline_lists_dated_world_events_with_links(client, served):
    html = page(client, "/")
    for we in (served.launch, served.sanction, served.evil):
        assert f'href="/world-events/{we}"' in html
    assert f'href="/world-events/{served.undated}"' not in html
    assert 'class="disputed"' in html  # the launch's reports disagree
    assert '<a class="actor" href="/actors/PRK" title="North Korea">PRK</a>' in html


def test_timeline_chart_draws_stacked_bars_per_week_that_filter_the_timeline(client):
    html = page(client, "/?since=2023-01-01")
    svg = html[html.index("<svg"):html.index("</svg>")]
    bars = re.findall(r'<rect class="bar t-(\w+)"', svg)
    assert sorted(bars) == ["MOBILIZE", "SANCTION"]
    assert "Week of 2023-11-06: 1 SANCTION" in svg
    assert 'href="/?since=2023-11-06&amp;until=2023-11-12&amp;type=SANCTION"' in svg


def test_timeline_filters_keep_their_values(client, served):
    html = page(client, "/?actor=JPN&type=MOBILIZE&since=2023-01-01&min_sources=2")
    assert f'href="/world-events/{served.launch}"' in html
    assert f'href="/world-events/{served.sanction}"' not in html
    assert 'name="actor" value="JPN"' in html and "<option selected>MOBILIZE</option>" in html
    assert 'name="since" value="2023-01-01"' in html and 'name="min_sources" min="1" value="2"' in html


def test_timeline_takes_an_actor_name_and_empty_form_fields(client, served):
    html = page(client, "/?actor=north+korea&type=&since=&until=&min_sources=")
    assert f'href="/world-events/{served.launch}"' in html and 'name="actor" value="PRK"' in html


def test_timeline_bad_filter_is_a_422_page_with_the_message(client):
    html = page(client, "/?since=2023-02-30", status=422)
    assert "since: should be a date like 2023-11-09, not &#39;2023-02-30&#39;" in html


def test_timeline_pages(client, served):
    html = page(client, "/?limit=2")
    assert "1–2 of 3" in html and 'rel="next" href="/?limit=2&amp;offset=2"' in html


def test_empty_timeline_says_how_to_fill_it(tmp_path):
    from fastapi.testclient import TestClient

    from dateline.serve.api import create_app
    from dateline.settings import Settings

    with TestClient(create_app(Settings(db=str(tmp_path / "empty.db")))) as empty:
        html = page(empty, "/")
    assert "No dated world events" in html and "<svg" not in html


# -- world event, article, actor, search --------------------------------------------------------

def test_world_event_shows_every_report_and_highlights_the_disagreement(client, served):
    html = page(client, f"/world-events/{served.launch}")
    assert "Meridian Wire" in html and "GlobePress" in html
    wire, press = served.launch_events
    assert f'href="/articles/{served.articles["wire-1"]}?event={wire}#event-{wire}"' in html
    assert "Where the reports disagree" in html and "apogee_km" in html
    assert '<td class="disagree">6000</td>' in html  # the other report's value, against dateline's 6100
    assert f'id="report-{press}"' in html


def test_article_highlights_entities_times_quotes_and_events(client, served):
    html = page(client, f"/articles/{served.articles['wire-1']}")
    text = html[html.index('<article class="text">'):html.index("</article>")]
    assert '<span class="hl timex" title="time: 2023-11-09 (day)">Thursday</span>' in text
    assert 'class="hl quote" title="direct quote by chief cabinet secretary">We condemn this launch</span>' in text
    mobilize = served.events[(served.articles["wire-1"], "MOBILIZE")]
    threaten = served.events[(served.articles["wire-1"], "THREATEN")]
    assert f'<span class="anchor" id="event-{mobilize}"></span>' in text
    # "North Korea" is an entity inside the launch's evidence: one piece, both kinds, linked to the world event.
    assert re.search(rf'<a class="hl entity event" href="/world-events/{served.launch}#report-{mobilize}"[^>]*>'
                     r"North Korea</a>", text)
    # Inside both events' evidence the link goes to the innermost (the THREATEN, undated world event).
    assert re.search(rf'<a class="hl event" href="/world-events/{served.undated}#report-{threaten}"[^>]*'
                     rf'data-events="{mobilize} {threaten}">fired a ballistic missile</a>', text)
    assert text.count("</a>") == text.count("<a ")


def test_article_picks_out_the_event_it_was_opened_for(client, served):
    press = served.articles["press-1"]
    sanction = served.events[(press, "SANCTION")]
    html = page(client, f"/articles/{press}?event={sanction}")
    assert re.search(r'class="hl event focus"[^>]*>The United States sanctioned North Korean officials</a>', html)
    assert len(re.findall(r'class="[^"]*\bfocus\b', html)) == 2  # the highlight and its row in the table
    assert f'href="/articles/{press}/raw"' in html


def test_unknown_article_is_a_404_page(client):
    html = page(client, "/articles/777", status=404)
    assert "no article with id 777" in html


def test_actor_page_lists_world_events_as_source_and_as_target(client, served):
    html = page(client, "/actors/PRK")
    source, target = html.split('id="as-target"')
    assert f'href="/world-events/{served.launch}"' in source and f'href="/world-events/{served.sanction}"' in target
    assert "North Korea" in html and "DPRK" in html


def test_unknown_actor_is_a_404_page(client):
    assert "no actor with code" in page(client, "/actors/NOWHERE", status=404)


def test_search_page_marks_matches_and_escapes_the_rest(client, served):
    html = page(client, "/search?q=bold+claims")
    assert f'href="/articles/{served.articles["evil-1"]}"' in html
    snippet = html[html.index('<p class="snippet">'):]
    snippet = snippet[:snippet.index("</p>")]
    assert "<mark>Bold" in snippet  # PostgreSQL's headline drops the tags, SQLite's snippet escapes them
    assert not any(tag in snippet for tag in ("<b>", "<img", "<script", "<a "))
    assert 'value="bold claims"' in html


def test_articles_page_lists_and_filters(client, served):
    html = page(client, "/articles?source=archive")
    assert f'href="/articles/{served.articles["old-1"]}"' in html
    assert f'href="/articles/{served.articles["wire-1"]}"' not in html


def test_static_stylesheet_is_served(client):
    response = client.get("/static/dateline.css")
    assert response.status_code == 200 and ".hl.event" in response.text


# -- the highlighter ---------------------------------------------------------------------------

def test_highlight_escapes_text_inside_and_outside_marks():
    html = highlight("<b>x</b> & y", [Mark(0, 3, "entity", 'a "label" <i>')])
    assert html == '<span class="hl entity" title="a &#34;label&#34; &lt;i&gt;">&lt;b&gt;</span>x&lt;/b&gt; &amp; y'


def test_highlight_splits_overlapping_marks_into_pieces_with_every_kind():
    html = highlight("abcdef", [Mark(0, 4, "quote", "q"), Mark(2, 6, "timex", "t")])
    assert html == ('<span class="hl quote" title="q">ab</span><span class="hl timex quote" title="q\nt">cd</span>'
                    '<span class="hl timex" title="t">ef</span>')


def test_highlight_links_to_the_innermost_event_and_anchors_each():
    marks = [Mark(0, 6, "event", "outer", href="/o", anchor="event-1", event_id=1),
             Mark(2, 4, "event", "inner", href="/i", anchor="event-2", event_id=2)]
    html = highlight("abcdef", marks, focus=2)
    assert html == ('<span class="anchor" id="event-1"></span><a class="hl event" href="/o" title="outer" '
                    'data-events="1">ab</a><span class="anchor" id="event-2"></span><a class="hl event focus" '
                    'href="/i" title="outer\ninner" data-events="1 2">cd</a><a class="hl event" href="/o" '
                    'title="outer" data-events="1">ef</a>')


def test_highlight_drops_empty_and_out_of_range_marks():
    assert highlight("abc", [Mark(1, 1, "entity", "e"), Mark(2, 9, "timex", "t"), Mark(-1, 2, "quote", "q")]) == "abc"


# -- the chart ---------------------------------------------------------------------------------

def test_counts_go_into_weeks_starting_on_monday():
    rows = [(dt.date(2023, 11, 6), "MOBILIZE", 1), (dt.date(2023, 11, 12), "MOBILIZE", 2),
            (dt.date(2023, 11, 13), "AGREE", 1)]
    assert count_buckets(rows) == ("week", {(dt.date(2023, 11, 6), "MOBILIZE"): 3,
                                            (dt.date(2023, 11, 13), "AGREE"): 1})


def test_counts_go_into_months_over_long_spans():
    bucket, counts = count_buckets([(dt.date(2015, 3, 9), "AGREE", 1), (dt.date(2023, 3, 20), "AGREE", 1)])
    assert bucket == "month" and set(counts) == {(dt.date(2015, 3, 1), "AGREE"), (dt.date(2023, 3, 1), "AGREE")}


def test_chart_stacks_types_in_plover_order_and_leaves_gaps_for_empty_weeks():
    chart = stacked_chart([(dt.date(2023, 1, 2), "MOBILIZE", 2), (dt.date(2023, 1, 2), "AGREE", 1),
                           (dt.date(2023, 1, 23), "MOBILIZE", 1)], width=434, height=122)
    assert chart.types == ["AGREE", "MOBILIZE"] and chart.y_max == 3
    agree, mobilize, later = chart.bars
    assert agree.y + agree.height == chart.baseline and mobilize.y + mobilize.height == agree.y
    assert (later.x - agree.x) == pytest.approx(3 * (434 - chart.left) / 4)  # four weeks, two of them empty
    assert later.end == dt.date(2023, 1, 29)


def test_chart_leaves_out_a_few_strays_far_from_the_rest_and_says_so():
    rows = [(dt.date(1945, 8, 15), "ASSAULT", 1), (dt.date(2019, 6, 30), "CONSULT", 1)]
    rows += [(dt.date(2023, 1, 2) + dt.timedelta(days=i), "MOBILIZE", 1) for i in range(60)]
    rows += [(dt.date(2030, 1, 1), "AGREE", 1)]
    chart = stacked_chart(rows)
    assert (chart.first, chart.last) == (dt.date(2023, 1, 2), dt.date(2023, 3, 2))
    assert chart.bucket == "week" and chart.earlier == 2 and chart.later == 1
    assert stacked_chart(rows, trim=False).bucket == "month"


def test_chart_keeps_everything_when_the_far_events_are_many():
    rows = [(dt.date(2019, 1, 1), "AGREE", 5), (dt.date(2023, 1, 2), "MOBILIZE", 5)]
    chart = stacked_chart(rows)
    assert (chart.first, chart.last, chart.earlier) == (dt.date(2019, 1, 1), dt.date(2023, 1, 2), 0)


def test_no_rows_no_chart():
    assert stacked_chart([]) is None
