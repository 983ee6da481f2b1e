"""English attribution cues: ``X said``, ``said X, a former prosecutor``, ``according to X``,
``X told Y``, ``citing X``, ``he said``. Each pattern names the noun phrase of its speaker
or source, resolved through the article's entities."""
from __future__ import annotations

import re

from claims.attribution import mentions as m
from claims.attribution import phrases_en as ph
from claims.attribution.entities import KIND_LOCAL_BODIES, Cue, Entities, names_a_place, past_form
from claims.lexicon import LATIN_LETTER, alternation, lexicon

EN = lexicon("en")
SPEECH = ph.SPEECH  # speech verbs, and verbs of rejecting a claim
MEANING_VERBS = EN.set("meaning_verbs")
NEGATING_VERBS = EN.set("negating_verbs")
TELLING_VERBS = EN.set("telling_verbs")
ROLE_WORDS = alternation([*EN.words("roles"), *EN.institution_words()])
PARTICIPLES = alternation(EN.words("speech_participles"))
INFINITIVES = alternation(EN.words("speech_infinitives"))
DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
SPOKEN_ON = re.compile(rf"\s+(?:on|last|this|early on|late on)\s+(?:{DAYS})(?:\s+(?:morning|afternoon|evening|night))?"
                       r"\b(?:\s+that\b)?,?")
# where, when or how it was said, between the verb and "that": 'said in a statement on Tuesday
# that', 'told reporters again on Monday that', 'said at a press conference that'
SAID_HOW_THAT = re.compile(rf"(?:\s+(?:again|also|later|earlier|today|yesterday|(?:early |late )?on\s+(?:{DAYS})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?|(?:in|at|during)\s+(?:a|an|the|his|her|its|their)"
                           r"(?:\s+[\w-]+){1,3}?(?=\s+(?:that|on|in|again)\b)|in\s+[A-Z][\w-]+|to\s+(?:reporters|journalists)))+\s+that\b")
# bounded (words of at most 41 characters, at most 16 words): a long run of capitalised words
# with no speech verb after it then costs linear time, not quadratic
# (never from inside a word: "editorial board wrote" holds no name "al board")
NAME = (r"((?<![\w'’-])(?:[A-Z][\w.'’-]{0,40}|the|of|de|al|bin|-)(?:\s+(?:[A-Z][\w.'’-]{0,40}|of|the|de|al|bin|-|\d+|"
        + ROLE_WORDS + r")){0,15})")
INNER = NAME[1:-1]
# what may stand between a subject and its speech verb ("has also said", "now puts"): the lexicon's words
LINK = rf"(?:(?:{alternation(EN.words('pre_verb_words'))}) ){{0,2}}"
# ... after "he", "she" or "it", which take "has" and "does" ("villagers around it have demanded": not it)
LINK_ONE = rf"(?:(?:{alternation([w for w in EN.words('pre_verb_words') if w not in {'have', 'do'}])}) ){{0,2}}"
# "Rep. Jane Roe, D-Ohio, said": an apposition or party tag between the subject and its verb
APPOSITION = r"(?:,[^,:;]{3,100},)?"
DOCUMENTS = alternation(EN.words("credited_documents"))
OBJECT_PRONOUNS = EN.mapping("object_pronouns")
OWNER_BEFORE_NAME = re.compile(rf"^(?:{alternation([w.title() for w in EN.words('possessive_pronouns')])})\s+(?=[A-Z])")
# "the Election Commission's website": what a body keeps, which credits the body
RECORDS = alternation(EN.words("owned_records") + EN.words("credited_documents"))
OWNED_RECORD = re.compile(rf"^(.+?)['’]s?\s+(?:{RECORDS})$")
OWNER_WORD = re.compile(r"[A-Z][\w-]*['’]s\s+")  # "Bermo's ", before what the place has
PATTERNS = [
    # "according to Roe", "according to a report by Reuters", "according to a letter from Jane Roe"
    (rf"\b(?i:according to) (?:(?:a|an|the|its|his|her|their) )?(?:(?:[a-z]+ ){{0,2}}?(?:{DOCUMENTS}) (?:by|from|in|(?:issued|released|"
     rf"put out) by) )?({INNER}(?:(?<=['’]s) [a-z]+)?)", "reporting", 1),
    # "according to her": the one a pronoun means, as "she said"
    # (not "according to her plan": a possessive before what she has)
    (rf"\b(?i:according to) ({alternation(list(EN.mapping('object_pronouns')))})(?=\s*[,.;:]|\s*$)", "reporting", 1),
    (rf"\b(?i:citing|quoting) {NAME}", "cited", 1),
    (rf"\b(?:polled|surveyed|conducted|compiled) by {NAME}", "reporting", 1),
    # "The meeting was first reported by Politico": an outlet credited (anyone else reported it to someone)
    (rf"\b(?:was|were|been|first|earlier|originally|also|widely)\s+reported\s+(?:earlier\s+|first\s+)?by {NAME}",
     "reported_by", 1),
    # "As reported by the Daily Ledger, investigators found ...": the outlet credited for the sentence
    (rf"^\W*(?i:as)\s+(?:first\s+|earlier\s+|previously\s+)?reported\s+by {NAME}", "reporting", 1),
    (r"\b(?:told|in an interview with|speaking to|in remarks to|interview to) "
     r"((?:[\w-]+\s+){0,3}?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|\d+))*)", "told", 1),
    # '"...," said Roe, a former prosecutor.' -- the verb first, then the speaker and an apposition
    # ("said of Roe:" names whom it was said about, not who said it)
    (rf"(?:^\s*|[,;:]\s*|(?<=\s{{3}}))({SPEECH}|(?<![^\s])(?-i:Said|Says|Asked|Added)) (?!of\b){NAME}(?=[.,;:]|\s*$)",
     "inverted", 2),
    (rf"\bquoted {NAME} as (?:saying|telling)", "cited", 1),
    # "Jane Roe, the councillor from ward 37, Sarai Lalta, alleged": the name the sentence opens with, whatever
    # its description names between commas
    (rf"^\W*(?!(?:His|Her|Its|Their|Our|My|The|A|An|On|In|At|For|From|After|Before|When|While|But|And|As|By|With|Of|To|"
     rf"This|That|These|Those)\b){NAME}, (?:the|a|an|his|her|its|their|[A-Z][a-z]+(?= [a-z])) "
     rf"(?:(?! and )[^\"“”;:,]){{3,100}}(?:, (?:(?! and )[^\"“”;:,]){{3,60}})?, "
     rf"{LINK}(?:{SPEECH})\b", "subject", 1),
    (rf", {NAME},(?: [a-z]+){{0,2}} {LINK}(?:{SPEECH})\b", "subject", 1),
    (rf"{NAME}{APPOSITION} {LINK}(?:{SPEECH})\b", "subject", 1),
    # "Roe put the deficit at 2.9 per cent", "the ministry put the toll at 40": an estimate stated
    (rf"{NAME}{APPOSITION} {LINK}puts?(?= (?:the|its|his|her|their) [^.,;:]{{1,50}}? at (?:about |around |nearly "
     r"|(?:more|less|fewer) than |over |under |at least |close to |(?:closer|nearer) to |some |up to )?(?:Rs\.? ?|\$|₹)?\d"
     r"(?![\d.:]*\s*(?:[ap]\.?m\b|o['’]clock)))",
     "subject", 1),
    # the word after the subject is its verb, not a preposition ("... and Chitrakoot until Friday, warning")
    (rf"{NAME}{APPOSITION} (?!(?:{ph.NOT_VERBS})\b)[a-z]+(?: [\w'.-]+){{0,8}}, (?:{PARTICIPLES})\b", "participle", 1),
    (rf"\b(he|she|it|He|She|It) {LINK_ONE}(?:{SPEECH})\b", "subject", 1),
    (rf"\b(they|They) {LINK}(?:{SPEECH})\b", "subject", 1),
    # "..., with Sen. Jane Roe telling reporters that ..."
    (rf"\bwith {NAME} (?:{PARTICIPLES})\b", "with", 1),
    (r"\b((?:the |a |an )?(?:[A-Za-z-]+ ){0,4}(?:president|leader|spokesman|spokeswoman|spokesperson|minister|"
     r"chief|chairman|governor|officials?|analysts|experts|diplomats|secretary|ambassador|agency|"
     r"ministry|department|premier|envoy|commander|general))(?:,[^,]{3,60},)? " + LINK + rf"(?:{SPEECH})\b",
     "subject", 1),
]
COMPILED = [(re.compile(p), kind, group) for p, kind, group in PATTERNS]
# a request ("asked the airline to submit", "was suspended and asked to reply"): an act, no words reported
ASKED_TO = re.compile(r"(?:\s+(?!whether\b|if\b|about\b|why\b|how\b|what\b)[\w'’.-]+){0,9}\s+to\s+[a-z]+"
                      r"|(?:\s+(?!whether\b|if\b|about\b|why\b|how\b|what\b)[\w'’.-]+){0,3}\s+for\b")
