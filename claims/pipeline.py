"""Text -> typed claims for one article: split, attribute, score."""
from __future__ import annotations

import re
from dataclasses import replace

from claims import attribution as attr
from claims.attribution import carry
from claims import checkworthy, matching, sentences, tables
from claims.content import plain_sentence
from claims.models import AnalysedArticle, AnalysedSentence, Article, Sentence
from claims.lexicon import alternation, lexicon
from claims.names import Registry


def analyse(article: Article, registry: Registry, *, claim_threshold: float = 0.5) -> AnalysedArticle:
    """Every sentence of ``article`` with its attribution, score and claim flag."""
    publisher = registry.get(article.outlet_id) or registry.resolve(article.outlet, "outlet")
    attributor = attr.Attributor(registry, publisher, article.language)
    # a headline that credits a speaker ("पीएम बोले- ...", "...: केजरीवाल") introduces them, and
    # speaks for the body's opening words in the first person or asking something of its readers
    headline = attributor.attribute(Sentence(-1, 0, len(article.title), article.title))[0] \
        if article.title and article.language == "hi" else None
    if article.title and article.language != "hi":
        attributor.memory.learn_state(article.title)  # "Rajasthan raises compensation ...": the story's state
    attributor.ctx.in_quote = False
    results = []
    opens = []
    previous = None
    for sentence in sentences.split(article.body):
        if previous is not None and opens[-1] and not _quote_goes_on(article.body, previous, sentence):
            opens[-1] = attributor.ctx.in_quote = False
        attribution, content, opens_quote = attributor.attribute(sentence)
        previous = sentence
        results.append([sentence, attribution, content])
        opens.append(opens_quote)
    _offices_named_later(results, attributor.ctx)
    _carry_quote_speakers(results, opens)
    _quotes_before_a_credit(results, opens, article.body)
    _continue_quotations(results, opens, article.body)
    carry.carry_signed(results, article.body, article.language)
    carry.carry_back(results, article.body, article.language)
    carry.carry_forward(results, article.body, article.language, registry.aliases())
    if headline is not None:
        carry.carry_from_headline(results, headline)
    outlet_names = publisher.spellings
    rows = tables.rows(article.body) if "\t" in article.body else {}
    analysed = []
    referred = matching.referred_places([s.text for s, _, _ in results], article.title)
    for (sentence, attribution, content), places in zip(results, referred):
        value = checkworthy.score(sentence.text, attribution)
        is_claim = value >= claim_threshold
        if not is_claim:
            attribution = replace(attribution, kind="other")
        row = tables.row_at(article.body, rows, sentence.start, sentence.end) if rows else None
        if row is not None:  # a table's row, read with its column names
            content = row
        analysed.append(AnalysedSentence(sentence, is_claim, value, attribution, content,
                                         plain_sentence(row or sentence.text, outlet_names=outlet_names), places))
    return AnalysedArticle(article, publisher, tuple(analysed))


def _offices_named_later(results: list, ctx: attr.Context) -> None:
    """An office the article first leaves unnamed ("एम्स के निदेशक ने बताया") is the one person
    it later names with that office ("एम्स निदेशक डॉ. ए. कुमार")."""
    holders: dict[str, object] = {}
    for office, words in ctx.offices.items():
        people = {entity for role, entity in ctx.roles.items() if entity.id != office and entity.kind == "person"
                  and entity.id not in ctx.offices and set(words.split()) <= set(role.split())
                  and role.split()[-1] == words.split()[-1]}
        if len(people) == 1:
            holders[office] = people.pop()
    for item in results:
        speaker = item[1].speaker
        if speaker is not None and speaker.id in holders:
            item[1] = replace(item[1], speaker=holders[speaker.id])


def _quote_goes_on(body: str, before, sentence) -> bool:
    """Whether a quotation left open runs on into ``sentence``: always within a paragraph;
    into a new paragraph only when that paragraph opens with a quotation mark again. Never into
    a sentence that opens with the reporter's own aside ("बता दें ...")."""
    if REPORTER_ASIDE.match(sentence.text):
        return False
    if "\n" not in body[before.end:sentence.start]:
        return True
    return sentence.text.lstrip()[:1] in "\"“‘«'" or sentence.text.lstrip().startswith("''")


