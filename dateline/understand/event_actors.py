"""Who did it and to whom: an event's source and target actors, from the parse and the actor mentions.

The source is the subject (or the passive agent, or the accused of "accused X of ..."), shared with
the verb a clause is conjoined or subordinate to; a pronoun goes back to who the text was about,
"we" to a quote's speaker. Targets are the actors named at the top of the object and recipient
phrases, not those nested deeper ("sanctions on US firms over arms sales to Taiwan" targets the US).
"""

from __future__ import annotations

from spacy.tokens import Token

from .actors import load_registry
from .agents import place_code
from .event_parse import is_event_noun, object_content, phrase_range, subject_child, subject_of
from .event_words import (
    BUSINESS_WORDS,
    CROWDS,
    ECONOMIC,
    INSTRUMENTS,
    NATURAL,
    NON_AGENTS,
    REMNANTS,
    PEOPLE_WORDS,
    POLITICAL_ORGS,
    CONDITIONAL_MARKS,
    OBJECT_CONTROL,
    SPEECH,
    WEAPONS_WORDS,
)
from .reference import GROUP_NOUNS, group_actors, group_size
from .event_context import QUANTIFIERS, EventContext, actor_key, named

PRONOUNS = {"he", "she", "they", "it", "we", "his", "her", "their", "its", "our", "i", "my"}


# "Ukraine's allies", "Russia's critics": not the possessor itself.
RELATIONAL = {"ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors", "enemy",
              "enemies", "rival", "rivals", "critic", "critics", "opponent", "opponents", "adversary", "adversaries",
              "friend", "friends", "backer", "backers", "supporter", "supporters"}
CROWD_PLACES = {"in", "across", "outside", "on", "to", "toward", "towards", "into", "through"}
# Dependants that stay in a phrase's top level: "China's military drills" (not "... around Taiwan").
TOP_LEVEL_DEPS = {"compound", "amod", "poss", "nmod", "appos", "conj", "cc", "det", "nummod", "quantmod", "case",
                  "punct", "npadvmod", "flat", "predet"}


def not_an_agent(phrase: Token) -> bool:
    """A doer only in a figure of speech (``NON_AGENTS``): "the storm", "Cyclone Idai", "a new album";
    for "which" or "that", the noun it stands for ("the book, which attacks ...")."""
    if phrase.lower_ in ("which", "that") and phrase.head.dep_ == "relcl":
        phrase = phrase.head.head
    if phrase.lemma_.lower() in REMNANTS or phrase.lower_.removesuffix("s") in REMNANTS:  # "remnants of Hurricane Ida"
        phrase = next((g for c in phrase.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), phrase)
    # a name's kind: "Cyclone Idai", "Hurricane Katrina" (not "drug gangs"); "lightning strikes"
    words = [phrase] + [c for c in phrase.children if c.dep_ == "compound" and (
        phrase.pos_ == "PROPN" or c.lemma_.lower() in NATURAL)]
    return any(w.lemma_.lower() in NON_AGENTS or w.lower_.removesuffix("s") in NON_AGENTS
               for w in words) and phrase.ent_type_ not in (
        "ORG", "NORP", "GPE")