# ... ending there, not "called the vote a farce" (a description of it)
CALLED_ACT = re.compile(rf"\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}})?(?:{alternation(EN.words('called_acts'))})\b"
                        r"(?=\s*(?:[.,;:]|$|(?:on|for|in|at|to|after|before|next|this|until|over|of)\b))"
                        # or who was called to one: "called the union and the planters to a meeting"
                        # ("... to the capital for talks")
                        rf"|\s+(?:(?!\bto\b)[^.;:\"“”]){{1,80}}?\s+to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}|"
                        rf"[A-Z][\w-]+\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}})(?:{alternation(EN.words('called_acts'))})\b")
NAMING = EN.set("naming_participles")
# what "wrote" writes when it is an act, not words: "candidates wrote the preliminary examination"
WROTE_ACT = re.compile(rf"\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?!that\b|which\b|how\b)[a-z][\w-]*\s+){{0,2}}?"
                       rf"(?:{alternation(EN.words('written_acts'))})\b")
ACT_VERBS = EN.set("act_verbs")
# a plain object after an act verb, maybe after when: "declared two ballots invalid", "announced a grant"
# (not when a verb follows the object: "announced a second cut was coming" reports words)
ACT_OBJECT = re.compile(rf"(?:\s+(?:on\s+)?(?:{DAYS}|today|yesterday))?\s+(?:(?:a|an|the|its|his|her|their|it|them|"
                        r"two|three|four|five|six|seven|eight|nine|ten|new)\b|\d)"
                        r"(?!(?:[\w,.'’-]*\s+){1,5}(?:was|were|is|are|will|would|had|has|could|should|must|may)\b)")
# "posted a message: ..." -- the words the act carries follow it
WORDS_FOLLOW = re.compile(r"[^.;:\"“]{0,80}:\s*[\"“]?")
SET_OFF = re.compile(r",(?:\s+(?:[a-z]+ly|often|also|sometimes|now|once))*\s*$")
_DISTRICT_BODIES = EN.words("management_words") + EN.words("local_bodies") + tuple(EN.mapping("bare_local_bodies"))
DISTRICT_BODY_AFTER = re.compile(rf"\s+(?:{alternation(EN.words('district_words'))})\s+(?:{alternation(_DISTRICT_BODIES)})\b")
ADVISING = EN.set("advising_verbs")
ADVICE_FOLLOWS = re.compile(r"(?:\s+(?!to\b)[\w'’,-]+){0,10}?\s+(?:to\s+[a-z]+|against)\b|\s+that\b")
LEADING_PREPOSITION = re.compile(r"(?:of|for)\s+(?=\S)")
AGE_BEFORE = re.compile(r",\s*\d{1,3}\s*,\s*$")  # a person's age set off before "of" ("Roe, 52, of Pune")
BEFORE_PREPOSITION = re.compile(r"(?:^|\s)(?:for|of)\s+$")
GROUP_BEFORE = re.compile(r"([A-Za-z]+)\s+$")  # the word before a place's preposition
PLACE_PREPOSITION = re.compile(r"(?:^|\s)(?:in|at|from)\s+$")  # "the laboratory in Lucknow said": the laboratory
# a plural of people by what they do ("hoteliers", "growers", "technicians"), which no name is when it is
# written in lower case or opens the sentence
PEOPLE_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ians|ists|ants|ents|ees|men)")
OPENING = re.compile(r"(?:^|[:\"“—]|\s[-–])\s*$")
# a conjunction that makes the clause after it part of another: "ended the sit-in after the SDM
# promised a survey" tells what the SDM promised as part of the claim, not as its wrapper
SUBORDINATE_BEFORE = re.compile(
    rf"\b(?:{alternation(EN.words('time_conjunctions') + EN.words('condition_conjunctions'))})\s+$", re.IGNORECASE)
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
VERB_AT_END = re.compile(rf"\b(?:{SPEECH})$")
LISTENER = re.compile(r"[^,.;:\"]{0,60}?\bthat\b|(?:\s+[\w'’-]+){1,4}\s*(?=[.!?]?\s*$)|"
                      r"\s+(?:reporters|journalists|the press|the media|state media)\b")


