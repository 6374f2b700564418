"""World events: the event mentions of many sentences and articles that tell one happening.

A mention joins a world event of the same type whose actors and dates are compatible with its
own (sources overlap, targets overlap where both name one, date ranges overlap given their
precision). A mention without a date, or without a source, only joins within its own story: on
its own it says too little to be matched across the corpus. A mention that only recalls an
earlier happening as background ("since talks collapsed", "after it had fired") and has no date
of its own attaches to the latest matching world event before the article (for a launch: with
the same weapon), never to the article's date; when none matches it joins no world event.

The world event's fields are the best value over its mentions; where reports give different
values (a range, an apogee, a date, who did it) a disagreement lists each value with the events
and articles behind it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

# Mentions that become world events: things reported as happened, or as planned ("will host").
COUNTED_MODALITIES = {"asserted", "future"}
PRECISION_RANK = {"day": 5, "week": 4, "month": 3, "season": 2, "year": 1, None: 0}
BACKGROUND_LEAD = re.compile(
    r"\b(?:since|after|following|before|ever since|in the wake of|in response to|days? after|weeks? after)\b"
    r"[^,;:]{0,80}$", re.IGNORECASE)
PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Verbal events: recalled without a date, one cannot tell which earlier statement is meant.
STATEMENTS = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "CONCEDE", "AGREE"}

VERBS = {"AGREE": "agreed with", "CONSULT": "met", "SUPPORT": "backed", "CONCEDE": "conceded to",
         "COOPERATE": "cooperated with", "AID": "aided", "RETREAT": "pulled back from", "REQUEST": "asked",
         "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against",
         "SANCTION": "sanctioned", "MOBILIZE": "mobilized", "COERCE": "coerced", "ASSAULT": "attacked"}
NO_TARGET = {"AGREE": "agreed", "CONSULT": "held talks", "SUPPORT": "voiced support", "REJECT": "rejected",
             "ACCUSE": "condemned", "MOBILIZE": "mobilized", "ASSAULT": "attacked", "REQUEST": "called for",
             "THREATEN": "issued a threat", "PROTEST": "protested"}
SUMMARY_EVIDENCE_CHARS = 160


@dataclass
class Mention:
    """An event row with what organising needs of its article."""

    id: int
    article_id: int
    story_id: int | None
    outlet: str
    type: str
    source_actors: list[str]
    target_actors: list[str]
    date: str | None
    date_precision: str | None
    date_first: dt.date | None
    date_last: dt.date | None
    date_source: str | None
    modality: str
    mode: str | None
    place: str | None
    attributes: dict
    sentence: str
    anchor: dt.date | None = None  # the article's date
    background: bool = False  # recalled, undated: its date fields are cleared

    @property
    def own_date(self) -> bool:
        """Whether the date comes from the sentence itself rather than the article's date."""
        return self.date_source in ("sentence", "relative") and self.date_first is not None


def counts(row: dict) -> bool:
    """Whether an event row is a happening to place on the timeline (not denied, doubted, asked for)."""
    return row["modality"] in COUNTED_MODALITIES and not row["negated"]


def is_background(sentence: str, row: dict) -> bool:
    """Whether the event is recalled in a subordinate 'since/after ...' clause or the past perfect.

    :param sentence: the article text from ``row["sentence_start"]`` to ``row["sentence_end"]``
    """
    start = row["start"] - row["sentence_start"]
    position = sentence.find(row["trigger"], max(start, 0))
    before = sentence[:position if position >= 0 else max(start, 0)]
    return bool(BACKGROUND_LEAD.search(before) or PAST_PERFECT.search(before))


def dates_overlap(m: Mention, w: dict) -> bool:
    if m.date_first is None or w["date_first"] is None:
        return True
    return m.date_first <= w["date_last"] and w["date_first"] <= m.date_last


def actors_compatible(m: Mention, w: dict) -> bool:
    if not (set(m.source_actors) & set(w["source_actors"])):
        return False
    if m.target_actors and w["target_actors"] and not (set(m.target_actors) & set(w["target_actors"])):
        return False
    return True


