"""When an event happened: the clause's own time expression, else the sentence's, else the anchor.

A time after "since" or "until" is a reference point; "days after <clause>" dates the clause a
little before its main clause; a noun event with no date of its own ("condemned Russia's invasion")
is background and left undated; a future event is not dated by the time of its report.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..clean.dates import NUMBER_WORDS
from .event_parse import is_event_noun
from .event_words import SPEECH
from .timex import SEASON_ORDER

if TYPE_CHECKING:
    from .event_context import EventContext

REFERENCE_PREPOSITIONS = {"since", "until", "till", "through"}
# Words that put a sentence on the day of the one before: "Hours later ...", "later that day".
_SAME_DAY = re.compile(r"\b(?:hours|minutes|moments) later\b|\blater (?:that|the same) (?:day|evening|night)\b|"
                       r"\bwithin (?:hours|minutes)\b", re.IGNORECASE)
SPELLS = {"day", "week", "month", "year", "night"}


def spell_of(noun: Token) -> bool:
    """"11 days of protests", "weeks of unrest": events told by how long they have gone on."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in SPELLS
# How long before the main clause "<lag> after <clause>" puts the clause, and how exactly.
LAGS = {"hours": (0, "day"), "a day": (1, "day"), "one day": (1, "day"), "days": (3, "week"), "shortly": (2, "week"),
        "soon": (2, "week"), "a week": (7, "week"), "weeks": (14, "month")}
_LAG_WORDS = (r"\b((?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) days|hours|a day|one day|days|"
              r"shortly|soon|a week|weeks)\s+after\b")
_LAG = re.compile(_LAG_WORDS + r"[^,;]*$", re.IGNORECASE)
_LAG_ANYWHERE = re.compile(_LAG_WORDS, re.IGNORECASE)


def _lag(tok: Token, sent: Span, context: "EventContext"):
    """The "<lag> after" whose clause ``tok`` is in: the text up to it runs in one clause, or the parse puts
    ``tok`` under that "after" ("three days after Kim Yo Jong, the leader's sister, threatened ...")."""
    before = context.text[sent.start_char:tok.idx]
    found = _LAG.search(before)
    if found:
        return found
    last = None
    for last in _LAG_ANYWHERE.finditer(before):
        pass
    if last is None:
        return None
    after = next((t for t in sent if t.idx == sent.start_char + last.end() - len("after")), None)
    clause = after.head if after is not None and after.dep_ == "mark" else after
    return last if clause is not None and clause.left_edge.i <= tok.i <= clause.right_edge.i else None


def event_date(tok: Token, sent: Span, context: "EventContext", modality: str, noun_only: bool = False):
    """The clause's own date expression, else the sentence's nearest, else the anchor.

    A time after "since" or "until" is a reference point, not the event's date; when the clause
    has a date that cannot be resolved ("on Wednesday" with no anchor), the date is unknown; a
    noun event with no date of its own is background, and a future one is not dated by the report.
    """
    doc = context.doc
    if _in_since_clause(tok):  # "since Moscow launched its invasion almost two years ago": only its own time
        own = [t for t in context.timexes.get(sent.start, []) if t._.timex.value and tok.left_edge.i <= t.start
               <= tok.right_edge.i]
        best = min(own, key=lambda t: abs(t.start - tok.i)) if own else None
        return (best._.timex.value, best._.timex.precision, "sentence") if best is not None else (None, None, None)
    theirs = _event_subject(tok)
    subtree = {t.i for t in tok.subtree} - theirs
    timexes = [t for t in context.timexes.get(sent.start, []) if not _reference_point(t, tok)]
    days = [t for t in timexes if t._.timex.value and t._.timex.precision == "day"]  # any day named may refine
    in_sentence = [t for t in timexes if t.start not in theirs and not _names_a_thing(t, tok) and not _clock_only(t)]
    if any(t.start in subtree and not t._.timex.value and not _in_clause_below(t, tok)
           and not _in_event_noun(t, tok) for t in in_sentence):
        return None, None, None  # not "crimes committed in the 1970s", "after ... shot dead ... the previous evening"
    # A time in a clause nested in the trigger's ("with Kim saying the US was his enemy in January") is that clause's.
    dated = [t for t in in_sentence if t._.timex.value and not _nested_time(t, tok, subtree)]
    own = [t for t in dated if t.start in subtree and not _after_speech_verb(t, tok) and not _in_relative(t, tok)]
    if modality != "asserted" and not own:
        dated = [t for t in dated if not _reporting_time(t, tok)]
    lag = None if own else _lag(tok, sent, context)
    if noun_only and not own and not lag:
        if spell_of(tok) and doc._.anchor and modality == "asserted":
            # "bowing to two weeks of mass protests": going on up to the report, dated as loosely as that
            return doc._.anchor.strftime("%Y-%m"), "month", "anchor"
        return None, None, None
    if not own and not lag and context.last_day and _SAME_DAY.search(context.text[sent.start_char:sent.end_char]):
        # "Hours later the leader announced his resignation": the day of what the text told before
        return context.last_day, "day", "relative"
    if lag:
        # "The move came days after officials met": a little before the main clause's date.
        reference = min(dated, key=lambda t: abs(t.start - tok.i))._.timex.value if dated else \
            (doc._.anchor.isoformat() if doc._.anchor else None)
        first = date_bounds(reference)[0] if reference else None
        if first:
            words = lag.group(1).lower().split()
            count = NUMBER_WORDS.get(words[0]) or (int(words[0]) if words[0].isdigit() else None)
            # "two days after officials met": that day; "days after": about half a week before
            numbered = count is not None and words[-1] == "days"  # "0 days after" is the same day, not a crash
            lag_days, precision = (count, "day") if numbered else LAGS[lag.group(1).lower()]
            return _at_precision(first - dt.timedelta(days=lag_days), precision), precision, "relative"
    pool = own or dated
    if pool:
        best = min(pool, key=lambda t: abs(t.start - tok.i))
        # "commemorate the launch last year ... Nov. 18": the day refines the year it falls in.
        first, last = date_bounds(best._.timex.value)
        finer = [t for t in days if t is not best
                 and first and first <= (date_bounds(t._.timex.value[:10])[0] or first) <= last]
        if best._.timex.precision in ("year", "season", "month") and finer:
            best = finer[0]
        shifted = _counted_from_another_day(best, dated, doc._.anchor)
        if shifted:
            return shifted, "day", "relative"
        return best._.timex.value[:10] if best._.timex.type == "TIME" else best._.timex.value, \
            "day" if best._.timex.type == "TIME" else best._.timex.precision, "sentence"
    anchor = doc._.anchor
    if anchor and modality in ("asserted", "alleged", "denied") and not _since_clause(tok):
        return anchor.isoformat(), "day", "anchor"
    return None, None, None  # "Since the war began, Russia has fired thousands of missiles": a sum, not a day


