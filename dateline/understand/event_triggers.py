"""Which event a verb names in its clause: dateline's own rules first (argument-driven types, word
senses in ``event_senses``, the hand lexicon of what CAMEO lacks in ``event_words``), then the CAMEO
lexicon's reading (``event_lexicon``). ``events`` builds the event around the trigger found here."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .event_context import EventContext
from .event_lexicon import Reading, load_lexicon
from .event_nouns import event_object
from .event_crowds import RIOT_VERBS, is_crowd, rioting
from .event_senses import (
    RETYPED,
    SENSES,
    aimed,
    forces_moved,
    is_hostile,
    object_lemmas,
    undone_measure,
)
from .event_words import (
    CROWD_CONTROL,
    GENERIC_VERBS,
    LIGHT_VERBS,
    NOT_EVENT,
    TARGETLESS_TYPES,
    VERBS,
    WRAPPERS,
    Trigger,
    t,
)

# Verbs that ask for something whoever is to give it ("demanded an independent inquiry", "demanding that
# Lukashenko step down"): a request, named or not, unlike "ordered" or "decreed", which need someone asked.
DEMANDING = {"demand", "appeal", "urge", "plead", "petition"}
# Verbs that only say how real their complement is ("planned to", "sought to", "considered"): no act of their own.
MODAL_WRAPPERS = {lemma for lemma, mode in WRAPPERS.items()
                  if mode in ("intended", "possible", "expected", "attempted", "failed")} - {"offer", "propose"}

def hyphen_modifier(tok: Token) -> bool:
    """"shoulder-fired Stinger missiles", "Soviet-made jets": a participle inside a compound modifier."""
    return tok.dep_ in ("amod", "compound") and tok.i > 0 and tok.doc[tok.i - 1].text == "-"


def mend_lemmas(doc: Doc) -> None:
    """The small model's lemmatizer makes "staged" "stag": a verb whose lemma no lexicon knows takes the
    form an ending gives ("staged" -> "stage", "rioting" -> "riot") when a lexicon knows that one."""
    known = load_lexicon().knows
    for tok in doc:
        if tok.pos_ != "VERB" or known(tok.lemma_.lower()) or tok.lemma_.lower() in VERBS:
            continue
        text = tok.lower_
        for ending, back in (("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
            if text.endswith(ending) and len(text) > len(ending) + 2:
                form = text[:-len(ending)] + back
                if known(form) or form in VERBS:
                    tok.lemma_ = form
                    break


def verb_trigger(tok: Token, context: EventContext) -> Trigger | None:
    """The event a verb names here: dateline's own rules first (argument-driven types, word senses, the
    hand lexicon of what CAMEO lacks), then the CAMEO lexicon's reading of the verb in its clause."""
    lemma = tok.lemma_.lower()
    if lemma in LIGHT_VERBS and event_object(tok) is not None:
        return None  # "launched an attack", "held talks": the noun's event (see events._noun_event)
    moved = forces_moved(tok, context) or undone_measure(tok)  # "soldiers arrived at the base", "withdrew the bill"
    if moved is not None:
        return _with_code(moved, load_lexicon().read(tok))
    retype = RETYPED.get(lemma)
    if retype is not None and (found := retype(tok, context)) is not None:
        return None if found is NOT_EVENT else _with_code(found, load_lexicon().read(tok))
    sense = SENSES.get(lemma)
    if sense is not None and not sense(tok, context):
        return None  # the word in another sense: "fired his defence minister", "until its conditions are met"
    row = hand_row(tok, lemma)
    reading = load_lexicon().read(tok)
    if row is not None:
        row = _with_code(row, reading)
    else:
        if reading is None or reading.type is None:
            return None
        if not reading.specific and (lemma in GENERIC_VERBS or lemma in MODAL_WRAPPERS
                                     or context.quote_at(tok.idx) is not None):
            # "as long as it takes": a common verb is an event only in a pattern of its own; "planned to",
            # "hoped that" say how real another act is; the words of a quote ("we are united ... to
            # defend") are rhetoric unless a rule of ours reads them
            return None
        # a broad reading of a synonym needs whom it concerns; so does any request ("ordered all universities
        # closed", "decreed the nationalisation" ask no one)
        broad = (not reading.specific and not reading.head and reading.type not in TARGETLESS_TYPES) \
            or (reading.type == "REQUEST" and lemma not in DEMANDING
                and not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children))
        row = Trigger(reading.type, reading.mode, code=reading.code, needs_target=broad)
    if row.type == "AGREE" and lemma not in ("accept", "agree") and is_hostile(tok):
        return t("THREATEN")  # "vowed revenge", "vowed that Tehran would pay"
    if row.type == "AGREE" and object_lemmas(tok) & {"support", "backing", "solidarity"}:
        return t("SUPPORT")  # "pledged full support for the new government"
    if row.type == "MOBILIZE" and row.mode == "weapons" and object_lemmas(tok) & CROWD_CONTROL:
        return t("ASSAULT", "crowd-control")  # "police fired tear gas", "fired water cannon at demonstrators"
    if row.type == "MOBILIZE" and row.mode == "weapons" and aimed(tok, context):
        mode = "crowd-control" if "cannon" in object_lemmas(tok) else None
        return t("ASSAULT", mode)  # "fired rockets at northern Israel"
    if row.type in ("SUPPORT", "AID", "COOPERATE") and tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("acl", "amod"):
        return None  # "Kenyan troops backed by gunships", "peacekeepers guarding her": what describes them
    if row.type == "PROTEST" and not is_crowd(tok, context):
        return t("ACCUSE", "disapprove")  # a state's protest is diplomatic
    if row.type == "ASSAULT" and lemma in RIOT_VERBS and rioting(tok, context):
        return t("PROTEST", "riot")  # "protesters threw stones at the embassy", "rioters set fire to factories"
    return row


def _with_code(row: Trigger, reading: Reading | None) -> Trigger:
    """Our type with CAMEO's code (and mode, when ours has none) where CAMEO reads the verb the same way."""
    if reading is None or reading.type != row.type:
        return row
    return Trigger(row.type, row.mode or reading.mode, row.objects, row.particle, reading.code)


def hand_row(tok: Token, lemma: str) -> Trigger | None:
    """The first row of the hand lexicon (``event_words.VERBS``) that fits the verb's particle and objects."""
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    acted_on = None
    for row in VERBS.get(lemma, []):
        if row.particle:
            # "handed over 500,000 doses": the parser may take the particle for the number's "over"
            after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if not any(c.dep_ in ("prt", "prep") and c.lower_ == row.particle for c in tok.children) and not (
                    after is not None and after.lower_ == row.particle and after.dep_ in ("quantmod", "advmod")):
                continue
        elif particles and not (particles <= {"off"} and row.mode == "weapons"):
            continue  # "back down", "back off" are not "back" ("fired off a salvo" is firing)
        if row.objects:
            acted_on = object_lemmas(tok) if acted_on is None else acted_on
            if not acted_on & row.objects:
                continue
        return row
    return None
