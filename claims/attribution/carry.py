"""Statements that run over several sentences of one paragraph.

Wire copy often credits a statement once and goes on with it: "X ने बताया कि ... । यह मरीज
... है ।" (the second sentence is still X's account), or gives the figures first and the
credit after them: "... 415 हो गए हैं । ... 360 थी । मंत्रालय ने यह जानकारी दी ।". A paragraph
break ends both; a sentence with its own agent, credit or framing is never carried.

A story that quotes many people credits each statement where it is made: in it, a sentence goes on
only in the speaker's own voice ("मेरे पिता ..."), or as more of what was said in the passive; a
breakdown ("इनमें 12 बच्चे हैं") is the outlet's.

A statement goes on only from a sentence that reports what was said (a कि-clause, a
quotation, "X के मुताबिक"): an act ("X ने राहत की घोषणा की") or a credit that points back
("X ने यह जानकारी दी") closes what it credits, and the outlet's narration follows it. A new
dateline ("पेरिस : ...", "लखनऊ, 5 मई (भाषा) ...") starts a new report.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claims.attribution.text import SIGNATURE, for_matching
from claims.datelines import read_dateline
from claims.lexicon import alternation, lexicon
from claims.matching import place_within, places_in, places_in_order, places_list
from claims.names import fold

HI = lexicon("hi")
# "यह जानकारी दी", "इसकी पुष्टि की": a credit that points back at what came before it
BACK_CREDIT = re.compile(alternation(HI.words("back_credits")))
# the plans and rules that "के अनुसार" follows to mean "as": "तय कार्यक्रम के अनुसार"
AS_PER = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('as_per_nouns'))})\s+$")
THAT = re.compile(r"(?<![\u0900-\u097F])कि(?![\u0900-\u097F])")
# "... यह बताने को कहा कि ...": an account asked for; its कि-clause is the question put, no one's statement
ASKED_TO_TELL = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('requested_statements'))})\s+(?:को|के\s+लिए)\s+"
                           r"(?:कहा|कही|कहे)(?![\u0900-\u097F])")
# "X ने ... किया": the sentence has an agent of its own
OWN_AGENT = re.compile(r"(?<![\u0900-\u097F])(?:ने|द्वारा)(?![\u0900-\u097F])")
# "कंपनी अधिनियम के अनुसार", "आंकड़ों के मुताबिक": a credit of its own, even one that names no
# speaker; not "तय कार्यक्रम के अनुसार", "दिशानिर्देशों के अनुसार" (as planned, as the rules say)
OWN_CREDIT = re.compile(rf"(?<![\u0900-\u097F])(?:के|उनके|इसके|उसके) (?:{alternation(HI.words('credit_words'))})"
                        r"(?![\u0900-\u097F])")
# "ग्रामीणों का कहना है कि", "उनका कहना है": someone of its own says it, a group the sentence does not
# name included
OWN_SAYING = re.compile(rf"(?<![\u0900-\u097F])(?:का|की|के|{alternation(HI.words('possessive_pronouns'))}) "
                        rf"(?:{alternation(HI.words('saying_nouns'))})(?![\u0900-\u097F])")
# "X ने कहा, ...", "मंत्री बोले- ...", "इसमें कहा गया है- ...": what was said follows the speech verb
# after a comma or a dash
SPOKEN_THEN = rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('told_verbs') + HI.words('bare_subject_speech'))})" \
              r"(?:\s+(?:गया|गई|गयी|गए))?(?:\s+(?:है|हैं|था|थे|थी))?\s*[,–—-]"
# "लोग कहते हैं कि ...", "वह बोले- ...": a speaker of its own, named or not, before a bare verb of saying
BARE_SPEECH = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('bare_subject_speech'))})"
                         r"(?:\s+(?:है|हैं|था|थे|थी|थीं))?\s*(?:कि(?![\u0900-\u097F])|[,–—:\"“-])")
# what a statement's sentence reports: a कि-clause, a quotation, a credit, "X का कहना है", a colon,
# a comma or dash after the speech verb
REPORTS = re.compile(rf"(?<![\u0900-\u097F])(?:कि|{alternation(HI.words('saying_nouns'))})(?![\u0900-\u097F])"
                     r"|[\"“”'‘’:]" + rf"|{OWN_CREDIT.pattern}|{SPOKEN_THEN}")
# "पेरिस : ...", "न्यूयॉर्क: ...": a place and a colon opening a new item of a live report
PLACE_COLON = re.compile(r"^\W*[\u0900-\u097F]+(?: [\u0900-\u097F]+){0,2} ?[:：] ")


def _read(sentence) -> str:
    """A sentence's text as its cues are read: no invisible characters, no sign typed twice
    ("इस संंबंध में जानकारी दी" credits what came before)."""
    return for_matching(sentence.text)[0]


def own_credit(text: str) -> bool:
    """Whether the sentence credits someone of its own, named or not; "as planned" is no credit."""
    return any(not AS_PER.search(text[:m.start()]) for m in OWN_CREDIT.finditer(text))


def new_paragraph(body: str, before, sentence) -> bool:
    return "\n" in body[before.end:sentence.start]


def _open(item) -> bool:
    """A sentence that states something without a speaker, credit or framing of its own."""
    sentence, attribution, _ = item
    return attribution.speaker is None and not attribution.sources and attribution.kind == "reported" \
        and not OWN_AGENT.search(sentence.text) and not own_credit(sentence.text) \
        and not OWN_SAYING.search(sentence.text) and not _bare_speech(sentence.text) \
        and not ASKED_TO_TELL.search(sentence.text)


def _bare_speech(text: str) -> bool:
    """Whether someone the sentence names, or a group, says something with a bare verb ("लोग कहते
    हैं कि"); a verb with no subject before it ("बोले कि ...") goes on with the speaker before, and
    so does what others say to the speaker ("दोस्त मुझे कहते हैं कि")."""
    said = BARE_SPEECH.search(text)
    return said is not None and not FIRST_PERSON.search(text) and bool(re.search(r"[\u0900-\u097FA-Za-z]", text[:said.start()]))


# "प्रादे25 गुजरात वायरस मामले ...", "वि8 वायरस सिंगापुर ...": a wire digest's item opens with its slug,
# a desk's letters and the item's number
WIRE_SLUG = re.compile(r"^\W*[\u0900-\u097F]{1,6}\d{1,3}\s")


def new_report(text: str) -> bool:
    """A sentence that opens with a dateline or a wire slug: a new report, whoever spoke before it."""
    line = read_dateline(text)
    return line is not None and line.is_dateline() or bool(PLACE_COLON.match(text) or WIRE_SLUG.match(text))


# "X ने छह नए मामलों की जानकारी दी": information given about something, told in what follows
INFORMED = re.compile(r"(?<![\u0900-\u097F])(?:की|के बारे में) (?:विस्तृत )?जानकारी (?:दी|दे|साझा)")


def reports_speech(text: str) -> bool:
    """Whether a speaker's sentence reports what was said, rather than an act or a credit that
    points back at the sentences before it."""
    head = THAT.split(text)[0]
    return bool(REPORTS.search(text) or INFORMED.search(text)) and not BACK_CREDIT.search(head)


def _words(key: str) -> re.Pattern:
    return re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words(key))})(?![\u0900-\u097F])")


FIRST_PERSON = _words("first_person")
ANAPHORIC = re.compile(rf"^\W*(?:{alternation(HI.words('anaphoric_openers'))})")
TOPIC = re.compile(rf"^\W*(?:{alternation(HI.words('topic_openers'))})")
REMARK = _words("outlet_remarks")
IMPERSONAL = re.compile(alternation(HI.words("impersonal_speech")))
# "... कहा गया है कि", "सभी राज्यों से कहा गया है कि": said, with no one named as saying it
SAID_BY_NO_ONE_NAMED = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('told_verbs'))})\s+(?:गया|गई|गयी|गए)"
                                  r"(?![\u0900-\u097F])")
FILLERS = frozenset(HI.words("saying_fillers"))
DIRECTIVE = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words('directive_endings'))})\W*$")
ROLE = _words("roles")
ALSO = _words("additive")
NOT_ALSO = _words("not_additive")
# the ergative pronouns ("उन्होंने", "उसने"): a sentence with one has an agent of its own
AGENT = re.compile(rf"(?<![\u0900-\u097F])(?:{alternation([p for p in HI.words('pronouns') if p.endswith('ने')])})"
                   r"(?![\u0900-\u097F])")


def names_known(text: str, aliases: dict[str, str]) -> bool:
    """Whether the text names a listed person or body ("रिज़र्व बैंक का लक्ष्य ..."): the
    outlet is then speaking about them, not the speaker going on."""
    words = fold(text).split()
    # a body named as where something happened ("पटना एम्स में भर्ती") is no one the outlet speaks about
    return any(" ".join(words[i:i + n]) in aliases and words[i + n:i + n + 1] != ["में"]
               for n in (3, 2, 1) for i in range(len(words) - n + 1))


def said_on(text: str) -> bool:
    """Whether the sentence reports more of what was said, without saying who said it: "साथ ही
    यह भी कहा गया है कि ...", "सभी राज्यों से कहा गया है कि ...". Not when it was said in a
    document ("घोषणापत्र में कहा गया है", "इसमें यह भी कहा गया है"), which speaks for whoever wrote it."""
    said = SAID_BY_NO_ONE_NAMED.search(text)
    if said is None:
        return False
    words = text[:said.start()].split()
    while words and words[-1] in FILLERS:
        words.pop()
    return not words or not words[-1].endswith("में")  # "में", "इसमें"


OPENING_WORDS = 2  # "ब्रिटेन में ...", "- अमेरिका में ...": the place the sentence opens on
INDIAN_STATES = frozenset(places_list()["states"])


def opens_elsewhere(speaker, text: str) -> bool:
    """Whether a sentence opens on a place outside the one its would-be speaker speaks for
    ("सेनेगल ने दो नये मामलों की जानकारी दी ।" then "ब्रिटेन में ... पहली मौत ..."; a state's
    department, then "अमेरिका में ..."): the outlet's next item, not more of what was said."""
    scope = frozenset().union(*(places_in(name) for name in speaker.spellings))
    opening = " ".join(text.split()[:OPENING_WORDS])
    first = places_in_order(opening)[:1]
    if not (scope and first):
        return False
    place = first[0]
    within = place_within().get(place)
    national = "india" in scope and (place in INDIAN_STATES or within in INDIAN_STATES)  # ICMR, then "दिल्ली में"
    return place not in scope and within not in scope and not national


def _goes_on(before, item, aliases: dict[str, str], origin=None, many_voices: bool = False) -> bool:
    """Whether ``item`` goes on with the statement of ``before`` (the sentence before it), which
    ``origin`` (the sentence that credits the speaker) began. In a story of ``many_voices`` only
    the speaker's own voice, more of what was said in the passive or what they asked for goes on,
    not a breakdown of what was said."""
    text = item[0].text.strip()
    if not _open(item) or text.endswith("?") or before[0].text.strip().endswith("?") or new_report(text) or \
            opens_elsewhere(before[1].speaker, text):
        return False
    if FIRST_PERSON.search(text) or ANAPHORIC.search(text) and not many_voices:
        return True  # the speaker's own voice, or a breakdown of what was just said
    if not reports_speech((origin or before)[0].text):
        return False  # an act, or a credit pointing back: what follows is the outlet's
    closed = before[1].kind == "direct_quote" or before[0].text.rstrip()[-1:] in "'’\"”»"
    if not closed and (said_on(text) or DIRECTIVE.search(text)):
        return True  # more of what the speaker said, in the passive, or what they asked for
    if closed or TOPIC.search(text) or IMPERSONAL.search(text) or REMARK.search(text) or \
            AGENT.search(text) and not reports_speech(text):
        return False  # a closed quotation, a new point, speech no one in particular makes, an act of
        # someone's ("उन्होंने ... आदेश दिए"), which the outlet reports
    if many_voices:
        return False  # a story of many voices narrates between its credits
    # another person, a listed name, "X भी": the outlet adds a fact of its own
    return not ROLE.search(text) and not ALSO.search(NOT_ALSO.sub(" ", text)) and not names_known(text, aliases)


# a story that gives more voices than this credits each statement where it is made, and a sentence
# that credits no one is its own narration ("परिजन शव को सड़क पर रखकर बैठे रहे।" after the son's
# account); a briefing or a wire item of a few voices runs one account on from its credit. Development
# parts, Hindi sentences carried on this default: our gold 91 the outlet's, 1 the speaker's, in stories
# of 4 to 11 voices; real Hindi news 14 and 196, in stories of 1 to 7. Speaker accuracy, our gold /
# real Hindi news: no limit 0.9599 / 0.898, more than 7 voices +45 sentences / =, more than 6 +65 /
# 0.897, more than 5 +80 / 0.890; a breakdown ("इनमें ...") not carried in them either, +4 more / =
MANY_VOICES = 6


def carry_forward(results: list, body: str, language: str, aliases: dict[str, str]) -> None:
    """A sentence that names no one continues the statement of the sentence before it."""
    if language != "hi":
        return
    origin, carried = None, False  # the sentence whose speaker the statement carries
    many = len({r[1].speaker.id for r in results if r[1].speaker is not None}) > MANY_VOICES
    for k in range(1, len(results)):
        before = results[k - 1]
        origin = origin if carried else before
        carried = False
        if before[1].speaker is None or new_paragraph(body, before[0], results[k][0]) or \
                not _goes_on(before, results[k], aliases, origin, many):
            continue
        attribution = results[k][1]
        results[k][1] = replace(attribution, speaker=before[1].speaker, speaker_ref=before[1].speaker_ref,
                                kind="indirect_quote")
        carried = True


def carry_from_headline(results: list, headline) -> None:
    """The speaker a headline credits ("पीएम बोले- ...") speaks the body's opening sentences that
    are in the first person or ask something of the reader ("मैं जानता हूं कि ...", "घरों में रहें"),
    until someone else speaks or a new report begins."""
    if headline.speaker is None:
        return
    for k, item in enumerate(results):
        sentence, attribution, _ = item
        text = sentence.text.strip()
        if attribution.speaker is not None or new_report(text) and k:
            return
        if _open(item) and (FIRST_PERSON.search(text) or DIRECTIVE.search(text)):
            results[k][1] = replace(attribution, speaker=headline.speaker, speaker_ref=headline.speaker_ref,
                                    kind="indirect_quote")


def carry_back(results: list, body: str, language: str) -> None:
    """A credit that points back ("यह जानकारी दी") covers the open sentences before it."""
    if language != "hi":
        return
    for k, (sentence, attribution, _) in enumerate(results):
        if attribution.speaker is None or not BACK_CREDIT.search(THAT.split(_read(sentence))[0]):
            continue  # "X ने कहा कि यह बात ...": the words after कि are what was said, not a credit
        j = k - 1
        while j >= 0 and not new_paragraph(body, results[j][0], results[j + 1][0]) and _open(results[j]):
            results[j][1] = replace(results[j][1], speaker=attribution.speaker, speaker_ref=attribution.speaker_ref)
            if TOPIC.search(_read(results[j][0])):
                break  # "इससे पहले ...": where the credited account begins; what is before it is another's
            j -= 1


def carry_signed(results: list, body: str, language: str) -> None:
    """A line that signs the line right above it, as a quotation box is signed ("... घबराएं नहीं ।"
    then "- डॉ. एके पांडेय, सीएमओ"), gives its speaker to that line's sentences that name none."""
    if language != "hi":
        return
    for k in range(1, len(results)):
        sentence, attribution, _ = results[k]
        signed_by = SIGNATURE.match(sentence.text)
        if attribution.speaker is None or signed_by is None or not any(name in signed_by.group(1) for name in attribution.speaker.spellings) or \
                body[results[k - 1][0].end:sentence.start].count("\n") != 1:
            continue  # no signature ("कपिल देव, दिलीप वेंगसरकर ने ... मांग की" names two who act), or
            # not right under what it signs
        j = k - 1
        while j >= 0:
            signed = results[j][1]
            if signed.speaker is None and not signed.sources:
                results[j][1] = replace(signed, speaker=attribution.speaker, speaker_ref=attribution.speaker_ref,
                                        kind="direct_quote")
            if j == 0 or new_paragraph(body, results[j - 1][0], results[j][0]):
                break
            j -= 1