def source_actors(tok: Token, context: EventContext) -> list[str]:
    head = tok
    for _ in range(6):
        root = head.sent.root
        if head.dep_ == "acl" and head.tag_ == "VBD" and root.pos_ in ("NOUN", "PROPN") and root.i < head.i:
            # "Kenyan troops backed by gunships crossed into Somalia": the parser hangs the sentence's verb on
            # the agent and takes the subject for the root
            return resolve_phrase(root, context)
        # A conjoined or subordinate verb shares its subject ("Japan condemned ... and expressed ...";
        # "he embarked on provocations, blowing up ...").
        subj = subject_child(head)
        # A passive's "by X" belongs to that verb alone, not to verbs conjoined with it.
        agent = next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
            if head.i == tok.i else None
        if subj is not None or agent is not None:
            phrase = subj if subj is not None else agent
            if (phrase.lemma_.lower() in RELATIONAL or phrase.lower_ in RELATIONAL) and any(
                    c.dep_ == "poss" for c in phrase.children):
                return []  # "Ukraine's allies pledged ...": not Ukraine, and no one else named
            if not_an_agent(phrase):
                return []  # "Cyclone Idai smashed into Beira", "China's lunar probe blasted off"
            if is_event_noun(phrase) and not _hyphenated_verb(phrase, head) and phrase.i not in context.mention_at:
                return []  # "North Korea's test escalated concerns"; not "a British army patrol opened fire"
            # "a loan backed by profits from frozen Russian assets": an agent is its own top, not what it comes from
            codes = resolve_phrase(phrase, context) if subj is not None else _agent_actors(agent, context)
            if not codes and phrase.lower_ in ("who", "which", "that") and head.dep_ == "relcl":
                # "Yoon, who arrived in Tokyo on Thursday, ..."; not "a treaty in Pyongyang that commits ..."
                return context.actors_at(top_level(head.head))
            if codes:
                return codes
            if phrase.pos_ in ("NOUN", "PROPN"):
                return []  # "regional powers were meeting": someone unnamed, not the clause above's subject
        controller = _controller(head)
        if controller is not None:  # "prompting Islamabad to recall its ambassador": Islamabad recalls
            return resolve_phrase(controller, context)
        if head.head.i == head.i or head.dep_ in ("ccomp", "relcl"):
            break  # reported speech and relative clauses have subjects of their own
        if head.dep_ == "acl":
            return _document_author(head, context)  # "a resolution condemning Russia"
        if head.dep_ == "advcl" and head.head.dep_ == "ccomp" and head.head.head.i < head.head.i:
            # "Kim said the US was his enemy, calling it a trick": the participle is the speaker's (not so
            # when the attribution comes last: "Bahrain expelled them, accusing them of ..., the agency said")
            head = head.head.head
            continue
        aside = _attribution_between(head)
        if aside is not None:
            # "Ethiopian jets bombed Assab, the government in Asmara said, accusing Addis Ababa of ...": the
            # participle after the attribution is the speaker's
            head = aside
            continue
        reported = _reported_clause(head)
        if reported is not None:
            # "Bahrain expelled two diplomats, accusing them of ..., the news agency said": the participle hangs
            # on the attribution that follows, but it is the reported clause's subject that accuses
            head = reported
            continue
        if head.head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("conj",):
            break  # "such launches, including testing ...": a verb inside a noun phrase has no subject to borrow
        if head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.dep_ == "xcomp" and head.head.i < head.i:
            # "ordered Rwanda's ambassador to leave, accusing Kigali of ...": whoever ordered accuses, not the
            # one ordered out
            head = head.head.head
            continue
        head = head.head
    return []


def _attribution_between(participle: Token) -> Token | None:
    """An attribution set between a clause and a participle hung on that clause ("X did Y, Z said, calling")."""
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.head.i > participle.i:
        return None
    return next((c for c in participle.head.children if c.dep_ in ("parataxis", "ccomp") and participle.head.i < c.i
                 < participle.i and c.lemma_.lower() in SPEECH and subject_child(c) is not None), None)


def _reported_clause(participle: Token) -> Token | None:
    """The clause reported before a participle that the parser hung on the attribution after it."""
    speech = participle.head
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or speech.i < participle.i \
            or speech.lemma_.lower() not in SPEECH:
        return None
    return next((c for c in speech.children if c.dep_ == "ccomp" and c.i < participle.i), None)


def _hyphenated_verb(subject: Token, verb: Token) -> bool:
    """"North Korea test-fired three missiles": the parser takes "test" for the subject."""
    doc = verb.doc
    return subject.i == verb.i - 2 and doc[verb.i - 1].text == "-"


def _controller(verb: Token) -> Token | None:
    """The object of the verb above that does ``verb``: "prompting Islamabad to recall", "allowed Ukraine to strike"."""
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in OBJECT_CONTROL:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)