def _nested_time(timex: Span, tok: Token, subtree: set[int]) -> bool:
    """Whether ``timex`` sits in what is reported inside ``tok``'s clause ("reiterating that the US
    was his enemy in January"): the content has times of its own ("when they met in September",
    "a visit which began Wednesday" date the trigger, and are not excluded)."""
    node = timex.root
    while node.head.i != node.i and node.i != tok.i:
        if node.dep_ == "ccomp":  # not a naming aside: "launched what it called operations on Tuesday"
            return node.i in subtree and not any(c.lower_ == "what" for c in node.children)
        node = node.head
    return False


def _in_event_noun(timex: Span, tok: Token) -> bool:
    """Whether ``timex`` sits in the phrase of another event below ``tok`` ("apologised ... for the abduction
    of Japanese citizens in the 1970s"): that event's time, not the trigger's."""
    node = timex.root.head
    while node.head.i != node.i and node.i != tok.i:
        if is_event_noun(node):
            # "detained ... in pre-dawn raids on Monday": the act the trigger was done in shares its day
            return not (node.dep_ == "pobj" and node.head.lower_ in ("in", "during"))
        node = node.head
    return False


def _in_clause_below(timex: Span, tok: Token) -> bool:
    """Whether ``timex`` is in a clause of its own under ``tok``'s (a relative clause, a participle, a
    subordinate or reported clause), whose time it is."""
    node = timex.root
    while node.head.i != node.i and node.i != tok.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        node = node.head
    return False


_COUNTED_BACK = re.compile(r"^(?:a|one|two|three|four|five|\d+) days? (?:earlier|before)$|^the (?:previous|day before|"
                          r"preceding) ?(?:day|evening|night|morning)?$", re.IGNORECASE)


def _counted_from_another_day(best: Span, dated: list[Span], anchor: dt.date | None) -> str | None:
    """"kept up their sit-in on Friday, defying the generals who had ousted Bashir a day earlier": a day
    counted back from the day the sentence names, not from the report's date."""
    if anchor is None or not _COUNTED_BACK.match(best.text):
        return None
    named = [t for t in dated if t is not best and t._.timex.precision == "day" and not _COUNTED_BACK.match(t.text)
             and t.text.lower() not in ("today", "yesterday", "tonight", "last night")]
    if not named:
        return None
    own, other = date_bounds(best._.timex.value)[0], date_bounds(named[0]._.timex.value[:10])[0]
    if own is None or other is None:
        return None
    return (other + (own - anchor)).isoformat()


