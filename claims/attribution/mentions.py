"""Mentions inside a noun phrase: names (with titles and initials), roles, institutions,
media, pronouns. Pure functions over words; the lexicons say which words are which."""
from __future__ import annotations

import re
from itertools import takewhile

from claims.figures import MONTHS, NUMBER_WORDS, WEEKDAYS
from claims.lexicon import LATIN_LETTER, alternation, lexicon
from claims.matching import is_district, is_place
from claims.names import glossary_english, glossary_word, latin_acronym

EN = lexicon("en")
HI = lexicon("hi")
DEVANAGARI_WORD = re.compile(r"[\u0900-\u097F]+")
# (a word joined to another by a hyphen is that word's part: "press-printed notes" are no press)
MEDIA = re.compile(rf"\b(?:{alternation(EN.words('media_words'))})\b(?!-(?-i:[a-z]))|{alternation(HI.words('media_words'))}",
                   re.IGNORECASE)
NOT_MEDIA = re.compile(rf"\b(?:{alternation(EN.words('not_media'), escape=False)})\s+agency\b"
                       rf"|(?:{alternation(HI.words('not_media'))})\s+एजेंसी", re.IGNORECASE)
# a medium's word before an office names the office: "मीडिया समन्वयक रमेश वर्मा", "media adviser Jane Roe"
MEDIA_OFFICE = re.compile(rf"(?:\bmedia|मीडिया)\s+(?:(?i:{alternation(EN.words('roles'))})\b|(?:{alternation(HI.words('roles'))}))")
# English roles as whole words (plural too: "Ashok" holds no "sho", "Headley" no "head"); Hindi ones
# anywhere in a word, as compounds write them ("उपमुख्यमंत्री")
ROLE = re.compile(rf"\b(?:{alternation(EN.words('roles'))})(?:s|es)?\b|{alternation(HI.words('roles'))}", re.IGNORECASE)
PARTY_TAG = re.compile(EN.text("party_tag"))
EN_ROLES = EN.set("roles")
EN_TITLES = EN.set("titles")
HI_OFFICES = HI.words("roles")
HI_ROLES = HI_OFFICES + HI.words("person_nouns")
HI_TITLES = HI.set("titles")
# days and months are when something was said, never who said it
DATE_WORDS = frozenset(w for en, hindi in WEEKDAYS + MONTHS for w in (en, *hindi)) - {"may", "march"}
NOT_NAME_START = frozenset(EN.words("not_name_starts"))
SENTENCE_ADVERBS = frozenset(EN.words("sentence_adverbs"))
JOINERS = {"of", "for", "the"}
_HI_ROLE_SET = frozenset(HI_ROLES)
QUALIFIED_ROLES = {str(k): frozenset(map(str, v)) for k, v in HI.mapping("qualified_roles").items()}
_HI_OFFICE_SET = frozenset(HI_OFFICES)


def hindi_role(word: str, offices_only: bool = False) -> bool:
    """Whether a Hindi word is a role word or its plural ("नेता", "नेताओं", "अधिकारियों"); a
    name that only begins like one ("नेताम") is not."""
    known = _HI_OFFICE_SET if offices_only else _HI_ROLE_SET
    word = word.rstrip(".")
    if word in known:
        return True
    for ending in ("ओं", "ों", "गण"):
        if word.endswith(ending) and word[:-len(ending)] in known:
            return True
    if len(word) > len(OFFICER_COMPOUND) + 1 and word.endswith(OFFICER_COMPOUND):
        return True  # a place's or field's officer in one word: "क्षेत्राधिकारी", "थानाधिकारी", "वनाधिकारी"
    return word.endswith("ियों") and word[:-len("ियों")] + "ी" in known


# "अधिकारी" (officer) joined to the word before it
OFFICER_COMPOUND = "ाधिकारी"


def is_media(phrase: str) -> bool:
    """Whether a phrase names a news medium ("state news agency", "समाचार एजेंसी")."""
    return bool(MEDIA.search(phrase)) and not NOT_MEDIA.search(phrase) and not MEDIA_OFFICE.search(phrase)


