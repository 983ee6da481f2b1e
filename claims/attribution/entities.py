"""Who is who in one article: the entities its mentions introduce, the roles they hold,
and which one a later surname, role or pronoun refers to.

The article comes first: a role or surname refers to the most recent compatible entity the
article introduced. The alias file is only a prior for well-known people and never
overrides what the article itself says.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claims.attribution import mentions as m
from claims.attribution import phrases_en as ph
from claims.attribution.context import Context, Cue
from claims.attribution.text import tokens
from claims.lexicon import alternation, lexicon
from claims.figures import MULTIPLIERS, NUMBER_WORDS, numbers_in
from claims.matching import district_states, is_district, is_place, place_within, places_in, places_in_order, places_list
from claims.models import Entity
from claims.names import (Registry, fold, glossary_english, glossary_word, has_devanagari, in_kind_order, latin_acronym,
                          phonetic_key, romanise)

EN = lexicon("en")
EN_BOUNDARIES = EN.set("boundaries", folded=True)
HI = lexicon("hi")
ASKED_EN = re.compile(r"\basked ([A-Z][\w.'’-]{0,40}(?: [A-Z][\w.'’-]{0,40}){0,2})")
ASKED_HI = re.compile(r"(?<=\s)से (?:पूछा|सवाल किया)")
# "X ने": the speaker is the agent of its sentence (matched where its cue is)
AGENT_AFTER = re.compile(r"\s*ने(?![\u0900-\u097F])")
ROLE_HEADS = {**EN.mapping("role_heads"), **HI.mapping("role_heads")}
GENERIC_HEADS = EN.set("generic_heads") | HI.set("generic_heads")
DOCUMENT_HEADS = EN.set("document_heads")
GENERIC_FOLDED = frozenset(fold(w) for w in GENERIC_HEADS)
LAW_HEADS = frozenset(EN.words("law_heads"))
# a lone name the sentence says is a person's: after a relative or an occupation ("Verma's son Tarun",
# "widow Rajni"), or before a clause about them ("Rajni, whose house was razed, ...", "Rajni, a widow,")
_PEOPLE_WORDS = alternation(EN.words("kin_nouns") + EN.words("person_nouns"))
DESCRIBED_LONE = re.compile(rf"\b(?:{_PEOPLE_WORDS}),?\s+([A-Z][a-z]{{2,}})\b(?![\s-]+[A-Z])"
                            rf"|(?<![A-Za-z,] )(?<![A-Za-z])([A-Z][a-z]{{2,}}),\s+(?:whose|who|an?\s+(?:[\w-]+\s+){{0,2}}"
                            rf"(?:{_PEOPLE_WORDS}))\b"
                            # "Chahal, the district food and supplies controller, said": an office describes a person
                            rf"|(?<![A-Za-z,] )(?<![A-Za-z])([A-Z][a-z]{{2,}}),\s+the\s+(?:[\w'’-]+\s+){{0,5}}?"
                            rf"(?:{alternation(EN.words('roles'))}),")
# a lone given name after a relative of someone named: "Salame's son, Rajesh", "भगत की पत्नी कुमकुम ने"
KIN_OF = re.compile(rf"\b([A-Z][\w-]+)['’]s\s+(?:{alternation(EN.words('kin_nouns'))}),?\s+([A-Z][a-z]{{2,}})\b(?![\s-]+[A-Z])"
                    rf"|(?<![\u0900-\u097F])([\u0900-\u0963\u0966-\u097F]+)\s+(?:की|के|का)\s+"
                    rf"(?:{alternation(HI.words('kin_nouns'))})\s+([\u0900-\u0963\u0966-\u097F]+)(?=\s*(?:ने|का|की|के|को|से|[,(।]))")
# a person named with a relative ("कुन्हाड़ी की कविता मालव की बेटी"): the genitive and the relative,
# with the relative's age between ("की नौ वर्षीय बेटी", "का छह साल का पोता") ...
KIN_AFTER_HI = re.compile(r"(?<=[\u0900-\u0963\u0966-\u097F])\s+(?:की|के|का)\s+(?:\S+\s+(?:वर्षीय|(?:साल|वर्ष)\s+(?:की|के|का))\s+)?"
                          rf"(?:{alternation(HI.words('kin_nouns'))})(?![\u0900-\u097F])")
# ... and the two to five words just before it, looked for back from each relative within a reach, so
# that a long run of letters without a space is read once, not once from each of its letters
KIN_OWNER_HI = re.compile(r"(?:[\u0900-\u0963\u0966-\u097F.]+\s+){1,4}[\u0900-\u0963\u0966-\u097F]+$")
KIN_OWNER_REACH = 300
# "and" joining a body's fields ("Urban Development| and |Housing Department")
JOINED_AFTER = re.compile(r"\s+(?:and|&)\s+")
# the rest of a law's name after a name-like start: "Food Safety| and Standards Act"
LAW_REST = re.compile(r"\s+(?:and|&|of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
                      rf"(?:{'|'.join(w.capitalize() for w in EN.words('law_heads'))})\b")
LEGAL_DOCUMENTS = frozenset(fold(w) for w in EN.words("legal_documents") + HI.words("legal_documents"))
GENERIC_MEDIA = EN.set("generic_media") | HI.set("generic_media")
BODY_VOICES = HI.set("body_voices")
UNNAMED_VOICES = HI.set("unnamed_voices")
VOICE_RANKS = HI.set("voice_ranks")
LIST_ENDS = HI.set("list_ends")
SHORT_NAMES = {str(k): str(v) for k, v in HI.mapping("short_names").items()}
GENITIVES = HI.set("genitive")
OBJECT_MARKERS = HI.set("object_markers")
OPENING_PRONOUN = re.compile(r"\W*(?:(?:But|And|Later|Then|Meanwhile),?\s+)?(He|She)\b")
CASE_MARKERS = HI.set("case_markers")
ALONGSIDE = EN.set("alongside") | HI.set("alongside")  # a person named after these acts with the one before
OF_PLACE = re.compile(r"\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z].*$")  # "civil surgeon [of Kaimur]"
CASE_MARKS = GENITIVES | HI.set("case_marks")
ARTICLES = {"the", "a", "an"}
STATE_QUALIFIERS = EN.set("state_qualifiers", folded=True) | HI.set("state_qualifiers")
POLITICAL = EN.set("political_qualifiers", folded=True) | HI.set("political_qualifiers")
GOVERNMENTS = EN.set("governments", folded=True) | HI.set("governments")
NATIONAL_QUALIFIERS = EN.set("national_qualifiers", folded=True) | HI.set("national_qualifiers")
OFFICE_QUALIFIERS_AFTER = HI.set("office_qualifiers_after")
RANK_PREFIXES = {fold(w) for w in EN.words("rank_prefixes") + HI.words("rank_prefixes")}
OFFICE_ADJECTIVES = re.compile(rf"^(?:{alternation(EN.words('office_adjectives') + HI.words('office_adjectives'))}) ")
INDEFINITE = {"a", "an", "another", "one"}
# words before an unnamed group or one of it ("two senior officials of ..."), and what ties it to a body
UNNAMED_QUALIFIERS = {"two", "three", "four", "several", "some", "many", "other", "senior", "junior", "top", "unnamed"}
GROUP_PREPOSITIONS = {"of", "in", "at", "from", "with"}
OFFICE_JOINERS = {"of", "for"}  # "the MLA of the Dal", "the lawyer for the men"
OWNERS = {"his", "her", "their", "its"}  # "His party, the Makkal Urimai Katchi,"
# words that are never a given name before a surname: function words, auxiliaries, common nouns, numbers
NOT_GIVEN = HI.set("boundaries") | HI.set("auxiliaries") | HI.set("common") | HI.set("verb_group") | \
    HI.set("generic_heads") | set(HI.mapping("pronouns")) | HI.set("possessive_pronouns") | HI.set("credit_words") | \
    HI.set("not_given_names") | {w for w in [*NUMBER_WORDS, *MULTIPLIERS] if m.DEVANAGARI_WORD.fullmatch(w)}
NUKTA = "\u093c"  # the figures' words are kept without it ("करोड")
MEDIA_PEOPLE = EN.set("media_people")
BODY_HEADS = {fold(k): v for k, v in {**EN.mapping("body_heads"), **HI.mapping("body_heads")}.items()}
BODY_REFS = {fold(k): v for k, v in {**EN.mapping("body_refs"), **HI.mapping("body_refs")}.items()}
# a Hindi kind word by its sound, so that a misspelling ("कंपने") is the word
KIND_WORDS = {phonetic_key(str(k)): str(k) for k in HI.mapping("body_refs") if len(phonetic_key(str(k))) >= 3}


def _kind_word(word: str) -> str | None:
    """The Hindi kind word ``word`` is, or is misspelt from by one letter ("कंपने" for "कंपनी"), or
    None: a word of the same sound but other letters is a name ("सिंह" is not "संघ", "सुमित" not
    "समिति"), and a plural ("कंपनियों") is companies in general."""
    if not m.DEVANAGARI_WORD.fullmatch(word) or word.endswith(m.PLURAL_ENDINGS):
        return None
    kind = KIND_WORDS.get(phonetic_key(word))
    if kind is None or len(kind) != len(word) or sum(a != b for a, b in zip(kind, word)) > 1:
        return None
    return kind
PLACE_HEADS = EN.set("place_heads")
SURNAME_PLACE_HEADS = EN.set("surname_place_heads")
TITLE_ROLES = {fold(k): str(v) for k, v in {**EN.mapping("title_roles"), **HI.mapping("title_roles")}.items()}
# a title that is an occupation and the words after it: "Dr. Jane Roe", "डॉ. मीना दास"
TITLED = re.compile(r"(?<![\w\u0900-\u097F])(" + "|".join(sorted(map(re.escape, TITLE_ROLES), key=len, reverse=True)) +
                    r")\.?\s+((?:[\w\u0900-\u097F.'’-]+\s+){0,2}[\w\u0900-\u097F'’-]+)", re.IGNORECASE)
RESEARCHERS = EN.set("researchers", folded=True) | HI.set("researchers")
STUDY_REPORTS = EN.set("study_reports", folded=True) | HI.set("study_reports")
OF_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:of|for)(?:\s+the)?\s+$")
LOCAL_BODIES = {fold(w) for w in EN.words("local_bodies") + HI.words("local_bodies")}
BARE_LOCAL_BODIES = {fold(k): v for lexicon in (EN, HI) for k, v in lexicon.mapping("bare_local_bodies").items()}
KIND_LOCAL_BODIES = {fold(k): v for lexicon in (EN, HI) for k, v in lexicon.mapping("kind_local_bodies").items()}
ONE_HEAD = {fold(w): frozenset(map(fold, same)) for same in EN.data.get("one_head", ()) for w in same}
NATIONAL_HEADS = {fold(w) for w in HI.words("national_heads")}
STATE_BODY_HEADS = {fold(w) for w in EN.words("state_body_heads") + HI.words("state_body_heads")}
NATIONAL_FIELDS = re.compile(r"(?:^|\s)(?:%s)\s" % "|".join(
    re.escape(fold(w)) for w in sorted(EN.words("national_fields") + HI.words("national_fields"), key=len, reverse=True)))
STATE_SEATS = {fold(w) for w in EN.words("state_seats") + HI.words("state_seats")}
OWNER_END = re.compile(r"['’]s$")  # "state's"
STATES: dict[str, list[str]] = places_list()["states"]
CITY_STATES = {city: state for city, state in place_within().items() if state in STATES}  # "jabalpur" -> "madhya_pradesh"
ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")
# an office's short form in brackets between the office and its holder's name
BRACKETED_SHORT = re.compile(r"\s*\(\s*([^()\s]{2,14})\s*\)")
HINDI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F]+")
# capitalised words, with "of", "and", "for" or "the" between them ("Directorate General of Shipping")
ARTICLE_OPENING = re.compile(r"^(?:The|A|An)\s+")
# words a headline capitalises that no body's name has
TITLE_CASE_WORDS = frozenset(EN.words("title_case_words"))
NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][\w'’-]*){1,6}")
# a run of capitalised words: a business among them ends in a word of BODY_HEADS ("Halcyon Airways")
HI_BODY_WORDS = HI.institution_words()
MANAGEMENT = HI.set("management_words") | EN.set("management_words")
MANAGED_KINDS = HI.set("managed_kinds")
BODY_PARTS = EN.set("body_parts")
GENERIC_BODY_WORDS = HI.set("generic_body_words")
EN_BODY_WORDS = EN.institution_words()
BODY_HEAD_WORDS = EN_BODY_WORDS | frozenset(BODY_HEADS)
# words a body's name never has before its head: a name read back from the head stops at them
# ("कोच्चि आने वाली कतर एयरलाइंस" starts after the participle, "इसके लिए विभाग" after "लिए")
NOT_IN_BODY_NAME = HI.set("boundaries") | HI.set("common") | GENITIVES | HI.set("auxiliaries") | HI.set("verb_group") | \
    HI.set("pronouns") | HI.set("possessive_pronouns") | HI.set("object_pronouns") | \
    HI.set("describing_markers") | HI.set("not_in_names") | HI.set("credit_words") | HI.set("located_markers")
# words no name begins or ends with (postpositions, auxiliaries, conjunctions): a span of the text
# that does is never looked up as one
NOT_A_NAME_EDGE = HI.set("boundaries") | HI.set("auxiliaries") | GENITIVES | HI.set("case_marks")
NAME_ENDS = HI.set("name_ends")
AGE_WORDS = HI.set("age_words")
SHORT_FORM_ENDS = {fold(w) for w in HI.words("short_form_ends") + EN.words("short_form_ends")}


ENGLISH_WORDS = HI.mapping("english_words")


def english_body_name(name: str) -> str | None:
    """A Hindi body's name in English, so that both scripts give one identity: the words of
    a body's kind translated, the proper words spelt in Latin ("कोसी सिंचाई बोर्ड" ->
    "Kosi Irrigation Board", "जिला प्रशासन" -> "District Administration"); None when the
    name is not Devanagari or its head is no word the glossary knows."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(".") in HI_COMPANY_FORMS:
        words.pop()  # "सुमंगल एग्रोकेम प्राइवेट लिमिटेड": the firm's legal form, no part of who it is
    if not words or not all(all(m.DEVANAGARI_WORD.fullmatch(p) for p in w.split("-")) for w in words) or \
            words[-1] not in ENGLISH_WORDS:
        return None  # (a hyphen joins two names in one: "बदरीनाथ-केदारनाथ मंदिर समिति")
    out, at = [], 0
    while at < len(words):
        # a place or a glossary phrase of several words first ("मध्य प्रदेश", "लोक सेवा"), then word by word
        size = next((k for k in range(min(3, len(words) - at), 1, -1) if _known_in_english(" ".join(words[at:at + k]))), 1)
        phrase = " ".join(words[at:at + size])
        out.append(_known_in_english(phrase) or
                   "-".join(PLACE_IN_ENGLISH.get(p) or romanise(p).title() for p in phrase.split("-")))
        at += size
    return " ".join(out)