def _in_relative(timex: Span, tok: Token) -> bool:
    """Whether ``timex`` dates a relative clause below ``tok``'s ("accusing them of links with saboteurs who
    bombed an oil installation last month"): that clause's deed, not the accusation."""
    node = timex.root
    while node.head.i != node.i and node.i != tok.i:
        # people's deeds ("saboteurs who bombed ..."), not a thing's course ("a visit which began Wednesday")
        if node.dep_ == "relcl" and node.head.i != tok.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in node.children):
            return True
        node = node.head
    return False


def _event_subject(tok: Token) -> set[int]:
    """"North Korea's launch on Nov. 21 drew condemnation": the subject's date is the launch's."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and is_event_noun(c)), None)
    return {t.i for t in subj.subtree} if subj is not None else set()


def _after_speech_verb(timex: Span, tok: Token) -> bool:
    """"said on Saturday it had killed ...": the parser may hang the report's time on what is reported."""
    doc = timex.doc
    i = timex.start - 1
    if i >= 0 and doc[i].lower_ in ("on", "late", "early"):
        i -= 1
    return i >= 0 and i != tok.i and doc[i].lemma_.lower() in SPEECH and doc[i].pos_ in ("VERB", "AUX")


def _reporting_time(timex: Span, tok: Token) -> bool:
    """"..., the ministry said on Wednesday": the time of the report, not of what it reports."""
    verb = timex.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_.lower() in SPEECH and verb.i not in {t.i for t in tok.subtree} \
        and any(a.i == verb.i for a in tok.ancestors)


def _at_precision(day: dt.date, precision: str) -> str:
    if precision == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if precision == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def _reference_point(span: Span, tok: Token | None = None) -> bool:
    """"since 2017", "until Friday", "since the war began in February 2022", "his first meeting since
    their 2019 summit": a time things are counted from (unless it is ``tok``'s own, the event counted from)."""
    node = span.root
    while tok is not None and node.head.i != node.i and node.i != tok.i:
        node = node.head
        if node.i != tok.i and node.dep_ == "prep" and node.lower_ in REFERENCE_PREPOSITIONS:
            return True
        if node.i != tok.i and any(c.dep_ == "mark" and c.lower_ in REFERENCE_PREPOSITIONS for c in node.children):
            return True  # "since the council began punishing Pyongyang in 2006"
    first = span.doc[span.start - 1] if span.start > 0 else None
    if (first is not None and first.lower_ in REFERENCE_PREPOSITIONS) or span[0].lower_ in REFERENCE_PREPOSITIONS \
            or span.root.head.lower_ in REFERENCE_PREPOSITIONS:
        return True
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "mark" and c.lower_ in REFERENCE_PREPOSITIONS for c in verb.children)


def _in_since_clause(tok: Token) -> bool:
    """Whether ``tok`` is the event a "since" clause counts from."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return True
        if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "conj")):
            return False
        node = node.head
    return False


def _since_clause(tok: Token) -> bool:
    """Whether the clause counts from a point in time ("since the invasion began", "since 2022")."""
    return any((c.dep_ == "prep" and c.lower_ == "since") or
               (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in c.children))
               for c in tok.children)


def _names_a_thing(timex: Span, tok: Token) -> bool:
    """"the 2018 military agreement": a time that names a thing, not when the event happened (an
    event noun's own, "the October 7 attack", still dates it). A time in a phrase hung on a noun
    ("a missile with a warhead on Sunday") is kept: the parser often hangs adverbials there."""
    root = timex.root
    noun = root.head
    if timex.start > 0 and timex.doc[timex.start - 1].lower_ in ("on", "last", "next", "this"):
        return False  # "On Sunday Ecuador accused ...": a time, whatever the parser hung it on
    if timex._.timex.precision == "day" and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before", "during"):
        return False  # "marched after Friday prayers": the day of the prayers
    return root.dep_ in ("compound", "nummod", "amod", "nmod", "poss") and noun.pos_ in ("NOUN", "PROPN") \
        and noun.i != tok.i and not is_event_noun(noun)


def _clock_only(timex: Span) -> bool:
    """"at around 7:10 a.m.": a time of day whose day is only the anchor's says nothing of the date."""
    return timex._.timex.type == "TIME" and timex._.timex.day_from_anchor


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day covered by a TIMEX3 date value (day, ISO week, month, season or year).

    Seasons are meteorological: spring is March to May; a winter ("2023-WI") runs from December of
    its year to the end of the next February.
    """
    if not value:
        return None, None
    try:
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
            y, first_month = int(m[1]), 3 + 3 * SEASON_ORDER.index(m[2])  # spring starts in March
            after = dt.date(y + (first_month == 12), first_month % 12 + 3, 1)  # the day after its last
            return dt.date(y, first_month, 1), after - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            first = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return first, first + dt.timedelta(days=6)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:])
            first = dt.date(y, m, 1)
            return first, dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        pass
    return None, None
