"""Hindi attribution cues: ``X ने कहा``, ``X के अनुसार``, ``X के हवाले से``, ``X का कहना है``,
``उनके मुताबिक``. Each cue finds the noun phrase before its postposition and resolves it
through the article's entities."""
from __future__ import annotations

import re
from dataclasses import replace

from claims.attribution import mentions as m
from claims.attribution.carry import AS_PER, ASKED_TO_TELL
from claims.attribution.entities import (BODY_HEADS, BODY_REFS, LIST_ENDS, NOT_GIVEN, Cue, Entities, names_a_place,
                                        with_own_bodies)
from claims.attribution.text import NAME_WORD, SIGNATURE, tokens
from claims.lexicon import alternation, lexicon
from claims.matching import is_place, places_in, places_list
from claims.models import Entity
from claims.names import fold, latin_acronym

HI = lexicon("hi")
# the places whose government speaks in their name: countries and states, not cities
GOVERNED = frozenset(places_list()["countries"]) | frozenset(places_list()["states"])
PRONOUNS = HI.set("pronouns")
POSSESSIVE = HI.set("possessive_pronouns")
SPEECH = HI.words("speech_verbs")
BLAMING_WORDS = HI.set("blaming_words")
BLAMING_VERBS = tuple(HI.words("blaming_verbs"))
WEAK = HI.words("weak_speech")
BOUNDARY = HI.set("boundaries")
COPULA = HI.set("copula")
REPORT_NOUNS = HI.set("report_nouns")
# a report or a written statement, credited to whoever issued it ("मंत्रालय के बयान के अनुसार")
ISSUED = REPORT_NOUNS | HI.set("statement_nouns")
OWNED_RECORDS = HI.set("owned_records")
GENITIVE = {"का", "की", "के"}
INSTITUTIONS = HI.set("institution_words")
JOINING = HI.set("joining_words")
MARKS = ",;:\"“”'।()"


def _marked(frame: str, toks, k: int, marks: str = MARKS) -> bool:
    """Whether a mark (a comma, a quotation mark, a danda, a bracket) stands between ``toks[k]``
    and the next word: no noun phrase goes on across it."""
    return any(p in frame[toks[k][2]:toks[k + 1][1]] for p in marks)
REQUESTS = HI.words("request_verbs")
APPEALS = HI.words("appeal_verbs")
DEMANDS = HI.set("demand_nouns")
WITHOUT = HI.set("without_words")
TOLD_TO = HI.set("told_postpositions")
REFUSALS = tuple(HI.words("refusal_verbs"))
VERDICTS = HI.set("verdict_words")
REJECTIONS = tuple(HI.words("rejection_verbs"))
REJECTED_CLAIMS = tuple(HI.words("rejected_claims"))
QUESTIONING = HI.set("questioning")
NOUN_VERBS = HI.set("noun_verbs")  # "सवाल उठाए", "आरोप लगाया"
# "X ने यह ट्वीट किया": X is credited with what came before (see carry.carry_back)
BACK_CREDIT = re.compile(alternation(HI.words("back_credits")))
VERB_GROUP = re.compile(rf"(?:\s+(?:{alternation(HI.words('verb_group'))})(?=[\s,.।\"]|$))+")


ASKED_FOR = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('requested_documents'))})\s+\S+ने\s+"
                       rf"(?:को|के\s+लिए)\s+(?:{alternation(SPEECH)})")

WROTE_DOCUMENT = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('written_documents'))})\s+(?:\S+\s+)?लिख")


# a relative clause ("..., जिसे 72 घंटे में रिपोर्ट देनी है") holds no verb of the subject before it
RELATIVES = HI.set("relative_words")
BARE_SUBJECT_SPEECH = HI.set("bare_subject_speech")
DESCRIBING = HI.set("describing_markers")
NAMELESS = HI.set("not_in_names") | HI.set("credit_words")
ALERTS = HI.set("alert_words")
ESTIMATES = HI.set("estimate_nouns")
FIGURE = re.compile(r"\d|^(?:लाख|करोड़|हजार|हज़ार)$")
FORECAST_COLOURS = HI.set("forecast_colours")
NOT_SPEECH_BEFORE = {word: set(after) for word, after in HI.mapping("not_speech_before").items()}
SUBJECT_PRONOUNS = HI.set("subject_pronouns")
OBJECT_PRONOUNS = HI.set("object_pronouns")
BODY_VOICES = HI.set("body_voices")
TAKING = HI.set("taking_verbs")
# "ने ट्वीट किया- ...", "की ओर से बताया गया, ...": what was said follows the verb group after a
# dash or a colon, or after a comma when the verb is a speech verb ("... की घोषणा की, जिससे ..."
# goes on with the act)
# "की ओर से जवाब आया-", "बयान आया है कि": a reply or statement that came from someone
CAME = HI.set("came_verbs")
_VERB_GROUP_WORDS = alternation(sorted(HI.set("auxiliaries") | HI.set("light_verbs") | CAME | HI.set("noun_verbs") |
                                       {"किया", "की", "किए", "दिया"}))


def _said_then(verbs: list[str], marks: str) -> re.Pattern:
    return re.compile(rf"[^।]{{0,80}}?(?<![\u0900-\u097F])(?:{alternation(verbs)})[\u0900-\u097F]*"
                      rf"(?:\s+(?:{_VERB_GROUP_WORDS}))*\s*[{marks}]\s")


# (a quotation after the comma is blanked in the frame: "ने आरोप लगाया, \"...\"" leaves a comma and spaces)
SAID_THEN = (_said_then(SPEECH, "-–—:,"), _said_then(WEAK, "-–—:"),
             re.compile(_said_then(WEAK, ",").pattern + r"\s{2,}"))