def patient_actors(verb: Token, context: EventContext) -> list[str]:
    """A passive's subject, the one the event was done to: "Sinwar had been killed by its troops"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return resolve_phrase(subj, context) if subj is not None and subj.lower_ not in PRONOUNS else []


def clause_places(verb: Token, context: EventContext) -> list[str]:
    """Actors of the places in the clause: "struck targets in Yemen", "hideouts inside Iran"."""
    codes = []
    for tok in verb.subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("in", "inside", "across", "near", "into", "outside", "around") \
                and tok.i > verb.i:
            for place in (g for g in tok.children if g.dep_ == "pobj"):
                found = context.actors_at(top_level(place))
                if not found:  # a town no mention names: "killed five people in Mosul"
                    town = place_code(place, load_registry())
                    found = [town] if town else []
                codes += [a for a in found if a not in codes]
    return codes


def _agent_actors(agent: Token, context: EventContext) -> list[str]:
    codes = context.actors_at(top_level(agent))
    poss = next((c for c in agent.children if c.dep_ == "poss"), None)
    if not codes and poss is not None and poss.lower_ in ("its", "their", "his", "her"):
        codes = _pronoun(poss, context)  # "killed by its troops"
    return codes


def _document_author(participle: Token, context: EventContext) -> list[str]:
    """Who speaks through "a resolution/statement condemning X": named in it, else whoever adopted it."""
    noun = participle.head
    own = context.actors_at(without_clauses(noun))  # "a Security Council resolution", not its clauses
    if own:
        return own
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in PRONOUNS), None)
    if poss is not None:  # "its third attempt to launch a satellite"
        return _pronoun(poss, context)
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return source_actors(noun.head, context)
    return []


def accused_actors(tok: Token, context: EventContext) -> list[str] | None:
    """"Russia accused Ukraine of shelling the plant": the shelling is Ukraine's (alleged)."""
    if object_content(tok):
        obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
        return resolve_phrase(obj, context) if obj is not None else []
    return None


def resolve_phrase(head: Token, context: EventContext) -> list[str]:
    """Actor codes for a subject phrase; pronouns go back to who the text was about."""
    # "The United States, which has a treaty with the Philippines, condemned ...": the relative
    # clause is not the subject; "Officials in Japan said" takes Japan when nothing is nearer the top.
    if (head.pos_ == "NUM" or head.lower_ in QUANTIFIERS) and head.lower_ not in CROWDS:
        of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return resolve_phrase(of, context)  # "one of its warplanes", "two of the rebels"
    if head.lemma_.lower() in DESCRIBED and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and not context.actors_at(top_level(head)) and (described := described_before(head, context)):
        return described  # "the world body welcomed the move": the UN
    if not _agentive(head, context):
        return []  # "Argentina's inflation rate hit a record", "Lakeshore Motors Corp. released earnings"
    own = without_clauses(head)
    top = context.actors_at(top_level(head) & own)
    codes = named(top) or named(context.actors_at(own)) or top
    if not named(codes):  # "the West African bloc ECOWAS": a name the tagger took for a verb after its noun
        codes = named(context.actors_at(c.i for c in head.children if c.dep_ == "acl" and c.i in context.mention_at
                                        and context.mention_at[c.i].start == c.i)) or codes
    if head.lower_ in PRONOUNS:
        # "he and South Korean Foreign Minister Park Jin": the pronoun's referent and the conjuncts.
        return list(dict.fromkeys(_pronoun(head, context) + codes))
    if named(codes):
        return codes
    # "its forces", "their troops": whoever the possessive refers to
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in PRONOUNS and head.dep_ in ("nsubj", "nsubjpass", "pobj"):
        return _pronoun(poss, context) or codes  # "its forces", "one of its warplanes"
    # "the two leaders", "both sides", "the allies": the subject before (not bare "regional powers").
    if head.lower_ in GROUP_NOUNS and any(c.dep_ in ("det", "nummod", "predet") for c in head.children):
        phrase = context.doc[head.left_edge.i:head.right_edge.i + 1]
        size = group_size(phrase)  # "the two leaders" after "Kishida met Yoon": both
        return group_actors(context.doc, phrase, size) if size else context.last_subject
    return codes  # an agent of no known country ("~guerrilla"), or nobody


