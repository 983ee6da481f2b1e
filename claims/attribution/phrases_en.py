"""English noun phrases around a speech verb, found by walking words rather than by one
pattern: the subject before the verb (past adverbs, auxiliaries, appositions and
parentheses), the subject of a clause whose verb comes later ("X did Y and said",
"X did Y, saying"), and the speaker after an inverted verb ('"...," said a retired teacher').

Lower-case modifiers are allowed ("the self-described budget office", "election lawyer
Jane Roe"); function words, clause words and punctuation end a phrase.
"""
from __future__ import annotations

import re

from claims.lexicon import alternation, lexicon

EN = lexicon("en")
# a speech verb, or a verb of rejecting or standing by a claim ("rejected the allegations", "dismissed
# Roe's claim", "stood by his account")
REJECTED = (rf"(?:{alternation(EN.words('rejection_verbs') + EN.words('affirming_verbs'))})(?=\s+(?:[\w'’-]+\s+){{0,3}}"
            rf"(?:{alternation(EN.words('rejected_claims'))})\b)")
# a speech verb that before "to" reports an act, not words: "agreed to resume duties" (but "agreed that")
BEFORE_TO_ACTS = EN.words("acts_before_to")
SPEECH = alternation([w for w in EN.words("speech_verbs") if w not in BEFORE_TO_ACTS]) + "|" + \
    "|".join(rf"{re.escape(w)}(?!\s+to\b)" for w in BEFORE_TO_ACTS) + "|" + REJECTED
PARTICIPLES = alternation(EN.words("speech_participles"))
STOPS = EN.set("boundaries") | EN.set("phrase_stops")
DETERMINERS = {"the", "a", "an", "one", "another"}
DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# what may stand between a subject and its verb: auxiliaries, adverbs, when it was said
BEFORE_VERB = re.compile(
    rf"(?:\s+(?:{alternation(EN.words('pre_verb_words'))}|[a-z]+ly|n[o']t"
    rf"|(?:on |last |this )?(?:{DAYS})(?: morning| afternoon| evening| night)?"
    r"|(?:this|last|next)(?: past)? (?:week|month|year)|at the time"
    r"|(?:a|one|two|three|a few|\d+) (?:days?|weeks?|months?|years?) (?:later|earlier|ago)))+$")
# a sentence adverb set off by commas ("Roe, meanwhile, said") reads as if it were not there
SET_OFF_ADVERB = re.compile(r",\s*(?:however|meanwhile|though|instead|too|in turn|for (?:his|her|their|its) part),(?=\s)")
VERB = re.compile(rf"\b(?:{SPEECH})\b")
# a parenthesis of a few words ("(D-Ohio)", "(I-VT)") reads as if it were not there, and so
# does an aside set off by a pair of dashes ("Jane Roe -- a teacher from Flint -- said")
PAREN = re.compile(r"\([^()]{1,40}\)")
DASH = r"(?:\s(?:--|—|–|-)\s|—|--)"
# an aside that is a relative clause ("- who once said he would run -") speaks of the subject
RELATIVE = re.compile(r"\W*(?:who|whom|whose|which)\b")
DASHED = re.compile(rf"{DASH}[^—–]{{3,160}}?{DASH}(?=\s*(?:[a-z]|$))")
WORD = re.compile(r"\d{1,3}(?:,\d{2,3})+(?![\d,])|[A-Za-z0-9][\w.'’&-]*")  # "3,20,000 candidates": one word
MAX_WORDS = 9


# a relative clause set off by commas in the middle of a clause ("Roe, who once said she
# would run, told ...") speaks of the subject; its verbs are not the sentence's
RELATIVE_ASIDE = re.compile(r",\s*(?:who|whose|which)\b[^,;:]{3,160},(?=\s*[a-z])")


# a party tag set off by commas ("Sen. Jane Roe, D-Ohio, said") reads as if it were not there
PARTY_TAG = re.compile(rf",\s*{EN.text('party_tag')}\s*(?=,)")