def _known_in_english(phrase: str) -> str | None:
    """A body's word or a place the glossary or the place list spells in English, else None."""
    return ENGLISH_WORDS.get(phrase) or PLACE_IN_ENGLISH.get(phrase)


def _places_in_english() -> dict[str, str]:
    """A place's Devanagari spelling -> its English one, from the places list ("नागपुर" -> "Nagpur")."""
    out = {}
    for section in places_list().values():
        for spellings in section.values():
            latin = next((str(w) for w in spellings if str(w).isascii()), None)
            for word in spellings:
                if latin and not str(word).isascii():
                    out.setdefault(str(word), latin)
    return out


PLACE_IN_ENGLISH = _places_in_english()


def _named_after_kind(words: list[str]) -> tuple[str, list[str]] | None:
    """(kind, name) when a Hindi phrase gives a body's kind and then its name: "कंपनी उदय
    गैसेज", "विपक्षी दल जन अधिकार मोर्चा"; None otherwise ("कंपनी अधिनियम 2013" names a law, "संघ
    अध्यक्ष राम लाल" and "यूनियन प्रधान राम लाल" the body's office and its holder)."""
    for k, word in enumerate(words[:-1]):
        kind = BODY_REFS.get(fold(word)) if m.DEVANAGARI_WORD.fullmatch(word) else None
        rest = words[k + 1:]
        if kind and all(m.DEVANAGARI_WORD.fullmatch(w) and w not in HI.set("common") and w not in GENITIVES
                        for w in rest) and fold(rest[-1]) not in BODY_REFS and \
                not m.hindi_role(rest[0]) and not (rest[0] in m.QUALIFIED_ROLES and len(rest) > 1) and \
                not (len(rest) == 1 and (rest[0] in HI_BODY_WORDS or rest[0] in MANAGEMENT)):
            # "अस्पताल प्रशासन", "अस्पताल प्रबंधन" are the hospital's own
            return kind, rest
    return None


FIELD_JOINERS = HI.set("joining_words") | EN.set("joining_words")
# the most words (no joining word counted) a department's name has that is the story's state's when it
# names no place: "the Urban Development and Housing Department", "School Education and Literacy Department"
STATE_BODY_WORDS = 5
MINISTRIES = NATIONAL_HEADS | {fold(w) for w in EN.words("national_heads")}
# the first of two fields an office joins, before the second: "स्वास्थ्य एवं " of "स्वास्थ्य एवं परिवार कल्याण मंत्री"
FIELD_BEFORE = re.compile(rf"(\S+)\s+(?:{alternation(sorted(FIELD_JOINERS))})\s+$")


# letters an acronym may write for a word's first sound ("Corporation" C, "कॉर्पोरेशन" k)
SAME_INITIAL = {letter: group for group in ("ckq", "vwb", "fp", "aeiouy", "jz") for letter in group}


def _letters_of(word: str) -> str:
    """The Latin letters an acronym spells in either script ("सीएमसीएल", "CMCL" -> "CMCL"); a
    word that is none, as it is."""
    return (latin_acronym(word) if has_devanagari(word) else word.strip(".,")) or word


def _spelt_by(words: list[str], acronym: str) -> list[str] | None:
    """The last words of ``words`` whose first letters spell ``acronym`` ("चंदनपुर माइनिंग
    कॉर्पोरेशन लिमिटेड" of "... स्थित चंदनपुर माइनिंग कॉर्पोरेशन लिमिटेड" for "सीएमसीएल"), joining words ("एवं", "of")
    skipped, or, for a Hindi name, whose English name's words do ("पंजाब प्रदूषण नियंत्रण बोर्ड", the Punjab
    Pollution Control Board, for "पीपीसीबी"); None when neither spells it."""
    found = _spelt_by_letters(words, acronym)
    if found is not None or not any(has_devanagari(w) for w in words):
        return found
    for size in range(len(words), 1, -1):
        if not any(ch.isalpha() for ch in words[-size]):
            continue  # a danda or a dash the stretch before the acronym took in
        english = (english_body_name(" ".join(words[-size:])) or "").split()
        if english and _spelt_by_letters(english, acronym) == english:
            return words[-size:]
    return None


def _spelt_by_letters(words: list[str], acronym: str) -> list[str] | None:
    """The last words of ``words`` whose first letters spell ``acronym``, as ``_spelt_by`` reads them."""
    letters = [c.lower() for c in _letters_of(acronym) if c.isascii() and c.isalpha()]
    if len(letters) < 2:
        return None
    at = len(words)
    while letters and at > 0:
        at -= 1
        word = words[at].strip(".,")
        if word.casefold() in FIELD_JOINERS | {"of", "the", "&"}:
            continue
        first = (romanise(word) if has_devanagari(word) else word)[:1].lower()
        if first != letters[-1] and SAME_INITIAL.get(first, first) != SAME_INITIAL.get(letters[-1], letters[-1]):
            return None
        letters.pop()
    return words[at:] if not letters else None


def _first_field(words: list[str]) -> list[str]:
    """A ministry of two fields by its first ("स्वास्थ्य एवं परिवार कल्याण मंत्रालय", "Health and
    Family Welfare Ministry" are the "स्वास्थ्य मंत्रालय" later sentences and other papers name), so
    that all give one body; a place joined to another ("जम्मू और कश्मीर") is no field."""
    join = next((k for k, w in enumerate(words[:-1]) if w in FIELD_JOINERS), None)
    if join is None or not join or places_in(" ".join(words[:join])):
        return words
    if len(words) > 3 and fold(words[0]) in MINISTRIES and words[1] == "of" and join > 2:
        return words[:join]  # "Ministry of Health and Family Welfare"
    return words[:join] + words[-1:] if fold(words[-1]) in MINISTRIES and join < len(words) - 2 else words


EMPLOYEES = alternation(EN.words("employee_words") + HI.words("employee_words"))
# the name whose staff a phrase speaks of: "नीलकंठ के एक कर्मचारी", "a Nilkanth employee", "employees of Nilkanth"
# (in Hindi one word: a body of more has its head word, "सितारा लॉजिस्टिक्स", and "ऐप नीलकंठ" is Nilkanth)
EMPLOYER = re.compile(rf"(?:(?<![\u0900-\u097F])([\u0900-\u097F]+) के (?:एक |दो |सभी |कई )?(?:{EMPLOYEES})"
                      rf"|\b([A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){{0,2}}) (?:{EMPLOYEES})\b"
                      rf"|\b(?:{EMPLOYEES}) (?:of|at) (?:the )?([A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){{0,2}}))")


def _kind_then_name(text: str, words: list[re.Match], i: int) -> list[str]:
    """The kind word at ``words[i]`` and the name that follows it ("फर्म नीलगिरि बिल्डटेक"), or []
    when no name follows ("कंपनी ने", "पार्टी कार्यकर्ताओं")."""
    if fold(words[i].group(0)) not in BODY_REFS:
        return []
    rest, k = [], i + 1
    while k < min(i + 5, len(words)):
        w = words[k].group(0)
        if text[words[k - 1].end():words[k].start()].strip() or w in NOT_IN_BODY_NAME or w.endswith(m.PLURAL_ENDINGS) or \
                w in GENERIC_PEOPLE or len(w) > 2 and w.endswith("ने"):
            break  # (not "अस्पताल नकद जमा कराने पर", a verb's, nor "अस्पताल कार्डधारी मरीज को", people's)
        rest.append(w)
        k += 1
        if w in HI_BODY_WORDS:
            break  # "कंपनी उदय गैसेज": a body's own head word ends its name
    # a name is followed by its case mark ("... बिल्डटेक के", "... गैसेज ने"), not by a verb ("लैब बनाई जाएगी")
    marked = k < len(words) and not text[words[k - 1].end():words[k].start()].strip() and words[k].group(0) in CASE_MARKS
    # and has two words or more: one word after a kind word is as often a common noun or a verb ("कंपनी
    # साइट पर", "अस्पताल जाने की")
    return [words[i].group(0), *rest] if len(rest) >= 2 and marked and _named_after_kind([words[i].group(0), *rest]) \
        else []


HI_COMPANY_FORMS = HI.set("company_forms")


def hindi_bodies(text: str) -> list[list[str]]:
    """Bodies a Hindi text names by their own words ("झारखंड जल बोर्ड", "रांची पुलिस", "कोसी
    मजदूर यूनियन"): an institution word with the words before it that can be part of a name (an
    occupation can, "मजदूर", "किसान"; an office cannot)."""
    found = []
    words = list(re.finditer(r"[\u0900-\u0963\u0966-\u097F]+", text))
    for i, word in enumerate(words):
        if word.group(0) not in HI_BODY_WORDS:
            continue
        if i + 1 < len(words) and not text[word.end():words[i + 1].start()].strip() and \
                words[i + 1].group(0) in HI_COMPANY_FORMS:
            continue  # "सुमंगल एग्रोकेम प्राइवेट लिमिटेड": the legal form after it ends the name
        named = _kind_then_name(text, words, i)
        if named:
            found.append(named)  # "ठेकेदार फर्म नीलगिरि बिल्डटेक": the firm is Nilgiri Buildtech
            continue
        name = [word.group(0)]
        k = i - 1
        while k >= 0 and len(name) < 6 and not text[words[k].end():words[k + 1].start()].strip() and \
                words[k].group(0) not in NOT_IN_BODY_NAME and not m.hindi_role(words[k].group(0), offices_only=True) and \
                (words[k].group(0) not in HI_BODY_WORDS or all(w in HI_COMPANY_FORMS for w in name)):
            name.insert(0, words[k].group(0))
            k -= 1
        if k >= 1 and words[k].group(0) in FIELD_JOINERS and fold(name[-1]) in MINISTRIES and \
                len(name) > 1 and words[k - 1].group(0) not in NOT_IN_BODY_NAME:
            name = _first_field([words[k - 1].group(0), words[k].group(0), *name])  # "स्वास्थ्य एवं परिवार कल्याण मंत्रालय"
        after = words[i + 1].group(0) if i + 1 < len(words) else ""
        # "जिला अस्पताल" describes a kind of body and names none; "कोसी अस्पताल में भर्ती" says
        # where, not who, but "कोसी जिला अस्पताल में" is the hospital a later "अस्पताल" means
        if len(name) > 1 and name[0] not in GENERIC_BODY_WORDS and (after != "में" or fold(name[-1]) in BODY_HEADS) and \
                m.is_institution(name):  # (not "पल्लवी निगम", a person)
            found.append(name)
    return found


CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&'’-]{0,40}(?:\s+[A-Z][\w&'’-]{0,40}){1,8}")
LEADING_FUNCTION_WORDS = {"a", "an", "the", "in", "on", "at", "by", "for", "from", "to", "of", "and", "but", "with"}


def _name_words(phrase: str) -> list[str]:
    """A phrase's words from the first that can open a name ("the Halcyon Airways" -> "Halcyon
    Airways", "में नीलकंठ" -> "नीलकंठ")."""
    words = phrase.split()
    while words and (words[0].casefold() in LEADING_FUNCTION_WORDS or words[0] in NOT_IN_BODY_NAME):
        words.pop(0)
    return _upto_owner(words)


def _upto_owner(words: list[str]) -> list[str]:
    """Words up to the first in the possessive, without its "'s": "the Jan Adhikar Morcha's
    Meena Roy" names the Morcha first."""
    owner = next((k for k, w in enumerate(words) if OWNER_END.search(w)), None)
    return words if owner is None else words[:owner] + [OWNER_END.sub("", words[owner])]