# what was said follows the verb: "कि", a dash, a colon, a comma or a quotation mark (after any auxiliary)
# "... पर कायम है कि": standing by what follows
STANDS_BY_FOLLOWS = re.compile(rf"(?:\s+(?:{alternation(sorted(HI.set('auxiliaries')))}))*\s*कि(?![\u0900-\u097F])")
REFLEXIVE_OWN = {"अपनी", "अपने", "अपना"}
STILL = {"अब", "अभी", "भी", "तक"}  # "अब भी", "अभी तक": still
ALSO = "भी"
CHARGED = HI.set("charge_nouns")
LAID = {"लगाया", "लगाई", "लगाए", "लगाये", "लगाते", "लगाती", "लगा"}  # a charge laid
SPEECH_FOLLOWS = re.compile(rf"(?:\s+(?:{alternation(sorted(HI.set('auxiliaries')))}))*\s*(?:कि(?![\u0900-\u097F])|[-–—:,\"“'‘])")


QUOTE_MARK = re.compile(r"['‘]")


def _reports_for(cue: Cue, cited: Entity, cited_at: int, frame: str) -> bool:
    """Whether the speaker of ``cue`` only reports what ``cited`` said ("वेबसाइट X ने Y के हवाले से
    कहा", "'द हिंदू' ने Y के हवाले से"): a body, or a quoted title, before the one it cites is a
    credited source; a person citing someone still speaks."""
    quoted = QUOTE_MARK.search(frame, max(0, cue.span[0] - 1), cue.span[0] + 1) is not None
    return cue.role == "speaker" and cue.span[0] < cited_at and cue.entity != cited and \
        (cue.entity.kind != "person" or quoted)


def _aside_after(frame: str, toks: list, i: int) -> int:
    """How many words a relative clause set off by commas right after the subject's "ने" takes ("अशोक
    तायल ने, जिनकी दुकान से किसानों ने बीज खरीदा था, आरोपों को गलत बताया"): the verb comes after it."""
    if i + 1 >= len(toks) or toks[i + 1][0] not in RELATIVES or frame[toks[i][2]:toks[i + 1][1]].strip() != ",":
        return 0
    close = frame.find(",", toks[i + 1][2])
    if close < 0:
        return 0
    return next((k - i - 1 for k in range(i + 1, len(toks)) if toks[k][1] > close), 0)


