"""Quotes and their speakers: direct quotes (double or single marks, straight or curly, split
around "he said", spanning sentences) and indirect speech ("Park said that ..."), each linked to actors.

Quotation marks pair within a paragraph. A straight mark opens or closes by what stands around it
(an opening mark follows a space or the start and comes before a word; a closing mark the
reverse), so a stray one (12" shells) or an apostrophe ("Kim's", "the allies' talks") pairs with
nothing. A quote left open at the end of a paragraph runs on when the next paragraph opens with a
quotation mark, as news copy writes a quote over several paragraphs.

A direct quote's speaker is the subject of the speech verb that governs it ("..., Park said";
"said Kato"; "the joint statement said"); "he" or "she" is the person named last (the subject of
that sentence first), unless the previous quote's speaker came later. A participle after a comma
(", calling them a 'strong punishment'") speaks for the clause that reports, not for a clause it
happens to follow: the subject of the speech verb above it, else of the sentence's main verb. A
quote inside someone else's clause belongs to that clause: the subject of a verb of stance
("The United States condemned China's 'aggressive maneuvers'") is its speaker, and under any other
verb it has none. Only a quote with no clause of its own outside the marks continues the previous
quote's speaker. Indirect speech resolves "he" and "she" as direct quotes do. Names inside quotes
are what was said: they never stand for a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token  # noqa: F401 (Span in annotations)

from .actor_linker import FACTORY as ACTOR_FACTORY
from .actors import ActorRegistry, load_registry
from .extensions import ACTORS, doc_text, register_extensions
from .reference import group_actors, group_size, last_person, mentions

SPEECH_VERBS = {
    "say", "tell", "add", "note", "warn", "state", "write", "declare", "ask", "stress", "highlight",
    "insist", "announce", "reply", "respond", "explain", "comment", "cite", "quote", "claim", "argue",
    "emphasize", "emphasise", "urge", "vow", "pledge", "assure", "acknowledge", "affirm", "reiterate",
    "conclude", "continue", "call", "describe", "refer", "term", "dub", "brand", "tweet", "post", "report",
    "confirm", "deny", "admit", "suggest", "predict", "promise", "caution", "underline", "underscore",
}
# Verbs that take a position on what their object names: a quote in their object is the subject's words
# ("Japan condemned the 'reckless act'"). Under other verbs a quote is the writer's ("the so-called 'special
# military operation' began").
STANCE_VERBS = {
    "condemn", "denounce", "criticize", "criticise", "slam", "blast", "accuse", "blame", "reject", "dismiss",
    "welcome", "hail", "praise", "applaud", "decry", "deplore", "lament", "label", "characterize", "characterise",
    "express", "voice", "demand", "threaten", "reaffirm", "protest", "oppose",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# A quote nested in another is part of it ("He called it 'a lie,'" and British 'He called it "a lie".');
# of two crossing spans, the kind listed first wins.
_QUOTE_PAIRS = [("“", "”"), ("«", "»"), ('"', '"'), ("‘", "’"), ("'", "'")]
# Marks that also write inches, apostrophes or elisions ("12\" shells", "Kim’s", "‘90s"): they count
# only where they stand like quotation marks. “ ” « » always do.
_AMBIGUOUS = "\"'‘’"
_BEFORE_OPENING = "([{—–-:/“‘\"'"  # what may stand before an opening mark, besides a space
_AFTER_CLOSING = ".,;:!?)]}—–-”’\"'"  # what may follow a closing mark, besides a space
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
    """(start, end) of the text inside each pair of quotation marks, double or single, curly or straight."""
    kept: list[tuple[int, int]] = []
    for open_mark, close_mark in _QUOTE_PAIRS:
        for para in re.finditer(r"[^\n]+", text):
            for start, end in _pairs(text, para.start(), para.end(), open_mark, close_mark):
                inner = [(s, e) for s, e in kept if start <= s and e <= end]
                if end <= start or any(s < end and start < e for s, e in kept if (s, e) not in inner):
                    continue  # empty, inside a quote found already, or crossing one (a kind listed earlier wins)
                kept = [k for k in kept if k not in inner] + [(start, end)]
    return sorted(kept)


def _pairs(text: str, start: int, end: int, open_mark: str, close_mark: str) -> list[tuple[int, int]]:
    """The quotes between ``open_mark`` and ``close_mark`` in one paragraph, text[start:end]."""
    found, pending = [], None
    for m in re.finditer(re.escape(open_mark) + ("" if open_mark == close_mark else "|" + re.escape(close_mark)),
                         text[start:end]):
        i = start + m.start()
        if pending is not None and text[i] == close_mark and _may_close(text, i):
            found.append((pending + 1, i))
            pending = None
        elif text[i] == open_mark and _may_open(text, i):
            pending = i  # an earlier mark that never closed was stray
    if pending is not None and re.compile(r"\s*" + re.escape(open_mark)).match(text, end):
        found.append((pending + 1, end))  # the quote goes on in the next paragraph
    return found


def _may_open(text: str, i: int) -> bool:
    if text[i] not in _AMBIGUOUS:
        return True
    if (i > 0 and not (text[i - 1].isspace() or text[i - 1] in _BEFORE_OPENING)) or _is_unit_mark(text, i):
        return False
    after = text[i + 1:i + 2]
    # A single mark opens a word ('We ...'), not a number: "the '90s" is an elision.
    return after.isalpha() if text[i] in "‘'" else bool(after) and not after.isspace()


def _may_close(text: str, i: int) -> bool:
    if text[i] not in _AMBIGUOUS:
        return True
    if i == 0 or text[i - 1].isspace() or _is_unit_mark(text, i):
        return False
    after = text[i + 1:i + 2]
    if after and not (after.isspace() or after in _AFTER_CLOSING):
        return False  # "Kim's", "don’t": an apostrophe inside a word
    # "the allies' talks": a plural possessive, not the end of a quote
    return not (text[i] in "’'" and text[i - 1] in "sS" and re.match(r"\s+[a-z]", text[i + 1:i + 3]))


def _is_unit_mark(text: str, i: int) -> bool:
    """ 12" shells, a 6' wall: a straight mark after a number is inches or feet."""
    return text[i] in "\"'" and i > 0 and text[i - 1].isdigit()