def choose(m: Mention, candidates: list[dict], same_story: set[int]) -> dict | None:
    """The world event ``m`` belongs to among ``candidates`` (rows of world_events), or None.

    :param same_story: ids of candidates already mentioned in the mention's own story
    """
    if m.background:
        if m.anchor is None or m.type in STATEMENTS:
            return None  # "after it had condemned ...": too common to tell which one
        earlier = [w for w in candidates if actors_compatible(m, w) and w["date_last"] is not None
                   and w["date_last"] < m.anchor and _same_weapon(m, w)]
        return max(earlier, key=lambda w: (w["date_last"], w["id"]), default=None)
    fits = []
    for w in candidates:
        in_story = w["id"] in same_story
        if not dates_overlap(m, w):
            continue
        if m.source_actors and w["source_actors"]:
            if not actors_compatible(m, w):
                continue
        elif not in_story:
            continue  # no source on one side: only trust the story
        if (m.date_first is None or w["date_first"] is None) and not in_story:
            continue
        shared = len(set(m.source_actors) & set(w["source_actors"])) + len(set(m.target_actors) & set(w["target_actors"]))
        fits.append(((in_story, _same_precision(m, w), shared, -w["id"]), w))
    return max(fits, key=lambda f: f[0])[1] if fits else None


def _same_weapon(m: Mention, w: dict) -> bool:
    mine, theirs = m.attributes.get("weapon"), (w["attributes"] or {}).get("weapon")
    return bool(mine and theirs and (mine in theirs or theirs in mine))


def _same_precision(m: Mention, w: dict) -> bool:
    return m.date_first == w["date_first"] and m.date_last == w["date_last"]


def aggregate(mentions: list[Mention], names: dict[str, str]) -> dict:
    """The world event's fields from all its mentions (see the module docstring)."""
    disagreements = []
    sources = _ranked_actors([m.source_actors for m in mentions])
    targets = _ranked_actors([m.target_actors for m in mentions])
    who = _disagreement("source_actors", mentions, lambda m: tuple(sorted(m.source_actors)) or None,
                        conflict=lambda a, b: not set(a) & set(b))
    if who:
        disagreements.append(who)
    date_row = _best_date(mentions)
    when = _disagreement("date", [m for m in mentions if m.own_date], lambda m: m.date,
                         conflict=lambda a, b: not _nested(a, b, mentions))
    if when:
        disagreements.append(when)
    attributes = {}
    for key in sorted({k for m in mentions for k in m.attributes}):
        values = Counter(_attribute_value(m.attributes[key]) for m in mentions if key in m.attributes)
        # The value most reports give; on a tie the most specific ("intermediate-range ballistic missile").
        attributes[key] = max(values, key=lambda v: (values[v], len(str(v))))
        conflict = _weapons_differ if key == "weapon" else (lambda a, b: a != b)
        disagreement = _disagreement(key, mentions, lambda m, k=key: _attribute_value(m.attributes.get(k)), conflict)
        if disagreement:
            disagreements.append(disagreement)
    evidence = max(mentions, key=lambda m: (m.modality == "asserted", m.own_date, len(m.attributes), -m.id))
    places = Counter(m.place for m in mentions if m.place)
    articles = sorted({m.article_id for m in mentions})
    modality = "asserted" if any(m.modality == "asserted" for m in mentions) else "future"
    modes = Counter(m.mode for m in mentions if m.mode)
    row = {
        "type": mentions[0].type, "mode": modes.most_common(1)[0][0] if modes else None, "modality": modality,
        "source_actors": sources, "target_actors": targets,
        "date": date_row.date if date_row else None,
        "date_precision": date_row.date_precision if date_row else None,
        "date_first": date_row.date_first if date_row else None,
        "date_last": date_row.date_last if date_row else None,
        "place": places.most_common(1)[0][0] if places else None,
        "attributes": attributes, "evidence_event_id": evidence.id,
        "n_mentions": len(mentions), "n_articles": len(articles),
        "n_sources": len({m.outlet for m in mentions}), "article_ids": articles,
        "disagreements": disagreements,
    }
    row["summary"] = summary(row, evidence.sentence, names)
    return row