def _continue_quotations(results: list, opens: list[bool], body: str) -> None:
    """A sentence that is all quotation and credits no one continues the quotation of the
    sentence before it (same or next paragraph): '"We will win," Roe said. "It is not close."',
    or, in the same paragraph, the statement before it: 'Roe said the vote was close. "We won."',
    or the one that introduces it with a colon ('Roe wrote:')."""
    for k in range(1, len(results)):
        sentence, attribution, _ = results[k]
        before = results[k - 1][1]
        introduces = results[k - 1][0].text.rstrip().endswith(":")  # 'Roe wrote:' and the quotation below it
        same_paragraph = not carry.new_paragraph(body, results[k - 1][0], sentence)
        if attribution.speaker is not None or before.speaker is None or before.kind != "direct_quote" and not \
                introduces and (before.kind != "indirect_quote" or not same_paragraph):
            continue
        if attribution.sources or not _all_quoted(sentence.text, opens[k - 1]):
            continue
        results[k][1] = replace(attribution, speaker=before.speaker, speaker_ref=before.speaker_ref,
                                kind="direct_quote", sources=before.sources)


# after a speech verb, words that start a clause of its own: the sentence says something
CLAUSE_WORDS = {"that", "he", "she", "they", "it", "we", "i", "you", "was", "is", "were", "are", "will", "would",
                "had", "has", "have", "there", "this", "the"}
LISTENER_VERBS = {"told", "tells", "asked", "asks"}
CIRCUMSTANCE = re.compile(r"\s*(?:,|\s(?:of|as|about|when|while)\s)")
REPORTER_ASIDE = re.compile(rf"\s*[-–—]?\s*(?:{alternation(lexicon('hi').words('reporter_asides'))})(?![\u0900-\u097F])")
SPEECH_AT = re.compile(rf"\b(?:{alternation(lexicon('en').words('speech_verbs'))})\b")


def _bare_credit(text: str) -> bool:
    """'Roe asked.', 'Roe wrote in an email to staff.': a speaker and a verb, and nothing said."""
    if any(q in text for q in '"“”'):
        return False
    verb = SPEECH_AT.search(text)
    if verb is None or len(text[:verb.start()].split()) > 12:
        return False
    if CIRCUMSTANCE.match(text, verb.end()):
        return True  # 'Roe said of the plan in May, when ...', 'Roe asked, shaking her head.'
    rest = re.findall(r"[\w'’]+", text[verb.end():])
    clause = CLAUSE_WORDS - ({"the"} if verb.group(0) in LISTENER_VERBS else set())  # "asked the council"
    return len(rest) <= 10 and not any(w.casefold() in clause for w in rest)


def _quotes_before_a_credit(results: list, opens: list[bool], body: str) -> None:
    """Quotations just before a sentence that only credits them ('"Why now?" Roe asked.' split
    at the question mark) are the credited speaker's, within the paragraph."""
    for k in range(1, len(results)):
        sentence, attribution, _ = results[k]
        if attribution.speaker is None or not _bare_credit(sentence.text):
            continue
        j = k - 1
        while j >= 0 and results[j][1].speaker is None and not results[j][1].sources and \
                not carry.new_paragraph(body, results[j][0], results[j + 1][0]) and \
                _all_quoted(results[j][0].text, opens[j - 1] if j else False):
            results[j][1] = replace(results[j][1], speaker=attribution.speaker, speaker_ref=attribution.speaker_ref,
                                    kind="direct_quote", sources=attribution.sources)
            j -= 1


def _all_quoted(text: str, continuing: bool) -> bool:
    spans, _ = attr.quoted_spans(text, continuing)
    inside = sum(end - start for start, end in spans)
    return bool(spans) and inside >= 0.8 * len(text.strip())


def _carry_quote_speakers(results: list, opens: list[bool]) -> None:
    """A quotation spanning sentences belongs to whoever is credited where it closes
    (or, failing that, where it opened)."""
    i = 0
    while i < len(results):
        if not opens[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(results) and (opens[j] or j == i):
            j += 1
            if not opens[j]:
                break
        group = results[i:j + 1]
        speaker = next((a for _, a, _ in reversed(group) if a.speaker is not None), None)
        if speaker is not None:
            for item in group:
                if item[1].speaker is None:  # the quotation's speaker, and whom it was told to or cited by
                    item[1] = replace(item[1], speaker=speaker.speaker, speaker_ref=speaker.speaker_ref,
                                      kind="direct_quote", sources=item[1].sources or speaker.sources)
        i = j + 1