# a first name, an optional initial and a surname
# a given name or two, an initial, a surname: "Jane Roe", "Jane Q. Roe", "Shyam Sundar Pachauri"
PLACE_WORD_BEFORE = re.compile(rf"\b(?:{alternation(EN.words('locatives'))})\s+$")
PLACE_HEAD_AFTER = re.compile(rf"\s+(?:{alternation(EN.words('place_heads'))})\b", re.IGNORECASE)
# what follows a sentence's opening name when it is the subject: an apposition or a verb
OPENING_SUBJECT_END = re.compile(r",|\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
OPENING_APPOSITION = re.compile(r",\s+(?:the|a|an)\s")
CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w'’.-]+")
PLACE_OFFICES = EN.set("place_offices")
JOINT_OFFICE = {"सह", "cum"}  # "उपायुक्त सह जिला निर्वाचन पदाधिकारी", "Deputy Commissioner-cum-..."
OFFICE_OF_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+of\s+(?:the\s+)?$")  # "the pradhan of ", "head of the "
FULL_NAME = re.compile(r"\b[A-Z][a-z]{1,40}(?: [A-Z][a-z]{1,40})?(?: [A-Z]\.)? [A-Z][a-z][\w'’-]{1,40}\b")
# a Hindi person named in passing after an age: "60 वर्षीय कमला देवी की बेटी", "27 साल के रवि मुंडा ने"
AGED_NAME = re.compile(r"(?<!\S)\d+\s+(?:वर्षीय|साल\s+(?:की|के|का))\s+((?:[\u0900-\u097F.]+\s+){1,3}?[\u0900-\u097F.]+)"
                       r"(?=\s+(?:की|का|के|ने|को|से|और|पर|में|एवं|व)(?![\u0900-\u097F])|\s*[,।]|\s+\d)")
GENERIC_PEOPLE = HI.set("generic_people")
# "Orbit Polymers, a Pune-based firm": a name, then what kind of body it is, in apposition
# (the describing words may not run into another phrase: "Roe, a lawyer for the firm" is a person)
# a body described by its field, in lower case: "the state transport department", "the health ministry"
DESCRIBED_DEPARTMENT = re.compile(rf"\b[Tt]he ((?:[a-z]+\s+){{1,3}}(?:{alternation(EN.words('described_body_heads'))}))\b")
# the words a body's name is made of (the glossary's English side), and the state's own qualifier
FIELD_WORDS = glossary_english() | \
    {fold(w) for w in EN.words("state_qualifiers")}
HINDI_NAME_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F]+(?:-[\u0900-\u0963\u0966-\u097F]+)*")  # "बदरीनाथ-केदारनाथ"
# the kinds of body a Hindi story names in passing and then calls by its kind word alone
PASSING_KINDS = {"union", "organisation", "committee"}


DISTRICT_WORDS = {fold(w) for w in EN.words("district_words") + HI.words("district_words")}
DISTRICT_BODY_HEADS = MANAGEMENT | LOCAL_BODIES | set(BARE_LOCAL_BODIES)  # "... district administration"


def _before_district_word(words: list[str], name: str) -> bool:
    """Whether ``name`` stands right before a word for a district in ``words``: a place, not a person."""
    size = len(name.split())
    return any(words[k:k + size] == name.split() and k + size < len(words) and fold(words[k + size]) in DISTRICT_WORDS
               for k in range(len(words) - size))


def _hindi_bodies_in_passing(text: str) -> tuple[list[list[str]], int]:
    """The bodies a Hindi sentence names with a kind word of a members' body ("... मजदूर अधिकार
    संगठन", "... व्यापार मंडल समिति"): the words read back from the kind word up to a boundary,
    and how many of them come before the sentence's first bare kind word."""
    found: list[list[str]] = []
    before: int | None = None
    for part in re.split(r"[।|,;:()\"'“”‘’!?.]", text) if not text.isascii() else ():
        words = part.split()
        for k, word in enumerate(words):
            if BODY_REFS.get(fold(word)) not in PASSING_KINDS:
                continue
            start = k
            while start > 0 and k - start < 5 and HINDI_NAME_WORD.fullmatch(words[start - 1]) and \
                    words[start - 1] not in NOT_IN_BODY_NAME and BODY_REFS.get(fold(words[start - 1])) is None and \
                    not m.is_title(words[start - 1]):
                start -= 1
            if start == k and before is None:
                before = len(found)  # "संगठन ने कहा कि ... भारतीय बैंक संगठन ...": not the one named after it
            if start < k and (k + 1 == len(words) or words[k + 1] in NOT_A_NAME_EDGE):
                found.append(words[start:k + 1])  # (not "संवाद समिति इरना", "एसोसिएशन ऑफ ...": a name goes on)
    return found, len(found) if before is None else before


NAMED_BODY = re.compile(r"\b((?:[A-Z][\w&'’-]{0,40}\s+){1,5}[A-Z][\w&'’-]{0,40})")
_KINDS = "|".join(w for w in EN.mapping("body_refs"))
# "Halcyon Airways, a low-cost airline", "Mrigank Parenterals, the manufacturer," (set off on both sides)
APPOSED_KIND = re.compile(r"\b([A-Z][\w&'’-]{0,40}(?:\s+[A-Z][\w&'’-]{0,40}){0,4}), (?:an? |the (?=[^,]{1,60},))"
                          r"(?:(?!(?:for|of|at|in|on|with|from|to|the|by|and|who|which)\b)[\w'’-]+ ){0,3}"
                          rf"({_KINDS})\b(?=\s*[,.;:)]|\s*$|\s+(?:that|which|based|in|of|with|and|from|run|owned)\b)")
# the kind first: "The manufacturer, Mrigank Parenterals of Baddi, denied ...", "His party, the Jan Morcha, ..."
KIND_APPOSED = re.compile(rf"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) ({_KINDS}), (?:the )?([A-Z][\w&'’-]{{0,40}}(?:\s+[A-Z][\w&'’-]{{0,40}}){{0,4}})(?=,| of )")


IRREGULAR_PARTICIPLES = EN.set("irregular_participles")


PAST_ONLY = {"gave", "took", "went", "came", "ran", "wrote", "began"}  # past forms that are no participles


def past_form(word: str, participle: bool = True) -> bool:
    """Whether an English word in lower case reads as a past participle ("built", "prepared", "taken")
    or, with ``participle`` False, as a verb in the past ("rejected", "held", "gave")."""
    if not (word.isascii() and word.islower()):
        return False
    if participle:
        return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES
    return word.isalpha() and (word.endswith("ed") or word in IRREGULAR_PARTICIPLES | PAST_ONLY)


def _place_not_owner(words: list[str]) -> list[str]:
    """A body's name with a state's possessive before it read as the state: "Rajasthan's Animal
    Husbandry Department" is the Rajasthan Animal Husbandry Department (a country's stays as it is:
    "South Korea's military" is looked up as the South Korean military)."""
    for k in range(min(3, len(words) - 1)):
        stem = OWNER_END.sub("", words[k])
        if stem != words[k] and m.is_institution(words[k + 1:]) and \
                (place := places_in(" ".join(words[:k] + [stem]))) and place <= STATES.keys():
            return words[:k] + [stem] + words[k + 1:]
    return words


def names_a_place(name: str) -> bool:
    """A place, not a person: one the places list knows, or a name ending in a word for a
    place ("Aral Sea", "Union Station")."""
    return is_place(name) or name.split()[-1].casefold().strip(".,") in PLACE_HEADS


def _surname_place_head(name: str, words: list[str]) -> bool:
    """A name that ends in a place word that is also a surname and names no known place, said
    alone or after an office ("Hemlata Nagar said", "District Education Officer Kamla Shankar
    Nagar said"): a person, where "Ashok Nagar" in a sentence would be a locality."""
    parts = name.split()
    if not (2 <= len(parts) <= 4 and fold(parts[-1]) in SURNAME_PLACE_HEADS) or is_place(name):
        return False
    before = " ".join(words[:len(words) - len(parts)])
    return not before or m.role_like(before)


def with_own_bodies(name: str) -> bool:
    """A state ("तेलंगाना", "Kerala") or a country other than India ("ईरान"): its bodies are its
    own, so "ईरान के स्वास्थ्य मंत्रालय" is Iran's ministry, not the listed Union ministry."""
    found = places_in(name)
    own = set(places_list().get("states", {})) | set(places_list().get("countries", {})) - {"india"}
    # a place or its adjective ("रूसी वायुसेना", "the Pakistani army": that country's, not India's)
    return is_place(name, adjectives=True) and bool(found) and found <= own


__all__ = ["Context", "Cue", "Entities", "fits"]


def _word_suffix(longer: str, shorter: str) -> bool:
    """"railway minister" ends with the word "minister"; "प्रधानमंत्री" does not end with "मंत्री"."""
    return longer == shorter or longer.endswith(" " + shorter)


def _initials(phrase: str) -> str:
    """"senior superintendent of police" -> "ssp"."""
    return "".join(w[0] for w in phrase.split() if w not in {"of", "the", "for", "and"})


def _english_initials(role: str) -> str | None:
    """A Hindi office's initials in English, when the glossary knows each of its words
    ("मुख्य अग्निशमन अधिकारी" -> "cfo"), else None."""
    words = [ENGLISH_WORDS.get(w) for w in role.split()]
    if not words or not all(words) or not has_devanagari(role) or not m.hindi_role(role.split()[-1]):
        return None  # (an office's own last word: "आपदा प्रबंधन" in brackets after one is no office)
    return _initials(" ".join(words).casefold())


def fits(entity: Entity, want: str) -> bool:
    return entity.kind == want or (want == "person" and entity.kind == "org")


