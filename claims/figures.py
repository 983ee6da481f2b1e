"""What must agree for two sentences to state the same claim: their figures, dates and polarity.

Sentence embeddings score "rose to 7.2%" and "fell to 4.8%", or "will help" and "will not
help", as near neighbours; these small checks keep them apart and mark conflicts.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from claims.lexicon import alternation, lexicon

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
ANY_DIGIT = re.compile(r"\d")
# an item's number in a list ("1- नोएडा में मिला एक और मरीज", "2. Schools shut"): no figure of the claim
LIST_NUMBER = re.compile(r"^\s*\d{1,2}\s*[-.)]\s+(?=\D)")
# a number joined to a name by a hyphen names a thing ("COVID-19", "कोविड-19", "G-20",
# "Chandrayaan-3"): it is part of the name, not a figure the claim states
# (a hyphen or none: "G20", "जी20"; but "Rs500" is a sum)
NAMED = re.compile(r"(?<=[A-Za-z\u0900-\u097F])(?<!Rs)(?<!INR)(?<!USD)-?(\d+(?:\.\d+)?)(?![\d\w\u0900-\u097F])")
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
# a number after a word that says it names one of a series ("Class 12", "wards 17, 18 and 21",
# "वार्ड नंबर 17", "धारा 302"): part of a name, as NAMED's are, not a figure the claim states
# (and a number after "No." or "नंबर" whatever it numbers: "booth No. 47", "टावर नंबर 4")
LABELLED = re.compile(rf"(?<![\w\u0900-\u097F])(?:(?:{alternation(lexicon('en').words('label_words') + lexicon('hi').words('label_words'))})"
                      r"\s+(?:(?:no|nos|number|नंबर)\.?\s*)?|nos?\.\s*|नंबर\s*)(\d+(?:\s*(?:,|and|&|और|व|तथा)\s*\d+)*)"
                      r"(?![\d\w\u0900-\u097F])", re.IGNORECASE)
# "मत" is also a vote ("मत दिया"), not only "don't"
NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|denied|denies|deny|rejected|refused)\b|n't\b"
    r"|नहीं|कभी नहीं|इनकार|खंडन|बिना|न तो|(?<!\S)न(?!\S)|मत(?!\S)(?!\s+(?:दिया|दिए|दी|डाला|डाले|डालने|देने|पड़े|पड़ा))", re.IGNORECASE)
# a clock time, written "6:04", "6.04 pm", "18:04:30", "6 pm" or "6 बजकर 4 मिनट"; its half of
# the day is dropped, since "शाम 6 बजकर 4 मिनट" and "6:04 p.m." are the same time
CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})(?::\d{2})?(?=\s*(?:[ap]\.?\s?m\b|बजे|IST|GMT|UTC|"
                   # "8.30 on Monday morning", "8.30 in the evening"
                   r"(?:on\s+[A-Z][a-z]+\s+|in\s+the\s+)?(?:morning|afternoon|evening|night)\b))|"
                   r"\b(\d{1,2}):(\d{2})(?::\d{2})?(?![\d:])|"
                   r"\b(\d{1,2})()\s*(?=[ap]\.?\s?m\b|बजे|o['’]clock|in the (?:morning|afternoon|evening)\b|at night\b)|"
                   r"\b(\d{1,2})\s*बजकर\s*(\d{1,2})\s*मिनट", re.IGNORECASE)
# basis points are hundredths of a percentage point: "250 basis points" = "2.5 प्रतिशत अंक"
BASIS_POINTS = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d{1,7})\s*(?:basis points?|bps|आधार अंक)", re.IGNORECASE)


# words that scale the figure before them: "50 हजार" is 50000, "1.3 million" = "13 लाख"
MULTIPLIERS = {"hundred": 100, "सौ": 100, "thousand": 10**3, "हजार": 10**3, "lakh": 10**5, "lakhs": 10**5,
               "लाख": 10**5, "million": 10**6, "mn": 10**6, "crore": 10**7, "crores": 10**7, "करोड": 10**7,
               "billion": 10**9, "bn": 10**9, "अरब": 10**9}
_EDGE = r"(?![\w\u0900-\u097F])"
SCALED = re.compile(r"(\d+(?:[.,]\d+)*)((?:(?:\s*|-)(?:" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
                    + r")" + _EDGE + r")+)", re.IGNORECASE)
_SCALE = "(?:" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + ")" + _EDGE
# one amount written in parts, each scaled less than the one before: "दो लाख 60 हजार" = 260000,
# "दो हजार तीन सौ" = 2300
AMOUNT_IN_PARTS = re.compile(r"\d+(?:\.\d+)?\s*" + _SCALE + r"(?:\s+(?:और\s+|and\s+)?\d+(?:\.\d+)?\s*" + _SCALE + ")+"
                             # "आठ लाख 74 हजार 708": the units after the last multiplier
                             r"(?:\s+(?:और\s+|and\s+)?\d{1,3}(?![\d.,%]|\s*" + _SCALE + "))?",
                             re.IGNORECASE)
# hundreds and the units after them: "two hundred and eleven" = 211, "दो सौ ग्यारह" = 211
HUNDREDS_AND = re.compile(r"(?<![\d.,])(\d)\s+(?:hundred|सौ)\s+(?:and\s+)?(\d{1,2})(?![\d.,%])(?!\s*" + _SCALE + ")",
                          re.IGNORECASE)
# thousands and the hundreds after them, the way Hindi papers write a count: "38 हजार 400" = 38400
THOUSANDS_AND = re.compile(r"(?<![\d.,])(\d{1,3})\s*हजार\s+(\d{1,3})(?![\d.,%:])(?!\s*(?:" + _SCALE + r"|-|–))")
# English clock times in words: "half past nine" = 9:30, "a quarter to twelve" = 11:45
SPOKEN_CLOCK = re.compile(r"\b(?:(half|quarter)\s+past|(?:a\s+)?quarter\s+(to))\s+(\d{1,2})(?![\d:]|\.\d)", re.IGNORECASE)
# figures written as words; "one"/"एक" are left out, being as often "a"/"someone" as a figure
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    # how many times, or times over: "twice a day" is "दिन में दो बार", "twice the rate" "दोगुनी दर"
    "twice": 2, "thrice": 3, "दोगुना": 2, "दोगुनी": 2, "दोगुने": 2,
    "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "सात": 7, "आठ": 8, "नौ": 9,
    "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14, "पंद्रह": 15, "सोलह": 16, "सत्रह": 17,
    "अठारह": 18, "उन्नीस": 19, "बीस": 20, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60, "सत्तर": 70,
    "अस्सी": 80, "नब्बे": 90}
WORDS = re.compile(r"(?<![\w\u0900-\u097F])(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
                   + _EDGE, re.IGNORECASE)


TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "fifty-seven", "Twenty one": one figure, not fifty and seven
COMPOUND = re.compile(rf"\b({'|'.join(TENS)})[-\s]({'|'.join(UNITS)})\b", re.IGNORECASE)


# ordinals, which say which one of a series: "the third death" is not "the second death". "पहले"
# ("before") and "दूसरे" ("other") are left out, being more often that than an ordinal; "दूसरी ओर"
# ("on the other hand") is no ordinal either
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
    "पहला": 1, "पहली": 1, "दूसरा": 2, "दूसरी": 2, "तीसरा": 3, "तीसरी": 3, "तीसरे": 3, "चौथा": 4, "चौथी": 4,
    "चौथे": 4, "पांचवां": 5, "पांचवीं": 5, "पांचवें": 5, "पाँचवाँ": 5, "पाँचवीं": 5, "पाँचवें": 5, "छठा": 6,
    "छठी": 6, "छठे": 6, "सातवां": 7, "सातवीं": 7, "सातवें": 7, "आठवां": 8, "आठवीं": 8, "आठवें": 8, "नौवां": 9,
    "नौवीं": 9, "नौवें": 9, "दसवां": 10, "दसवीं": 10, "दसवें": 10}
ORDINALS = re.compile(r"(?<![\w\u0900-\u097F])(?:(" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
                      + r")(?!\s+(?:ओर|तरफ))|(\d{1,3})(?:st|nd|rd|th|वां|वीं|वें|वाँ))" + _EDGE, re.IGNORECASE)


# Hindi halves and quarters (the nukta is dropped before these are read): "साढ़े तीन लाख" is
# 3.5 lakh, "सवा" adds a quarter, "पौने" takes one away, "डेढ़" is 1.5 and "ढाई" 2.5; before
# "बजे" they tell the time ("साढ़े आठ बजे" = 8:30); "two and a half lakh" is 2.5 lakh
FRACTION_OF = {"साढे": 0.5, "सवा": 0.25, "पौने": -0.25}
FRACTION = re.compile(r"(?<![\w\u0900-\u097F])(साढे|सवा|पौने)\s+(\d{1,3})(?![\d.])")
WHOLE_FRACTION = re.compile(r"(?<![\w\u0900-\u097F])(डेढ|ढाई)(?![\w\u0900-\u097F])")
AND_A_HALF = re.compile(r"\b(\d+) and a half\b", re.IGNORECASE)


# "one" and "एक" are figures when they tell the time: "एक बजकर 40 मिनट", "one in the morning"
ONE_OCLOCK = re.compile(r"(?<![\w\u0900-\u097F])(?:एक|one)(?=\s+(?:बज|o['’]clock|in the (?:morning|afternoon|evening)\b|"
                        r"at night\b|[ap]\.?\s?m\b))", re.IGNORECASE)
# a duration in hours is compared in minutes: "डेढ़ घंटा पहले" = "90 minutes before"
HOURS = re.compile(r"(\d+(?:\.\d+)?)[\s-]*(?:hours?|hrs?|घंटे|घंटा|घंटों)(?![\w\u0900-\u097F])", re.IGNORECASE)
# and one in weeks in days: "दो हफ्ते" = "14 days"
WEEKS = re.compile(r"(\d+(?:\.\d+)?)[\s-]*(?:weeks?|हफ्ते|हफ्तों|हफ्ता|सप्ताह|सप्ताहों)(?![\w\u0900-\u097F])", re.IGNORECASE)


def _fraction(match: re.Match) -> str:
    value = Decimal(match.group(2)) + Decimal(str(FRACTION_OF[match.group(1)]))
    hour, minutes = divmod(value * 60, 60)
    clock = match.string[match.end():match.end() + 6].lstrip().startswith("बजे")
    return f"{int(hour)}:{int(minutes):02d}" if clock else _plain(f"{value:f}")


def _whole_fraction(match: re.Match) -> str:
    """"डेढ़" is 1.5 and "ढाई" 2.5, and before "बजे" half past one and half past two."""
    clock = match.string[match.end():match.end() + 6].lstrip().startswith("बजे")
    if match.group(1) == "डेढ":
        return "1:30" if clock else "1.5"
    return "2:30" if clock else "2.5"


# "पांच-पांच लाख", "10-10 हजार" (so much each): the figure once
REDUPLICATED = re.compile(r"(?<![\w\u0900-\u097F])([\w\u0900-\u097F]+)-\1(?![\w\u0900-\u097F])")
# "एक लाख", "one million", "a million": one, since a multiplier follows
ONE_SCALED = re.compile(r"(?<![\w\u0900-\u097F])(?:एक|one|a)\s+(?=(?:" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
                        + r")(?![\w\u0900-\u097F]))", re.IGNORECASE)


def _plain(number: str) -> str:
    """"04" -> "4", "5.40" -> "5.4", "1,500" -> "1500"."""
    whole, _, part = number.replace(",", "").partition(".")
    whole, part = whole.lstrip("0") or "0", part.rstrip("0")
    return f"{whole}.{part}" if part else whole


# a range whose multiplier is written once, after its upper end: "20 से 25 लाख", "Rs 20 to 25 crore"
RANGE_SCALED = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(\s*(?:से|to|-|–|या|or)\s*(?:Rs\.?\s*)?)(\d+(?:\.\d+)?)(\s*" + _SCALE + ")",
                          re.IGNORECASE)


AND_OTHERS = re.compile(r"(?:\band|(?<![\w\u0900-\u097F])(?:और|समेत|सहित))\s+(\d{1,4})\s+(?:others?\b|अन्य(?![\w\u0900-\u097F]))",
                        re.IGNORECASE)


def _range_scaled(match: re.Match) -> str:
    low, high = Decimal(match.group(1)), Decimal(match.group(3))
    if not low < high:
        return match.group(0)  # "25 to 20 lakh" is no range
    return f"{match.group(1)}{match.group(4)}{match.group(2)}{match.group(3)}{match.group(4)}"


# rupees and the paise after them, as Hindi papers write a price: "4 रुपये 70 पैसे" = "Rs 4.70"
RUPEES_PAISE = re.compile(r"(?<![\d.,])(\d+)\s*(?:रुपये|रुपए|रुपया)\s+(\d{1,2})\s*पैसे(?![\w\u0900-\u097F])")


def numbers_in(text: str) -> frozenset[str]:
    """The figures a claim states, in one form whatever the script or style: "1,500" ->
    "1500", Devanagari digits, clock times ("6:04 p.m." and "6 बजकर 4 मिनट" -> "6:04"),
    basis points as percentage points."""
    text = LIST_NUMBER.sub(" ", text.translate(DEVANAGARI_DIGITS), count=1)
    found: set[str] = set()

    def clock(match: re.Match) -> str:
        hour, minute = [g for g in match.groups() if g is not None]
        if int(hour) > 24 or int(minute or 0) > 59:
            return match.group(0)  # "52:48" is a score, not a time
        found.add(f"{int(hour) % 12 or 12}:{int(minute or 0):02d}")
        return " "

    def points(match: re.Match) -> str:
        digits = match.group(1).replace(",", "").rjust(3, "0")
        found.add(_plain(f"{digits[:-2]}.{digits[-2:]}"))
        return " "

    def scaled(match: re.Match) -> str:
        factor = 1
        for word in re.findall(r"[\w\u0900-\u097F]+", match.group(2)):
            factor *= MULTIPLIERS[word.casefold()]
        try:
            value = Decimal(match.group(1).replace(",", "")) * factor
        except InvalidOperation:
            return match.group(0)
        if value.adjusted() > 30:
            return match.group(0)  # a run of digits no figure needs; compared as written
        found.add(_plain(f"{value:f}"))
        return " "

    def in_parts(match: re.Match) -> str:
        parts = re.findall(r"(\d+(?:\.\d+)?)\s*(" + _SCALE + ")", match.group(0), re.IGNORECASE)
        factors = [MULTIPLIERS[word.casefold()] for _, word in parts]
        if any(a <= b for a, b in zip(factors, factors[1:])):
            return match.group(0)  # "10 हजार 20 हजार": two figures
        units = re.search(r"(?<![\d.,])(\d{1,3})\s*$", match.group(0))
        rest = Decimal(units.group(1)) if units and Decimal(units.group(1)) < factors[-1] else 0
        found.add(_plain(f"{sum(Decimal(n) * f for (n, _), f in zip(parts, factors)) + rest:f}"))
        return " "

    def spoken(match: re.Match) -> str:
        past, to, hour = match.group(1), match.group(2), int(match.group(3))
        if not 1 <= hour <= 12:
            return match.group(0)
        found.add(f"{(hour - 1) % 12 or 12}:45" if to else f"{hour}:{30 if past.casefold() == 'half' else 15}")
        return " "

    text = NAMED.sub(" ", unicodedata.normalize("NFC", text).replace("\u093c", ""))
    text = REDUPLICATED.sub(r"\1", text)
    text = ONE_SCALED.sub("1 ", text)
    text = COMPOUND.sub(lambda m: str(TENS[m.group(1).casefold()] + UNITS[m.group(2).casefold()]), text)
    text = WORDS.sub(lambda m: str(NUMBER_WORDS[m.group(1).casefold()]), ONE_OCLOCK.sub("1", text))
    text = RUPEES_PAISE.sub(lambda m: f"{m.group(1)}.{int(m.group(2)):02d} रुपये", text)
    text = LABELLED.sub(" ", text)  # "Class 12", "कक्षा आठ": which one, not how many
    text = WHOLE_FRACTION.sub(_whole_fraction, text)
    text = AND_A_HALF.sub(lambda m: f"{m.group(1)}.5", FRACTION.sub(_fraction, text))
    if not ANY_DIGIT.search(text):
        return frozenset()  # every figure from here on is read from digits, and none are left
    text = HOURS.sub(lambda m: f"{_plain(str(Decimal(m.group(1)) * 60))} minutes", text)
    text = WEEKS.sub(lambda m: f"{_plain(str(Decimal(m.group(1)) * 7))} days", text)
    text = SPOKEN_CLOCK.sub(spoken, text)
    text = HUNDREDS_AND.sub(lambda m: str(int(m.group(1)) * 100 + int(m.group(2))), text)
    text = RANGE_SCALED.sub(_range_scaled, text)  # "20 से 25 लाख", "Rs 20 to 25 lakh": both in lakh
    # "Roe and six others", "रोहित समेत 42 अन्य": the others and, counting the one named, all of them
    found.update(str(int(n) + 1) for n in AND_OTHERS.findall(text))
    text = AMOUNT_IN_PARTS.sub(in_parts, BASIS_POINTS.sub(points, CLOCK.sub(clock, text)))
    text = SCALED.sub(scaled, THOUSANDS_AND.sub(lambda m: str(int(m.group(1)) * 1000 + int(m.group(2))), text))
    text = _without_days(text)  # "27 मार्च", "March 27": a date (see dates_in), not a figure
    return frozenset(found | {_plain(n) for n in NUMBER.findall(text)})


# weekdays and months in English and in the spellings Hindi copy uses
WEEKDAYS = (("monday", ("सोमवार",)), ("tuesday", ("मंगलवार",)), ("wednesday", ("बुधवार",)),
            ("thursday", ("गुरुवार",)), ("friday", ("शुक्रवार",)), ("saturday", ("शनिवार",)),
            ("sunday", ("रविवार",)))
MONTHS = (("january", ("जनवरी",)), ("february", ("फरवरी", "फ़रवरी")), ("march", ("मार्च",)), ("april", ("अप्रैल",)),
          ("may", ("मई",)), ("june", ("जून",)), ("july", ("जुलाई",)), ("august", ("अगस्त",)),
          ("september", ("सितंबर", "सितम्बर")), ("october", ("अक्टूबर", "अक्तूबर")),
          ("november", ("नवंबर", "नवम्बर")), ("december", ("दिसंबर", "दिसम्बर")))
_DATE_WORDS = {word: en[:3] for en, hindi in WEEKDAYS + MONTHS for word in (en, *hindi)}
_SHORT = {en[:3]: en[:3] for en, _ in WEEKDAYS + MONTHS} | {"sept": "sep", "tues": "tue", "thur": "thu",
                                                           "thurs": "thu"}
# words that are also ordinary words ("may", "march", "the Sun", "मार्च" for a protest march):
# a date only beside a number ("May 5", "5 मार्च", "March 2023")
_AMBIGUOUS = {"may", "march", "मार्च"}
_DATE_TOKEN = re.compile(r"[A-Za-z]+\.?|[\u0900-\u097F]+|\d+")


_MONTH_NAMES = "|".join(sorted({re.escape(w) for en, hindi in MONTHS for w in (en.capitalize(), *hindi)} |
                               {en[:3].capitalize() + r"\.?" for en, _ in MONTHS} | {r"Sept\.?"}, key=len, reverse=True))
# a day of the month beside its month's name: "27 मार्च", "27th March", "March 27", "Sept. 3"
DAY_BEFORE = re.compile(rf"(?<![\d.,:])(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?=\s+(?:{_MONTH_NAMES})(?![A-Za-z\u0900-\u097F]))")
DAY_AFTER = re.compile(rf"(?<![A-Za-z\u0900-\u097F])((?:{_MONTH_NAMES})\s+)(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d.,:]\d|\d)")


# two days of one month: "12 और 13 नवंबर", "11-12 March", "November 12 and 13"
DAYS_JOINED = r"\s*(?:-|–|\s(?:and|to|और|व|एवं|से)\s)\s*"
DAY_PAIR_BEFORE = re.compile(rf"(?<![\d.,:])(3[01]|[12]\d|0?[1-9])(?={DAYS_JOINED}(?:3[01]|[12]\d|0?[1-9])\s+(?:{_MONTH_NAMES})"
                             rf"(?![A-Za-z\u0900-\u097F]))")
DAY_PAIR_AFTER = re.compile(rf"(?<![A-Za-z\u0900-\u097F])((?:{_MONTH_NAMES})\s+(?:3[01]|[12]\d|0?[1-9]){DAYS_JOINED})"
                            r"(3[01]|[12]\d|0?[1-9])(?![\d.,:]\d|\d)")


def _without_days(text: str) -> str:
    text = DAY_PAIR_AFTER.sub(r"\1 ", DAY_PAIR_BEFORE.sub(" ", text))
    return DAY_AFTER.sub(r"\1 ", DAY_BEFORE.sub(" ", text))


def ordinals_in(text: str) -> frozenset[str]:
    """Which ones of a series a claim names: "राज्य में तीसरी मौत" and "the 3rd death" -> {"3"}
    (a day of a month, "21st March", is a date)."""
    plain = _without_days(unicodedata.normalize("NFC", text).replace("\u093c", "").translate(DEVANAGARI_DIGITS))
    return frozenset(str(ORDINAL_WORDS[m.group(1).casefold()]) if m.group(1) else str(int(m.group(2)))
                     for m in ORDINALS.finditer(plain))


def dates_in(text: str) -> frozenset[str]:
    """The weekdays and months a claim names, in one form for both scripts ("Wednesday" and
    "बुधवार" -> "wed", "Sept. 13" and "13 सितंबर" -> "sep"), and each day of a month it names
    ("mar-27" for "27 मार्च" and "March 27"). English names count when capitalised; a short
    form ("Sept.", "Wed") when it has its full stop or a number beside it; a name that is also
    a common word only beside a number."""
    text = unicodedata.normalize("NFC", text.translate(DEVANAGARI_DIGITS)).replace("\u093c", "")
    tokens = _DATE_TOKEN.findall(text)
    found = set()
    for i, token in enumerate(tokens):
        word = token.rstrip(".")
        folded = word.casefold()
        beside_number = any(t.isdigit() for t in tokens[max(0, i - 1):i + 2])
        if folded in _DATE_WORDS:
            latin = word.isascii()
            if latin and not word[0].isupper():
                continue
            if folded in _AMBIGUOUS and not beside_number:
                continue
            found.add(_DATE_WORDS[folded])
            if _DATE_WORDS[folded] in _MONTHS:
                found.update(f"{_DATE_WORDS[folded]}-{day}" for day in _days_beside(tokens, i))
        elif folded in _SHORT and word[0].isupper() and (token.endswith(".") or beside_number):
            found.add(_SHORT[folded])
            if _SHORT[folded] in _MONTHS:
                found.update(f"{_SHORT[folded]}-{day}" for day in _days_beside(tokens, i))
    # the other day of two joined ("12 और 13 नवंबर", "11-12 March", "November 12 and 13")
    joined = [(match.group(1), text[match.end():]) for match in DAY_PAIR_BEFORE.finditer(text)] + \
        [(match.group(2), match.group(1)) for match in DAY_PAIR_AFTER.finditer(text)]
    for day, words in joined:
        month = next((m for m in (_month_of(t) for t in _DATE_TOKEN.findall(words)) if m), None)
        if month:
            found.add(f"{month}-{int(day)}")
    return frozenset(found)


def _month_of(token: str) -> str | None:
    """A month's short form for its name or short name ("November", "नवंबर", "Nov." -> "nov"), else None."""
    word = token.rstrip(".").casefold()
    month = _DATE_WORDS.get(word) or _SHORT.get(word)
    return month if month in _MONTHS else None