SPEECH_WORDS = EN.set("speech_verbs")
TITLE_WORD = re.compile(r"(?<=\s)[A-Z][a-z]+\b")


def headline_verbs(frame: str) -> str:
    """A headline in Title Case ("Roe Says Council Will Vote") with its speech verbs and the
    words that go with them in lower case, so they read as verbs rather than as part of a name
    (same length)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", frame)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.75 * len(words):
        return frame
    return TITLE_WORD.sub(lambda w: w.group(0).lower() if _verb_or_adverb(w.group(0).lower()) else w.group(0), frame)


PRE_VERB = EN.set("pre_verb_words")


def _verb_or_adverb(word: str) -> bool:
    """A headline word that belongs with the verb ("Just Said", "Has Said", "Finally Confirmed")."""
    return word in SPEECH_WORDS or word in PRE_VERB


# a bracketed qualifier inside an office or name ("Deputy Commissioner of Police (East) Jane Roe",
# "Justice (retd) Jane Roe"): read as spaces, so the office and the name stay one phrase
QUALIFIER = re.compile(r"\((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[a-z]{2,6}\.?)\)(?= [A-Z])")


# a figure someone gives for something: "Police put the number of dead at four", "The union puts the
# loss at Rs 2 crore" (read as "say"/"says", the same length, so every offset stays)
PUT_AT = re.compile(r"\bput(?=s?\s+(?:(?:the|its|their|his|her|[A-Z][a-z]+['’]s)\s+(?:(?!to\b)[\w'’-]+\s+){0,20}?|"
                    r"(?:it|them)\s+)at\s+(?:(?:no|not)\s+(?:more|less|fewer)\s+than\s+|about\s+|around\s+|nearly\s+|"
                    r"over\s+|under\s+|below\s+|above\s+|up\s+to\s+|(?:more|less|fewer)\s+than\s+|closer\s+to\s+|"
                    r"at\s+least\s+|roughly\s+|as\s+many\s+as\s+|as\s+much\s+as\s+|almost\s+|close\s+to\s+)?"
                    r"(?:Rs\.?\s*|\$|₹)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|a\s+third|half|"
                    r"(?:a|one)\s+(?:hundred|thousand|lakh|crore)|a\s+dozen)\b"
                    r"(?![\d.:]*\s*(?:[ap]\.?m\b|o['’]clock)))")  # not "put the motion to a vote at 1.45 p.m."


# "Khurana, alleged to be the mastermind, ...", "a man said to have fled": what others say of
# someone, with no one saying it in the sentence
SAID_TO_BE = re.compile(r"\b(?:alleged|said|reported|believed|claimed|thought|understood)\s+to\s+(?=(?:be|have)\b)")
# "dismissed the figure as plucked out of thin air": says what it is; "as it was filed late" gives a reason
# (a quotation after "as" is blanked, so "as" may end the frame's words)
DISMISSED_AS = re.compile(rf"\bdismiss(?:ed|es)(?=\s+(?:[\w'’,.-]+\s+){{1,8}}?as\b"
                          rf"(?!\s+(?:{alternation(EN.words('reason_openers'))})\b))")


# the holder named after an office, with a title or a short form of a given name ("Dr.", "Md.") before the name
OFFICE_HOLDER = re.compile(rf",\s*((?:(?:{alternation([w.title() for w in EN.words('abbreviations')])})\.?\s+)?"
                           r"(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),")


def _office(phrase: str) -> bool:
    """Whether a capitalised phrase is an office and no one's name: "Superintendent of Police",
    "Director General of Police", "District Collector"."""
    words = [w for w in phrase.split() if w.casefold() not in {"the", "of"}]
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and names_a_place(words[0][:-2]):
        words = words[1:]  # "Bihar's Chief Electoral Officer": the state's office
    return bool(words) and m.role_like(phrase) and all(m.role_like(w) or m.is_institution([w]) or
                                                        w.casefold() in OFFICE_WORDS for w in words)


OFFICE_WORDS = EN.set("office_words")
# a group's noun or a count after a capitalised word: the word describes them ("Private hospitals", "Several
# hundred farmers", "Bhikangaon blocks")
NOUN_AFTER = re.compile(rf"\s+(?:{alternation(EN.words('generic_heads') + EN.words('described_plurals'))})\b")


# a figure with "the" before a clause that says whose it is: "the 31 [the government claimed]", "the 14 km [the
# company has claimed]", "the Rs 5 crore [the board paid]"
FIGURE_THEN_SUBJECT = re.compile(r"\bthe\s+(?:Rs\.?\s*|₹\s*)?\d[\d,.]*(?:\s+[a-z]+)?\s+(?=the\s+\S)")


def _figure_before(frame: str, start: int, phrase: str) -> bool:
    """Whether a subject is that of a clause after a figure ("the 31 the government has claimed"),
    the figure's owner rather than the sentence's speaker."""
    begin = max(0, start - 40)
    return any(found.end() >= start for found in FIGURE_THEN_SUBJECT.finditer(frame, begin, start + len(phrase)))


def _describes_after(frame: str, start: int, phrase: str) -> bool:
    """Whether a one-word phrase describes the group or count after it ("Private hospitals ..., saying",
    "Several hundred farmers ..., saying"): no one's name."""
    return len(phrase.split()) == 1 and bool(NOUN_AFTER.match(frame, start + len(phrase.rstrip())))