def cues(memory: Entities, frame: str) -> list[Cue]:
    found_cues: list[Cue] = []
    toks = tokens(frame)
    words = [t[0] for t in toks]
    for i, (word, start, end) in enumerate(toks):
        agent = _agent_at(words, i)
        if word in PRONOUNS or word == "ने" or agent is not None:
            skip = _aside_after(frame, toks, i)
            tail = words[i + 1 + skip:i + 30 + skip]
            # "... ने आभार जताना चाहा तो ...": a clause after "तो" has a subject of its own
            stop = next((k for k, w in enumerate(tail) if w in {"ने", "कि"} | PRONOUNS | RELATIVES
                         or w == "तो" and k >= 2), len(tail))
            # "... का आरोप भी लगाया", "... का भी ऐलान किया": "also" stands between a noun of saying and its verb
            clause = [w for k, w in enumerate(tail[:stop])
                      if not (w == ALSO and (k == 0 or tail[k - 1] not in NOT_SPEECH_BEFORE))]  # ("कहीं भी" stays)
            # "रिपोर्ट मांगी", "जवाब मांगा": a report or a reply asked for, not given
            # "... की जानकारी देने का निर्देश दिया": information ordered to be given, not given
            # "... 10 दिन में रिपोर्ट देने को कहा": a report asked for, an act, as "asked the collector
            # for a report" is
            # "... को एक पत्र लिखा है": a letter sent, an act, unless what it says follows
            asks_for = bool(ASKED_FOR.search(" ".join(clause)) or WROTE_DOCUMENT.search(" ".join(clause)))
            # "अदालत ने ... रोक लगाने से इनकार कर दिया" refuses to act, and "... टिप्पणी करने से इनकार किया"
            # to say anything; "आरोपों से इनकार किया", "अपशिष्ट छोड़ने से इनकार किया", "परिणाम मानने से
            # इनकार किया" deny a claim or dispute one
            acting = i >= 1 and "court" in BODY_HEADS.get(fold(words[i - 1]), ()) or \
                bool(REFUSES_TO_SAY.search(" ".join(clause)))
            clause = [w for k, w in enumerate(clause) if not (k + 1 < len(clause) and (
                clause[k + 1].startswith(REQUESTS) and clause[k + 1] not in DEMANDS or _infinitive(clause[k + 1])))]
            # "बिना किसी चेतावनी के लाठियां बरसाईं": a warning not given
            clause = [w for k, w in enumerate(clause) if not WITHOUT & set(clause[max(0, k - 2):k])]
            strong = any(w.startswith(SPEECH) and not (w.startswith(REFUSALS) and _refuses_act(clause, k) and acting)
                         and not (acting and k and clause[k - 1] in VERDICTS)  # "... को दोषी करार दिया": convicted
                         and not _next_in(clause, k, NOT_SPEECH_BEFORE.get(w, ()))
                         and not _next_in(clause, k, TAKING)  # "जानकारी ली": asked
                         or w in DEMANDS and k and clause[k - 1] in GENITIVE and
                         not _next_in(clause, k, DESCRIBING)  # "... की मांग वाली याचिका"
                         # "विपक्ष पर विधायकों की खरीद-फरोख्त का आरोप लगाया": what is charged, said
                         or w in CHARGED and k and clause[k - 1] in GENITIVE and clause[k + 1:k + 2] and
                         clause[k + 1] in LAID  # (not "... के आरोप में गिरफ्तार", on the charge of)
                         or w.startswith(REJECTIONS) and _rejects_claim(clause, k)  # "आरोपों को खारिज किया"
                         or w in QUESTIONING and _next_in(clause, k, NOUN_VERBS) and _rejects_claim(clause, k)
                         or w in ALERTS and k and clause[k - 1] in FORECAST_COLOURS  # "ऑरेंज अलर्ट जारी किया"
                         # "नुकसान का आकलन 18.4 लाख रुपये किया": an estimate with its figure
                         or w in ESTIMATES and k and clause[k - 1] in GENITIVE and any(FIGURE.search(c) for c in clause)
                         # "... को जिम्मेदार ठहराया": blamed
                         or w.startswith(BLAMING_VERBS) and k and clause[k - 1] in BLAMING_WORDS
                         for k, w in enumerate(clause))
            verb_at = next((k for k, w in enumerate(clause) if w.startswith(SPEECH + WEAK)), 0)
            # "... ने यह स्पष्ट नहीं किया कि": the negation stands between the noun and its verb
            undone = clause[verb_at + 1:verb_at + 3]
            if "नहीं" in clause[max(0, verb_at - 2):verb_at] or agent is not None and "नहीं" in clause or \
                    len(undone) == 2 and undone[0] == "नहीं" and undone[1] in GIVING and clause[verb_at].startswith(SPEECH + WEAK):
                continue  # "सेना ने यह नहीं बताया कि ...": nothing was said ("... न करने को कहा" was)
            weak = any(w.startswith(WEAK) for w in clause)
            fronted = _fronted_back_credit(words, i, clause)
            strong = strong or _infinitive_before(clause) or _announced(clause) or \
                bool(BACK_CREDIT.search(" ".join(clause))) or fronted
            introduces = stop < len(tail) and tail[stop] == "कि" or bool(re.search(r"[\"“‘]", frame[end:end + 120])) \
                or any(said.match(frame, end) for said in SAID_THEN)
            if not (strong or (weak and introduces)) or asks_for and not introduces or \
                    ASKED_TO_TELL.search(" ".join(tail[:tail.index("कि") if "कि" in tail else len(tail)])):
                continue  # (and "... यह बताने को कहा कि ...": an account asked for)
            if agent is not None and not introduces and not fronted and \
                    not all(w in AUXILIARIES or w in CAME for w in clause[verb_at + 1:]):
                continue  # "विभाग द्वारा बताए गए नियमों": what was told, named; no statement
            # through "कि"
            said_end = toks[i + 1 + skip + stop][2] if stop < len(tail) else verb_group_end(frame, end)
            if word in PRONOUNS:
                found = memory.entity_in(word, "person", start)
                np_start = start
            else:
                head = i if agent is None else agent
                np_start, found = np_before(memory, frame, toks, head, None)
                np_start = _spelt_out_before(frame, toks, np_start) if found else np_start
                if found and found[0].kind != "outlet" and ANONYMOUS.search(" ".join(tail[:stop])):
                    found = None  # "विभाग के एक अधिकारी ने नाम न छापने की शर्त पर बताया": no one named or credited
                if not found and word == "ने":
                    np_start, found = _place_speaking(memory, toks, head, np_start)
                if not found and head:
                    memory.note_group(words[head - 1])  # "अधिकारियों ने": a group spoke
                    opening = _clause_opening(frame, toks, head)
                    if opening is not None and strong and introduces:
                        # "अधिकारियों ने बताया कि ...", "एक अधिकारी ने कहा कि ...": what they said is the claim
                        memory.ctx.unclaimed.append((opening, said_end))
            if found:
                role = "reporting" if found[0].kind == "outlet" else "speaker"
                # "X द्वारा जारी बयान में कहा गया है कि": the wrapper runs to its "कि"
                wrapper_end = said_end if agent is not None and introduces else verb_group_end(frame, end)
                found_cues.append(Cue(found[0], found[1], role, start, (np_start, wrapper_end)))
        elif word.rstrip("-") in BARE_SUBJECT_SPEECH and i >= 1 and \
                (follows := SPEECH_FOLLOWS.match(frame, start + len(word.rstrip("-")))):  # "बोले-" is one token
            # "मंत्री बोले- ...", "केजरीवाल बोले कि ...", "वह बोलीं, ...": the speaker stands before
            # the verb, without ने; not "दोस्त मुझे कहते हैं कि" (the one spoken to stands there)
            if words[i - 1] in OBJECT_PRONOUNS or words[i - 1] == "को":
                continue
            if words[i - 1] in SUBJECT_PRONOUNS:
                np_start, found = toks[i - 1][1], memory.pronoun(words[i - 1], toks[i - 1][1])
            else:
                np_start, found = np_before(memory, frame, toks, i, None)
            if found:
                role = "reporting" if found[0].kind == "outlet" else "speaker"
                found_cues.append(Cue(found[0], found[1], role, start, (np_start, follows.end())))
        elif word == "कायम" and i >= 3 and words[i - 1] == "पर" and \
                (follows := STANDS_BY_FOLLOWS.match(frame, start + len(word))) and \
                (own := next((k for k in range(i - 2, max(0, i - 6), -1) if words[k] in REFLEXIVE_OWN),
                             next((k for k in range(i - 2, max(0, i - 6), -1) if words[k] == "इस" and
                                   words[k + 1] == "बात"), None))):
            # "डीएफओ अपनी इस बात पर कायम हैं कि ...", "बोर्ड अपने दावे पर कायम है कि ...", "यंत्री X अब भी इस
            # बात पर कायम हैं कि ...": who stands by a claim states it again, the one before "अपने" or "इस बात"
            while own > 1 and words[own - 1] in STILL:
                own -= 1  # "... अब भी इस बात पर"
            np_start, found = np_before(memory, frame, toks, own, None)
            if found and found[0].kind != "outlet":
                found_cues.append(Cue(found[0], found[1], "speaker", start, (np_start, follows.end())))
        elif word in {"अनुसार", "मुताबिक", "हवाले"} and i >= 1 and words[i - 1] in POSSESSIVE:
            # "उनके मुताबिक", "तास ने उनके हवाले से बताया": the person last spoken of
            found = memory.entity_in(words[i - 1], "person", toks[i - 1][1])
            if found:
                found_cues.append(Cue(found[0], found[1], "speaker", start,
                                      (toks[i - 1][1], verb_group_end(frame, end))))
        elif word in {"अनुसार", "मुताबिक"} and i >= 1 and words[i - 1] == "के" and \
                not AS_PER.search(frame, max(0, toks[i - 1][1] - 40), toks[i - 1][1]):
            # (not "गाइडलाइन के अनुसार", "जरूरत के अनुसार": as the rules say, as needed)
            report = i >= 3 and (words[i - 2] in ISSUED or words[i - 2] in OWNED_RECORDS and words[i - 3] in GENITIVE)
            if report:
                # "X की रिपोर्ट के मुताबिक", "X द्वारा जारी बयान के अनुसार" credit X; "चीन से मिल
                # रहे आंकड़ों के मुताबिक" no one
                np_start, found = _report_owner(memory, frame, toks, i - 2)
            else:
                np_start, found = np_before(memory, frame, toks, i - 1, None)
                if not found and i >= 2:
                    memory.note_group(words[i - 2])  # "अधिकारियों के मुताबिक"
            credited = [(np_start, found)] if found else []
            if not report:
                # "मंत्रालय और राज्यों के स्वास्थ्य विभागों के मुताबिक": each body joined by "और"
                credited += _joined_before(memory, frame, toks, i - 1)
            for np_start, found in credited:
                # a body credited ("पुलिस के मुताबिक", "इसरो के अनुसार") is a source; a person so
                # credited ("एसपी के मुताबिक", "लव अग्रवाल के अनुसार") speaks
                role = "reporting" if found[0].kind != "person" else "speaker"
                found_cues.append(Cue(found[0], found[1], role, start, (np_start, end)))
        elif (word == "हवाले" and i >= 1 and words[i - 1] == "के" or (
                word == "हवाला" and i >= 1 and words[i - 1] == "का")) and not _handed_over(words, i):
            np_start, found = np_before(memory, frame, toks, i - 1, None)
            if found:
                role = "cited" if found[0].kind == "outlet" else "speaker"
                if role == "speaker":
                    found_cues[:] = [replace(c, role="reporting") if _reports_for(c, found[0], np_start, frame) else c
                                     for c in found_cues]
                found_cues.append(Cue(found[0], found[1], role, start, (np_start, verb_group_end(frame, end))))
        elif word in HI.set("saying_nouns") and _owner_at(words, i) is not None and _copula_next(words, i) and \
                not (word in HI.set("charge_nouns") and "पर" in words[:_owner_at(words, i)]):
            # "X का कहना है कि", "उनका यह भी कहना था" -- not "X का जवाब देता है" (answers X), nor
            # "Y पर ... मांगने का आरोप है" (Y is charged with asking, whoever makes the charge)
            owner = _owner_at(words, i)
            if words[owner] in POSSESSIVE and word in HI.set("named_owner_nouns"):
                continue
            if words[owner] in POSSESSIVE:
                np_start = toks[owner][1]
                found = memory.entity_in(words[owner], "person", np_start)
            else:
                np_start, found = np_before(memory, frame, toks, owner, None)
            if found:
                role = "reporting" if found[0].kind == "outlet" else "speaker"
                found_cues.append(Cue(found[0], found[1], role, start, (np_start, clause_end(frame, end))))
        elif word in TOLD_TO and i + 1 < len(words) and words[i + 1].startswith(HI.words("told_verbs")):
            np_start, found = np_before(memory, frame, toks, i, "outlet")
            if found and found[0].kind == "outlet":
                found_cues.append(Cue(found[0], found[1], "told", start, (np_start, end)))
        elif word.startswith(HI.words("light_verb_nouns")) and i + 1 < len(words) and \
                words[i + 1] in HI.set("light_verbs"):
            found = clause_subject(memory, frame[:start].rstrip())
            if found:
                found_cues.append(Cue(found[0], found[1], "speaker", start, (0, clause_end(frame, end))))
    return found_cues or _headline_tag(memory, frame) or _signature(memory, frame) or \
        _dropped_subject(memory, frame, toks)


