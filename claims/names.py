"""One canonical id per person, outlet and organisation across scripts and spellings.

Lookup goes, in order: exact alias (case and punctuation folded) -> phonetic key that is
the same for Devanagari and Latin spellings (``पेसकोव`` and ``Peskov`` both give
``pskv``) -> fuzzy match on that key (rapidfuzz) -> a new id made from the key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml
from indic_transliteration import sanscript
from rapidfuzz import fuzz, process

from claims.lexicon import lexicon
from claims.models import Entity

ALIASES_FILE = Path(__file__).with_name("aliases.yaml")
KINDS = {"people": "person", "outlets": "outlet", "orgs": "org"}
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
FUZZY_MIN = 88.0
# and word by word: "Dmitri" / "Dmitry" differ in a letter, "Basic" / "Block" in a word
WORD_FUZZY_MIN = 75.0
# no name, role or outlet is longer than this; a longer "name" is a run of text, not looked up
MAX_NAME = 120
FOUND_MAX = 100_000
# a place's possessive before a noun: "South Korea's army", "दक्षिण कोरिया की सेना"
POSSESSIVE = re.compile(r"^(?:([^'’]+?)['’]s|(.+?)\s+(?:के|की|का))\s+(\S.*)$")

_LATIN_FOLD = [("ph", "f"), ("sh", "s"), ("ch", "c"), ("kh", "k"), ("gh", "g"), ("th", "t"),
               ("dh", "d"), ("bh", "b"), ("jh", "j"), ("w", "v"), ("q", "k"), ("x", "ks"),
               ("z", "j"), ("c", "k")]


CANDRA = str.maketrans({"\u0911": "\u0913", "\u0949": "\u094b", "\u090d": "\u090f", "\u0945": "\u0947"})
# a word's opening diphthong as Latin spells it and Devanagari writes it: "Airways" / "एयरवेज़",
# "Aurelia" / "ऑरेलिया"
DIPHTHONGS = {"ai": "e", "ae": "e", "au": "o"}
HEAD_DIPHTHONG = re.compile(r"^(?:ai|ae|au)")


def has_devanagari(text: str) -> bool:
    return bool(DEVANAGARI.search(text))


INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")
NOT_WORD = re.compile(r"[^\w\u0900-\u097F]+")
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case, accents, nukta and punctuation folded; words separated by one space."""
    text = unicodedata.normalize("NFC", text).replace("\u093c", "")
    text = INVISIBLE.sub("", text.casefold())
    return " ".join(NOT_WORD.sub(" ", text).split())


# the flapped ड़ and ढ़ as names write them in Latin: ड़ as d beside an e sound, after an i, or between a
# long a and a vowel (Wankhede, Wairagade, Khedekar, Jangid, Hada, Mewada, Kharadi) and r elsewhere (Lakra,
# Arora, Brar, Jakhar, Barjatya, Mewar, Paharganj; a place such as जामताड़ा Jamtara too), with the other
# letter in the other reading; ढ़ as rh in ids (Chhattisgarh, Garhwal, Aligarh) and dh in the other
# reading (Gadhinglaj)
FLAP_READ = {"\u0922\u093c": "\u0930\u094d\u0939"}
FLAPS = {"\u0922\u093c": "\u0922"}
FLAP_D = "\u0921\u093c"
# a ड़ after the vowel sign of i or e, before that of e, or between that of a long a and another, is written d
FRONT_FLAP = re.compile("(?<=[\u093f\u0940\u0947\u0948])\u0921\u093c|\u0921\u093c(?=[\u0947\u0948])"
                        "|(?<=\u093e)\u0921\u093c(?=[\u093e-\u094c])")


def _read_flap(text: str, front: str, back: str) -> str:
    """``text`` with each ड़ beside an e sound or after an i read ``front`` and every other ``back``."""
    return FRONT_FLAP.sub(front, text).replace(FLAP_D, back)


@lru_cache(maxsize=65536)
def romanise(text: str) -> str:
    """Plain lower-case Latin letters for a name in either script; a Latin initial spelt out
    in Devanagari ("ए.") is its letter."""
    text = unicodedata.normalize("NFC", text)
    for flap, reading in FLAP_READ.items():
        text = text.replace(flap, reading)
    text = _read_flap(text, "\u0921", "\u0930")  # ड़ read d or r: see ``flapped``
    text = text.replace("\u093c", "")
    text = HIDDEN.sub("", text)
    hindi = has_devanagari(text)  # a text with Devanagari in it is read as Hindi throughout
    return " ".join(filter(None, (_romanise_word(word, hindi) for word in text.split())))