def role_like(phrase: str) -> bool:
    return bool(ROLE.search(phrase))


def namey(text: str) -> bool:
    return bool(DEVANAGARI_WORD.search(text)) or text[:1].isupper()


def is_subject_pronoun(word: str) -> bool:
    """A Hindi pronoun that takes ने: the one who acts or speaks ("उन्होंने कहा")."""
    return word in HI.set("pronouns")


def is_pronoun(word: str) -> bool:
    return word in HI.set("pronouns") or word in HI.set("possessive_pronouns") or word.casefold() in EN.set("pronouns")


def pronoun_number(word: str) -> str:
    """``singular``, ``plural`` or ``any`` for a pronoun."""
    spec = HI.mapping("pronouns").get(word) or EN.mapping("pronouns").get(word.casefold()) or {}
    return spec.get("number", "any")


def pronoun_refers_to(word: str) -> str | None:
    """``person`` for a pronoun with a gender ("he", "she"), ``org`` for "it", else None."""
    spec = HI.mapping("pronouns").get(word) or EN.mapping("pronouns").get(word.casefold()) or {}
    return "person" if spec.get("gender") else spec.get("kind")


def is_title(word: str) -> bool:
    bare = word.strip(".,").casefold()
    return bare in EN_TITLES or bare in HI_TITLES


def strip_titles(words: list[str]) -> list[str]:
    """"Dr. Jane Roe" -> "Jane Roe"; "डॉ. प्रदीप दास" -> "प्रदीप दास"."""
    out = list(words)
    while len(out) > 1 and is_title(out[0]):
        out.pop(0)
    return out


def from_initials(words: list[str]) -> list[str]:
    """A name that begins with initials begins there: what stands before them describes the
    person ("Opposition MLA R. Natarajan", "हथकरघा बुनकर के. सेल्वराज" -> the name from
    "R.", "के."). An English initial after a given name is a middle one ("Jane M. Roe")."""
    for k in range(1, len(words) - 1):
        word = words[k]
        if word.endswith(".") and (word.rstrip(".") in HI_INITIALS or dotted_initials(word)):
            return words[k:]
        if re.fullmatch(r"(?:[A-Z]\.){1,3}", word):
            before = words[:k]
            if any(role_like(w) or w[:1].islower() or w.isupper() for w in before):
                return words[k:]
            return words
    return words


def is_institution(words: list[str]) -> bool:
    """Whether a noun phrase names a body: its head is an institution word."""
    if not words:
        return False
    last = words[-1].strip(".,")
    if last.casefold() in SURNAME_HEADS:
        # "Pallavi Nigam", "पल्लवी निगम" (after an office or not): a person; "Jal Nigam", "नगर निगम": a body
        offices = [k for k, w in enumerate(words[:-1]) if hindi_role(w) or is_title(w)]
        named = (proper_name(words) or "").split() or words[offices[-1] + 1 if offices else 0:]
        return len(named) < 2 or any(glossary_word(w) or is_place(w) for w in named[:-1])
    if last.casefold() in EN.institution_words() or last in HI.institution_words():
        return True
    if len(words) >= 2 and last in MANAGEMENT_WORDS:
        return True  # "अस्पताल प्रबंधन", "रिजर्व प्रबंधन": a body's management, speaking for it
    # "Ministry of Health and Family Welfare", "Department of Science & Technology": the head
    # before "of", and a capitalised name after it
    if "of" in words[1:]:
        at = words.index("of", 1)
        after = [w for w in words[at + 1:] if w not in {"the", "and", "&"}]
        return words[at - 1].strip(".,").casefold() in EN.institution_words() and bool(after) and \
            all(w[:1].isupper() for w in after)
    return False


MANAGEMENT_WORDS = HI.set("management_words") | EN.set("management_words")
SURNAME_HEADS = {w.casefold() for w in EN.words("surname_heads")}
OWNER = re.compile(r"['’]s$")


# words that stand between a given name and a surname ("Navneet Kaur Grewal", "Vikramjit Singh Brar")
EN_BEFORE_SURNAMES = EN.set("before_surnames")
# the English words of bodies' names and offices' fields ("Education", "Public Health"), which no name holds
FIELD_WORDS = glossary_english()
NAME_WORDS = 3  # the most words of a name read whole after an office's field