# a verb of saying with no subject of its own, early in its sentence ("बैठक के बाद कहा, ...",
# "साथ ही कहा कि ...", "पूछताछ में बताया कि ..."): the one who spoke before goes on speaking
DROPPED_SUBJECT_VERBS = {"कहा", "बताया"}
DROPPED_SUBJECT_REACH = 5


def _dropped_subject(memory: Entities, frame: str, toks) -> list[Cue]:
    words = [t[0] for t in toks]
    for i, word in enumerate(words[:DROPPED_SUBJECT_REACH + 1]):
        if word in DROPPED_SUBJECT_VERBS and i + 1 < len(words) and (
                words[i + 1] == "कि" or frame[toks[i][2]:toks[i + 1][1]].strip().startswith(",")):
            before = set(words[:i])
            if before & ({"द्वारा", "गया", "गई", "गए"} | REPORT_NOUNS | HI.set("statement_nouns") | PRONOUNS) or \
                    any(w.endswith("ने") for w in before):
                return []  # someone named ("किआ मोटर्स इंडियाने", glued), a report or a statement says it
            found = memory.pronoun("उन्होंने", toks[i][1])
            if found is None or found[0].kind not in {"person", "org"}:
                return []
            return [Cue(found[0], "pronoun", "speaker", toks[i][1], (0, clause_end(frame, toks[i][2])))]
    return []


# people the outlet speaks of as a kind, not by name: a later "उनका", "उन्होंने" means them
GROUP_NOUNS = HI.set("person_nouns") | HI.set("generic_heads")
# what may stand before such a subject: a genitive ("नागपुर के फार्मासिस्ट"), a demonstrative, "सभी"
GROUP_OPENERS = {"के", "ये", "वे", "सभी"}
FIRST_PERSON = HI.set("first_person")
CASE_AFTER = GENITIVE | {"को", "से", "में", "ने", "पर", "तक", "द्वारा", "की", "ओर", "लिए"}


def group_subject(frame: str) -> bool:
    """Whether a sentence with no agent of its own has people of a kind for its subject ("पोल्ट्री
    फार्म के मालिक चिंतित हैं", "ग्रामीण सड़क पर उतरे"): not counted ones ("अस्पताल में 20 यात्री
    भर्ती हैं") nor ones a postposition makes something else than the subject."""
    words = [t[0] for t in tokens(frame)]
    if any(w in {"ने", "द्वारा"} or w in FIRST_PERSON for w in words):
        return False  # an agent of its own; a speaker's own voice ("अगर ये लोग ... तो हम ...")
    named = {role.split()[-1] for role, _, _ in m.role_mentions(frame)}  # "कुणाल के पिता मुकेश कुमार": a name
    return any(w not in named and w in GROUP_NOUNS and (k == 0 or words[k - 1] in GROUP_OPENERS) and
               words[k + 1] not in CASE_AFTER
               for k, w in enumerate(words[:-1]))


