"""Boilerplate rules: named patterns, not logic. Each covers a convention seen across outlets.

``PARAGRAPH_RULES`` remove a whole paragraph; they only fire on paragraphs shorter than
``max_chars`` so that a story paragraph is never lost to a loose match. ``INLINE_RULES`` cut a
span out of a paragraph whose other sentences stay (a reporting credit after the last sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
_BULLET = r"^[\s•·▪►*>\-–—(\[]*"
_CREDIT = r"(?:(?:additional|further) )?(?:reporting|writing|editing|edited|written|compiled|translated|translation)(?: and \w+)?"
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|bin|al|da|di|le|la))*"
# Names are matched case-sensitively even inside case-insensitive rules.
# A name may carry where the person was: "Ken Morita in Tokyo", "Jane Doe at the United Nations".
_NAME_AT = _NAME + r"(?:\s+(?:in|at|from)\s+(?:the\s+)?" + _NAME + r")?"
_NAMES = r"(?-i:" + _NAME_AT + r"(?:\s*(?:,|;|&|\band\b)\s*(?:and\s+)?" + _NAME_AT + r")*)"
# A wire photo tag names its agency in a word or three: "(AP Photo/...)", "(Korea Herald Photo)".
_PHOTO_TAG = r"(?:[A-Z][\w.&-]*\s+){1,3}Photo\b"
# A bare timestamp of a story list: "2 hours ago", "45 mins ago", "14:32", "9:05 pm".
_STAMP = r"(?:\d{1,2}\s?(?:min(?:ute)?s?|h|hrs?|hours?|days?|d) ago|\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?)"
_AGENCIES = r"(?:AP|AFP|Reuters|REUTERS|Yonhap|EPA|EPA-EFE|Getty Images|Bloomberg|Kyodo|KCNA|Xinhua|UPI|dpa|Anadolu|NurPhoto|Shutterstock|Pool)"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern
    max_chars: int = 400


def _rule(kind, pattern, flags=_I, max_chars=400):
    return Rule(kind, re.compile(pattern, flags), max_chars)


PARAGRAPH_RULES: list[Rule] = [
    # "Also read: ...", "• Read more: ...", "RELATED: ..." link lines of aggregators and portals.
    _rule("related-link", _BULLET + r"(?:also read|read also|read more|more to read|see also|related(?: articles?| stories| news| coverage| content)?"
          r"|recommended(?: reading| stories)?|more on this(?: story)?|must read|don'?t miss|watch(?: now| video)?|trending)"
          r"(?:\s*[:|>»]|\s+[–—-]\s)"),
    # A list of other stories, each headline with a bare timestamp: "Cedi weakens again 2 hours ago", "14:32 Rain delays final".
    _rule("related-link", r"^(?:[^.!?]{10,150}?\s[-–—|·]?\s*" + _STAMP + r"|" + _STAMP + r"\s*[-–—|·]?\s[^.!?]{10,150})$", max_chars=180),
    # Photo and video credits: "Photo: Jung Yeon-je / AFP", "Photographer: A / EPA / Getty Images", "Image: AP".
    _rule("photo-credit", _BULLET + r"(?:photo(?:graph(?:er)?)?s?|images?|pictures?|picture credit|credits?|photo credits?|video|caption"
          r"|file photo|illustration|graphic|source image)\s*(?:by|credit|courtesy(?: of)?)?\s*[:|]\s*.{0,200}$", max_chars=250),
    # Wire photo tags on their own line: "(AP Photo/Ahn Young-joon)", "(KCNA via REUTERS)".
    _rule("photo-credit", r"^\(?\s*(?-i:" + _PHOTO_TAG + r")[^)]{0,150}\)?\.?$", max_chars=200),
    _rule("photo-credit", r"^\(\s*[\w ]{0,30}\bvia\s+(?-i:" + _AGENCIES + r")\s*\)\.?$", max_chars=80),
    # A caption that ends with its wire photo tag: "Kim Jong Un at the site. (AP Photo/Lee Jin-man)".
    _rule("photo-caption", r"^.{0,350}\(\s*" + _PHOTO_TAG + r"[^()]{0,150}\)\s*$", flags=0),
    # A caption line that ends with the agency credit: "Kim Jong Un watches a launch. KCNA / AFP".
    _rule("photo-credit", r"^.{0,160}(?:/|\bphoto:?)\s*" + _AGENCIES + r"(?:\s+via\s+Getty Images)?\s*\)?$", flags=0, max_chars=200),
    # Reporting and editing credits: "(Reporting by A; Editing by B)", "Additional reporting by C".
    # Unbracketed, they must not end like a sentence, so "Research by X showed ... ." is kept.
    _rule("reporting-credit", r"^\(\s*" + _CREDIT + r"\b[^()]{1,300}\)\.?$"),
    _rule("reporting-credit", r"^" + _CREDIT + r"\s+by\s+" + _NAMES + r"(?:\s*[;,]\s*" + _CREDIT + r"\s+by\s+" + _NAMES + r")*\.?$",
          max_chars=300),
    # "With the help of A and B", "— With assistance from C": a list of names, nothing more.
    _rule("reporting-credit", r"^[\s\-–—]*with (?:the )?(?:help|assistance|contributions?|additional reporting) (?:of|from|by)\s+"
          + _NAMES + r"\.?$"),
    _rule("reporting-credit", r"^.{0,200}\bcontributed(?: reporting)? to this (?:report|story|article)\.?$"),
    _rule("reporting-credit", r"^contributing:\s+.{0,200}$"),
    _rule("reporting-credit", r"^this (?:roundup|story|article|summary) (?:was|has been) (?:compiled|produced|prepared)"
          r" (?:with|using|from)\b.{0,120}$", max_chars=200),
    # Copyright footers: whole paragraph, whatever its length (legal text runs long).
    _rule("copyright", r"^\s*(?:©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?(?:\(c\)\s*)?\d{4}|copyright ©)", max_chars=3000),
    _rule("copyright", r"\ball rights reserved\W{0,3}$", max_chars=300),
    _rule("copyright", r"^this (?:material|article|content|story) may not be (?:published|reproduced|copied|redistributed)"),
    _rule("copyright", r"^our standards:.{0,120}$"),
    # Links back to the origin: "Source link", "Source: Reuters", "Read the original article".
    _rule("source-link", r"^(?:source link|source\s*:|sources?\s*\|\s|original (?:article|source)\s*:|read (?:the )?(?:original|full) (?:article|story)"
          r"|this (?:article|story) (?:first |originally )?(?:appeared|was (?:first |originally )?published)\b).{0,150}$", max_chars=200),
    # Editor's notes and update notes: "Editor's note: ...", "(Updates with Japan's reaction in paragraph 5)".
    _rule("editor-note", r"^[(\[]?\s*editor[’'`]?s[’'`]?\s+note\s*[:\-–—]", max_chars=1000),
    _rule("editor-note", r"^[(\[]\s*(?:updates?|adds?|recasts?|rewrites?|corrects?|changes?|refiles?|fixes)\b[^)\]]{0,200}[)\]]$"),
    # Page furniture that extraction lets through.
    _rule("promo", r"^(?:advertisement|advertising|sponsored|story continues(?: below)?(?: advertisement)?|share(?: this)?(?: article| story)?"
          r"|share (?:on|via) .{1,40}|follow us on .{0,80}|(?:subscribe|sign up)\b(?:(?!\bsaid\b).){0,120}|(?:get|join) (?:our|the) .{0,40}newsletter.{0,80}"
          r"|download (?:our|the) app.{0,80}|click here\b.{0,120}|listen to (?:this|the) article.{0,40}|\d+ min(?:ute)? read)\.?$", max_chars=160),
    # End marks: Yonhap "(END)", Kyodo "==Kyodo", "ENDS", "###", "-30-", the wires' "Reuter" and "-- AP".
    _rule("end-mark", r"^(?:\(ends?\)|ends?|==+\s*\w[\w .&-]{0,30}|#\s*#\s*#|-30-|\*\s*\*\s*\*|reuters?"
          r"|[-–—]+\s*(?-i:AP|AFP|UPI|dpa|Reuters?|Xinhua|Kyodo|Yonhap)\.?)$", max_chars=40),
    # AFP-style sign-off codes on the last line: "burs-ceb/tym", "kjk/dhw".
    _rule("signoff", r"^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}$", flags=0, max_chars=40),
    # A reporter's e-mail address on its own line, bare or in brackets (Yonhap, Korean and Japanese dailies).
    _rule("email", r"^\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?$", max_chars=80),
    # Lines of only punctuation or symbols: stray "." or "—" left by extraction.
    _rule("punctuation", r"^[\W_]+$", max_chars=40),
]

INLINE_RULES: list[Rule] = [
    # "(Reporting by A; Editing by B)" after the last sentence of a paragraph.
    _rule("reporting-credit", r"\(\s*" + _CREDIT + r"\s+(?:by\s+)?(?-i:[A-Z])[^()]{1,300}\)"),
    # "(AP Photo/Lee Jin-man)" inside a caption or paragraph.
    _rule("photo-credit", r"\(\s*" + _PHOTO_TAG + r"[^()]{0,150}\)", flags=0),
    # Yonhap's "(END)", Kyodo's "==Kyodo" and a wire's "Reuter" stuck to the last paragraph.
    _rule("end-mark", r"(?:\s\(END\)|\s?==+\s*[A-Z][\w .&-]{0,30}|(?<=[.!?\"”’])\s+(?:Reuter|REUTER)S?)\s*$", flags=0),
]

# A wire photo tag on its own line: the line right above it (no blank line between) is its caption.
PHOTO_TAG = re.compile(r"^\(?\s*" + _PHOTO_TAG)
CAPTION_MAX_CHARS = 400
# What a caption says: a date written out in full, or a present-tense description of the picture.
CAPTION_CUES = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+\w+\.? \d{1,2}, \d{4}\b|\b(?:shows?|watch(?:es)?|walks?"
                          r"|speaks?|attends?|looks? on|stands?|is seen|are seen|poses?|waves?|gestures?|arrives?|shake hands?"
                          r"|shakes hands|in this (?:undated |handout )?(?:photo|picture|image))\b")

# Paragraphs that start the furniture at the bottom of a page: everything after the first of
# them that is short is also furniture (copyright lines are followed by "Source link" and such).
TAIL_KINDS = {"copyright"}
TAIL_MAX_CHARS = 120


# Attribution is the mark of a story sentence: a longer line that reports someone saying
# something is kept whatever else it matches (legal footers and notes aside).
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)
ATTRIBUTION_MIN_CHARS = 80
ATTRIBUTION_EXEMPT = {"copyright", "editor-note"}


def paragraph_kind(text: str) -> str | None:
    """The boilerplate kind of a whole paragraph, or None if it is story text."""
    for rule in PARAGRAPH_RULES:
        if len(text) <= rule.max_chars and rule.pattern.search(text):
            if (rule.kind not in ATTRIBUTION_EXEMPT and len(text) >= ATTRIBUTION_MIN_CHARS
                    and _ATTRIBUTION.search(text)):
                return None
            return rule.kind
    return None


def inline_spans(text: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of boilerplate spans inside a story paragraph, last first."""
    spans = []
    for rule in INLINE_RULES:
        for m in rule.pattern.finditer(text):
            spans.append((rule.kind, m.start(), m.end()))
    return sorted(spans, key=lambda s: -s[1])