def extract_quotes(doc: Doc, registry: ActorRegistry | None = None) -> list[Quote]:
    """The doc's direct and indirect quotes, in text order, with their speakers.

    :param registry: the actors the doc's mentions were linked with (for the country of a medium
        or a body); by default the shipped ones
    """
    registry = registry or load_registry()
    quotes: list[Quote] = []
    last_speaker: tuple[str, list[str], int, int] | None = None  # name, actors, start, end
    inside = set()
    text = doc_text(doc)
    quoted = [(s, e) for s, e in (_strip(text, *q) for q in find_quote_spans(text))
              if len(text[s:e].split()) >= MIN_QUOTE_WORDS]
    for start, end in quoted:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        inside.update(range(span.start, span.end))
        quote = Quote(start=start, end=end, text=text[start:end], kind="direct",
                      sentence_start=span.sent.start_char, sentence_end=span[-1].sent.end_char)
        speaker = _speaker_of(span, doc)
        resolved = _resolve_speaker(speaker, doc, last_speaker, registry, quoted) if speaker is not None else None
        clause = _outer_clause(span) if speaker is None else None
        if clause is not None:  # a quote in another clause: its subject's words, or the writer's
            verb, subject = clause
            if verb.lemma_.lower() in STANCE_VERBS and subject is not None:
                resolved = _resolve_speaker(_noun_phrase(subject), doc, last_speaker, registry, quoted)
        elif resolved is None and last_speaker and _continues(span, last_speaker, doc):
            resolved = last_speaker
        if resolved is None and clause is None:
            resolved = _reported_before(span, doc, registry, quoted)
        if resolved is not None:
            quote.speaker, quote.speaker_actors, quote.speaker_start, quote.speaker_end = resolved
            last_speaker = resolved
        quotes.append(quote)
    quotes += _indirect_quotes(doc, inside, quotes, registry)
    return sorted(quotes, key=lambda q: q.start)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The quote without the spaces and the comma the marks enclose ("We will respond," he said)."""
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


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
        own = _own_subject(verb)
        if own is not None:
            return own
        if verb.tag_ == "VBG" and verb.dep_ == "advcl":
            return _reporter_of(verb)
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
        elif verb.dep_ == "acl" and verb.head.head.i != verb.head.i:  # "issued a statement citing ..."
            verb = verb.head.head
            seen += 1
        else:
            return None
    return None


def _own_subject(verb: Token) -> Token | None:
    """The subject written on the verb itself, or the agent of a passive ("as quoted by X")."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _reporter_of(participle: Token) -> Token | None:
    """Who speaks in a participle after a comma (", calling it the 'final version'"): the subject of the
    speech verb above it ("state media said the missile was ..., calling it"), else of the sentence's main
    verb ("China began drills ... after Lai was sworn in, calling them"). The parser often hangs the
    participle on the nearest clause, whose subject is not the one talking."""
    tok = participle.head
    while True:
        # A speech verb in a clause of time or reason ("after Netanyahu warned of retaliation") is background.
        if (tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_VERBS and tok.tag_ != "VBG"
                and not any(c.dep_ == "mark" for c in tok.children)):
            subject = _own_subject(tok)
            if subject is not None:
                return subject
        if tok.head.i == tok.i:
            return _own_subject(tok)
        tok = tok.head


