"""Quotes and their speakers: direct quotes (straight or curly marks, split around "he said",
spanning sentences) and indirect speech ("Park said that ..."), each linked to actors.

A direct quote's speaker is the subject of the speech verb that governs it ("..., Park said";
"said Kato"; "the joint statement said"); a pronoun is the previous named speaker; a quote with
no speech verb of its own continues the previous quote's speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token  # noqa: F401 (Span in annotations)

from .actors import load_registry
from .extensions import ACTORS, register_extensions
from .reference import group_size, last_actors, last_person

SPEECH_VERBS = {
    "say", "tell", "add", "note", "warn", "state", "write", "declare", "ask", "stress", "highlight",
    "insist", "announce", "reply", "respond", "explain", "comment", "cite", "quote", "claim", "argue",
    "emphasize", "emphasise", "urge", "vow", "pledge", "assure", "acknowledge", "affirm", "reiterate",
    "conclude", "continue", "call", "describe", "refer", "term", "dub", "brand", "tweet", "post", "report",
    "confirm", "deny", "admit", "suggest", "predict", "promise", "caution", "underline", "underscore",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_QUOTE_PAIRS = [("“", "”"), ("«", "»"), ('"', '"')]
MIN_QUOTE_WORDS = 2  # a single quoted word is a scare quote ("ironclad"), not speech


@dataclass(slots=True)
class Quote:
    start: int  # characters of the quoted text (without the marks) in the doc
    end: int
    text: str
    kind: str  # direct, indirect
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_actors: list[str] = field(default_factory=list)
    sentence_start: int = 0
    sentence_end: int = 0


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks, curly or straight."""
    spans = []
    for open_mark, close_mark in _QUOTE_PAIRS:
        if open_mark == close_mark:
            positions = [m.start() for m in re.finditer(re.escape(open_mark), text)]
            spans += [(a + 1, b) for a, b in zip(positions[::2], positions[1::2])]
        else:
            for m in re.finditer(re.escape(open_mark) + r"([^" + re.escape(open_mark + close_mark) + r"]+)" + re.escape(close_mark), text):
                spans.append((m.start(1), m.end(1)))
    return sorted(s for s in spans if s[1] > s[0])


def extract_quotes(doc: Doc) -> list[Quote]:
    quotes: list[Quote] = []
    last_speaker: tuple[str, list[str], int, int] | None = None  # name, actors, start, end
    inside = set()
    text = doc.text  # built anew on each access: read it once
    for start, end in find_quote_spans(text):
        if len(text[start:end].split()) < MIN_QUOTE_WORDS:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        inside.update(range(span.start, span.end))
        quote = Quote(start=start, end=end, text=text[start:end].strip(" ,"), kind="direct",
                      sentence_start=span.sent.start_char, sentence_end=span[-1].sent.end_char)
        speaker = _speaker_of(span, doc)
        resolved = _resolve_speaker(speaker, doc, last_speaker) if speaker is not None else None
        if resolved is None and last_speaker and _continues(span, last_speaker, doc):
            resolved = last_speaker
        if resolved is None:
            resolved = _reported_before(span, doc)
        if resolved is not None:
            quote.speaker, quote.speaker_actors, quote.speaker_start, quote.speaker_end = resolved
            last_speaker = resolved
        quotes.append(quote)
    quotes += _indirect_quotes(doc, inside, quotes)
    return sorted(quotes, key=lambda q: q.start)


def _speaker_of(quote: Span, doc: Doc) -> Span | None:
    """The subject of the speech verb governing ``quote`` (a verb outside the quote)."""
    quote_tokens = set(range(quote.start, quote.end))
    sentences = {quote.sent.start, quote[-1].sent.start}
    # 1. A speech verb outside the quote in the quote's sentence(s) whose subtree holds the quote,
    #    or that stands beside it (", Park said." after the closing mark).
    candidates = []
    for sent in {t.sent for t in quote}:
        for tok in sent:
            if tok.i in quote_tokens or tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in SPEECH_VERBS:
                continue
            if any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
                continue  # an aside: "as quoted by the Korean Herald"
            distance = min(abs(tok.i - quote.start), abs(tok.i - quote.end))
            candidates.append((distance, tok))
    candidates.sort(key=lambda c: c[0])
    # 2. Failing that, a verb inside the quote whose subject stands outside it ('He also "highlighted ..."').
    inner = []
    for tok in quote:
        if tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None and subj.i not in quote_tokens and subj.sent.start in sentences:
                inner.append((abs(subj.i - quote.start), tok))
    for _, verb in candidates + sorted(inner, key=lambda c: c[0]):
        subj = _subject(verb)
        if subj is not None and subj.i not in quote_tokens:
            return _noun_phrase(subj)
        agent = _according_to(verb)
        if agent is not None:
            return agent
    for tok in quote.sent:  # "according to the US State Department"
        if tok.lower_ == "according" and tok.i not in quote_tokens:
            agent = _according_to(tok)
            if agent is not None:
                return agent
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, following conjunctions and auxiliaries up to a shared subject."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        for child in verb.children:  # passive: "as quoted by X"
            if child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
        elif verb.dep_ == "acl" and verb.head.head.i != verb.head.i:  # "issued a statement citing ..."
            verb = verb.head.head
            seen += 1
        else:
            return None
    return None


