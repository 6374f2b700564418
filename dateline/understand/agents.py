"""Generic agents: "Irish nationalist guerrillas", "security forces in Guinea", "riot police", "students".

An agent is a noun, with the compound words before it ("riot police", "security forces"), that the
Phoenix agents dictionary lists with a role (``registry.agent_role``). Whom it belongs to comes
from its phrase: a group or a country named inside it ("Hamas gunmen", "Irish", "Kenya's"), else a
country or a place after "in", "of" or "from" ("police in Maputo"), else the place of
the clause it takes part in ("students protested in Dhaka", "detained 40 activists in
Kathmandu"); troops, police, rebels and criminals, the place their sentence names ("soldiers
detained the president in Bamako"); else the country the document names most (wire copy says
"police" and "militants" for its own story's). Places are ISO subdivisions and GeoNames towns
(``places.py``). An agent with no country keeps a code of its own, "~" and its head word
("~guerrilla"): events carry it as an actor without a code, and exports list it with its words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .actors import CROWD_ROLES, STATE_ROLES, ActorRegistry
from .names import name_key
from .reference import GROUP_NOUNS

# Nouns the agents dictionary lists that are mostly places, things, events or titles in news text
# ("authority" only in the singular: "the Palestinian Authority", "the authority to act").
NOT_AGENTS = frozenset("""village settlement school hospital prison university college kindergarten kindergarden
schoolhouse conservatory monastery diocese archdiocese chancellery chancery consulate barracks infirmary sanatorium
sanitarium sanatarium neighborhood neighbourhood community gazette magazine newspaper publication tabloid television
tv website blog telecom industry business aerospace airline airway religion islamic jewish hebrew naval
intelligence uprising rebellion revolt insurgency insurgence governance polity kingdom echelon phalanx spokesman
spokesmen spokesperson spokeswoman spokeswomen chamber court assemblage congress senate parliament media
producer customer constituent deputy chief carrier bomber fighter destroyer man men woman women
girl mother child children infant people persons native victims victim poor""".split())
# Agents that wire copy names without their country when they are its story's own ("police", "the
# government", "militants", "opposition politicians"); not civilians or groups of leaders ("the two presidents").
HOME_ROLES = frozenset({"government", "military", "police", "rebel", "party", "opposition", "judiciary",
                        "legislature"})
# NER labels of places: a name tagged so is no one's name there, and a place's country can be looked up.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "of", "from", "across", "inside", "throughout", "at", "near"})
PHRASE_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})


# "U.S.-backed Contra guerrillas", "Iranian-backed militiamen", "London-based Amnesty", "pro-Russian
# rebels": the country named
# first is the backer, not whom the phrase names (a weapon's maker stays its owner when no one else is
# named: "an Iranian-made drone was fired at the tanker").
SPONSORING = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "equipped",
                        "supplied", "inspired", "allied", "aligned", "leaning", "based"})


def sponsor_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` only qualifies what follows as backed, made or based by it."""
    last, first = doc[end - 1], doc[start]
    if "-" in last.text and last.text.rsplit("-", 1)[1].lower() in SPONSORING:
        return True  # one token: "U.S.-backed"
    if first.lower_.startswith("pro-") or start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "pro":
        return True  # "pro-Russian rebels" are the rebels of where they fight
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SPONSORING


@dataclass(slots=True)
class Agent:
    start: int
    end: int
    actor: str  # a group's or country's code, or "~" and the head word
    kind: str  # "country" for a state's own agents with a country, else "agent"
    role: str
    country: str | None
    partners: tuple[str, ...] = ()  # the other countries of "Chinese and Indian troops", "warships from A and B"


def body_role(registry: ActorRegistry, head: Token) -> str | None:
    """The role of a body named by its last word: "military" -> military, "ministry" -> government."""
    return registry.agent_role(name_key([head.lemma_])) or registry.agent_role(name_key([head.text]))