HIDDEN = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
# the inherent vowel is not spoken at the end of a Hindi word: पुतिन -> putin
INHERENT_A = re.compile(r"(?<=[^aAiIuUeEoO\s.~^])a\b")
NOT_LATIN = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _latin_letters() -> dict:
    return lexicon("hi").mapping("latin_letters")


@lru_cache(maxsize=1 << 16)  # the names of a run share their words
def _romanise_word(word: str, hindi: bool) -> str:
    if hindi:
        # the "candra" vowels of English loans (ऑस्ट्रिया, डॉक्टर, ऍप) read as o and e
        word = word.translate(CANDRA).replace("ज्ञ", "ग्य")  # ज्ञ is spoken and written gy: ज्ञान Gyan
        if word.endswith("."):
            word = _letters(word, _latin_letters())
        word = " ".join(_itrans(part) for part in word.split(" "))  # a space ends every sign
        word = INHERENT_A.sub("", word)
        # an anusvara before "h" is spoken "ng": सिंह -> singh (सिन्हा stays sinha)
        word = word.replace("Mh", "ngh").replace(".N", "n").replace(".n", "n").replace("M", "n").lower()
    word = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return " ".join(NOT_LATIN.sub(" ", word.lower()).split())


def flapped(text: str) -> str | None:
    """The spelling with the flapped ड़ and ढ़ given their other reading, or None without them:
    ``romanise`` reads ड़ d beside an e sound, after an i or between a long a and a vowel, as names are
    written in Latin (वानखेड़े Wankhede, वैरागड़े Wairagade, जांगिड़ Jangid, हाड़ा Hada), r elsewhere
    (लकड़ा Lakra, अरोड़ा Arora, बराड़ Brar), and ढ़ rh,
    as names of the Hindi belt are (छत्तीसगढ़ Chhattisgarh, गढ़वाल Garhwal), and ids follow that
    reading; this one reads each ड़ the other way and ढ़ dh. The registry keys a name both ways, so
    in one run either Latin spelling finds it."""
    text = unicodedata.normalize("NFC", text)
    if FLAP_D not in text and not any(flap in text for flap in FLAPS):
        return None
    for old, new in FLAPS.items():
        text = text.replace(old, new)
    return _read_flap(text, "\u0930", "\u0921")


def _letters(word: str, letters: dict) -> str:
    """"ए." -> "a", "आर.के." -> "r k": initials spelt in Devanagari letter names; any other word as it is."""
    parts = [part for part in word.split(".") if part]
    if parts and all(part in letters for part in parts):
        return " ".join(str(letters[part]) for part in parts)
    return word


@lru_cache(maxsize=65536)
def _itrans(word: str) -> str:
    """One Devanagari word in ITRANS: names share their words, so each is transliterated once."""
    return sanscript.transliterate(word, sanscript.DEVANAGARI, sanscript.ITRANS)


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    """A given name's short form, romanised -> the name it stands for ("मो." and "Md." are
    Mohammad), from both lexicons."""
    out = {}
    for language in ("en", "hi"):
        for short, full in lexicon(language).mapping("name_short_forms").items():
            out[romanise(str(short))] = romanise(str(full))
    return out


def _full_forms(words: list[str]) -> list[str]:
    """Each word before the last that is a short given name, written out ("md salim qureshi" ->
    "mohammad salim qureshi")."""
    forms = _short_forms()
    return [forms.get(w, w) if k < len(words) - 1 else w for k, w in enumerate(words)]


@lru_cache(maxsize=1 << 16)  # a name is keyed again each time an article mentions it
def phonetic_key(text: str) -> str:
    """A spelling-tolerant key: first letter of each word, then its consonants."""
    return " ".join(_word_key(word) for word in _full_forms(romanise(text).split()))


MINISTRY_WORDS = {"ministry": "mantralay", "ministries": "mantralay"}


