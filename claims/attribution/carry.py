"""Statements that run over several sentences of one paragraph.

Wire copy often credits a statement once and goes on with it: "X ने बताया कि ... । यह मरीज
... है ।" (the second sentence is still X's account), or gives the figures first and the
credit after them: "... 415 हो गए हैं । ... 360 थी । मंत्रालय ने यह जानकारी दी ।". A paragraph
break ends both; a sentence with its own agent, credit or framing is never carried.
"""
from __future__ import annotations

import re
from dataclasses import replace

from claims.lexicon import alternation, lexicon
from claims.names import fold

HI = lexicon("hi")
# "यह जानकारी दी", "इसकी पुष्टि की": a credit that points back at what came before it
BACK_CREDIT = re.compile(alternation(HI.words("back_credits")))
THAT = re.compile(r"(?<![\u0900-\u097F])कि(?![\u0900-\u097F])")
# "X ने ... किया": the sentence has an agent of its own
OWN_AGENT = re.compile(r"(?<![\u0900-\u097F])(?:ने|द्वारा)(?![\u0900-\u097F])")


def new_paragraph(body: str, before, sentence) -> bool:
    return "\n" in body[before.end:sentence.start]


def _open(item) -> bool:
    """A sentence that states something without a speaker, credit or framing of its own."""
    sentence, attribution, _ = item
    return attribution.speaker is None and not attribution.sources and attribution.kind == "reported" \
        and not OWN_AGENT.search(sentence.text)


def _words(key: str) -> re.Pattern:
    return re.compile(rf"(?<![\u0900-\u097F])(?:{alternation(HI.words(key))})(?![\u0900-\u097F])")


FIRST_PERSON = _words("first_person")
ANAPHORIC = re.compile(rf"^\W*(?:{alternation(HI.words('anaphoric_openers'))})")
TOPIC = re.compile(rf"^\W*(?:{alternation(HI.words('topic_openers'))})")
REMARK = _words("outlet_remarks")
IMPERSONAL = re.compile(alternation(HI.words("impersonal_speech")))
ROLE = _words("roles")
ALSO = _words("additive")
NOT_ALSO = _words("not_additive")


def names_known(text: str, aliases: dict[str, str]) -> bool:
    """Whether the text names a listed person or body ("रिज़र्व बैंक का लक्ष्य ..."): the
    outlet is then speaking about them, not the speaker going on."""
    words = fold(text).split()
    return any(" ".join(words[i:i + n]) in aliases for n in (3, 2, 1) for i in range(len(words) - n + 1))


def _goes_on(before, item, aliases: dict[str, str]) -> bool:
    """Whether ``item`` goes on with the statement of ``before`` (the sentence before it)."""
    text = item[0].text.strip()
    if not _open(item) or text.endswith("?") or before[0].text.strip().endswith("?"):
        return False
    if FIRST_PERSON.search(text) or ANAPHORIC.search(text):
        return True  # the speaker's own voice, or a breakdown of what was just said
    closed = before[1].kind == "direct_quote" or before[0].text.rstrip()[-1:] in "'’\"”»"
    if closed or TOPIC.search(text) or IMPERSONAL.search(text) or REMARK.search(text):
        return False  # a closed quotation, a new point, speech no one in particular makes
    # another person, a listed name, "X भी": the outlet adds a fact of its own
    return not ROLE.search(text) and not ALSO.search(NOT_ALSO.sub(" ", text)) and not names_known(text, aliases)


def carry_forward(results: list, body: str, language: str, aliases: dict[str, str]) -> None:
    """A sentence that names no one continues the statement of the sentence before it."""
    if language != "hi":
        return
    for k in range(1, len(results)):
        before = results[k - 1]
        if before[1].speaker is None or new_paragraph(body, before[0], results[k][0]) or \
                not _goes_on(before, results[k], aliases):
            continue
        attribution = results[k][1]
        results[k][1] = replace(attribution, speaker=before[1].speaker, speaker_ref=before[1].speaker_ref,
                                kind="indirect_quote")


def carry_back(results: list, body: str, language: str) -> None:
    """A credit that points back ("यह जानकारी दी") covers the open sentences before it."""
    if language != "hi":
        return
    for k, (sentence, attribution, _) in enumerate(results):
        if attribution.speaker is None or not BACK_CREDIT.search(THAT.split(sentence.text)[0]):
            continue  # "X ने कहा कि यह बात ...": the words after कि are what was said, not a credit
        j = k - 1
        while j >= 0 and not new_paragraph(body, results[j][0], results[j + 1][0]) and _open(results[j]):
            results[j][1] = replace(results[j][1], speaker=attribution.speaker, speaker_ref=attribution.speaker_ref)
            j -= 1