def proper_name(words: list[str]) -> str | None:
    """A capitalised name at the end of an English phrase, without a role or title before
    it: 'U.S. National Security Adviser Jake Sullivan' -> 'Jake Sullivan'. A title, a day,
    a month or a party tag alone is no name."""
    # a party tag, or a bracketed qualifier of an office ("Deputy Commissioner of Police (East)"), is no name
    words = [w for w in PARTY_TAG.sub(" ", re.sub(r"\([^()]{1,30}\)", " ", " ".join(words))).split()]
    if not words or not words[-1][:1].isupper():
        return None
    tail: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() or (w in JOINERS and tail):
            w = w.strip(",")
            tail.insert(0, w if re.fullmatch(r"[A-Z]\.", w) else w.strip("."))  # keeps an initial's stop
        else:
            break
    while tail and tail[0] in JOINERS:
        tail.pop(0)
    # an owner before the name says whose the person is: "the Harbour Institute's Nadia Fernholt",
    # "the Lake Party’s Omar Venn" (and "Acme's CEO Jane Roe" goes on to the role)
    owners = [i for i, w in enumerate(tail[:-1]) if OWNER.search(w)]
    if owners:
        tail = tail[owners[-1] + 1:]
    # a role, or a title after a place ("Ohio Gov. Jane Roe"), ends what comes before the name
    roles = [i for i, w in enumerate(tail) if w.casefold() in EN_ROLES or (i and is_title(w) and w.casefold() != "st") or
             office_initials(w) and i < len(tail) - 2]  # "CFO Bhanwar Lal Bissa": an office's initials
    if roles and roles[-1] < len(tail) - 1 and "of" not in tail[roles[-1]:]:
        tail = tail[roles[-1] + 1:]
    elif roles and "of" in tail[roles[-1]:]:
        after = tail[tail.index("of", roles[-1]) + 1:]
        field = len(list(takewhile(lambda w: w.casefold() in FIELD_WORDS, after[:-2])))
        if field and len(after) - field <= NAME_WORDS:
            tail = after[field:]  # "of Education Shailendra Nath Pathak": the field's words, then all the name
        elif len(after) >= 3 and not is_institution(after):
            # "Superintendent of Police Anand Vyas": the office's field, then the name (all of
            # it after a field that is an institution's word: "of Police Kuldeep Singh Bhati")
            # (three words when the middle one is an initial or stands before a surname: "of State
            # Tax Navneet Kaur Grewal")
            tail = after[1:] if is_institution(after[:1]) and len(after) <= 5 else \
                after[-(3 if re.fullmatch(r"[A-Z]\.", after[-2]) or after[-2] in EN_BEFORE_SURNAMES else 2):]
    while len(tail) > 1 and tail[0] in SENTENCE_ADVERBS:
        tail.pop(0)  # "Then Roe" -> "Roe"
    tail = strip_titles(tail)
    if not tail or tail[0] in NOT_NAME_START or tail[0] in SENTENCE_ADVERBS:
        return None
    if all(is_title(w) or w.casefold() in DATE_WORDS or w.casefold() in EN_ROLES for w in tail):
        return None
    return " ".join(tail)


