"""Who says each sentence, which sources it credits, and what kind of statement it is.

Rules, not a trained model: attribution cues in Hindi and English (``ने कहा``, ``के अनुसार``,
``said``, ``according to`` ...), the noun phrase each cue attaches to, and an article-level
memory that resolves pronouns and role nouns (``उन्होंने``, ``the Russian president``) to the
person the article introduced or last quoted. The reporter's own statements get no speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.content import claim_content
from claims.models import Attribution, Entity, Sentence
from claims.names import Registry, fold

QUOTE_PAIRS = [("\u201c", "\u201d"), ('"', '"'), ("''", "''"), ("\u2018\u2018", "\u2019\u2019")]
HI_PRONOUNS = {"उन्होंने", "उसने", "इन्होंने", "इसने", "उन्होने"}
EN_PRONOUNS = {"he", "she", "they", "it"}
HI_POSSESSIVE = {"उनका", "उनके", "उनकी", "उसका", "उसके", "उसकी"}
HI_COMMON = {"जानकारी", "सूत्रों", "सूत्र", "रिपोर्ट", "खबर", "आंकड़ों", "आंकड़े", "अनुमान", "विश्लेषकों",
             "विशेषज्ञों", "अधिकारियों", "लोगों", "पत्रकारों", "वैज्ञानिकों", "अर्थशास्त्रियों", "सदस्यों",
             "देशों", "नेताओं", "विश्लेषक", "मीडिया", "बयान", "सरकार", "दस्तावेज़",
             "दस्तावेज", "सर्वेक्षण", "अध्ययन", "एजेंसी", "मंत्रालय", "विभाग", "सेना"}
HI_SPEECH = ("कहा", "कहते", "कहती", "कहना", "बताया", "बताते", "बताती", "दावा", "चेतावनी", "घोषणा",
             "जवाब", "पूछा", "वादा", "कसम", "आश्वासन", "इनकार", "खंडन", "स्पष्ट", "जानकारी", "बयान",
             "टिप्पणी", "रिपोर्ट", "लिखा", "दोहराया", "पुष्टि", "जोड़ा", "कहे", "बताए", "करार", "कहीं",
             "खबर", "ख़बर", "आगाह", "चेताया")
HI_WEAK_SPEECH = ("आरोप", "प्रशंसा", "अपील", "आग्रह", "संकेत", "उल्लेख", "स्वीकार", "आह्वान", "सराहना",
                  "उम्मीद", "भरोसा", "विश्वास", "मांग", "निंदा", "तारीफ", "प्रस्ताव", "अनुमान")
EN_SPEECH = (r"said|says|say|told|tells|added|adds|warned|warns|claimed|claims|announced|announces|"
             r"stated|states|noted|notes|insisted|argued|asserted|reported|reports|wrote|writes|posted|tweeted|"
             r"explained|confirmed|confirms|denied|denies|declared|quoted|acknowledged|emphasi[sz]ed|"
             r"stressed|replied|responded|answered|pledged|vowed|promised|praised|described|called|"
             r"urged|accused|admitted|predicted|suggested|estimated|projected|assured|"
             r"condemned|criticised|criticized|highlighted|observed|remarked|recalled|agreed|"
             r"asked|maintained|reiterated|underlined|proposed|defended|congratulated|expressed")
MEDIA_WORDS = re.compile(
    r"\b(?:news|agency|times|post|tv|radio|herald|journal|gazette|media|newspaper|channel|"
    r"broadcaster|daily|tribune|wire|press|television|chronicle|express|telegraph)\b"
    r"|मीडिया|एजेंसी|अखबार|समाचार|चैनल|टाइम्स|पत्रिका|रेडियो|टीवी", re.IGNORECASE)
# verbs that say what was claimed, not only that something was said ("called it a success",
# "denied any deal"): they stay in the claim's content
MEANING_VERBS = {"called", "described", "praised", "urged", "accused", "predicted", "suggested", "estimated",
                 "projected", "condemned", "criticised", "criticized", "defended", "congratulated",
                 "expressed", "proposed", "pledged", "vowed", "promised", "agreed", "warned"}
NEGATING_VERBS = {"denied", "denies"}
SPOKEN_ON = re.compile(r"\s+(?:on|last|this|early on|late on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b(?:\s+that\b)?,?")
ASKED_EN = re.compile(r"\basked ([A-Z][\w.'’-]{0,40}(?: [A-Z][\w.'’-]{0,40}){0,2})")
ASKED_HI = re.compile(r"(?<=\s)से (?:पूछा|सवाल किया)")
# agencies that are not news agencies
NOT_MEDIA = re.compile(r"\b(?:space|intelligence|atomic|energy|environment(?:al)?|health|anti-doping|investigation|"
                       r"enforcement|security|defen[cs]e|refugee|aid|relief)\s+agency\b"
                       r"|(?:अंतरिक्ष|खुफिया|जांच|परमाणु)\s+एजेंसी", re.IGNORECASE)
GENERIC_HEADS = {"officials", "official", "analysts", "experts", "sources", "diplomats", "observers",
                 "witnesses", "residents", "police", "spokesman", "spokeswoman", "spokesperson",
                 "reporter", "reporters", "journalists", "अधिकारियों", "अधिकारी", "विशेषज्ञों",
                 "सूत्रों", "पत्रकारों", "रिपोर्टर", "विश्लेषकों", "प्रवक्ता"}
ROLE_HEADS = {"chairman": "chief", "chairperson": "chief", "head": "chief", "प्रमुख": "chief", "अध्यक्ष": "chief",
              "spokesperson": "spokesman", "spokeswoman": "spokesman", "प्रवक्ता": "spokesman"}
GENERIC_MEDIA = {"agency", "एजेंसी", "wire service", "the agency", "channel", "चैनल", "अखबार", "newspaper"}
ASKERS = {"reporter", "reporters", "journalists", "रिपोर्टर", "पत्रकारों", "पत्रकार"}
COPULA = {"है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे"}
HI_BOUNDARY = {"कि", "और", "तो", "जब", "लेकिन", "बीच", "वहीं", "साथ", "इस", "दूसरी", "ओर", "तथा",
               "पर", "बाद", "पहले", "भी", "ही", "को", "में", "से", "का", "की", "के", "है", "था",
               "थी", "हैं", "थे", "गया", "गई", "किया", "यह", "वह", "जो", "एक", "उस", "ने"}
EN_BOUNDARY = {"that", "and", "but", "while", "when", "as", "after", "before", "which", "who",
               "on", "in", "at", "of", "for", "to", "with", "by", "from", "also", "later", "then",
               "has", "have", "had", "was", "were", "is", "are", "it", "this", "also"}
FRAMING = re.compile(
    r"\b(?:comes? (?:amid|as|after)|amid (?:concerns?|fears|worries|growing|rising)|against the backdrop|"
    r"analysts (?:say|believe)|is seen as|widely seen|raises? (?:concerns|questions)|observers)\b"
    r"|के बीच आई|गौरतलब|उल्लेखनीय है|विशेष रूप से|ऐसे समय|माना जा रहा|चिंताओं के बीच|पृष्ठभूमि",
    re.IGNORECASE)


@dataclass
class Cue:
    entity: Entity
    ref: str  # named | role | pronoun
    role: str  # speaker | told | cited | reporting
    position: int
    span: tuple[int, int]  # what to strip from the claim's content


@dataclass
class Context:
    """What the article has told us so far: who holds which role, who spoke last."""

    registry: Registry
    publisher: Entity
    language: str
    last_speaker: Entity | None = None
    last_person: Entity | None = None
    in_quote: bool = False
    prev_speaker: Entity | None = None
    last_source: Entity | None = None
    asked: Entity | None = None  # the person a question in this sentence was put to ...
    asked_end: int = 0  # ... and where the question's verb ends: a pronoun after it answers

    def __post_init__(self) -> None:
        self.roles: dict[str, Entity] = {}
        self.people: list[Entity] = []


def quoted_spans(text: str, continuing: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Character spans inside quotation marks, and whether the last one is left open
    (it then runs to the end). When ``continuing``, the text starts inside a quotation.

    Straight quotes are read by where they stand: one before a word opens, one after a
    word closes, so a stray mark in messy wire copy does not flip the rest."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = 0 if continuing else None
    i = 0
    n = len(text)
    while i < n:
        mark = 2 if text.startswith(("''", "‘‘", "’’"), i) else 1
        ch = text[i]
        if mark == 1 and ch not in '"“”«»':
            i += 1
            continue
        before = text[i - 1] if i > 0 else " "
        after = text[i + mark] if i + mark < n else " "
        if ch in "“«" or text.startswith("‘‘", i):
            opening = True
        elif ch in "”»" or text.startswith("’’", i):
            opening = False
        else:
            opening = (before.isspace() or before in "([{:—-") and not after.isspace()
        if opening and open_at is None:
            open_at = i
        elif not opening and open_at is not None:
            spans.append((open_at, i + mark))
            open_at = None
        i += mark
    if open_at is not None:
        spans.append((open_at, n))
        return spans, True
    return spans, False


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for k in range(start, end):
            chars[k] = " " if not chars[k].isspace() else chars[k]
    return "".join(chars)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[\w\u0900-\u097F][\w\u0900-\u097F.'’-]*", text)]


class Attributor:
    """Attributes the sentences of one article, in order."""

    def __init__(self, registry: Registry, publisher: Entity, language: str) -> None:
        self.ctx = Context(registry, publisher, language)
        self.registry = registry
        self.outlet_names = tuple({publisher.name, *(name for _, name in publisher.names)})

    # -- noun phrases -------------------------------------------------------------------
    def _entity_in(self, phrase: str, want: str | None, at: int = -1) -> tuple[Entity, str] | None:
        """The entity a short noun phrase names: pronoun, known name, role, or new name.
        ``at`` is where the phrase stands in the sentence (a pronoun after a question put to
        someone refers to that person)."""
        words = phrase.split()
        if not words:
            return None
        low = [w.casefold() for w in words]
        if len(words) == 1 and (words[0] in HI_PRONOUNS or words[0] in HI_POSSESSIVE or low[0] in EN_PRONOUNS):
            asked = self.ctx.asked if self.ctx.asked is not None and at >= self.ctx.asked_end else None
            target = asked or self.ctx.prev_speaker or self.ctx.last_person or self.ctx.last_speaker
            return (target, "pronoun") if target else None
        # longest known name ending the phrase (Hindi and English heads come last)
        spans = [(0, len(words))] if 6 < len(words) <= 8 else []
        spans += [(len(words) - size, size) for size in range(min(6, len(words)), 0, -1)]
        tails = len(spans)
        spans += [(0, size) for size in range(min(5, len(words) - 1), 0, -1)]
        role = fold(" ".join(w for w in words if w.casefold() not in {"the", "a", "an"}))
        for index, (begin, size) in enumerate(spans):
            if index == tails:
                # a role naming its holder ("आरबीआई गवर्नर", "the RBI governor") outranks
                # the body its first words name
                holder = self.registry.role_holder(role)
                if holder is not None and holder.kind == "person" and (want is None or _fits(holder, want)):
                    return holder, "role"
            cand = " ".join(words[begin:begin + size])
            entity = self.registry.lookup(cand)
            if entity is not None and (want is None or _fits(entity, want)):
                rest = " ".join(words[:begin]).strip(" ,")
                if rest and entity.kind == "person":
                    self.ctx.roles[fold(rest)] = entity
                return entity, "named"
        found = self._role(role)
        if found is not None:
            return found, "role"
        generic = fold(" ".join(w for w in words if w.casefold() not in {"the", "a", "an", "news", "समाचार"}))
        if generic in GENERIC_MEDIA:
            return (self.ctx.last_source, "role") if self.ctx.last_source else None
        if _media(phrase) and not _role_like(words[-1]) and len(words) > 1 or (
                _media(phrase) and want == "outlet"):
            return self.registry.resolve(phrase.strip(" ,"), "outlet"), "named"
        if want == "outlet":
            return None
        if low[-1].strip(".,") in GENERIC_HEADS or words[-1] in HI_COMMON:
            return None
        name = _proper_name(words) or _hindi_name(words)
        if name:
            return self._person(name), "named"
        return None

    def _person(self, name: str) -> Entity:
        """A person named in the article; a lone surname means the person named in full before."""
        parts = name.split()
        if len(parts) == 1:
            for known in reversed(self.ctx.people):
                if any(fold(n).split()[-1] == fold(name) for _, n in known.names) or fold(known.name).split()[-1] == fold(name):
                    return known
        entity = self.registry.resolve(name, "person")
        if entity not in self.ctx.people:
            self.ctx.people.append(entity)
        return entity

    def _person_like(self, entity: Entity) -> bool:
        """A listed person, or a learnt name of two words or more (a lone learnt word is as
        likely a place or a country: "Russia said")."""
        return entity.kind == "person" and (self.registry.is_listed(entity.id) or len(entity.name.split()) > 1)

    def _role(self, role: str) -> Entity | None:
        if not role:
            return None
        if role in self.ctx.roles:
            return self.ctx.roles[role]
        for known, entity in self.ctx.roles.items():
            if known.endswith(role) or role.endswith(known):
                return entity
        holder = self.registry.role_holder(role)
        if holder is not None:
            return holder
        head = ROLE_HEADS.get(role.split()[-1], role.split()[-1])
        for known, entity in reversed(list(self.ctx.roles.items())):
            if ROLE_HEADS.get(known.split()[-1], known.split()[-1]) == head and len(role.split()) <= 3:
                return entity
        return None

    def _learn_mentions(self, text: str) -> None:
        """Appositions such as 'रूसी राष्ट्रपति व्लादिमीर पुतिन' teach roles; names update salience."""
        toks = _tokens(text)
        i = 0
        while i < len(toks):
            for size in range(min(4, len(toks) - i), 0, -1):
                cand = text[toks[i][1]:toks[i + size - 1][2]]
                entity = self.registry.lookup(cand) if _namey(cand) else None
                if entity is not None and self._person_like(entity):
                    before = " ".join(t[0] for t in toks[max(0, i - 3):i])
                    for k in range(1, 4):
                        role = " ".join(before.split()[-k:])
                        if self.registry.role_holder(role) == entity or _role_like(role):
                            self.ctx.roles[fold(role)] = entity
                    self.ctx.last_person = entity
                    i += size
                    break
            else:
                i += 1

    def _asked(self, frame: str) -> tuple[Entity | None, int]:
        """The person a question is put to ("asked Putin whether", "पुतिन से पूछा") and where
        the asking ends: a pronoun after that is the one who answers."""
        match = ASKED_EN.search(frame)
        if match is not None:
            words = match.group(1).split()
            phrases = [" ".join(words[:size]) for size in range(len(words), 0, -1)]
        else:
            match = ASKED_HI.search(frame)
            if match is None:
                return None, 0
            words = frame[max(0, match.start() - 120):match.start()].split()[-3:]
            phrases = [" ".join(words[-size:]) for size in range(len(words), 0, -1)]
        for phrase in phrases:
            entity = self.registry.lookup(phrase)
            if entity is not None and self._person_like(entity):
                return entity, match.end()
        return None, 0

    # -- cues -----------------------------------------------------------------------------
    def _cues(self, frame: str) -> list[Cue]:
        cues: list[Cue] = []
        if self.ctx.language == "hi":
            cues += self._hindi_cues(frame)
        cues += self._english_cues(frame)
        return cues

    def _hindi_cues(self, frame: str) -> list[Cue]:
        cues: list[Cue] = []
        toks = _tokens(frame)
        words = [t[0] for t in toks]
        for i, (word, start, end) in enumerate(toks):
            if word in HI_PRONOUNS or word == "ने":
                tail = words[i + 1:i + 30]
                stop = next((k for k, w in enumerate(tail) if w in {"ने", "कि"} | HI_PRONOUNS), len(tail))
                clause = tail[:stop]
                strong = any(w.startswith(HI_SPEECH) for w in clause)
                weak = any(w.startswith(HI_WEAK_SPEECH) for w in clause)
                introduces = stop < len(tail) and tail[stop] == "कि" or bool(re.search(r"[\"“]", frame[end:end + 120]))
                if not (strong or (weak and introduces)):
                    continue
                if word in HI_PRONOUNS:
                    found = self._entity_in(word, "person", start)
                    np_start = start
                else:
                    np_start, found = self._np_before(frame, toks, i, None)
                if found:
                    role = "reporting" if found[0].kind == "outlet" else "speaker"
                    cues.append(Cue(found[0], found[1], role, start, (np_start, _verb_group_end(frame, end))))
            elif word in {"अनुसार", "मुताबिक", "हवाले"} and i >= 1 and words[i - 1] in HI_POSSESSIVE:
                # "उनके मुताबिक", "तास ने उनके हवाले से बताया": the person last spoken of
                found = self._entity_in(words[i - 1], "person", toks[i - 1][1])
                if found:
                    cues.append(Cue(found[0], found[1], "speaker", start,
                                    (toks[i - 1][1], _verb_group_end(frame, end))))
            elif word in {"अनुसार", "मुताबिक"} and i >= 1 and words[i - 1] == "के":
                if i >= 3 and words[i - 2] in {"रिपोर्ट", "खबर", "ख़बर"}:
                    back = i - 3 if words[i - 3] != "एक" else i - 4
                    np_start, found = self._np_before(frame, toks, back, None)
                else:
                    np_start, found = self._np_before(frame, toks, i - 1, None)
                if found:
                    role = "reporting" if found[0].kind == "outlet" else "speaker"
                    cues.append(Cue(found[0], found[1], role, start, (np_start, end)))
            elif word == "हवाले" and i >= 1 and words[i - 1] == "के" or (
                    word == "हवाला" and i >= 1 and words[i - 1] == "का"):
                np_start, found = self._np_before(frame, toks, i - 1, None)
                if found:
                    role = "cited" if found[0].kind == "outlet" else "speaker"
                    cues.append(Cue(found[0], found[1], role, start, (np_start, _verb_group_end(frame, end))))
            elif word in {"कहना", "जवाब", "मानना", "दावा", "बयान"} and i >= 1 and (
                    words[i - 1] in {"का", "की", "के"} | HI_POSSESSIVE) and COPULA.intersection(words[i + 1:i + 3]):
                # "X का कहना है कि", "उनका मानना था" -- not "X का जवाब देता है" (answers X)
                if words[i - 1] in HI_POSSESSIVE:
                    np_start = toks[i - 1][1]
                    found = self._entity_in(words[i - 1], "person", np_start)
                else:
                    np_start, found = self._np_before(frame, toks, i - 1, None)
                if found:
                    role = "reporting" if found[0].kind == "outlet" else "speaker"
                    cues.append(Cue(found[0], found[1], role, start, (np_start, _clause_end(frame, end))))
            elif word == "से" and i + 1 < len(words) and words[i + 1].startswith(("कहा", "बात", "बताया")):
                np_start, found = self._np_before(frame, toks, i, "outlet")
                if found and found[0].kind == "outlet":
                    cues.append(Cue(found[0], found[1], "told", start, (np_start, end)))
            elif word.startswith(("चेतावनी", "कह", "दावा", "घोषणा")) and i + 1 < len(words) and words[i + 1] in {
                    "दे", "दी", "चुका", "चुके", "चुकी", "रहा", "रहे", "रही", "है", "हैं", "करता", "करते", "कर"}:
                head = frame[:start].rstrip()
                found = self._clause_subject(head)
                if found:
                    cues.append(Cue(found[0], found[1], "speaker", start, (0, _clause_end(frame, end))))
        return cues

    def _clause_subject(self, head: str) -> tuple[Entity, str] | None:
        clause = re.split(r"[,;:]", head)[-1]
        words = clause.split()
        for size in range(min(5, len(words)), 0, -1):
            cand = " ".join(words[:size])
            entity = self.registry.lookup(cand)
            if entity is not None:
                return entity, "named"
        return None

    def _np_before(self, frame: str, toks, index: int, want: str | None):
        """The noun phrase that ends just before token ``index`` (Hindi postposition)."""
        words: list[tuple[str, int]] = []
        k = index - 1
        while k >= 0 and len(words) < 6:
            word, start, end = toks[k]
            gap = frame[end:toks[k + 1][1]] if k + 1 < len(toks) else ""
            if any(p in gap for p in ",;:\"“”'"):
                break
            if word in HI_BOUNDARY:
                if word in {"का", "की", "के"} and words:
                    words[:0] = self._place_before(toks, k)
                break
            words.insert(0, (word, start))
            if word in HI_POSSESSIVE:
                break
            k -= 1
        while words:
            phrase = " ".join(w for w, _ in words)
            found = self._entity_in(phrase, want, words[0][1])
            if found:
                return words[0][1], found
            words.pop(0)
        return toks[index][1], None

    def _place_before(self, toks, k: int) -> list[tuple[str, int]]:
        """The place and its postposition before token ``k + 1`` ("दक्षिण कोरिया के"), or []."""
        for size in (2, 1, 3):
            if k - size < 0:
                continue
            place = " ".join(t[0] for t in toks[k - size:k])
            if self.registry.place_adjective(place):
                return [(t[0], t[1]) for t in toks[k - size:k + 1]]
        return []

    def _english_cues(self, frame: str) -> list[Cue]:
        cues: list[Cue] = []
        role = "|".join(sorted(ROLE_WORDS))
        # bounded (words of at most 41 characters, at most 16 words): a long run of capitalised
        # words with no speech verb after it then costs linear time, not quadratic
        name = (r"((?:[A-Z][\w.'’-]{0,40}|the|of|de|al|bin|-)(?:\s+(?:[A-Z][\w.'’-]{0,40}|of|the|de|al|bin|-|\d+|"
                + role + r")){0,15})")
        patterns = [
            (rf"\b(?i:according to) (?:a |an )?(?:report(?:s)? (?:by|from|in) )?({name[1:-1]}(?:(?<=['’]s) [a-z]+)?)",
             "reporting", 1),
            (rf"\b(?i:citing|quoting) {name}", "cited", 1),
            (rf"\b(?:polled|surveyed|conducted|compiled) by {name}", "reporting", 1),
            (r"\b(?:told|in an interview with|speaking to|in remarks to|interview to) "
             r"((?:[\w-]+\s+){0,3}?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|\d+))*)", "told", 1),
            (rf"(?:^|[,;:]\s*)({EN_SPEECH}) {name}(?=[.,;:]|\s*$)", "inverted", 2),
            (rf"\bquoted {name} as (?:saying|telling)", "cited", 1),
            (rf", {name},(?: [a-z]+){{0,2}} (?:has |had |also |later |then )?(?:{EN_SPEECH})\b", "subject", 1),
            (rf"{name}(?:,[^,]{{3,100}},)? (?:has |had |also |later |then |further |again |earlier )?(?:{EN_SPEECH})\b", "subject", 1),
            (rf"{name}(?:,[^,]{{3,100}},)? [a-z]+(?: [\w'.-]+){{0,8}}, (?:saying|adding|noting|warning|arguing|claiming)\b",
             "subject", 1),
            (r"\b(he|she|they|He|She|They)(?: has| had| also| later| then| further)? (?:" + EN_SPEECH + r")\b", "subject", 1),
            (r"\b((?:the |a |an )?(?:[A-Za-z-]+ ){0,4}(?:president|leader|spokesman|spokeswoman|spokesperson|minister|"
             r"chief|chairman|governor|officials?|analysts|experts|diplomats|secretary|ambassador|agency|"
             r"ministry|department|premier|envoy|commander|general))(?:,[^,]{3,60},)? (?:has |had |also |later |then |further )?(?:"
             + EN_SPEECH + r")\b", "subject", 1),
        ]
        seen: set[int] = set()
        for pattern, kind, group in patterns:
            for m in re.finditer(pattern, frame):
                phrase = m.group(group).strip()
                phrase = re.sub(r"^(?:The|the|A|a|An|an)\s+(?=[a-z])", "the ", phrase)
                start = m.start(group)
                if start in seen or not phrase:
                    continue
                found = self._entity_in(_trim_en(phrase), "outlet" if kind in {"told", "cited"} and
                                        _media(phrase) else None, start)
                if not found:
                    continue
                seen.add(start)
                entity = found[0]
                if kind in {"subject", "inverted"}:
                    verb = m.group(0)
                    role = "reporting" if entity.kind == "outlet" else "speaker"
                    if entity.kind == "outlet" and re.search(r"\bquoted\b", verb):
                        role = "reporting"
                elif kind == "reporting":
                    role = "reporting" if entity.kind == "outlet" else "speaker"
                elif kind == "cited":
                    role = "cited" if entity.kind == "outlet" else "speaker"
                else:
                    role = "told" if entity.kind == "outlet" else "addressee"
                if role == "addressee":
                    continue
                end = m.end()
                verb = re.search(rf"\b(?:{EN_SPEECH})$", m.group(0))
                if frame[end:end + 6].strip().startswith("that") and not (verb and verb.group(0) in NEGATING_VERBS):
                    end = frame.index("that", end) + 4
                elif verb and verb.group(0) in MEANING_VERBS | NEGATING_VERBS:
                    # "Lavrov called the summit a success": the verb is part of what is claimed
                    end = m.start() + verb.start()
                elif kind == "told" or verb and verb.group(0) in {"told", "tells", "assured"}:
                    # "told fellow leaders at the summit that ...", "Kim told Putin that ..."
                    that = re.match(r"[^,.;:\"]{0,60}?\bthat\b|(?:\s+[\w'’-]+){1,4}\s*(?=[.!?]?\s*$)|"
                                    r"\s+(?:reporters|journalists|the press|the media|state media)\b", frame[end:])
                    end += that.end() if that else 0  # or the listener closing the sentence
                when = SPOKEN_ON.match(frame, end)  # "said on Tuesday": when it was said, not what
                cues.append(Cue(entity, found[1], role, start, (m.start(), when.end() if when else end)))
        return cues

    # -- the sentence ---------------------------------------------------------------------
    def attribute(self, sentence: Sentence) -> tuple[Attribution, str, bool]:
        """Returns the attribution, the content with its wrapper removed, and whether the
        sentence leaves a quotation open (so the next sentences continue it)."""
        text = sentence.text
        continuing = self.ctx.in_quote
        spans, opens = quoted_spans(text, continuing)
        frame = _mask(text, spans)
        self.ctx.asked, self.ctx.asked_end = self._asked(frame)
        cues = [c for c in self._cues(frame) if c.entity.id != self.ctx.publisher.id]
        speakers = [c for c in cues if c.role == "speaker" and c.entity.kind in {"person", "org"}
                    and fold(c.entity.name) not in ASKERS]
        if len(speakers) > 1 and spans:
            first_quote = spans[0][0]
            speakers.sort(key=lambda c: abs(c.position - first_quote))
        elif len(speakers) > 1:
            # the first cue governs the sentence; later ones sit inside what is reported
            # ("he said Russia observed the limits")
            speakers.sort(key=lambda c: c.position)
        speaker = speakers[0] if speakers else None
        depth = {"told": 0, "cited": 1, "reporting": 2}
        sources: list[Entity] = []
        for cue in sorted((c for c in cues if c.role in depth and c.entity.kind == "outlet"),
                          key=lambda c: (depth[c.role], c.position)):
            if cue.entity not in sources:
                sources.append(cue.entity)
        if sources:
            self.ctx.last_source = sources[-1]
        has_quote = any(len(text[s:e].split()) >= 1 for s, e in spans)
        if speaker is not None:
            kind = "direct_quote" if has_quote else "indirect_quote"
        elif FRAMING.search(frame):
            kind = "framing"
        else:
            kind = "reported"
        self._learn_mentions(frame)
        self.ctx.prev_speaker = speaker.entity if speaker is not None and self._person_like(speaker.entity) else None
        if speaker is not None and self._person_like(speaker.entity):
            self.ctx.last_speaker = speaker.entity
            self.ctx.last_person = speaker.entity
        attribution = Attribution(
            speaker=speaker.entity if speaker else None,
            speaker_ref=speaker.ref if speaker else None,
            sources=tuple(sources),
            kind=kind,
        )
        content = claim_content(text, [c.span for c in cues], spans if speaker is not None else [],
                                outlet_names=self.outlet_names)
        self.ctx.in_quote = opens
        return attribution, content, opens


def _media(phrase: str) -> bool:
    """Whether a phrase names a news medium ("state news agency", "समाचार एजेंसी")."""
    return bool(MEDIA_WORDS.search(phrase)) and not NOT_MEDIA.search(phrase)


def _fits(entity: Entity, want: str) -> bool:
    return entity.kind == want or (want == "person" and entity.kind == "org")


def _namey(text: str) -> bool:
    return bool(re.search(r"[\u0900-\u097F]", text)) or text[:1].isupper()


def _role_like(phrase: str) -> bool:
    return bool(re.search(r"(?:president|leader|spokes|minister|chief|chairman|governor|secretary|"
                          r"राष्ट्रपति|नेता|प्रवक्ता|मंत्री|प्रमुख|अध्यक्ष|गवर्नर|सचिव)", phrase, re.I))


ROLE_WORDS = {"president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "governor",
              "chief", "administrator", "director", "chairman", "general", "adviser", "advisor", "ambassador",
              "sherpa", "leader", "premier", "envoy", "commander", "head", "senator", "mayor", "prime"}


def _proper_name(words: list[str]) -> str | None:
    """A capitalised name at the end of an English phrase, without a role before it:
    'U.S. National Security Adviser Jake Sullivan' -> 'Jake Sullivan'."""
    if not words or not words[-1][:1].isupper():
        return None
    tail: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() or (w in {"of", "for", "the"} and tail):
            tail.insert(0, w.strip(",."))
        else:
            break
    while tail and tail[0] in {"of", "for", "the"}:
        tail.pop(0)
    roles = [i for i, w in enumerate(tail) if w.casefold() in ROLE_WORDS]
    if roles and roles[-1] < len(tail) - 1 and "of" not in tail[roles[-1]:]:
        tail = tail[roles[-1] + 1:]
    if tail and tail[0] not in {"The", "A", "An", "He", "She", "They", "It", "But", "And", "In", "On", "At"}:
        return " ".join(tail)
    return None


HI_ROLE_WORDS = ("राष्ट्रपति", "प्रधानमंत्री", "मंत्री", "प्रवक्ता", "नेता", "प्रमुख", "अध्यक्ष", "गवर्नर",
                 "सचिव", "शेरपा", "सलाहकार", "प्रशासक", "राजदूत", "निदेशक", "सांसद", "विधायक")


def _hindi_name(words: list[str]) -> str | None:
    """A Devanagari name ending a phrase, after any role words: 'जी20 शेरपा अमिताभ कांत' -> 'अमिताभ कांत'."""
    if not words or not all(re.fullmatch(r"[\u0900-\u097F]+", w) for w in words[-3:]):
        return None
    roles = [i for i, w in enumerate(words) if w.startswith(HI_ROLE_WORDS)]
    tail = words[roles[-1] + 1:] if roles else words[-3:]
    tail = [w for w in tail if w not in HI_BOUNDARY and w not in HI_COMMON]
    if not tail or len(tail) > 3 or (not roles and len(words) > 3):
        return None
    return " ".join(tail)


def _trim_en(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].casefold() in EN_BOUNDARY:
        words.pop(0)
    while words and words[-1].casefold() in {"the", "of", "-"}:
        words.pop()
    return " ".join(words)


HI_VERB_GROUP = re.compile(
    r"(?:\s+(?:बुधवार|मंगलवार|गुरुवार|सोमवार|शुक्रवार|शनिवार|रविवार|को|से|यह|भी|देते|हुए|"
    r"कहा|बताया|है|था|कि|दी|दिया|किया|की|जानकारी|रिपोर्ट|दावा|जवाब|जोड़ा|लिखा|हवाले|हवाला|"
    r"कहते|कहती|कहना|बताते|स्पष्ट|किया|गया|ने)(?=[\s,.।\"]|$))+")


def _verb_group_end(frame: str, end: int) -> int:
    """Where a Hindi attribution's verb group ends: through ``कि`` when it introduces the
    content, to the sentence end when the attribution trails, else just after ``ने``."""
    m = HI_VERB_GROUP.match(frame, end)
    if m is None:
        return end
    group = frame[end:m.end()]
    if re.search(r"\bकि\s*$", group) or group.rstrip().endswith(" कि"):
        return m.end()
    if not frame[m.end():].strip(" .।,\"'”"):
        return len(frame)
    if re.match(r"\s*,", frame[m.end():]) and re.search(r"कहा|बताया|जवाब|दावा", group):
        return m.end() + frame[m.end():].index(",") + 1
    return end


def _clause_end(frame: str, end: int) -> int:
    rest = frame[end:]
    m = re.match(r"[^,।.;:]{0,40}?(?<![\w\u0900-\u097F])(?:कि|that)(?![\w\u0900-\u097F])", rest)
    if m:
        return end + m.end()
    m = HI_VERB_GROUP.match(rest)  # "X का कहना है, ..." ends with its verb group
    return end + (m.end() if m else 0)