def agent_mentions(doc: Doc, registry: ActorRegistry, mentions: list) -> list[Agent]:
    """The agents of a Doc; ``mentions`` are the names found so far (with start, end, actor, kind, role)."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    # the countries named, and those of the people named ("President Chun Doo-hwan": South Korea)
    home = most_named(m.actor if m.kind == "country" else m.country or registry_country(registry, m.actor)
                      for m in mentions if m.actor and m.kind in ("country", "person"))
    out: list[Agent] = []
    for tok in doc:
        # a name's word ("Revolutionary Guards", "South Korea's military") is no agent; a word that
        # describes a name no one knows is ("mobile operator Safaricom", "gold mining house Gencor")
        described = tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN" \
            and tok.head.i not in at and tok.head.i == tok.i + 1
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound" and not described or tok.i in at:
            continue
        found = _agent_words(registry, tok)
        if found is None and tok.lower_ == "forces" and tok.i > 0 and _region(doc, range(tok.i - 1, tok.i), registry):
            found = tok.i - 1, "military"  # "Tigrayan forces" (alone, "forces" may be a market's)
        if found is None:
            continue
        first, role = found
        if _a_host_of(tok, registry):
            continue
        left = min([first] + [c.left_edge.i for c in tok.lefts if c.dep_ in PHRASE_DEPS])
        # a tanker "in the Gulf" is not the Gulf's: only people belong to where they are
        owner = _owner(range(left, tok.i), at) or _person_owner(range(left, tok.i), at, registry) or (
            _place_owner(tok, at, registry) if role != "business" else None)
        if owner is None and (region := _region(doc, range(left, tok.i), registry)):
            owner = _Place(region)  # "Tigrayan forces", "Chechen separatists": a region's armed men are no state's army
            role = "rebel" if role == "military" else role
        actor = country = None
        partners: tuple[str, ...] = ()
        if owner is not None:
            partners = _partners(doc, owner, range(left, tok.i), tok, at, registry)
            actor, country = owner.actor, owner.actor if owner.kind == "country" else registry_country(registry,
                                                                                                    owner.actor)
        elif any(c.dep_ == "poss" for c in tok.children):
            pass  # "its troops": the event finds whose
        else:
            # "students protested in Dhaka"; "protesters stormed the Saudi embassy in Tehran"
            country = actor = _clause_place(tok, at, registry, acted_on=role in CROWD_ROLES)
            if country is None and role in ("military", "police", "rebel", "criminal"):
                country = actor = _sentence_place(tok, at, registry)  # "troops ... in Bamako", "rebels ... near Kabul"
            if country is None and role in HOME_ROLES and tok.lower_ not in GROUP_NOUNS:
                # "Sikh militants shot dead a police officer" in copy about India: the document's country
                # (named most, and more than any other)
                country = actor = home
        kind = "country" if country and role in STATE_ROLES and actor == country else "agent"
        out.append(Agent(left, tok.i + 1, actor or "~" + tok.lemma_.lower(), kind, role, country, partners))
    return out


def _region(doc: Doc, tokens: range, registry: ActorRegistry) -> str | None:
    """The state of a region named as a modifier: "Chechen", "Darfur rebels", "Kachin"."""
    for i in tokens:
        t = doc[i]
        if t.is_title and t.pos_ in ("PROPN", "ADJ", "NOUN"):
            # a tagged organisation's word only when it is a curated people's ("Tigrayan", not the "Washington" Post)
            code = registry.region_country(t.text, doc._.anchor, curated=t.ent_type_ not in ("NORP", *PLACE_LABELS, ""))
            if code:
                return code
    return None


def _a_host_of(tok: Token, registry: ActorRegistry) -> bool:
    """"Troops of driver ants", "an army of volunteers", "a force of nature": a word for an armed force
    used for a crowd of something else (the troops "of the 82nd Airborne Division" or "of the national
    army" are soldiers)."""
    if tok.lemma_.lower() not in ("troop", "army", "force"):
        return False
    return any(g.pos_ == "NOUN" and (g.tag_ == "NNS" or g.lower_ == "nature") and _agent_words(registry, g) is None
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def _partners(doc: Doc, owner, tokens: range, tok: Token, at: dict, registry: ActorRegistry) -> tuple[str, ...]:
    """The countries named together with an agent's owner: "Chinese and Indian troops", "warships from
    Peru, Chile and the United States", "the presidents of Guatemala, El Salvador and Honduras"."""
    heads = [doc[i] for i in tokens if doc[i].dep_ not in ("conj", "cc") and at.get(i) is owner]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
              for g in c.children if g.dep_ == "pobj"]
    codes = []
    for head in heads:
        for c in head.conjuncts:
            m = at.get(c.i)
            code = (m.actor if m.kind == "country" else None) if m is not None and m.actor else place_code(c, registry)
            if code and code != owner.actor and code not in codes:
                codes.append(code)
    return tuple(codes)


def most_named(codes: Iterable[str | None]) -> str | None:
    """The country a story is about: the one named most, and more often than any other."""
    top = Counter(c for c in codes if c).most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def registry_country(registry: ActorRegistry, code: str) -> str | None:
    actor = registry.get(code)
    return actor.country if actor is not None else None


def _agent_words(registry: ActorRegistry, tok: Token) -> tuple[int, str] | None:
    """(first token, role) of the longest agent ending at ``tok``: "riot police", "security forces", "rebels"."""
    mods = []
    for c in reversed(list(tok.lefts)):
        if c.dep_ in ("compound", "amod") and c.i == (mods[-1].i if mods else tok.i) - 1:
            mods.append(c)
    mods.reverse()
    heads = dict.fromkeys([tok.lower_, tok.lemma_.lower()])  # "armed forces" (military), not "armed force"
    for k in range(len(mods), -1, -1):
        words = [m.text for m in mods[len(mods) - k:]]
        for head in heads:
            if k == 0 and (head in NOT_AGENTS or head == "authority" and tok.tag_ != "NNS"):
                continue
            role = registry.agent_role(name_key([*words, head]))
            if role is not None:
                return (mods[len(mods) - k].i if k else tok.i), role
    return None


def _owner(tokens: range, at: dict):
    """The group or country named inside an agent's phrase ("Hamas gunmen", "Irish guerrillas")."""
    for i in tokens:
        m = at.get(i)
        if m is not None and m.actor and m.kind in ("country", "organization"):
            return m
    return None


def _person_owner(tokens: range, at: dict, registry: ActorRegistry):
    """The country of a person whose the agent is: "Prime Minister Yitzhak Shamir's government" (Israel's)."""
    for i in tokens:
        m = at.get(i)
        if m is not None and m.actor and m.kind == "person":
            country = m.country or registry_country(registry, m.actor)
            return _Place(country) if country else None
    return None


def _place_owner(tok: Token, at: dict, registry: ActorRegistry):
    """The country after "in/of/from" ("security forces in Guinea", "police in Maputo")."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in PLACE_PREPS:
            continue
        for g in c.children:
            if g.dep_ != "pobj":
                continue
            m = _owner(range(g.left_edge.i, g.right_edge.i + 1), at)
            if m is not None:
                return m
            code = place_code(g, registry)
            if code:
                return _Place(code)
    return None


def place_code(word: Token, registry: ActorRegistry) -> str | None:
    """The country of a place name ("Dhaka", "northern Gaza": "Gaza"), or of one the place is in ("a village in
    Antioquia province", "the town of Batala")."""
    doc = word.doc
    # the small model tags many an unfamiliar town a person, or after "in" an organisation ("the government in Bamako")
    located = word.dep_ == "pobj" and word.head.lower_ == "in" and word.ent_type_ == "ORG"
    if word.ent_type_ in PLACE_LABELS or word.pos_ == "PROPN" and (word.ent_type_ in ("", "PERSON") or located):
        whole = doc[word.left_edge.i:word.i + 1]
        start = word.i  # the name itself: "San Salvador" in "the capital San Salvador"
        while start > word.left_edge.i and doc[start - 1].pos_ == "PROPN":
            start -= 1
        # "northern Gaza" is Gaza; "San Salvador" is not Salvador (Brazil's), nor "New York" York; "the
        # Chechen capital Grozny" is Grozny
        named_in_full = any(t.pos_ == "PROPN" and not t.is_lower and t.lower_ not in COMPASS
                            for t in doc[start:word.i])
        for text in (whole.text,) if named_in_full else (whole.text, word.text):
            code = registry.place_country(text, doc._.anchor)
            if code:
                return code
    names = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and (word.ent_type_ in PLACE_LABELS or word.ent_type_ in ("", "ORG")) \
            and not (word.pos_ == "PROPN" and word.ent_type_ in PLACE_LABELS):  # "San Salvador" is not San
        # "Antioquia province", "Seoul National University"
        for text in dict.fromkeys((doc[names[0].i:names[-1].i + 1].text, names[0].text)):
            code = registry.place_country(text, doc._.anchor)
            if code:
                return code
    for c in word.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "near", "outside"):
            for g in c.children:
                if g.dep_ == "pobj" and g.i != word.i:
                    found = place_code(g, registry)
                    if found:
                        return found
    return None


# Words that say which part of a place, not which place: "west Belfast", "Southern Lebanon".
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeastern", "northwestern", "southeastern", "southwestern", "north-east", "north-west",
                     "south-east", "south-west", "upper", "lower", "greater", "downtown", "rural", "occupied"})