def _outer_clause(quote: Span) -> tuple[Token, Token | None] | None:
    """The verb outside the quote whose clause holds it ("condemned China's 'aggressive maneuvers'") and that
    verb's subject outside the quote (None when it has none, or when the subject is the quote itself); None
    when the quote has no such clause (it is a sentence of its own)."""
    inside = set(range(quote.start, quote.end))
    for tok in quote:
        if tok.head.i in inside or tok.head.i == tok.i or tok.is_punct:
            continue
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.i in inside or head.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject(head)
        return head, (subject if subject is not None and subject.i not in inside else None)
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


def _resolve_speaker(phrase: Span, doc: Doc, last, registry: ActorRegistry, quoted: list[tuple[int, int]]):
    """(name, actor codes, start, end) for the speaker phrase, following pronouns back.

    :param quoted: character spans of the quotes: the names in them are not who is speaking
    """
    if len(phrase) == 1 and phrase[0].lower_ in PRONOUNS:
        person = last_person(doc, phrase.start_char, quoted) if phrase[0].lower_ in ("he", "she") else None
        if person is not None and (last is None or person.start_char > last[2]):
            return _as_speaker(person, doc, registry)
        return last
    size = group_size(phrase)
    if size:  # "the three allies said"
        return phrase.text, group_actors(doc, phrase, size, quoted), phrase.start_char, phrase.end_char
    actors, name = _actors_in(phrase, doc, registry)
    if not actors and last and _same_person(phrase, last[0]):
        return last
    return name or phrase.text, actors, phrase.start_char, phrase.end_char


def _as_speaker(mention: Span, doc: Doc, registry: ActorRegistry):
    actors, name = _actors_in(mention, doc, registry)
    return name or mention.text, actors, mention.start_char, mention.end_char


def _reported_before(quote: Span, doc: Doc, registry: ActorRegistry, quoted: list[tuple[int, int]]):
    """A quote standing alone after "X said ...": X, from the sentence before."""
    sent = quote.sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    for tok in previous:
        if tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ == "VERB":
            subj = _subject(tok)
            if subj is not None:
                resolved = _resolve_speaker(_noun_phrase(subj), doc, None, registry, quoted)
                if resolved and resolved[1]:
                    return resolved
    return None


