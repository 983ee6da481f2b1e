"""Claim content: what the matcher compares, without dateline or attribution wrapper."""
from claims.articles import make_article
from claims.names import Registry
from claims.pipeline import analyse


def content_of(body: str, language: str) -> list[str]:
    reg = Registry.default()
    article = make_article("t.md", {"outlet": "Test Wire", "language": language}, body, reg, [])
    return [s.content for s in analyse(article, reg).sentences]


def test_content_drops_the_dateline_and_the_wrapper_and_keeps_a_speakers_own_words():
    assert content_of("MOSCOW, Sept 14 (Test Wire) - Putin and Kim signed no agreements at the summit.", "en") == [
        "Putin and Kim signed no agreements at the summit."]
    assert content_of("मुंबई, 10 अगस्त (टेस्ट वायर) – रेपो दर 6.5 प्रतिशत पर स्थिर रही।", "hi") == [
        "रेपो दर 6.5 प्रतिशत पर स्थिर रही।"]
    assert content_of("प्रधानमंत्री ने सम्मेलन में कहा, \"भारत अब चंद्रमा पर है।\"", "hi") == ["भारत अब चंद्रमा पर है।"]
    assert content_of("दास ने पत्रकारों से बातचीत में कहा कि महंगाई लक्ष्य से ऊपर है।", "hi") == [
        "महंगाई लक्ष्य से ऊपर है।"]


def test_what_was_told_and_what_carries_meaning_stay():
    assert content_of("Kim told Putin that North Korea would always stand with Russia.", "en") == [
        "North Korea would always stand with Russia."]
    assert content_of("Lavrov called the summit a success for the Global South.", "en") == [
        "called the summit a success for the Global South."]
    assert content_of("Peskov denied that any arms deal had been signed.", "en") == [
        "denied that any arms deal had been signed."]
    # a short quotation inside a longer report is not the whole claim
    assert content_of("Lavrov said the West had failed to \"Ukrainise\" the summit's agenda.", "en") == [
        "the West had failed to Ukrainise the summit's agenda."]