@lru_cache(maxsize=1 << 16)  # the spans an article offers share their words
def _word_key(word: str) -> str:
    """One romanised word's key."""
    # a ministry is keyed as Hindi names it (मंत्रालय), else it would be its minister, whose
    # consonants are the same ("Health Ministry", "Health Minister")
    word = MINISTRY_WORDS.get(word, word)
    word = HEAD_DIPHTHONG.sub(lambda m: DIPHTHONGS[m.group(0)], word)  # "Aurelia" / "ओरेलिया"
    # Latin "chh" is छ ("Chhattisgarh") and "tch" च or च्च ("Katchi" / "कच्ची", "Mitchell" / "मिचेल"),
    # which Devanagari's reading spells "ch"; a "c" before e, i or y is an s ("Processors" /
    # "प्रोसेसर्स", "Police" / "पुलिस")
    word = SOFT_C.sub("s", word.replace("chh", "ch").replace("tch", "ch"))
    word = word.replace("tion", "shn")  # "Foundation" / "फाउंडेशन"
    word = _spelt_ends(word)
    # a soft g at a word's end is the j Devanagari writes ("College" / "कॉलेज", "Bridge" /
    # "ब्रिज"), and an opening "uni" is said "yuni" ("Union" / "यूनियन", "University")
    word = SOFT_G.sub("j", word) if len(word) > 3 else word
    word = OPENING_UNI.sub("yuni", word)
    word = PORTUGUESE_NHO.sub("no", word)  # Goan names: "Martinho" / "मार्टिनो"
    if word.startswith("x"):
        word = word.replace("x", "kh")  # Kurukh names write kh as x: "Xaxa" / "खाखा", "Xalxo" / "खलखो"
    for old, new in _LATIN_FOLD:
        word = word.replace(old, new)
    # व is written v or w, and b in the east's names ("Dhrubajyoti" / "ध्रुव ज्योति", "Bibek" /
    # "विवेक", "Basu" / "वसु"): one letter in the key
    word = word.replace("v", "b")
    if word.isdigit():
        return word
    # an opening e is written इ as often as ए ("Election" / "इलेक्शन", "Etawah" / "इटावा", "Esha" /
    # "ईशा"), and an opening o उ as often as ओ ("Omar" / "उमर", "Oraon" / "उरांव"): one letter in the key
    head, rest = OPENING_VOWELS.get(word[0], word[0]), VOWELS.sub("", word[1:])
    # a nasal before a consonant is one sound, which Latin writes m or n as it hears it and
    # Devanagari's anusvara reads n ("Omkar" / "ओंकार", "Ambedkar" / "अंबेडकर"); with the vowels
    # gone, so that a given name joined in one script matches ("Om Prakash" / "ओमप्रकाश")
    rest = NASAL_BEFORE_CONSONANT.sub("n", rest)
    rest = DOUBLED.sub(r"\1", rest)
    return DOUBLED.sub(r"\1", head + rest)


def _spelt_ends(word: str) -> str:
    """One romanised word with the Latin spellings of its opening and closing sounds written as
    Devanagari's reading writes them."""
    # an opening देव- is written Deo- in Latin ("Deoki" / "देवकी", "Deoria" / "देवरिया", "Deolekar" /
    # "देवलेकर"); not before a closing l, where the o is a vowel of its own ("Deol" / "देओल")
    word = CLOSING_DEO.sub("dev", OPENING_DEO.sub("dev", word))
    # a final h after a vowel is not heard, whichever script writes it ("Baruah" / "बरुआ",
    # "Abdullah" / "अब्दुल्ला", "Shah" / "शाह")
    word = FINAL_H.sub("", GUJARATI_SINH.sub("singh", word))
    # a closing -ाव is written -ao as often as -av ("Rao" / "राव", "Jadhao" / "जाधव", "Umrao" / "उमराव"),
    # and a closing -ांव -aon ("Oraon" / "उरांव", "Gaon" / "गांव")
    return CLOSING_AO.sub("av", CLOSING_AON.sub("anv", word))


SOFT_C = re.compile(r"c(?=[eiy])")
OPENING_DEO = re.compile(r"^deo(?=[^aeiouyl]|l[a-z]|$)")
# and a closing -देव Deo too ("Rishideo" / "ऋषिदेव", "Sukhdeo" / "सुखदेव"), but not "video"
CLOSING_DEO = re.compile(r"(?<=[a-z]{2})(?<!vi)deo$")
FINAL_H = re.compile(r"(?<=[aeiou])h$")
CLOSING_AO = re.compile(r"(?<=[a-z])ao$")
CLOSING_AON = re.compile(r"(?<=[a-z])aon$")
# Gujarati names write सिंह "sinh" in Latin ("Harshadsinh", "Mahipatsinh"), Devanagari
# reads it "singh"
GUJARATI_SINH = re.compile(r"sinh$")
PORTUGUESE_NHO = re.compile(r"(?<=[aeiou])nho$")
SOFT_G = re.compile(r"d?ge$")
OPENING_UNI = re.compile(r"^uni(?=[^n])")
VOWELS = re.compile(r"[aeiouy]")
OPENING_VOWELS = {"e": "i", "o": "u"}
NASAL_BEFORE_CONSONANT = re.compile(r"m(?=[bcdfgjkpqstvxz])")
DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1)
def _optional_given() -> frozenset[str]:
    """Given names often left out of a full name, romanised, from both lexicons."""
    return frozenset(romanise(str(w)) for language in ("en", "hi")
                     for w in lexicon(language).words("optional_given_names"))


@lru_cache(maxsize=1)
def _optional_middle() -> frozenset[str]:
    """Middle names often left out of a full name, romanised, from both lexicons."""
    return frozenset(romanise(str(w)) for language in ("en", "hi")
                     for w in lexicon(language).words("optional_middle_names"))


