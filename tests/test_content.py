"""Claim content: what the matcher compares, without dateline or attribution wrapper."""
from claims.content import claim_content
from claims.reading import make_article
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
    assert content_of("प्रधानमंत्री मोदी ने सम्मेलन में कहा, \"भारत अब चंद्रमा पर है।\"", "hi") == ["भारत अब चंद्रमा पर है।"]
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


def test_a_denial_and_a_negated_report_keep_their_negation():
    assert content_of("Putin denied ever saying \"we will send 5,000 troops to the border this year.\"", "en") == [
        "denied ever saying we will send 5,000 troops to the border this year."]
    # no attribution cue opens these sentences: nothing is taken off their front
    assert content_of("सेना ने यह नहीं बताया कि हमले में 12 सैनिक मारे गए थे।", "hi") == [
        "सेना ने यह नहीं बताया कि हमले में 12 सैनिक मारे गए थे।"]
    assert content_of("Peskov said the situation in the region is now so dire that aid cannot get in.", "en") == [
        "the situation in the region is now so dire that aid cannot get in."]


def test_brackets_after_a_subject_are_no_dateline():
    assert content_of("भारतीय रिज़र्व बैंक (आरबीआई) ने रेपो दर को 6.5 प्रतिशत पर बरकरार रखा।", "hi") == [
        "भारतीय रिज़र्व बैंक (आरबीआई) ने रेपो दर को 6.5 प्रतिशत पर बरकरार रखा।"]
    assert content_of("NATO (the alliance) will deploy more troops to its eastern flank.", "en") == [
        "NATO (the alliance) will deploy more troops to its eastern flank."]
    # the publishing outlet in the brackets makes it a dateline even without a dash
    assert content_of("MUMBAI (Test Wire) The central bank kept its key rate at 6.5%.", "en") == [
        "The central bank kept its key rate at 6.5%."]


def test_the_hindi_cue_ends_at_ki_and_the_day_of_speaking_is_not_the_claim():
    assert content_of("व्लादिमीर पुतिन का कहना है कि 500 रूसी सैनिक सीमा क्षेत्र से हट गए हैं।", "hi") == [
        "500 रूसी सैनिक सीमा क्षेत्र से हट गए हैं।"]
    assert content_of("Dmitry Peskov said on Tuesday that 500 troops had left the border area.", "en") == [
        "500 troops had left the border area."]


def test_the_listener_is_part_of_the_wrapper():
    assert content_of("\"No, there were no signings, and none were planned,\" Peskov told reporters.", "en") == [
        "No, there were no signings, and none were planned"]
    assert content_of("Peskov told reporters the talks were useful.", "en") == ["the talks were useful."]


def test_an_opening_remark_is_not_part_of_the_claim_in_either_language():
    from claims.content import claim_content
    assert claim_content("गौरतलब है कि नहर का बांध पिछले साल भी टूटा था।", [], []) == "नहर का बांध पिछले साल भी टूटा था।"
    assert claim_content("काबिले गौर है कि तीन गांवों में पानी भर गया है।", [], []) == "तीन गांवों में पानी भर गया है।"
    assert claim_content("Notably, the canal wall also broke last year.", [], []) == "the canal wall also broke last year."
    # only a whole word is a marker: a name that starts like one stays
    assert claim_content("Alsop said the canal wall broke last year.", [], []) == "Alsop said the canal wall broke last year."
    assert claim_content("वहींदा ने नहर का बांध देखा था।", [], []) == "वहींदा ने नहर का बांध देखा था।"


def test_where_and_how_it_was_said_and_a_description_before_the_speaker_are_wrapper():
    assert content_of("The Kosi Board, which met on Monday, said in a statement on Tuesday that the "
                      "exam would be held again.", "en") == ["the exam would be held again."]
    assert content_of("The opposition Jan Adhikar Morcha said the case should go to the CBI.", "en") == [
        "the case should go to the CBI."]
    assert content_of("Orla Vance told reporters again on Monday that the gates stay shut.", "en") == [
        "the gates stay shut."]


def test_a_genitive_phrase_that_owns_the_speaker_leaves_with_the_wrapper():
    text = "रामपुर गांव के बुनकर सुखदेव मंडल का कहना है कि करघे दो महीने से बंद पड़े हैं।"
    start, end = text.index("बुनकर"), text.index("करघे")
    assert claim_content(text, [(start, end)], []) == "करघे दो महीने से बंद पड़े हैं।"
    text = "इस बीच, बुनकर संघ के अध्यक्ष ने कहा कि मजदूरी बढ़ेगी और काम लौटेगा।"
    start, end = text.index("अध्यक्ष"), text.index("मजदूरी")
    assert claim_content(text, [(start, end)], []) == "मजदूरी बढ़ेगी और काम लौटेगा।"


def test_speech_of_someone_unnamed_or_of_a_group_leaves_its_wrapper_out_of_the_claim():
    english = content_of("Officials said the road near the dam was closed on Monday.\n\n"
                         "A senior police officer, who did not want to be named, said the gas detector had "
                         "been off for months.", "en")
    assert english == ["the road near the dam was closed on Monday.", "the gas detector had been off for months."]
    hindi = content_of("अधिकारियों ने सोमवार को बताया कि बांध के पास की सड़क बंद कर दी गई।\n\n"
                       "इस बीच, स्थानीय लोगों ने कहा कि पानी की आपूर्ति दो दिन से ठप है।", "hi")
    assert hindi == ["बांध के पास की सड़क बंद कर दी गई।", "पानी की आपूर्ति दो दिन से ठप है।"]
    # speech inside a clause of the claim ("after the SDM promised ...") is part of what happened
    assert content_of("Farmers ended the sit-in after the SDM promised a survey.", "en") == [
        "Farmers ended the sit-in after the SDM promised a survey."]


def test_a_figure_with_indian_digit_groups_stays_whole_and_writing_an_examination_is_no_statement():
    assert content_of("Some 3,20,000 candidates wrote the preliminary examination in June.", "en") == [
        "Some 3,20,000 candidates wrote the preliminary examination in June."]
    assert content_of("Some 3,20,000 candidates said the key was wrong.", "en") == ["the key was wrong."]


def test_an_office_of_two_fields_joined_by_and_leaves_with_the_wrapper():
    assert content_of("Prohibition and Excise Minister Ram Kumar Paswan on Thursday announced Rs 2 lakh for each "
                      "family.", "en") == ["Rs 2 lakh for each family."]