# the verb of a credit whose object stands first ("यह जानकारी X ने दी थी", "ये आंकड़े X की ओर से
# जारी किए गए हैं"): giving, releasing or sharing, with its auxiliaries
GIVING = HI.set("giving_verbs") | HI.set("auxiliaries") | {"भी"}


def _fronted_back_credit(words: list[str], i: int, clause: list[str]) -> bool:
    """Whether the clause of the agent at ``words[i]`` opens with a credit that points back and
    ends in a verb of giving: "यह जानकारी तुमकुरू के उपायुक्त ने दी थी" credits what came before
    as "उपायुक्त ने यह जानकारी दी" does."""
    begin = max((k + 1 for k in range(i) if words[k] in {"ने", "कि"}), default=0)
    return bool(clause) and all(w in GIVING for w in clause) and \
        bool(BACK_CREDIT.match(" ".join(words[begin:i])))


def _place_speaking(memory: Entities, toks, head: int, np_start: int):
    """(start, government) when a country or a state is the one that speaks ("भारत ने कहा है
    कि", "केरल ने ... की जानकारी दी", "चीन ने ... का दावा किया"): its government, as a capital
    stands for it; (np_start, None) otherwise."""
    for size in (2, 1):
        if head - size < 0 or (head - size >= 1 and toks[head - size - 1][0] in GENITIVE):
            continue  # "केरल के मुख्यमंत्री": not the place itself
        phrase = " ".join(t[0] for t in toks[head - size:head])
        if is_place(phrase) and places_in(phrase) <= GOVERNED:
            return toks[head - size][1], memory.institution([*phrase.split(), "सरकार"])
    return np_start, None


def _clause_opening(frame: str, toks, head: int, reach: int = 6) -> int | None:
    """Where the clause whose subject ends before ``toks[head]`` opens: the sentence's start or a
    mark, within ``reach`` words; None when farther."""
    k = head - 1
    while k >= 0 and head - k <= reach:
        if k == 0 or _marked(frame, toks, k - 1):
            return toks[k][1]
        k -= 1
    return None


AUXILIARIES = HI.set("auxiliaries")
AGENTS = {last: [tuple(before.split()) for before in befores] or [()]
          for last, befores in HI.mapping("agent_postpositions").items()}


def _agent_at(words: list[str], i: int) -> int | None:
    """Where the agent's postposition that ends at ``words[i]`` begins ("विभाग की ओर से बताया
    गया", "पुलिस द्वारा बताया गया"), or None."""
    for before in AGENTS.get(words[i], ()):
        begin = i - len(before)
        if begin >= 1 and tuple(words[begin:i]) == before:
            return begin
    return None


# a heading or a live blog's item that ends by naming its source: "... 13 लाख केस: रिपोर्ट",
# "...: रिसर्चर्स", "...: IMF प्रमुख", "... 4 मौतें: लव अग्रवाल, संयुक्त सचिव, स्वास्थ्य मंत्रालय"
FIELD_LABELS = HI.set("field_labels")
HEADLINE_TAG = re.compile(rf":\s*({NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})(?:\s*,\s*[^,:।\d]{{2,40}}){{0,3}}\s*[।.]?\s*$")


def _headline_tag(memory: Entities, frame: str) -> list[Cue]:
    tag = HEADLINE_TAG.search(frame)
    if tag is None:
        return []
    before = frame[:tag.start()].split()
    if before and before[-1] in FIELD_LABELS:
        return []  # "बैंक और शाखा का नाम: ...": a field filled in
    phrase = tag.group(1)
    research = memory.ctx.research
    found = memory.entity_in(phrase, None, tag.start(1))
    if found is None or found[0].kind not in {"person", "org"} or not (
            found[0] == research or found[1] == "role" or memory.person_like(found[0])
            or memory.registry.is_listed(found[0].id) or _named_body(phrase)):
        return []  # "कोरोना अपडेट: दिल्ली" names a place, not who says it
    return [Cue(found[0], found[1], "speaker", tag.start(1), (tag.start(), len(frame)))]


def _signature(memory: Entities, frame: str) -> list[Cue]:
    """The person a line signs with their office ("- डॉ. एके पांडेय, सीएमओ", "डॉ पीके दास, निदेशक,
    आरएमआरआइ"): they said what stands right above it (see carry.carry_signed). A name and a place
    alone ("अनिल शर्मा, आगरा") is a reporter's byline."""
    signed = SIGNATURE.match(frame)
    if signed is None:
        return []
    fields = [field.split() for field in signed.group(2).split(",") if field.strip()]
    if not any(m.is_institution(words) or any(m.hindi_role(w) for w in words) or
               memory.registry.lookup(" ".join(words)) is not None for words in fields):
        return []
    words = m.strip_titles(signed.group(1).split())
    listed = memory.registry.lookup(" ".join(words), "person")
    named = len(words) >= 2 and m.hindi_name(words) == " ".join(words)
    if not (named or listed is not None and listed.kind == "person"):
        return []  # "एयरपोर्ट, रेलवे, बस स्टेशन पर ...", "सफाई पर जोर, ...": a heading's list, no one's name
    found = memory.entity_in(signed.group(1), "person", signed.start(1))
    if found is None or found[0].kind != "person" or found[1] == "pronoun":
        return []
    return [Cue(found[0], found[1], "speaker", signed.start(1), (0, len(frame)))]


HANDING = ("कर", "किया", "किए", "किये", "की")


def _handed_over(words: list[str], i: int) -> bool:
    """Whether "के हवाले" at ``words[i]`` hands someone over ("पुलिस की टीम के हवाले कर दिया"),
    rather than citing them ("X के हवाले से बताया")."""
    return i + 1 < len(words) and words[i + 1].startswith(HANDING)


def _named_body(phrase: str) -> bool:
    """Whether a heading's tag names a body by its kind or by its letters: "गृह मंत्रालय",
    "दिल्ली पुलिस", "आइएटीए" (IATA spelt out), "WHO"; never a place ("कोरोना अपडेट: दिल्ली")."""
    words = phrase.split()
    if m.is_institution(words):
        return True
    if names_a_place(phrase):
        return False
    return len(words) == 1 and (bool(latin_acronym(phrase)) or phrase.isupper() and len(phrase) >= 2)