def _weapons_differ(a: str, b: str) -> bool:
    """"ballistic missile" and "intercontinental ballistic missile" agree; "cruise" and "ballistic" do not."""
    return a not in b and b not in a


def _ranked_actors(lists: list[list[str]]) -> list[str]:
    counted = Counter(code for codes in lists for code in dict.fromkeys(codes))
    return [code for code, _ in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))]


def _best_date(mentions: list[Mention]) -> Mention | None:
    """The date most reports support, preferring a sentence's own date, then the most precise."""
    dated = [m for m in mentions if m.own_date] or [m for m in mentions if m.date_first is not None]
    if not dated:
        return None
    support = Counter(m.date for m in dated)
    return max(dated, key=lambda m: (PRECISION_RANK.get(m.date_precision, 0), support[m.date], -m.id))


def _nested(a: str, b: str, mentions: list[Mention]) -> bool:
    """Whether one date range contains the other ("2023-09" and "2023-09-13" agree)."""
    ranges = {m.date: (m.date_first, m.date_last) for m in mentions if m.date}
    (a1, a2), (b1, b2) = ranges[a], ranges[b]
    return (a1 <= b1 and b2 <= a2) or (b1 <= a1 and a2 <= b2)


def _attribute_value(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _disagreement(field: str, mentions: list[Mention], value_of, conflict=lambda a, b: a != b) -> dict | None:
    """Each value of ``field`` with its events and articles, when at least two values conflict."""
    by_value: dict = defaultdict(lambda: {"event_ids": [], "article_ids": []})
    for m in mentions:
        value = value_of(m)
        if value is None:
            continue
        entry = by_value[value]
        entry["event_ids"].append(m.id)
        if m.article_id not in entry["article_ids"]:
            entry["article_ids"].append(m.article_id)
    values = list(by_value)
    if not any(conflict(a, b) for i, a in enumerate(values) for b in values[i + 1:]):
        return None
    ordered = sorted(by_value.items(), key=lambda kv: (-len(kv[1]["article_ids"]), str(kv[0])))
    return {"field": field, "values": [{"value": list(v) if isinstance(v, tuple) else v, **entry}
                                       for v, entry in ordered]}


def summary(row: dict, evidence: str, names: dict[str, str]) -> str:
    """One line: who did what to whom (with weapon and figures), then the best evidence sentence."""
    def who(codes):
        named = [names.get(c, c) for c in codes[:3]]
        return " and ".join([", ".join(named[:-1]), named[-1]]) if len(named) > 1 else (named[0] if named else "")

    source, target = who(row["source_actors"]) or "Someone", who(row["target_actors"])
    attrs = row["attributes"]
    if row["type"] == "MOBILIZE" and attrs.get("weapon"):
        count = attrs.get("count")
        what = f"{source} launched {count} {attrs['weapon']}{'s' if count and count > 1 else ''}" if count \
            else f"{source} launched {'an' if attrs['weapon'][:1] in 'aeiou' else 'a'} {attrs['weapon']}"
    elif target:
        what = f"{source} {VERBS[row['type']]} {target}"
    else:
        what = f"{source} {NO_TARGET.get(row['type'], VERBS[row['type']])}"
    figures = [f"{label} {attrs[key]:,} km" for key, label in (("range_km", "range"), ("apogee_km", "apogee"))
               if isinstance(attrs.get(key), (int, float))]
    if figures:
        what += " (" + ", ".join(figures) + ")"
    if row["modality"] == "future":
        what = "Planned: " + what
    sentence = " ".join(evidence.split())
    if len(sentence) > SUMMARY_EVIDENCE_CHARS:
        sentence = sentence[:SUMMARY_EVIDENCE_CHARS].rsplit(" ", 1)[0] + "…"
    return f"{what} — “{sentence}”"
