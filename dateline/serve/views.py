"""Records as the REST API returns them and the pages show them, built from the store's rows."""

from __future__ import annotations

from ..api import Dateline
from .highlight import Mark

# Large columns left out of the API's article (the raw input has its own URL).
HIDDEN_ARTICLE_FIELDS = ("raw", "source_text")


def story_date(row: dict):
    """The day the story is about: the dateline's date, else the publication date."""
    return row.get("dateline_date") or (row.get("dateline") or {}).get("date") or row.get("published")


def article_summary(row: dict) -> dict:
    """An article in a list: no text."""
    return {"id": row["id"], "title": row["title"], "story_date": story_date(row), "published": row["published"],
            "dateline_place": row["dateline_place"], "outlet": row["outlet"], "url": row["url"],
            "source": row["source"], "language": row["language"], "story_id": row.get("story_id"),
            "duplicate_of": row.get("duplicate_of")}


def raw_url(article_id: int) -> str:
    return f"/articles/{article_id}/raw"


def article_view(dl: Dateline, article_id: int) -> dict:
    """One article with its analysis rows; raises NotFound."""
    art = dl.article(article_id)
    out = {k: v for k, v in art.items() if k not in HIDDEN_ARTICLE_FIELDS}
    out["story_date"] = story_date(art)
    out["raw_url"] = raw_url(article_id)
    for table in ("entities", "timexes", "quotes", "events"):
        out[table] = dl.store.rows(table, article_id=article_id)
    return out


def event_link(event: dict) -> str:
    """Where a highlight of this event leads: its world event's report, else its row on the page."""
    if event.get("world_event_id"):
        return f"/world-events/{event['world_event_id']}#report-{event['id']}"
    return f"#event-row-{event['id']}"


def evidence_url(event: dict) -> str:
    """The article page scrolled to this event's evidence, the evidence picked out."""
    return f"/articles/{event['article_id']}?event={event['id']}#event-{event['id']}"


def actor_label(codes: list[str] | None, names: dict[str, str]) -> str:
    return ", ".join(f"{names.get(c, c)} ({c})" if names.get(c) else c for c in codes or []) or "?"


def event_label(event: dict, names: dict[str, str]) -> str:
    flags = [event["modality"]] if event.get("modality") not in (None, "asserted") else []
    flags += ["negated"] if event.get("negated") else []
    label = f"event {event['type']}: {actor_label(event['source_actors'], names)}"
    if event.get("target_actors"):
        label += f" → {actor_label(event['target_actors'], names)}"
    if event.get("date"):
        label += f", {event['date']}"
    return label + (f" ({', '.join(flags)})" if flags else "")


def article_marks(article: dict, names: dict[str, str]) -> list[Mark]:
    """Every highlight of an article page (see ``article_view`` for the rows it reads)."""
    marks = [Mark(s, e, "subheading", "subheading") for s, e in article.get("subheadings") or []]
    for e in article["entities"]:
        who = f"{names.get(e['actor'], e['actor'])} ({e['actor']})" if e["actor"] else e.get("person") or "a person"
        marks.append(Mark(e["start"], e["end"], "entity", f"{e['kind'] or 'entity'}: {who}"))
    for t in article["timexes"]:
        marks.append(Mark(t["start"], t["end"], "timex", f"time: {t['value'] or t['text']}"
                                                         + (f" ({t['precision']})" if t["precision"] else "")))
    for q in article["quotes"]:
        marks.append(Mark(q["start"], q["end"], "quote", f"{q['kind']} quote by {q['speaker'] or 'unknown'}"))
    for ev in article["events"]:
        marks.append(Mark(ev["start"], ev["end"], "event", event_label(ev, names), href=event_link(ev),
                          anchor=f"event-{ev['id']}", event_id=ev["id"]))
    return marks


def world_event_view(dl: Dateline, world_event_id: int) -> dict:
    """One world event with its reports, each linking to its evidence; raises NotFound."""
    we = dl.store.get_world_event(world_event_id)
    for mention in we["mentions"]:
        mention["evidence_url"] = evidence_url(mention)
        mention["story_date"] = story_date(mention)
    return we


def attribute_table(we: dict) -> tuple[list[str], set[str]]:
    """The attribute names any report gives (the world event's own first), and those they disagree on."""
    fields = list(we["attributes"] or {})
    for mention in we["mentions"]:
        fields += [k for k in (mention["attributes"] or {}) if k not in fields]
    return fields, {d["field"] for d in we["disagreements"] or []}