def _without_middle(words: list[str]) -> list[str]:
    """The words of a name without a middle name news often leaves out, written apart or joined
    to the given name ("pradeep kumar baranwal", "rajkumar maravi": "pradeep baranwal", "raj
    maravi"); a surname ("Ajay Kumar") and a given name alone ("Sukumar") keep it."""
    if len(words) < 2:
        return words
    middle = _optional_middle()
    kept = [w for w in words[1:-1] if w not in middle]
    first = next((words[0][:-len(m)] for m in middle if words[0].endswith(m) and len(words[0]) - len(m) >= 3),
                 words[0])
    return [first, *kept, words[-1]]


@lru_cache(maxsize=1 << 16)  # a span is looked up again after each new alias
def person_key(text: str) -> str:
    """A person's key with the given names run together, as one script often writes them
    apart and the other joined: "Mool Chand Sethia" and "मूलचंद सेठिया" are both "mlknd st". A
    leading given name that news often leaves out ("Md. Azhar Imam", "मोहम्मद अजहर इमाम") is left
    out of the key when two words follow, so the person is one with "Azhar Imam", and so is a
    middle name ("Pradeep Kumar Baranwal" is "Pradeep Baranwal")."""
    words = _full_forms(romanise(text).split())
    if len(words) >= 3 and words[0] in _optional_given():
        words = words[1:]
    words = _without_middle(words)
    text = " ".join(words)
    if len(words) < 3:
        return phonetic_key(text)
    # each given name's own ends are read before they are run together ("Ramdeo Singh" / "रामदेव सिंह")
    return f"{phonetic_key(''.join(_spelt_ends(w) for w in words[:-1]))} {phonetic_key(words[-1])}"


@lru_cache(maxsize=1)
def _hindi_kind_words() -> dict[str, str]:
    """Hindi words of bodies' names as Latin text spells them ("nigam", "nagar") -> the English
    word the glossary gives them ("Corporation", "Municipal")."""
    return {romanise(hindi): str(english) for hindi, english in lexicon("hi").mapping("english_words").items()}


@lru_cache(maxsize=1)
def _hindi_kind_sounds() -> dict[str, str]:
    """The same words by their sound, for the spellings English papers give them without a
    vowel the Hindi one writes ("Vitran" for "vitaran", वितरण)."""
    return {phonetic_key(latin): english for latin, english in _hindi_kind_words().items()}


def _hindi_words_in_english(words: list[str]) -> list[str]:
    """The Hindi words of a body's name, as English text spells them, in English; any other word
    as it is. A word is read by its sound only in a name with a Hindi word spelt as the glossary
    spells it ("Kota Vidyut Vitran Nigam"), so that an English word is never taken for a Hindi one
    ("German Police" is not the "gramin" police, "Parks" no "pariksha")."""
    kinds = _hindi_kind_words()
    exact = [kinds.get(w.casefold()) for w in words]
    if not any(exact):
        return words
    out = []
    for word, found in zip(words, exact):
        sound = phonetic_key(word)
        if found is None and word.casefold().strip(".,") not in _kind_heads() and len(sound) >= 4:
            found = _hindi_kind_sounds().get(sound)  # (a short sound is many words')
        out.append(found or word)
    return out


@lru_cache(maxsize=65536)
def latin_acronym(word: str) -> str | None:
    """The Latin letters a Devanagari acronym spells ("एनडीआरएफ" -> "NDRF", "सीबीआई" -> "CBI"),
    or None for a word that is not read out letter by letter."""
    letters = lexicon("hi").mapping("latin_letters")
    names = _letter_names()
    out, at = [], 0
    word = word.strip(".")
    while at < len(word):
        name = next((n for n in names if word.startswith(n, at)), None)
        if name is None:
            return None
        out.append(str(letters[name]))
        at += len(name)
    return "".join(out).upper() if len(out) >= 2 else None


@lru_cache(maxsize=1)
def _letter_names() -> tuple[str, ...]:
    """The Devanagari names of Latin letters, longest first (so "डब्ल्यू" is read before "डी")."""
    return tuple(sorted(lexicon("hi").mapping("latin_letters"), key=len, reverse=True))


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """``phonetic_key``, with an acronym spelt in Devanagari read as its Latin letters ("सीआरपीएफ"
    is "CRPF", not the sound of "siarapipha")."""
    acronym = latin_acronym(text) if has_devanagari(text) and len(text.split()) == 1 else None
    return phonetic_key(acronym or text)


LOAN_PLURAL = re.compile("(?<=[\u0947\u0940])\u091c\u093c?(?![\u0900-\u097F])")


@lru_cache(maxsize=1)
def _joining_words() -> frozenset[str]:
    return frozenset(w.casefold() for language in ("en", "hi") for w in lexicon(language).words("joining_words"))