def _agentive(head: Token, context: EventContext) -> bool:
    """Whether a phrase's head can act in politics: a name, a title or an agent the linker found, a pronoun,
    a group of people or states ("the two sides", "officials"), an armed force's instrument ("Iraqi planes"),
    a person, or an organisation whose name ends in a political word. Not an economy, a price, a storm."""
    if _businesslike(head):
        return False  # "Tel Aviv-based generic drugmaker Karmel", "a corporate raider", "the toolmaker's board"
    if head.i in context.mention_at or head.lower_ in PRONOUNS | GROUP_NOUNS | RELATIONAL | CROWDS:
        return True
    lemma = head.lemma_.lower()
    if lemma in INSTRUMENTS | PEOPLE_WORDS | WEAPONS_WORDS or head.ent_type_ in ("PERSON", "NORP", "GPE"):
        return True
    if load_registry().agent_role(lemma) is not None:
        return True  # an agent word the linker leaves to titles and bodies ("court", "spokesman")
    if head.ent_type_ == "ORG":
        return lemma in POLITICAL_ORGS
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and lemma not in ECONOMIC and (poss.i in context.mention_at or (
            poss.lower_ in PRONOUNS and head.tag_ == "NNS")):
        return True  # "Sharon's office", "Iran's envoy", "its gunners": someone's people or bureau
    if head.tag_ == "NNS" and lemma not in ECONOMIC and any(
            c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or c.i in context.mention_at) for c in head.children):
        return True  # "Chinese sailors", "Kurdish fighters", "United Nations peacekeepers": people of a nation or body
    return head.pos_ == "PROPN" and not head.ent_type_


def _businesslike(head: Token) -> bool:
    """A phrase that names a business: a word of trade at its top ("drugmaker", "carmaker", "board",
    "shareholders") or a company's "-based" ("Monterrey-based Cementos del Norte")."""
    registry = load_registry()
    for i in top_level(head):
        tok = head.doc[i]
        lemma = tok.lemma_.lower()
        if lemma in BUSINESS_WORDS or registry.agent_role(lemma) == "business" or lemma.endswith("maker") or (
                lemma == "base" and i > 0 and head.doc[i - 1].text == "-"):
            return True
    return False


def without_clauses(head: Token) -> set[int]:
    """The phrase's tokens outside the clauses inside it (relative clauses, participles)."""
    keep, todo = set(), [head]
    while todo:
        tok = todo.pop()
        keep.add(tok.i)
        todo.extend(c for c in tok.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp"))
    return keep


def top_level(head: Token) -> set[int]:
    """Tokens of ``head``'s phrase that are not inside a nested phrase ("... around Taiwan")."""
    keep, todo = set(), [head]
    while todo:
        tok = todo.pop()
        keep.add(tok.i)
        todo.extend(c for c in tok.children if c.dep_ in TOP_LEVEL_DEPS)
    return keep


def _pronoun(head: Token, context: EventContext) -> list[str]:
    if head.lower_ in ("he", "she", "his", "her"):
        # Inside reported speech "X said he ...": X. Else the person this sentence is about
        # ("Kim continued ..., although he agreed ..."), else the one the text was last about.
        speaker = _reporting_subject(head, context) or _sentence_person(head, context)
        return speaker or context.last_person_subject or context.last_person or context.last_subject \
            or _sentence_person(head, context, later=True)
    # "its first launch": the subject of the clause it sits in; "X said it was on alert": X.
    if head.lower_ in ("it", "its"):
        return _clause_subject(head, context) or _reporting_subject(head, context) \
            or _nearest_state(head, context) or context.last_subject
    if head.lower_ in ("we", "our", "i", "my"):
        quote = context.quote_at(head.idx)  # the speaker, inside a quote; nobody outside one
        return list(quote.speaker_actors) if quote is not None and quote.speaker_actors else []
    return context.last_subject


def _clause_subject(tok: Token, context: EventContext) -> list[str]:
    """Actors of the subject of the nearest clause above ``tok`` whose subject is not ``tok``
    (and not a person: "it" is a country or a body)."""
    node = tok.head
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX"):
            subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i), None)
            if subj is not None and not (subj.left_edge.i <= tok.i <= subj.right_edge.i):
                codes = context.actors_in(*phrase_range(subj))
                if len(codes) == 1 and context.kind_at(subj.i) != "person":
                    return codes  # "China and Russia": not one "it"
                if codes:
                    return []
            if node.dep_ == "ccomp" or (node.dep_ == "advcl" and not any(
                    c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS | TIME_MARKS for c in node.children)):
                return []  # reported speech or a subordinate clause: the referent is elsewhere
            # "Seoul would pay if it continued the drills", "Iraq apologised after one of its warplanes fired":
            # the main clause's subject
        if node.head.i == node.i:
            return []
        node = node.head
    return []