# every English cue has an English word in it
ANY_LATIN = re.compile(LATIN_LETTER)


# a name set off before a description of it ("The X Sangathan, the journalists' union that ..."),
# and what shows the description is an apposition: a comma or a relative clause after it
NAME_APPOSED_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:The\s+)?((?:[A-Z][\w'’-]*\s+){1,6}[A-Z][\w'’-]*),\s*$")
APPOSITION_GOES_ON = re.compile(r"\s*(?:,|(?:that|which|who)\b)")
# a name set off after "whose" and a noun names whom the noun means, inside a relative clause
WHOSE_BEFORE = re.compile(r",\s*whose\s+[^,]{1,40},\s*$")
STATE_OWNER_BEFORE = re.compile(rf"\b(?:{alternation(EN.words('state_qualifiers'))})['’]s\s+$", re.IGNORECASE)


def cues(memory: Entities, frame: str) -> list[Cue]:
    if not ANY_LATIN.search(frame):
        return []  # a Hindi sentence without a word in Latin letters
    found_cues: list[Cue] = []
    seen: set[int] = set()
    frame = QUALIFIER.sub(lambda q: " " * len(q.group(0)), headline_verbs(frame))
    frame = SAID_TO_BE.sub(lambda p: " " * len(p.group(0)), frame)
    frame = PUT_AT.sub(lambda p: "say" + p.group(0)[3:], frame)  # "Police put the toll at four": they say so
    # "dismissed the figure as plucked out of thin air": says what it is ("dismissed the petition" does not)
    frame = DISMISSED_AS.sub(lambda d: ("said" if d.group(0).endswith("ed") else "says").ljust(len(d.group(0))), frame)
    for pattern, kind, group in COMPILED:
        for match in pattern.finditer(frame):
            start, stop = match.start(group), match.end(group)
            if kind in {"subject", "reporting"}:
                start, stop = ph.joined_fields(frame, start, stop)  # "the Ministry of Health and Family Welfare"
            phrase = frame[start:stop].strip()
            if kind == "reported_by":
                # "... reported by the Daily Beacon.": the outlet, without its article or the sentence's full stop
                phrase = re.sub(r"^(?:the|a|an)\s+(?=[A-Z])", "", re.sub(r"(?<=[a-z])\.$", "", phrase))
            holder = OFFICE_HOLDER.match(frame, stop) if kind == "subject" else None
            named = m.proper_name(holder.group(1).split()) if holder else None
            # a name, maybe after a title or a short given name ("Dr. Jane Roe", "Md. Qaiser Alam")
            if named and holder.group(1).strip().replace(".", "").endswith(named.replace(".", "")):
                if _office(phrase):
                    # "Superintendent of Police, Jane Roe, said": the office's holder, named beside it
                    phrase = f"{phrase} {named}"
                elif not m.proper_name(phrase.split()) and m.role_like(phrase) or \
                        OWNER_WORD.match(phrase) and m.role_like(phrase[OWNER_WORD.match(phrase).end():]):
                    # "Its president, Jane Roe, said": the one named, not whoever held the office before
                    # (and "Bermo's Sub-Divisional Police Officer, Manoj Hansda,": a place's office)
                    phrase = named
            phrase = re.sub(r"^(?:The|the|A|a|An|an)\s+(?=[a-z])", "the ", phrase)
            phrase = OWNER_BEFORE_NAME.sub("", phrase)  # "His Nav Lok Shakti Party": the party's own name
            if kind == "subject" and memory.ctx.state and STATE_OWNER_BEFORE.search(frame, max(0, start - 16), start):
                phrase = "the state's " + phrase  # "the state's School Education Department": the state's own
            phrase = OBJECT_PRONOUNS.get(phrase, phrase)  # "according to her": she
            owned = OWNED_RECORD.match(phrase) if kind == "reporting" else None
            if owned:
                phrase = owned.group(1)  # "according to the Election Commission's website": the Commission
            district = DISTRICT_BODY_AFTER.match(frame, start + len(phrase))
            if district:
                phrase += district.group(0)  # "the Auraiya district administration": a district's, not a person's
            if kind == "reporting" and INDEFINITE_BEFORE.search(frame, max(0, start - 12), start):
                phrase = "a " + phrase  # "according to a ministry spokesman": someone unnamed
            if start in seen or not phrase or kind in {"subject", "participle"} and \
                    _object_of_preposition(frame, start, match.end(group)):
                continue
            if start and frame[start - 1] in "'’" and frame[start:start + 2] in {"s ", "S "}:
                continue  # the "s" of "Rajasthan's Gopalan department": the owner's, the whole name is read
            if kind == "subject" and re.match(r",[^,]{3,},", frame[stop:match.end()]) and \
                    WHOSE_BEFORE.search(frame, max(0, start - 60), start):
                # "Pintu Rawani, whose mother, Geeta Devi, needs dialysis, said": Rawani, not his mother (but
                # "the Samiti, whose convener, Manoj Umar, said": the convener's own verb)
                continue
            if kind == "participle" and not ph.opens_clause(frame, ph.clause_start(frame, start), start):
                continue  # "X went after Jane Roe on Monday, saying": the walk finds X
            if kind == "participle" and _describes_after(frame, start, phrase):
                continue
            if kind == "subject" and _figure_before(frame, start, phrase):
                continue  # "fewer than the 31 the government has claimed": whose figure it is, not who speaks
            passive = VERB_AT_END.search(match.group(0)) if kind == "subject" else None
            if passive and PASSIVE.search(frame, max(0, match.start() + passive.start() - 30), match.start() + passive.start()):
                continue  # "X, the pradhan of Y, has been asked to repay": asked, not asking
            want = "outlet" if kind in {"told", "cited"} and m.is_media(phrase) else None
            people = list(memory.ctx.people)
            found = memory.entity_in(_affiliated(memory, _after_portfolio(frame, start, m.trim_en(phrase))), want, start)
            if not found:
                if kind in {"subject", "inverted", "reporting", "participle", "with"}:
                    memory.note_group(m.trim_en(phrase))
                continue
            verb = VERB_AT_END.search(match.group(0)) if kind == "subject" else None
            if verb and _acts(verb.group(0), frame, match.end()):
                continue
            if verb and verb.group(0) in NOUN_HOMOGRAPHS and (_new_name(memory, found, people) or
                                                             NOUN_FOLLOWS.match(frame, match.end())):
                _forget(memory, found, people)
                continue  # "Rust Belt states that ...", "Republican claims": a noun, not a verb
            seen.add(start)
            role = _role(kind, found[0].kind, match.group(0))
            if role == "addressee":
                continue
            office = PORTFOLIO_BEFORE.search(frame, max(0, match.start() - 120), match.start()) if kind == "subject" else None
            begin = office.start() if office and _after_portfolio(frame, start, phrase) != phrase else \
                min(match.start(), start)
            described = DESCRIBED_BEFORE.search(frame, max(0, begin - 60), begin) if kind == "subject" else None
            begin = described.start(1) if described else begin  # "The opposition Lok Morcha said"
            end = _inverted_tail(frame, match.end()) if kind == "inverted" else _wrapper_end(frame, match, kind)
            end = max(end, stop)
            found_cues.append(Cue(found[0], found[1], role, start, (begin, end)))
    return found_cues + _walked(memory, frame, found_cues)


# a description after an inverted verb, set off before a name: "said her son, Ravi Roe", "said
# Arjun's elder sister, Meera Roe"
DESCRIBED_AFTER = re.compile(r"\s+((?:his|her|their|its|the|a|an|[A-Z][\w-]*['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}"
                             r"[a-z][\w'’-]*)(?=,)")
# someone described by whose they are: "Arjun's elder sister"
OWNER_THEN_NOUN = re.compile(r"[A-Z][\w-]*['’]s\s+[a-z]")
# the name set off after a described office: "according to its superintendent, Dr R.K. Roe."
NAMED_AFTER = re.compile(r",\s*((?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
                         r"(?=\s*[,.;:]|\s*$)")
# a description before a named subject, opening its clause: "The opposition", "the state's"
DESCRIBED_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w'’-]*\s+){1,3})$")
# "Minister of State for Inland Waterways Jane Roe": an office, "for" or "of", its portfolio, the name
PORTFOLIO_BEFORE = re.compile(rf"\b(?i:{ROLE_WORDS})(?:\s+of\s+State)?\s+(?:for|of)\s+(?:the\s+)?$")


def _after_portfolio(frame: str, start: int, phrase: str) -> str:
    """The person's name at the end of an office's portfolio: the last two capitalised words,
    or three with an initial ("Minister for Home Affairs Jane M. Roe" -> "Jane M. Roe")."""
    words = phrase.split()
    if len(words) < 3 or not all(w[:1].isupper() for w in words) or not PORTFOLIO_BEFORE.search(frame, max(0, start - 120), start):
        return phrase
    size = 3 if re.fullmatch(r"[A-Z]\.", words[-2]) else 2
    return " ".join(words[-size:])


AFFILIATION = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _affiliated(memory: Entities, phrase: str) -> str:
    """The person of "Jane Roe of the Valley Law School": a full name with where the person is
    from after "of" (a body's own name, "Reserve Bank of India", stays whole). The first "of" that
    follows a full name counts: "Leader of the Opposition Jane Roe of the Lake Party" is Roe."""
    cuts = [found.start() for found in AFFILIATION.finditer(phrase) if found.start()]
    if not cuts or memory.registry.lookup(phrase) is not None:
        return phrase
    for cut in cuts:
        words = phrase[:cut].split()
        name = m.proper_name(words)
        if name is None or len(name.split()) < 2 or \
                name != " ".join(w.strip(",") for w in words[-len(name.split()):]) or m.is_institution(words) or \
                any(m.role_like(w) for w in name.split()) or names_a_place(name):
            continue
        return phrase[:cut]
    return phrase


OBJECT_VERBS = EN.set("object_verbs", folded=True)
INVERTED_AT = re.compile(r"(?:^|[,;:]|\s{3})\s*$")
# after an inverted speaker: the sentence ends, an apposition or a place or time follows
SPEAKER_ENDS = re.compile(r"[.!?]?\s*(?:[,;:]|$)")  # a phrase after a verb closing the sentence or its clause
INVERTED_END = re.compile(r"\s*(?:[.,;:!?]|$|(?:in|on|at|during|before|after|who|whom|whose|while|as|from|of)\b)")
AND_BEFORE = re.compile(rf"\b(?:and|but)(?:\s+(?:has|have|had))?(?:\s+[a-z]+ly|\s+(?:also|then|later|since|now|still))?"
                        rf"(?:\s+(?:on\s+)?(?:{DAYS}))?\s*$")
# a verb whose subject opens its clause: ", saying", "while saying", "by saying", "is telling",
# "went on to say", "released a statement saying"
# (a run of spaces is entered only at its start, so a long run is read once, not once per space)
LATE_VERB = (rf"(?:,\s*|(?<!\s)\s{{3,}})(?:(?:while|by|after|when|also|even)\s+)?((?:{PARTICIPLES}))\b"
             rf"|\b(?:while|by|before|after|when|upon|on|is|was|are|were)\s+(?:[a-z]+ly\s+)?((?:{PARTICIPLES}))\b"
             rf"|\b(?:went on|took to \w+|was prompted|interjected|stood up|paused|moved|rose) to ((?:{INFINITIVES}))\b"
             rf"|\b(?:statement|message|letter|post|tweet|email|release)s?(?:\s+(?:on\s+)?(?:{DAYS}))?"
             rf"\s+((?:{PARTICIPLES}))\b")
WALKED_VERB = re.compile(rf"\b(?:{SPEECH})\b|{LATE_VERB}|\b(?i:according to)\b")
ROLE_SET = EN.set("roles")
PERSON_NOUNS = EN.set("person_nouns")
BODY_VOICES = EN.set("body_voices")
BODY_REFS = EN.mapping("body_refs")
ABBREVIATIONS = EN.set("abbreviations")
INDEFINITE = {"a", "an", "one", "another"}
DESCRIBING = {"the"} | INDEFINITE
PASSIVE = re.compile(rf"\b(?:{alternation(EN.words('passive_auxiliaries'))})(?:\s+[a-z]+ly)?\s+$", re.IGNORECASE)
GENERIC = EN.set("generic_heads")
RESEARCH_GROUPS = EN.set("researchers")  # a team whose findings are its body's
# a participle with its agent after it ("the plan, first reported by the Beacon,"): passive
BY_AGENT = re.compile(r"\s+(?:[a-z]+ly\s+)?by\b")


ACCUSED_OF = re.compile(r"(?:accused|charged)\s+(?:of|with)\b")
DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|his|her|their|this|that)\s+$")