def _refuses_act(clause: list[str], k: int) -> bool:
    """Whether the denial at ``clause[k]`` follows "<infinitive> से", maybe with a time between
    ("रोक लगाने से बुधवार को इनकार कर दिया"): an act refused, not a claim denied."""
    return any(clause[j] == "से" and j >= 1 and _infinitive(clause[j - 1]) for j in range(max(0, k - 4), k))


# a refusal of saying anything ("कुछ भी कहने से इनकार", "टिप्पणी करने से इनकार"): no comment, which states nothing
ANONYMOUS = re.compile(alternation(HI.words("anonymity_phrases")))
REFUSES_TO_SAY = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('refused_saying'))})(?:\s+करने)?\s+से\s+"
                            rf"(?:[\u0900-\u097F]+\s+){{0,2}}(?:{alternation(HI.words('refusal_verbs'))})")


def _rejects_claim(clause: list[str], k: int) -> bool:
    """Whether what ``clause[k]`` rejects, a few words before it, is a claim or a charge ("आरोपों को
    सिरे से खारिज किया", "... की बात को एक बार फिर सिरे से खारिज कर दिया"): a denial, as "आरोपों से
    इनकार किया" is, not a petition or a plan set aside."""
    return any(clause[j].startswith(REJECTED_CLAIMS) for j in range(max(0, k - 8), k))


def _next_in(clause: list[str], k: int, words) -> bool:
    """Whether the word after ``clause[k]`` is one of ``words``."""
    return k + 1 < len(clause) and clause[k + 1] in words


def _infinitive(word: str) -> bool:
    """"देने", "करने", "भेजने": a verb's infinitive (oblique), not a finite verb."""
    return word.endswith("ने") and len(word) > 3 and word not in {"अपने", "सामने"}


def _infinitive_before(clause: list[str]) -> bool:
    """"... पहुंचाने की अपील की", "... घोषणा करने की भी मांग की": an appeal with an infinitive
    says what was asked, as a कि-clause would."""
    for k, word in enumerate(clause):
        j = k - 1 - (k >= 1 and clause[k - 1] in {"भी", "ही"})
        if word.startswith(APPEALS) and j >= 1 and clause[j] in GENITIVE and clause[j - 1].endswith("ने") and \
                len(clause[j - 1]) > 3 and not _next_in(clause, k, DESCRIBING):
            return True  # (not "... कराने की मांग वाली याचिका", a petition that asks)
    return False


ANNOUNCING = tuple(HI.words("announcing_nouns"))
ANNOUNCING_VERBS = HI.set("announcing_verbs")


def _announced(clause: list[str]) -> bool:
    """"... देने की घोषणा की", "धरने का ऐलान भी किया": what is announced, in the genitive before the
    announcement, and the announcement made."""
    for k, word in enumerate(clause):
        after = clause[k + 1:k + 3]
        made = after[:1] and after[0] in ANNOUNCING_VERBS or \
            len(after) == 2 and after[0] in {"भी", "ही"} and after[1] in ANNOUNCING_VERBS
        if word.startswith(ANNOUNCING) and k >= 1 and clause[k - 1] in GENITIVE and made:
            return True
    return False


SAYING_FILLERS = frozenset(HI.words("saying_fillers"))


def _owner_at(words: list[str], i: int) -> int | None:
    """Where the genitive or possessive before the saying noun ``words[i]`` stands, past the
    little words between ("उनका यह भी कहना था"), or None."""
    k = i - 1
    while k >= 1 and words[k] in SAYING_FILLERS:
        k -= 1
    return k if k >= 0 and words[k] in GENITIVE | POSSESSIVE else None


def _copula_next(words: list[str], i: int) -> bool:
    """"कहना है", "कहना भी था": a copula right after the noun (not "जवाब देता है")."""
    nxt = words[i + 1:i + 3]
    return bool(nxt) and (nxt[0] in COPULA or len(nxt) == 2 and nxt[0] in {"भी", "तो", "यह", "यही"}
                          and nxt[1] in COPULA)


def clause_subject(memory: Entities, head: str):
    clause = re.split(r"[,;:]", head)[-1]
    words = clause.split()
    for size in range(min(5, len(words)), 0, -1):
        entity = memory.registry.lookup(" ".join(words[:size]))
        if entity is not None:
            return entity, "named"
    return None


PERSON_NOUNS = HI.set("person_nouns")
OWNER_REACH = 3


def _indefinite_owner(frame: str, toks, genitive: int) -> bool:
    """Whether the owner before the genitive at ``genitive`` is someone unnamed: "एक (गिरफ्तार)
    छात्र के", within a few words and no punctuation."""
    for j in range(genitive - 1, max(-1, genitive - 1 - OWNER_REACH), -1):
        word, _, end = toks[j]
        if any(p in frame[end:toks[j + 1][1]] for p in MARKS):
            return False
        if word == "एक":
            return True
        if word in BOUNDARY:
            return False
    return False