CLAUSE_PLACE_PREPS = frozenset({"in", "at", "outside", "across", "near", "throughout", "around", "inside"})


def _clause_place(tok: Token, at: dict, registry: ActorRegistry, acted_on: bool = False) -> str | None:
    """The country of the place where the clause an agent takes part in happens ("students protested in
    Dhaka", "police detained 40 activists in Kathmandu", "fired on crowds of demonstrators in Rangoon");
    ``acted_on``: or of the place what a crowd acts on is in ("stormed the Saudi embassy in Tehran",
    "stormed Delhi's Red Fort")."""
    node, path = tok, [tok]
    for _ in range(5):  # "thousands of students", "on crowds of demonstrators": up to the verb
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        if node.dep_ not in ("pobj", "prep", "nsubj", "nsubjpass", "dobj", "conj", "appos"):
            return None
        node = node.head
        path.append(node)
    if node.pos_ not in ("VERB", "AUX"):
        return None
    # the verb's place, or one on the way up to it: "struck columns of rebels near the Malian town of Konna"
    # (of the agent's own phrase, only the places it names: "students hurling rocks in central Seoul", not
    # "protesters who sought to block extraditions to mainland China")
    own = [p for p in tok.subtree if p.dep_ == "prep" and p.i != tok.i]
    for c in (*own, *(c for n in reversed(path) for c in n.children if not c.left_edge.i <= tok.i <= c.right_edge.i)):
        if c.dep_ == "prep" and c.lower_ in CLAUSE_PLACE_PREPS:
            for g in c.children:
                if g.dep_ == "pobj" and (code := _place_of(g, at, registry)):
                    return code
    if acted_on and any(n.dep_ == "nsubj" for n in path):
        # what the verb, or one it is joined to, acts on: "stormed and set fire to the Saudi embassy"
        objects = [c for v in (node, *node.conjuncts) for c in v.children if c.dep_ == "dobj"]
        objects += [g for v in (node, *node.conjuncts) for c in v.children if c.dep_ == "prep"
                    and c.lower_ in ("to", "into", "on") for g in c.children if g.dep_ == "pobj"]
        for obj in objects:
            places = [g for c in obj.children if c.dep_ == "prep" and c.lower_ in CLAUSE_PLACE_PREPS
                      for g in c.children if g.dep_ == "pobj"]
            places += [c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            for g in places:
                if code := _place_of(g, at, registry):
                    return code
    return None


def _place_of(g: Token, at: dict, registry: ActorRegistry) -> str | None:
    """The country a place phrase names: a country mentioned in it, else the place's own."""
    m = _owner(range(g.left_edge.i, g.right_edge.i + 1), at)
    return m.actor if m is not None and m.kind == "country" else place_code(g, registry)


@dataclass(slots=True)
class _Place:  # a place's country, read as an owner is (``_place_owner``)
    actor: str
    kind: str = "country"


def _sentence_place(tok: Token, at: dict, registry: ActorRegistry) -> str | None:
    """The country of a place the sentence names after "in", "at" or "near" ("... in Bamako on Tuesday",
    "a convoy north of Kabul")."""
    for t in tok.sent:
        if t.dep_ != "pobj" or not (t.head.lower_ in ("in", "at", "near", "outside") or (
                t.head.lower_ == "of" and t.head.head.lower_ in ("north", "south", "east", "west"))):
            continue
        m = at.get(t.i)
        code = (m.actor if m.kind == "country" else None) if m is not None else place_code(t, registry)
        if code:
            return code
    return None