@lru_cache(maxsize=1)
def _company_forms() -> frozenset[str]:
    return frozenset(w.casefold() for language in ("en", "hi") for w in lexicon(language).words("company_forms"))


def org_key(text: str) -> str:
    """A body's key, with the Hindi words an English text keeps in its name read in English, as
    the body's Hindi name is: "Gulabi Nagar Metro Rail Nigam" and "गुलाबी नगर मेट्रो रेल निगम"
    (read "Gulabi Municipal Metro Rail Corporation") are one body."""
    # "स्वास्थ्य एवं परिवार कल्याण मंत्रालय", "Health and Family Welfare Ministry": the joining word
    # is spelt many ways and means nothing for who the body is; and a ministry of two fields is
    # named by its first, as papers name it later ("the Social Justice Ministry")
    words = _first_field_of_ministry(_kind_last(text.split()))
    words = [w for w in words if w.casefold() not in _joining_words()]
    while len(words) > 1 and words[-1].casefold().strip(".,") in _company_forms():
        words.pop()  # "Crestline Polymers Ltd", "क्रेस्टलाइन पॉलिमर्स लिमिटेड": the company's legal form
    text = " ".join(words)
    if has_devanagari(text):
        # an English plural in a body's name is written -ज़ ("एयरवेज़", "गैसेज", "इंडस्ट्रीज"),
        # as it is said, where its Latin spelling writes an s (not a singular that ends so:
        # "कॉलेज" is "College")
        singular = lexicon("hi").set("loan_singulars")
        text = " ".join(w if w in singular else LOAN_PLURAL.sub("\u0938", w)
                        for w in unicodedata.normalize("NFC", text).split())
        return name_key(text)  # "एनडीआरएफ" is the "NDRF" of an English text
    kinds = _hindi_kind_words()
    words = text.split()  # (already with its kind last)
    if words[-1].casefold().strip(".,") not in kinds and words[-1].casefold().strip(".,") not in _kind_heads():
        return phonetic_key(" ".join(words))  # "Lok Jagriti Party", "लोक जागृति पार्टी": a party's name is spelt
    return phonetic_key(" ".join(_hindi_words_in_english(words)))


def glossary_word(word: str) -> bool:
    """Whether a word of a name is one of the glossary's words of bodies' names, in Hindi, romanised
    or in English ("जल", "Jal", "Water", "District")."""
    folded = word.strip(".,").casefold()
    return bool(folded) and (_plain(romanise(folded)) in _glossary_spellings() or folded in glossary_english())


def _plain(latin: str) -> str:
    """A romanised word without what Latin spellings of Hindi add or leave out: "Rashtriya" and
    राष्ट्रीय ("rashtriy") are "rashtriy", "Aapurti" and आपूर्ति "apurti"."""
    return re.sub(r"a$", "", latin.replace("aa", "a").replace("ee", "i").replace("oo", "u"))


@lru_cache(maxsize=1)
def _glossary_spellings() -> frozenset[str]:
    return frozenset(_plain(latin) for latin in _hindi_kind_words())


@lru_cache(maxsize=1)
def glossary_english() -> frozenset[str]:
    """The words of the glossary's English side, in lower case ("water", "district", "board")."""
    return frozenset(w.casefold() for english in lexicon("hi").mapping("english_words").values()
                     for w in str(english).split())


@lru_cache(maxsize=1)
def _kind_heads() -> frozenset[str]:
    """The English words of bodies' kinds the glossary translates ("board", "corporation"): a
    name ending in one has its Hindi words read in English, as the Hindi name's are."""
    return frozenset(str(english).casefold() for english in lexicon("hi").mapping("english_words").values()
                     if " " not in str(english))


def in_kind_order(name: str) -> str:
    """"Ministry of Social Justice" -> "Social Justice Ministry": a body's name with its kind
    last, the order Hindi names it and a later "the ministry" ends in."""
    return " ".join(_kind_last(name.split()))


def _first_field_of_ministry(words: list[str]) -> list[str]:
    """"Social Justice and Empowerment Ministry" -> "Social Justice Ministry" (in the order Hindi
    names it: the fields, then the ministry); any other name as it is."""
    if len(words) < 4 or words[-1].casefold().strip(".,") not in _ministry_words():
        return words
    join = next((k for k, w in enumerate(words[1:-2], 1) if w.casefold() in _joining_words()), None)
    return words[:join] + words[-1:] if join else words


@lru_cache(maxsize=1)
def _ministry_words() -> frozenset[str]:
    return frozenset(w.casefold() for language in ("en", "hi") for w in lexicon(language).words("national_heads"))