def np_before(memory: Entities, frame: str, toks, index: int, want: str | None):
    """The noun phrase that ends just before token ``index`` (Hindi postposition)."""
    words: list[tuple[str, int]] = []
    k = index - 1
    after = toks[index][1] if index < len(toks) else len(frame)  # where the phrase read so far begins
    while k >= 0 and len(words) < 6:
        word, start, end = toks[k]
        gap = frame[end:after]
        if ")" in gap and words and frame[start - 1:start] == "(" and k >= 1 and m.hindi_role(toks[k - 1][0]) and \
                frame[toks[k - 1][2]:start].strip() == "(":
            after = toks[k - 1][2]  # "डीसीपी (पूर्वी) कुलदीप सिंह भाटी": the office's qualifier, between the
            k -= 1  # office and the name
            continue
        if not words and word.isdigit() and k >= 1 and frame[toks[k - 1][2]:start].strip() == "(" and \
                gap.strip() == ")":
            after = frame.rindex("(", 0, start)  # "राजेश सलामे (27) ने": the age in brackets after a name
            k -= 1
            continue
        after = start
        if any(p in gap for p in ",;:\"“”'।(") or ")" in gap and words:
            break  # "परिषद (आईसीएमआर) ने" is the acronym; "23 मार्च (भाषा) केन्द्रीय मंत्रालय" ends at the dateline
        if word in NAMELESS and words:
            break  # "इसके लिए जल आयोग ने": no name has "इसके लिए"
        if word == "एक" and words:
            words.insert(0, (word, start))  # "मंत्रालय के एक प्रवक्ता": the body's spokesperson
            k -= 1
            if k >= 0 and toks[k][0] in GENITIVE:
                continue
            break  # "बाहर बैठे एक बुजुर्ग": what comes before describes someone unnamed
        if word in JOINING and _two_fields(frame, toks, k, words):
            words[:0] = [(toks[k - 1][0], toks[k - 1][1]), (word, start)]
            after = toks[k - 1][1]
            k -= 2  # "स्वास्थ्य एवं परिवार कल्याण मंत्रालय": one ministry of two fields
            continue
        # "ए के सिंह": a "के" among initials is part of the name, not the genitive
        if word in BOUNDARY and not (words and m.initial_at([t[0] for t in toks[:k + 1]], k)):
            if word in GENITIVE and len(words) == 1 and words[0][0] in PERSON_NOUNS and \
                    _indefinite_owner(frame, toks, k):
                return toks[index][1], None  # "एक गिरफ्तार छात्र के पिता ने कहा": someone unnamed's father
            if word in GENITIVE and words:
                place = place_before(memory, toks, k)
                words[:0] = place or _office_of(memory, frame, toks, k, words)
            break
        if word in REPORT_NOUNS and words and not (len(words) == 1 and fold(words[0][0]) in BODY_HEADS and
                                                   fold(words[0][0]) not in BODY_REFS):
            break  # "यह जानकारी स्वास्थ्य मंत्रालय ने दी": the report given, then who gave it (but
            # "अक्षयदीप डेटा सर्विसेज" is a firm's name)
        words.insert(0, (word, start))
        if word in POSSESSIVE:
            break
        k -= 1
    if words and words[0][0] == "एक" and (k < 0 or toks[k][0] not in GENITIVE or m.hindi_role(words[-1][0])) and \
            not m.is_media(" ".join(w for w, _ in words)):
        # "एक अन्य यात्री ने कहा", "खामखेड़ा गांव के एक किसान ने कहा": someone unnamed, as "a
        # passenger said" (but "वैज्ञानिकों की एक टीम" is the team the article reports on, and
        # "मंत्रालय के एक प्रवक्ता" speaks for the ministry: its office comes with its body)
        return toks[index][1], None
    if words and words[-1][0] in LIST_ENDS:
        return toks[index][1], None  # "मोहन लाल, रफीक अहमद आदि ने": a list of people, a group
    while words:
        found = memory.entity_in(" ".join(w for w, _ in words), want, words[0][1])
        if found:
            return words[0][1], found
        words.pop(0)
    return toks[index][1], None


# words that may stand between a body's genitive and the report it issued: "मंत्रालय के ताजा
# आंकड़ों", "मंत्रालय की वेबसाइट पर उपलब्ध जानकारी", "मंत्रालय के सुबह 9.30 बजे तक के आंकड़ों"
REPORT_REACH = 6
# who issued it, beside the genitive: "मंत्रालय द्वारा जारी बयान", "मंत्रालय से मिली जानकारी"
ISSUERS = {"द्वारा", "से"}
ISSUED_VERB = "जारी"


def _report_owner(memory: Entities, frame: str, toks, noun: int):
    """(start, entity) of the body or person whose report, statement, data or information
    ``toks[noun]`` is: the nearest genitive (or "द्वारा", "से") before it, within a few words and
    the same clause, whose noun phrase names a body, an outlet or a known person, or a person
    right before the noun; (start of the noun, None) when none does."""
    words = [t[0] for t in toks]
    k = noun - 1
    # "विभाग की तरफ से जारी कोविड-19 की मेडिकल बुलेटिन": what was issued may be named at length
    reach = REPORT_REACH + 2 if ISSUED_VERB in words[max(0, noun - REPORT_REACH):noun] else REPORT_REACH
    while k >= 1 and noun - k <= reach:
        if _marked(frame, toks, k, MARKS[:-2]):  # a bracketed acronym may stand before the report
            break
        if words[k] in HI.set("auxiliaries") or words[k] in {"ने", "कि"}:
            break
        if words[k] in GENITIVE or words[k] in ISSUERS:
            np_start, found = np_before(memory, frame, toks, k, None)
            if found and (found[0].kind in {"org", "outlet"} or memory.registry.is_listed(found[0].id) or
                          found[0].kind == "person" and noun - k == 1):  # "मंत्री रवि शंकर के बयान"
                return np_start, found
        k -= 1
    return toks[noun][1], None


def _joined_before(memory: Entities, frame: str, toks, end: int):
    """(start, body) of each body joined by "और" / "एवं" / "तथा" to the phrase that ends before
    ``toks[end]``, found or not ("केंद्रीय स्वास्थ्य मंत्रालय और राज्य के स्वास्थ्य विभागों")."""
    out = []
    k = end - 1
    while k >= 1 and end - k <= REPORT_REACH:
        if _marked(frame, toks, k):
            break
        if toks[k][0] in JOINING - {"व"}:
            start, found = np_before(memory, frame, toks, k, None)
            if not found or found[0].kind not in {"org", "outlet"}:
                break
            out.append((start, found))
            end = min(j for j, t in enumerate(toks) if t[1] >= start)  # go on before this body
            k = end - 1
            continue
        if toks[k][0] in BOUNDARY and toks[k][0] not in GENITIVE:
            break
        k -= 1
    return out


JOINED_HEADS = HI.set("joined_name_heads")
# the words of bodies' fields and kinds ("स्वास्थ्य", "न्याय"), which the glossary puts in English
FIELD_WORDS = frozenset(HI.mapping("english_words"))


