from claims.sentences import split


def texts(body: str) -> list[str]:
    return [s.text for s in split(body)]


def test_offsets_point_into_the_body():
    body = "  First one. Second one!\n\nThird?  "
    for s in split(body):
        assert body[s.start:s.end] == s.text
    assert texts(body) == ["First one.", "Second one!", "Third?"]


def test_hindi_danda_and_full_stop_both_end_sentences():
    body = "बैठक बुधवार को हुई। दोनों नेता मिले. बातचीत पांच घंटे चली।"
    assert texts(body) == ["बैठक बुधवार को हुई।", "दोनों नेता मिले.", "बातचीत पांच घंटे चली।"]


def test_abbreviations_initials_and_numbers_do_not_split():
    body = "Dr. Rao met U.S. officials on Sept. 13 in Delhi. ISRO chairman S. Somanath said growth was 6.5% this year."
    assert texts(body) == ["Dr. Rao met U.S. officials on Sept. 13 in Delhi.",
                           "ISRO chairman S. Somanath said growth was 6.5% this year."]
    assert texts("डॉ. शर्मा और एस. सोमनाथ ने 3.5 करोड़ रुपये की घोषणा की।") == [
        "डॉ. शर्मा और एस. सोमनाथ ने 3.5 करोड़ रुपये की घोषणा की।"]


def test_a_figure_with_decimals_can_end_a_sentence():
    # "4.2" is not an abbreviation like "U.S." or "a.m.": its full stop ends the sentence
    body = "The level fell to 4.2. Nandini Gokhale said the river was safe. The boats left at 6.40 a.m. on Friday."
    assert texts(body) == ["The level fell to 4.2.", "Nandini Gokhale said the river was safe.",
                           "The boats left at 6.40 a.m. on Friday."]
    assert texts("Dr. Meera Iyer put the index at 3.05. Dr. Iyer said the figure was final.") == [
        "Dr. Meera Iyer put the index at 3.05.", "Dr. Iyer said the figure was final."]


def test_a_time_of_day_ends_a_sentence_unless_a_day_or_zone_follows():
    body = ("The pumps stopped at 11.05 a.m. A fault tripped the drive. The shops shut at 4 p.m. \"We lost a day,\" "
            "a trader said. Buses leave at 6 a.m. Sunday and at 7 p.m. IST on weekdays.")
    assert texts(body) == ["The pumps stopped at 11.05 a.m.", "A fault tripped the drive.", "The shops shut at 4 p.m.",
                           "\"We lost a day,\" a trader said.",
                           "Buses leave at 6 a.m. Sunday and at 7 p.m. IST on weekdays."]


def test_an_abbreviation_that_closes_a_bracket_does_not_split():
    got = [s.text for s in split("Justice (retd.) Meera Kanwal will report in a month. She met the families.")]
    assert got == ["Justice (retd.) Meera Kanwal will report in a month.", "She met the families."]
    assert len(split("The unit belongs to Dhruv Tiles (Pvt.) Ltd, a Morbi firm.")) == 1


def test_closing_quote_and_trailing_attribution_stay_with_their_sentence():
    body = 'उन्होंने कहा कि बातचीत "बहुत अच्छी रही है।" सीएनएन ने बताया. अगली बात यह है।'
    assert texts(body) == ['उन्होंने कहा कि बातचीत "बहुत अच्छी रही है।" सीएनएन ने बताया.', "अगली बात यह है।"]
    assert texts('"We are ready." he said. "Why now?" she asked. It ended. (ANI)') == [
        '"We are ready." he said.', '"Why now?" she asked.', "It ended. (ANI)"]


def test_lines_without_punctuation_are_their_own_sentence():
    assert texts("A headline without a stop\nThe body starts here.") == [
        "A headline without a stop", "The body starts here."]


def test_a_danda_glued_to_the_next_word_still_ends_its_sentence():
    texts = [s.text for s in split("नदी का जलस्तर बढ़ा है।इसके बाद गांव खाली कराए गए। 3.5 मीटर.अधिक")]
    assert texts[:2] == ["नदी का जलस्तर बढ़ा है।", "इसके बाद गांव खाली कराए गए।"]
    assert [s.text for s in split("Levels rose 3.5 m.Then")] == ["Levels rose 3.5 m.Then"]  # only the danda
    texts = [s.text for s in split("गांव खाली कराए गए ।12 जून तक 40 परिवार लौट आए ।")]
    assert texts == ["गांव खाली कराए गए ।", "12 जून तक 40 परिवार लौट आए ।"]
    # a full stop written for a danda, glued to the next Hindi word, but not after an abbreviation
    texts = [s.text for s in split("मरीजों की संख्या 16 हो गई है.जिला प्रशासन ने बताया कि डॉ.मीना वर्मा लौट आई हैं.")]
    assert texts == ["मरीजों की संख्या 16 हो गई है.", "जिला प्रशासन ने बताया कि डॉ.मीना वर्मा लौट आई हैं."]


def test_a_dateline_closed_by_a_danda_opens_the_sentence_after_it():
    text = "बिजनौर, 6 जनवरी (जन सरोकार)। कस्बे में तेंदुआ घुस आया। वन विभाग की टीम पहुंची।"
    assert [s.text for s in split(text)] == [
        "बिजनौर, 6 जनवरी (जन सरोकार)। कस्बे में तेंदुआ घुस आया।", "वन विभाग की टीम पहुंची।"]
