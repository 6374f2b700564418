"""The organising step: each understood article, in order, is checked for duplicates, put in a
story and its events merged into world events. Batches are transactions; an article is marked
organised with the rules' version in the same transaction, so a re-run does nothing and an
interrupted one resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..settings import Settings
from ..store import Store
from ..store.organised import Organiser, articles_to_organise
from . import stories as st
from . import world_events as we
from .duplicates import NearDuplicateIndex, from_bytes, similarity, to_bytes

# Bump when a rule changes what organising produces: everything is organised again.
ORGANISE_VERSION = "2"
FREQUENCIES = "document_frequencies"


@dataclass
class OrganiseReport:
    organised: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    new_stories: int = 0
    joined_stories: int = 0
    world_events: set[int] = field(default_factory=set)

    def counts(self) -> dict[str, int]:
        return {"organised": self.organised, "exact duplicates": self.exact_duplicates,
                "near duplicates": self.near_duplicates, "new stories": self.new_stories,
                "joined stories": self.joined_stories, "world events touched": len(self.world_events)}


@dataclass
class Rules:
    index: NearDuplicateIndex
    stories: st.StoryRules
    names: dict[str, str]

    @classmethod
    def from_settings(cls, settings: Settings, names: dict[str, str]) -> "Rules":
        return cls(NearDuplicateIndex(settings.near_duplicate_threshold, settings.minhash_permutations),
                   st.StoryRules(threshold=settings.story_threshold, window_days=settings.story_window_days), names)

    @property
    def version(self) -> str:
        return (f"{ORGANISE_VERSION}:{self.index.threshold}:{self.index.num_perm}:{self.stories.threshold}:"
                f"{self.stories.window_days}")


def organise(store: Store, settings: Settings, *, everything: bool = False,
             progress: Callable[[int], None] | None = None) -> OrganiseReport:
    """Organise the articles not yet organised by the current rules (or, with ``everything``, all)."""
    from ..understand.actors import load_registry

    names = {a.code: a.name for a in load_registry(store.user_actors()).actors()}
    rules = Rules.from_settings(settings, names)
    report = OrganiseReport()
    with store.organiser() as org:
        if everything or org.stale_version(rules.version):
            org.reset()
        repair(org, rules)
    with store.engine.connect() as conn:
        ids = articles_to_organise(conn, rules.version)
    for start in range(0, len(ids), settings.batch_size):
        with store.organiser() as org:
            frequencies = _load_frequencies(org)
            for article in org.articles(ids[start:start + settings.batch_size]):
                organise_article(org, article, rules, frequencies, report)
            _save_frequencies(org, frequencies)
            repair(org, rules)
        if progress:
            progress(min(start + settings.batch_size, len(ids)))
    return report


def organise_article(org: Organiser, article: dict, rules: Rules, frequencies: st.DocumentFrequencies,
                     report: OrganiseReport) -> None:
    if article["signed"] or article["story_id"] or article["duplicate_of"]:
        previous = org.vector(article["id"])
        if previous is not None:
            frequencies.add(previous, -1)
        org.forget(article["id"])
    report.organised += 1
    if _duplicate(org, article, rules, report):
        org.finish(article["id"], rules.version)
        return
    events = org.events(article["id"])
    features = _features(article, org.entity_actors(article["id"]), events, rules.stories)
    org.update_signature(article["id"], vector=features.vector, actors=features.actors,
                         events=st.stored_events(features))
    frequencies.add(features.vector)
    story_id = _assign_story(org, article, features, rules, frequencies, report)
    for row in events:
        if we.counts(row):
            world_event_id = _place_mention(org, row, article, story_id, rules)
            if world_event_id is not None:
                report.world_events.add(world_event_id)
    org.finish(article["id"], rules.version)


def _features(article: dict, entity_actors: list[str], events: list[dict], rules: st.StoryRules) -> st.Features:
    text, lede = st.story_text(article["title"], article["text"])
    return _dated_features(article, st.term_vectors([text], [lede])[0], st.main_actors(entity_actors),
                           st.lead_events(events, article["text"]), rules)


def _dated_features(article: dict, vector: dict[int, float], actors: list[str], leads: list[str],
                    rules: st.StoryRules) -> st.Features:
    day = st.article_day(leads, article["story_date"], bool(article["dateline_text"]), rules.window_days)
    return st.Features(vector=vector, actors=actors, leads=leads, day=day,
                       month_day=st.month_day(article["dateline_text"]) if day is None else None)


def _duplicate(org: Organiser, article: dict, rules: Rules, report: OrganiseReport) -> bool:
    """Mark the article as a copy of an earlier one when it is; index it when it is not an exact copy."""
    original = org.exact_original(article["text_hash"], article["id"])
    if original is not None:
        org.mark_duplicate(article["id"], original, "exact", 1.0)
        report.exact_duplicates += 1
        return True
    signature = rules.index.signature(article["text"])
    keys = rules.index.band_keys(signature)
    best = None
    for candidate in org.band_candidates(keys, article["id"]):
        score = similarity(signature, from_bytes(candidate["minhash"]))
        root = candidate["duplicate_of"] or candidate["article_id"]
        if score >= rules.index.threshold and (best is None or (root, -score) < (best[0], -best[1])):
            best = (root, score)
    org.save_signature(article["id"], minhash=to_bytes(signature), keys=keys, story_date=article["story_date"])
    if best is None:
        return False
    org.mark_duplicate(article["id"], best[0], "near", best[1])
    report.near_duplicates += 1
    return True


def _assign_story(org: Organiser, article: dict, features: st.Features, rules: Rules,
                  frequencies: st.DocumentFrequencies, report: OrganiseReport) -> int:
    candidates = org.candidate_stories(article["story_date"], rules.stories.window_days,
                                       rules.stories.undated_candidates, st.month_day(article["dateline_text"]))
    story, _ = st.best_story(features, candidates, frequencies, rules.stories)
    if story is None:
        report.new_stories += 1
        return org.new_story(article, centroid=st.add_to_centroid({}, features.vector),
                             actors=st.add_counts({}, features.actors),
                             events=st.add_counts({}, st.stored_events(features)))
    report.joined_stories += 1
    org.join_story(story, article, centroid=st.add_to_centroid(story["centroid"], features.vector),
                   actors=st.add_counts(story["actors"], features.actors),
                   events=st.add_counts(story["events"], st.stored_events(features)))
    return story["id"]



def _mention(row: dict, sentence: str, story_id: int | None, outlet: str, anchor) -> we.Mention:
    m = we.Mention(id=row["id"], article_id=row["article_id"], story_id=story_id, outlet=outlet, type=row["type"],
                   source_actors=list(row["source_actors"] or []), target_actors=list(row["target_actors"] or []),
                   date=row["date"], date_precision=row["date_precision"], date_first=row["date_first"],
                   date_last=row["date_last"], date_source=row["date_source"], modality=row["modality"],
                   mode=row["mode"], place=row["place"], attributes=dict(row["attributes"] or {}),
                   sentence=row["sentence"], anchor=anchor)
    if not m.own_date and we.is_background(sentence, row):
        # Recalled as background: the article's date is not when it happened.
        m.background = True
        m.date = m.date_precision = m.date_first = m.date_last = None
    return m


def _outlet(row: dict) -> str:
    return (row.get("outlet") or row.get("source") or "").strip().lower()


def _place_mention(org: Organiser, row: dict, article: dict, story_id: int, rules: Rules) -> int | None:
    sentence = article["text"][row["sentence_start"]:row["sentence_end"]]
    m = _mention(row, sentence, story_id, _outlet(article), article["story_date"])
    in_story = org.story_world_events(story_id, m.type)
    if m.background:
        candidates = org.earlier_world_events(m.type, m.anchor)
    else:
        candidates = org.world_event_candidates(m.type, m.date_first, m.date_last)
    seen = {w["id"] for w in candidates}
    candidates += [w for w in in_story if w["id"] not in seen]
    chosen = we.choose(m, candidates, {w["id"] for w in in_story})
    if chosen is None and m.background:
        return None  # a recalled event we cannot place adds nothing to the timeline
    world_event_id = chosen["id"] if chosen else org.new_world_event(m.type)
    org.link(m.id, world_event_id)
    refresh_world_event(org, world_event_id, rules)
    return world_event_id


def refresh_world_event(org: Organiser, world_event_id: int, rules: Rules) -> None:
    """Recompute a world event from its mentions (or delete it when none is left)."""
    rows = org.mentions(world_event_id)
    if not rows:
        org.rewrite_world_event(world_event_id, None)
        return
    mentions = [_mention(r, r["sentence_text"] or "", r["story_id"], _outlet(r), r["story_date"]) for r in rows]
    org.rewrite_world_event(world_event_id, we.aggregate(mentions, rules.names))


def repair(org: Organiser, rules: Rules) -> None:
    """Recount the stories and world events that lost members since they were last written."""
    for world_event_id in org.dirty_world_events():
        refresh_world_event(org, world_event_id, rules)
    for story_id in org.dirty_stories():
        members = org.story_members(story_id)
        if not members:
            org.rewrite_story(story_id, None)
            continue
        centroid, actors, events = {}, {}, {}
        for m in members:
            if m["vector"] is not None and m["duplicate_of"] is None:
                centroid = st.add_to_centroid(centroid, {int(k): v for k, v in m["vector"].items()})
                actors = st.add_counts(actors, m["actors"] or [])
                events = st.add_counts(events, m["events"] or [])
        days = [m["story_date"] for m in members if m["story_date"]]
        org.rewrite_story(story_id, {"n_articles": len(members), "centroid": centroid, "actors": actors,
                                     "events": events, "date_first": min(days, default=None),
                                     "date_last": max(days, default=None), "title": members[0]["title"],
                                     "first_article_id": members[0]["id"]})


def explain_pair(store: Store, settings: Settings, first_id: int, second_id: int) -> dict[str, float] | None:
    """The story signals between two organised articles and their weighted score, the second
    article standing for a story of its own (None when either was not compared: a copy).

    :param store: the store both articles are organised in
    :param settings: the settings they were organised with
    :param first_id: the article compared, as if it were new
    :param second_id: the article standing for a story
    """
    rules = Rules.from_settings(settings, {}).stories
    found = {}
    with store.organiser() as org:
        for article in org.articles([first_id, second_id]):
            stored = org.features(article["id"])
            if stored and stored["vector"]:
                found[article["id"]] = _dated_features(article, stored["vector"], stored["actors"],
                                                       st.lead_keys(stored["events"]), rules)
        frequencies = _load_frequencies(org)
    if first_id not in found or second_id not in found:
        return None
    first, story = found[first_id], st.story_of(found[second_id])
    return {**st.signals(first, story, frequencies), "score": st.score(first, story, frequencies, rules)}


def _load_frequencies(org: Organiser) -> st.DocumentFrequencies:
    stored = org.load_array(FREQUENCIES)
    return st.DocumentFrequencies(*stored) if stored else st.DocumentFrequencies()


def _save_frequencies(org: Organiser, frequencies: st.DocumentFrequencies) -> None:
    org.save_array(FREQUENCIES, frequencies.counts, frequencies.documents)