def _kind_last(words: list[str]) -> list[str]:
    """"Ministry of Health", "Government of Odisha" in the order Hindi names them ("स्वास्थ्य
    मंत्रालय", "ओडिशा सरकार"): what follows an institution's "of", then the institution."""
    if "of" not in words[1:4]:
        return words
    at = words.index("of", 1)
    head = words[at - 1].strip(".,").casefold()
    if head not in lexicon("en").institution_words():
        return words
    after = [w for w in words[at + 1:] if w.casefold() != "the"]
    before = [w for w in words[:at] if w.casefold() != "the"]
    return after + before if after else words


@lru_cache(maxsize=1 << 16)
def _last_word_forms(word: str) -> tuple[bool, bool, tuple[tuple[str, str], ...]]:
    """For the last word of a span: whether it is a Devanagari acronym, whether it is Devanagari,
    and its last folded word and last key word ("Roe," -> "roe", "r"), also as the flapped
    spelling reads it."""
    forms = tuple((next(iter(fold(w).split()[-1:]), ""), next(iter(phonetic_key(w).split()[-1:]), ""))
                  for w in filter(None, (word, flapped(word))))
    return latin_acronym(word) is not None, has_devanagari(word), forms


def _digits(key: str) -> list[str]:
    return re.findall(r"\d+", key)


def slug(text: str) -> str:
    return "-".join(romanise(text).split())[:60] or "unknown"


def _shape(key: str) -> tuple[str, int]:
    words = key.split()
    return (words[-1] if words else "", len(words))


def _extends(a: str, b: str) -> bool:
    """Whether one name word's key is the other's with more after it: "snts" (संतोष) and "snt"
    (सुनीता) are two given names, as "Kumaran" and "Kumar" are two surnames. (Read for names in
    Devanagari only: an English nickname is often its name's beginning, "Sandy" for "Sandra".)"""
    return a != b and (a.startswith(b) or b.startswith(a))