def hindi_name(words: list[str]) -> str | None:
    """A Devanagari name ending a phrase, after any role or title words:
    'जी20 शेरपा अमिताभ कांत' -> 'अमिताभ कांत'."""
    if not words or not all(DEVANAGARI_WORD.fullmatch(w.rstrip(".")) or dotted_initials(w) for w in words[-3:]):
        return None
    # a describing word stands before what it describes, so the phrase's last word is one only
    # after a number ("26 वर्षीय"): "सुनंदा मालवीय" ends in a surname, not in an adjective in -ीय
    # an auxiliary ends a verb before the name ("सब्जी बेच रही रहीमा बेगम"), and so does "came" ("बरबीघा से
    # आए रामाश्रय प्रसाद")
    roles = [i for i, w in enumerate(words) if hindi_role(w) or is_title(w) or w in HI.set("auxiliaries") or
             w in HI.set("came_verbs") or
             describes(w) and (i < len(words) - 1 or i > 0 and words[i - 1].isdigit()) or
             i and words[i - 1] in QUALIFIED_ROLES.get(w, ()) or  # "ग्राम प्रधान हेमा बिष्ट"
             # "(यूनियन के) प्रधान सुरेश खटीक", "प्रधान छेदालाल": a name follows (a surname ends one)
             w in QUALIFIED_ROLES and (len(words) - i >= 3 or i == 0 and len(words) == 2) or
             office_initials(w) and i < len(words) - 1]  # "सीएफओ भंवरलाल बिस्सा"
    # an occupation after a name is its surname ("अभियंता हेमराज बुनकर", "किसान बीरेंद्र मंडल"): an
    # occupation stands before the name it describes
    if len(roles) >= 2 and roles[-1] == len(words) - 1 and not hindi_role(words[-1], offices_only=True) and \
            1 <= roles[-1] - roles[-2] - 1 <= 2 and all(name_word(w) for w in words[roles[-2] + 1:-1]):
        roles.pop()
    tail = words[roles[-1] + 1:] if roles else words[-3:]
    start = len(words) - len(tail)
    # a name runs on from the last word that is no part of one ("ले जाए जाते समय गोयल": "गोयल")
    cut = max((k + 1 for k, w in enumerate(tail) if not initial_at(words, start + k) and
               (w in HI.set("boundaries") or w in HI.set("common"))), default=0)
    tail = tail[cut:]
    if not tail or len(tail) > 3 or (not roles and len(words) > 3):
        return None
    if any(w in DATE_WORDS or plural_noun(tail, k) for k, w in enumerate(tail)) or is_institution(tail):
        return None  # "दिशानिर्देशों के मुताबिक", "परीक्षाएं ... के अनुसार": a plural noun names no one
    return " ".join(tail)


NOT_NAME_WORDS = HI.set("not_name_words")
# words that no name holds: a name read on after an office stops before them ("... रूपिंदर कौर चहल दोपहर बाद")
NAME_STOPS = NOT_NAME_WORDS | HI.set("not_in_names")


def name_word(word: str) -> bool:
    """Whether a Devanagari word may be part of a person's name: no role, title, describing word,
    postposition or common word."""
    return bool(DEVANAGARI_WORD.fullmatch(word)) and not hindi_role(word) and not is_title(word) and \
        not describes(word) and word not in HI.set("boundaries") and word not in HI.set("common") and \
        word not in HI.set("auxiliaries") and word not in DATE_WORDS


def office_initials(word: str) -> bool:
    """An office or body's initials of three letters or more ("CFO", "XEN", "सीएफओ"), which stand
    before a name but are never a part of one (two letters may be a person's initials: "AK Sharma")."""
    word = word.strip(".,")
    if is_place(word):
        return False  # "Priorities USA Action"
    if DEVANAGARI_WORD.fullmatch(word):
        letters = latin_acronym(word)
        return letters is not None and len(letters) >= 3
    return bool(re.fullmatch(r"[A-Z]{3,5}", word))


def describes(word: str) -> bool:
    """A word of a description before a Hindi name: an age, a participle ("चलाने वाली", "धरने पर
    बैठीं", "पिहानी से आईं": no name ends in -ीं or -ईं), an adjective in -ीय ("26 वर्षीय"), a number."""
    return word in NOT_NAME_WORDS or word.endswith(("ीय", "ीं", "ईं")) or word.isdigit()


# the endings of plural nouns ("आंकड़ों", "परीक्षाएं", "सुविधाओं"), which a name does not take
PLURAL_ENDINGS = ("ों", "ाएं", "ाएँ", "ाओं", "ियां", "ियाँ")
BEFORE_SURNAMES = HI.set("before_surnames")