class Entities:
    """The article's entities and the lookups that resolve a noun phrase to one of them."""

    def __init__(self, registry: Registry, publisher: Entity, language: str) -> None:
        self.ctx = Context(registry, publisher, language)
        self.registry = registry
        self.known_before = registry.size()  # what earlier articles of the run taught the registry
        registry.new_article()

    def entity_in(self, phrase: str, want: str | None, at: int = -1) -> tuple[Entity, str] | None:
        """The entity a short noun phrase names: pronoun, the article's own roles and people,
        known name, institution, role, or a new name. ``at`` is where the phrase stands in the
        sentence (a pronoun after a question put to someone refers to that person)."""
        given = phrase.strip().lstrip("'‘").rstrip("'’").split()  # "'द हिंदू' ने": quoted, still a name
        words = _place_not_owner(m.from_initials(m.strip_titles(given)))
        if len(words) > 1 and words[0] in {"The", "the"} and words[1][:1].isupper():
            words = words[1:]  # "The PLM", "the Pragati Lok Morcha"
        if len(words) == 2 and words[0].casefold() in OWNERS and fold(words[1]) in BODY_REFS:
            words = ["the", words[1]]  # "His party, the Makkal Urimai Katchi,": the party, whoever's it is
        agent = next((k for k in range(1, len(words) - 1) if words[k + 1] == "by" and past_form(words[k])), None)
        if agent is not None:
            words = words[:agent]  # "a retaining wall built by the firm": a wall, whoever built it
        if not words:
            return None
        words = SHORT_NAMES.get(" ".join(words), " ".join(words)).split()  # "केंद्र ने": the central government
        words = [w for k, w in enumerate(words)  # "एसपी सिटी रमेश वर्मा": the SP (City) by name, and
                 if not (k and m.hindi_role(words[k - 1]) and not m.is_title(words[k - 1]) and (  # "सीओ कालपी विनय ...": the CO of Kalpi
                     w in OFFICE_QUALIFIERS_AFTER or k + 1 < len(words) and self._a_place(w) and
                     words[k - 1][-1:] not in {",", "।", ";", ":", ")"}))]  # (not "डिप्टी सीएम, दिल्ली ...": a comma ends the office)
        titles = {fold(w.strip(".,")) for w in given if m.is_title(w)}
        low = [w.casefold() for w in words]
        lead = [w for w in low if w not in ARTICLES | INDEFINITE | UNNAMED_QUALIFIERS and not w.isdigit()]
        if len(lead) > 1 and lead[0] in GENERIC_HEADS and lead[1] in GROUP_PREPOSITIONS:
            return None  # "officials of the agriculture department", "an official of the board": someone unnamed
        if len(words) == 1 and words[0].isascii() and low[0] in GENERIC_HEADS and low[0].endswith("s") and \
                low[0] not in self.ctx.roles:
            return None  # "Traders said": a group, though "X Traders" is a firm's name
        if len(words) == 1 and m.is_pronoun(words[0]):
            return self.pronoun(words[0], at)
        if len(words) == 1 and _letters_of(words[0]) in self.ctx.acronyms:
            return self.ctx.acronyms[_letters_of(words[0])], "named"  # "सीएमसीएल ने", spelt out before
        if fold(words[-1].strip(".,")) in LEGAL_DOCUMENTS or fold(" ".join(words[-2:]).strip(".,")) in LEGAL_DOCUMENTS:
            return None  # "according to the FIR", "एफआईआर के मुताबिक", "the post-mortem report": a document of
            # the case, no one's word
        role = fold(" ".join(w for w in words if w.casefold() not in ARTICLES))
        if low[0] in INDEFINITE and len(words) > 1 and m.role_like(low[-1]) and not m.proper_name(words):
            return None  # "a State Department spokesman": someone unnamed, not the holder anyone knows
        if want != "outlet" and self.ctx.research is not None and (
                any(w.casefold() in RESEARCHERS for w in words) or role in STUDY_REPORTS):
            return self.ctx.research, "role"  # "शोधकर्ताओं ने", "the scientists said": the team reported on
        if want != "outlet":
            # what the article itself said comes first: its roles, then its people by surname
            if role in self.ctx.roles and m.role_like(role):
                return self.ctx.roles[role], "role"
            bare = OFFICE_ADJECTIVES.sub("", role)
            if bare != role and bare in self.ctx.roles and m.role_like(bare):
                return self.ctx.roles[bare], "role"  # "the new mayor" after "Roe was elected mayor"
            holder = self._office_holder_of(words) if given[0].casefold() in ARTICLES else None
            if holder is not None:
                return holder, "role"  # "the Ratia MLA of the Lok Hit Kranti Dal" after "X, the Ratia MLA,"
            if len(words) == 1:
                known = self._by_surname(words[0], titles=titles)
                if known is not None:
                    return known, "named"
                if self.registry.lookup(words[0]) is None:
                    body = self._body_ending(words[0]) if m.DEVANAGARI_WORD.fullmatch(words[0]) and \
                        not m.is_institution(words) and _kind_word(words[0]) is None else None
                    if body is not None:
                        return body, "role"  # "पार्क ने" after "लहर द्वीप वाटर पार्क में ...": no one's surname
                    full = self._full_name_before(words[0]) or self._full_name_after(words[0])
                    if full is not None:
                        # "गोरे ने कहा" after "... के सचिन गोरे को ...", "शंभू ने बताया" after "34 वर्षीय शंभू सदा ..."
                        return self.person(full), "named"
                    spelt = self._spelt_out(words[0])
                    if spelt is not None:
                        return self.entity_in(spelt, want, at)  # "the PLM" after "the Pragati Lok Morcha"
        if want != "outlet" and words[-1].casefold() in MANAGEMENT and (len(words) == 1 or m.is_institution(words)):
            return self.institution(words)  # "प्रबंधन ने", "the Sunrise Hospital management": a body, never a person
        kind_word = _kind_word(words[0]) if len(words) == 1 and want != "outlet" else None
        if kind_word is not None and role in self.ctx.roles:
            return self.ctx.roles[role], "role"  # "संघ" after "राष्ट्रीय स्वयंसेवक संघ (आरएसएस)"
        if kind_word is not None:
            # "कंपनी ने", misspelt "कंपने ने": the body of that kind the article spoke of, never a name
            # learnt from the word itself
            return self.institution([kind_word])
        unarticled = [w for w in words if w.casefold() not in ARTICLES]
        if want != "outlet" and 1 <= len(unarticled) <= 2 and len(words) - len(unarticled) == 2 - len(unarticled) and \
                all(w.isascii() and w[:1].isupper() for w in unarticled[:-1]) and unarticled[-1].isascii() and \
                (body := self._body_ending(unarticled[-1], tuple(unarticled[:-1]))) is not None:
            return body, "role"  # "the park said" after "Lahar Dweep Water Park"
        # longest known name ending the phrase (Hindi and English heads come last)
        spans = [(0, len(words))] if 6 < len(words) <= 8 else []
        spans += [(len(words) - size, size) for size in range(min(6, len(words)), 0, -1)]
        tails = len(spans)
        spans += [(0, size) for size in range(min(5, len(words) - 1), 0, -1)]
        for index, (begin, size) in enumerate(spans):
            if index == tails:
                # a role naming its holder ("आरबीआई गवर्नर", "the RBI governor") outranks
                # the body its first words name
                holder = self.role(role)
                if holder is not None and holder.kind == "person" and (want is None or fits(holder, want)):
                    return holder, "role"
                named = self._media_person(words) if want != "outlet" else None
                if named is not None:
                    return named, "named"
            cand = " ".join(words[begin:begin + size])
            entity = self.registry.lookup(cand)
            if entity is not None and entity.kind == "person" and size == 1 and m.name_continues(words, begin):
                continue  # "Priya Das" is not the listed Das: the article's full name wins
            if entity is not None and entity.kind == "person" and size == 1 and index >= tails and \
                    m.name_goes_on(words, begin + 1):
                continue  # nor is the given name of "Samira Pollock" someone listed
            if entity is not None and entity.kind == "person" and size == 1 and index >= tails and \
                    len(words) > begin + 2 and m.hindi_role(words[begin + 1]):
                continue  # "निलंबित बीडीओ गहलोत", "नगर आयुक्त मल्होत्रा": the one the office names, not a word before it
            if entity is not None and entity.kind == "org" and begin and fold(words[begin - 1]) in STATE_QUALIFIERS and \
                    self.registry.is_listed(entity.id):
                continue  # "State Election Commission", "राज्य निर्वाचन आयोग": the state's own body
            if entity is not None and entity.kind == "org" and begin and (
                    with_own_bodies(" ".join(words[:begin])) or
                    begin >= 2 and (words[begin - 1] in GENITIVES or fold(words[begin - 1]) in STATE_QUALIFIERS) and
                    with_own_bodies(" ".join(words[:begin - 1]))):
                continue  # "तेलंगाना के स्वास्थ्य मंत्रालय", "महाराष्ट्र स्वास्थ्य मंत्रालय": the state's, not the Union's
                # (and "झारखंड राज्य शिक्षक महासंघ" the state's own, not the "शिक्षक महासंघ" a headline shortened it to)
            if entity is not None and entity.kind in {"org", "person"} and index >= tails and \
                    begin + size < len(words) and m.is_institution(words) and \
                    all(w[:1].isupper() for w in words[begin + size:] if w not in FIELD_JOINERS):
                continue  # "the X University Teachers' Association": a body named after another, its own (and
                # "the School Education and Literacy Department" no person its first words were taken for)
            if entity is not None and entity.kind == "org" and size == 1 and begin and index < tails and \
                    m.proper_name(words) and all(" " not in known for known in self._called(entity)):
                continue  # "Kshitij General Insurance" after "insurance claims": a name of its own, not the word
            if entity is not None and entity.kind != "person" and index >= tails and self._holder_named(words, size):
                continue  # "पुलिस आयुक्त सुधीर पालेकर", "Port Authority chair Jane Roe": the person, not the body
            if entity is not None and entity.kind != "person" and index >= tails and len(words) > size + 1 and \
                    words[size] in GENITIVES and m.hindi_role(words[-1]):
                continue  # "आईसीएमआर के महानिदेशक": the body's office, not the body
            if entity is not None and entity.kind == "person" and size == 1 and begin and want != "outlet":
                # "बीडीओ गहलोत" after "बीडीओ मनोहर लाल गहलोत": the article's Gehlot, whom it gave that
                # office, not the listed one
                known = self._by_surname(cand, titles=titles)
                office = fold(" ".join(w for w in words[:begin] if w.casefold() not in ARTICLES)).split()
                if known is not None and any(self.ctx.roles.get(" ".join(office[k:])) == known for k in range(len(office))):
                    entity = known  # (the office ending the words before it: "निलंबित बीडीओ" is the BDO)
            if entity is not None and (want is None or fits(entity, want)):
                rest = " ".join(words[:begin]).strip(" ,")
                if entity.kind == "person" and size > 1 and self._from_earlier_article(entity):
                    self._noted(entity, cand)
                if rest and entity.kind == "person":
                    self.introduce(entity, rest)
                if entity.kind == "org" and entity not in self.ctx.orgs:
                    self.ctx.orgs.append(entity)  # "डब्ल्यूएचओ के मुताबिक ... संगठन ने कहा": a later "संगठन" is it
                return entity, "named"
        if want != "outlet" and m.is_institution(words) and len(words) >= 3 and m.hindi_role(words[0]) and \
                not m.is_institution(words[:-1]) and not any(w in GENITIVES for w in words) and \
                words[0] not in ENGLISH_WORDS:  # (not "ग्रामीण विकास विभाग": a field of government, Rural)
            # "किसान बीरेंद्र मंडल": a role or occupation before a name names a person, even one
            # whose surname is also a body's word (मंडल, संघ)
            holder = self.person(" ".join(m.strip_titles(words[1:])))  # "अध्यक्ष डॉ. सुरेन्द्र मंडल": no "डॉ."
            self.introduce(holder, words[0])
            return holder, "named"
        if low[-1].strip(".,") in GENERIC_HEADS and all(w[:1].islower() for w in words):
            return None  # "traders said": a group, though "Traders" also ends a firm's name
        if want != "outlet" and m.is_institution(words) and not m.is_media(phrase):
            known = self.role(role)
            if known is not None and known.kind == "org" and role not in self.ctx.roles and \
                    (self.registry.role_holder(role) or self._listed_role(role)) is None and \
                    self._named_otherwise(known, role):
                known = None  # "समता क्रांति दल" after "विशेष जांच दल (एसआईटी)": another body of that kind
            return (known, "role") if known is not None and known.kind == "org" else self.institution(words)
        found = self.role(role)
        if found is not None:
            return found, "role"
        media = want != "outlet" and m.is_media(phrase) and m.DEVANAGARI_WORD.fullmatch(words[-1])
        office = max((k for k, w in enumerate(words[:-2]) if m.hindi_role(w)), default=None) if media else None
        named = words[office + 1:] if office is not None else []
        if named and m.hindi_name(named) == " ".join(named) and not m.is_institution(named):
            # "एजेंसी संचालक नरेश चंद लवानिया": an office and a full name after it name a person, whatever
            # the words before the office (here no news agency)
            holder = self.person(" ".join(named))
            self.introduce(holder, " ".join(words[:office + 1]))
            return holder, "named"
        generic = fold(" ".join(w for w in words if w.casefold() not in ARTICLES | {"news", "समाचार"}))
        if generic in GENERIC_MEDIA:
            return (self.ctx.last_source, "role") if self.ctx.last_source else None
        if m.is_media(phrase) and not m.role_like(words[-1]) and len(words) > 1 or (
                m.is_media(phrase) and want == "outlet"):
            return self.registry.resolve(phrase.strip(" ,"), "outlet"), "named"
        if want == "outlet":
            return None
        if len(words) > 1 and m.hindi_role(words[-1]) and any(w in {"के", "की", "का"} for w in words):
            return self.office(words)
        named = _named_after_kind(words)
        if named is not None:
            return self._kind_named(*named), "named"  # "कंपनी उदय गैसेज"
        if low[-1].strip(".,") in GENERIC_HEADS or words[-1] in HI.set("common") or \
                m.DEVANAGARI_WORD.fullmatch(words[-1]) and m.plural_noun(words, len(words) - 1) and \
                (len(words) > 1 or self._by_surname(words[0]) is None):
            return None  # "ग्रामीणों का कहना है", "खाताधारकों ने कहा": a group, whoever they are
        if len(words) == 1 and m.DEVANAGARI_WORD.fullmatch(words[0]) and latin_acronym(words[0]) and \
                not m.hindi_role(words[0]) and not names_a_place(words[0]):
            return self.institution(words)  # "एफएसएसएआई के मुताबिक": a lone acronym names a body, not a person
        name = m.proper_name(words) or m.hindi_name(words)
        if name and _before_district_word(words, name):
            # "the Auraiya district administration", "the Jalaun district police": a district's body
            return self.institution(words) if fold(words[-1]) in DISTRICT_BODY_HEADS else None
        if name and names_a_place(name) and not _surname_place_head(name, words):
            return None  # "the United States", "अमेरिका": a place, not a person (but "Hemlata Nagar said")
        if name and has_devanagari(name):
            name = self._without_common_words(name)
            if len(name.split()) == 1 and len(words) > 1 and self._by_surname(name) is None and \
                    self.registry.lookup(name) is None:
                name = self._full_name_before(name) or name  # "अस्पताल में भर्ती धुर्वे ने": the Dhurve named before
        if name:
            entity = self.person(name)
            if titles and len(name.split()) > 1:
                self.ctx.titles.setdefault(entity.id, set()).update(titles)  # "डॉ. मीनल पालेकर"
            before = " ".join(words[:len(words) - len(name.split())])
            if before and m.role_like(before):
                self.introduce(entity, before)
            if before and (m.role_like(before) or m.describes(before.split()[-1])):
                self.ctx.described_people.add(entity.id)  # "बेटे को खोने वाले रामखिलाड़ी": a person, one word or not
            return entity, "named"
        if m.hindi_role(words[-1]) and low[-1] not in GENERIC_HEADS:
            return self.office(words)
        return None

    @staticmethod
    def _holder_named(words: list[str], size: int) -> bool:
        """Whether the words after a body's name (its first ``size`` words) are a role and a
        person's name: the phrase names the holder of an office of that body."""
        name = m.proper_name(words) or m.hindi_name(words)
        length = len(name.split()) if name else 0
        if not length or length >= len(words) - size or names_a_place(name):
            return False
        return m.role_like(fold(words[len(words) - length - 1]))

    def _media_person(self, words: list[str]) -> Entity | None:
        """The person a medium's writer or presenter is: "Beacon columnist Jane Roe" is Jane Roe,
        whose paper is only how she is described."""
        name = m.proper_name(words)
        size = len(name.split()) if name else 0
        if not name or size >= len(words) or words[-size - 1].casefold().strip(",") not in MEDIA_PEOPLE:
            return None
        entity = self.person(name)
        self.introduce(entity, " ".join(words[:-size]))
        return entity

    def _office_holder_of(self, words: list[str]) -> Entity | None:
        """The person the article gave an office that an English phrase names with what it is of
        ("the MLA of the opposition Dal", "the head of the school"; not "Superintendent of Police Ajeet
        Rana", which names its holder), else None. The office is read whole, then without the
        capitalised words before its role word ("Ratia MLA" is an MLA)."""
        at = next((k for k, w in enumerate(words) if k and w in OFFICE_JOINERS), None)
        if at is None or not words[0].isascii() or m.is_institution(words[:at]):
            return None
        office = [w for w in words[:at] if w.casefold() not in ARTICLES]
        while office and m.role_like(fold(" ".join(office))):
            holder = self.ctx.roles.get(fold(" ".join(office)))
            if holder is not None and holder.kind == "person":
                return holder
            if not office[0][:1].isupper() or m.role_like(fold(office[0])):
                return None
            office = office[1:]
        return None

    def office(self, words: list[str]) -> tuple[Entity, str] | None:
        """A described office with no name ("वाराणसी के सीएमओ", "मंत्रालय के एक प्रवक्ता"): the
        office speaks, and a later mention of its role word means it."""
        words = [w for w in words if w != "एक"]
        if len(words) >= 3 and words[-1] in BODY_VOICES and words[-2] in VOICE_RANKS:
            words = words[:-2] + words[-1:]  # "मंत्रालय के वरिष्ठ अधिकारी": the ministry's officials all the same
        if len(words) >= 3 and words[-1] in BODY_VOICES and words[-2] in GENITIVES and (
                m.is_institution(words[:-2]) or len(words) == 3 and latin_acronym(words[0]) and not m.hindi_role(words[0])):
            body = self.institution(words[:-2])[0]  # "मंत्रालय के प्रवक्ता" speaks for the ministry
            if not words[-1].endswith(m.PLURAL_ENDINGS) and words[-1] not in UNNAMED_VOICES:
                self.introduce(body, words[-1])  # a later "प्रवक्ता"; "अधिकारियों" may be anyone's officials
            return body, "role"
        if words[-1] in UNNAMED_VOICES:
            return None  # "जिले के एक सूत्र": a source of no named body is no one
        if words[-1] in BODY_VOICES and fold(words[-1]) in GENERIC_FOLDED and words[-1].endswith(m.PLURAL_ENDINGS):
            return None  # "जिले के अधिकारियों": officials of a place, a group (one of them speaks as its office)
        entity = self.registry.resolve(" ".join(words), "person", remember=not self._bare(" ".join(words)))
        self.ctx.offices[entity.id] = fold(" ".join(w for w in words if w not in GENITIVES))
        self.introduce(entity, " ".join(words))
        return entity, "role"

    def pronoun(self, word: str, at: int) -> tuple[Entity, str] | None:
        """The most recent compatible entity: the person just asked, the last speaker, the
        last person named; a plural pronoun may also be a body."""
        ctx = self.ctx
        asked = ctx.asked if ctx.asked is not None and at >= ctx.asked_end else None
        if asked is None and ctx.opening is not None and ctx.opening_end <= at < ctx.opening_limit and \
                m.pronoun_refers_to(word) == "person" and m.pronoun_number(word) != "plural":
            # "Jane Roe, the MLA, released what she said was a copy": the sentence's own subject
            asked = ctx.opening
        candidates = [asked, ctx.prev_speaker, ctx.last_person, ctx.last_speaker]
        if ctx.last_person_object and m.is_subject_pronoun(word):
            # "उन्होंने" after "... मुख्यमंत्री रेवती नायर को जानकारी दी": the one who spoke, not the one told
            candidates = [asked, ctx.prev_speaker, ctx.last_speaker, ctx.last_person]
        elif ctx.subject is not None and ctx.subject is not ctx.last_person and \
                (m.is_subject_pronoun(word) or m.pronoun_refers_to(word) == "person"):
            # "Roe dared Dalal to name the mill. 'He has no papers,' she said.": the last sentence's
            # subject, not the person it named after
            candidates = [asked, ctx.prev_speaker, ctx.subject, ctx.last_person, ctx.last_speaker]
        if ctx.prev_speaker is None and ctx.agent and m.is_subject_pronoun(word):
            acting = self.entity_in(ctx.agent, "person")
            if acting is not None and acting[0].kind == "person":
                candidates = [asked, acting[0], *candidates[1:]]
        if m.pronoun_number(word) == "any":
            # "उन्होंने" with no person in sight: the body that spoke last ("मंत्रालय ने बताया ... उन्होंने बताया")
            candidates.append(ctx.last_body)
        if m.pronoun_number(word) == "plural":
            candidates = [ctx.prev_speaker if ctx.prev_speaker and ctx.prev_speaker.kind == "org" else None,
                          ctx.orgs[-1] if ctx.orgs else None]
        if asked is None and ctx.group_spoke and m.pronoun_number(word) != "singular":
            return None  # "officials said ... They said": the group again, still no speaker
        wanted = m.pronoun_refers_to(word)  # "he" is a person, never a country; "it" never a person
        if wanted == "org":
            candidates = [ctx.last_body]
        target = next((c for c in candidates if c is not None and (
            wanted is None or (c.kind == "person") == (wanted == "person"))), None)
        return (target, "pronoun") if target else None

    def opening_person(self, frame: str) -> tuple[Entity | None, int, int]:
        """The person an English sentence opens with as its subject, and where the name ends: one
        known by a full name ("Billionaire Donald Trump praised ..."), or a new one introduced by an
        apposition ("Ratan Lal Jatav, the opposition MLA, released ..."); and where the next
        person the sentence names begins ("X asked Roe why he ...": "he" is Roe), or its end."""
        match = FULL_NAME.match(frame)
        if match is None or not OPENING_SUBJECT_END.match(frame, match.end()):
            return None, 0, 0
        words = match.group(0).split()
        if words[0] in m.NOT_NAME_START or names_a_place(match.group(0)):
            return None, 0, 0  # "On Sunday, she ...", "South Carolina, he said, ..."
        found = None
        for k in range(len(words) - 1):
            known = self.registry.lookup(" ".join(words[k:]))
            if known is not None:
                if known.kind != "person":
                    return None, 0, 0
                found = known
                break
        name = match.group(0)
        if found is None:
            if not OPENING_APPOSITION.match(frame, match.end()) or m.proper_name(words) != name or \
                    m.is_institution(words) or any(m.role_like(w.casefold()) for w in words):
                return None, 0, 0
            found = self.person(name)
        for other in CAPITALISED.finditer(frame, match.end()):
            word = other.group(0).strip(".,'’s")
            person = self.registry.lookup(word) or self._by_surname(word)
            if person is not None and person.kind == "person" and person != found:
                return found, match.end(), other.start()
        return found, match.end(), len(frame)

    def note_group(self, phrase: str) -> None:
        """A speech subject that resolved to no one: when it is an unnamed group ("two railway
        officials", "अधिकारियों"), a plural pronoun after it refers to the group."""
        words = phrase.split()
        if words and fold(words[-1]).strip(".,") in GENERIC_FOLDED:
            self.ctx.group_spoke = True

    def _by_surname(self, word: str, first: bool = False, titles: set[str] = frozenset()) -> Entity | None:
        """A person the article named in full, referred to by surname (or, with ``first``, when
        no one has that surname, by first name); when two share it, the one the article gave
        the same title ("डॉ. पालेकर" after "डॉ. मीनल पालेकर") or else the one spoken of last,
        else the one named first."""
        folded = fold(word)
        if not folded or m.is_title(word):
            return None
        # the surname, else (a new Devanagari name) the first name: "संजय" after "संजय कुमार"
        for part in (-1, 0) if first else (-1,):
            matches = [p for p in self.ctx.people if len(fold(p.name).split()) > 1 and any(
                fold(n).split()[part] == folded for n in self._names_of(p) if fold(n))]
            if len(matches) > 1 and titles:
                matches = [p for p in matches if titles & self.ctx.titles.get(p.id, set())]
            if len(matches) > 1 and self.ctx.last_person in matches:
                return self.ctx.last_person  # the one the article spoke of last
            if matches:
                return matches[0]  # "contractor Sudhakar Bhole", not "his nephew Mayur Bhole" named after him
        return None

    def _remember(self, text: str) -> None:
        """Notes, as a sentence is read, which word stood before each Devanagari word and which
        capitalised names an acronym of their initials would stand for."""
        words = list(HINDI_WORD.finditer(text))
        for first, second in zip(words, words[1:]):
            if not text[first.end():second.start()].strip():  # only spaces between them
                self.ctx.before.setdefault(second.group(0), {}).setdefault(first.group(0))
                self.ctx.after.setdefault(first.group(0), set()).add(second.group(0))
        for run in NAME_RUN.finditer(text):
            words = _upto_owner(run.group(0).split())  # "the Lok Kalyan Party's candidate": "LKP" is the party
            named = [w for w in words if w[:1].isupper()]
            for skip in range(0, min(2, len(named) - 1)):  # with and without an opening "The"
                if skip and named[0] not in {"The", "A", "An"}:
                    break
                rest = named[skip:]
                if 2 <= len(rest) <= 6:
                    self.ctx.spelt.setdefault("".join(w[0] for w in rest), set()).add(
                        " ".join(words[words.index(rest[0]):]))

    def _named_ending(self, word: str) -> str | None:
        """The one capitalised name read so far whose last word is ``word`` ("Kalidhar Tiger Reserve"
        for "reserve"), or None."""
        names = {name for found in self.ctx.spelt.values() for name in found
                 if len(name.split()) > 1 and name.split()[-1].casefold() == word.casefold()}
        return next(iter(names)) if len(names) == 1 else None

    def _named_with(self, words: tuple[str, ...]) -> str | None:
        """The one capitalised name of two words or more read so far that has all of ``words``, the
        last of them after its first word ("Kunwari Milk Producers' Cooperative Union" for "Kunwari
        cooperative"), or None."""
        wanted = [fold(w) for w in words]
        names = {ARTICLE_OPENING.sub("", name) for found in self.ctx.spelt.values() for name in found}
        names = {name for name in names if len(name.split()) > 1 and
                 wanted[-1] in (folded := fold(name).split())[1:] and all(w in folded for w in wanted) and
                 not TITLE_CASE_WORDS & set(folded)}  # (not "Donald Trump Jacked Up His Campaign", a headline)
        return next(iter(names)) if len(names) == 1 else None

    def _hindi_name_ending(self, word: str) -> str | None:
        """The name of two to four Devanagari words read so far that ends in ``word``, each word
        always read after the same one ("कालीधर टाइगर रिजर्व" for "रिजर्व"), or None."""
        if not m.DEVANAGARI_WORD.fullmatch(word):
            return None
        words = [word]
        while len(words) < 4:
            before = list(self.ctx.before.get(words[0], {}))
            if len(before) != 1 or before[0] in NOT_IN_BODY_NAME or before[0] in GENITIVES or \
                    m.hindi_role(before[0]) or not m.DEVANAGARI_WORD.fullmatch(before[0]):
                break
            words.insert(0, before[0])
        return " ".join(words) if len(words) > 1 and english_body_name(" ".join(words)) else None

    def _body_ending(self, word: str, before: tuple[str, ...] = ()) -> Entity | None:
        """The body a common noun stands for when it is a word, after the first, of the one name of
        two words or more the article gave that has it ("the park" after "Lahar Dweep Water Park",
        "the cooperative" and "the Kunwari cooperative" after "the Kunwari Milk Producers'
        Cooperative Union"; in Hindi its last word, "पार्क" after "लहर द्वीप वाटर पार्क"): not a
        person, a place, an office or a word of speech. ``before``: the noun's own words before it."""
        if word[:1].isupper() or m.is_pronoun(word) or m.hindi_role(word) or m.role_like(fold(word)) or \
                fold(word) in GENERIC_HEADS | DOCUMENT_HEADS | LAW_HEADS:
            return None
        named = self._named_with((*before, word)) if word.isascii() else self._hindi_name_ending(word)
        if named is None or is_place(named) or is_district(named):
            return None  # (a place named by its kind, "Water Park" or "Nagar", is still a body's name here)
        known = self.registry.lookup(named)
        if known is not None and known.kind != "org":
            return None
        return self.institution(named.split())[0]

    def _spelt_out(self, word: str) -> str | None:
        """The name an acronym stands for, when the article spelt it out earlier: "PLM" after
        "Pragati Lok Morcha", "DGS" after "Directorate General of Shipping"."""
        if not ACRONYM_WORD.fullmatch(word):
            return None
        found = self.ctx.spelt.get(word, set())
        return next(iter(found)) if len(found) == 1 else None

    def _full_name_before(self, word: str) -> str | None:
        """The full name a lone Devanagari surname stands for: a word that came right before it
        earlier in the article ("सचिन गोरे") and can be a given name. Of several, those read before
        no other word ("ये दोनों वोट गोरे के पक्ष में" gives "वोट", read before other words too), and
        of those the first read: an article gives a person's full name when it first names them."""
        if not m.DEVANAGARI_WORD.fullmatch(word) or word in NOT_GIVEN or m.hindi_role(word) or word in MANAGEMENT or \
                m.is_institution([word]) or m.is_pronoun(word) or word.endswith(m.PLURAL_ENDINGS) or \
                names_a_place(word) or latin_acronym(word) is not None:
            return None  # "खाताधारकों" after "40 प्रतिशत": a plural noun is no surname, "चीन" a country, "टीटीई" an office
        if any(m.is_institution([after]) for after in self.ctx.after.get(word, ())):
            return None  # "नियामक" read in "... शिक्षा नियामक प्राधिकरण": a word of a body's name, no surname
        given = [g for g in self.ctx.before.get(word, {}) if g not in NOT_GIVEN and g.replace(NUKTA, "") not in NOT_GIVEN
                 and not m.hindi_role(g) and g not in m.QUALIFIED_ROLES  # ("ग्राम प्रधान छेदालाल ...", "प्रधान छेदालाल")
                 and not m.is_title(g) and not m.is_institution([g]) and not names_a_place(f"{g} {word}")]
        only_before_it = [g for g in given if self.ctx.after.get(g, set()) <= {word}]
        chosen = only_before_it[:1] if len(given) > 1 else given
        return f"{chosen[0]} {word}" if chosen else None

    def _full_name_after(self, word: str) -> str | None:
        """The full name a lone Devanagari given name stands for: the one word that came right
        after it earlier in the article and can be a surname ("शंभू सदा" for "शंभू", after "34 वर्षीय
        शंभू सदा ताजपुर रोड की ..."); None when the given name came before other words too."""
        if not m.DEVANAGARI_WORD.fullmatch(word) or word in NOT_GIVEN or m.hindi_role(word) or m.is_title(word) or \
                word in m.QUALIFIED_ROLES or m.is_institution([word]) or m.is_pronoun(word) or \
                word.endswith(m.PLURAL_ENDINGS) or names_a_place(word) or latin_acronym(word) is not None:
            return None  # ("प्रधान का दावा" after "प्रधान छोटेलाल निषाद": an office)
        after = self.ctx.after.get(word, set()) - CASE_MARKERS
        surname = next(iter(after)) if len(after) == 1 else None
        if surname is None or not m.name_word(surname) or surname in NOT_GIVEN or m.is_institution([surname]) or \
                names_a_place(surname) or names_a_place(f"{word} {surname}"):
            return None
        return f"{word} {surname}"

    def _without_common_words(self, name: str) -> str:
        """A Hindi name without the words before it that the article uses as words of their own,
        when what is left is someone it has named: "भर्ती राय" (or "भर्ती लाभ राय") reads "राय", the
        "लाभ राय" named before, when "भर्ती" came before other words earlier ("भर्ती कराया"). A
        given name is read before its surname only or before a postposition ("सुरेश को"), so a new
        person's name stays whole."""
        words = name.split()
        while len(words) > 1 and self.ctx.after.get(words[0], set()) - {words[1]} - CASE_MARKERS:
            words = words[1:]
            rest = " ".join(words)
            known = self._by_surname(rest) if len(words) == 1 else self.registry.lookup(rest, "person")
            if known is not None and known.kind == "person" and known in self.ctx.people:
                return rest
        return name

    def introduce(self, entity: Entity, role: str) -> None:
        """The article gives ``entity`` a role: the whole phrase and each role word in it
        ("Railway Minister" gives "railway minister" and "minister")."""
        folded = fold(role)
        if not folded:
            return
        self.ctx.roles[folded] = entity
        ranked = any(w in RANK_PREFIXES for w in folded.split()[:-1])
        for word in folded.split():
            if m.role_like(word) and m.ROLE.fullmatch(word):
                self._give_role(word, entity, ranked)
        if entity.kind == "person" and entity.id not in self.ctx.offices:
            # a holder named now takes the office from an unnamed one of the same kind read before
            # ("डीएम ने ... इनकार किया" in a headline, then "जिलाधिकारी अनुप्रिया नायक": "डीएम" is Nayak)
            head = ROLE_HEADS.get(folded.split()[-1], folded.split()[-1])
            for known, holder in list(self.ctx.roles.items()):
                if holder.id in self.ctx.offices and holder is not entity and \
                        ROLE_HEADS.get(known.split()[-1], known.split()[-1]) == head and \
                        (" " not in known or _word_suffix(folded, known) or _word_suffix(known, folded)):
                    self.ctx.roles[known] = entity  # (not "the chief engineer" for an executive engineer)

    def _give_role(self, role: str, entity: Entity, ranked: bool) -> None:
        """``role`` (folded) is ``entity``'s from now on, unless the office it was read from has a rank
        before it and the bare office has a holder: "Additional Collector Y" after "Collector X" leaves
        "the collector" X's."""
        if not (ranked and role in self.ctx.roles):
            self.ctx.roles[role] = entity

    def institution(self, words: list[str]) -> tuple[Entity, str]:
        """A body the article names or describes ("स्वास्थ्य मंत्रालय", "the ministry"); a
        bare institution word is the last body of that kind the article mentioned. A body named
        after a word only parties take ("विपक्षी", "the opposition") is a party from then on."""
        found = self._institution(words)
        qualified = [fold(w) for w in words if fold(w) not in ARTICLES]
        if len(qualified) >= 2 and qualified[0] in POLITICAL and found[1] == "named" and \
                fold(words[-1]) not in BODY_REFS:
            self.ctx.kinds.setdefault(found[0].id, "party")
        return found

    def _institution(self, words: list[str]) -> tuple[Entity, str]:
        words = _place_not_owner(words)
        if len(words) == 2 and fold(words[0]) in BODY_REFS and words[1] in MANAGEMENT:
            words = words[:1]  # "अस्पताल प्रशासन", "बैंक प्रबंधन": the hospital, the bank, speaking
        if len(words) == 2 and words[1] in MANAGEMENT and words[0] not in GENERIC_BODY_WORDS:
            part = fold(words[0])  # not "जिला प्रशासन" after "... जिला अस्पताल"
            for org in reversed(self.ctx.orgs):
                called = self._called(org)
                if any(part in known.split() for known in called) and not any(
                        {"union", "party"} & set(BODY_HEADS.get(known.split()[-1], ())) for known in called):
                    # "मेट्रो प्रशासन" after "गुलाबी नगर मेट्रो रेल निगम": its management (an association
                    # or a party of the same words has members, not a management)
                    return org, "role"
        if len([w for w in words if fold(w) not in ARTICLES]) == 1 and words[-1].casefold() in MANAGEMENT and \
                fold(words[-1]) not in BARE_LOCAL_BODIES:
            if self.ctx.managed is not None:
                return self.ctx.managed, "role"  # "प्रबंधन के अनुसार" after "रिजर्व प्रबंधन ने"
            for org in reversed(self.ctx.orgs):
                if self._kinds(org) & MANAGED_KINDS:
                    return org, "role"  # "प्रबंधन के अनुसार" after "... माइनिंग कॉर्पोरेशन लिमिटेड": the company's
        owned = [w for w in words[:-1] if fold(w) not in ARTICLES]
        if len(words) >= 2 and words[-1].casefold() in MANAGEMENT and owned:
            named = (self._named_ending(owned[-1]) or self._hindi_name_ending(owned[-1])) if len(owned) == 1 else None
            if m.is_institution(owned) or named is not None:
                # "the Sunrise Hospital management": the hospital; "the reserve management" after "the
                # Kalidhar Tiger Reserve", "रिजर्व प्रबंधन" after "कालीधर टाइगर रिजर्व के बफर जोन में"
                self.ctx.managed = self.institution(owned if named is None else named.split())[0]
                return self.ctx.managed, "role" if named is not None else "named"
        if fold(words[-1]) in BODY_PARTS and all(w.islower() for w in words[:-1] if fold(w) not in ARTICLES):
            words = words[-1:]  # "the division bench": the bench, the court's
        named = _named_after_kind(words)
        if named is not None:
            return self._kind_named(*named), "named"
        bare = [w for w in words if fold(w) not in ARTICLES]
        if self.ctx.state and len(bare) == 2 and fold(bare[0]) in STATE_QUALIFIERS and fold(bare[1]) in GOVERNMENTS:
            # "राज्य सरकार", "the state government" in a story that names Punjab: Punjab's government
            words = [self._state_spelling(bare[1]), bare[1]]
        elif self.ctx.state and len(bare) >= 2 and OWNER_END.search(bare[0]) and \
                fold(OWNER_END.sub("", bare[0])) in STATE_QUALIFIERS:
            # "the state's School Education Department": the article's state's
            words = [self._state_spelling(bare[1]), *bare[1:]]
        elif self.ctx.state and fold(" ".join(bare)) in STATE_SEATS:
            words = [self._state_spelling(bare[0]), *bare]  # "Raj Bhavan", "राजभवन": the state's governor's office
        for g in (1, 2):
            if len(words) > g + 1 and words[g] in GENITIVES and with_own_bodies(" ".join(words[:g])):
                words = words[:g] + words[g + 1:]  # "बिहार के स्वास्थ्य विभाग" is the "बिहार स्वास्थ्य विभाग"
                break
        words = _first_field(words)
        name = " ".join(_first_field(m.institution_name(words).split()))
        folded = fold(name)
        head = fold(words[-1]).strip(".,")
        # ("the company", "the oil company": a kind word, with a field at most)
        kind = BODY_REFS.get(head) if len([w for w in words if fold(w) not in ARTICLES]) <= 2 and \
            not m.proper_name(words) else None
        # a body whose English name ends in the very word first ("the corporation" is the Panipat
        # Municipal Corporation, not a firm of the same kind named since), then any of its kind (a
        # Hindi "दवा कंपनी" describes a firm rather than naming one)
        if kind and head in KIND_LOCAL_BODIES and len([w for w in words if fold(w) not in ARTICLES]) == 1:
            same = ONE_HEAD.get(head, frozenset({head}))
            for org in reversed(self.ctx.orgs):
                if any(known.split()[-1] in same for known in self._called(org)):
                    return org, "role"  # "निगम" after "विद्युत वितरण निगम", "the corporation" after "... Nigam"
            if self.ctx.place and self.ctx.state:
                name, kind = KIND_LOCAL_BODIES[head], None  # the town's own, read below
                words, folded = name.split(), fold(name)
        # the body whose name ends in the word ("the airline" after "Halcyon Airways"), then one the
        # article called by that kind ("कंपनी" after "दवा कंपनी त्रिवेश लाइफकेयर", though a corporation
        # was named since), then any of its kind ("कंपनी" after "... लिमिटेड")
        for step in (("word", "called", "kind") if head.isascii() else ("called", "kind")) if kind else ():
            for org in reversed(self.ctx.orgs):
                if step == "word" and any(known.split()[-1] == head for known in self._called(org)) or \
                        step == "called" and self.ctx.kinds.get(org.id) == kind or \
                        step == "kind" and kind in self._kinds(org):
                    return org, "role"
        # a bare "police" is the force the article named first ("Dhanbad police arrested 14 ...
        # Pune police joined the raid ... police said"), any other word the body named last
        # a bare ministry is the nation's, even after a state's ("स्वास्थ्य मंत्रालय के मुताबिक" after
        # "तेलंगाना के स्वास्थ्य मंत्रालय"); any other bare body is the article's own
        national = folded.split()[-1] in NATIONAL_HEADS and not places_in(name)
        owned = with_own_bodies(name.split()[0])  # "कतर स्वास्थ्य मंत्रालय": a country's or state's own body
        # a body named by a name of its own is not one the article knew by a single word only
        # ("Kshitij General Insurance" after "insurance claims")
        proper = m.proper_name(words) is not None and len(folded.split()) >= 2
        for org in self.ctx.orgs if folded in LOCAL_BODIES else reversed(self.ctx.orgs):
            if national and places_in(" ".join(self._called(org))):
                continue
            if any(known == folded or known.endswith(" " + folded) or
                   folded.endswith(" " + known) and not (owned and not places_in(known)) and
                   not (" " not in known and proper)
                   for known in self._called(org)):
                if self._names_described(words, org):
                    break  # "दोयांग वैली प्लांटर्स एसोसिएशन" after "प्लांटर्स एसोसिएशन": the body by its name
                return org, "role" if len(folded.split()) == 1 else "named"
        if self.ctx.place and folded in BARE_LOCAL_BODIES and (self.ctx.state or not folded.isascii()):
            name, folded = BARE_LOCAL_BODIES[folded], fold(BARE_LOCAL_BODIES[folded])  # "प्रशासन": the district's
        if self.ctx.place and folded in LOCAL_BODIES:
            # "police said" in a story datelined Sangli: the Sangli police
            name = f"{self.ctx.place} {name[:1].upper()}{name[1:]}"
        elif self.ctx.state and folded.split()[-1] in STATE_BODY_HEADS and \
                len([w for w in folded.split() if w not in FIELD_JOINERS | STATE_QUALIFIERS]) <= STATE_BODY_WORDS and \
                not places_in(name) and \
                folded.split()[0] not in NATIONAL_QUALIFIERS | DISTRICT_WORDS and \
                not NATIONAL_FIELDS.search(folded) and \
                not self._listed_body(name):
            # "the health department" or "the Public Works Department" in a story that names Madhya
            # Pradesh: that state's department ("the state transport department" the Punjab Transport
            # Department, not "Punjab State ..."); a national one says so or is listed, and a district's
            # ("जिला स्वास्थ्य एवं परिवार कल्याण विभाग") is no state's
            if len(name.split()) > 1 and fold(name.split()[0]) in STATE_QUALIFIERS:
                name = name.split(" ", 1)[1]
            name = f"{self._state_spelling(name)} {name[:1].upper()}{name[1:]}"
        words = [w for w in words if fold(w) not in ARTICLES] or words
        stated = len(words) > 1 and fold(words[0]) in STATE_QUALIFIERS
        unqualified = self.registry.lookup(" ".join(words[1:]), "org") if stated else None
        if unqualified is not None and self.registry.is_listed(unqualified.id) or \
                stated and len(words) >= 3 and fold(words[-1]) not in STATE_BODY_HEADS and not places_in(name) and \
                not self._listed_body(" ".join(words)):
            # "राज्य निर्वाचन आयोग", "the State Election Commission": not the listed national body
            # but the state's own, named by the article's state; so is any body whose name opens
            # with the word ("the State Agricultural Marketing Board", "राज्य स्वास्थ्य समिति"), but
            # a department, which the state's name leads without the word ("the Bihar Health Department")
            name = " ".join(words)
            if self.ctx.state and not places_in(name):
                name = f"{self._state_spelling(name)} {name}"
        english = english_body_name(name)
        bare = self._bare(name)
        entity = self.registry.lookup(name, "org") or (english and self.registry.lookup(english, "org")) or \
            self.registry.resolve(english or name, "org", remember=not bare)
        if english:
            # "कोसी सिंचाई बोर्ड" and "Kosi Irrigation Board" are one body in either script
            self.registry.also_called(name, entity, this_article=bare)
            self.ctx.called.setdefault(entity.id, set()).add(fold(name))
        self.ctx.orgs.append(entity)
        return entity, "named"

    def _names_described(self, words: list[str], org: Entity) -> bool:
        """Whether ``words`` give a name of its own to a body the article knew only by words
        describing its kind ("the Rangsali Traders' Association" after "the traders' association",
        "दोयांग वैली प्लांटर्स एसोसिएशन" after "प्लांटर्स एसोसिएशन"): a body with an id of that name,
        which later bare words of its kind mean."""
        def described(name: str) -> bool:
            said = [w for w in name.split() if fold(w) not in ARTICLES]
            if has_devanagari(name):
                return all(glossary_word(w) or fold(w) in BODY_HEADS for w in said)
            return not any(w[:1].isupper() for w in said)

        hindi = [name for name in self._called(org) if has_devanagari(name)]
        if not all(described(name) for name in hindi or org.spellings):
            return False
        known = {w for name in self._called(org) for w in name.split()}
        own = [w for w in words if fold(w) not in known and fold(w) not in ARTICLES]
        if not own or any(self._a_place(w) for w in own):
            return False
        if has_devanagari(" ".join(own)):
            return any(not glossary_word(w) and fold(w) not in GENERIC_BODY_WORDS for w in own)
        return m.proper_name(words) is not None and all(w[:1].isupper() for w in own)

    @staticmethod
    def _bare(name: str) -> bool:
        """Whether ``name`` is a lone kind, institution or office word ("मंच", "the trust",
        "Commission", "डीएम"): what an article calls a body or an office it names no other way,
        no name of its own."""
        words = [w for w in name.split() if fold(w) not in ARTICLES]
        return len(words) == 1 and (_kind_word(words[0]) is not None or m.is_institution(words) or
                                    m.hindi_role(words[0]) or m.role_like(fold(words[0])))

    def _a_place(self, word: str) -> bool:
        """Whether ``word`` names a place: a state, city or district, or where the story was filed."""
        return is_place(word) or is_district(word) or bool(self.ctx.place) and fold(word) == fold(self.ctx.place)

    def _listed_body(self, name: str) -> bool:
        """Whether ``name`` is a body the alias file lists ("मौसम विभाग" is the India Meteorological
        Department): the nation's, whatever state the article is about."""
        found = self.registry.lookup(name, "org")
        return found is not None and found.kind == "org" and self.registry.is_listed(found.id)

    def _state_spelling(self, name: str) -> str:
        """The article's state, spelt in the script of ``name``."""
        state = STATES[self.ctx.state]
        return next((w for w in state if bool(m.DEVANAGARI_WORD.match(w)) == bool(m.DEVANAGARI_WORD.match(name))),
                    state[0])

    def _kind_named(self, kind: str, name: list[str]) -> Entity:
        """The body a kind word names ("कंपनी उदय गैसेज", "विपक्षी दल जन अधिकार मोर्चा"):
        a later bare kind word ("कंपनी", "पार्टी") is it."""
        body = self.institution(name)[0]
        self.ctx.kinds[body.id] = kind
        return body

    def _named_otherwise(self, org: Entity, phrase: str) -> bool:
        """Whether ``phrase`` names a body by words of its own before its kind word, none of which
        the article used for ``org``: "समता क्रांति दल" is not the "विशेष जांच दल" it named."""
        own = [w for w in phrase.split()[:-1] if w not in GENERIC_BODY_WORDS and w not in GENITIVES]
        if not own:
            return False
        known = {w for name in self._called(org) for w in name.split()}
        known |= {w for key, entity in self.ctx.roles.items() if entity.id == org.id for w in key.split()}
        return not known & set(own)

    def _kinds(self, org: Entity) -> set[str]:
        """The kinds of body ``org`` is: the one the article gave it, and those its names' heads say."""
        return {self.ctx.kinds.get(org.id)} | {k for known in self._called(org) for k in BODY_HEADS.get(known.split()[-1], ())}

    def _called(self, org: Entity) -> set[str]:
        """The folded names the article knows a body by, in its own script too."""
        names = {*org.spellings, *self.ctx.called.get(org.id, ())}
        return {fold(n) for n in names} | {fold(in_kind_order(n)) for n in names if " of " in n}

    def person(self, name: str) -> Entity:
        """A person named in the article; a lone surname means the person named in full before."""
        if len(name.split()) == 1:
            known = self._by_surname(name, first=True)
            if known is not None:
                return known
        elif fold(name.split()[-1]) in SHORT_FORM_ENDS and self.registry.lookup(name, "person") is None and \
                (known := self._by_given_names(name)) is not None:
            self.registry.also_called(name, known, this_article=True)
            return known
        return self._noted(self.registry.resolve(name, "person"), name)

    def _by_given_names(self, name: str) -> Entity | None:
        """The one person the article named in full whose name is ``name`` and a surname after it:
        "मेहर सिंह" after "मेहर सिंह संधू", "Mehar Singh" after "Mehar Singh Sandhu" (a name that
        ends in one of ``SHORT_FORM_ENDS``)."""
        words = fold(name).split()
        found = {p.id: p for p in self.ctx.people if p.kind == "person" and any(
            len(full) == len(words) + 1 and full[:-1] == words for full in (fold(n).split() for n in self._names_of(p)))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _namesake(self, name: str) -> bool:
        """Whether ``name`` is a full name, new to the article, of someone who shares a surname with a
        person the article named before under another first name."""
        words = name.split()
        if not m.namey(name) or m.proper_name(words) != name or names_a_place(name) or m.is_institution(words) or \
                any(m.role_like(fold(w)) or glossary_word(w) for w in words):
            return False  # (not "Police Ajay Kumar Tirkey" after "Director General of Police Ajay Kumar Tirkey")
        known = self._by_surname(words[-1])
        return known is not None and not {fold(w) for w in words[:-1]} & set(fold(known.name).split()[:-1])

    def _named_person(self, name: str) -> Entity:
        """The person a name in the text names: a listed one as the registry knows them, else one
        the article now knows by this name."""
        known = self.registry.lookup(name, "person")
        if known is not None and known.kind == "person":
            return self._noted(known, name) if self._from_earlier_article(known) else known
        return self.person(name)

    def _from_earlier_article(self, entity: Entity) -> bool:
        """Whether an earlier article of this run taught the registry this person (not the alias
        file, not this article): one the article names must then join its people, as a name it
        learnt itself would."""
        return entity.kind == "person" and not self.registry.is_listed(entity.id) and \
            self.registry.learnt_before(entity.id, self.known_before)

    def _noted(self, entity: Entity, name: str) -> Entity:
        """``entity``, now among the article's people under ``name`` as well: a person learnt from
        an English article of the run is "तिर्की" here after "अजय कुमार तिर्की", not only "Tirkey"."""
        if entity not in self.ctx.people:
            self.ctx.people.append(entity)
        if entity.kind == "person" and len(name.split()) > 1 and name not in entity.spellings:
            self.ctx.called.setdefault(entity.id, set()).add(name)
        return entity

    def _names_of(self, person: Entity) -> set[str]:
        """A person's names: those the registry knows and those this article wrote."""
        return {*person.spellings, *(self.ctx.called.get(person.id, ()) if person.kind == "person" else ())}

    def person_like(self, entity: Entity) -> bool:
        """A listed person, a learnt name of two words or more, or one the article described as
        a person ("बेटे को खोने वाले रामखिलाड़ी"); a lone learnt word is as likely a place or a
        country ("Russia said")."""
        return entity.kind == "person" and (self.registry.is_listed(entity.id) or len(entity.name.split()) > 1
                                            or entity.id in self.ctx.described_people)

    def speaks_as_person(self, entity: Entity, frame: str, at: int) -> bool:
        """Whether a speaker is a person a later pronoun may mean: ``person_like``, or a lone
        Devanagari word, no acronym and no place, that speaks as its sentence's agent ("मोहिते ने
        कहा"): Hindi news names people by surname alone, a body by an acronym ("एनएमसीएच ने")."""
        if self.person_like(entity):
            return True
        return entity.kind == "person" and bool(m.DEVANAGARI_WORD.fullmatch(entity.name)) and \
            latin_acronym(entity.name) is None and not names_a_place(entity.name) and \
            bool(AGENT_AFTER.match(frame, at))

    def role(self, role: str) -> Entity | None:
        if not role:
            return None
        roles = self.ctx.roles
        if role in roles:
            return roles[role]
        for known, entity in roles.items():
            if _word_suffix(known, role) or _word_suffix(role, known) and not self._other_office(entity, role):
                return entity
        short = (latin_acronym(role) or "").casefold() if " " not in role else ""
        for known, entity in roles.items():
            if len(role) >= 2 and " " not in role and _initials(known) == role:
                return entity  # "the SSP" after "Senior Superintendent of Police Jane Roe"
            if short and len(short) >= 2 and _english_initials(known) == short:
                return entity  # "सीएफओ ने कहा" after "मुख्य अग्निशमन अधिकारी रमेश वर्मा"
        holder = self.registry.role_holder(role) or self._listed_role(role)
        if holder is not None:
            return holder
        head = ROLE_HEADS.get(role.split()[-1], role.split()[-1])
        for known, entity in reversed(list(roles.items())):
            if ROLE_HEADS.get(known.split()[-1], known.split()[-1]) == head and len(role.split()) <= 3 and \
                    not self._other_office(entity, role):
                return entity
        return None

    def _other_office(self, entity: Entity, role: str) -> bool:
        """Whether the article gave ``entity`` an office of the same kind as ``role`` with another
        qualifier: "the health minister" is not the "railway minister" it named ("the minister" is)."""
        if len(role.split()) < 2:
            return False
        head = role.split()[-1]
        return any(ident is entity and len(known.split()) >= 2 and known.split()[-1] == head
                   and not (_word_suffix(known, role) or _word_suffix(role, known))
                   for known, ident in self.ctx.roles.items())

    def _listed_role(self, role: str) -> Entity | None:
        """A shorter form of a listed role of someone the article named: "the space agency"
        after "ISRO" (listed as "Indian space agency")."""
        if len(role.split()) < 2:
            return None
        found = {ident for known, ident in self.registry.roles.items()
                 if ident in self.ctx.seen and _word_suffix(known, role)}
        return self.registry.get(found.pop()) if len(found) == 1 else None

    def learn_kinds(self, text: str) -> None:
        """Bodies set beside their kind ("Halcyon Airways, the airline,", "The manufacturer,
        Mrigank Parenterals,"): read before the sentence's cues, so that the body is no person
        even where it speaks, and a later "the firm" is it."""
        self.ctx.kind_named = set()
        for name, kind in [(a.group(1), a.group(2)) for a in APPOSED_KIND.finditer(text)] + \
                [(a.group(2), a.group(1)) for a in KIND_APPOSED.finditer(text)]:
            words = _name_words(name)
            known = self.registry.lookup(" ".join(words)) if words else None
            if words and (known is None or known.kind != "person") and not names_a_place(" ".join(words)):
                self._kind_named(BODY_REFS[fold(kind)], words)
                self.ctx.kind_named.add(" ".join(words))

    def learn_state(self, text: str) -> None:
        """The state whose bodies the article quotes, as the sentence names one."""
        if not self.ctx.state or self.ctx.state_weak:
            # the first state the article names says whose departments it quotes; until it names
            # one, the state of a city it names ("जबलपुर": Madhya Pradesh's health department) or
            # the state or territory it was filed from, which give way to a state it names ("By X
            # in Chandigarh ... Punjab's buses": the Punjab Transport Department)
            order = places_in_order(text)
            filed = places_in(self.ctx.place) if self.ctx.place else frozenset()
            named = [p for p in order if p in STATES and p not in filed]
            weak = [p for p in order if p in STATES and p in filed] + [CITY_STATES[p] for p in order if p in CITY_STATES]
            if named and named[0] != self.ctx.state:
                self.ctx.state, self.ctx.state_weak = named[0], False
            elif not self.ctx.state and (weak := weak or [p for p in district_states(text) if p in STATES]):
                self.ctx.state, self.ctx.state_weak = weak[0], True  # ("RAJGARH, Aug. 21: ...": Madhya Pradesh)

    def learn_bodies(self, text: str, before_bare: bool = True) -> None:
        """Members' bodies a Hindi sentence names in passing ("वागड़ मजदूर अधिकार संगठन के आह्वान
        पर"): what a bare "संगठन" after them means, in the sentence (those before its first bare
        one, as it is read) and later (the rest, once it is read)."""
        found, before = _hindi_bodies_in_passing(text)
        for words in found[:before] if before_bare else found[before:]:
            if self.registry.lookup(" ".join(words), "org") is None and not names_a_place(" ".join(words[:-1])):
                self.institution(words)

    def learn_relatives(self, text: str) -> None:
        """A lone given name after a relative of a person the article named takes the family's
        surname ("Salame's son, Rajesh", "भगत की पत्नी कुमकुम ने"): the sentence's "Rajesh" and a
        later one are Rajesh Salame; and a Hindi full name whose relative is spoken of is a person
        ("कविता मालव की बेटी"), whom a later lone given name means. Read before the sentence's cues."""
        for match in KIN_OF.finditer(text):
            owner, given = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
            family = self._by_surname(owner, first=True)
            spelt = [n.split() for n in self._names_of(family) if len(n.split()) > 1 and
                     has_devanagari(n) == has_devanagari(owner)] if family is not None else []
            if spelt and self._by_surname(given) is None and self.registry.lookup(given, "org") is None and \
                    not names_a_place(given) and not m.hindi_role(given):
                self.person(f"{given} {spelt[0][-1]}")
        read_to = 0
        for kin in KIN_AFTER_HI.finditer(text):
            # whose daughter or son someone is, is a person: "कविता मालव की बेटी ... कविता ने कहा" is Kavita Malav
            match = KIN_OWNER_HI.search(text, max(read_to, kin.start() - KIN_OWNER_REACH), kin.start())
            if match is None:
                continue
            read_to = kin.end()
            words = match.group(0).split()
            marked = [k for k, w in enumerate(words) if w in CASE_MARKERS]  # "कुन्हाड़ी की| कविता मालव"
            name = m.hindi_name(words[marked[-1] + 1:] if marked else words)
            if name is not None and len(name.split()) >= 2 and not names_a_place(name) and not numbers_in(name) and \
                    self.registry.lookup(name, "org") is None and self.registry.lookup(name) is None:
                self.person(name)

    def learn_acronyms(self, text: str) -> None:
        """A body named in full with its acronym after it: in this article the acronym is that body,
        whichever script writes it ("चंदनपुर माइनिंग कॉर्पोरेशन लिमिटेड (सीएमसीएल)", "पंजाब प्रदूषण नियंत्रण बोर्ड
        (पीपीसीबी)"), so "सीएमसीएल ने" here and "CMCL" in another paper's "Chandanpur Mining Corporation
        Limited (CMCL)" are one body. Read before the sentence's cues, which may credit the body by the
        acronym ("... (पीपीसीबी) के मुताबिक")."""
        for words, acronym in m.acronym_mentions(text):
            spelt = _spelt_by(words, acronym)
            if spelt and self.registry.lookup(acronym) is None and _letters_of(acronym) not in self.ctx.acronyms:
                start = len(words) - len(spelt)
                for size in (2, 1):  # the state or country named before it is part of its name
                    owner = start - 1 if start and words[start - 1] in GENITIVES else start  # "चीन के ..."
                    if owner >= size and is_place(" ".join(words[owner - size:owner])):
                        start = owner - size
                        break
                full = self.institution(words[start:])[0]
                if full.kind == "org":
                    self.ctx.acronyms[_letters_of(acronym)] = full

    def learn_mentions(self, text: str) -> None:
        """Full mentions ("रेल मंत्री ए. कुमार", "Railway Minister A. Kumar", 'रूसी राष्ट्रपति
        व्लादिमीर पुतिन') introduce people with their roles; names update salience."""
        self._remember(text)
        self.learn_bodies(text, before_bare=False)
        for match in NAMED_BODY.finditer(text):
            # "The Punjab and Haryana High Court": fields joined by "and" are one name
            words = text[slice(*ph.joined_fields(text, match.start(1), match.end(1)))].split()
            if words[0].casefold() in ARTICLES:
                words = words[1:]
            if len(words) >= 2 and fold(words[-1]) in BODY_HEADS and \
                    self.registry.lookup(" ".join(words), "org") is None and not names_a_place(" ".join(words[:-1])):
                # "president of the Khanpur Traders' Association": a body named in passing is what a
                # later "the trust" means
                self.institution(words)
        bodies = self.ctx.kind_named
        mentioned = m.role_mentions(text)
        with_roles = [name for _, name, _ in mentioned]
        for match in FULL_NAME.finditer(text):
            name = match.group(0)
            start = match.start()
            if name in bodies or any(full.endswith(" " + name) for full in with_roles):
                continue  # "Singh Kahlon" in "Transport Minister Jagroop Singh Kahlon": his name's end
            words = name.split()
            if OF_BEFORE.search(text, max(0, start - 60), start):
                continue  # "Directorate General of Shipping Services": the end of a body's name
            office = OFFICE_OF_BEFORE.search(text, max(0, start - 40), start)
            if office and (m.role_like(office.group(1).casefold()) or office.group(1).casefold() in PLACE_OFFICES):
                continue  # "the pradhan of Kharwa Dih": the place the office is of
            if PLACE_WORD_BEFORE.search(text, max(0, start - 12), start) or \
                    PLACE_HEAD_AFTER.match(text, match.end()):
                continue  # "people in Nagla Chhitar", "from Rampur village": a place, not a person
            if m.role_like(words[-1].casefold()) or words[-1].casefold() in LAW_HEADS or \
                    LAW_REST.match(text, match.end()):
                continue  # "Religious Affairs Minister": an office, whoever holds it; "Standards Act": a law
            run = CAPITALISED_RUN.match(text, start)
            if run is not None and any(fold(w) in BODY_HEAD_WORDS for w in run.group(0)[len(name):].split()[:3]):
                continue  # "Kanakpura Devasthan Trust", "Punjab Transport Kacha Mulazam Union": a body's first words
            joined = JOINED_AFTER.match(text, match.end())
            later = CAPITALISED_RUN.match(text, joined.end()) if joined else None
            if later is not None and any(fold(w) in BODY_HEAD_WORDS for w in later.group(0).split()[:4]):
                continue  # "Urban Development and Housing Department": a department's first field
            untitled = m.strip_titles(words)
            if len(untitled) < len(words):  # "Dr Vaishali Jamre inspected the fields": the name after the title
                if re.search(r"['’]s?$", name):
                    continue  # "President Barack Obama's actions": an owner, whom the office names
                name, words = " ".join(untitled), untitled
            if len(words) >= 2 and m.proper_name(words) == name and not m.is_institution(words) and \
                    not names_a_place(name) and self.registry.lookup(name) is None:
                self.person(name)  # "Jane Roe filed the appeal": a later "Roe" is her
        for match in CAPITALISED_RUN.finditer(text):
            # "The Punjab and Haryana High Court": fields joined by "and" are one name
            words = _name_words(text[slice(*ph.joined_fields(text, match.start(), match.end()))])
            # the last head word of the run: "Meshwo District Cooperative Milk Producers Union" is a union
            head = next((k for k in range(len(words) - 1, 0, -1) if fold(words[k]) in BODY_HEAD_WORDS), None)
            if any(w.casefold() in EN_BOUNDARIES for w in words[1:head]):
                continue  # a headline in title case ("Suspect Named By Police"), no body's name
            if head is not None and m.is_institution(words[:head + 1]):
                self.institution(words[:head + 1])  # "The Halcyon Airways Airbus landed": a later "the airline" is it
        for words in hindi_bodies(text):
            self.institution(words)  # "कोसी सिंचाई बोर्ड के अभियंता ...": a later "बोर्ड" is it
        for match in DESCRIBED_DEPARTMENT.finditer(text):
            words = match.group(1).split()
            if all(w in FIELD_WORDS for w in words[:-1]):
                self.institution(words)  # "the transport department has suspended ...": a later "the department" is it
        for match in AGED_NAME.finditer(text):
            name = m.hindi_name(match.group(1).split())
            words = name.split() if name else []
            place = next((k for k, w in enumerate(words) if is_place(w) or is_district(w)), len(words))
            words = words[:place]  # "30 वर्षीय सावित्री मथुरा राजमार्ग पर": no place is part of the name
            name = " ".join(words)
            if len(words) >= 2 and not GENERIC_PEOPLE & set(words) and not m.is_institution(words) and \
                    not places_in(name) and self.registry.lookup(name, "org") is None:
                self.person(name)  # "60 वर्षीय कमला देवी की बेटी ...": a later "उन्होंने" may be her
        for match in EMPLOYER.finditer(text):
            words = _name_words(next(g for g in match.groups() if g))
            if not words or any(w in NOT_IN_BODY_NAME for w in words) or m.is_institution(words) or \
                    names_a_place(" ".join(words)) or self.registry.lookup(" ".join(words)) is not None:
                continue  # a body known or named by its kind, a place's staff, a person's
            body = self.institution(words)[0]  # "नीलकंठ के एक कर्मचारी": a later "कंपनी" is Nilkanth
            self.ctx.kinds.setdefault(body.id, "company")
        for words, acronym in m.acronym_mentions(text):
            # the body as a cue reads it: a Hindi phrase ends at the acronym, an English one skips it
            body = self.entity_in(acronym if m.DEVANAGARI_WORD.match(acronym) else " ".join(words), None)
            if body is not None and body[0].kind in {"org", "person"}:  # "संघ" after "... संघ (आरएसएस)"
                self.ctx.roles[fold(words[-1])] = replace(body[0], kind="org")
                # the words that named it: "जांच दल" is it, "समता क्रांति दल" another body of its kind
                self.ctx.called.setdefault(body[0].id, set()).add(fold(" ".join(words[-3:])))
        for name, other in m.aliases_in(text):
            # "रमेश टुडू उर्फ कालू", "Ramesh Tudu alias Kalu": a later "कालू ने कहा" is Tudu
            entity = self._named_person(name)
            if self.registry.lookup(other, "person") is None:
                self.registry.also_called(other, entity)
        for role, name, at in mentioned:
            entity = self._named_person(name)
            if len(name.split()) == 1 and (known := self._by_surname(name)) is not None:
                entity = known  # "BDO Gehlot" after "BDO Manohar Lal Gehlot": the article's
            self.introduce(entity, role)
            begin = text.rfind(role, 0, at)
            if " and " in role:
                # "Health and Family Welfare Minister": a later "the health minister" is the holder of both
                self.introduce(entity, f"{role.split(' and ')[0]} {role.split()[-1]}")
            short = BRACKETED_SHORT.match(text, begin + len(role), at) if begin >= 0 else None
            if short is not None and (ACRONYM_WORD.fullmatch(short.group(1)) or latin_acronym(short.group(1))):
                self.introduce(entity, short.group(1))  # "CMHO" / "सीएमएचओ" after "... Officer (CMHO) Dr. X"
            field = FIELD_BEFORE.search(text, max(0, begin - 40), begin) if begin > 0 else None
            if field is not None and self.registry.lookup(field.group(1)) is None and not names_a_place(field.group(1)):
                # "स्वास्थ्य एवं परिवार कल्याण मंत्री": a later "स्वास्थ्य मंत्री" is the holder of both
                self.introduce(entity, f"{field.group(1)} {role.split()[-1]}")
        for role, name in m.apposed_roles(text):
            found = self.entity_in(name, "person")
            if found is not None and found[0].kind == "person":
                head = OF_PLACE.sub("", role)
                self.introduce(found[0], head.split()[-1])  # "Roe, a lawyer for the men": "the lawyer"
                if head != role:
                    self.introduce(found[0], role)  # "the civil surgeon of Kaimur, Dr. Vibha Bharti,"
                    self.introduce(found[0], head)
        for role, name, _ in m.assumed_roles(text):
            # "Roe was elected mayor", "सावंत ने महापौर का पदभार संभाला": the person the article
            # means by that name (a lone surname is the full name given before) takes the office
            found = self.entity_in(name, "person")
            if found is not None and found[0].kind == "person":
                self.introduce(found[0], role)
        for match in TITLED.finditer(text):
            words = match.group(2).split()
            for size in range(len(words), 0, -1):
                found = self.registry.lookup(" ".join(words[:size]).strip(".,"), "person")
                if found is not None and found.kind == "person" and found in self.ctx.people:
                    self.ctx.roles[TITLE_ROLES[fold(match.group(1))]] = found  # a later "the doctor" is her
                    break
        for match in DESCRIBED_LONE.finditer(text):
            name = match.group(1) or match.group(2) or match.group(3)
            known = self.registry.lookup(name)
            if name not in m.NOT_NAME_START and not names_a_place(name) and \
                    (known is None or known.kind == "person" and not self.registry.is_listed(known.id)) and \
                    not (self.ctx.place and fold(name) == fold(self.ctx.place)):
                self.ctx.described_people.add(self.person(name).id)  # a later "she" may be Rajni
        toks = tokens(text)
        i = 0
        self.ctx.subject, first = None, True
        opening = OPENING_PRONOUN.match(text) if self.ctx.language == "en" else None
        if opening is not None:
            # "She also ordered an inquiry by Additional Collector Alok Rai.": she acts, whom a later
            # "she said" means, not the man named after her
            found = self.pronoun(opening.group(1), opening.start(1))
            if found is not None and found[0].kind == "person":
                self.ctx.subject, first = found[0], False
        while i < len(toks):
            if toks[i][0] in NOT_A_NAME_EDGE:
                i += 1
                continue
            for size in range(min(4, len(toks) - i), 0, -1):
                if toks[i + size - 1][0] in NOT_A_NAME_EDGE:
                    continue
                cand = text[toks[i][1]:toks[i + size - 1][2]]
                entity = self.registry.lookup(cand) if m.namey(cand) else None
                if entity is None and size > 1 and self._namesake(cand):
                    entity = self.person(cand)  # "Jagdamba Prasad Kushwaha" after "Dinesh Kushwaha": whom a later
                    # "Kushwaha" may mean
                if entity is None and 2 <= size <= 3 and toks[i + size - 1][0] in NAME_ENDS and \
                        m.hindi_name(cand.split()) == cand and not names_a_place(cand):
                    entity = self.person(cand)  # "टोले की बुधनी देवी का घर ...": whom a later "उन्होंने" means
                if entity is None and size == 2 and i >= 2 and toks[i - 1][0] in AGE_WORDS and toks[i - 2][0].isdigit() \
                        and (i + 2 == len(toks) or toks[i + 2][0] in CASE_MARKS or toks[i + 2][0] in NOT_IN_BODY_NAME or
                             not m.name_word(toks[i + 2][0])) \
                        and m.hindi_name(cand.split()) == cand and not names_a_place(cand):
                    entity = self.person(cand)  # "34 वर्षीय शंभू सदा ...", two words and no third: the same
                if entity is None and size == 1 and cand[:1].isupper():
                    entity = self._by_surname(cand)  # "Kale, a two-term councillor, ...": she comes to mind
                elif size == 1 and i and m.role_like(fold(toks[i - 1][0])) and (known := self._by_surname(cand)) is not None:
                    entity = known  # "BDO Gehlot" after "BDO Manohar Lal Gehlot": the article's
                if entity is not None and self.registry.is_listed(entity.id):
                    self.ctx.seen.add(entity.id)
                if entity is not None and self.person_like(entity):
                    if size > 1 and self._from_earlier_article(entity):
                        self._noted(entity, cand)
                    before = " ".join(t[0] for t in toks[max(0, i - 3):i])
                    for k in range(1, 4):
                        role = " ".join(before.split()[-k:])
                        ranked = len(before.split()) > k and fold(before.split()[-k - 1]) in RANK_PREFIXES
                        if self.registry.role_holder(role) == entity or m.role_like(role):
                            self._give_role(fold(role), entity, ranked)
                    # "उपायुक्त सह जिला निर्वाचन पदाधिकारी X", "Deputy Commissioner-cum-District Election
                    # Officer X": the office before "सह" / "cum" is hers too
                    joined = [t[0] for t in toks[max(0, i - 8):i]]
                    cum = max((k for k, w in enumerate(joined) if fold(w) in JOINT_OFFICE), default=None)
                    if cum is not None and cum >= 1 and all(m.role_like(fold(w)) or glossary_word(w) or
                                                           m.hindi_role(w) for w in joined[cum + 1:]):
                        for k in range(1, min(3, cum) + 1):
                            role = " ".join(joined[cum - k:cum])
                            if m.role_like(fold(role)) or m.hindi_role(joined[cum - 1]) and k == 1:
                                self.introduce(entity, role)
                    self.ctx.last_person = entity
                    following = toks[i + size][0] if i + size < len(toks) else ""
                    self.ctx.last_person_object = following in OBJECT_MARKERS
                    if first and not self.ctx.last_person_object:
                        self.ctx.subject = entity  # "Roe dared Dalal to ...": Roe, whom a "she" after means
                    elif i and fold(toks[i - 1][0]) in ALONGSIDE:
                        self.ctx.subject = None  # "Kim toured the site with Putin": both did, the last named first
                    first = False
                    i += size
                    break
            else:
                i += 1

    def asked(self, frame: str) -> tuple[Entity | None, int]:
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
            if entity is not None and self.person_like(entity):
                return entity, match.end()
        return None, 0