_MONTHS = frozenset(en[:3] for en, _ in MONTHS)
_WEEKDAYS = frozenset(en[:3] for en, _ in WEEKDAYS)


def _days_beside(tokens: list[str], i: int) -> list[int]:
    """The day of the month written right before or after the month at ``tokens[i]``."""
    return [int(t) for t in (tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else "")
            if t.isdigit() and 1 <= int(t) <= 31 and len(t) <= 2]


def dates_disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two claims name weekdays, months or days of a month of one kind, with none in common
    ("shut on Thursday" / "शनिवार से खुलेंगे"; "till 14 April" / "till 3 May"); a weekday and a
    month say nothing against each other."""
    kinds_a, kinds_b = _by_kind(a), _by_kind(b)
    return any(not (kinds_a[k] & kinds_b[k]) for k in kinds_a.keys() & kinds_b.keys())


def _by_kind(tokens: frozenset[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for token in tokens:
        kind = "day" if "-" in token else "month" if token in _MONTHS else "weekday" if token in _WEEKDAYS else token
        out.setdefault(kind, set()).add(token)
    return out


def named_numbers_in(text: str) -> frozenset[str]:
    """The numbers that are part of a name ("Chandrayaan-3", "कोविड-19" -> {"3"}, {"19"}),
    which two claims about the same thing share."""
    text = unicodedata.normalize("NFC", text.translate(DEVANAGARI_DIGITS))
    words = WORDS.sub(lambda m: str(NUMBER_WORDS[m.group(1).casefold()]), text)
    labelled = {n for found in LABELLED.findall(words) for n in re.findall(r"\d+", found)}
    return frozenset(_plain(n) for n in NAMED.findall(LABELLED.sub(" ", text))) | frozenset(labelled)


def numbers_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both state figures and neither's figures include the other's: "5.4%" vs "5.1%". Years are
    compared with years and other figures with other figures, so "expired in November 2024" and
    "ran without one for five months" do not clash (but see below for counts in the thousands)."""
    years_a, years_b = frozenset(filter(is_year, a)), frozenset(filter(is_year, b))
    counts_a, counts_b = a - years_a, b - years_b
    # a figure that reads as a year is a count beside the other claim's count in the thousands, when
    # it gives no year itself: "more than 2,000 idols" / "more than 1,500"
    if years_b and not years_a and _thousands(counts_a):
        counts_b, years_b = b, frozenset()
    elif years_a and not years_b and _thousands(counts_b):
        counts_a, years_a = a, frozenset()
    return _clash(years_a, years_b) or _clash(counts_a, counts_b)


def _thousands(numbers: frozenset[str]) -> bool:
    return any(n.isdigit() and len(n) == 4 for n in numbers)


def _clash(a: frozenset[str], b: frozenset[str]) -> bool:
    a, b = _on_the_hour(a), _on_the_hour(b)
    return bool(a) and bool(b) and not (a <= b or b <= a)


def _on_the_hour(numbers: frozenset[str]) -> frozenset[str]:
    """A time on the hour also reads as its bare hour, for the copy that gives the time without a
    clock word: "at around five" and "शाम पांच बजे"."""
    return numbers | {n[:-3] for n in numbers if n.endswith(":00")}


def is_year(number: str) -> bool:
    """Whether a figure (as ``numbers_in`` gives it) reads as a year: "2024", not "2024.5"."""
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100


def negated(text: str) -> bool:
    """Whether the claim is stated in the negative ("did not", "नहीं", "denied")."""
    return bool(NEGATION.search(text))