def _walked(memory: Entities, frame: str, known: list[Cue]) -> list[Cue]:
    """Speech verbs the patterns left without a speaker: their subject found by walking the
    words around them (lower-case descriptions, several appositions, a late verb)."""
    out: list[Cue] = []
    text = ph.blank_parentheses(frame)
    for verb in WALKED_VERB.finditer(text):
        late = next((k for k in range(1, 5) if verb.group(k)), 0)
        at = verb.start(late) if late else verb.start()
        # a cue that only names who was told ("told the Beacon") leaves the verb's subject to find
        if any(c.span[0] <= at < max(c.span[1], c.position + 1) for c in known + out if c.role != "told") or (
                not late and PASSIVE.search(text[:at])):
            continue  # "is expected", "was admitted": no one speaks
        if not late and DETERMINER_BEFORE.search(text, max(0, at - 8), at):
            continue  # "the alleged leader", "his stated aim": a word describing a noun, not a verb
        if not late and ACCUSED_OF.match(text, verb.start()):
            continue  # "a gang accused of cheating": the one accused, not an accuser
        if not late and _acts(verb.group(0), text, verb.end()) and not (
                INVERTED_AT.search(text[:at]) and _inverted_speaker(text, verb.end())):
            continue
        if not late and verb.group(0) in NAMING and SET_OFF.search(text, max(0, at - 80), at):
            continue  # "Sangli, often called the turmeric city,": a description
        agent = None if late else BY_AGENT.match(text, verb.end())
        if agent:  # "the plan, first reported by the Beacon,": the subject before it said nothing
            found = ph.speaker_after(text, agent.end())
            entity = _resolve(memory, found[1], found[0]) if found else None
            if entity is not None and entity[0].kind == "outlet":
                out.append(Cue(entity[0], entity[1], "reporting", found[0], (at, found[0] + len(found[1]))))
            continue
        if late or AND_BEFORE.search(text[:at]):
            found = _named_in_apposition(text, ph.clause_subject(text, at))
            if found and not late:
                found = _before_first_verb(found)
            candidates = [found] if found else []
        else:
            found = ph.speaker_after(text, verb.end())
            described = DESCRIBED_AFTER.match(text, verb.end()) if found is None else None
            if described:  # '"...," said her son, Ravi Roe': a description, then the name
                found = (described.start(1), described.group(1))
            according = verb.group(0).casefold() == "according to"
            if found and (found[1][:1].islower() or OWNER_THEN_NOUN.match(found[1])) and (m.role_like(found[1]) or not according):
                named = NAMED_AFTER.match(text, found[0] + len(found[1]))
                if named and m.proper_name(named.group(1).split()):
                    # "according to its superintendent, Dr Roe", '"...," said her son, Ravi Roe'
                    found = (named.start(1), named.group(1))
            inverted = found and verb.group(0).casefold() not in OBJECT_VERBS and INVERTED_AT.search(text[:at]) and \
                INVERTED_END.match(text, found[0] + len(found[1]))
            candidates = [found] if found and according else [] if according else \
                ([found] if found and inverted else []) + ph.subjects_before(text, at)  # "X, a delegate, said the vote"
        for start, phrase in candidates:
            if POSSESSIVE_END.search(phrase):
                continue  # "Trump's candidacy ... is raising": an owner, not a subject
            if _describes_after(text, start, phrase) or _figure_before(text, start, phrase):
                continue
            lead = LEADING_PREPOSITION.match(phrase)
            if lead:  # "Roe, 52, of Devalkhora": a name never opens with its preposition
                start, phrase = start + lead.end(), phrase[lead.end():]
            before = BEFORE_PREPOSITION.search(text, max(0, start - 12), start)
            at_place = PLACE_PREPOSITION.search(text, max(0, start - 12), start) if not before else None
            group = GROUP_BEFORE.search(text, max(0, start - 40), at_place.start() + 1) if at_place else None
            if group and _people_group(text, group) and (
                    not m.is_institution(phrase.split()) or group.group(1).casefold() not in RESEARCH_GROUPS | BODY_VOICES):
                memory.note_group(group.group(1))
                continue  # "vendors at Fancy Bazar said", "doctors at the hospital said": a group somewhere, not
                # the place or the body (but "researchers at Halden University" are the university's, and a
                # spokesperson at a body speaks for it)
            if at_place:
                head = ph.subjects_before(text, at_place.start() + 1)
                if names_a_place(phrase) or head and m.is_institution(head[0][1].split()):
                    before = at_place  # "the laboratory in Bilaspur said", "officials in Lucknow said"
            if before:
                # "lawyers for the party said", "Jane Roe of the state delegation said": the head
                # before the preposition is the subject
                age = AGE_BEFORE.search(text, max(0, before.start() - 8), before.start() + 1)
                head = ph.subjects_before(text, age.start() if age else before.start() + 1)  # "X, 52, of Y said"
                if not head:
                    continue
                voice = head[0][1].split()[-1].casefold() in BODY_VOICES and before.group(0).split()[0] == "for"
                body = _resolve(memory, phrase, start) if voice else None
                if body is None or body[0].kind != "org":
                    start, phrase = head[0]  # (but "a spokesperson for the hospital said": the hospital speaks)
            people = list(memory.ctx.people)
            entity = _resolve(memory, phrase, start)
            if entity is None:
                memory.note_group(m.trim_en(phrase))
                if start < at and not SUBORDINATE_BEFORE.search(text, max(0, start - 12), start):
                    # "Officials said", "A senior officer, who ..., said": what they said is the claim
                    memory.ctx.unclaimed.append((start, _end_after(frame, verb)))
                continue
            word = (verb.group(late) if late else verb.group(0)).casefold()
            if word in NOUN_HOMOGRAPHS and (_new_name(memory, entity, people) or NOUN_FOLLOWS.match(frame, verb.end())):
                _forget(memory, entity, people)
                continue  # "Vermont, states that vote", "the March states": a noun, not a verb
            # a body credited ("according to police", "according to ISRO") is a source, as in Hindi;
            # a person so credited ("according to Das") speaks
            role = "reporting" if entity[0].kind == "outlet" or word == "according to" and entity[0].kind != "person" \
                else "speaker"
            end = _inverted_tail(frame, start + len(phrase)) if start > at else _end_after(frame, verb)
            out.append(Cue(entity[0], entity[1], role, start, (min(start, at), end)))
            break
    return out