def plural_noun(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` ends like a plural noun ("आंकड़ों", "ग्रामीणों") and is not a surname
    that only looks like one, as a surname after "सिंह" or "कौर" may ("कुलवंत सिंह सेखों")."""
    return words[at].endswith(PLURAL_ENDINGS) and not (at > 0 and words[at - 1] in BEFORE_SURNAMES)


def trim_en(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].casefold() in EN.set("boundaries") and not (len(words) == 1 and is_pronoun(words[0])):
        words.pop(0)  # "It said" keeps its "it"
    while words and words[-1].casefold() in {"the", "of", "-"}:
        words.pop()
    return " ".join(words)


ORG_MODIFIERS = EN.set("org_modifiers", folded=True) | HI.set("org_modifiers")


DESCRIBING_HYPHEN = re.compile(r"-(?:based|headquartered|owned|run|backed|led)$", re.IGNORECASE)


def institution_name(words: list[str]) -> str:
    """The institution a phrase names, without modifiers that do not change which one it is."""
    out = [w.strip(",.") for w in words]
    while len(out) > 1 and out[0].casefold() in {"the", "a", "an"}:
        out.pop(0)
    while len(out) > 1 and (out[0][:1].islower() or DESCRIBING_HYPHEN.search(out[0])) and \
            all(w[:1].isupper() for w in out[1:]):
        out.pop(0)  # "opposition Marudhar Lok Dal", "Pune-based X": the name is the capitalised part
    if all(w[:1].isupper() for w in out) and len(out) > 2:
        return " ".join(out)  # "National Disaster Response Force": every word of a proper name counts
    while len(out) > 1 and (out[0].casefold() in ORG_MODIFIERS or out[0] in ORG_MODIFIERS):
        out.pop(0)
    return " ".join(out)


# "Director General of Police", "Minister of State": an office whose title goes on after "of"
OF_OFFICE = rf"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){{0,2}}(?i:{alternation(sorted(EN.institution_words()) + ['state'])}))?"
EN_ROLE_NAME = re.compile(  # (the lookahead only spares the engine the Devanagari words: an office is in Latin letters)
    # "Chief Medical and Health Officer": an office's words may be joined by "and"
    rf"\b(?={LATIN_LETTER})((?:[A-Z][\w.'’-]{{0,40}}\s+(?:and\s+(?=[A-Z]))?){{0,3}}(?i:{alternation(EN.words('roles'))}){OF_OFFICE})"
    r"(?:\s*\([A-Za-z .]{1,20}\))?\s+"  # "District Government Counsel (Criminal) Jane Roe"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Shri|Smt|Adv)\.?\s+)?"  # "Chief Medical Officer Dr. Jane Roe"
    r"((?:[A-Z]\.\s?){0,2}[A-Z][\w'’-]{0,40}(?:\s+(?:[A-Z]\.\s?)?[A-Z][\w'’-]{0,40}){0,2})")


# a person who takes an office: "Jane Roe was elected mayor", "Roe, 52, took charge as district
# collector"; "सावंत ने सोमवार को महापौर का पदभार संभाला", "रोहित मेहता को आयुक्त नियुक्त किया गया",
# "आरती सावंत बनीं महापौर"
EN_ASSUMED = re.compile(
    r"\b((?:[A-Z]\.\s?)?[A-Z][\w'’-]{1,40}(?:\s+(?:[A-Z]\.\s?)?[A-Z][\w'’-]{1,40}){0,2})(?:,[^,]{2,60},)?"
    # her party between the name and the verb: "Vasudha Kale of the Nagari Aghadi was elected mayor"
    r"(?:\s+of\s+the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4})?\s+"
    r"(?:(?:was|were|has been|had been|is|will be)\s+)?(?:(?:formally|officially|unanimously|later|then)\s+)?"
    r"(?:elected|appointed|named|became|sworn in as|(?:took|takes|will take)\s+(?:charge|office|over)\s+as)\s+"
    rf"(?:as\s+)?(?:the\s+)?((?:[\w'’-]+\s+){{0,2}}?(?i:{alternation(EN.words('roles'))}))\b")
HI_WORD = r"[\u0900-\u0963\u0966-\u097F.]+"
HI_ROLE_WORDS = alternation(HI.words("roles"))
HI_TAKES_OFFICE = "संभाल|ग्रहण|चुना|चुनी|चुने|नियुक्त|बनाया|बनाई"  # "... ने महापौर का पदभार संभाला"
HI_BECOMES = "बनीं|बने|बन गईं|बन गए"  # "आरती सावंत बनीं महापौर"
HI_ASSUMED = re.compile(
    rf"(?<![\u0900-\u0963\u0966-\u097F.])((?:{HI_WORD}\s+){{0,2}}{HI_WORD})\s+(?:ने|को)\s+(?:\S+\s+){{0,4}}?((?:{HI_WORD}\s+)?(?:{HI_ROLE_WORDS}))"
    rf"(?:\s+(?:का|के|की))?\s+(?:पदभार|कार्यभार|पद)?\s*(?:{HI_TAKES_OFFICE})"
    rf"|(?<![\u0900-\u0963\u0966-\u097F.])((?:{HI_WORD}\s+){{0,2}}{HI_WORD})\s+(?:{HI_BECOMES})\s+((?:{HI_WORD}\s+)?(?:{HI_ROLE_WORDS}))")
# a sentence without one of those verbs is passed over before the long pattern is tried
HI_ASSUMING_VERB = re.compile(f"{HI_TAKES_OFFICE}|{HI_BECOMES}")


ALIAS_HI = re.compile(rf"(?<![\u0900-\u097F.])((?:{HI_WORD}\s+){{1,2}}{HI_WORD})\s+(?:उर्फ|उर्फ़)\s+"
                      rf"({HI_WORD}(?:\s+{HI_WORD})?)")
ALIAS_EN = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s+(?:alias|a\.k\.a\.?|aka)\s+"
                      r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def aliases_in(text: str) -> list[tuple[str, str]]:
    """(full name, other name) for each person the text gives another name: "रमेश टुडू उर्फ
    कालू", "Ramesh Tudu alias Kalu"; words before the name that describe the person
    ("सरगना", "ringleader") are left out."""
    found = []
    for match in (*ALIAS_HI.finditer(text), *ALIAS_EN.finditer(text)):
        words = [w for w in match.group(1).split() if w not in HI.set("boundaries")]
        while len(words) > 2 and (hindi_role(words[0]) or words[0] in HI.set("person_nouns") or role_like(words[0])):
            words.pop(0)
        other = list(takewhile(lambda w: w not in HI.set("boundaries"), match.group(2).split()))  # "भोला को": भोला
        if len(words) >= 2 and other:
            found.append((" ".join(words), " ".join(other)))
    return found


EN_APPOSED_ROLE = re.compile(
    r"\b((?:[A-Z]\.\s?)?[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s?)?[A-Z][\w'’-]+){1,3}),\s+(?:(?:a|an|the|his|her|their)\s+)?"
    # a party's or body's name may stand before the role: "Jane Roe, the Lok Janshakti Dal MLA from the area"
    rf"((?:(?:[A-Z][\w'’-]*\s+){{1,4}}|(?:[\w'’-]+\s+){{0,2}})(?i:{alternation(EN.words('roles'))}))\b")


# the role first, the name set off after it: "police arrested the contractor, Kamal Mittal, on Monday",
# "the civil surgeon of Kaimur, Dr. Vibha Bharti, said"
EN_ROLE_APPOSED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[\w'’-]+\s+){{0,2}}?(?i:{alternation(EN.words('roles'))})"
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?),\s+"
    r"(?:[A-Z][a-z]{1,4}\.\s+)?((?:[A-Z]\.\s?)?[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.\s?)?[A-Z][\w'’-]+){1,3})\s*[,.;]")


def apposed_roles(text: str) -> list[tuple[str, str]]:
    """(role, name) for each person an apposition describes by a role: "Ravi Verma, a lawyer
    for the men, said" and "the lawyer for the men, Ravi Verma," -> ("lawyer", "Ravi Verma"), so
    that "the lawyer" later is Verma."""
    found = []
    for match in EN_APPOSED_ROLE.finditer(text):
        name = proper_name(match.group(1).split())
        if name and len(name.split()) >= 2 and not is_institution(name.split()):
            found.append((match.group(2), name))
    for match in EN_ROLE_APPOSED.finditer(text):
        name = proper_name(match.group(2).split())
        if name and len(name.split()) >= 2 and not is_institution(name.split()):
            found.append((match.group(1), name))
    return found


def assumed_roles(text: str) -> list[tuple[str, str, int]]:
    """(role, name, where the name starts) for each person the text says takes an office."""
    found = []
    for match in EN_ASSUMED.finditer(text):
        name = proper_name(match.group(1).split())
        if name and not is_institution(name.split()) and name.casefold() not in EN.set("boundaries"):
            found.append((match.group(2), name, match.start(1)))
    for match in HI_ASSUMED.finditer(text) if HI_ASSUMING_VERB.search(text) else ():
        who, role = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        words = who.split()
        cut = max((k + 1 for k, w in enumerate(words) if w in HI.set("auxiliaries") or w in HI.set("common")), default=0)
        name = hindi_name(words[cut:])  # "पार्षद चुनी गईं सावंत ने": the name after the verb
        if name and not is_institution(name.split()):
            found.append((role.split()[-1], name, match.start()))
    return found


def role_mentions(text: str) -> list[tuple[str, str, int]]:
    """Full mentions that give a person a role: (role, name, where the name starts).
    "Railway Minister A. Kumar" -> ("Railway Minister", "A. Kumar");
    "रेल मंत्री ए. कुमार ने" -> ("रेल मंत्री", "ए. कुमार")."""
    found = []
    for match in EN_ROLE_NAME.finditer(text):
        # "Chief Minister Jane Roe's government": her name, without the possessive
        name = proper_name(re.sub(r"['’]s$", "", match.group(2)).split())
        if name and not is_institution(name.split()):
            found.append((match.group(1), name, match.start(2)))
    # words in brackets after an office ("सत्र न्यायाधीश (कोर्ट संख्या-5) रघुनाथ प्रसाद वर्मा") are no part of a name
    bracketed = [b.span() for b in re.finditer(r"\([^()]{1,30}\)", text)]
    words = [(w.group(0), w.start()) for w in re.finditer(r"[\u0900-\u0963\u0966-\u097F.]+", text)
             if not any(a <= w.start() < b for a, b in bracketed)]
    for i, (word, _) in enumerate(words):
        if not hindi_role(word) and not (i and words[i - 1][0] in QUALIFIED_ROLES.get(word, ())):
            continue
        role = [word]
        k = i - 1
        while k >= 0 and len(role) < 3 and words[k][0] not in HI.set("boundaries") and not words[k][0].endswith("."):
            role.insert(0, words[k][0])
            k -= 1
        name: list[str] = []
        j = i + 1
        titled = False
        while j < len(words) and len(name) < 3:
            w = words[j][0]
            if is_title(w) and not name:
                j, titled = j + 1, True
                continue
            if not name and (w in HI.set("office_qualifiers_after") or
                             not titled and not is_title(word) and
                             j + 2 < len(words) and (is_place(w) or is_district(w)) and
                             not hindi_role(words[j + 1][0]) and
                             not re.search(r"[,।;:()\"]", text[words[j - 1][1]:words[j][1]])):
                j += 1  # "एसपी सिटी रमेश वर्मा": the SP (City), then his name; "सीओ कालपी ...", of Kalpi
                continue
            bare = w.rstrip(".")  # a paper that ends its sentences with "." glues it to the last word
            if bare in HI.set("boundaries") or hindi_role(w) or bare in DATE_WORDS or bare in HI.set("common") or \
                    bare in NUMBER_WORDS or bare in NAME_STOPS or bare.isdigit():
                break  # "कई कर्मचारी दस साल से": a count and a span of time, not a name
            name.append(w)
            j += 1
        if name and j < len(words) and words[j][0].rstrip(".") in HI.set("common") and \
                not re.search(r"[,।;:()\"]", text[words[j - 1][1]:words[j][1]]):
            continue  # "एक महिला नोबेल कोरोना वायरस को ...": the words after the role describe a thing
        if any(w[0].rstrip(".") in HI.set("auxiliaries") for w in words[i + 1:j + 1]):
            continue  # "पार्षद चुनी गईं", "पार्षद रह चुकीं सावंत": the words after the role are a verb
        if len(name) == 3 and j < len(words) and words[j][0] not in HI.set("boundaries") | NAME_STOPS and \
                not re.search(r"[,।;:()\"]", text[words[j - 1][1]:words[j][1]]):
            continue  # "किसान बैरिकेड हटाकर कलेक्ट्रेट परिसर में ...": a clause runs on, no name ends there
        if name and (titled or not is_institution(name)) and not is_place(" ".join(name)) and \
                (len(name) > 1 or hindi_role(word, offices_only=True)):
            # a title makes a person of a name that ends like a body's ("डॉ. सुरेन्द्र नाथ मंडल")
            # an occupation takes a full name ("मजदूर दिनेश यादव"), not a lone word ("कर्मचारी आपस में")
            found.append((" ".join(role), " ".join(name), words[i + 1][1]))
    return found


def name_continues(words: list[str], begin: int) -> bool:
    """Whether the word before ``words[begin]`` is part of the same name (a first name),
    not a role, title, date or function word."""
    if begin == 0:
        return False
    prev = words[begin - 1].strip(",")
    if dotted_initials(prev):
        return True  # "आर.के. दोहरे"
    if is_title(prev) or role_like(prev) or prev.casefold() in DATE_WORDS:
        return False
    if DEVANAGARI_WORD.fullmatch(prev.rstrip(".")):
        if initial_at(words, begin - 1):
            return True  # "ए के सिंह"
        return prev not in HI.set("boundaries") and prev not in HI.set("common") and \
            not hindi_role(prev) and prev not in HI.set("pronouns")
    return prev[:1].isupper() and prev not in NOT_NAME_START and prev.casefold() not in EN_ROLES


HI_INITIALS = frozenset(HI.mapping("latin_letters"))


def initial_at(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a Devanagari initial: a letter's name in a run of them before a
    name ("ए के सिंह", "एस. पी. यादव", "आर.के. दोहरे"); "के" alone is the genitive."""
    if dotted_initials(words[k]):
        return True
    run = k
    while run >= 0 and words[run].rstrip(".") in HI_INITIALS:
        run -= 1
    first = words[run + 1].rstrip(".") if run + 1 <= k else ""
    return k - run >= 2 or (k - run == 1 and first != "के")


def dotted_initials(word: str) -> bool:
    """Initials written as one word with stops: "आर.के.", "ए.के."."""
    parts = [part for part in word.split(".") if part]
    return word.count(".") >= 2 and len(parts) >= 2 and all(part in HI_INITIALS for part in parts)


def name_goes_on(words: list[str], end: int) -> bool:
    """Whether the word at ``end`` carries on the name before it ("Samira Pollock": the
    first word is a given name, not a listed surname)."""
    return end < len(words) and name_continues(words, end + 1)


ACRONYM = re.compile(r"\(([^()\s]{2,12})\)")
WORDS_BEFORE = re.compile(r"((?:[\w\u0900-\u097F.'’-]+\s+){0,5}[\w\u0900-\u097F.'’-]+)\s*$")
ACRONYM_REACH = 200  # characters read back from an acronym for the words it stands for


def acronym_mentions(text: str) -> list[tuple[list[str], str]]:
    """A body named in full with its acronym after it: "राष्ट्रीय जल परिषद (एनजेपी)" ->
    (["राष्ट्रीय", "जल", "परिषद"], "एनजेपी"); the words run back to the institution word's phrase.
    Each acronym reads a bounded stretch before it, so a long run without one costs nothing."""
    found = []
    for match in ACRONYM.finditer(text):
        lo = max(0, match.start() - ACRONYM_REACH)
        before = WORDS_BEFORE.search(text, lo, match.start())
        if before is None:
            continue
        words = before.group(1).split()
        if lo > 0 and before.start() == lo:
            words = words[1:]  # the first word may be cut by the stretch
        if words and is_institution(words):
            found.append((words, match.group(1)))
    return found