def _two_fields(frame: str, toks, k: int, words: list[tuple[str, int]]) -> bool:
    """Whether the "और" at ``toks[k]`` joins two fields in one body's name ("स्वास्थ्य और परिवार
    कल्याण मंत्रालय"), not two bodies ("पुलिस और जिला प्रशासन"): the phrase after it ends in an
    institution's word and has a field before it, and the one word before it is a plain noun."""
    if len(words) < 2 or k < 1 or words[-1][0] not in INSTITUTIONS and words[-1][0] not in JOINED_HEADS:
        return False  # ("पंजाब एवं हरियाणा हाईकोर्ट": a court of two states)
    before = toks[k - 1][0]
    if before in BOUNDARY or before in INSTITUTIONS or before[:1].isdigit() or _marked(frame, toks, k - 1) or \
            _marked(frame, toks, k):
        return False
    # the field before the joining word may be of two or three words the glossary knows ("सामाजिक न्याय एवं
    # अधिकारिता मंत्रालय"); what stands before the field must end the phrase
    j = k - 2
    while j >= 0 and j > k - 4 and toks[j][0] in FIELD_WORDS and not _marked(frame, toks, j):
        j -= 1
    return j < 0 or toks[j][0] in BOUNDARY | REPORT_NOUNS or toks[j][0] in HI.set("org_modifiers") or \
        any(p in frame[toks[j][2]:toks[j + 1][1]] for p in ",;:।")  # "उधर, पंजाब एवं हरियाणा हाईकोर्ट"


def _spelt_out_before(frame: str, toks, at: int) -> int:
    """Where the wrapper begins when its speaker is an acronym in brackets after the body's name
    ("भारतीय आयुर्विज्ञान अनुसंधान परिषद (आईसीएमआर) ने कहा"): at the name, which is no part of
    what was said."""
    if not frame[:at].rstrip().endswith("("):
        return at
    bracket = frame.rindex("(", 0, at)
    k = max((j for j, t in enumerate(toks) if t[2] <= bracket), default=-1)
    begin, pos = at, bracket  # each word of the name ends where the next begins, past spaces
    while k >= 0 and toks[k][0] not in BOUNDARY and not frame[toks[k][2]:pos].strip() and at - toks[k][1] <= 80:
        begin = pos = toks[k][1]
        k -= 1
    return begin


def _office_of(memory: Entities, frame: str, toks, k: int, words: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The body before the genitive ``toks[k]`` when an office follows it ("वाराणसी के सीएमओ",
    "मंत्रालय के एक प्रवक्ता"), with the state or country whose body it is ("ईरान के स्वास्थ्य
    मंत्रालय के प्रवक्ता"), or []."""
    if not words or not (m.hindi_role(words[-1][0], offices_only=True) or words[-1][0] in BODY_VOICES):
        return []  # the office ends the phrase: no name follows it
    body: list[tuple[str, int]] = []
    j = k - 1
    while j >= 0 and len(body) < 2 and toks[j][0] not in BOUNDARY and not _marked(frame, toks, j, MARKS[:-2]):
        body.insert(0, (toks[j][0], toks[j][1]))
        j -= 1
    if body and j >= 1 and toks[j][0] in GENITIVE and m.is_institution([w for w, _ in body]):
        body[:0] = place_before(memory, toks, j)
    return body + [(toks[k][0], toks[k][1])] if body else []


def place_before(memory: Entities, toks, k: int) -> list[tuple[str, int]]:
    """The place and its postposition before token ``k + 1`` ("दक्षिण कोरिया के", "बिहार के"), or []."""
    for size in (2, 1, 3):
        if k - size < 0:
            continue
        place = " ".join(t[0] for t in toks[k - size:k])
        if memory.registry.place_adjective(place) or with_own_bodies(place):
            return [(t[0], t[1]) for t in toks[k - size:k + 1]]
    return []


def verb_group_end(frame: str, end: int) -> int:
    """Where a Hindi attribution's verb group ends: through ``कि`` when it introduces the
    content, to the sentence end when the attribution trails, else just after ``ने``."""
    match = VERB_GROUP.match(frame, end)
    if match is None:
        return end
    group = frame[end:match.end()]
    if re.search(r"\bकि\s*$", group) or group.rstrip().endswith(" कि"):
        return match.end()
    if not frame[match.end():].strip(" .।,\"'”"):
        return len(frame)
    if re.match(r"\s*,", frame[match.end():]) and re.search(r"कहा|बताया|जवाब|दावा", group):
        return match.end() + frame[match.end():].index(",") + 1
    return end


def clause_end(frame: str, end: int) -> int:
    rest = frame[end:]
    match = re.match(r"[^,।.;:]{0,40}?(?<![\w\u0900-\u097F])(?:कि|that)(?![\w\u0900-\u097F])", rest)
    if match:
        return end + match.end()
    match = VERB_GROUP.match(rest)  # "X का कहना है, ..." ends with its verb group
    return end + (match.end() if match else 0)


def agent_name(memory: Entities, frame: str) -> str | None:
    """The name a sentence gives its first agent ("बाबा रामदेव ने आज एक शो में ... बताए"),
    whatever the verb, or the office by which it names someone it introduced ("जिलाधिकारी ने");
    None for a body, a place, any other role or a word no one is known by."""
    toks = tokens(frame)
    index = next((k for k, t in enumerate(toks) if t[0] == "ने"), None)
    if not index:
        return None
    words: list[str] = []
    after = toks[index][1]
    for word, start, end in reversed(toks[max(0, index - 4):index]):
        if word in BOUNDARY or any(p in frame[end:after] for p in ",;:\"“”'।()-"):
            break
        words.insert(0, word)
        after = start
    if words and m.hindi_role(words[-1]) and not m.is_institution(words):
        # "जिलाधिकारी ने ... रोक लगा दी": an office the article has given to someone it named
        found = memory.entity_in(words[-1], "person")
        return words[-1] if found is not None and found[0].kind == "person" and found[0] in memory.ctx.people \
            else None
    name = m.hindi_name(words) if words else None
    if not name or m.is_institution(name.split()) or any(m.hindi_role(w) for w in name.split()) or \
            names_a_place(name) or len(name.split()) < 2 and memory.registry.lookup(name) is None or \
            any(w in NOT_GIVEN for w in name.split()):
        return None  # a body, a place ("भारत ने"), one word that names no one known yet ("राज्य ने"), or
        # words that are no name ("इटली से लौटे तीन ने")
    return name