def _actors_in(phrase: Span, doc: Doc, registry: ActorRegistry) -> tuple[list[str], str | None]:
    """Actor codes of the mentions inside ``phrase``, and a person's canonical name if one is.

    A person speaks for their own actor, not for the bodies their title names ("Russia's ambassador
    to the UN, Vassily Nebenzia": RUS); without one, a place or body in a modifier ("China's embassy
    in Washington") counts only when nothing else does.
    """
    found = [m for m in mentions(doc) if m.start >= phrase.start and m.end <= phrase.end]
    person = next((m._.person for m in found if m._.person), None)
    linked = [m for m in found if m._.actor]
    chosen = ([m for m in linked if m._.actor_kind == "person"]
              or [m for m in linked if not _in_modifier(m, phrase)] or linked)
    codes = list(dict.fromkeys(code for m in chosen for code in _codes_of(m, registry)))
    if not codes:  # a surname that an earlier full mention introduced: "Park said"
        earlier = _earlier_person(phrase, doc)
        if earlier is not None:
            return ([earlier._.actor] if earlier._.actor else []), earlier._.person or earlier.text
    return codes, person


def _in_modifier(mention: Span, phrase: Span) -> bool:
    """The mention sits in a prepositional modifier other than "of" ("to the UN", "in Washington")."""
    tok = mention.root
    while tok.head.i != tok.i and phrase.start <= tok.head.i < phrase.end:
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return True
        tok = tok.head
    return False


def _codes_of(mention: Span, registry: ActorRegistry) -> list[str]:
    """A mention's actor code, and its country's for media and national bodies (KCNA: PRK), the
    shipped ones and those a user added alike."""
    if not mention._.actor:
        return []
    actor = registry.get(mention._.actor)
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


def _indirect_quotes(doc: Doc, inside: set[int], direct: list[Quote], registry: ActorRegistry) -> list[Quote]:
    """``X said (that) <clause>`` outside quotation marks, unless the speech verb is negated."""
    found: list[Quote] = []
    quoted = [(q.start, q.end) for q in direct]
    for tok in doc:
        if tok.lemma_.lower() not in SPEECH_VERBS or tok.pos_ != "VERB" or tok.i in inside:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "Israel has not confirmed it carried out that strike": nothing was said
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        subj = _subject(tok)
        if clause is None or subj is None:
            continue
        span = doc[clause.left_edge.i:clause.right_edge.i + 1]
        hedge = span.start <= tok.i  # "Iran struck what it said were bases": what was said follows the verb
        if hedge:
            span = doc[tok.i + 1:clause.right_edge.i + 1]
        if any(t.i in inside for t in span) or len(span) < 4:
            continue
        # "He said the military would respond": "he" is found as for a direct quote, from the quotes so far.
        earlier = [q for q in (*direct, *found) if q.speaker is not None and q.start < tok.idx]
        last = max(earlier, key=lambda q: q.start, default=None)
        last = (last.speaker, last.speaker_actors, last.speaker_start, last.speaker_end) if last else None
        if hedge and subj.lower_ in ("it", "they"):
            subj = _subject(tok.head) or subj  # the "it" of a hedge is the clause's own subject: Iran
        phrase = _noun_phrase(subj)
        name, actors, start, end = (_resolve_speaker(phrase, doc, last, registry, quoted)
                                    or (phrase.text, [], phrase.start_char, phrase.end_char))
        if span[0].lower_ == "that":
            span = span[1:]
        found.append(Quote(start=span.start_char, end=span.end_char, text=span.text, kind="indirect",
                           speaker=name, speaker_start=start, speaker_end=end, speaker_actors=actors,
                           sentence_start=tok.sent.start_char, sentence_end=tok.sent.end_char))
    return found


def register_quote_component() -> None:
    """Register the "dateline_quotes" factory; a second call does nothing."""
    register_extensions()
    if "dateline_quotes" not in Language.factories:
        Language.factory("dateline_quotes", requires=["doc.sents", "token.dep"], assigns=["doc._.quotes"],
                         func=lambda nlp, name: QuoteComponent(nlp))


class QuoteComponent:
    """Finds quotes; reads actors through the registry of the pipeline's actor component, which holds
    the user-added actors too (a user's medium then speaks for its country, as KCNA does for PRK)."""

    def __init__(self, nlp: Language | None = None):
        linker = nlp.get_pipe(ACTOR_FACTORY) if nlp is not None and ACTOR_FACTORY in nlp.pipe_names else None
        self.registry = linker.registry if linker is not None else load_registry()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, self.registry)
        return doc