TIME_MARKS = {"after", "before", "when", "until", "once"}  # a clause of when the main clause's subject acted


def _nearest_state(tok: Token, context: EventContext) -> list[str]:
    """The nearest country or body named before ``tok`` in its sentence ("... from Israel if it invades")."""
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        m = context.mention_at.get(i)
        if m is not None and m._.actor and m._.actor_kind != "person":
            return [m._.actor]
    return []


def _sentence_person(tok: Token, context: EventContext, later: bool = False) -> list[str]:
    subj = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (subj.i >= tok.i and not later):
        return []
    return [m._.actor for m in context._mentions_in(subj.left_edge.i, subj.right_edge.i + 1)
            if m._.actor_kind == "person" and m._.actor][:1]


def _reporting_subject(tok: Token, context: EventContext) -> list[str]:
    verb = tok.head
    while verb is not None and verb.dep_ not in ("ccomp",) and verb.head.i != verb.i:
        verb = verb.head
    if verb is not None and verb.dep_ == "ccomp":
        subj = subject_of(verb.head)
        if subj is not None and subj.i != tok.i:
            return context.actors_in(*phrase_range(subj))
        if subj is None:  # "..., saying it had targeted terrorist infrastructure": whoever is saying it
            return source_actors(verb.head, context)
    return []


def prep_actors(tok: Token, preps: set[str], context: EventContext) -> list[str]:
    codes = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    codes += [a for a in context.actors_in(*phrase_range(g)) if a not in codes]
    return codes


def crowd_demonyms(tok: Token, context: EventContext) -> list[str]:
    """"Indian farmers": the country of the crowd."""
    subj = subject_of(tok)
    return context.actors_in(*phrase_range(subj)) if subj is not None else []


def place_actors(tok: Token, context: EventContext) -> list[str]:
    """"protested in Dhaka": the country of the place."""
    return prep_actors(tok, CROWD_PLACES, context)[:1]


def reporters(tok: Token, context: EventContext) -> set[str]:
    """The actors reporting the clause ``tok`` sits in: "Japan said two missiles were fired"."""
    node = tok
    for _ in range(6):
        if node.dep_ == "ccomp" or (node.dep_ == "conj" and node.head.dep_ == "ccomp"):
            verb = node.head if node.dep_ == "ccomp" else node.head.head
            subj = subject_of(verb)
            if verb.lemma_.lower() not in SPEECH or subj is None:
                return set()
            return {m._.actor for m in context._mentions_in(*phrase_range(subj)) if m._.actor_kind != "media"}
        if node.head.i == node.i:
            break
        node = node.head
    return set()


def weapon_owner(tok: Token, context: EventContext) -> list[str]:
    subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return [code for c in subj.children if c.dep_ in ("amod", "compound")
            for code in context.actors_in(*phrase_range(c))] if subj is not None else []


def first_person_subject(tok: Token) -> bool:
    head = tok
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lower_ in ("we", "i")
        if head.head.i == head.i:
            return False
        head = head.head
    return False


# Words a text uses for a state or a body it has named: "the island", "the kingdom", "the world body".
DESCRIBED_STATES = {"country", "island", "kingdom", "republic", "emirate", "enclave", "nation", "peninsula",
                    "sultanate", "monarchy", "archipelago"}
DESCRIBED_BODIES = {"alliance", "bloc", "body", "organisation", "organization", "court", "tribunal", "agency"}
DESCRIBED = DESCRIBED_STATES | DESCRIBED_BODIES


def described_before(noun: Token, context: EventContext, verb: Token | None = None) -> list[str]:
    """The state ("the island") or body ("the world body", "the bloc") a definite description stands for:
    the last of its kind the text named before it, not the subject of its own clause."""
    subject = subject_of(verb if verb is not None else noun.head)
    skip = set(range(*phrase_range(subject))) if subject is not None else set()
    kinds = ("country",) if noun.lemma_.lower() in DESCRIBED_STATES else ("organization",)
    for m in reversed(context.mentions):
        if m.start < noun.i and m.start not in skip and m._.actor_kind in kinds and actor_key(m):
            return [actor_key(m)]
    return []
