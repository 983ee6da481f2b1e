"""The one dateline reader: "MOSCOW, Sept 14 (Eastern Chronicle) -", "सियोल, 14 सितंबर (प्रभात
दर्पण) –", with the place's district in brackets or not ("गोमिया (बोकारो), 19 अक्टूबर (...)।").
Metadata inference takes the outlet from it; claim content strips it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.figures import MONTHS

# the pattern is written with literal Devanagari characters (not escapes), so Python and DuckDB's
# regular expressions (RE2) read it alike: the store strips datelines from headlines with it
DEVANAGARI = "\u0900-\u097F"
# a place, perhaps with its district in brackets ("पीथमपुर (धार)", "PITHAMPUR (DHAR)"), then a date
PLACE = ("(?:[A-Z][A-Za-z .'’/-]{1,40}|[" + DEVANAGARI + "][" + DEVANAGARI + " /]{0,40})"
         "(?:\\s*\\([^()\n\\d,]{2,30}\\))?(?:,[^()\n,]{0,40}){0,2}")
NAME = "\\(([^()\n]{2,40})\\)"
SEPARATOR = "[-–—:：।]"
# group 1 is the part before the brackets (a place, perhaps a date), 2 the bracketed name, 3 the
# separator after the brackets
DATELINE = re.compile("^(" + PLACE + ")\\s*" + NAME + "\\s*(" + SEPARATOR + "?)\\s*")
# a month after the place's comma: the date ("7 मार्च", "सात मार्च", "Sept 14"), in figures or words
MONTH = re.compile(",.*(?<![A-Za-z" + DEVANAGARI + "])(?:" + "|".join(
    w for en, hindi in MONTHS for w in (en[:3], *hindi)) + ")", re.IGNORECASE)
# a dateline followed by its separator, as shown headlines drop it (for SQL)
SEPARATED = "^" + PLACE + "\\s*" + NAME + "\\s*" + SEPARATOR + "\\s*"


@dataclass(frozen=True)
class Dateline:
    end: int  # where the text after the dateline starts
    name: str  # the name in brackets, usually the outlet
    separated: bool  # a dash, colon or danda follows the brackets
    dated: bool  # a date stands before the brackets
    place: str = ""  # the place it names first ("MOSCOW", "सियोल")
    district: str = ""  # the district in brackets after the place ("पीथमपुर (धार)": "धार")

    def is_dateline(self, outlet_names: tuple[str, ...] = ()) -> bool:
        """Whether it is a dateline rather than a name with a note in brackets ("NATO (the
        alliance) will ...", "भारतीय रिज़र्व बैंक (आरबीआई) ने ..."): a separator, a date, or the
        publishing outlet inside the brackets says so."""
        own = " ".join(self.name.split()).casefold() in {" ".join(n.split()).casefold() for n in outlet_names}
        return self.separated or self.dated or own


def read_dateline(text: str) -> Dateline | None:
    """The dateline opening ``text``, if its shape is one."""
    match = DATELINE.match(text[:200])
    if match is None:
        return None
    first = match.group(1).split(",")[0]
    district = re.search(r"\(([^()]*)\)", first)
    return Dateline(match.end(), " ".join(match.group(2).split()), bool(match.group(3)),
                    "," in match.group(1) and bool(re.search(r"\d", match.group(1)) or MONTH.search(match.group(1))),
                    " ".join(first.split("(")[0].split()), " ".join(district.group(1).split()) if district else "")


# a place and a date with no outlet in brackets: "LUDHIANA, June 18: ...", "Dehradun, April 22 - ..."
PLACE_DATE = re.compile("^((?:[A-Z][A-Za-z .'’-]{1,30}|[" + DEVANAGARI + "][" + DEVANAGARI + " ]{0,30}))"
                        ",\\s*([^,:()\n]{3,20}?)\\s*" + SEPARATOR + "\\s")


# a place in capitals before a colon, with no date: "PANIPAT: A six-year-old boy ..."
PLACE_ONLY = re.compile(r"^([A-Z][A-Z.'’-]{2,30}(?: [A-Z][A-Z.'’-]{1,30}){0,2}):\s")


# a place with its district in brackets before the date: "गोमिया (बोकारो), 19 अक्टूबर (...)", "PITHAMPUR
# (DHAR), March 15 - ..."
PLACE_IN_DISTRICT = re.compile("^(?:[A-Z][A-Za-z .'’-]{1,30}|[" + DEVANAGARI + "][" + DEVANAGARI + " ]{0,30})"
                               "\\s*\\(([A-Z" + DEVANAGARI + "][^()\\n\\d,]{1,29})\\)\\s*,\\s*([^,:()\\n]{3,20}?)\\s*(?:\\(|" + SEPARATOR + ")")


def district_of_place(text: str) -> str:
    """The district a dateline puts its place in ("गोमिया (बोकारो), 19 अक्टूबर" -> "बोकारो"), or ""."""
    match = PLACE_IN_DISTRICT.match(text[:120])
    if match is None or not re.search(r"\d", match.group(2)) or not MONTH.search("," + match.group(2)):
        return ""
    return " ".join(match.group(1).split())


def dated_place(text: str) -> str:
    """The place of a dateline that gives a place and a date but no name in brackets ("LUDHIANA,
    June 18: ..."), or a place in capitals alone before a colon ("PANIPAT: ..."), or ""."""
    match = PLACE_DATE.match(text[:80])
    if match is None or not re.search(r"\d", match.group(2)) or not MONTH.search("," + match.group(2)):
        alone = PLACE_ONLY.match(text[:80])
        return alone.group(1) if alone else ""
    return " ".join(match.group(1).split())