# a description, maybe with a place or time, then a name set off by commas:
# "the other candidate on the stage, former governor Jane Roe, drew ..."
APPOSITION = re.compile(r"(?:\s+(?:on|in|at|of|from)\s+[^,]{1,40})?,\s*([^,]{3,80}?),")


def _acts(word: str, text: str, end: int) -> bool:
    """Whether a speech verb ending at ``end`` does something rather than report words: a
    request ("has asked the airline to submit a report"), an act ("has called a general body
    meeting", "wrote the examination"), a decision ("declared two ballots invalid")."""
    return bool(word == "asked" and ASKED_TO.match(text, end) or word == "called" and CALLED_ACT.match(text, end)
                or word in ACT_VERBS and ACT_OBJECT.match(text, end) and not WORDS_FOLLOW.match(text, end)
                or word in {"wrote", "writes", "write"} and WROTE_ACT.match(text, end)
                or word in ADVISING and not ADVICE_FOLLOWS.match(text, end))


def _inverted_speaker(text: str, end: int) -> bool:
    """Whether a verb ending at ``end`` is followed by its speaker, a name or an office closing
    the sentence ('"...," added a New Hampshire Democrat.'), not by what it acts on."""
    found = ph.speaker_after(text, end)
    if not found:
        return False
    phrase = found[1].rstrip(".!?")
    return bool((m.proper_name(phrase.split()) or m.role_like(phrase)) and
                SPEAKER_ENDS.match(text, found[0] + len(phrase)))


