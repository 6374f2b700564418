"""The REST API through FastAPI's TestClient, on SQLite and (when configured) PostgreSQL.

``served`` (conftest) holds four articles, one full of hostile HTML, and four world events:
a launch on 2023-11-09 reported by two outlets that disagree on the apogee, a sanction in week
45 of 2023, a launch in May 2022 and an undated meeting.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dateline.serve.api import create_app
from dateline.settings import Settings

from .conftest import API_TOKEN, SCRIPT

AUTH = {"Authorization": f"Bearer {API_TOKEN}"}


def ids(response) -> list[int]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


# -- lists and paging ------------------------------------------------------------------------

def test_list_is_an_object_with_items_and_paging_fields(client):
    body = client.get("/api/articles").json()
    assert set(body) == {"items", "total", "limit", "offset", "next", "previous"}
    assert (body["total"], body["limit"], body["offset"], body["next"], body["previous"]) == (4, 50, 0, None, None)


def test_articles_page_through_with_next_and_previous(client):
    first = client.get("/api/articles?limit=3").json()
    assert len(first["items"]) == 3 and first["total"] == 4 and first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["offset"] == 3 and len(second["items"]) == 1 and second["next"] is None
    assert client.get(second["previous"]).json()["items"] == first["items"]


def test_articles_newest_story_date_first_with_date_and_source_filters(client, served):
    a = served.articles
    assert ids(client.get("/api/articles")) == [a["press-1"], a["wire-1"], a["evil-1"], a["old-1"]]
    assert ids(client.get("/api/articles?since=2022-01-01&until=2023-11-09")) == [a["wire-1"], a["evil-1"]]
    assert ids(client.get("/api/articles?source=globepress")) == [a["press-1"]]
    assert client.get("/api/articles?source=globepress").json()["total"] == 1


@pytest.mark.parametrize("query, field", [
    ("since=2023-13-01", "since"), ("until=yesterday", "until"), ("limit=0", "limit"), ("limit=1000", "limit"),
    ("offset=-1", "offset"),
])
def test_bad_filters_are_422_json_naming_the_field_and_value(client, query, field):
    response = client.get(f"/api/articles?{query}")
    assert response.status_code == 422
    body = response.json()
    assert body["detail"].startswith(f"{field}: ")
    assert body["errors"][0]["field"] == field
    assert repr(query.split("=")[1]) in body["detail"]


def test_bad_date_message_shows_the_expected_form(client):
    assert client.get("/api/events?since=2023-02-30").json()["detail"] == \
        "since: should be a date like 2023-11-09, not '2023-02-30'"


def test_since_after_until_is_422(client):
    response = client.get("/api/timeline?since=2023-12-01&until=2023-01-01")
    assert response.status_code == 422
    assert "since (2023-12-01) is after until (2023-01-01)" in response.json()["detail"]


# -- articles ----------------------------------------------------------------------------------

def test_article_has_metadata_text_and_analysis_but_not_the_raw_bytes(client, served):
    body = client.get(f"/api/articles/{served.articles['wire-1']}").json()
    assert body["title"] == "North Korea fires missile toward Japan"
    assert body["outlet"] == "Meridian Wire" and body["published"] == "2023-11-09"
    assert body["text"].startswith("North Korea fired a ballistic missile")
    assert [e["actor"] for e in body["entities"]] == ["PRK", "JPN"]
    assert [t["value"] for t in body["timexes"]] == ["2023-11-09"]
    assert body["quotes"][0]["text"] == "We condemn this launch"
    assert {e["type"] for e in body["events"]} == {"MOBILIZE", "THREATEN"}
    assert body["raw_url"] == f"/articles/{served.articles['wire-1']}/raw"
    assert "raw" not in body and "source_text" not in body


def test_unknown_article_is_404_json(client):
    response = client.get("/api/articles/99999")
    assert response.status_code == 404
    assert response.json() == {"detail": "no article with id 99999"}


def test_article_id_must_be_a_number(client):
    response = client.get("/api/articles/abc")
    assert response.status_code == 422 and "article_id" in response.json()["detail"]


def test_hostile_article_comes_back_as_json_data_never_html(client, served):
    response = client.get(f"/api/articles/{served.articles['evil-1']}")
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.json()["title"].startswith(SCRIPT)
    assert SCRIPT in response.json()["text"]


def test_unknown_api_path_is_404_json(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404 and response.json()["detail"] == "nothing at /api/nothing-here"


# -- events ------------------------------------------------------------------------------------

def test_events_filter_by_actor_code_or_name_and_role(client, served):
    prk = client.get("/api/events?actor=PRK").json()
    assert prk["total"] == 5
    assert client.get("/api/events?actor=North%20Korea").json()["total"] == 5
    as_target = client.get("/api/events?actor=prk&role=target").json()["items"]
    assert [e["type"] for e in as_target] == ["SANCTION"]
    assert client.get("/api/events?actor=PRK&role=source").json()["total"] == 4


def test_events_filter_by_type_dates_and_text(client):
    assert client.get("/api/events?type=mobilize").json()["total"] == 3
    in_week = client.get("/api/events?since=2023-11-10&until=2023-11-30").json()["items"]
    assert [e["type"] for e in in_week] == ["SANCTION"]  # week 45 runs to 11-12
    assert client.get("/api/events?text=SANCTIONED").json()["total"] == 1
    assert client.get("/api/events?text=50%25").json()["total"] == 0  # LIKE wildcards are text


def test_events_earliest_first_and_paged(client):
    body = client.get("/api/events?limit=2").json()
    assert body["total"] == 5 and len(body["items"]) == 2
    dates = [e["date_first"] for e in client.get("/api/events").json()["items"]]
    assert dates == sorted(dates)


def test_unknown_actor_and_type_are_422(client):
    assert "no such actor" in client.get("/api/events?actor=Atlantis").json()["detail"]
    body = client.get("/api/events?type=HUG").json()
    assert body["detail"].startswith("type: unknown type 'HUG'; PLOVER types are AGREE")


def test_event_role_must_be_source_or_target(client):
    assert client.get("/api/events?actor=PRK&role=victim").status_code == 422


# -- world events and the timeline ------------------------------------------------------------

def test_world_events_earliest_first_undated_last(client, served):
    assert ids(client.get("/api/world-events")) == [served.evil, served.sanction, served.launch, served.undated]
    assert ids(client.get("/api/world-events?dated=true")) == [served.evil, served.sanction, served.launch]


def test_world_event_filters(client, served):
    assert ids(client.get("/api/world-events?min_sources=2")) == [served.launch]
    assert ids(client.get("/api/world-events?actor=USA")) == [served.sanction]
    assert ids(client.get("/api/world-events?type=MOBILIZE&since=2023-01-01")) == [served.launch]
    assert client.get("/api/world-events?min_sources=0").status_code == 422


def test_world_event_has_its_reports_and_disagreements(client, served):
    body = client.get(f"/api/world-events/{served.launch}").json()
    assert body["summary"].startswith("North Korea mobilized")
    assert [m["id"] for m in body["mentions"]] == served.launch_events
    assert {m["outlet"] for m in body["mentions"]} == {"Meridian Wire", "GlobePress"}
    first = body["mentions"][0]
    assert first["evidence_url"] == f"/articles/{first['article_id']}?event={first['id']}#event-{first['id']}"
    assert first["sentence"].startswith("North Korea fired")
    (apogee,) = body["disagreements"]
    assert apogee["field"] == "apogee_km" and [v["value"] for v in apogee["values"]] == [6100, 6000]


def test_unknown_world_event_is_404_json(client):
    response = client.get("/api/world-events/4242")
    assert response.status_code == 404 and response.json()["detail"] == "no world event with id 4242"


def test_timeline_is_the_dated_world_events_with_filters(client, served):
    body = client.get("/api/timeline").json()
    assert [w["id"] for w in body["items"]] == [served.evil, served.sanction, served.launch]
    assert body["total"] == 3
    assert ids(client.get("/api/timeline?actor=JPN")) == [served.launch]
    assert ids(client.get("/api/timeline?until=2022-12-31")) == [served.evil]
    paged = client.get("/api/timeline?limit=1&offset=1").json()
    assert [w["id"] for w in paged["items"]] == [served.sanction] and paged["next"] and paged["previous"]


def test_timeline_counts_per_week_and_type(client):
    body = client.get("/api/timeline/counts?since=2023-01-01").json()
    assert body["bucket"] == "week"
    assert body["items"] == [{"start": "2023-11-06", "type": "MOBILIZE", "count": 1},
                             {"start": "2023-11-06", "type": "SANCTION", "count": 1}]


# -- actors and search -------------------------------------------------------------------------

def test_actors_list_with_match_and_paging(client):
    body = client.get("/api/actors?match=korea&kind=country").json()
    assert {a["code"] for a in body["items"]} >= {"PRK", "KOR"}
    assert client.get("/api/actors?limit=5").json()["total"] > 200
    assert len(client.get("/api/actors?limit=5").json()["items"]) == 5


def test_actor_has_its_world_events_as_source_and_as_target(client, served):
    body = client.get("/api/actors/prk").json()
    assert (body["code"], body["name"]) == ("PRK", "North Korea")
    assert [w["id"] for w in body["as_source"]["items"]] == [served.evil, served.launch]
    assert [w["id"] for w in body["as_target"]["items"]] == [served.sanction]
    assert body["as_source"]["reports"] == 4 and body["as_target"]["reports"] == 1
    assert body["as_target"]["reports_url"] == "/api/events?actor=PRK&role=target"


def test_unknown_actor_is_404_json(client):
    response = client.get("/api/actors/ZZZ")
    assert response.status_code == 404 and response.json()["detail"] == "no actor with code 'ZZZ'"


def test_search_finds_words_and_phrases_with_a_snippet(client, served):
    body = client.get("/api/search", params={"q": '"ballistic missile"'}).json()
    assert [r["id"] for r in body["items"]] == [served.articles["wire-1"]] and body["total"] == 1
    assert "[" in body["items"][0]["snippet"]


def test_search_pages_and_counts(client):
    first = client.get("/api/search?q=korea&limit=2").json()
    assert first["total"] == 4 and len(first["items"]) == 2 and first["next"]
    rest = client.get(first["next"]).json()
    assert len(rest["items"]) == 2 and rest["next"] is None
    assert {r["id"] for r in first["items"]}.isdisjoint({r["id"] for r in rest["items"]})


@pytest.mark.parametrize("query", ["", "   ", 'NEAR(" AND', "*", "zzzunknownword"])
def test_search_with_nothing_or_query_syntax_finds_nothing_and_does_not_fail(client, query):
    body = client.get("/api/search", params={"q": query}).json()
    assert body["items"] == [] and body["total"] == 0


# -- writing -----------------------------------------------------------------------------------

def test_ingest_stores_and_understands_articles(client):
    article = {"id": "new-1", "source": "Test Wire", "title": "Japan protests",
               "text": "Japan protested to China on Monday about the launch of a missile, officials in Tokyo said."}
    response = client.post("/api/ingest", json=[article], headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["new"] == 1 and body["processed"] == 1 and body["errors"] == []
    stored = client.get(f"/api/articles/{body['article_ids'][0]}").json()
    assert stored["title"] == "Japan protests" and stored["outlet"] == "Test Wire"
    assert {"JPN", "CHN"} <= {e["actor"] for e in stored["entities"]}


def test_ingest_again_with_the_same_id_updates_not_duplicates(client):
    article = {"id": "same", "text": "South Korea and the United States held talks in Washington."}
    first = client.post("/api/ingest?understand=false", json=[article], headers=AUTH).json()
    again = client.post("/api/ingest?understand=false", json=[article], headers=AUTH).json()
    edited = client.post("/api/ingest?understand=false", json=[{**article, "text": article["text"] + " Again."}],
                         headers=AUTH).json()
    assert (first["new"], again["unchanged"], edited["updated"]) == (1, 1, 1)
    assert first["article_ids"] == edited["article_ids"]
    assert client.get("/api/articles").json()["total"] == 5


def test_ingest_reports_a_record_left_without_text(client):
    body = client.post("/api/ingest?understand=false", headers=AUTH, json=[
        {"text": "Japan and South Korea agreed to share missile warning data in real time."},
        {"text": "(Reporting by Jane Doe; Editing by John Roe)"}]).json()
    assert body["new"] == 1 and body["failed"] == 1
    assert body["errors"] == [{"index": 1, "reason": "no story text left once boilerplate is removed"}]


@pytest.mark.parametrize("payload, field", [
    ([{"title": "no text"}], "body[0].text: "), ([{"text": ""}], "body[0].text: "), ([], "body: "),
    ({"text": "not a list"}, "body: "),
])
def test_ingest_rejects_malformed_bodies(client, payload, field):
    response = client.post("/api/ingest", json=payload, headers=AUTH)
    assert response.status_code == 422
    assert field in response.json()["detail"]


def test_ingest_refuses_too_many_articles_at_once(client):
    response = client.post("/api/ingest", json=[{"text": "x"}] * 1001, headers=AUTH)
    assert response.status_code == 422


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"Authorization": "Bearer wrong"}, 401), ({"Authorization": f"Basic {API_TOKEN}"}, 401),
])
def test_ingest_needs_the_bearer_token(client, headers, status):
    response = client.post("/api/ingest", json=[{"text": "North Korea fired a missile."}], headers=headers)
    assert response.status_code == status
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in response.json()["detail"]
    assert client.get("/api/articles").json()["total"] == 4


def test_ingest_is_disabled_without_a_configured_token(served):
    with TestClient(create_app(Settings(db=served.db))) as read_only:
        response = read_only.post("/api/ingest", json=[{"text": "North Korea fired a missile."}], headers=AUTH)
        assert response.status_code == 403
        assert response.json()["detail"].startswith("writes are disabled")


def test_settings_read_the_token_from_the_environment(monkeypatch):
    monkeypatch.setenv("DATELINE_API_TOKEN", "from-env")
    assert Settings.from_env().api_token == "from-env"


# -- OpenAPI -----------------------------------------------------------------------------------

def test_openapi_describes_every_path(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/world-events",
            "/api/world-events/{world_event_id}", "/api/timeline", "/api/actors", "/api/actors/{code}",
            "/api/search", "/api/ingest"} <= set(paths)
    assert not any(p in paths for p in ("/", "/articles/{article_id}"))  # pages are not API


def test_docs_page_lists_the_api_without_fetching_anything(client):
    page = client.get("/docs").text
    assert "GET /api/timeline" in page and "POST /api/ingest" in page
    assert "cdn" not in page and "<script" not in page