# ... and one with commas of its own, when a speech verb follows it ("Roe, who heads a coalition
# of three parties and two independents, said")
RELATIVE_BEFORE_VERB = re.compile(rf",\s*(?:who|whose)\b[^;:\"“”]{{3,200}}?,(?=\s*(?:also\s+|[a-z]+ly\s+)?(?:{SPEECH})\b)")


def blank_parentheses(frame: str) -> str:
    frame = PAREN.sub(lambda p: " " * len(p.group(0)), frame)
    frame = RELATIVE_BEFORE_VERB.sub(lambda p: " " * len(p.group(0)), frame)
    frame = PARTY_TAG.sub(lambda p: " " * len(p.group(0)), frame)
    frame = RELATIVE_ASIDE.sub(lambda p: " " * len(p.group(0)), frame)
    frame = SET_OFF_ADVERB.sub(lambda p: " " * len(p.group(0)), frame)
    return DASHED.sub(lambda d: d.group(0) if VERB.search(d.group(0)) and not RELATIVE.match(d.group(0))
                      else " " * len(d.group(0)), frame)


def _words_back(frame: str, end: int) -> list[re.Match]:
    """Words of the phrase that ends at ``end``, walking back until a stop word or mark."""
    out: list[re.Match] = []
    pos = end
    for match in reversed(list(WORD.finditer(frame, max(0, end - 200), end))):
        gap = frame[match.end():pos]
        if gap.strip() or len(out) >= MAX_WORDS:
            break
        word = match.group(0).rstrip(".")
        if word.casefold() in STOPS and not (out and word.casefold() == "of" and word == word.lower()
                                             and out[0].group(0)[:1].isupper()) and \
                not (word == "and" and _two_fields(frame, match.start(), out)):
            break
        out.insert(0, match)
        pos = match.start()
    return _from_determiner(out)


REACH = 120  # how far back a name's words are looked for: patterns ending at a point stay linear
FIELD_BEFORE = re.compile(r"(?:\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}|(?<![\w'’-])[A-Z][\w'’-]*\s+)$")
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}$")


def _two_fields(frame: str, at: int, after: list[re.Match]) -> bool:
    """Whether the "and" at ``at`` joins two fields in one body's name ("the Health and Family
    Welfare Ministry", "the Ministry of Health and Family Welfare"), not two speakers ("Modi and
    Shah"): capitalised words on both sides, and the name goes on to an institution's word or
    the fields follow its "of"."""
    if not after or not after[0].group(0)[:1].isupper() or not FIELD_BEFORE.search(frame, max(0, at - REACH), at):
        return False
    return after[-1].group(0).rstrip(".").casefold() in INSTITUTIONS or \
        bool(OF_BEFORE.search(frame, max(0, at - REACH), at)) or \
        len(after) >= 2 and after[1].group(0).casefold() in OFFICES  # "Prohibition and Excise Minister X"


INSTITUTIONS = EN.institution_words()
OFFICES = {w.casefold() for w in EN.words("roles")}
AND_BEFORE_NAME = re.compile(r"((?:\b[Tt]he\s+)?(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,5})and\s+$")
BODY_OF = re.compile(r"((?:\b[Tt]he\s+)?(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,3}of\s+(?:the\s+)?)$")
AND_AFTER_NAME = re.compile(r"\s+and\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})")


def joined_fields(frame: str, start: int, end: int) -> tuple[int, int]:
    """The span of a body's name found at ``start:end`` grown over an "and" that joins two fields
    of the one name: "[the Health and] Family Welfare Ministry", "the Ministry of Health [and
    Family Welfare]"."""
    before = AND_BEFORE_NAME.search(frame, max(0, start - REACH), start)
    if before and _two_fields(frame, before.end(1), list(WORD.finditer(frame, start, end))):
        start = before.start(1)
        lead = BODY_OF.search(frame, max(0, start - REACH), start)
        if lead and any(w.casefold() in INSTITUTIONS for w in lead.group(1).split()):
            start = lead.start(1)  # "the Ministry of" before "Health and Family Welfare"
    after = AND_AFTER_NAME.match(frame, end)
    if after and OF_BEFORE.search(frame[max(0, end - REACH):end] + " "):
        end = after.end(1)
    return start, end