def _named_in_apposition(text: str, found: tuple[int, str] | None) -> tuple[int, str] | None:
    """The named person a described subject is, when a name follows it in apposition."""
    if not found or m.proper_name(found[1].split()) or not (
            found[1][:1].islower() or DETERMINER_BEFORE.match(found[1].split()[0] + " ")):
        return found  # a description is in lower case but for the determiner opening the sentence ("Its president")
    after = APPOSITION.match(text, found[0] + len(found[1]))
    if after and m.proper_name(after.group(1).split()):
        return after.start(1), after.group(1)
    before = NAME_APPOSED_BEFORE.search(text, max(0, found[0] - 120), found[0])
    if before and APPOSITION_GOES_ON.match(text, found[0] + len(found[1])) and not names_a_place(before.group(1)):
        return before.start(1), before.group(1)  # "The X Manch, the journalists' union that led ...,": the Manch
    return found


NOUN_HOMOGRAPHS = EN.set("noun_homographs")
# what follows such a word as a noun and never as a verb: "insurance claims for crops", "reports of firing"
NOUN_FOLLOWS = re.compile(r"\s+(?:for|of|worth|against|under)\b")
POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")


def _new_name(memory: Entities, found: tuple, people: list) -> bool:
    """Whether a cue's subject is a name this very phrase introduced: not listed, not a person
    the article named before, not a role, pronoun, institution or outlet."""
    entity, ref = found
    return ref == "named" and entity.kind == "person" and entity not in people and \
        not memory.registry.is_listed(entity.id)


def _forget(memory: Entities, found: tuple, people: list) -> None:
    """Drops a name a rejected subject introduced, so no later surname or pronoun finds it."""
    memory.ctx.people[:] = people
    if memory.ctx.last_person == found[0]:
        memory.ctx.last_person = None


PREPOSITIONS = ph.PREPOSITIONS
PLACE_BEFORE = re.compile(r"(?:^|\s)([A-Za-z]+)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s*$")


def _people_group(text: str, group: re.Match) -> bool:
    """Whether the word before a place's preposition names a group of people: a listed one
    ("vendors at Fancy Bazar"), or a plural of people by what they do, in lower case or opening
    the sentence ("Hoteliers in Dhanaulti said"), no name."""
    word = group.group(1)
    if word.casefold() in GENERIC:
        return True
    return bool(PEOPLE_PLURAL.fullmatch(word.casefold())) and (
        word[0].islower() or bool(OPENING.search(text, 0, group.start(1))))


def _object_of_preposition(frame: str, start: int, end: int) -> bool:
    """Whether a capitalised phrase at ``start`` is the object of a preposition, not a subject:
    "in Columbus, Ohio, said", "of Flint, Mich., said" (a place and, set off, its state)."""
    head = frame[:start]
    if PORTFOLIO_BEFORE.search(frame, max(0, start - 120), start) and \
            _after_portfolio(frame, start, frame[start:end]) != frame[start:end]:
        return False  # "Minister of State for Inland Waterways Jane Roe": the holder, after the portfolio
    word = re.search(r"([A-Za-z]+)\s*$", head)
    first = re.match(r"([a-z]+)\s", frame[start:end])
    if first and first.group(1) in PREPOSITIONS or word and word.group(1) in PREPOSITIONS \
            or ph.in_listed_object(frame, start, end):
        return True
    place = PLACE_BEFORE.search(head) if frame[end:end + 1] == "," else None
    return bool(place and place.group(1) in PREPOSITIONS)


