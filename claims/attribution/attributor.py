"""The attribution of one sentence: its speaker, the sources it credits, and its kind.

Cues (``cues_hi``, ``cues_en``) name candidate speakers and sources; the first cue governs
the sentence (or the one nearest a quotation); what the sentence teaches about the article's
entities is remembered for the next one. The reporter's own statements get no speaker.
"""
from __future__ import annotations

import re

from claims.attribution import cues_en, cues_hi
from claims.attribution.entities import STATES, Cue, Entities
from claims.attribution.text import back, for_matching, mask, quoted_spans
from claims.attribution import mentions as m
from claims.attribution.mentions import is_media
from claims.content import claim_content
from claims.datelines import dated_place, district_of_place, read_dateline
from claims.lexicon import alternation, lexicon
from claims.matching import capitals, districts_in, is_district, places_in
from claims.models import Attribution, Entity, Sentence
from claims.names import Registry, fold

# a byline on a line of its own, maybe saying where the story was filed: "By Jane Roe in Bhagalpur"
BYLINE = re.compile(r"^\s*By [A-Z][\w.'’ -]{1,60}?(?: in ([A-Z][a-z]+(?: [A-Z][a-z]+)?))?\s*$")

EN = lexicon("en")
HI = lexicon("hi")
# a district the lede names: "from Tonk district", "Bihar's Gaya district", "टोंक जिले के"
# a district's name may join two places with a hyphen ("Saraikela-Kharsawan district", "सरायकेला-खरसावां जिले")
DISTRICT = re.compile(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)*(?: [A-Z][a-z]+)?)(?:['’]s)? (?:{alternation(EN.words('district_words'))})\b"
                      rf"|(?<![\S-])((?:[\u0900-\u0963\u0966-\u097F]+-)*[\u0900-\u0963\u0966-\u097F]+) "
                      rf"(?:{alternation(HI.words('district_words'))})(?![\u0900-\u097F])")
# a police force named by its place: "Bahraich police", "police in Bahraich", "In Bhopal, police ..."
PLACE_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
FORCE_PLACE = re.compile(rf"\b({PLACE_WORD}) (?:district |city )?[Pp]olice\b(?! (?:[Ss]tation|post|outpost|chowki|lines?)\b)"
                         rf"|\b[Pp]olice (?:in|at) ({PLACE_WORD})\b|^In ({PLACE_WORD}), (?:the )?police\b")
FORCE_KINDS = EN.set("force_kinds") | EN.set("not_name_starts")
NOT_DISTRICT_NAMES = HI.set("not_district_names") | HI.set("boundaries") | EN.set("not_name_starts")
FRAMING = re.compile(rf"\b(?:{alternation(EN.words('framing'), escape=False)})\b"
                     rf"|{alternation(HI.words('framing'), escape=False)}", re.IGNORECASE)
CONTENTLESS = re.compile(rf"\b(?:{alternation(EN.words('contentless_speech'), escape=False)})\s*[.!]?\s*$")
ASKERS = EN.set("askers") | HI.set("askers")
# the paper's own staff ending a dateline's credit: "(घाटी दर्पण संवाददाता)", "(Valley Ledger Bureau)"
STAFF_CREDIT = re.compile(rf"\s*(?:(?i:{alternation(EN.words('staff_credits'))})|{alternation(HI.words('staff_credits'))})$")
RESEARCHERS = re.compile(rf"\b(?:{alternation(EN.words('researchers'))})\b|{alternation(HI.words('researchers'))}",
                         re.IGNORECASE)
# a statement or letter the article quoted earlier speaking on its own: "The statement said",
# "According to the release,", "बयान में बताया गया कि", "बयान के अनुसार,", "इसमें कहा गया है कि"
_STATEMENT_EN = alternation(EN.words("statement_nouns"))
_STATEMENT_HI = alternation(HI.words("statement_nouns"))
STATEMENT_SAYS = re.compile(
    rf"\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[A-Za-z][\w.-]*['’]s)\s+(?:{_STATEMENT_EN})\s+(?:said|says|added|stated|noted)(?:\s+that)?\b"
    rf"|\b[Aa]ccording to (?:the|that|this|its|their)\s+(?:{_STATEMENT_EN})\b,?"
    rf"|(?<![\u0900-\u097F])(?:(?:(?:इस\s+|उस\s+|जारी\s+)?(?:{_STATEMENT_HI})\s+में|इसमें)\s+(?:यह\s+भी\s+|भी\s+)?"
    rf"(?:कहा|बताया)\s+(?:गया|गई)(?:\s+(?:है|था))?(?:\s+कि)?"
    rf"|(?:इस\s+|उस\s+|जारी\s+)?(?:{_STATEMENT_HI})\s+के\s+(?:अनुसार|मुताबिक),?)(?![\u0900-\u097F])")
# "the hospital issued a statement", "X ने बयान जारी किया": who the later statement speaks for
STATEMENT_NAMED = re.compile(rf"\b(?:{_STATEMENT_EN})\b|(?<![\u0900-\u097F])(?:{_STATEMENT_HI})(?![\u0900-\u097F])",
                             re.IGNORECASE)
ISSUED = re.compile(rf"^(?:On \w+,\s*)?(.{{3,80}}?)\s+(?:{alternation(EN.words('issuing_verbs'))})\s+(?:a|an|its|their)\s+"
                    rf"(?:[\w-]+\s+)?(?:{_STATEMENT_EN})\b")
# credited sources, innermost first: who was told, who cited, who reported
DEPTH = {"told": 0, "cited": 1, "reporting": 2}


# a statement credited rather than said in ("आयोग के बयान के अनुसार"): the lexicon's credit words
CREDITED = re.compile(alternation(HI.words("credit_words")))
# the words before a Hindi statement noun that may name whose it is: "एक पुलिस ", "मंत्रालय की "
OWNER_BEFORE = re.compile(r"((?:[\u0900-\u097F]+\s+){1,4}?)(?:(?:की|के|का)\s+)?$")


# the owner's name ending in a possessive before an English statement noun, and the capitalised words before it
EN_OWNER = re.compile(r"([A-Za-z][\w.-]*)['’]s\s")
OWNER_WORDS = re.compile(r"((?:(?<![\w'’-])(?:[A-Z][\w.'’-]*|the)\s+){0,4})$")


class Attributor:
    """Attributes the sentences of one article, in order."""

    def __init__(self, registry: Registry, publisher: Entity, language: str) -> None:
        self.memory = Entities(registry, publisher, language)
        self.ctx = self.memory.ctx
        self.registry = registry
        self.outlet_names = publisher.spellings
        self._lede_next = False  # a byline stood alone: the next sentence, the lede, may name the district

    def _cues(self, frame: str) -> list[Cue]:
        found = cues_hi.cues(self.memory, frame) if self.ctx.language == "hi" else []
        return found + cues_en.cues(self.memory, frame)

    def _statement_owner(self, frame: str, at: int) -> Entity | None:
        """The body named with a statement right before its noun ("पुलिस विज्ञप्ति", "मंत्रालय की
        विज्ञप्ति", "Raj Bhavan's statement"), or None."""
        owner = EN_OWNER.match(frame, at)
        if owner is not None:
            # "Raj Bhavan's statement said": the body or person named before it
            name = (OWNER_WORDS.search(frame[max(0, at - 60):at]).group(1) + owner.group(1)).strip()
            found = self.memory.entity_in(name, None, at)
            return found[0] if found is not None else None
        before = OWNER_BEFORE.search(frame[max(0, at - 60):at])
        words = [w for w in before.group(1).split() if w != "एक"] if before else []
        for begin in range(len(words)):
            if m.is_institution(words[begin:]) and not is_media(" ".join(words[begin:])):
                return self.memory.institution(words[begin:])[0]
        return None

    def _publisher_short(self, cue: Cue, frame: str) -> bool:
        """Whether an outlet a cue names is the publisher called by the end of its name: "he told the
        Ledger" in the Valley Ledger, "told The Post" in a Post (not "The Evening Times reported" in
        the Morning Times)."""
        if cue.entity.kind != "outlet":
            return False
        names = [fold(name).split() for name in (self.ctx.publisher.name, *self.outlet_names)]
        for run in CAPITALISED_WORDS.finditer(frame, cue.span[0], cue.span[1]):
            words = [w for w in fold(run.group(0)).split() if w != "the"]
            if words and any(len(name) > len(words) and name[-len(words):] == words for name in names):
                return True
        return False

    def _wire_credit(self, text: str) -> Entity | None:
        """The news agency a dateline credits ("नई दिल्ली, 23 मार्च (भाषा)", "LONDON (Reuters) -"),
        unless it is the publisher itself."""
        line = read_dateline(text)
        name = line.name if line is not None and line.is_dateline(self.outlet_names) else None
        bare = BARE_CREDIT.match(text) if name is None else None
        name = bare.group(1) if bare else name
        own = {" ".join(n.split()).casefold() for n in self.outlet_names}
        if not name or " ".join(name.split()).casefold() in own or \
                STAFF_CREDIT.sub("", " ".join(name.split())).casefold() in own | {""}:
            return None  # the paper itself, or its own correspondent or bureau
        entity = self.registry.lookup(name, "outlet")
        if entity is None and is_media(name):
            entity = self.registry.resolve(name, "outlet")
        return entity if entity is not None and entity.kind == "outlet" and entity.id != self.ctx.publisher.id else None

    def _read_place(self, text: str) -> None:
        """Where the story happens, from its opening: the dateline's place, a byline's, or the
        district the lede names."""
        line = read_dateline(text)
        lede = text
        if line is not None and line.is_dateline(self.outlet_names) and line.place:
            # "पीथमपुर (धार), 15 मार्च (...)": the district's police; "कुंभकोणम (तमिलनाडु)": the town's
            place = line.district if is_district(line.district) else line.place
            self.ctx.place = place.title() if place.isupper() else place
            lede = text[line.end:]
        elif (byline := BYLINE.match(text)) is not None and byline.group(1):
            self.ctx.place = byline.group(1)  # "By Jane Roe in Bhagalpur": filed from there
        elif dated := dated_place(text) or district_of_place(text):
            # "LUDHIANA, June 18: ...", "गोमिया (बोकारो), 19 अक्टूबर (...)": the district's police
            self.ctx.place = dated.title() if dated.isupper() else dated
        self.ctx.place = _story_place(self.ctx.place)  # "PATNA/GAYA": filed about Gaya
        district = _district(text)
        if district and self.ctx.place and any(
                fold(next(g for g in force.groups() if g)) == fold(self.ctx.place) for force in FORCE_PLACE.finditer(lede)):
            district = None  # "PAKUR ...: Pakur police ... in West Bengal's Murshidabad district": the place's own
            # force acts, the story is its own
        if district:
            self.ctx.place = district  # "JAIPUR - ... from Tonk district": the story happens in Tonk
        elif self.ctx.place and (not is_district(self.ctx.place) or places_in(self.ctx.place) & capitals() and
                                 self.ctx.place.casefold() not in {d.casefold() for d in districts_in(lede)}) and \
                (named := [d for d in districts_in(lede) if d.casefold() != self.ctx.place.casefold()]):
            # "MEDININAGAR, May 28: Seven polling staff ... in Palamu died": a district's town, the district's
            # police; "CHANDIGARH, Nov. 3: ... in Ludhiana": a capital's bureau, reporting a district's story
            self.ctx.place = named[0]
        # a byline or a dateline on a line of its own: the next sentence is the lede
        self._lede_next = district is None and (BYLINE.match(text) is not None or line is not None and not lede.strip())

    def _read_force(self, text: str) -> None:
        """A story filed from a state's capital, or from nowhere said, that names a police force
        by its place ("Police in Bahraich on Thursday arrested ..."): it happens there, and a bare
        "police" later is that force. A state's own police says nothing of where."""
        if self.ctx.place and not places_in(self.ctx.place) & capitals():
            return
        for match in FORCE_PLACE.finditer(text):
            place = next(g for g in match.groups() if g)
            if place not in FORCE_KINDS and not places_in(place) & set(STATES) and \
                    not (self.ctx.place and places_in(place) & places_in(self.ctx.place)):
                self.ctx.place = place
                return

    def attribute(self, sentence: Sentence) -> tuple[Attribution, str, bool]:
        """Returns the attribution, the content with its wrapper removed, and whether the
        sentence leaves a quotation open (so the next sentences continue it)."""
        text, where = for_matching(sentence.text)
        group_before, person_before = self.ctx.group_spoke, self.ctx.last_person
        if sentence.index == 0 or sentence.index == 1 and self._lede_next:
            # a byline on a line of its own ("By Jane Roe", "By Jane Roe in Bhabua"): the next
            # sentence, the lede, may open with the dateline or name the district
            self._lede_next = False
            self._read_place(text)
        spans, opens = quoted_spans(text, self.ctx.in_quote)
        frame = mask(text, spans)
        if self.ctx.language == "en":
            self._read_force(frame)
        self.ctx.asked, self.ctx.asked_end = self.memory.asked(frame)
        self.ctx.unclaimed = []
        self.memory.learn_kinds(frame)
        self.memory.learn_state(frame)  # "Raj Bhavan said ... the Jharkhand High Court": the state's, at once
        self.memory.learn_bodies(frame)
        self.memory.learn_acronyms(frame)  # "पंजाब प्रदूषण नियंत्रण बोर्ड (पीपीसीबी) के मुताबिक": the board, at once
        self.memory.learn_relatives(frame)  # "Shakya's son Lokendra denied ...": Lokendra Shakya, at once
        self.ctx.opening, self.ctx.opening_end, self.ctx.opening_limit = \
            self.memory.opening_person(frame) if self.ctx.language == "en" else (None, 0, 0)
        cues = [c for c in self._cues(frame)
                if c.entity.id != self.ctx.publisher.id and not self._publisher_short(c, frame)]
        speaker = _governing(cues, spans, frame)
        says = STATEMENT_SAYS.search(frame) if speaker is None else None
        if says is not None:
            # the body the statement is of, when named with it ("एक पुलिस विज्ञप्ति में कहा गया",
            # "मंत्रालय की विज्ञप्ति में"), else whoever issued one before; a body whose statement is
            # credited ("आयोग के बयान के अनुसार") is a credited source, as "according to" makes it
            owner = self._statement_owner(frame, says.start())
            issuer = None if owner is not None and CREDITED.search(says.group(0)) else owner or self.ctx.issuer
            if issuer is not None:
                speaker = Cue(issuer, "role", "speaker", says.start(), (says.start(), says.end()))
                cues.append(speaker)
        sources: list[Entity] = []
        for cue in sorted((c for c in cues if c.role in DEPTH and (c.entity.kind == "outlet" or c.role == "reporting")),
                          key=lambda c: (DEPTH[c.role], c.position)):
            if cue.entity not in sources:
                sources.append(cue.entity)
        credit = self._wire_credit(text)
        if credit is not None and credit not in sources:
            sources.append(credit)  # the wire service credited in the dateline relays it all
        if sources:
            self.ctx.last_source = sources[-1]
        if speaker is not None:
            kind = "direct_quote" if spans else "indirect_quote"
        elif FRAMING.search(frame):
            kind = "framing"
        else:
            kind = "reported"
        self.memory.learn_mentions(frame)
        # "बाबा रामदेव ने आज एक शो में कोरोना से बचने के गुर बताए": who acted, whom a "उन्होंने" in the
        # next sentence means, though nothing here is their statement
        self.ctx.agent = cues_hi.agent_name(self.memory, frame) if speaker is None and self.ctx.language == "hi" \
            else None
        if speaker is not None and self.ctx.research is None and speaker.entity.kind in {"person", "org"} and \
                RESEARCHERS.search(frame[max(0, speaker.span[0] - 40):speaker.position + 1]):
            self.ctx.research = speaker.entity  # "वैज्ञानिकों की एक टीम ने", "a team of researchers said"
        person = speaker is not None and (self.memory.speaks_as_person(speaker.entity, frame, speaker.position)
                                          or speaker.entity == self.ctx.research)
        self.ctx.prev_speaker = speaker.entity if person else None
        if speaker is not None and speaker.entity.kind == "org":
            self.ctx.last_body = speaker.entity  # "The board said ... It said ...": the body again
        if speaker is not None and speaker.entity.kind in {"person", "org"} and STATEMENT_NAMED.search(frame):
            self.ctx.issuer = speaker.entity  # "X ने बयान जारी कर कहा", "In a statement, X said"
        elif speaker is None and (issued := ISSUED.match(frame)) is not None:
            found = self.memory.entity_in(issued.group(1), None, issued.start(1))
            if found is not None and found[0].kind in {"person", "org"}:
                self.ctx.issuer = found[0]  # "The hospital issued a statement on Saturday."
        elif speaker is None and self.ctx.agent and STATEMENT_NAMED.search(frame) and \
                (acting := self.memory.entity_in(self.ctx.agent, "person")) is not None and acting[0].kind == "person":
            self.ctx.issuer = acting[0]  # "सोनिया गांधी ने मुख्यमंत्रियों को पत्र लिखा है": the letter is hers
        elif speaker is None and self.ctx.issuer is None and self.ctx.last_body is not None and \
                STATEMENT_NAMED.search(frame) and all(STATEMENT_NAMED.search(c.entity.name) for c in cues):
            # "प्रशासन ने कहा ... बुलेटिन के अनुसार ...": a statement no other body is named with is
            # the body's that spoke last
            self.ctx.issuer = self.ctx.last_body
        if speaker is not None or self.ctx.agent or group_before and self.ctx.last_person is not person_before:
            # someone speaks, or the outlet names a person after the group spoke ("अधिकारियों ने
            # बताया ... । मंत्री X ने दौरा किया । उन्होंने कहा"): a later pronoun is no longer the group
            self.ctx.group_spoke = False
        if speaker is None and self.ctx.language == "hi" and cues_hi.group_subject(frame):
            self.ctx.group_spoke = True  # "नागपुर के फार्मासिस्ट नाराज हैं । उनका कहना है ...": they, unnamed
        if person:
            self.ctx.last_speaker = speaker.entity
            self.ctx.last_person = speaker.entity
        if speaker is not None and not spans and CONTENTLESS.search(frame):
            # "The firm tells a different story.": it says nothing yet; the sentences after it
            # quote it (and its pronouns still mean it, as noted above)
            speaker, kind = None, "framing"
        attribution = Attribution(
            speaker=speaker.entity if speaker else None,
            speaker_ref=speaker.ref if speaker else None,
            sources=tuple(sources),
            kind=kind,
        )
        # a speaker inside what the governing one says, or in a lead-in before it, is part of the
        # claim, not its wrapper
        lead = LEADING_CLAUSE.match(frame)
        wrappers = [c for c in cues if speaker is None or c is speaker or c.role != "speaker"
                    or not (_reported_by(c, [speaker], frame) or lead and c.position < lead.end() <= speaker.position)]
        spans_out = [back(where, c.span) for c in wrappers]
        if speaker is None:  # speech of someone unnamed or of a group: its wrapper is not the claim
            spans_out += [back(where, span) for span in self.ctx.unclaimed]
        content = claim_content(sentence.text, spans_out,
                                [back(where, s) for s in spans] if speaker is not None else [],
                                outlet_names=self.outlet_names)
        self.ctx.in_quote = opens
        return attribution, content, opens


def _story_place(place: str) -> str:
    """Of a dateline's places ("PATNA/GAYA", "संबलपुर/भुवनेश्वर"), the one the story is about: the
    last, unless it is a capital and another is not (a district's story filed in the capital)."""
    parts = [p.strip() for p in place.split("/") if p.strip()] or [place.strip()]
    seat = capitals()
    away = [p for p in parts if not places_in(p) & seat]
    return (away or parts)[-1]


# "नई दिल्ली, एजेंसी ।": a dateline whose credit is a news agency with no brackets
CAPITALISED_WORDS = re.compile(r"[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*")
BARE_CREDIT = re.compile(r"^[^\W\d][^,()\n।]{1,40},\s*([^\W\d][^,()\n।]{1,29}?)\s*[।.]?\s*$")  # not "40,000 times"


# "as" opening an aside just before a speaker: ", as the father has alleged,", "As Roe said, ..."
AS_BEFORE = re.compile(r"(?:^|[,;(—–]\s*|\s-\s*)[Aa]s\s+$")


def _apposed(cue: Cue, speakers: list[Cue], frame: str) -> bool:
    """Whether ``cue`` is an apposition set off after a named person's name, the subject of the same
    verb ('Jagbir Sihag, the Ratia MLA of the Dal, told ANI that "..."'): the name is who speaks,
    however near the quotation the description stands."""
    return any(other.entity.kind == "person" and other.ref == "named" and other.entity != cue.entity and
               other.span[0] <= other.position < cue.span[0] and other.span[1] == cue.span[1] and
               "," in frame[other.position:cue.span[0] + 1] for other in speakers)


def _governing(cues: list[Cue], spans: list[tuple[int, int]], frame: str) -> Cue | None:
    """The speaker cue that governs the sentence: the one nearest the first quotation, else
    the first (later ones sit inside what is reported: "he said Russia observed the limits")."""
    speakers = [c for c in cues if c.role == "speaker" and c.entity.kind in {"person", "org"}
                and fold(c.entity.name) not in ASKERS]
    if not speakers:
        return None
    if spans:
        speakers = [c for c in speakers if not _reported_by(c, speakers, frame) and not _apposed(c, speakers, frame)] \
            or speakers
        nearest = min(speakers, key=lambda c: abs(c.position - spans[0][0]))
        named = [c for c in speakers if c.ref != "pronoun" and c.position < nearest.position]
        # "Roe said the plan, which she called 'a cartel', ...": the pronoun is the named speaker
        return named[0] if nearest.ref == "pronoun" and named else nearest
    last = max(speakers, key=lambda c: c.position)
    closing = TRAILING_END.match(frame, last.span[1]) or PARENTHESIS_END.match(frame, last.span[1])
    if last is not min(speakers, key=lambda c: c.position) and closing and frame[:last.span[0]].rstrip().endswith(","):
        # "The blockade was lifted after the collector assured them, police said.": all the police's;
        # "The weather office had warned of rain, he said, and yet ...": his, the warning within it
        return last
    said = DOCUMENT_SAID.match(frame)
    if said and all(c.position >= said.end() for c in speakers):
        return None  # "The suspension order said ... Roe had not reported it": the order's words, no one's
    if all(EVENT_CLAUSE_BEFORE.search(frame, max(0, c.span[0] - 12), c.span[0]) and c.span[0] > 12 for c in speakers):
        return None  # "Crews called off the strike after the minister promised a policy": what happened, told
        # by the outlet; the promise is part of it
    aside = [c for c in speakers if AS_BEFORE.search(frame, max(0, c.span[0] - 8), c.span[0])]
    if aside and len(aside) < len(speakers):
        # "..., as the student's father has alleged, the SP said he would not comment": an aside's
        # speaker is not the one the sentence reports
        speakers = [c for c in speakers if c not in aside]
    lead = LEADING_CLAUSE.match(frame)
    if lead:  # "While Roe has said ..., Kim said ...": the main clause's speaker, after the lead-in
        main = [c for c in speakers if c.position >= lead.end()]
        speakers = main or speakers
    return min(speakers, key=lambda c: c.position)


# a subordinate clause opening the sentence, up to its comma
LEADING_CLAUSE = re.compile(r"\s*(?:While|Although|Though|Whereas|Even as|Even though|Because|Since|If|As|After|"
                            r"Before|When|Despite)\b[^,;:]{3,200},")
CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")
TRAILING_END = re.compile(r"\s*(?:[.!?]\s*)?$")  # a speaker's wrapper that ends the sentence (one pass over a run of spaces)
PARENTHESIS_END = re.compile(r"\s*,")  # or stands between commas
# a document of a case opening the sentence as what speaks ("The suspension order said", "The FIR says")
DOCUMENT_SAID = re.compile(rf"\W*(?:the|an?|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,3}}?"
                           rf"(?:{alternation(['order', *lexicon('en').words('legal_documents')])})\s+"
                           r"(?:had\s+|has\s+|also\s+)?(?:said|says|stated|states|noted|notes|added|adds)\b", re.IGNORECASE)
# a conjunction that makes what someone said the time or cause of what the sentence tells
EVENT_CLAUSE_BEFORE = re.compile(rf"\b(?:{alternation(lexicon('en').words('time_conjunctions'))})\s+$", re.IGNORECASE)


def _reported_by(cue: Cue, speakers: list[Cue], frame: str) -> bool:
    """Whether a speaker cue stands inside what an earlier speaker says: after that speaker's
    verb with no clause break between ("Roe said Kim called it 'a trap'", "Roe said that it
    would 'help' had Kim agreed"), so the quotation is still the earlier speaker's."""
    return any(other.position < cue.position and other.span[1] <= cue.position
               and not CLAUSE_BREAK.search(frame, other.span[1], cue.position) for other in speakers)


def _district(text: str) -> str | None:
    """The first district a sentence names, by the word after its name (a danda is no name)."""
    for match in DISTRICT.finditer(text):
        name = match.group(1) or match.group(2)
        if name.split()[0] in NOT_DISTRICT_NAMES:
            continue  # "The district administration", "इस जिले"
        return name
    return None