def _from_determiner(words: list[re.Match]) -> list[re.Match]:
    """"Last month the senator" -> "the senator" (a determiner after "of" stays inside)."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].group(0).casefold() in DETERMINERS and words[k - 1].group(0).casefold() != "of":
            return words[k:]
    return words


def _phrase(frame: str, words: list[re.Match]) -> tuple[int, str] | None:
    if not words:
        return None
    return words[0].start(), frame[words[0].start():words[-1].end()]


WHO_BEFORE = re.compile(r",\s*who\s*$")
# a relative clause inside an apposition holds its own verb (", the parents' body that called the march,")
RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose)\b")
NAME_START = re.compile(r"(?<![\w'’-])[A-Z]")
ASIDE_GAP = 3  # spaces that stand for words blanked out of the frame
# an apposition describing who was named before it: ", the party's MLA from Sawayajpur, who said",
# ", state president of the Manch, who said" (not a participle's clause: ", responding to ..., who")
DESCRIPTION = re.compile(r",\s*(?:(?:the|a|an|his|her|their|its)\s|(?![a-z]+ing\b)[a-z])[^,]{1,80}$")


def _before_who(frame: str, who: int) -> list[tuple[int, str]]:
    """The name a "who" after a comma refers to: the phrase right before it, or, when that
    phrase ends a description set off by commas ("Abdul Siddiqui, the party's MLA from
    Sawayajpur, who said"), the name the description follows."""
    found = _phrase(frame, _words_back(frame, who))
    described = DESCRIPTION.search(frame, max(0, who - 100), who)
    if described is not None:
        named = _phrase(frame, _words_back(frame, described.start()))
        capital = NAME_START.search(named[1]) if named else None
        if capital is not None:  # "answering Lina Dutt": the name, not the verb before it
            return [(named[0] + capital.start(), named[1][capital.start():])]
    return [found] if found and found[1][:1].isupper() else []


def subjects_before(frame: str, verb_start: int) -> list[tuple[int, str]]:
    """Candidate subjects of a verb at ``verb_start``: the phrase right before it, or (after
    a comma) the phrases before up to four appositions, nearest first ("Tom Baker, 60, of
    Flint, Mich., said"), then the appositions themselves ("..., a retired teacher, said").
    A phrase before an apposition must open its clause: not "in Aurora" nor the "Colorado"
    of "in Aurora, Colorado"."""
    head = frame[:verb_start].rstrip()
    skip = BEFORE_VERB.search(head)
    end = skip.start() if skip else len(head)
    who = WHO_BEFORE.search(head[:end])
    if who:  # "..., said Roe, who added that ...", "Roe met Kim, who said ...": the name before
        return _before_who(frame, who.start())
    # an aside blanked out of the frame (", which runs the temple,") took the comma that closed
    # the apposition before it with it: "Roe, secretary of the trust[aside] said"
    aside = not skip and verb_start - len(head) >= ASIDE_GAP
    nearest: list[tuple[int, str]] = []
    if not head[:end].rstrip().endswith(","):
        found = _phrase(frame, _words_back(frame, len(head[:end].rstrip())))
        nearest = [found] if found else []
        if not aside:
            return nearest
    outer: list[tuple[int, str]] = []
    inners: list[tuple[int, str]] = []
    pos = len(head[:end].rstrip()) - (0 if aside else 1)  # the comma closing the last apposition
    clause = clause_start(frame, pos)
    for level in range(4):
        comma = frame.rfind(",", max(clause, pos - 220), pos)
        verb = VERB.search(frame, comma, pos) if comma >= 0 else None
        if comma < 0 or verb is not None and not RELATIVE_WORD.search(frame, comma, verb.start()):
            stray = _phrase(frame, _words_back(frame, len(frame[:pos].rstrip())))
            if level == 0 and stray and opens_clause(frame, clause, stray[0]):
                outer.append(stray)  # "Sen. Jane Roe (D-Ore.), said": a stray comma
            break
        found = _phrase(frame, _words_back(frame, len(frame[:comma].rstrip())))
        inner = _phrase(frame, _words_back(frame, len(frame[:pos].rstrip())))
        if inner and inner[0] > comma and not frame[comma + 1:inner[0]].strip():
            inners.append(inner)  # the whole apposition is one phrase ("a retired teacher")
        if found and opens_clause(frame, clause, found[0]):
            outer.append(found)
        pos = comma
    if aside and not outer + inners:
        return nearest  # a blanked parenthesis ("Jane Roe (D-Ore.) said"), no apposition before it
    if outer and inners and _described_role(outer[0][1]) and NAME_START.match(inners[-1][1]):
        return inners[::-1] + outer  # "The civil surgeon of Kaimur, Dr. Vibha Bharti, said": the name
    named = [o for o in outer[1:] if _full_name(o[1])]
    if named and not _full_name(outer[0][1]) and any(w[:1].islower() for w in outer[0][1].split()):
        # "Jane Roe, proprietor of Roe Gas Service, the distributor ..., said": the clause's named head
        outer = [named[-1]] + [o for o in outer if o != named[-1]]
    return outer + inners


def _full_name(phrase: str) -> bool:
    """Two to four capitalised words and nothing else: a name, not a description."""
    words = phrase.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


ROLE_PHRASE = re.compile(rf"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{alternation(EN.words('roles'))})\b")


def _described_role(phrase: str) -> bool:
    """Whether a phrase describes someone by an office ("The civil surgeon of Kaimur", "the
    contractor"), rather than naming them."""
    return bool(ROLE_PHRASE.match(phrase))


CLAUSE_MARKS = (";", ":", "\"", "“", "”", "(", ")", " - ", " — ")
OPENERS = EN.set("clause_openers")


def clause_start(frame: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after a semicolon, colon, dash or quotation."""
    head = frame[:pos]
    return max((head.rfind(mark) + len(mark) for mark in CLAUSE_MARKS if mark in head), default=0)


def opens_clause(frame: str, clause: int, at: int) -> bool:
    """Whether a phrase at ``at`` can be a subject: it opens the clause, follows a
    conjunction, or follows the comma that ends the clause's lead-in ("After the vote,")."""
    before = frame[clause:at].rstrip()
    if not before:
        return True
    last = before.split()[-1].casefold()
    if last in OPENERS:
        return True
    return before.endswith(",") and "," not in before[:-1]


def clause_subject(frame: str, verb_start: int) -> tuple[int, str] | None:
    """The subject of a verb that comes late ("Roe did not name anyone but told ...", "The
    company cut jobs, saying ..."): the nearest phrase that opens a clause, a conjunction or
    the clause after a lead-in, and is followed by a lower-case word (its own verb)."""
    clause = clause_start(frame, verb_start)
    opens = [clause] + [m.end() for m in re.finditer(r",\s*|\b(?:" + "|".join(sorted(OPENERS)) + r")\s+",
                                                     frame[clause:verb_start], re.IGNORECASE)]
    for at in sorted({o if o == clause else clause + o for o in opens}, reverse=True):
        found = _subject_at(frame, at, verb_start)
        if found and in_listed_object(frame, found[0], found[0] + len(found[1])):
            continue  # "a red alert for Banda, Mahoba and Chitrakoot ..., warning": not Chitrakoot
        after = frame[found[0] + len(found[1]):verb_start] if found else ""
        if found and (VERB_NEXT.match(after) or at == clause and re.match(r"\s*,", after)):
            if at != clause or not (first := WORD.search(frame, at, verb_start)) or \
                    first.group(0).casefold() not in STOPS:
                return found
    return None


# a lower-case word after a name that cannot be its verb (a subject may still go on: "the other
# speaker at the hearing ... disagreed", but not "Chitrakoot until Friday")
NOT_VERBS = alternation(EN.words("place_prepositions") + EN.words("not_verbs"))
VERB_NEXT = re.compile(rf"\s+(?!(?:{alternation(EN.words('not_verbs'))})\b)[a-z]")


# "for Banda, Hamirpur, " / "for Banda, Hamirpur and ": the names of a list that a preposition governs
LISTED_BEFORE = re.compile(r"(?:^|\s)([a-z]+)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,|\s+and|\s+or)\s+)*$")
LIST_GOES_ON = re.compile(r",|\s+(?:and|or)\s")


def in_listed_object(frame: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is an item of a list that a preposition governs and that
    goes on after it: an object, not a subject ("a red alert for Banda, Mahoba and Chitrakoot
    until Friday, warning" is not Mahoba's warning; "from Agra and Tom Lee said" is Lee's)."""
    if not LIST_GOES_ON.match(frame, end):
        return False
    listed = LISTED_BEFORE.search(frame[max(0, start - 200):start])
    return bool(listed and listed.group(1) in PREPOSITIONS)


PREPOSITIONS = EN.set("place_prepositions")


def _subject_at(frame: str, start: int, verb_start: int) -> tuple[int, str] | None:
    words: list[re.Match] = []
    pos = start
    for match in WORD.finditer(frame, start, verb_start):
        if frame[pos:match.start()].strip():
            break
        pos = match.end()
        word = match.group(0).rstrip(".")
        if not words and word.casefold() in {"but", "and", "so", "yet", "then"}:
            continue
        if not (word[:1].isupper() or word.casefold() in DETERMINERS | {"of"} or words and "-" in word
                or words and _modifier(words, word) or words and _office_before_name(frame, word, match.end())) \
                or len(words) >= MAX_WORDS:
            break
        words.append(match)
    while words and not _head(words[-1].group(0)):
        words.pop()  # "The ferry company cut 40 jobs" ends at "company"
    return _phrase(frame, words)


def _office_before_name(frame: str, word: str, end: int) -> bool:
    """A lower-case office between a body's name and its holder's: "Union president Jane Roe"."""
    return word.casefold() in ROLE_WORDS and bool(NAME_NEXT.match(frame, end))


ROLE_WORDS = EN.set("roles")
NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")


def _modifier(words: list[re.Match], word: str) -> bool:
    """A lower-case word may stand inside a subject a determiner opened ("The ferry company")."""
    return words[0].group(0).casefold() in DETERMINERS and not word[:1].isdigit()


def _head(word: str) -> bool:
    """A word that can end a subject: a name, a role or an institution."""
    return (word[:1].isupper() and word.casefold() not in DETERMINERS) or word.casefold() in HEADS


HEADS = EN.set("roles") | EN.institution_words()


def _joins_roles(words: list[re.Match], word: str) -> bool:
    """"and" between two offices of one person ("said lobbyist and party strategist Jane Roe")."""
    offices = HEADS | TITLES
    return word == "and" and (words[-1].group(0).rstrip(".").casefold() in offices
                              or all(w.group(0).islower() for w in words))


TITLES = EN.set("titles")


def speaker_after(frame: str, verb_end: int) -> tuple[int, str] | None:
    """The phrase after an inverted verb, up to a comma, a clause word or the sentence end:
    'said Republican consultant Jane Roe in a statement' -> 'Republican consultant Jane Roe'."""
    words: list[re.Match] = []
    pos = verb_end
    for match in WORD.finditer(frame, verb_end, min(len(frame), verb_end + 200)):
        gap = frame[pos:match.start()]
        if gap.strip() or len(words) >= MAX_WORDS:
            break
        word = match.group(0)
        if word.casefold().rstrip(".") in STOPS and not (words and (word == "of" or _joins_roles(words, word))):
            break
        words.append(match)
        pos = match.end()
        if word.endswith(".") and len(word) > 3 and word[:-1].casefold() not in EN.set("abbreviations") | TITLES:
            break
    while words and words[-1].group(0).casefold() in {"of", "the"}:
        words.pop()
    return _phrase(frame, words)