def _resolve(memory: Entities, phrase: str, start: int):
    """The entity a walked phrase names; a described office ("the Ohio senator", "the
    district's chief medical officer") when it names none but ends in a role; no one for an
    indefinite one ("a senior police officer", "one former campaign aide")."""
    phrase = m.trim_en(phrase)
    if phrase.endswith(".") and len(phrase.split()[-1]) > 3 and phrase.split()[-1][:-1].casefold() not in ABBREVIATIONS:
        phrase = phrase[:-1]  # the sentence's full stop, not an initial's ("Jane M.")
    if not phrase:
        return None
    phrase = _affiliated(memory, phrase)  # "Chief engineer Jane Roe of the X Nigam said": Roe
    given = phrase.split()
    words = [w for w in given if w.casefold() not in DESCRIBING]
    head = words[-1].casefold() if words else ""
    if len(words) >= 2 and head in BODY_VOICES:
        body = _body_of_kind(memory, words[:-1], start)
        if body is None and m.is_institution(words[:-1]) and words[0][:1].isupper():
            named = memory.entity_in(" ".join(words[:-1]), None, start)  # "a Chandigarh Police spokesperson"
            body = named[0] if named is not None and named[0].kind == "org" else None
        if body is not None:  # "a company spokesperson" speaks for the company the article named
            memory.introduce(body, head)
            return body, "role"
    found = memory.entity_in(phrase, None, start)
    if found is not None:
        return found
    named = re.match(r"(.+?)\s+(?:of|from|at|with)\s+\S", phrase)
    if named and m.proper_name(named.group(1).split()):
        # "Jane Roe of the state delegation", "Jane Roe from the city council": the name heads it
        found = memory.entity_in(named.group(1), None, start)
        if found is not None:
            return found
    # a bare "the minister" with no one given that role is no one in particular
    if len(words) >= 2 and (head in ROLE_SET | PERSON_NOUNS and head not in GENERIC or head in BODY_VOICES):
        if given[0].casefold() in INDEFINITE and head not in BODY_VOICES:
            return None  # "a senior police officer, who did not want to be named": someone unnamed
            # ("a port authority spokeswoman" speaks for the port authority)
        return memory.office(words)
    return None


def _before_first_verb(found: tuple[int, str]) -> tuple[int, str]:
    """The subject of verbs joined by "and": the name before the first one ("The X Manch rejected the
    minister's assurance and said": the Manch)."""
    words = found[1].split()
    acted = next((k for k in range(1, len(words)) if words[k - 1][:1].isupper() and past_form(words[k], participle=False)), None)
    return (found[0], " ".join(words[:acted])) if acted is not None else found


def _body_of_kind(memory: Entities, words: list[str], start: int):
    """The body the article already named that a kind word refers to ("company", "the airline's"),
    or None: a kind word with no such body names no one here."""
    kind = [w for w in words if w.casefold() not in INDEFINITE | {"the"}]
    if len(kind) != 1 or kind[0].casefold().removesuffix("'s").removesuffix("’s") not in BODY_REFS:
        return None
    known = list(memory.ctx.orgs)
    found = memory.entity_in("the " + kind[0], None, start)
    if found is not None and (found[0] in known or kind[0].casefold() in KIND_LOCAL_BODIES and memory.ctx.place):
        return found[0]  # (a town's own body, "a corporation spokesperson" in a story from Panipat, needs no naming)
    memory.ctx.orgs[:] = known
    return None


def _end_after(frame: str, verb: re.Match) -> int:
    """Where the wrapper of a walked verb ends: through "that"; before a verb that carries
    meaning ("called it a success", "denied"), which stays in what is claimed."""
    word = verb.group(1) or verb.group(0)
    if word.casefold() in MEANING_VERBS | NEGATING_VERBS:
        return verb.start(1) if verb.group(1) else verb.start()
    that = SAID_HOW_THAT.match(frame, verb.end()) or re.compile(r"\s+that\b").match(frame, verb.end())
    return that.end() if that else verb.end()


# what follows an inverted speaker to the sentence's end and says nothing itself: an
# apposition, a relative clause, where or when ('said Roe, whose group backs the bill.')
SPEAKER_TAIL = re.compile(rf"(?:\s*,|\s+(?:in|on|at|during|before|after|while|as|from|of)\b)"
                          rf"(?![^\"“”;:]*\b(?:{PARTICIPLES})\b)[^\"“”;:]{{0,200}}?[.!?]?\s*$")


def _inverted_tail(frame: str, end: int) -> int:
    """The end of an inverted speaker's wrapper: past a tail that only describes the speaker."""
    return len(frame) if SPEAKER_TAIL.match(frame, end) else end


def _role(kind: str, entity_kind: str, text: str) -> str:
    if kind == "reporting":
        # "according to police", "polled by X": a body credited is a source; "according to Das": Das speaks
        return "speaker" if entity_kind == "person" else "reporting"
    if kind == "reported_by":
        return "reporting" if entity_kind == "outlet" else "addressee"
    if kind in {"subject", "inverted", "with", "participle"}:
        return "reporting" if entity_kind == "outlet" else "speaker"
    if kind == "cited":
        return "cited" if entity_kind == "outlet" else "speaker"
    return "told" if entity_kind == "outlet" else "addressee"


def _wrapper_end(frame: str, match: re.Match, kind: str) -> int:
    """Where the attribution wrapper ends: through "that", before a verb that carries
    meaning, after the listener of "told"; then past "on Tuesday"."""
    end = match.end()
    verb = VERB_AT_END.search(match.group(0))
    how = SAID_HOW_THAT.match(frame, end)
    if how and not (verb and verb.group(0) in NEGATING_VERBS):
        end = how.end()
    elif frame[end:end + 6].strip().startswith("that") and not (verb and verb.group(0) in NEGATING_VERBS):
        end = frame.index("that", end) + 4
    elif verb and verb.group(0) in MEANING_VERBS | NEGATING_VERBS:
        # "Lavrov called the summit a success": the verb is part of what is claimed
        end = match.start() + verb.start()
    elif kind == "told" or verb and verb.group(0) in TELLING_VERBS:
        # "told fellow leaders at the summit that ...", "Kim told Putin that ..."
        listener = LISTENER.match(frame[end:])
        end += listener.end() if listener else 0  # or the listener closing the sentence
    when = SPOKEN_ON.match(frame, end)  # "said on Tuesday": when it was said, not what
    return when.end() if when else end