class Registry:
    """Identities from ``aliases.yaml`` plus any learnt while reading articles."""

    def __init__(self, data: dict, script: str = "en") -> None:
        self.script = script
        self._entities: dict[str, Entity] = {}
        self._order: dict[str, int] = {}  # id -> its place in the order identities were added
        # the aliases of lone kind and office words, for the article being read only (``resolve``)
        self._article_exact: dict[str, str] = {}
        self._article_keys: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        # every key by its (last word, words): a near spelling is looked for among these only (_lookup)
        self._by_shape: dict[tuple[str, int], list[str]] = {}
        self._last_words: set[str] = set()  # the last word of every folded alias and every key: see _lookup
        self._person_ends: set[str] = set()  # the last word of every key that finds a person: see _lookup_spelling
        self.roles: dict[str, str] = {}
        self._found: dict[tuple[str, str | None], Entity | None] = {}  # lookup's answers since the last new alias
        self._surnames: tuple[int, dict[str, set[str]]] | None = None  # (entities when built, surname key -> ids)
        self.places = {fold(str(k)): str(v) for k, v in (data.get("places") or {}).items()}
        for section, kind in KINDS.items():
            for ident, spec in (data.get(section) or {}).items():
                names = tuple((s, spec[s]) for s in ("en", "hi") if spec.get(s))
                self._order.setdefault(ident, len(self._order))
                self._entities[ident] = Entity(ident, kind, self._display(names, ident), names)
                for alias in [spec.get("en"), spec.get("hi"), *(spec.get("aliases") or [])]:
                    if alias:
                        self._add_alias(str(alias), ident)
                for role in spec.get("roles") or []:
                    self.roles[fold(str(role))] = ident
        self._listed = frozenset(self._entities)

    @classmethod
    def default(cls, script: str = "en") -> "Registry":
        return _load_default(script)

    def _display(self, names: tuple[tuple[str, str], ...], fallback: str) -> str:
        lookup = dict(names)
        return lookup.get(self.script) or lookup.get("en") or lookup.get("hi") or fallback

    def new_article(self) -> None:
        """Forgets the aliases the last article gave its lone kind and office words (``resolve``)."""
        if self._article_exact or self._article_keys:
            self._article_exact.clear()
            self._article_keys.clear()
            self._found.clear()

    def _add_alias(self, alias: str, ident: str, this_article: bool = False) -> None:
        alias = ARTICLE.sub("", alias.strip())
        self._found.clear()  # a new spelling can change any answer, found or not
        exact, keyed = (self._article_exact, self._article_keys) if this_article else (self._exact, self._keys)
        exact.setdefault(fold(alias), ident)
        self._last_words.update(fold(alias).split()[-1:])
        entity = self._entities.get(ident)
        keys = set()
        for spelling in filter(None, (alias, flapped(alias))):
            keys.add(name_key(spelling))
            if entity is not None and entity.kind == "person":
                keys.add(person_key(spelling))
            elif entity is not None and entity.kind == "org":
                keys.add(org_key(spelling))
        for key in filter(None, keys):
            if this_article:
                keyed.setdefault(key, ident)
            elif key not in self._keys:
                self._keys[key] = ident
                self._by_shape.setdefault(_shape(key), []).append(key)
                if entity is None or entity.kind == "person":
                    self._person_ends.update(key.split()[-1:])
            self._last_words.update(key.split()[-1:])

    def also_called(self, surface: str, entity: Entity, this_article: bool = False) -> None:
        """Another spelling of a known identity: a Hindi body's own name beside the English one
        (``this_article``: for the article being read only, as ``resolve`` with ``remember`` False)."""
        self._add_alias(surface, entity.id, this_article)

    def size(self) -> int:
        """How many identities the registry holds: a mark for ``learnt_before``."""
        return len(self._order)

    def learnt_before(self, ident: str, mark: int) -> bool:
        """Whether the identity was held before the registry grew past ``mark`` (``size``)."""
        return self._order.get(ident, mark) < mark

    def is_listed(self, ident: str) -> bool:
        """Whether the identity comes from the alias file (not learnt from text)."""
        return ident in self._listed

    def get(self, ident: str) -> Entity | None:
        return self._entities.get(ident)

    def aliases(self) -> dict[str, str]:
        """Folded alias -> id, for scanning text."""
        return {**self._article_exact, **self._exact}

    def place_adjective(self, place: str) -> str | None:
        """"South Korean" for "South Korea", "रूसी" for "रूस"; None for anything else."""
        return self.places.get(fold(place))

    def _depossess(self, surface: str) -> str:
        """"South Korea's military" -> "South Korean military"; "रूस के राष्ट्रपति" -> "रूसी राष्ट्रपति"."""
        if len(surface) > MAX_NAME:
            return surface
        match = POSSESSIVE.match(" ".join(surface.split()))
        if match:
            adjective = self.place_adjective(match.group(1) or match.group(2))
            if adjective:
                return f"{adjective} {match.group(3)}"
        return surface

    def lookup(self, surface: str, kind: str | None = None) -> Entity | None:
        """A known identity for this spelling, or None (remembered until a new alias is added)."""
        try:
            return self._found[surface, kind]
        except KeyError:
            pass
        if len(self._found) >= FOUND_MAX:
            self._found.clear()
        found = self._found[surface, kind] = self._lookup(surface, kind)
        return found

    def _lookup(self, surface: str, kind: str | None) -> Entity | None:
        if not self._may_be_known(surface):
            return None
        found = self._lookup_spelling(surface, kind)
        other = flapped(surface) if found is None else None
        return self._lookup_spelling(other, kind) if other else found

    def _may_be_known(self, surface: str) -> bool:
        """False when no way of matching can find ``surface``: every one (exact, by key, by person
        key, fuzzy) needs its last word, folded or keyed, to end some alias or key, and a word
        folds and keys the same alone as at the end of a name. Most spans an article offers
        ("के बाद उन्होंने", "on Sunday") are dismissed here at the cost of one cached word."""
        words = surface.split()
        if not words:
            return False
        acronym, devanagari, forms = _last_word_forms(words[-1])
        if len(words) <= 2 and acronym or not devanagari and has_devanagari(surface):
            return True  # an acronym read as its letters; a Latin word romanised as Hindi text is
        return any(not folded or not keyed or folded in self._last_words or keyed in self._last_words
                   for folded, keyed in forms)

    def _lookup_spelling(self, surface: str, kind: str | None) -> Entity | None:
        surface = ARTICLE.sub("", surface.strip())
        surface = self._depossess(surface)
        folded = fold(surface)
        if not folded or len(folded) > MAX_NAME:
            return None
        ident = self._exact.get(folded) or self._article_exact.get(folded)
        if ident is None and len(folded.split()) == 1 and has_devanagari(folded):
            acronym = latin_acronym(folded)
            ident = self._exact.get(fold(acronym)) if acronym else None
        if ident is None:
            key = name_key(surface)
            ident = self._keys.get(key, self._article_keys.get(key)) if len(key.replace(" ", "")) >= 4 else None
            # "Mool Chand Sethia" after "मूलचंद सेठिया"; a person key ends in the word that ends the
            # name's key, so most spans ("निपटने के लिए आगे") need no person key to be found wanting
            if ident is None and key.count(" ") >= 2 and key.rsplit(" ", 1)[-1] in self._person_ends:
                joined = self._entities.get(self._keys.get(person_key(surface), ""))
                ident = joined.id if joined is not None and joined.kind == "person" else None
            # a near spelling ends in the same word and has as many words, so it is looked for
            # among the keys of that shape only (a search as long as a run's learnt names would be)
            similar = self._by_shape.get(_shape(key)) if ident is None and len(key) >= 4 else None
            if similar:
                cutoff = FUZZY_MIN if len(key) >= 6 else 95.0
                devanagari = has_devanagari(surface)
                best = process.extractOne(key, similar, scorer=fuzz.ratio, score_cutoff=cutoff)
                if best is not None and _digits(best[0]) == _digits(key) and \
                        all(fuzz.ratio(a, b) >= WORD_FUZZY_MIN and not (devanagari and _extends(a, b))
                            for a, b in zip(best[0].split(), key.split())) and \
                        self._entities[self._keys[best[0]]].kind == "person":
                    # spellings of one person's name differ in its first words, never in the
                    # surname: "Kumaran" and "Kumar" sharing a prefix stay two people; a body's or
                    # an outlet's name is spelt one way ("Steve Mudie" is not "state media")
                    ident = self._keys[best[0]]
        entity = self._entities.get(ident) if ident else None
        if entity is not None and kind is not None and entity.kind != kind:
            if not (kind == "person" and entity.kind == "org"):
                return None
        return entity

    def resolve(self, surface: str, kind: str, *, remember: bool = True) -> Entity:
        """The identity for a spelling, creating (and remembering) one if it is new. ``remember``
        False: a lone kind or office word an article used for a body or office it names no other
        way ("the trust", "मंच", "डीएम") gets its id and an alias for this article only
        (``new_article``), not one by which a later article, which may name its own trust, would
        find it."""
        found = self.lookup(surface, kind)
        if found is not None:
            return found
        surface = self._depossess(" ".join(surface.split()))
        if kind == "person" and len(surface.split()) == 1:
            full = self._only_full_name(surface)
            if full is not None:
                self._add_alias(surface, full.id)
                return full  # "केजरीवाल" after "अरविंद केजरीवाल" in an earlier article, and no other
        # people and bodies get an id from the spelling-tolerant key, so that the same new name
        # in either script gets the same id in every run, whatever vowels its Latin spelling
        # writes ("Kosi Sinchai Board" read from Devanagari is the "Kosee Sinchaai Board");
        # outlets keep a readable slug
        key = person_key(surface) if kind == "person" else org_key(surface) if kind == "org" else phonetic_key(surface)
        ident = "-".join(map(_id_word, key.split())) if kind in {"person", "org"} else slug(surface)
        ident = ident or slug(surface)
        existing = self._entities.get(ident)
        if existing is not None:
            if not remember:
                self._add_alias(surface, ident, this_article=True)
            return existing
        script = "hi" if has_devanagari(surface) else "en"
        entity = Entity(ident, kind, surface, ((script, surface),))
        self._order[ident] = len(self._order)
        self._entities[ident] = entity
        self._add_alias(surface, ident, this_article=not remember)
        return entity

    def _only_full_name(self, surname: str) -> Entity | None:
        """The one person known by a full name whose surname sounds like ``surname``; None when
        there is no such person, or more than one."""
        key = phonetic_key(surname)
        if len(key) < 3:
            return None
        if self._surnames is None or self._surnames[0] != len(self._entities):
            index: dict[str, set[str]] = {}
            for e in self._entities.values():
                if e.kind == "person" and len(e.name.split()) > 1:
                    for _, n in (*e.names, ("", e.name)):
                        last = phonetic_key(n).split()[-1:]
                        if last:
                            index.setdefault(last[0], set()).add(e.id)
            self._surnames = (len(self._entities), index)
        found = self._surnames[1].get(key, set())
        return self._entities[next(iter(found))] if len(found) == 1 else None

    def role_holder(self, role: str) -> Entity | None:
        ident = self.roles.get(fold(role)) or self.roles.get(fold(self._depossess(role)))
        return self._entities.get(ident) if ident else None

    def entities(self) -> list[Entity]:
        return list(self._entities.values())


def _id_word(word: str) -> str:
    """One word of a key as an id writes it: d and r after its first letter are one letter, and
    the rh of ढ़ is that letter too. Families write the flapped ड़ either way in Latin (Dhakad /
    धाकड़, Gaikwad / गायकवाड़, but Mewara / मेवाड़ा, Lahiri / लाहिड़ी) and ढ़ as d (Padhi / पाढ़ी), so
    a name read in one script only gets the id it gets in the other; its keys, by which it is
    found, stay as each spelling reads."""
    if len(word) < 2 or word.isdigit():
        return word
    return DOUBLED.sub(r"\1", word[0] + word[1:].replace("rh", "r").replace("d", "r"))


@lru_cache(maxsize=4)
def alias_data() -> dict:
    return yaml.safe_load(ALIASES_FILE.read_text(encoding="utf-8"))


def _load_default(script: str) -> Registry:
    return Registry(alias_data(), script=script)