def _according_to(tok: Token) -> Span | None:
    if tok.lower_ != "according":
        return None
    for child in tok.children:
        if child.lower_ == "to":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return _noun_phrase(grand)
    return None


def _noun_phrase(head: Token) -> Span:
    """The subject's phrase without a relative clause or a trailing appositive comma."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        if child.dep_ in ("prep", "compound", "appos", "poss") and child.text != ",":
            right = max(right, child.right_edge.i)
        else:
            break
    span = doc[left:right + 1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span


def _resolve_speaker(phrase: Span, doc: Doc, last):
    """(name, actor codes, start, end) for the speaker phrase, following pronouns back."""
    if len(phrase) == 1 and phrase[0].lower_ in PRONOUNS:
        person = last_person(doc, phrase.start_char) if phrase[0].lower_ in ("he", "she") else None
        if person is not None and (last is None or person.start_char > last[2]):
            return _as_speaker(person, doc)
        return last
    size = group_size(phrase)
    if size:  # "the three allies said"
        return phrase.text, last_actors(doc, phrase.start_char, size), phrase.start_char, phrase.end_char
    actors, name = _actors_in(phrase, doc)
    if not actors and last and _same_person(phrase, last[0]):
        return last
    return name or phrase.text, actors, phrase.start_char, phrase.end_char


def _as_speaker(mention: Span, doc: Doc):
    actors, name = _actors_in(mention, doc)
    return name or mention.text, actors, mention.start_char, mention.end_char


def _reported_before(quote: Span, doc: Doc):
    """A quote standing alone after "X said ...": X, from the sentence before."""
    sent = quote.sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    for tok in previous:
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None:
                resolved = _resolve_speaker(_noun_phrase(subj), doc, None)
                if resolved and resolved[1]:
                    return resolved
    return None


def _actors_in(phrase: Span, doc: Doc) -> tuple[list[str], str | None]:
    """Actor codes of the mentions inside ``phrase``, and a person's canonical name if one is."""
    codes, person = [], None
    for mention in doc.spans[ACTORS] if ACTORS in doc.spans else []:
        if mention.start >= phrase.start and mention.end <= phrase.end:
            for code in _codes_of(mention):
                if code not in codes:
                    codes.append(code)
            person = person or mention._.person
    if not codes:  # a surname that an earlier full mention introduced: "Park said"
        earlier = _earlier_person(phrase, doc)
        if earlier is not None:
            return ([earlier._.actor] if earlier._.actor else []), earlier._.person or earlier.text
    return codes, person


def _codes_of(mention: Span) -> list[str]:
    """A mention's actor code, and its country's for state media and national bodies (KCNA: PRK)."""
    if not mention._.actor:
        return []
    actor = load_registry().get(mention._.actor)
    country = actor.country if actor is not None and actor.kind in ("media", "organization") else None
    return [mention._.actor] + ([country] if country and country != mention._.actor else [])


def _earlier_person(phrase: Span, doc: Doc) -> Span | None:
    words = {t.text for t in phrase if t.pos_ == "PROPN"}
    if not words or ACTORS not in doc.spans:
        return None
    best = None
    for mention in doc.spans[ACTORS]:
        if mention.start >= phrase.start:
            break
        if mention._.actor_kind == "person" and words & set((mention._.person or mention.text).split()):
            best = mention
    return best


def _same_person(phrase: Span, name: str) -> bool:
    return bool({t.text for t in phrase if t.pos_ == "PROPN"} & set(name.split()))


def _continues(quote: Span, last, doc: Doc) -> bool:
    """A quote with no speaker of its own continues the previous one within a few sentences."""
    return quote.start_char - last[3] < 1500


def _indirect_quotes(doc: Doc, inside: set[int], direct: list[Quote]) -> list[Quote]:
    """``X said (that) <clause>`` outside quotation marks."""
    found = []
    for tok in doc:
        if tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ != "VERB" or tok.i in inside:
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        subj = _subject(tok)
        if clause is None or subj is None:
            continue
        span = doc[clause.left_edge.i:clause.right_edge.i + 1]
        if any(t.i in inside for t in span) or len(span) < 4:
            continue
        phrase = _noun_phrase(subj)
        actors, name = _actors_in(phrase, doc)
        if span[0].lower_ == "that":
            span = span[1:]
        found.append(Quote(start=span.start_char, end=span.end_char, text=span.text, kind="indirect",
                           speaker=name or phrase.text, speaker_start=phrase.start_char, speaker_end=phrase.end_char,
                           speaker_actors=actors, sentence_start=tok.sent.start_char, sentence_end=tok.sent.end_char))
    return found


def register_quote_component() -> None:
    """Register the "dateline_quotes" factory; a second call does nothing."""
    register_extensions()
    if "dateline_quotes" not in Language.factories:
        Language.factory("dateline_quotes", requires=["doc.sents", "token.dep"], assigns=["doc._.quotes"],
                         func=lambda nlp, name: QuoteComponent())


class QuoteComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc)
        return doc
