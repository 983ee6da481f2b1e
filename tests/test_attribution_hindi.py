"""Hindi attribution on texts of our own: a body's spokesperson, acronyms in parentheses,
datelines, quotations left open at a paragraph's end."""
from claims.names import Registry
from claims.pipeline import analyse
from claims.reading import make_article
from tests.test_attribution import _id, attribute


def speakers(body: str, language: str = "hi") -> list[str | None]:
    return [s for s, _, _ in attribute(body, language)]


def _reader_of_one_run(registry: Registry):
    """Reads articles one after another with one registry, as an ingest run does: each call gives
    an article's speakers."""
    def run(body: str, language: str) -> list[str | None]:
        article = make_article("t.md", {"outlet": "Test Wire", "language": language}, body, registry, [])
        return [s.attribution.speaker.id if s.attribution.speaker else None
                for s in analyse(article, registry).sentences]
    return run


def test_a_bodys_spokesperson_speaks_for_the_body_and_later_for_it_alone():
    got = speakers("जलगांव, 4 मई (वार्ता) राज्य जल आयोग ने सोमवार को कहा कि नहरें बंद रहेंगी। "
                   "आयोग के एक प्रवक्ता ने बताया, \"मरम्मत दस दिन चलेगी।\" "
                   "प्रवक्ता ने कहा कि किसानों को पानी टैंकरों से मिलेगा।")
    assert got[0] is not None and got[0] == got[1] == got[2]
    assert "varta" not in got[0] and "वार्ता" not in got[0]


def test_an_acronym_in_parentheses_names_the_body():
    got = speakers("राष्ट्रीय जल अनुसंधान परिषद (एनजेएपी) ने कहा कि भूजल घटा है।")
    assert got[0] is not None


def test_a_quotation_left_open_ends_with_its_paragraph():
    body = ("आयोग के एक प्रवक्ता ने कहा, \"नहरें बंद रहेंगी\n\n"
            "जलगांव में बुधवार को बारिश हुई। फसलें बच गईं।")
    got = speakers(body)
    assert got[0] is not None and got[1:] == [None, None]


def test_a_statement_goes_on_in_its_paragraph_until_a_new_point_or_paragraph():
    body = ("जिला चिकित्सा अधिकारी डॉ. मीनल वर्मा ने बताया कि अस्पताल में 12 मरीज भर्ती हैं। "
            "इनमें तीन बच्चे शामिल हैं। "
            "हम हर मरीज की रोज जांच कर रहे हैं। "
            "इस बीच, जिले में बाजार शाम सात बजे तक खुले रहेंगे। "
            "क्या स्कूल भी बंद होंगे?\n\n"
            "शहर में बुधवार को बारिश हुई।")
    got = speakers(body)
    assert got[0] is not None and got[1] == got[2] == got[0]
    assert got[3:] == [None, None, None]


def test_more_said_in_the_passive_or_a_request_goes_on_with_the_speaker_unless_a_document_says_it():
    body = ("जिलाधिकारी नेहा सिंह ने कहा कि सभी स्कूल सोमवार तक बंद रहेंगे। अभिभावक बच्चों को घर पर ही रखें। "
            "साथ ही यह भी कहा गया है कि परीक्षाएं अगले महीने होंगी। "
            "परिपत्र में यह भी कहा गया है कि शिक्षक ऑनलाइन कक्षाएं लेंगे।\n\n"
            "लोगों से घरों में रहने को कहा गया है। बाजार में भीड़ न लगाएं।")
    got = speakers(body)
    assert got[0] is not None and got[1] == got[2] == got[0]
    assert got[3:] == [None, None, None]  # the circular's words; a new paragraph with no one named


def test_a_letter_written_is_an_act_unless_what_it_says_follows():
    body = ("स्वास्थ्य सचिव मीरा देसाई ने सभी जिलाधिकारियों को एक पत्र लिखा है। "
            "गृह सचिव अजय नारंग ने जिलाधिकारियों को पत्र लिखकर कहा कि सीमाओं पर जांच बढ़ाई जाए। "
            "पत्र में उन्होंने लिखा, \"कोई भी यात्री बिना जांच के न निकले।\"")
    got = speakers(body)
    assert got[0] is None
    assert got[1] is not None and got[2] == got[1]


def test_a_letter_someone_sent_speaks_for_them_later_and_one_no_one_sent_for_no_one():
    got = speakers("रेल बोर्ड ने सोमवार को सभी जोनों को एक पत्र भेजकर कहा कि 500 डिब्बे तैयार किए जाएं। "
                   "इसमें कहा गया है कि हर डिब्बे में दस बिस्तर होंगे।")
    assert got[0] is not None and got[1] == got[0]
    got = speakers("मंत्री रवि शंकर ने कहा कि बैठक सफल रही। सम्मेलन के घोषणापत्र में कहा गया है कि सभी देश मिलकर "
                   "काम करेंगे। इसमें यह भी कहा गया है कि अगली बैठक मई में होगी।")
    assert got[0] is not None and got[1:] == [None, None]  # a declaration is not a letter of his
    assert speakers("नगर निगम ने नए नियम लागू किए हैं। इसमें कहा गया है कि दुकानें रात दस बजे बंद होंगी।") == [None, None]


def test_a_bulletin_named_after_a_body_spoke_is_that_bodys_unless_another_is_named_with_it():
    got = speakers("जिला प्रशासन ने मंगलवार को कहा कि 300 लोग निगरानी में हैं। "
                   "कोरोना को लेकर जारी दैनिक मीडिया बुलेटिन के अनुसार 40 लोग अस्पताल में हैं। "
                   "इसमें कहा गया कि 12 नमूनों की रिपोर्ट आनी बाकी है।")
    assert got[0] is not None and got[2] == got[0]
    got = speakers("जिला प्रशासन ने मंगलवार को कहा कि 300 लोग निगरानी में हैं। "
                   "कोरोना को लेकर जारी विश्व स्वास्थ्य संगठन के बुलेटिन के अनुसार दुनिया में मामले बढ़े हैं। "
                   "इसमें कहा गया कि यूरोप सबसे ज्यादा प्रभावित है।")
    assert got[0] is not None and got[2] != got[0]


def test_a_closed_quotation_or_a_listed_name_ends_the_statement():
    body = ("डॉ. मीनल वर्मा ने कहा, \"सभी मरीज ठीक हैं।\" जिले में 40 नए बिस्तर लगाए गए हैं। "
            "जिलाधिकारी तरुण गोयल ने बताया कि सड़कें खुली हैं। रिज़र्व बैंक का लक्ष्य महंगाई को 4 प्रतिशत पर रखना है।")
    got = speakers(body)
    assert got[0] is not None and got[1] is None
    assert got[2] is not None and got[3] is None


def test_a_credit_that_points_back_covers_the_paragraph_before_it():
    body = ("राज्य में संक्रमण के मामले बढ़कर 90 हो गए हैं। कल तक यह संख्या 75 थी। "
            "राज्य स्वास्थ्य विभाग ने गुरुवार को यह जानकारी दी।")
    got = speakers(body)
    assert got[0] is not None and got[0] == got[1] == got[2]


def test_a_credit_that_points_back_starts_where_a_new_point_opens():
    body = ("उपमंत्री रवि शंकर ने कहा कि हालात काबू में हैं। इसलिए घबराने की जरूरत नहीं है। "
            "इस बीच जिले में चार नए मामले सामने आए। इनमें से तीन शहर के हैं। "
            "जिलाधिकारी सुमन राव ने इसकी जानकारी दी।")
    got = speakers(body)
    assert got[0] == got[1] == speakers("Deputy Minister Ravi Shankar said the situation was under control.", "en")[0]
    assert got[2] == got[3] == got[4] and got[4] is not None and got[4] != got[0]


def test_a_story_of_many_voices_narrates_between_its_credits():
    # a wire item of one voice runs its account on from the credit; a story that quotes seven
    # people credits each statement, and its uncredited sentence is the outlet's, unless it is
    # the speaker's own voice
    account = "सरपंच हरिकिशन बेड़िया ने कहा कि तालाब का पानी दूषित हो गया है। गांव के 40 परिवार इसी पानी पर निर्भर हैं।"
    assert speakers(account)[1] == speakers(account)[0] is not None
    others = ["डॉ. सुलोचना तिवारी", "तहसीलदार मनोहर बघेल", "विधायक रेखा सोनकर", "किसान नेता जगदीश पटेल",
              "थाना प्रभारी अमित कुजूर", "पार्षद सलमा बानो"]
    voices = "\n\n".join(f"{name} ने कहा कि जांच {k + 2} दिन में पूरी होगी।" for k, name in enumerate(others))
    got = speakers(account + "\n\n" + voices)
    assert len(set(got[2:])) == 6 and got[0] is not None and got[1] is None
    own = account.replace("गांव के 40 परिवार", "मेरे परिवार समेत 40 परिवार")
    got = speakers(own + "\n\n" + voices)
    assert got[1] == got[0] is not None
    breakdown = "सरपंच हरिकिशन बेड़िया ने कहा कि गांव के 40 लोग बीमार हैं। इनमें 12 बच्चे हैं।"
    assert speakers(breakdown)[1] == speakers(breakdown)[0] is not None
    assert speakers(breakdown + "\n\n" + voices)[1] is None


def test_an_office_that_acts_is_whom_the_next_pronoun_means():
    # the collector acts (no statement); "उन्होंने" in the next sentence is her, not the MLA who spoke before
    body = ("जिलाधिकारी पल्लवी निगम ने बताया कि नदी के पानी के नमूने जांच के लिए भेजे गए हैं। "
            "विधायक अनिल जायसवाल ने आरोप लगाया कि फैक्टरियां रात में नाले में कचरा छोड़ती हैं। "
            "जिलाधिकारी ने नदी किनारे पशुओं को पानी पिलाने पर रोक लगा दी है। "
            "उन्होंने बताया कि जांच समिति सात दिन में रिपोर्ट देगी।")
    got = speakers(body)
    assert got[0] is not None and got[1] not in {None, got[0]} and got[2] is None and got[3] == got[0]


def test_a_name_in_singh_or_kaur_is_the_full_name_the_article_gave_before():
    # "Mehar Singh" after "Mehar Singh Sandhu" is him, in either script; "Jaiveer" + another
    # word is never taken for a short form
    for body, language in (("पूर्व सरपंच मेहर सिंह संधू का कहना है कि शिकायत दबा दी गई। पुलिस ने आरोप खारिज किए। "
                            "मेहर सिंह ने कहा, \"यह बदला है।\"", "hi"),
                           ("Former sarpanch Mehar Singh Sandhu said the complaint was buried. Police denied it. "
                            "Mehar Singh said, \"This is revenge.\"", "en")):
        got = speakers(body, language)
        assert got[0] is not None and got[2] == got[0]


def test_a_lone_given_name_is_the_full_name_the_article_gave_in_passing():
    # "शंभू" after "ताजपुर रोड पर रहने वाला शंभू सदा ..." (a sentence of no statement) is Shambhu
    # Sada; a given name read before two different words stays a name of its own
    body = ("ताजपुर रोड पर रहने वाला शंभू सदा एक रंग फैक्टरी में काम करता है। "
            "उसके नाम पर 40 लाख रुपये का कारोबार दिखाया गया है। शंभू ने बताया, \"मैं दिन के 450 रुपये कमाता हूं।\"")
    assert speakers(body)[2] == speakers("शंभू सदा ने कहा कि वह मजदूर है।")[0]
    two = body.replace("उसके नाम पर", "शंभू पासवान के नाम पर")
    assert speakers(two)[2] not in {None, speakers("शंभू सदा ने कहा कि वह मजदूर है।")[0]}


def test_a_person_introduced_with_an_age_is_whom_the_next_pronoun_means():
    # a person named with an age in a sentence of no statement, after an official who spoke
    body = ("ड्रग इंस्पेक्टर रतीश चंद्र आनंद ने बताया कि दुकान से 40 तरह की दवाएं जब्त की गईं। "
            "बेगूसराय से आए 58 वर्षीय रामसागर पासवान अपनी पत्नी के लिए इंसुलिन लेने आए थे। "
            "उन्होंने कहा, \"सदर अस्पताल में इंसुलिन नहीं मिली।\"")
    got = speakers(body)
    assert got[0] is not None and got[1] is None and got[2] not in {None, got[0]}
    assert got[2] == speakers("रामसागर पासवान ने कहा कि दवा नहीं मिली।")[0]


def test_english_statements_do_not_carry_over():
    got = speakers("Mayor Ana Ruiz said the bridge would reopen. The bridge was built in 1931.", "en")
    assert got[0] is not None and got[1] is None


def sources(body: str, language: str = "hi") -> list[list[str]]:
    return [s for _, s, _ in attribute(body, language)]


def test_an_infinitive_says_what_was_asked_and_a_negated_infinitive_is_still_asked():
    got = speakers("किसान मंच ने अपने सदस्यों को गांवों तक बीज पहुंचाने की अपील की है । "
                   "जिलाधिकारी मीरा कोठारी ने लोगों से नदी में नहीं उतरने को कहा है । "
                   "मंडल ने यह नहीं बताया कि कितनी नावें डूबीं । "
                   "नगर निगम ने नई सड़क बनाने का फैसला किया है ।")
    assert got[0] is not None and got[1] is not None and got[2:] == [None, None]


def test_a_wire_service_credited_in_the_dateline_is_a_source():
    got = sources("नयी दिल्ली, 14 मई (भाषा) केन्द्रीय जल मंत्रालय ने सोमवार को कहा कि नहरें खुलेंगी । "
                  "बारिश जारी है ।")
    assert got == [["pti"], []]  # 'भाषा', PTI's Hindi service
    assert sources("पटना, एजेंसी ।")[0] != []
    assert sources("KOCHI, May 3 (Reuters) - The port reopened on Friday.", "en") == [["reuters"]]
    # the publisher's own dateline and a note in brackets credit no one
    assert sources("मुंबई (Test Wire): बाजार में तेजी रही ।") == [[]]
    assert sources("राष्ट्रीय जल परिषद (एनजेपी) ने कहा कि भूजल घटा है ।") == [[]]


def test_a_first_name_after_the_full_name_is_the_same_person():
    got = speakers("राज्य के स्वास्थ्य सचिव विनोद मेहरा ने बताया कि दो नए मामले मिले । "
                   "विनोद ने बताया कि सभी मरीज स्थिर हैं ।")
    assert got[0] is not None and got[0] == got[1]


def test_a_body_introduced_after_ko_lekar_keeps_its_name():
    got = speakers("केंद्रीय जल मंत्रालय ने बताया कि बांध भरे हैं । "
                   "बाढ़ को लेकर केंद्रीय जल मंत्रालय ने कहा कि सतर्कता जरूरी है ।")
    assert got[0] is not None and got[0] == got[1]


def test_researchers_after_a_team_of_them_spoke_are_that_team():
    got = speakers("विश्वविद्यालय के रिसर्चर्स ने रिपोर्ट में कहा कि नदी का पानी घट रहा है । "
                   "शोधकर्ताओं ने कहा कि बारिश कम हुई है । उन्होंने कहा कि भूजल भी घटा है ।")
    assert got[0] is not None and got == [got[0]] * 3
    got = speakers("A team of researchers at Halden University said the glacier was shrinking. "
                   "The scientists said the loss was faster than expected.", "en")
    assert got[0] is not None and got[0] == got[1]
    # with no team of them in the article, scientists are a group, not a speaker
    assert speakers("Scientists say the glacier is shrinking.", "en") == [None]


def test_a_back_credit_inside_what_was_said_points_back_at_nothing():
    got = speakers("नदी पर नया पुल बना है । विशेषज्ञ समिति ने कहा कि यह बात मौसम पर निर्भर करती है ।")
    assert got[0] is None and got[1] is not None
    got = speakers("नदी पर नया पुल बना है । जल आयोग ने यह जानकारी दी ।")
    assert got[0] is not None and got[0] == got[1]


def test_a_heading_that_ends_by_naming_its_source():
    got = speakers("राज्य के जल मंत्री विनोद मेहरा ने कहा कि नहरें खुलेंगी ।\n"
                   "नहरें अगले हफ्ते खुलेंगी: मेहरा\n"
                   "कोरोना अपडेट: दिल्ली\n"
                   "विश्वविद्यालय के रिसर्चर्स ने कहा कि नदी का पानी घट रहा है ।\n"
                   "गर्मी तक आधी हो सकती हैं नदियां: रिपोर्ट")
    assert got[0] is not None and got[1] == got[0] and got[2] is None
    assert got[3] is not None and got[4] == got[3]
    # a report tag with no team of researchers in the article names no one
    assert speakers("गर्मी तक आधी हो सकती हैं नदियां: रिपोर्ट") == [None]


def test_a_heading_may_name_a_body_by_its_kind_or_its_letters():
    got = speakers("नहर की मरम्मत अगले हफ्ते पूरी होगी : सिंचाई विभाग\n"
                   "बांध से पानी छोड़ने पर रोक नहीं: एआईबीसी\n"
                   "किसानों को मुआवजा तीन दिन में मिलेगा: निगम चीफ")
    assert all(got) and len(set(got)) == 3
    # a form's field filled in names no source, and neither does a place
    assert speakers("संस्था का नाम: ग्राम विकास समिति\nबाढ़ का हाल: पटना") == [None, None]


def test_a_colon_typed_for_a_visarga_names_no_one():
    got = speakers("जिला प्रशासन ने बैठक की । इस पर पुन: विचार किया जाएगा ।\n"
                   "सभी दफ्तर पूर्णत: बंद रहेंगे ।")
    assert got[1:] == [None, None]


def test_the_report_of_a_team_that_has_spoken_speaks_for_it():
    got = speakers("विश्वविद्यालय के रिसर्चर्स ने कहा कि नदी का पानी घट रहा है । "
                   "वैज्ञानिकों की टीम की रिपोर्ट ने आशंका जताई है कि गर्मी तक नदियां आधी रह जाएंगी ।")
    assert got[0] is not None and got[1] == got[0]
    assert speakers("जांच की रिपोर्ट ने आशंका जताई है कि पुल कमजोर है ।")[0] is None


def test_an_announcement_is_its_announcers_statement_in_either_form_and_either_language():
    got = speakers("मुख्यमंत्री रीना सहाय ने मंगलवार को नई योजना की घोषणा की थी । "
                   "मुख्यमंत्री रीना सहाय ने घोषणा की कि स्कूल सोमवार से खुलेंगे । "
                   "उन्होंने किसानों के लिए राहत की घोषणा करने की भी मांग की । "
                   "विधायक रीना सहाय ने शुक्रवार से धरने का ऐलान भी किया है । "
                   "घोषणा के बाद लोग घर लौट गए ।")
    assert got[0] is not None and got[1] == got[0] and got[2] == got[0] and got[3] == got[0] and got[4] is None
    english = attribute("Chief Minister Reena Sahay announced Rs 2 lakh for each family.", "en")[0][0]
    hindi = speakers("मुख्यमंत्री रीना सहाय ने हर परिवार को दो लाख रुपये देने की घोषणा की ।")[0]
    assert english is not None and english == hindi


def test_at_any_time_or_even_so_adds_no_fact_of_the_outlets():
    got = speakers("जिला स्वास्थ्य अधिकारी मीरा कोठारी ने कहा कि बुखार के मामले बढ़े हैं । "
                   "संक्रमण कभी भी फैल सकता है । "
                   "अस्पताल में बिस्तर भी बढ़ाए गए हैं ।")
    assert got[0] is not None and got[1] == got[0] and got[2] is None


def test_even_or_any_before_a_negation_or_after_an_indefinite_adds_no_fact_of_the_outlets():
    got = speakers("सिविल सर्जन अनिल माथुर ने बताया कि मरीज की हालत स्थिर है । "
                   "उसे कोई खास दवा भी नहीं दी गई । "
                   "वार्ड में किसी को भी जाने की अनुमति नहीं है । "
                   "जिले में जांच केंद्र भी बढ़ाए गए हैं ।")
    assert got[0] is not None and got[1] == got[2] == got[0] and got[3] is None


def test_a_credit_for_a_tweet_or_message_names_its_speaker_and_covers_what_came_before():
    got = speakers("शहर छोड़कर न जाएं । मुख्यमंत्री रीना सहाय ने शनिवार को यह ट्वीट किया ।")
    assert got[1] is not None and got[0] == got[1]
    assert speakers("मुख्यमंत्री रीना सहाय ने शनिवार को नई सड़क का उद्घाटन किया ।") == [None]


def test_a_body_named_with_its_acronym_is_one_body_under_its_institution_word():
    got = speakers("राष्ट्रीय किसान संघ (आरकेएस) ने कहा कि बीज समय पर मिलेंगे । "
                   "संघ ने अपने सदस्यों से खेतों तक खाद पहुंचाने की अपील की है ।")
    assert got[0] is not None and got[1] == got[0]
    got = speakers("The National Water Council (NWC) said reservoirs were low. "
                   "The council said rationing would start in June.", "en")
    assert got[0] is not None and got[1] == got[0]


def test_an_office_left_unnamed_is_the_person_later_named_with_it():
    got = speakers("एम्स के निदेशक ने बताया कि मरीज का शव परिवार को सौंप दिया गया है । "
                   "एम्स निदेशक डॉ. अजय मल्होत्रा ने बताया कि मरीज को बुखार था ।")
    assert got[1] is not None and got[0] == got[1]
    # a different office keeps its own voice
    got = speakers("जिले के कलेक्टर ने बताया कि स्कूल बंद रहेंगे । "
                   "एम्स निदेशक डॉ. अजय मल्होत्रा ने बताया कि मरीज को बुखार था ।")
    assert got[0] is not None and got[0] != got[1]


def test_the_outlet_ranking_the_event_is_its_own_remark():
    got = speakers("जिलाधिकारी मीरा कोठारी ने बताया कि गांव में एक बच्चे में बुखार की पुष्टि हुई है । "
                   "उसे अस्पताल में भर्ती कराया गया है । "
                   "जिले में इस बीमारी का यह पहला मामला है ।")
    assert got[0] is not None and got[1] == got[0] and got[2] is None


def test_a_credit_that_points_back_closes_the_statement_it_credits():
    got = speakers("जिले में 20 नए मरीज मिले हैं । स्वास्थ्य विभाग ने यह जानकारी दी । "
                   "शहर के बाजार शाम सात बजे तक खुले रहेंगे ।")
    assert got[1] is not None and got[0] == got[1] and got[2] is None
    # a breakdown of what was credited still belongs to it
    got = speakers("जिले में 20 नए मरीज मिले हैं । स्वास्थ्य विभाग ने यह जानकारी दी । इनमें तीन बच्चे शामिल हैं ।")
    assert got[1] is not None and got[2] == got[1]


def test_a_credit_whose_object_stands_first_points_back_as_well():
    got = speakers("गांव में दो बच्चों को बुखार है । दोनों को अस्पताल भेजा गया है । "
                   "यह जानकारी जिले के मुख्य चिकित्सा अधिकारी डॉ. सुधा पंत ने दी थी ।")
    assert got[2] is not None and got[0] == got[1] == got[2]
    got = speakers("प्रदेश में 40 मरीज ठीक हुए हैं । ये आंकड़े जल संसाधन मंत्रालय की ओर से जारी किए गए हैं ।")
    assert got[1] is not None and got[0] == got[1]
    # the body is named after the report, not with it
    assert "jnkr" not in got[1] and "aankd" not in got[1]
    # what someone else credits inside a कि-clause is no credit of the sentence's own
    got = speakers("बाजार खुले हैं । मंत्री ने कहा कि यह जानकारी गलत है ।")
    assert got[0] is None


def test_a_reply_that_came_from_someone_is_theirs_and_a_clause_after_to_has_its_own_subject():
    got = speakers("मरीज रीता ने मंत्री को धन्यवाद देना चाहा तो मंत्री नीला साहू की ओर से जवाब आया- यह हमारा काम है ।")
    assert got[0] is not None and "nl" in got[0]
    got = speakers("जल बोर्ड की ओर से बयान आया है कि पानी साफ है ।")
    assert got[0] is not None
    # water that came from somewhere is no statement
    assert speakers("पहाड़ों की ओर से पानी आया है ।") == [None]


def test_information_given_about_something_goes_on_in_the_sentences_after_it():
    got = speakers("जिला प्रशासन ने नए मामलों की जानकारी दी है । जिले में मरीजों की संख्या 14 हो गई है ।")
    assert got[0] is not None and got[1] == got[0]
    # information given, pointed back at, closes what it credits
    got = speakers("जिले में 14 मरीज हैं । जिला प्रशासन ने यह जानकारी दी है । शहर में बारिश हुई ।")
    assert got[1] is not None and got[0] == got[1] and got[2] is None


def test_a_country_or_state_that_speaks_is_its_government():
    got = speakers("नेपाल ने कहा है कि सीमा खुली रहेगी । नेपाल सरकार ने यह भी कहा कि व्यापार चलता रहेगा ।")
    assert got[0] is not None and got[0] == got[1]
    assert speakers("गोवा ने नए मामलों की जानकारी दी है ।")[0] is not None
    # a place's office speaks for itself, and a place that acts says nothing
    got = speakers("गोवा के मुख्यमंत्री ने कहा कि सब ठीक है । गोवा ने यह मैच जीता ।")
    assert got[0] is not None and "gbrnmnt" not in got[0] and got[1] is None
    # a city is where something happens, not who speaks
    assert speakers("पटना ने कहा कि बारिश होगी ।") == [None]


def test_a_ministry_of_two_fields_is_the_ministry_named_by_the_first():
    got = speakers("केंद्रीय जल एवं स्वच्छता मंत्रालय ने कहा कि नल लगेंगे । "
                   "जल मंत्रालय के प्रवक्ता ने बताया कि काम मई में शुरू होगा ।\n\n"
                   "जल और स्वच्छता मंत्रालय ने यह भी कहा कि पैसा आ गया है ।")
    assert got[0] is not None and got[0] == got[1] == got[2]
    # a state's own ministry is not the Union's
    got = speakers("केरल जल मंत्रालय ने कहा कि नल लगेंगे । जल मंत्रालय ने कहा कि काम शुरू होगा ।")
    assert got[0] is not None and got[1] is not None and got[0] != got[1]


def test_an_act_is_not_a_statement_the_next_sentence_goes_on_with():
    # announcing what one will give is the announcer's, and the next sentence is not their words
    got = speakers("मुख्यमंत्री रीना सहाय ने किसानों को राहत पैकेज देने की घोषणा की । "
                   "जिले में गेहूं की कटाई शुरू हो गई है ।")
    assert got[0] is not None and got[1] is None
    got = speakers("मुख्यमंत्री रीना सहाय ने किसानों तक राहत पहुंचाने की अपील की ।")
    assert got[0] is not None
    # advice with what it advises is a statement too
    got = speakers("जिला प्रशासन ने लोगों को धूप में निकलने से बचने की सलाह दी है ।")
    assert got[0] is not None
    got = speakers("मुख्यमंत्री रीना सहाय ने कहा कि किसानों को राहत मिलेगी । "
                   "गेहूं की खरीद अगले सोमवार से शुरू होगी ।")
    assert got[0] is not None and got[1] == got[0]


def test_a_new_dateline_or_a_credit_of_its_own_ends_the_statement():
    got = speakers("जिलाधिकारी तरुण गोयल ने बताया कि स्कूल बंद रहेंगे । "
                   "भोपाल : शहर में बुधवार को तेज बारिश हुई ।")
    assert got[0] is not None and got[1] is None
    got = speakers("जिलाधिकारी तरुण गोयल ने बताया कि स्कूल बंद रहेंगे । "
                   "शिक्षा अधिनियम के अनुसार बोर्ड परीक्षाएं अप्रैल में होंगी ।")
    assert got[0] is not None and got[1] is None
    # "as planned" is no credit: the statement goes on
    got = speakers("जिलाधिकारी तरुण गोयल ने बताया कि स्कूल बंद रहेंगे । "
                   "तय कार्यक्रम के अनुसार बोर्ड परीक्षाएं अप्रैल में होंगी ।")
    assert got[0] is not None and got[1] == got[0]


def test_figures_or_a_plan_gone_by_are_not_speakers():
    assert speakers("चीन से मिल रहे आंकड़ों के मुताबिक 12 फरवरी को सबसे ज्यादा मामले आए ।") == [None]
    assert speakers("विश्व स्वास्थ्य संगठन के दिशानिर्देशों के मुताबिक यात्रियों की जांच की जा रही है ।") == [None]
    got = attribute("राज्य आयोग की रिपोर्ट के मुताबिक 12 लोग बीमार हैं ।", "hi")
    assert got[0][0] is not None or got[0][1]  # a body's report still credits the body


def test_a_statement_or_information_issued_by_a_body_credits_it_and_a_persons_statement_is_theirs():
    for credit in ["राज्य जल आयोग द्वारा जारी बयान के अनुसार", "राज्य जल आयोग के बयान के अनुसार",
                   "राज्य जल आयोग से मिली जानकारी के अनुसार"]:
        got = attribute(f"{credit} नहरें दस दिन बंद रहेंगी ।", "hi")
        assert got[0][0] is None and len(got[0][1]) == 1, credit
    assert speakers("जल मंत्री रवि शंकर के बयान के अनुसार नहरें दस दिन बंद रहेंगी ।")[0] is not None
    assert attribute("गांव के लोगों से मिली जानकारी के अनुसार नहर टूटी थी ।", "hi")[0][:2] == (None, [])


def test_a_news_site_credited_is_a_source_and_no_antecedent_for_a_pronoun():
    got = attribute("न्यायपालिका की मिजान न्यूज वेबसाइट के मुताबिक, रइसी ने कहा कि कैदी रिहा रहेंगे । "
                    "उन्होंने यह नहीं बताया कि कैदी कब लौटेंगे ।", "hi")
    assert got[0][0] is not None and got[0][1] and got[1][0] == got[0][0]
    got = attribute("एक न्यूज पोर्टल के मुताबिक, 20 लोग बीमार हैं ।", "hi")
    assert got[0][0] is None and got[0][1]


def test_a_participle_before_the_speaker_is_not_part_of_the_name():
    got = speakers("मीडिया से बात करते हुए रीना सहाय ने कहा कि स्कूल बंद रहेंगे । "
                   "रीना सहाय ने कहा कि बसें चलेंगी ।")
    assert got[0] is not None and got[0] == got[1]


def test_a_short_reference_to_a_business_is_the_one_named_and_a_body_credited_is_a_source():
    from tests.test_attribution import attribute
    got = attribute("हलसियन एयरवेज़ ने एक बयान में कहा कि सभी यात्री सुरक्षित हैं। "
                    "एयरलाइन के मुताबिक, यात्रियों को दूसरे विमान से भेजा गया। "
                    "विमानन कंपनी ने यह भी कहा कि क्रू ने तय प्रक्रिया का पालन किया। "
                    "राज्य स्वास्थ्य विभाग के अनुसार, शहर में 40 नए मामले मिले।", "hi")
    airline = got[0][0]
    assert airline is not None and got[2][0] == airline and got[1][1] == [airline]
    assert got[3][0] is None and got[3][1]


def test_two_people_with_one_surname_are_told_apart_by_title():
    from tests.test_attribution import attribute
    hindi = attribute("पुलिस आयुक्त सुधीर पालेकर ने बताया कि कोई विस्फोटक नहीं मिला। "
                      "अस्पताल की प्रमुख डॉ. मीनल पालेकर ने बताया कि तीन लोग भर्ती हैं। "
                      "डॉ. पालेकर ने कहा कि एक महिला की कलाई टूट गई है।", "hi")
    assert hindi[0][0] != hindi[1][0] and hindi[2][0] == hindi[1][0]
    english = attribute("Police Commissioner Sudhir Palekar said no explosives were found. "
                        "Dr. Meenal Palekar, who heads the ward, said three were admitted. "
                        "Palekar told the court the search took seven hours. "
                        "Dr. Palekar said one woman broke her wrist.", "en")
    assert english[0][0] != english[1][0] and english[3][0] == english[1][0]


def test_a_lone_surname_is_the_full_name_the_article_gave_before_it():
    from tests.test_attribution import attribute
    got = attribute("चुनाव में नगरी मोर्चा की वसुधा पाटकर ने जनता दल के सचिन गोरे को 40 मतों से हरा दिया। "
                    "गोरे ने कहा, \"यह जनादेश की लूट है।\" "
                    "राजारामपुरी वार्ड से दूसरी बार पार्षद चुनी गईं पाटकर ने पदभार संभाला।", "hi")
    assert got[0][0] is None and got[1][0] == attribute("सचिन गोरे ने कहा कि यह लूट है।", "hi")[0][0]
    assert got[2][0] is None


def test_a_person_who_takes_an_office_is_whom_that_office_later_means():
    hi = speakers("नगर निगम चुनाव में आरती सावंत ने जीत दर्ज की। "
                  "दो बार पार्षद रह चुकीं सावंत ने बुधवार को महापौर का पदभार संभाला। "
                  "महापौर ने कहा कि पानी की समस्या पहले सुलझाई जाएगी।")
    assert hi[2] is not None and hi[2] == speakers("आरती सावंत ने कहा कि काम होगा।")[0]
    en = speakers("Lena Farrow won the council vote on Monday. Farrow was sworn in as mayor on Tuesday. "
                  "The mayor said water would come first.", "en")
    assert en[2] is not None and en[2] == speakers("Lena Farrow said so.", "en")[0]


def test_initials_before_a_surname_are_part_of_the_name_and_a_lone_ke_is_the_genitive():
    got = speakers("रेलवे के जनसंपर्क अधिकारी ए के वर्मा ने बताया कि ट्रेनें चलेंगी।")
    assert got[0] == speakers("ए के वर्मा ने कहा कि काम होगा।")[0] != speakers("वर्मा ने कहा कि काम होगा।")[0]
    assert speakers("गृह मंत्री के वर्मा ने कहा कि बैठक होगी।")[0] == speakers("वर्मा ने कहा कि काम होगा।")[0]


def test_an_age_or_a_participle_before_a_hindi_name_is_not_part_of_it():
    got = speakers("सीवान से आईं 31 वर्षीय रेखा भगत ने कहा कि बस नहीं मिली। "
                   "चाय की दुकान चलाने वाले सुरेश टोप्पो ने कहा कि पानी घर में घुस गया।")
    assert got == [speakers("रेखा भगत ने कहा कि काम होगा।")[0], speakers("सुरेश टोप्पो ने कहा कि काम होगा।")[0]]


def test_an_office_by_its_short_form_and_a_body_by_its_kind_are_the_ones_named_before():
    got = speakers("वरिष्ठ पुलिस अधीक्षक नीरज कुजूर ने बताया कि छह लोग पकड़े गए। "
                   "एसएसपी ने बताया कि पूछताछ जारी है। "
                   "कोसी सिंचाई बोर्ड के अभियंता ने गेट खोलने की सूचना दी। "
                   "बोर्ड ने बयान जारी कर कहा कि सभी गांवों को सूचना दी गई थी। "
                   "विपक्ष में बैठे जन अधिकार मोर्चा ने इसका विरोध किया। "
                   "पार्टी ने कहा कि जांच सीबीआई से कराई जाए।")
    assert got[1] == got[0] is not None
    assert got[3] is not None and got[3] != speakers("बोर्ड ने कहा कि काम होगा।")[0]
    assert got[5] is not None and got[5] != speakers("पार्टी ने कहा कि काम होगा।")[0]


def test_an_act_of_the_speaker_after_their_statement_is_the_outlets_report():
    got = speakers("जिला कलेक्टर रीना ओराँव ने कहा कि राहत शिविरों में खाना पहुंच गया है। "
                   "उन्होंने सभी स्कूल बंद रखने के आदेश दिए हैं। "
                   "तहसील में दो नावें तैनात की गई हैं।")
    assert got[0] is not None and got[1:] == [None, None]


def test_a_body_named_in_hindi_is_the_same_body_named_in_english():
    hindi = speakers("कोसी सिंचाई बोर्ड ने बयान जारी कर कहा कि सभी गांवों को सूचना दी गई थी।")
    english = speakers("The Kosi Irrigation Board said every village had been warned.", "en")
    assert hindi[0] is not None and hindi == english
    assert speakers("जिला प्रशासन ने कहा कि राहत शिविर खुले हैं।") == speakers(
        "The district administration said relief camps were open.", "en")


def test_a_surname_that_begins_like_a_role_word_and_kin_before_a_name():
    got = speakers("मुख्यमंत्री रामलाल नेताम ने कहा कि कर नहीं घटेगा। "
                   "मुख्यमंत्री ने कहा कि बातचीत होगी। "
                   "मृतक की बेटी कविता देवी ने कहा कि डॉक्टर नहीं आए।")
    assert got[0] == got[1] == speakers("रामलाल नेताम ने कहा कि काम होगा।")[0]
    assert got[2] == speakers("कविता देवी ने कहा कि काम होगा।")[0]


def test_singh_in_devanagari_is_singh_and_a_relative_clause_holds_no_statement():
    assert speakers("गुरमीत सिंह बाजवा ने कहा कि हड़ताल जारी रहेगी।") == speakers(
        "Gurmeet Singh Bajwa said the strike goes on.", "en")
    assert speakers("सचिव नीलम पांडेय ने समिति गठित की, जिसे 72 घंटे में रिपोर्ट देनी है।") == [None]


def test_a_court_by_its_bench_a_company_by_its_kind_word_and_an_order_is_no_statement():
    got = speakers("पटना हाईकोर्ट ने जनहित याचिका पर सुनवाई की। "
                   "खंडपीठ ने कहा, \"मरीज इंतजार नहीं कर सकता।\" "
                   "अदालत ने सरकार को सभी अस्पतालों के भंडार की जानकारी देने का निर्देश दिया। "
                   "पटना की कंपनी उदय गैसेज का कहना है कि बकाया नहीं मिला। "
                   "कंपनी ने कहा कि टैंकर रास्ते में खराब हो गया था।")
    assert got[1] is not None and got[1] == speakers("The Patna High Court said so.", "en")[0]
    assert got[2] is None
    assert got[3] is not None and got[4] == got[3]
    assert speakers("कंपनी अधिनियम 2013 के अनुसार मुनाफे का हिस्सा खर्च करना होता है।") == [None]


def test_a_division_or_single_bench_written_as_one_word_is_the_court():
    got = speakers("रीवा हाईकोर्ट ने खदान मालिकों की याचिका पर सुनवाई की। "
                   "युगलपीठ ने कहा कि खदान बंद रहेगी। "
                   "एकलपीठ ने पिछले सप्ताह कहा था कि नोटिस का जवाब नहीं मिला।")
    assert got[1] is not None and got[1] == got[2] == speakers("The Rewa High Court said so.", "en")[0]


def test_a_titled_name_after_an_office_is_a_person_though_it_ends_like_a_body():
    # "मंडल" is also a board; after a title it is a surname
    got = speakers("शिक्षक संघ के अध्यक्ष डॉ. सुरेन्द्र नाथ मंडल ने बताया कि कक्षाओं का बहिष्कार होगा। "
                   "मंडल ने कहा कि किसी शिक्षक की बात नहीं सुनी गई।")
    assert got[0] is not None and got[0] == got[1] == speakers("Surendra Nath Mandal said so.", "en")[0]


def test_a_name_before_samet_or_sahit_ends_there_and_is_learnt_whole():
    got = speakers("निलंबित प्राचार्य डॉ. हरिओम प्रसाद तिर्की समेत चार लोगों पर मामला दर्ज हुआ। "
                   "तिर्की ने कहा कि उन्हें फंसाया गया है।")
    assert got[1] is not None and got[1] == speakers("Hariom Prasad Tirkey said so.", "en")[0]


def test_two_offices_joined_by_sah_are_both_the_holders():
    # "राज्यपाल सह कुलाधिपति": governor-cum-chancellor
    got = speakers("मंत्री ने कहा कि राज्यपाल सह कुलाधिपति रघुवीर शरण माथुर ने राय नहीं ली। "
                   "राज्यपाल ने कहा कि उन्होंने अपना कर्तव्य निभाया। "
                   "कुलाधिपति ने कहा कि जांच पूरी होगी।")
    assert got[1] is not None and got[1] == got[2] == speakers("Raghuvir Sharan Mathur said so.", "en")[0]


def test_the_outgoing_holder_of_an_office_is_the_one_named():
    got = speakers("शक्ति परीक्षण में मुख्यमंत्री सुधाकर नाइक की सरकार गिर गई। "
                   "निवर्तमान मुख्यमंत्री ने कहा कि वे विपक्ष में बैठेंगे।")
    assert got[1] is not None and got[1] == speakers("Sudhakar Naik said so.", "en")[0]


def test_words_in_brackets_after_an_office_are_no_part_of_the_holders_name():
    got = speakers("अपर सत्र न्यायाधीश (कोर्ट संख्या-3) रघुनाथ प्रसाद वर्मा की अदालत ने फैसला सुनाया। "
                   "न्यायाधीश ने कहा कि संदेह सबूत की जगह नहीं ले सकता।")
    assert got[1] is not None and got[1] == speakers("Raghunath Prasad Verma said so.", "en")[0]


def test_a_party_described_before_its_name_is_that_party_in_either_script():
    got = speakers("विपक्षी दल जन अधिकार मोर्चा ने कहा कि जांच सीबीआई को सौंपी जाए। "
                   "पार्टी ने दोहराया कि राज्य पुलिस पर भरोसा नहीं है।")
    assert got[0] == got[1] == speakers("The Jan Adhikar Morcha said so.", "en")[0] is not None


def test_a_group_that_says_something_ends_the_statement_before_it():
    got = speakers("वन विभाग ने बताया कि तेंदुए को निगरानी में रखा गया है। "
                   "ग्रामीणों का कहना है कि तेंदुआ एक हफ्ते से घूम रहा था।")
    assert got[0] is not None and got[1] is None


def test_it_after_a_body_speaking_is_that_body():
    got = speakers("The forest department said the leopard was under watch. It said two cages had been placed.", "en")
    assert got[1] == got[0] is not None


def test_a_plural_after_a_number_is_no_full_name():
    got = speakers("बैंक के 40 प्रतिशत खाताधारकों ने शाखा के बाहर धरना दिया। "
                   "खाताधारकों का कहना है कि पूरा पैसा मिलने तक आंदोलन चलेगा।")
    assert got == [None, None]


def test_a_hospitals_administration_is_the_hospital_and_a_resident_is_no_part_of_a_name():
    got = speakers("कोसी जिला अस्पताल में ऑक्सीजन खत्म हो गई। "
                   "अस्पताल प्रशासन ने बयान जारी कर कहा कि टैंकर नहीं आया। "
                   "वार्ड 14 निवासी सुमन मरकाम ने बताया कि पानी गंदा था।")
    assert got[1] == speakers("The Kosi District Hospital said so.", "en")[0]
    assert got[2] == speakers("सुमन मरकाम ने कहा कि काम होगा।")[0]
    assert speakers("नागपुर, 12 मार्च (टेस्ट वायर)। विमान उतरा। पुलिस ने कहा कि जांच जारी है।")[1] == speakers(
        "The Nagpur Police said so.", "en")[0]


def test_someone_unnamed_is_no_speaker_but_a_bodys_unnamed_spokesperson_is_the_body():
    got = speakers("एक अन्य दुकानदार ने कहा कि बिक्री आधी रह गई है। "
                   "नगर निगम के एक प्रवक्ता ने कहा कि बाजार खुले रहेंगे।")
    assert got[0] is None
    assert got[1] is not None


def test_an_occupation_before_a_name_makes_it_a_person_whatever_its_last_word_means():
    got = speakers("रामपुर के बुनकर सुखदेव मंडल ने कहा कि करघे बंद पड़े हैं। मंडल ने बताया कि मजदूरी नहीं मिली।")
    assert got[0] is not None and "mandal" not in got[0].split("-")[:1]
    assert got[0] == got[1]


def test_a_management_named_by_a_word_of_a_body_named_before_is_that_body():
    got = speakers("नीलगिरि बस परिवहन निगम ने रविवार को किराया बढ़ा दिया। "
                   "बस प्रशासन ने बताया कि नई दरें सोमवार से लागू होंगी। "
                   "जिला प्रशासन ने कहा कि अतिरिक्त बसें चलेंगी। "
                   "नीलगिरि बस परिवहन निगम ने कहा कि घाटा बढ़ गया था।")
    assert got[0] is None  # raising a fare is an act
    assert got[1] is not None and got[1] == got[3]
    assert got[2] is not None and got[2] != got[1]  # the district's administration is not the corporation's


def test_an_announcement_that_something_will_happen_is_speech():
    got = speakers("विधायक कमला बघेल ने ऐलान किया कि पार्टी सोमवार से धरना देगी।")
    assert got[0] is not None


def test_a_listed_bodys_office_is_the_office_not_the_body():
    got = speakers("आईसीएमआर के महानिदेशक ने कहा कि जांच बढ़ाई जाएगी। आईसीएमआर ने कहा कि किट पर्याप्त हैं।")
    assert got[0] is not None and got[1] == "icmr" and got[0] != got[1]


def test_initials_written_with_stops_stay_in_the_name_and_the_sentence():
    got = attribute("जिला अस्पताल के अधीक्षक डॉ. आर.के. दोहरे के मुताबिक, नौ लोगों की मौत हुई है। "
                    "स्वास्थ्य अधिकारी डॉ. ए.के. सिंह ने कहा कि जांच जारी है।", "hi")
    assert len(got) == 2  # "आर.के." ends no sentence
    assert got[0][0] == Registry.default().resolve("R.K. Dohre", "person").id
    assert got[1][0] not in (None, "rajnath-singh")  # a listed Singh is not every Singh


def test_a_relative_of_someone_unnamed_is_no_speaker():
    assert speakers("एक मरीज के परिजन ने बताया कि रात भर बिजली नहीं आई।") == [None]


def test_a_villager_is_unnamed_and_a_clause_after_a_role_word_is_no_name():
    got = speakers("दोपहर में किसान बैरिकेड हटाकर तहसील परिसर में घुसने लगे। "
                   "रामनगर गांव के एक किसान ने कहा, \"हमारे पास यही दो बीघा जमीन है।\"")
    assert got == [None, None]
    assert speakers("जल आयोग के एक प्रवक्ता ने कहा कि नहरें बंद रहेंगी।")[0] is not None


def test_a_surname_in_iya_after_a_portfolio_is_the_name_not_an_adjective():
    # words in -ीय describe what follows them ("26 वर्षीय युवक"); at the end of the phrase
    # before "ने" such a word is the surname
    got = speakers("शिक्षा मंत्री आनंद मालवीय ने कहा कि स्कूल सोमवार से खुलेंगे। "
                   "मालवीय ने बताया कि किताबें मुफ्त मिलेंगी।")
    assert got[0] is not None and got[0] == got[1]


def test_an_allegation_is_the_alleging_persons_statement():
    got = speakers("दुकानदार राकेश सोलंकी का आरोप है कि नगर निगम ने बिना नोटिस के दुकान तोड़ी।\n\n"
                   "राकेश सोलंकी ने कहा कि वे अदालत जाएंगे।")
    assert got[0] is not None and got[0] == got[1]


def test_an_argument_a_saying_with_little_words_and_a_charge_of_doing_something():
    got = speakers("लोक अभियोजक सरिता व्यास ने दलील दी कि गवाह डरे हुए हैं। "
                   "उनका यह भी कहना था कि जांच अधूरी है।\n\n"
                   "व्यापारी पर कर चोरी करने का आरोप है और वे फरार हैं।")
    assert got[0] is not None and got[0] == got[1] and "abjk" not in got[0]  # the office is not part of the name
    assert got[2] is None  # a charge of doing something: no one in particular makes it


def test_an_organisation_word_and_a_headmistress_in_hindi():
    got = speakers("सीतापुर, 21 जुलाई। प्रधानाध्यापिका सरला दुबे ने बताया कि 40 बच्चे बीमार हुए। "
                   "भोजन देने वाले अन्नपूर्णा ट्रस्ट ने कहा कि खाना ठीक था। "
                   "संस्था का कहना है कि किसी और स्कूल से शिकायत नहीं आई।")
    assert got[1] is not None and "prdn" not in got[1]  # the office is not part of her name
    assert got[2] is not None and got[2] == got[3]


def test_a_surname_ending_like_an_infinitive_still_owns_what_is_said():
    got = speakers("पार्टी के नेता सुनील राणे का कहना है कि वोट सही गिने गए।")
    assert got[0] is not None and "rn" in got[0]


def test_a_bodys_office_before_a_name_is_the_holders_role_not_part_of_the_name():
    got = speakers("नाविक संघ अध्यक्ष हरिकिशन बैठा ने कहा कि हड़ताल जारी रहेगी। "
                   "यूनियन अध्यक्ष रीना टोप्पो ने बताया कि बातचीत होगी।")
    assert got == [Registry({}).resolve(n, "person").id for n in ("हरिकिशन बैठा", "रीना टोप्पो")]


def test_a_person_the_outlet_names_after_a_group_spoke_is_what_a_later_pronoun_means():
    got = speakers("अधिकारियों ने बताया कि तीन गांव डूब गए हैं। "
                   "मंत्री कमला टुडू ने शिविरों का दौरा किया। उन्होंने कहा कि हर परिवार को मदद मिलेगी।")
    assert got[0] is None and got[2] == Registry({}).resolve("कमला टुडू", "person").id
    # with no one named in between, the pronoun is still the group
    assert speakers("अधिकारियों ने बताया कि तीन गांव डूब गए हैं। उन्होंने कहा कि मदद भेजी गई है।") == [None, None]


def test_a_demand_with_its_agent_is_a_statement_but_asking_for_a_report_is_not():
    got = speakers("नाविक संघ ने हर परिवार को दस लाख रुपये देने की मांग की है। "
                   "किसान नेता सुखराम ओरांव ने न्यायिक जांच की मांग दोहराई है। "
                   "आयोग ने कंपनी से रिपोर्ट मांगी है।")
    assert got[0] is not None and got[1] == Registry({}).resolve("सुखराम ओरांव", "person").id and got[2] is None
    english = speakers("Sukhram Oraon demanded a judicial inquiry. The union's demands include higher pay.", "en")
    assert english == [Registry({}).resolve("Sukhram Oraon", "person").id, None]


def test_a_verb_before_a_name_ends_with_its_auxiliary_and_is_not_part_of_the_name():
    got = speakers('बाजार में बीस साल से फल बेच रही सलमा खातून ने कहा, "मेरी दुकान चली गई।"')
    assert got == [Registry({}).resolve("सलमा खातून", "person").id]


def test_a_one_word_name_the_article_describes_is_a_person_a_later_pronoun_means():
    got = speakers("यूनियन के अध्यक्ष रामअवतार सैनी का कहना है कि मजदूर सो रहे थे। "
                   "बेटे को खोने वाले रामभरोसे ने बताया कि रात में फोन आया था। "
                   'उन्होंने कहा, "मैं दौड़कर पहुंचा।"')
    assert got[2] == got[1] != got[0]


def test_a_medium_told_with_ko_is_a_source_and_a_quotations_sentences_share_its_sources():
    reg = Registry.default()
    article = make_article("t.md", {"outlet": "Test Wire", "language": "hi"},
                           "थाना प्रभारी हरपाल सिंह राणा ने 'भाषा' को बताया कि तीन टीमें लगी हैं। "
                           "रामू ने बच्चों को बताया कि सब ठीक है।", reg, [])
    got = [[e.id for e in s.attribution.sources] for s in analyse(article, reg).sentences]
    assert got[0] == [reg.resolve("PTI", "outlet").id] and got[1] == []
    english = make_article("e.md", {"outlet": "Test Wire", "language": "en"},
                           '"We are not acting against anyone. We follow the order," Harpal Rana told PTI.', reg, [])
    assert [[e.id for e in s.attribution.sources] for s in analyse(english, reg).sentences] == [["pti"], ["pti"]]


def test_refusing_to_act_is_no_statement_but_denying_a_charge_is():
    got = speakers("अदालत ने मंडी गिराने पर रोक लगाने से बुधवार को इनकार कर दिया। "
                   "थाना प्रभारी हरपाल राणा ने मारपीट के आरोपों से इनकार किया।")
    assert got[0] is None and got[1] == Registry({}).resolve("हरपाल राणा", "person").id


def test_the_body_whose_figures_or_information_are_credited_is_a_source():
    got = attribute("जल संसाधन मंत्रालय के ताजा आंकड़ों के मुताबिक देश के 40 जलाशयों में पानी घटा है । "
                    "जल संसाधन मंत्रालय के शाम 6 बजे तक के आंकड़ों के मुताबिक 12 जलाशय सूख चुके हैं । "
                    "केंद्रीय जल आयोग की वेबसाइट पर उपलब्ध जानकारी के अनुसार, नर्मदा का स्तर 3 मीटर गिरा है । "
                    "गांवों से मिल रहे आंकड़ों के मुताबिक 300 कुएं सूखे हैं ।", "hi")
    ministry = got[0][1]
    assert len(ministry) == 1 and got[1][1] == ministry  # not "बजे तक", a time, as someone
    assert got[0][0] is None and got[1][0] is None
    assert len(got[2][1]) == 1 and got[2][1] != ministry
    assert got[3][1] == [] and got[3][0] is None  # figures from villages: no one in particular


def test_bodies_joined_by_and_are_each_credited_and_a_name_of_two_fields_is_one_body():
    got = sources("जल संसाधन मंत्रालय और राज्य के सिंचाई विभाग के मुताबिक 12 जलाशय सूख चुके हैं । "
                  "पुलिस और जिला प्रशासन के मुताबिक 30 लोग घायल हुए ।")
    assert len(got[0]) == 2 and len(got[1]) == 2
    assert not any(i.startswith("or-") for i in got[1])  # "और" is no district's name
    hindi = speakers("स्वास्थ्य एवं परिवार कल्याण मंत्रालय ने कहा कि टीके समय पर पहुंचेंगे ।")
    english = attribute("The Ministry of Health and Family Welfare said the vaccines would arrive on time.", "en")
    also = attribute("The Health and Family Welfare Ministry said the vaccines would arrive on time.", "en")
    assert hindi[0] is not None and hindi[0] == english[0][0] == also[0][0]


def test_a_name_given_with_urf_is_the_same_person_later():
    got = speakers("पुलिस ने गिरोह के सरगना रमेश टुडू उर्फ कालू को धनबाद से गिरफ्तार किया । "
                   "कालू ने पत्रकारों से कहा कि वह बेकसूर है । "
                   "टुडू ने कहा कि उसे फंसाया गया है ।")
    assert got[1] is not None and got[1] == got[2]
    english = attribute("Police arrested the ringleader, Ramesh Tudu alias Kalu, in Dhanbad. "
                        "Kalu told reporters he was innocent. Tudu said he had been framed.", "en")
    assert english[1][0] is not None and english[1][0] == english[2][0] == got[1]


def test_an_inspector_and_an_opposition_party_are_not_part_of_the_names():
    got = speakers("शहर साइबर पुलिस के इंस्पेक्टर विनोद पाटिल ने बताया कि तीन नंबर मिले थे । "
                   "विपक्षी जन अधिकार मंच ने आरोप लगाया कि पुलिस ने देर की ।")
    english = attribute("Inspector Vinod Patil said three numbers had been traced. "
                        "The Jan Adhikar Manch said the police had been slow.", "en")
    assert got[0] == english[0][0] and got[1] == english[1][0]


def test_a_short_mohammad_is_the_name_written_out():
    got = speakers("आरोपियों के वकील मो. सलीम अंसारी का कहना है कि कुछ बरामद नहीं हुआ ।")
    assert got[0] == attribute("Mohammad Salim Ansari, a lawyer, said nothing had been found.", "en")[0][0] == \
        attribute("Md. Salim Ansari said nothing had been found.", "en")[0][0]


def test_an_unnamed_associate_is_no_listed_person_whose_name_sounds_alike():
    assert speakers("पार्टी के एक करीबी ने कहा कि कोई योजना नहीं है।") == [None]


def test_someone_described_before_a_single_ek_is_unnamed():
    got = speakers("चौपाल पर बैठे एक बुजुर्ग ने कहा कि आधे घर बंद हैं । "
                   "मंत्रालय के एक प्रवक्ता ने कहा कि टीके आएंगे ।")
    assert got[0] is None and got[1] is not None


def test_bare_police_is_the_force_the_article_named_first():
    got = speakers("गिरोह के 14 सदस्यों को धनबाद पुलिस ने मंगलवार को गिरफ्तार किया । "
                   "छापे में पुणे साइबर पुलिस की एक टीम भी शामिल थी । "
                   "पुलिस का कहना है कि सिम कार्ड दूसरे लोगों के नाम पर थे ।")
    assert got[2] is not None and "dnbr" in got[2]  # Dhanbad's (d and r one letter in an id)


def test_a_name_that_begins_with_initials_leaves_its_description_out():
    got = speakers("बाजार में रहने वाले हथकरघा बुनकर के. सेल्वराज ने कहा कि पानी पीला था । "
                   "फर्म के प्रबंध साझेदार आर. नटराजन का दावा है कि फोन कर दिया गया था ।")
    english = attribute("Handloom weaver K. Selvaraj said the water was yellow. "
                        "Opposition MLA R. Natarajan said six people had died. "
                        "Jane M. Roe said the count was wrong.", "en")
    assert got[0] == english[0][0] and got[1] == english[1][0]
    assert english[2][0] is not None and english[2][0].startswith("jnm")  # a middle initial stays in the name


def test_a_firm_and_a_grandmother_in_either_script():
    got = speakers("श्री मुरुगन कंस्ट्रक्शंस नहर की खुदाई कर रही थी । "
                   "फर्म ने सोमवार को जारी बयान में दावा किया कि इंजीनियर ने फोन कर दिया था । "
                   "\"पानी पीते ही वह बीमार पड़ गया,\" पांच साल के अमन की दादी सकीना बानो ने कहा ।")
    english = attribute("Sri Murugan Constructions was digging the canal. "
                        "The firm said its engineer had phoned the corporation. "
                        "\"He fell ill as soon as he drank the water,\" said Sakina Bano, the boy's grandmother.", "en")
    assert got[1] is not None and got[1] == english[1][0]
    assert got[2] == english[2][0]


def test_a_body_an_impersonal_verb_of_speech_comes_from_is_the_speaker():
    body = ("जल बोर्ड की ओर से बताया गया कि शहर के 40 इलाकों में दो दिन पानी नहीं आएगा।\n\n"
            "नगर निगम द्वारा जारी बयान में कहा गया है कि 12 टैंकर भेजे जाएंगे।\n\n"
            "कारखाने के प्रबंधन की ओर से अब तक कोई बयान जारी नहीं किया गया है।\n\n"
            "सरकार की ओर से हर परिवार को 500 रुपये दिए जाएंगे।")
    got = attribute(body, "hi")
    english = attribute("The water board said 40 areas of the city will have no water for two days.", "en")
    assert got[0][0] is not None and got[0][0] == english[0][0]
    assert got[1][0] is not None and got[1][0] != got[0][0]
    assert [s for s, _, _ in got[2:]] == [None, None]  # no statement; an act, not speech
    content = [s.content for s in analyse(make_article("t.md", {"outlet": "Test Wire", "language": "hi"}, body,
                                                      Registry.default(), []), Registry.default()).sentences]
    assert content[1].startswith("12 टैंकर")


def test_an_item_that_ends_by_naming_its_source_with_office_and_body_credits_that_person():
    got = attribute("जांच केंद्रों की संख्या बढ़कर 118 हो गई है: मीना राघवन, निदेशक, राज्य जन स्वास्थ्य प्रयोगशाला\n\n"
                    "राज्यों के लिए नियम: स्कूल, कॉलेज और मॉल बंद रहेंगे", "hi")
    assert got[0][0] == attribute("मीना राघवन ने कहा कि जांच केंद्र बढ़े हैं।", "hi")[0][0] is not None
    assert got[1][0] is None


def test_asking_for_a_report_is_an_act_in_both_scripts_but_asking_people_to_act_is_speech():
    got = speakers("जिलाधिकारी नेहा सिंह ने तहसीलदार को जांच कर सात दिन में रिपोर्ट देने को कहा है।\n\n"
                   "जिलाधिकारी नेहा सिंह ने लोगों से उबला पानी पीने को कहा है।")
    english = attribute("District Magistrate Neha Singh asked the tehsildar to submit a report within seven days.",
                        "en")
    assert got[0] is None and english[0][0] is None
    assert got[1] is not None


def test_a_speaker_before_bole_speaks_without_ne():
    body = ("नगर निगम आयुक्त सुधा रावत ने कहा कि नालों की सफाई पूरी हो गई है। "
            "वह बोलीं कि बारिश से पहले सड़कें भी ठीक होंगी।\n\n"
            "महापौर बोले- इस साल जलभराव नहीं होगा।\n\n"
            "सुधा रावत बोलीं, ठेकेदारों पर जुर्माना लगेगा।\n\n"
            "वह कुछ नहीं बोलीं।\n\n"
            "बच्चे जय हिंद बोले और घर चले गए।")
    got = speakers(body)
    assert got[0] is not None and got[1] == got[0] and got[3] == got[0]
    # "महापौर" names an office the article gave to no one: the office speaks, not a "Mr Bole"
    assert got[2] is not None and got[2] != got[0] and "bl" not in got[2]
    # nothing follows the verb: nothing was said
    assert got[4:] == [None, None]


def test_a_speaker_before_kahte_hain_speaks_without_ne():
    body = ("जल निगम के एजीएम सुरेश बाली कहते हैं कि नई पाइपलाइन मई तक बिछ जाएगी। "
            "इससे चार गांवों को पानी मिलेगा। "
            "वह कहते हैं कि टंकी का काम भी शुरू हो गया है।\n\n"
            "गांव के लोग कहते हैं कि पानी अब भी गंदा आता है। "
            "नल दो दिन से बंद है।\n\n"
            "मेरे पड़ोसी मुझे कहते हैं कि मैं शिकायत लिखूं। "
            "मुझे लगता है कि अफसर सुनेंगे।")
    got = speakers(body)
    # "एजीएम" is an office; the name after it speaks, and goes on through its paragraph
    assert got[0] is not None and "ejm" not in got[0] and got[1] == got[0] and got[2] == got[0]
    # villagers, unnamed, say something: no one in particular, and what follows is not the AGM's
    assert got[3] is None and got[4] is None
    # the one spoken to stands before the verb: no speaker "पड़ोसी मुझे"
    assert got[5] is None


def test_a_role_before_words_that_describe_a_thing_names_no_one():
    from claims.attribution.mentions import role_mentions
    text = "फोन की धुन में एक महिला नोवल कोरोना वायरस को फैलने से रोकने के उपाय बताती है।"
    assert role_mentions(text) == []
    assert speakers(text + " वह कहती है कि हाथ साबुन से धोएं।") == [None, None]
    # a name after a role still ends at a mark or a postposition
    assert [name for _, name, _ in role_mentions("किसान नेता हरपाल सिंह, जो कल आए थे")] == ["हरपाल सिंह"]


def test_a_name_after_an_office_ends_before_the_time_of_day():
    from claims.attribution.mentions import role_mentions
    assert [name for _, name, _ in role_mentions("जिला खाद्य नियंत्रक रूपिंदर चहल दोपहर बाद मंडी पहुंचीं।")] == \
        ["रूपिंदर चहल"]
    got = speakers("समाना, 17 अक्टूबर (निज संवाददाता)। किसानों ने घेराव किया। जिला खाद्य एवं आपूर्ति नियंत्रक "
                   "(डीएफएससी) रूपिंदर कौर चहल दोपहर बाद मंडी पहुंचीं। डीएफएससी ने कहा कि धान खरीदा जा रहा है। "
                   "उनके मुताबिक, कार्रवाई होगी। चहल ने बताया कि नमी आ रही है।")
    assert got[2] == got[3] == got[4] == speakers("रूपिंदर कौर चहल ने कहा कि धान खरीदा गया।")[0] is not None


def test_someone_given_an_age_is_whom_a_later_pronoun_means():
    got = speakers("समाना, 17 अक्टूबर (निज संवाददाता)। किसानों ने घेराव किया। सभा के अध्यक्ष जगसीर सिंह मांगट ने "
                   "आरोप लगाया कि धान पड़ा है। रतनगढ़ गांव की 52 वर्षीय हरजिंदर कौर 11 दिन से मंडी में बैठी हैं। "
                   "उन्होंने बताया कि पैसा नहीं मिला।")
    assert got[3] == speakers("हरजिंदर कौर ने कहा कि पैसा नहीं मिला।")[0] is not None and got[3] != got[1]


def test_a_meeting_put_off_until_further_notice_is_an_act():
    got = speakers("बुरहानपुर, 19 जुलाई (निज संवाददाता)। हंगामा हुआ। परिषद अध्यक्ष प्रकाश देशमुख ने बैठक को अगली सूचना तक "
                   "के लिए स्थगित कर दिया। आयुक्त ने सूचना दी कि फाइलें मंगाई गई हैं।")
    assert got[1] is None and got[2] is not None


def test_an_officer_joined_to_the_word_before_is_an_office_not_part_of_the_name():
    got = speakers("श्रावस्ती, 12 सितंबर (संवाददाता)। भेड़िये ने हमला किया। इकौना रेंज के वन क्षेत्राधिकारी बृजकिशोर कंचन ने "
                   "बताया कि पिंजरे लगाए गए हैं। क्षेत्राधिकारी ने कहा कि गश्त बढ़ाई गई है।")
    assert got[1] == got[2] == speakers("बृजकिशोर कंचन ने कहा कि पिंजरे लगे हैं।")[0] is not None


def test_an_agencys_operator_named_after_his_office_is_a_person_not_a_news_agency():
    got = attribute("मथुरा, 3 मई (संवाददाता)। ढाबे में सिलेंडर फटा। एजेंसी संचालक नरेश चंद लवानिया ने दोहराया कि उन्होंने ढाबे को "
                    "कभी घरेलू सिलेंडर नहीं दिया। लवानिया ने कहा कि जांच हो।", "hi")
    assert got[1][0] == got[2][0] == attribute("नरेश चंद लवानिया ने कहा कि जांच हो।", "hi")[0][0] is not None
    assert got[1][1] == []  # no outlet credited


def test_a_relative_clause_set_off_after_ne_stands_between_the_speaker_and_the_verb():
    got = speakers("खरगोन, 3 मई (संवाददाता)। किसान भड़के। बीज भंडार के संचालक अशोक तायल ने, जिनकी दुकान से किसानों ने "
                   "यह बीज खरीदा था, आरोपों को गलत बताया। किसानों ने, जो सुबह से बैठे थे, सड़क जाम कर दी।")
    assert got[1] == speakers("अशोक तायल ने कहा कि बीज ठीक था।")[0] is not None and got[2] is None


def test_a_charge_laid_on_someone_is_said_also_with_bhi_but_on_the_charge_of_is_an_act():
    got = speakers("पणजी, 3 मई (संवाददाता)। मुख्यमंत्री विश्वास प्रभुदेसाई ने कहा कि सरकार सुरक्षित है। मुख्यमंत्री ने विपक्ष पर "
                   "विधायकों की खरीद-फरोख्त का आरोप भी लगाया। उन्होंने नौकरी देने का भी ऐलान किया। पुलिस ने चोरी के आरोप "
                   "में दो लोगों को गिरफ्तार किया। भाजपा ने कहीं भी समारोह न करने का फैसला किया है।")
    assert got[1] == got[2] == got[0] is not None
    assert got[3] is None and got[4] is None


def test_a_wire_digests_item_slug_starts_a_new_report():
    body = ("सरकार की ओर से रविवार को कहा गया कि स्कूल बंद रहेंगे। "
            "प्रादे12 असम बाढ़ गांव असम में बाढ़ से 40 गांव डूबे, दो लोगों की मौत गुवाहाटी, असम में नदियां उफान पर हैं। "
            "वि7 जापान भूकंप जापान में 5.8 तीव्रता का भूकंप, कोई हताहत नहीं।")
    got = speakers(body)
    assert got[1] is None and got[2] is None


def test_a_line_that_signs_a_quotation_box_gives_it_its_speaker():
    body = ("पटना : जिले में बुधवार को 40 नमूनों की जांच हुई।\n\n"
            "सभी नमूने निगेटिव पाये गये हैं. घबराने की जरूरत नहीं है.\n"
            "डॉ रमेश चौधरी, सिविल सर्जन, मुजफ्फरपुर\n"
            "अस्पताल में 30 बेड का वार्ड तैयार है.\n"
            "- सुनीता सिन्हा, अस्पताल अधीक्षक\n"
            "बाजार में मास्क की कमी है.\n"
            "विनोद झा, मुजफ्फरपुर\n"
            "कपिल राय, मोहन झा ने राहत की मांग की\n"
            "एयरपोर्ट, रेलवे, बस स्टेशन पर होगी जांच")
    got = speakers(body)
    assert got[0] is None
    assert got[1] is not None and got[1] == got[2] == got[3]
    assert got[4] is not None and got[4] == got[5] and got[4] != got[1]
    # a name and a place alone is a reporter's byline: nothing above it is theirs; nor is the line
    # above one that says something of its own ("... ने राहत की मांग की") theirs who act in it
    assert got[6] is None and got[7] is None and got[8] is not None
    # a heading's list is no one's name
    assert got[9] is None
    # a listed person signs in Devanagari though their name is shown in English
    listed = speakers("दिल्ली में सभी स्कूल 31 मार्च तक बंद रहेंगे। घबराने की जरूरत नहीं है।\n"
                      "- अरविंद केजरीवाल, मुख्यमंत्री, दिल्ली")
    assert listed == ["arvind-kejriwal"] * 3


def test_information_given_in_this_regard_credits_what_came_before_it():
    for credit in ("इस संबंध में जानकारी", "इस संंबंध में जानकारी", "इस बारे में जानकारी"):  # a sign typed twice too
        body = ("शहर का पुस्तक मेला इस बार नहीं लगेगा। यह 12 से 18 मई तक होना था। "
                f"प्रकाशक संघ के अध्यक्ष विमल जोशी ने {credit} दी।\n\n"
                "शहर में बुधवार को बारिश हुई।")
        got = speakers(body)
        assert got[0] is not None and got[0] == got[1] == got[2], credit
        assert got[3] is None


def test_a_sign_typed_twice_is_read_once():
    from claims.attribution.text import for_matching
    text, where = for_matching("इस संंबंध में  जानकारी दी।")
    assert text == "इस संबंध में  जानकारी दी ।"
    assert len(where) == len(text) + 1 and where[3] == 3 and where[5] == 6  # offsets into the text as typed


def test_a_letter_someone_wrote_speaks_for_them_and_goes_on_after_a_dash():
    body = ("खेल संघ के प्रवक्ता ने कहा कि टूर्नामेंट टल गया है।\n\n"
            "पूर्व मंत्री रेखा पंत ने जिले के सभी विधायकों को एक पत्र लिखा है। "
            "इसमें कहा गया है- नदी का पानी पीने लायक नहीं है। "
            "हर गांव में टैंकर भेजे जाने चाहिए।\n\n"
            "शहर में बुधवार को बारिश हुई।")
    got = speakers(body)
    assert got[1] is None  # writing a letter is an act
    assert got[2] is not None and got[2] != got[0] and got[3] == got[2]
    assert got[4] is None


def test_a_statement_does_not_go_on_into_a_place_its_speaker_does_not_speak_for():
    body = ("असम के स्वास्थ्य विभाग ने बताया कि राज्य में 12 नए मरीज मिले हैं। "
            "गुवाहाटी में पांच मरीज भर्ती हैं। "
            "नेपाल में अब तक 40 लोग संक्रमित पाए गए हैं।\n\n"
            "भारत सरकार ने कहा कि उड़ानें बंद रहेंगी। "
            "बिहार में सभी हवाई अड्डे बंद हैं। "
            "ईरान में 300 भारतीय फंसे हैं।")
    got = speakers(body)
    assert got[0] is not None and got[1] == got[0]  # a city of the state it speaks for
    assert got[2] is None  # another country: the outlet's next item
    assert got[3] is not None and got[4] == got[3]  # a state of the country it speaks for
    assert got[5] is None


def test_a_pronoun_after_people_of_a_kind_means_them_not_the_last_speaker():
    body = ("नगर आयुक्त दिनेश बघेल ने कहा कि बाजार में नई दुकानें बनेंगी। "
            "इससे पुराने बाजार के व्यापारी नाराज हैं। "
            "उनका कहना है कि किराया दोगुना हो जाएगा।\n\n"
            "नगर आयुक्त दिनेश बघेल ने कहा कि काम मई में शुरू होगा। "
            "बाजार में 40 व्यापारी बैठते हैं। "
            "उन्होंने कहा कि किसी को हटाया नहीं जाएगा।")
    got = speakers(body)
    assert got[0] is not None and got[2] is None
    assert got[3] == got[0] and got[5] == got[0]  # people counted are no subject a pronoun goes back to


def test_handing_someone_over_cites_no_one():
    got = attribute("पुलिस के मुताबिक, इमिग्रेशन अधिकारियों ने उसे हवाई अड्डे पर रोका और अमृतसर पुलिस की टीम के हवाले "
                    "कर दिया। आरआईए ने पेसकोव के हवाले से बताया कि बातचीत हुई।", "hi")
    assert got[0][0] is None  # handed over to the police team: no speaker
    assert got[1][0] == "dmitry-peskov" and got[1][1] == ["ria-novosti"]


def test_an_age_before_a_name_is_no_given_name():
    got = speakers("पूर्णिया का रहने वाला 29 वर्षीय मुकुंद एक ईंट भट्ठे पर काम करता है। "
                   "मुकुंद ने बताया कि उसे छह महीने से मजदूरी नहीं मिली।")
    assert got[1] is not None and "brs" not in got[1]  # "वर्षीय मुकुंद" would read "brs-mknd"


def test_a_district_story_filed_in_the_capital_quotes_the_districts_bodies():
    got = attribute("मुंगेर/पटना, 4 मई (लोक संवाद)। जिला प्रशासन ने बताया कि 40 गांवों में टैंकर भेजे गए हैं। "
                    "पुलिस के मुताबिक, दो लोग गिरफ्तार हुए हैं।", "hi")
    assert got[0][0] == "mngr-dstrkt-armnstrsn"  # Munger's, not Patna's
    assert got[1][1][0] == "mngr-pls"


def test_a_police_commissioner_is_the_cp():
    got = speakers("पुलिस कमिश्नर राजेंद्र सिंह ढिल्लों ने बताया कि 12 खाते फ्रीज किए गए हैं।\n\n"
                   "सीपी ने भरोसा दिलाया कि किसी निर्दोष को परेशान नहीं किया जाएगा।")
    assert got[0] is not None and got[1] == got[0]


def test_in_addition_goes_on_with_the_statement_in_its_paragraph():
    got = speakers("जिला मलेरिया अधिकारी सविता राणा ने बताया कि 40 गांवों में दवा छिड़की गई है। "
                   "इसके अलावा 12 गांवों में मच्छरदानियां बांटी जाएंगी।\n\n"
                   "इस बीच शहर में बारिश हुई।")
    assert got[0] is not None and got[1] == got[0] and got[2] is None


def test_what_follows_a_comma_after_the_speech_verb_goes_on_in_its_paragraph():
    body = ("परिवहन सचिव अजय नागर ने कहा, शहर में दस नई बसें चलेंगी। "
            "रात की बसें हर आधे घंटे पर मिलेंगी।\n\n"
            "शहर में बुधवार को बारिश हुई।")
    got = speakers(body)
    assert got[0] is not None and got[1] == got[0] and got[2] is None


def test_officials_of_a_named_body_speak_for_it_and_officials_of_a_place_are_a_group():
    got = speakers("जल संसाधन विभाग के अधिकारियों ने बताया कि बांध में पानी कम है।\n\n"
                   "नगर निगम के एक अधिकारी ने कहा कि टैंकर चलेंगे।\n\n"
                   "पड़ोसी जिले के अधिकारियों ने बताया कि वहां भी पानी कम है।")
    assert got[0] is not None and "adkr" not in got[0]  # the department, not a person called "officials"
    assert got[1] is not None and "adkr" not in got[1]
    assert got[2] is None


def test_sources_of_a_named_body_speak_for_it_and_other_sources_are_no_one():
    got = speakers("जल संसाधन विभाग के सूत्रों ने बताया कि बांध में पानी कम है। उन्होंने बताया कि टैंकर चलेंगे।\n\n"
                   "नगर निगम के एक सूत्र ने कहा कि पाइपलाइन की मरम्मत चल रही है।\n\n"
                   "पड़ोसी जिले के एक सूत्र ने बताया कि वहां भी पानी कम है।\n\n"
                   "सूत्रों ने बताया कि बैठक कल होगी।")
    assert got[0] is not None and got[1] == got[0]  # the department, and it goes on
    assert got[2] is not None and got[2] != got[0] and "str" not in got[2]  # the corporation, no person "सूत्र"
    assert got[3] is None and got[4] is None  # a source of a place, or of no one named


def test_a_credit_before_the_speaker_is_no_part_of_the_speakers_name():
    got = attribute("रायटर्स के अनुसार मोरावेक ने बताया कि सीमा पर 40 नई चौकियां बनेंगी।\n\n"
                    "जल विभाग की ओर से जारी एडवाइजरी के मुताबिक, सभी लोग पानी उबालकर पिएं।", "hi")
    speaker, sources, _ = got[0]
    assert speaker is not None and sources == ["reuters"]
    assert attribute("मोरावेक ने बताया कि सीमा पर 40 नई चौकियां बनेंगी।", "hi")[0][0] == speaker
    # an advisory issued (जारी) is what to do, no one's statement, and "जारी" no one's name
    assert got[1][0] is None


def test_advice_notices_and_a_bare_country_speak_for_no_one():
    got = speakers("ताजा परामर्श के अनुसार हर यात्री की जांच होगी।\n\n"
                   "नई अधिसूचना के मुताबिक सभी दुकानें शाम सात बजे बंद होंगी।\n\n"
                   "देश ने 40 नए मामलों की जानकारी दी।")
    assert got == [None, None, None]


def test_a_rank_between_a_body_and_its_officials_keeps_them_the_bodys_voice():
    ranked = speakers("स्वास्थ्य विभाग के एक वरिष्ठ अधिकारी ने कहा कि 12 नए मरीज मिले हैं।\n\n"
                      "पुलिस के वरिष्ठ अधिकारियों ने बताया कि दो लोग गिरफ्तार हुए हैं।")
    plain = speakers("स्वास्थ्य विभाग ने कहा कि 12 नए मरीज मिले हैं।\n\n"
                     "पुलिस ने बताया कि दो लोग गिरफ्तार हुए हैं।")
    assert ranked == plain and None not in ranked
    # officials of a place are a group, senior or not
    assert speakers("जिले के वरिष्ठ अधिकारियों ने बताया कि दो लोग गिरफ्तार हुए हैं।") == [None]


def test_a_clause_or_a_description_before_the_subject_is_no_part_of_its_name():
    got = speakers("मरीज की हालत बिगड़ती देख टीटीई ने बताया कि उसने एंबुलेंस बुलाई।\n\n"
                   "टीटीई ने कहा कि अस्पताल दूर था।\n\n"
                   "गांव की पहली पढ़ी-लिखी महिला सुखवंती ने बताया कि पानी की टंकी बन गई है।\n\n"
                   "सुखवंती ने कहा कि पाइप अगले महीने बिछेंगे।")
    assert got[0] is not None and got[0] == got[1]
    assert got[2] is not None and got[2] == got[3]
    # the same person, named alone in another article, has the same id: the clause and the
    # description before the name are not part of it ("बिगड़ती देख टीटीई", "महिला सुखवंती")
    assert got[0] == speakers("टीटीई ने कहा कि अस्पताल दूर था।")[0]
    assert got[2] == speakers("सुखवंती ने कहा कि पाइप अगले महीने बिछेंगे।")[0]


def test_a_list_of_speakers_research_and_the_opposition_are_no_one_speaker():
    got = speakers("दुकानदार मोहन लाल, रफीक अहमद, सुरेश साहू आदि ने बताया कि बिक्री आधी रह गई है।\n\n"
                   "अब तक के शोध के मुताबिक बच्चों को कम खतरा है।\n\n"
                   "एक पत्रिका में छपे लेख के मुताबिक आंकड़े छिपाए गए।\n\n"
                   "विपक्ष का आरोप है कि 300 लोगों की मौत हुई है।\n\n"
                   "संक्रमण की परिभाषा के अनुसार ऐसे व्यक्ति को अलग रखा जाएगा।")
    assert got == [None, None, None, None, None]


def test_a_broadcaster_is_a_medium_a_bodys_team_is_its_voice_and_experts_are_no_one():
    got = attribute("नेपाल के सरकारी प्रसारक ने कहा कि सभी उड़ानें रद्द कर दी गई हैं।\n\n"
                    "जल विभाग की टीम ने बताया कि सभी नमूने जांच के लिए भेजे गए हैं।\n\n"
                    "जल विभाग ने बताया कि सभी नमूने जांच के लिए भेजे गए हैं।\n\n"
                    "एक्सपर्ट्स का कहना है कि जांच बढ़ानी होगी।\n\n"
                    "विशेषज्ञ के मुताबिक घर पर रहना ही पर्याप्त नहीं है।", "hi")
    assert got[0][0] is None and got[0][1]  # the broadcaster reports: a credited source, not a speaker
    assert got[1][0] is not None and got[1][0] == got[2][0]  # the department's team speaks for it
    assert got[3][0] is None and got[4][0] is None  # experts, an expert: unnamed


def test_a_statement_speaks_for_the_body_named_with_it_before_whoever_issued_one_earlier():
    body = ("दिल्ली आ रही सागर एयरलाइंस ने बयान जारी कर कहा कि विमान में 90 यात्री थे।\n\n"
            "एक पुलिस विज्ञप्ति में कहा गया कि दो यात्रियों के खिलाफ मामला दर्ज होगा।\n\n"
            "पुलिस ने कहा कि जांच जारी है।\n\n"
            "बयान में कहा गया कि सभी यात्री सुरक्षित हैं।")
    got = speakers(body)
    assert got[1] is not None and got[1] == got[2] != got[0]  # the police's release
    # a statement named with no body is the last issuer's: now the police's
    assert got[3] == got[1]


def test_the_centre_alone_is_the_central_government():
    got = speakers("केंद्र सरकार ने कहा कि सभी उड़ानें रद्द रहेंगी।\n\n"
                   "केंद्र ने राज्यों से कहा है कि वे बंद का पालन कराएं।\n\n"
                   "स्वास्थ्य केंद्र ने बताया कि दवाएं आ गई हैं।")
    assert got[0] is not None and got[1] == got[0] != got[2]
    assert speakers("केंद्र ने राज्यों से कहा है कि वे बंद का पालन कराएं।") == got[:1]


def test_what_the_news_is_about_is_no_part_of_a_name():
    got = speakers("कोरोना वाइरस योगगुरु हरिओम शास्त्री ने कहा कि रोज प्राणायाम करें। "
                   "योगगुरु ने कहा कि डरने की जरूरत नहीं है।")
    assert got[0] is not None and got[1] == got[0] == speakers("हरिओम शास्त्री ने कहा कि रोज प्राणायाम करें।")[0]


def test_a_states_body_is_its_own_and_a_bare_ministry_after_it_is_the_nations():
    got = attribute("असम के स्वास्थ्य विभाग ने बताया कि 40 लोग निगरानी में हैं।\n\n"
                    "केरल के स्वास्थ्य मंत्रालय की ओर से बताया गया, दो नए मरीज मिले हैं।\n\n"
                    "स्वास्थ्य मंत्रालय के मुताबिक, देश में 90 मामले हैं।", "hi")
    (assam, _, _), (kerala, _, _), (_, credited, _) = got
    assert assam is not None and kerala is not None and assam != kerala
    assert credited and credited[0] != kerala


def test_what_follows_a_dash_after_a_weak_verb_and_informing_are_statements():
    got = speakers("कोरोना पर मुख्यमंत्री रेखा पांडे ने ट्वीट किया- हम हर जिले में जांच बढ़ाएंगे।\n\n"
                   "स्वास्थ्य विभाग ने मुख्य सचिव को अवगत कराया कि कोई नया मामला नहीं है।\n\n"
                   "सरकार ने पैकेज की घोषणा की, जिससे किसानों को राहत मिलेगी।")
    assert got[0] is not None and got[1] is not None
    assert got[2] is not None  # a package announced: the government's


def test_a_headline_speaker_speaks_the_bodys_opening_words_in_the_first_person():
    art = make_article("t.md", {"outlet": "Test Wire", "language": "hi",
                                "title": "महापौर बोले- शहर में पानी की कमी नहीं होने देंगे"},
                       "मैं जानता हूं कि लोग परेशान हैं। "
                       "आप पानी बचाकर रखें। "
                       "शहर में बुधवार को बारिश हुई।\n\n"
                       "जल बोर्ड के अध्यक्ष ने कहा कि टैंकर चलेंगे। हम हर वार्ड में जाएंगे।", Registry.default(), [])
    got = [s.attribution.speaker.id if s.attribution.speaker else None
           for s in analyse(art, Registry.default()).sentences]
    assert got[0] is not None and got[1] == got[0]
    assert got[2] is None  # the outlet's own report
    assert got[3] is not None and got[3] != got[0] and got[4] == got[3]


def test_jitne_bhi_is_a_quantifier_not_an_added_fact():
    got = speakers("परिषद के वैज्ञानिक डॉ. अमर सेठ ने कहा कि जिले में संक्रमण नहीं फैला है। "
                   "जितने भी मरीज मिले हैं, वे बाहर से लौटे हैं। "
                   "पड़ोसी जिले में भी दो मरीज मिले हैं।")
    assert got[0] is not None and got[1] == got[0]
    assert got[2] is None  # "X में भी": the outlet adds a fact of its own


def test_a_question_put_with_a_dash_is_said_and_an_opening_adverb_is_no_part_of_the_speaker():
    got = speakers("जिलाधिकारी नीता राय ने नर्स कमला से बात की।\n\n"
                   "जिलाधिकारी ने सवाल किया- क्या अस्पताल में दवाएं पूरी हैं?\n\n"
                   "इसपर कमला ने कहा कि दवाएं पूरी हैं।\n\n"
                   "फिर जिलाधिकारी ने सवाल किया- कोई परेशानी तो नहीं?")
    assert got[1] is not None and got[3] == got[1]
    assert got[2] is not None and got[2] != got[1] and "isp" not in got[2]


def test_as_planned_is_no_credit_so_the_statement_goes_on():
    got = speakers("शिक्षा मंत्री रमा देवी ने कहा कि परीक्षाएं नहीं टलेंगी। "
                   "ये तय कार्यक्रम के अनुसार होंगी।\n\n"
                   "शिक्षा मंत्री रमा देवी ने कहा कि स्कूल बंद रहेंगे। "
                   "आंकड़ों के अनुसार, जिले में 40 स्कूल हैं।")
    assert got[0] is not None and got[1] == got[0]
    assert got[3] is None  # a credit of its own: the outlet reports the figures


def test_information_taken_is_asked_for_not_given():
    got = speakers("मुख्यमंत्री ने जिलाधिकारी से फोन पर बात कर हालात की जानकारी ली।\n\n"
                   "जिलाधिकारी ने जानकारी दी कि 12 लोग भर्ती हैं।")
    assert got[0] is None and got[1] is not None


def test_a_title_that_is_an_occupation_is_who_a_later_bare_occupation_means():
    hindi = speakers("जिला अस्पताल के अधीक्षक डॉ. सुलोचना बिष्ट ने बताया कि 12 लोग भर्ती हैं। "
                     "डॉक्‍टर ने बताया कि दो की हालत गंभीर है।")
    assert hindi[1] == hindi[0] is not None
    english = speakers("Dr. Ilona Varghese, who heads the burns ward, said 12 people were admitted. "
                       "Two of them are critical, the doctor said.", "en")
    assert english[1] == english[0] is not None
    # without a doctor named in the article, no one in particular
    assert speakers("Two of them are critical, the doctor said.", "en") == [None]


def test_a_pronoun_after_someone_named_as_the_one_told_is_the_one_who_spoke():
    found = speakers("राज्य के कृषि मंत्री तरुणेश पाठक ने बताया कि 40 गांवों में फसल खराब हुई है। "
                     "नुकसान का आकलन किया जा रहा है। इसकी जानकारी मुख्यमंत्री रेवती नायर को दे दी गई है। "
                     "उन्होंने कहा कि मुआवजा जल्द मिलेगा।")
    assert found[0] is not None and found[3] == found[0]


def test_the_object_of_blamed_or_praised_is_never_a_speaker_after_the_verb():
    found = speakers("The minister, who reached the site on Monday, blamed the district administration. "
                     "The mayor, who chairs the panel, praised the fire brigade.", "en")
    assert found == [None, None]


def test_a_bare_kind_word_is_the_body_whose_staff_or_name_the_article_gave():
    hindi = speakers("नोएडा में सितारा लॉजिस्टिक्स के एक कर्मचारी को संक्रमित पाया गया है। "
                     "कंपनी ने कहा कि दफ्तर दो दिन बंद रहेगा।")
    assert hindi[1] is not None and "knpn" not in hindi[1] and "kmpn" not in hindi[1]
    english = speakers("A Sitara Logistics employee in Noida has tested positive. "
                       "The company said the office would stay shut for two days.", "en")
    assert english[1] is not None and english[1].startswith("str-")
    # a kind word, then the body's name: the name, not the kind, is who a later "कंपनी" means
    named = speakers("पुलिस ने ठेकेदार फर्म नीलगिरि बिल्डटेक के मैनेजर को गिरफ्तार किया। "
                     "कंपनी ने कहा कि वह जांच में सहयोग करेगी।")
    assert named[1] is not None and "frm" not in named[1] and "blrtk" in named[1]
    # one word after a kind word is no name ("अस्पताल जाने की"), and no one's staff is no body
    assert speakers("दिल्ली के एक कर्मचारी को संक्रमित पाया गया। मरीज को अस्पताल जाने की जरूरत नहीं है।")[1] is None


def test_an_office_of_two_fields_is_the_office_of_its_first_as_well():
    hindi = speakers("उधर राजस्थान के स्वास्थ्य मंत्री किशन गुर्जर ने बताया कि रिपोर्ट पॉजिटिव आई है। "
                     "यूपी में स्वास्थ्य एवं परिवार कल्याण मंत्री आशा रौतेला की अध्यक्षता में एक समिति बनाई गई है। "
                     "स्वास्थ्य मंत्री ने बताया कि आगरा के छह लोगों में लक्षण पाए गए हैं।")
    assert hindi[0] is not None and hindi[2] is not None and hindi[2] != hindi[0]
    english = speakers("Rajasthan Health Minister Kishan Gurjar said the report was positive. "
                       "In Uttar Pradesh, a panel was set up under Health and Family Welfare Minister Asha Rautela. "
                       "The health minister said six people in Agra had symptoms.", "en")
    assert english[2] == hindi[2] and english[0] == hindi[0]


def test_a_role_phrase_of_capitalised_words_is_an_office_not_a_person():
    held = speakers("Ramesh Pandey, who runs a flower stall, saw the crush. The State Religious Affairs Minister "
                    "visited the shrine on Tuesday. He said the queue had not moved for an hour.", "en")
    assert held[2] is not None and "mnstr" not in held[2]


def test_an_honorific_pronoun_with_no_person_in_sight_is_the_body_that_spoke_last():
    found = speakers("नयी दिल्ली, दो मार्च (भाषा) केंद्रीय जल आयोग ने सोमवार को बताया कि दो बांधों में पानी खतरे के निशान "
                     "से ऊपर है। आयोग के मुताबिक दोनों बांध ओडिशा में हैं। उन्होंने बताया कि निचले इलाकों को खाली कराया "
                     "जा रहा है।")
    assert found[0] is not None and found[2] == found[0]


def test_a_name_that_sounds_like_a_kind_word_is_a_name():
    union = speakers("किसान संघ ने कहा कि धरना चलेगा।")[0]
    committee = speakers("जांच समिति ने कहा कि रिपोर्ट अगले सप्ताह आएगी।")[0]
    singh = speakers("सिंह ने कहा कि मांगें पूरी होने तक धरना चलेगा।")[0]
    sumit = speakers("सुमित ने कहा कि वे भी शामिल होंगे।")[0]
    assert singh != union and "sng" != singh and sumit is not None and sumit != committee and sumit != "kmnt"
    # while a lone kind word misspelt by a letter is still the kind ("कंपने" for "कंपनी")
    assert speakers("नोएडा में सितारा लॉजिस्टिक्स के एक कर्मचारी को संक्रमित पाया गया है। "
                    "कंपने ने कहा कि दफ्तर बंद रहेगा।")[1] == speakers(
        "नोएडा में सितारा लॉजिस्टिक्स के एक कर्मचारी को संक्रमित पाया गया है। कंपनी ने कहा कि दफ्तर बंद रहेगा।")[1]


def test_a_lone_surname_that_speaks_is_a_person_a_later_pronoun_means():
    got = speakers("किसान मोर्चा का दावा है कि मंडी में धांधली हुई। "
                   'चौहान ने कहा, "यह किसानों के साथ धोखा है।" '
                   "उन्होंने बताया कि मोर्चा अदालत जाएगा।")
    assert got[1] is not None and got[2] == got[1] != got[0]
    # a body's acronym that speaks is no person a later pronoun means
    acronym = speakers("नयी दिल्ली, दो मार्च (भाषा) राज्य के स्वास्थ्य मंत्री रमेश वर्मा ने कहा कि दो नए मामले आए हैं। "
                       "एनएमसीएच ने कहा कि दोनों की हालत ठीक है। उन्होंने बताया कि जांच जारी है।")
    assert acronym[1] is not None and acronym[2] != acronym[1]


def test_a_lone_surname_is_the_full_name_the_article_gave_first_not_a_word_glued_to_it():
    got = speakers("कोल्हापुर (लोक संवाद): महापौर चुनाव में नगर मोर्चा की कविता जाधव ने जनमंच के सचिन गोरे को "
                   "दो मतों से हरा दिया। जनमंच का दावा है कि अवैध घोषित दोनों वोट गोरे के पक्ष में थे। "
                   'गोरे ने कहा, "यह जनादेश की लूट है।" उन्होंने बताया कि जनमंच अदालत जाएगा।')
    assert got[2] == got[3] == Registry({}).resolve("सचिन गोरे", "person").id
    # a credit word, a number or a describing word before a surname is no given name, and a
    # country or an acronym is no surname
    assert speakers("एजेंसी के मुताबिक वेई ने वैक्सीन बनाई। वेई ने कहा कि परीक्षण सफल रहा।")[1] == \
        Registry({}).resolve("वेई", "person").id
    assert speakers("टीम का नेतृत्व करने वाली शेन ने कहा कि टीका तैयार है। "
                    "शेन ने बताया कि परीक्षण जारी है।")[1] == Registry({}).resolve("शेन", "person").id


def test_a_word_the_article_uses_as_a_word_is_no_given_name_of_someone_it_named():
    got = speakers("पुल हादसे में घायल मजदूर लाभ राय को अस्पताल में भर्ती कराया गया है। "
                   "अस्पताल में भर्ती राय ने बताया कि खंभे चरमराने लगे थे। "
                   "परिवार की सुनीता राय ने कहा कि ठेकेदार फरार है।")
    assert got[1] == Registry({}).resolve("लाभ राय", "person").id
    assert got[2] == Registry({}).resolve("सुनीता राय", "person").id  # a new given name stays a new person


def test_a_briefing_goes_on_over_a_sentence_opened_by_wahin_but_not_one_opened_by_udhar():
    got = speakers("नयी दिल्ली, आठ मार्च (भाषा) स्वास्थ्य मंत्रालय ने बताया कि तीनों नए मरीजों की हालत स्थिर है। "
                   "वहीं, उनके संपर्क में आए 150 लोगों को निगरानी में रखा गया है। "
                   "उधर, शहर के बाजारों में मास्क की बिक्री बढ़ गई है।")
    assert got[0] is not None and got[1] == got[0] and got[2] is None


def test_saying_a_thing_with_baat_kahi_is_speech_and_jabki_ends_no_name():
    got = speakers("नयी दिल्ली, आठ मार्च (भाषा) जिलाधिकारी सुरेश वर्मा ने सभी स्कूल बंद रखने की बात कही है। "
                   "बाजार खुले रहेंगे जबकि जनमोर्चा ने कहा कि बाजार भी बंद हों।")
    assert got[0] == Registry({}).resolve("सुरेश वर्मा", "person").id
    assert got[1] == speakers("जनमोर्चा ने कहा कि बाजार भी बंद हों।")[0] is not None


def test_an_occupation_a_participle_or_a_title_before_a_name_is_no_part_of_it():
    got = speakers("मेले में भर्ती 40 वर्षीय राजमिस्त्री करण सोलंकी ने बताया कि पानी गंदा था। "
                   "अनशन पर बैठीं रामकली देवी ने कहा कि बच्चे बीमार हैं। "
                   "पार्टी की प्रवक्ता एडवोकेट नीरजा खत्री ने इस आरोप को झूठा बताया।")
    assert got == [speakers("करण सोलंकी ने कहा कि पानी गंदा था।")[0],
                   speakers("रामकली देवी ने कहा कि बच्चे बीमार हैं।")[0],
                   speakers("नीरजा खत्री ने कहा कि आरोप झूठा है।")[0]]


def test_a_firms_partner_or_proprietor_before_a_name_is_no_part_of_it():
    for occupation in ("पार्टनर", "साझेदार", "प्रोपराइटर"):
        got = speakers(f"ऑडिट करने वाली फर्म के {occupation} दीपक सेठी ने कहा कि 20 खंभे खराब थे।")
        assert got == speakers("दीपक सेठी ने कहा कि खंभे खराब थे।")


def test_a_person_named_in_passing_after_an_age_is_whom_a_later_pronoun_means():
    got = speakers("हादसे में बची 60 वर्षीय कमला देवी की बेटी अब तक नहीं मिली है। "
                   "रोते हुए उन्होंने कहा, \"मैंने उसका हाथ पकड़ रखा था।\"")
    assert got[1] == speakers("कमला देवी ने कहा कि हाथ छूट गया।")[0]
    # an age before a word for anyone, or before a name that runs into a place, introduces no one
    assert speakers("कस्बे में 76 वर्षीय व्यक्ति की मौत हो गई। उन्होंने कहा कि जांच होगी।")[1] is None
    assert speakers("30 वर्षीय सुनीता मथुरा राजमार्ग पर चल रही थी। उन्होंने कहा कि जांच होगी।")[1] is None


def test_a_resident_or_a_passenger_is_no_part_of_the_name_a_given_name_later_means():
    got = speakers("वार्ड 12 की निवासी कमला उइके ने बताया कि पानी गंदा है। कमला ने कहा, \"हमने दो बार शिकायत की।\" "
                   "बस में सवार यात्री सुनील बघेल ने कहा कि बस देर से चली।")
    kamla = speakers("कमला उइके ने कहा कि पानी गंदा है।")[0]
    assert got == [kamla, kamla, speakers("सुनील बघेल ने कहा कि बस देर से चली।")[0]]


def test_a_fund_is_no_person_a_later_pronoun_could_mean():
    got = speakers("मंत्री हरिनाथ चौबे ने गुरुवार को मुख्यमंत्री राहत कोष से हर परिवार को एक लाख रुपये देने की घोषणा की। "
                   "बुधवार को उन्होंने मुआवजे से इनकार किया था।")
    assert got[1] == speakers("हरिनाथ चौबे ने कहा कि मदद मिलेगी।")[0]


def test_a_body_named_by_words_of_its_own_is_not_the_body_of_that_kind_named_before():
    got = speakers("पुलिस ने विशेष जांच दल (एसआईटी) गठित किया है। "
                   "जन मुक्ति दल ने राहत राशि को अपमान बताया है। "
                   "जांच दल ने कहा कि रिपोर्ट जल्द आएगी।")
    assert got[1] is not None and got[2] is not None and got[1] != got[2]
    assert got[2] == speakers("विशेष जांच दल (एसआईटी) ने कहा कि रिपोर्ट आएगी।")[0]


def test_a_pronoun_after_a_sentence_whose_agent_did_not_speak_means_that_agent():
    got = speakers("नई दिल्ली : बाबा हरिदास ने आज एक शिविर का उद्घाटन किया. "
                   "उन्होंने कहा कि दोपहर में बाहर न निकलें.")
    assert got[0] is None and got[1] == speakers("बाबा हरिदास ने कहा कि पानी पिएं.")[0] is not None


def test_an_agent_that_is_a_disease_a_place_or_a_count_is_no_one_a_pronoun_means():
    got = speakers("मंत्री राकेश वर्मा ने कहा कि 12 मामले मिले हैं. "
                   "इस बीच डेंगू बुखार ने भी पैर पसारे हैं. "
                   "इटली से लौटे तीन ने जांच कराई. "
                   "उन्होंने कहा कि जांच जारी है.")
    assert got[3] is None or got[3] == got[0]


def test_kahin_bhi_is_anywhere_not_said_and_an_aside_ends_a_quotation_left_open():
    got = speakers("सरकार ने देश में कहीं भी 500 से अधिक लोगों के जुटने पर रोक लगा दी है । "
                   "मंत्री ने ये बातें कहीं ।")
    assert got[0] is None and got[1] is not None
    got = speakers("डॉ. सुमन राठी ने कहा, \"यह एक मौसमी वायरस है । गर्मी में यह कमजोर पड़ेगा । "
                   "बता दें राज्य में अब तक 14 मामलों की पुष्टि हो चुकी है ।")
    assert got[0] == got[1] is not None and got[2] is None


def test_a_name_runs_on_only_from_the_last_word_that_is_no_part_of_one():
    got = speakers("व्यापारी हरिमोहन बंसल को पुलिस ने गिरफ्तार किया। "
                   "अदालत ले जाए जाते समय बंसल ने पत्रकारों से कहा कि वह निर्दोष है। "
                   "मेरठ से आए कांवड़िये रामेश्वर दयाल ने कहा कि भीड़ बहुत थी।")
    assert got[1] == speakers("हरिमोहन बंसल ने कहा कि वह निर्दोष है।")[0]
    assert got[2] == speakers("रामेश्वर दयाल ने कहा कि भीड़ थी।")[0]


def test_a_court_of_two_states_is_one_body_and_a_petition_that_asks_is_no_demand_made():
    got = speakers("उधर, पंजाब एवं हरियाणा हाईकोर्ट ने कहा कि भुगतान 14 दिन में होना चाहिए। "
                   "अदालत ने बकाया ब्याज के साथ देने की मांग वाली याचिका पर सरकार को नोटिस जारी किया।")
    assert got[0] == speakers("पंजाब एवं हरियाणा हाईकोर्ट ने कहा कि सुनवाई होगी।")[0] != \
        speakers("हरियाणा हाईकोर्ट ने कहा कि सुनवाई होगी।")[0]
    assert got[1] is None


def test_a_bodys_name_in_hindi_and_in_english_is_one_body():
    for hindi, english in (("अक्षयदीप डेटा सर्विसेज ने कहा कि सूची देर से मिली।",
                            "Akshaydeep Data Services said the list came late."),
                           ("राष्ट्रीय मानवाधिकार आयोग ने कहा कि मामला गंभीर है।",
                            "The National Human Rights Commission said the case was serious."),
                           ("उत्तराखंड माध्यमिक परीक्षा बोर्ड ने कहा कि परिणाम सुधरेगा।",
                            "The Uttarakhand Secondary Examination Board said the result would be revised.")):
        assert speakers(hindi)[0] == speakers(english, "en")[0] is not None


def test_a_body_named_after_a_participle_is_named_without_it():
    # "पटना से आने वाली सुरभि एयरलाइंस": the airline coming from Patna is Surabhi Airlines
    got = speakers("पटना से आने वाली सुरभि एयरलाइंस की उड़ान देर से पहुंची। "
                   "एयरलाइंस ने एक बयान में कहा कि यात्री सुरक्षित हैं।")
    assert got[1] == Registry({}, "en").resolve("सुरभि एयरलाइंस", "org").id


def test_a_danda_after_a_heading_tag_is_no_part_of_the_name():
    assert speakers("राज्य में 13 मामले सामने आए: मंत्री ।") == speakers("राज्य में 13 मामले सामने आए: मंत्री")
    assert speakers("बाजार में दिन भर भीड़ रही : पलामू ।") == [None]


def test_a_verb_glued_to_a_full_stop_is_no_name_after_a_role():
    # papers that end sentences with "." glue it to the verb: "मालिक चिंतित हैं." names no one
    got = speakers("मुर्गे की बिक्री नहीं हो रही. इससे फार्म के मालिक चिंतित हैं. "
                   "उनका कहना है कि दाना खिलाना बेकार है.")
    assert got[2] is None


def test_words_before_a_bodys_name_that_no_name_has_are_left_out():
    alone = speakers("जल आयोग ने कहा कि नहरें खुलेंगी।")[0]
    assert alone is not None
    assert speakers("इसके लिए जल आयोग ने कहा कि नहरें खुलेंगी।")[0] == alone
    assert speakers("यहां देखें जल आयोग ने कहा कि नहरें खुलेंगी।")[0] == alone


def test_a_statement_not_made_between_its_noun_and_its_verb_credits_no_one():
    # "स्पष्ट नहीं किया", "जवाब नहीं दिया", "पुष्टि नहीं की": nothing was said, as with "नहीं बताया"
    got = speakers("मंत्री ने यह स्पष्ट नहीं किया कि राहत राशि कब तक मिलेगी । "
                   "कंपनी ने हमारे ईमेल का कोई जवाब नहीं दिया । "
                   "अस्पताल ने मौत की पुष्टि नहीं की है । "
                   "मंत्री ने स्पष्ट किया कि राहत राशि सोमवार तक मिल जाएगी ।")
    assert got[:3] == [None, None, None]
    assert got[3] is not None


def test_the_time_of_day_is_no_part_of_a_bodys_name():
    # "तड़के पुलिस के पहुंचते ही": the police arrived before dawn; there is no "Tadke Police"
    got = speakers("नागपुर, 3 मई (वार्ता)। रविवार तड़के पुलिस के गांव पहुंचते ही आरोपी भाग निकला। "
                   "देर रात प्रशासन ने इलाके में धारा 144 लगा दी। "
                   "पुलिस का कहना है कि आरोपी के दो साथी पकड़े गए हैं।")
    assert got[2] is not None and "tdk" not in got[2] and "tadke" not in got[2]
    assert got[2].startswith("ngpr") or "nagpur" in got[2]


def test_a_clause_opener_or_an_english_office_is_no_part_of_a_name():
    # "हालांकि ... ने", "सेल्स डायरेक्टर X", "पार्टी सुप्रीमो X": the name is what follows
    got = speakers("हालांकि लोक जनमंच ने इन आरोपों का खंडन किया है। "
                   "कंपनी के सेल्स डायरेक्टर विनय तलवार ने कहा कि बिक्री घटी है। "
                   "जनमंच सुप्रीमो कमला रावत ने बताया कि रैली रद्द होगी।")
    assert got[0] is not None and "hlnk" not in got[0] and "halanki" not in got[0]
    registry = Registry.default()
    assert got[1] == registry.resolve("Vinay Talwar", "person").id
    assert got[2] == registry.resolve("Kamla Rawat", "person").id


def test_as_the_rules_say_or_as_needed_credits_no_one():
    # "गाइडलाइन के अनुसार", "जरूरत के मुताबिक" mean "as per", not "according to"
    got = attribute("सभी जिले केंद्र की गाइडलाइन के अनुसार तैयारी पूरी करेंगे । "
                    "जरूरत के मुताबिक और बसें चलाई जाएंगी । "
                    "पुलिस के अनुसार दो लोग पकड़े गए ।", "hi")
    assert got[0][:2] == (None, []) and got[1][:2] == (None, [])
    assert got[2][0] is None and len(got[2][1]) == 1


def test_a_surname_after_singh_or_kaur_is_a_name_though_it_ends_like_a_plural():
    # Punjabi surnames such as सेखों and ढिल्लों end in -ों, as plural nouns do ("ग्रामीणों")
    got = speakers("जालंधर, 6 मई (वार्ता)। सहकारिता मंत्री हरदीप सिंह ढिल्लों ने कहा कि मिल का बकाया चुका दिया जाएगा। "
                   "किसान नेता मनजीत कौर बराड़ ने बताया कि धरना जारी रहेगा। "
                   "ढिल्लों ने इन आरोपों को बेबुनियाद बताया। "
                   "ग्रामीणों ने कहा कि पानी नहीं आया।")
    registry = Registry.default()
    assert got[0] == got[2] == registry.resolve("Hardeep Singh Dhillon", "person").id
    assert got[1] is not None and got[1] != got[0]
    assert got[3] is None


def test_a_count_and_a_span_of_time_after_an_occupation_are_no_name():
    # "कई कर्मचारी दस साल से": employees for ten years; nobody is called "दस साल"
    got = speakers("कई कर्मचारी दस साल से ठेके पर काम कर रहे हैं। उन्होंने कहा, \"हमें पक्का किया जाए।\"")
    assert got == [None, None]


def test_a_named_bodys_demand_is_its_statement_but_a_pronouns_demand_is_no_ones_in_particular():
    got = speakers("मजदूर संघ के अध्यक्ष रमेश सैनी ने कहा कि हड़ताल जारी रहेगी। "
                   "संघ की मांग है कि सभी ठेका कर्मचारियों को पक्का किया जाए।\n\n"
                   "गांव के लोगों ने सड़क जाम कर दी। उनकी मांग है कि गांव तक पुल बनाया जाए।")
    assert got[0] is not None and got[1] is not None and got[1] != got[0]
    assert got[3] is None


def test_a_lone_acronym_names_a_body_and_the_who_is_one_body_in_both_scripts():
    got = attribute("डब्ल्यूएचओ के मुताबिक 60 देशों में संक्रमण फैल चुका है। "
                    "संगठन ने कहा कि यह महामारी नहीं है। "
                    "केएसपीसीबी के मुताबिक नदी का पानी पीने लायक नहीं है।", "hi")
    english = attribute("The WHO said the virus had reached 60 countries.", "en")
    who = english[0][0]
    assert got[0][:2] == (None, [who]) and got[1][0] == who
    assert got[2][0] is None and len(got[2][1]) == 1  # an unknown board's acronym: a credited body


def test_a_quoted_paper_citing_a_body_is_a_credited_source_and_the_body_speaks():
    # "'X' ने Y के हवाले से कहा": the paper reports what the department said; a person who cites
    # someone ("मंत्री ने विशेषज्ञों की राय के हवाले से कहा") still speaks
    got = attribute("'दैनिक प्रभात' ने बलूचिस्तान हेल्थ डिपार्टमेंट के हवाले से कहा कि क्वेटा में दो लोग संक्रमित हैं। "
                    "सूचना विभाग देखने वाले जनसंपर्क निदेशालय ने बताया कि स्कूल बंद रहेंगे।", "hi")
    speaker, sources, _ = got[0]
    alone = attribute("दैनिक प्रभात ने बताया कि स्कूल बंद रहेंगे। जनसंपर्क निदेशालय ने बताया कि स्कूल बंद रहेंगे।", "hi")
    assert speaker is not None and sources == [alone[0][0]] and speaker != sources[0]
    assert got[1][0] == alone[1][0]  # "देखने वाले" describes the directorate, no part of its name


def test_an_announcement_or_a_long_named_bulletin_credits_whoever_issued_it():
    got = attribute("रेलवे की घोषणा के मुताबिक, रविवार को कोई ट्रेन नहीं चलेगी। "
                    "हरियाणा के स्वास्थ्य विभाग की तरफ से जारी कोविड-19 की मेडिकल बुलेटिन के मुताबिक, 40 लोग निगरानी में हैं। "
                    "घोषणा के मुताबिक दुकानें खुली रहेंगी।", "hi")
    assert got[0][0] is None and len(got[0][1]) == 1
    assert got[1][0] is None and len(got[1][1]) == 1
    assert got[2][:2] == (None, [])


def test_a_department_is_the_named_states_not_the_filing_places_and_loanword_bodies_match_english():
    hindi = attribute("चंडीगढ़, 21 नवंबर (वार्ता)। पंजाब में सरकारी बसें दूसरे दिन भी नहीं चलीं। "
                      "परिवहन विभाग का कहना है कि रोज छह करोड़ रुपये का नुकसान हो रहा है। "
                      "माझा ट्रक ऑपरेटर्स एसोसिएशन ने कहा कि किराया नहीं बढ़ा।", "hi")
    english = attribute("By Harpreet Sandhu in Chandigarh\n\nPunjab's buses stayed off the road again. "
                        "The losses run to Rs 6 crore a day, the state transport department said. "
                        "The Majha Truck Operators' Association said fares had not gone up.", "en")
    assert hindi[1][0] is not None and hindi[1][0] == english[2][0]
    assert "kndgrh" not in hindi[1][0]
    assert hindi[2][0] is not None and hindi[2][0] == english[3][0]


def test_a_foreign_countrys_ministry_is_its_own_not_the_union_ministry():
    got = speakers("ईरान के स्वास्थ्य मंत्रालय के प्रवक्ता ने कहा कि 7,161 लोग संक्रमित हैं। "
                   "कतर के स्वास्थ्य मंत्रालय ने बताया कि 18 मामले हैं। "
                   "स्वास्थ्य मंत्रालय ने कहा कि भारत में 83 मामले हैं।")
    union = speakers("स्वास्थ्य मंत्रालय ने कहा कि भारत में 83 मामले हैं।")[0]
    assert got[2] == union and len({got[0], got[1], union}) == 3


def test_a_verb_of_saying_with_no_subject_goes_on_with_the_one_who_spoke():
    got = speakers("मुख्यमंत्री रेखा बंसल ने मंगलवार को अस्पताल का दौरा किया। "
                   "बैठक के बाद कहा, सभी जिलों में जांच बढ़ाई जाएगी। साथ ही कहा कि घबराने की जरूरत नहीं है। "
                   "रिपोर्ट में कहा गया कि 40 नमूने जांचे गए।")
    cm = speakers("मुख्यमंत्री रेखा बंसल ने कहा कि जांच बढ़ेगी।")[0]
    assert got[1] == got[2] == cm and got[3] != cm


def test_a_department_in_a_story_about_a_city_is_its_states_until_a_state_is_named():
    city = speakers("जबलपुर, 12 मार्च (वार्ता)। शहर में पीलिया के 186 मरीज भर्ती हैं। "
                    "स्वास्थ्य विभाग ने बताया कि पानी के 40 नमूने फेल हुए।")
    state = speakers("मध्य प्रदेश स्वास्थ्य विभाग ने बताया कि पानी के 40 नमूने फेल हुए।")
    assert city[-1] is not None and city[-1] == state[0]
    named = speakers("जबलपुर, 12 मार्च (वार्ता)। बिहार के 20 मजदूर भी बीमार हैं। "
                     "स्वास्थ्य विभाग ने बताया कि पानी के 40 नमूने फेल हुए।")
    assert named[-1] == speakers("बिहार स्वास्थ्य विभाग ने बताया कि नमूने फेल हुए।")[0]


def test_a_national_department_is_no_states_in_a_state_story():
    got = attribute("लखनऊ, 7 मार्च (वार्ता)। उत्तर प्रदेश में 12 नए मामले मिले। "
                    "राष्ट्रीय स्वास्थ्य विभाग के अनुसार देश में 99 नए मामले सामने आए।", "hi")
    alone = attribute("राष्ट्रीय स्वास्थ्य विभाग के अनुसार देश में 99 नए मामले सामने आए।", "hi")
    assert got[-1][1] and got[-1][1] == alone[0][1]


def test_the_state_government_is_the_government_of_the_state_the_story_names():
    hindi = speakers("असम में विदेश से लौटे 40 लोग लापता हैं। राज्य सरकार ने बताया कि उनकी तलाश जारी है।")
    english = speakers("Forty travellers are missing in Assam. The state government said the search was on.", "en")
    named = speakers("असम सरकार ने कहा कि तलाश जारी है।")
    assert hindi[-1] is not None and hindi[-1] == english[-1] == named[0]
    other = speakers("ओडिशा में 40 लोग लापता हैं। राज्य सरकार ने बताया कि उनकी तलाश जारी है।")
    assert other[-1] is not None and other[-1] != hindi[-1]


def test_a_body_of_a_state_whose_name_has_two_words_has_one_id_in_both_scripts():
    hindi = speakers("पश्चिम बंगाल स्वास्थ्य विभाग ने बताया कि 12 नए मरीज मिले हैं।")
    english = speakers("The West Bengal Health Department said 12 new patients were found.", "en")
    assert hindi[0] is not None and hindi[0] == english[0]
    assert speakers("मध्य प्रदेश सरकार ने कहा कि स्कूल बंद रहेंगे।")[0] == \
        speakers("The Madhya Pradesh government said schools would stay shut.", "en")[0]


def test_rejecting_a_charge_is_a_denial_and_rejecting_a_petition_is_an_act():
    got = speakers("जिला अधिकारी रमेश ओझा ने पक्षपात के आरोपों को सिरे से खारिज किया। "
                   "अदालत ने याचिका खारिज कर दी।")
    assert got[0] is not None and got[0] == speakers("रमेश ओझा ने कहा कि कोई पक्षपात नहीं हुआ।")[0]
    assert got[1] is None


def test_what_a_body_keeps_credits_the_body_and_is_no_person():
    hindi = attribute("चुनाव आयोग की वेबसाइट के मुताबिक, 58.3 फीसदी वोट पड़े।", "hi")[0]
    english = attribute("Turnout was 58.3 per cent, according to the Election Commission's website.", "en")[0]
    assert hindi[0] is None and english[0] is None
    assert hindi[1] and hindi[1] == english[1]


def test_an_office_bearer_is_a_role_and_office_bearers_speak_for_their_body():
    got = speakers("निर्वाची पदाधिकारी मो. सलीम अंसारी ने बताया कि 211 मतपत्र रद्द हुए। "
                   "निर्वाची पदाधिकारी ने पक्षपात के आरोपों को खारिज किया।")
    assert got[0] is not None and got[1] == got[0]
    body = attribute("जिला क्रिकेट संघ के पदाधिकारियों के मुताबिक मैच रद्द कर दिया गया है।", "hi")[0]
    assert body[0] is None and body[1]


def test_a_listed_national_body_is_never_a_states_own():
    hindi = attribute("रुद्रप्रयाग, 6 जुलाई। भोपाल से आईं विमला घायल हैं। मौसम विभाग ने अलर्ट जारी किया है। "
                      "विभाग के मुताबिक, 118 मिलीमीटर बारिश दर्ज की गई।", "hi")
    english = attribute("Rudraprayag, July 6: Uttarakhand is on alert. The weather department said rain would go on.", "en")
    national = attribute("India Meteorological Department said rain would go on.", "en")[0][0]
    assert hindi[-1][1] == [national] and english[-1][0] == national


def test_a_body_named_after_a_hyphenated_place_has_one_id_in_both_scripts():
    hindi = speakers("जम्मू-कश्मीर प्रशासन ने बताया कि 101 नमूने भेजे गए।")
    english = speakers("The Jammu and Kashmir Administration said 101 samples were sent.", "en")
    assert hindi[0] is not None and hindi[0] == english[0]


def test_an_occupation_before_a_name_is_no_part_of_it_and_a_commission_has_its_english_name():
    for body in ["गांव के पशुपालक वाघजी चौधरी ने कहा कि भाव कम है।", "याचिकाकर्ता वाघजी चौधरी ने कहा कि भाव कम है।"]:
        assert speakers(body)[0] == speakers("वाघजी चौधरी ने कहा कि भाव कम है।")[0], body
    assert speakers("मध्यप्रदेश लोक सेवा आयोग ने कहा कि नौ उत्तर बदले गए।")[0] == \
        speakers("The Madhya Pradesh Public Service Commission said nine answers were revised.", "en")[0]


def test_reminding_someone_reports_words_and_a_postposition_is_no_part_of_a_bodys_name():
    got = speakers("विधायक रतुल बोरा ने कहा कि बढ़ोतरी मजाक है। "
                   "उन्होंने याद दिलाया कि चुनाव से पहले सरकार ने 450 रुपये का वादा किया था।")
    assert got[1] == got[0] is not None
    credited = sources("गोलाघाट, 10 अप्रैल (टेस्ट वायर)। हड़ताल जारी रही। उन्होंने कहा कि हर बागान के बाहर पुलिस बल "
                       "तैनात है। पुलिस के मुताबिक, 52 लोग हिरासत में लिए गए।")
    assert credited[-1] == sources("गोलाघाट, 10 अप्रैल (टेस्ट वायर)। पुलिस के मुताबिक, 52 लोग हिरासत में लिए गए।")[-1]


def test_a_hospitals_management_speaks_for_it_and_where_it_stands_is_no_part_of_its_name():
    got = speakers("बागबाहरा रोड स्थित सेवाधाम नेत्र चिकित्सालय में शिविर लगा था। "
                   "सेवाधाम नेत्र चिकित्सालय ने बयान जारी कर कहा कि सभी ऑपरेशन नियम से हुए। "
                   "अस्पताल प्रबंधन का कहना है कि संक्रमण घोल के एक बैच से जुड़ा है।")
    assert got[2] == got[1] is not None
    # the body's kind words are translated, so the English paper's name gives the same body
    assert got[1] == attribute("The Sevadham Eye Hospital said all operations followed the rules.", "en")[0][0]
    assert speakers("श्रम कल्याण विभाग ने बताया कि समझौता हो गया।")[0] == \
        attribute("The Labour Welfare Department said an agreement had been signed.", "en")[0][0]


def test_an_offices_english_initials_and_a_qualifier_after_it_name_its_holder():
    got = speakers("मुख्य अग्निशमन अधिकारी सुरेश चंद्र नेगी ने बताया कि आग बुझ गई। सीएफओ ने कहा कि दो ट्रांसफार्मर जल गए। "
                   "निगम के प्रबंध निदेशक प्रवीण गोयल ने कहा कि बिजली लौटेगी। एमडी ने कहा कि शाम तक सब ठीक होगा।")
    assert got[1] == got[0] is not None and got[3] == got[2] is not None and got[0] != got[2]
    got = speakers("एसपी सिटी अजय राठी ने बताया कि जाम में 300 लोग थे। राठी ने कहा कि सब शांत है।")
    assert got[0] == got[1] == speakers("अजय राठी ने कहा कि सब शांत है।")[0]


def test_an_operator_a_coordinator_and_a_media_coordinator_are_people_by_name():
    got = speakers("उपकेंद्र पर तैनात ऑपरेटर इरफान खान ने बताया कि रात में धमाका हुआ। "
                   "राहत अभियान की समन्वयक रेखा झा का कहना है कि कैंप भरे हैं। "
                   "मंत्री के मीडिया समन्वयक सलीम अंसारी ने कहा कि 20 लोग संक्रमित हैं।")
    assert got == [speakers(f"{name} ने कहा कि यह सही है।")[0] for name in ("इरफान खान", "रेखा झा", "सलीम अंसारी")]


def test_a_surname_after_a_word_of_the_sentence_is_the_full_name_given_before():
    got = speakers("होमगार्ड सैनिक रमाकांत धुर्वे के पैर में फ्रैक्चर हुआ है। "
                   "जिला अस्पताल में भर्ती धुर्वे ने बताया कि उस रात नाके पर सिर्फ दो जवान थे।")
    assert got[1] == attribute("रमाकांत धुर्वे ने कहा कि ऐसा हुआ।", "hi")[0][0]


def test_an_office_known_by_its_initials_in_hindi_and_the_bodies_a_glossary_translates():
    got = speakers("आरटीओ हरविंदर चौहान ने सोमवार को बताया कि बस का प्रमाणपत्र खत्म हो चुका था। "
                   "आरटीओ के अनुसार, बस 32 सीटों के लिए पंजीकृत है। "
                   "कोवलम जनरल इंश्योरेंस ने बयान जारी कर कहा कि 41 करोड़ रुपये का भुगतान हो चुका है। "
                   "कंपनी का कहना है कि राशि कम बनती है। "
                   "मध्य प्रदेश के खनिज साधन विभाग ने बताया कि 312 वाहन जब्त किए गए।")
    assert got[0] == got[1] == attribute("Harvinder Chauhan said so.", "en")[0][0]
    assert got[2] == got[3] == attribute("Kovalam General Insurance said so.", "en")[0][0]
    assert got[4] == attribute("The Madhya Pradesh Mineral Resources Department said so.", "en")[0][0]


def test_a_village_head_and_a_toll_worker_are_offices_before_the_name_and_a_bureau_is_the_paper():
    got = speakers("बसोली की ग्राम प्रधान हेमा बिष्ट ने आरोप लगाया कि ग्रामीणों ने सूचना दी थी। "
                   "गेट दो पर तैनात टोल कर्मी सपना चौहान ने बताया कि शुल्क मांगा गया था। "
                   "केंद्रीय मंत्री रमेश प्रधान ने कहा कि योजना जारी रहेगी।")
    assert got[0] == attribute("हेमा बिष्ट ने कहा कि ऐसा हुआ।", "hi")[0][0]
    assert got[1] == attribute("सपना चौहान ने कहा कि ऐसा हुआ।", "hi")[0][0]
    assert got[2] == attribute("रमेश प्रधान ने कहा कि ऐसा हुआ।", "hi")[0][0]  # a surname where no village comes before
    credit = attribute("पौड़ी, 9 मई (घाटी दर्पण संवाददाता)। जंगलों में आग लगी।", "hi", outlet="घाटी दर्पण")
    assert credit[0][1] == []


def test_a_dateline_placed_in_a_district_places_the_police_there():
    got = attribute("गोमिया (बोकारो), 19 अक्टूबर (संवाददाता)। गांव में हाथी आए। पुलिस के मुताबिक, दो घर टूटे।", "hi")
    assert got[-1][1] == [attribute("बोकारो पुलिस के मुताबिक, दो घर टूटे।", "hi")[0][1][0]]


def test_a_given_name_read_before_a_postposition_stays_with_its_surname():
    got = attribute("किसान हरिया मुंडा की मौत हो गई। विधायक ने सुरेश को नौकरी देने की मांग की। "
                    "हरिया के बेटे सुरेश मुंडा का कहना है कि परिवार को कुछ नहीं मिला।", "hi")
    assert got[-1][0] == Registry.default().resolve("सुरेश मुंडा", "person").id


def test_a_sub_divisional_police_officer_is_an_office_before_the_name():
    for text, lang in (("बेरमो के एसडीपीओ अनिल सोरेन ने बताया कि जाम लगा।", "hi"),
                       ("Bermo SDPO Anil Soren said the road was blocked.", "en")):
        assert attribute(text, lang)[0][0] == Registry.default().resolve("Anil Soren", "person").id, lang


def test_a_head_before_a_full_name_and_district_offices_are_offices_and_a_widow_is_described():
    for text, name in (("मजदूर यूनियन के प्रधान सुरेश खटीक ने तालाबंदी को गैरकानूनी बताया।", "सुरेश खटीक"),
                       ("समिति के जिलाध्यक्ष रामजी पाठक ने कहा कि भुगतान नहीं हुआ।", "रामजी पाठक"),
                       ("डीएसओ रमेश तिवारी ने कहा कि दुकानें खुली हैं।", "रमेश तिवारी"),
                       ("गांव की विधवा कमला देवी ने बताया कि राशन नहीं मिला।", "कमला देवी"),
                       ("घायल शांति देवी (48) ने बताया कि धमाका हुआ।", "शांति देवी"),
                       ("सांसद हरीश प्रधान ने कहा कि जांच होगी।", "हरीश प्रधान")):
        assert speakers(text)[0] == Registry.default().resolve(name, "person").id, text


def test_a_deputy_commissioner_by_the_initials_of_the_office_is_the_one_named_in_full():
    got = speakers("उपायुक्त अमित कुमार ने कहा कि तीन मौतें हुईं। डीसी ने दावा किया कि दल रवाना हो गए थे।")
    assert got[0] is not None and got[1] == got[0]
    assert speakers("डीसी रोहित मेहरा ने बताया कि प्रशासन सतर्क है।")[0] == \
        Registry.default().resolve("रोहित मेहरा", "person").id


def test_a_district_named_without_its_state_says_whose_the_bare_state_body_is():
    got = speakers("गोमिया (बोकारो), 19 अक्टूबर (संवाददाता)। हाथियों ने फसल रौंदी। वन विभाग का कहना है कि एसएमएस भेजे गए थे।")
    assert got[-1] == Registry.default().resolve("Jharkhand Forest Department", "org").id
    from claims.matching import district_states
    assert district_states("RAJGARH, Aug. 21: ... in Bhind district, then सीकर") == \
        ["madhya_pradesh", "rajasthan"]
    assert district_states("Sagar said the quota (कोटा) was Bilaspur's") == []  # a word, a name, two states


def test_a_call_for_a_bandh_and_a_long_rejection_of_a_claim_are_statements():
    got = speakers("महानदी लोक मंच ने गुरुवार को मुंगेली बंद का आह्वान किया है। "
                   "जिलाधिकारी अनुराधा नायक ने नाव पलटने की बात को एक बार फिर सिरे से खारिज कर दिया। "
                   "अदालत ने याचिका खारिज कर दी।")
    assert got[0] is not None and got[1] == Registry.default().resolve("अनुराधा नायक", "person").id and got[2] is None


def test_an_executive_engineer_is_an_office_before_the_name():
    got = speakers("जल संसाधन विभाग के कार्यपालन यंत्री कमलाकर बागड़ी के मुताबिक, दरारें बारीक हैं।")
    assert got[0] == Registry.default().resolve("कमलाकर बागड़ी", "person").id


def test_a_bare_municipal_corporation_is_the_story_places_in_either_script():
    got = attribute("हिसार, 10 दिसंबर (संवाददाता)। दुकानें गिराई गईं। नगर निगम के मुताबिक, 34 और ढांचे गिराए गए।", "hi")
    english = attribute("HISAR, Dec 10: Shops were razed. The municipal corporation said 34 more were razed.", "en")
    hisar = Registry.default().resolve("Hisar Municipal Corporation", "org").id
    assert got[-1][1] == [hisar] and english[-1][0] == hisar


def test_a_dateline_on_a_line_of_its_own_leaves_the_lede_to_name_the_district():
    got = attribute("मेदिनीनगर, 28 मई (संवाददाता)।\n\nड्यूटी पर लगाए गए पलामू जिले के सात कर्मियों की मौत हो गई। "
                    "पुलिस के मुताबिक, एक बूथ पर गिर गया।", "hi")
    assert got[-1][1] == [attribute("पलामू पुलिस के मुताबिक, एक गिर गया।", "hi")[0][1][0]]
    # "उपायुक्त सह जिला निर्वाचन पदाधिकारी": "सह" (cum) names no district
    from claims.attribution.attributor import NOT_DISTRICT_NAMES
    assert "सह" in NOT_DISTRICT_NAMES


def _org(name: str) -> str:
    return Registry.default().resolve(name, "org").id


def test_a_government_bodys_hindi_name_is_its_english_one():
    # the glossary puts the words of bodies' fields in English, so a board, a department or a
    # ministry named in Hindi is the one the English papers name
    got = speakers("राजस्थान राज्य प्रदूषण नियंत्रण मंडल ने कहा कि नदी का पानी जांचा गया है। "
                   "केंद्रीय सामाजिक न्याय एवं अधिकारिता मंत्रालय ने बताया कि 40 करोड़ रुपये जारी किए गए। "
                   "मंत्रालय ने कहा कि बाकी राशि अगले महीने आएगी।")
    assert got[0] == _org("Rajasthan State Pollution Control Board")
    assert got[1] == got[2] == _org("Ministry of Social Justice and Empowerment")
    english = speakers("NEW DELHI, May 3: The Union Ministry of Social Justice and Empowerment said Rs 40 crore "
                       "was released. The rest will come next month, the ministry said.", "en")
    assert english == [got[1], got[1]]


def test_a_union_ministry_is_one_body_in_both_scripts_and_never_its_minister():
    hindi = speakers("गृह मंत्रालय ने कहा कि अर्धसैनिक बलों की 12 कंपनियां भेजी गई हैं।")
    english = speakers("NEW DELHI, May 3: The Ministry of Home Affairs said 12 companies of paramilitary forces "
                       "were sent. Health Minister Kamla Rawat said the hospitals were ready.", "en")
    assert hindi[0] == english[0] == _org("Home Ministry")
    assert english[1] == _id("Kamla Rawat")  # a minister's office and a ministry share their consonants


def test_a_partys_own_name_is_spelt_while_a_corporations_field_words_are_translated():
    assert _org("Lok Jagrit Morcha Party") == _org("लोक जागृत मोर्चा पार्टी")
    (hindi,) = speakers("चंबल विद्युत वितरण निगम ने कहा कि बिल सही हैं।")
    assert hindi == _org("Chambal Vidyut Vitran Nigam") == _org("Chambal Power Distribution Corporation")


def test_an_occupation_after_a_name_is_a_surname_and_an_offices_initials_no_part_of_it():
    got = speakers("अधीक्षण अभियंता गिरिराज बुनकर ने बताया कि 412 शिकायतें आईं। "
                   "सीएफओ मोहनलाल बिस्सा के मुताबिक, आग पर काबू पा लिया गया है।")
    assert got[0] == _id("Giriraj Bunkar")
    assert got[1] == _id("Mohanlal Bissa")
    english = speakers("KOTA, May 3: CFO Mohan Lal Bissa said the fire was out. "
                       "XEN Giriraj Bunkar said 412 complaints came in.", "en")
    assert english == [got[1], got[0]]


def speaking_under(title: str, body: str) -> list:
    """The speakers (entities) of a Hindi article with a headline, sentence by sentence."""
    reg = Registry.default()
    article = make_article("t.md", {"outlet": "Test Wire", "language": "hi", "title": title}, body, reg, [])
    return [s.attribution.speaker for s in analyse(article, reg).sentences]


def test_a_federation_is_a_body_and_a_states_own_though_a_headline_shortened_it():
    got = speaking_under("अस्पतालों में नर्सों की कमी; नर्स महासंघ का दावा- 40 पद खाली",
                         "उधर, ओडिशा राज्य नर्स महासंघ ने दावा किया है कि जिले में 40 पद खाली हैं। "
                         "महासंघ ने हर अस्पताल में दो और नर्सों की मांग की है।")
    assert got[0] is not None and got[0].kind == "org" and got[1] == got[0]
    assert got[0].id == _org("Odisha Rajya Nurse Mahasangh")


def test_a_refusal_is_an_act_for_a_court_or_no_comment_and_a_denial_for_anyone_else():
    got = speakers("उच्च न्यायालय ने बेदखली पर रोक लगाने से इनकार कर दिया। "
                   "मंत्री रमेश वर्मा ने इस पर कुछ भी कहने से इनकार कर दिया। "
                   "उधर, कावेरी केमिकल्स लिमिटेड ने नदी में अपशिष्ट छोड़ने से इनकार किया है।")
    assert got[:2] == [None, None]
    assert got[2] == _org("Kaveri Chemicals")


def test_a_holder_named_after_an_unnamed_office_takes_the_office():
    got = speaking_under("डीएम ने फिर किया नाव पलटने से इनकार",
                         "जिलाधिकारी सुधा रावत ने नाव पलटने की बात को खारिज कर दिया। "
                         "डीएम ने कहा, \"उस दिन कोई नाव नहीं चली।\"")
    assert got[-1] is not None and got[-1].id == _id("Sudha Rawat")


def test_offices_and_words_of_presence_before_a_name_are_no_part_of_it():
    said = {name: speakers(f"{name} ने कहा कि यह हुआ।")[0] for name in ("दिलीप मारोठिया", "प्रांजल कासलीवाल",
                                                                        "कुलविंदर कौर", "कमली देवी", "अनिल राय")}
    got = speakers("रतलाम, 11 मार्च (संवाददाता)। सभापति दिलीप मारोठिया ने कहा कि विपक्ष को समय दिया गया। "
                   "निगमायुक्त प्रांजल कासलीवाल ने बताया कि आय बढ़ेगी। "
                   "धरने में शामिल कुलविंदर कौर ने दोहराया कि पति को घर से उठाया गया। "
                   "गांव की आशा सहयोगिनी कमली देवी के मुताबिक, प्रसव घर पर हुआ। "
                   "एसपी जालौन अनिल राय ने बताया कि गश्त बढ़ाई गई है। "
                   "निगमायुक्त ने कहा कि छूट मिलेगी।")
    assert got == [said["दिलीप मारोठिया"], said["प्रांजल कासलीवाल"], said["कुलविंदर कौर"], said["कमली देवी"],
                   said["अनिल राय"], said["प्रांजल कासलीवाल"]]
    # a comma ends an office: what follows it is no place of the office's
    headline = speakers("महराजगंज में बोले डिप्टी सीएम, दिल्ली हिंसा गहरी साजिश का नतीजा")
    assert headline[0] != speakers("हिंसा गहरी साजिश ने कहा कि यह हुआ।")[0]


def test_national_agencies_are_one_body_in_both_scripts_by_name_or_initials():
    hindi = attribute("एनसीबी के मुताबिक, यह खेप ड्रोन से गिराई गई थी। राष्ट्रीय मानवाधिकार आयोग ने रिपोर्ट मांगी है। "
                      "आयोग ने कहा कि यह मानवाधिकारों का उल्लंघन है।", "hi")
    english = speakers("The Narcotics Control Bureau said the consignment came by drone. The NHRC said it was a "
                       "violation of human rights.", "en")
    assert hindi[0][1] == [english[0]] == [_org("NCB")]
    assert hindi[2][0] == english[1] == _org("National Human Rights Commission")


def test_a_members_body_named_in_passing_is_what_a_bare_kind_word_then_means():
    got = attribute("डूंगरपुर, 22 सितंबर (संवाददाता)। वागड़ मजदूर अधिकार संगठन के आह्वान पर हुए धरने में संगठन के "
                    "मुताबिक ढाई हजार मजदूर शामिल हुए। संगठन का आरोप है कि पुलिस ने धक्कामुक्की की।", "hi")
    named = _org("वागड़ मजदूर अधिकार संगठन")
    assert got[0][1] == [named] and got[1][0] == named
    # not one named after the bare word in its sentence, nor a kind word followed by a name
    later = speakers("संगठन ने कहा कि मुंबई में भारतीय बैंक संगठन के साथ बैठक हुई। "
                     "यह जानकारी सरकारी संवाद समिति इरना ने दी है।")
    assert later[0] != _org("भारतीय बैंक संगठन")
    assert later[1] != _org("सरकारी संवाद समिति")


def test_holding_something_responsible_is_a_statement_and_finding_someone_guilty_is_not():
    got = speakers("बीडीओ नरेश कलाल ने कहा कि भुगतान होगा। बीडीओ ने देरी के लिए तकनीकी गड़बड़ी को जिम्मेदार ठहराया। "
                   "रिपोर्ट में सात छात्रों को दोषी ठहराया गया है। यात्रियों को होटल में ठहराया गया।")
    assert got == [got[0], got[0], None, None] and got[0] is not None
    # holding a thing right or wrong is a statement too
    got = speakers("दूसरी ओर, मालवा निजी विद्यालय संघ ने फीस बढ़ोतरी को जायज ठहराया है। "
                   "संघ ने अभिभावकों के आरोपों को निराधार ठहराया।")
    assert got[0] == got[1] == _org("मालवा निजी विद्यालय संघ")


def test_a_surname_after_a_full_name_learnt_from_an_earlier_article_of_the_run_is_that_person():
    # an ingest reads a run's articles with one registry: the Hindi full name is then found as the
    # English article's person, and the article's later "टोप्पो" must still be that person
    run = _reader_of_one_run(Registry.default())

    english = run("Director General of Police Sunil Kumar Toppo said 40 people had been questioned. "
                  "Toppo said the gang had links in six states.", "en")
    hindi = run("पुलिस महानिदेशक सुनील कुमार टोप्पो ने रविवार को विशेष जांच दल का गठन किया। "
                "टोप्पो ने बताया कि छह राज्यों में गिरोह के संपर्क मिले हैं। उनके मुताबिक, 40 लोगों से पूछताछ हुई।", "hi")
    assert english == [_id("Sunil Kumar Toppo")] * 2
    assert hindi[1:] == english


def test_a_bare_kind_word_one_article_of_a_run_used_is_not_the_body_a_later_article_names():
    # "the trust" an article names no other way gets an id, but a later article of the same run that
    # names its own trust (or मंच) means that one by the bare word
    run = _reader_of_one_run(Registry.default())

    first = run("The trust said the temple would stay open.", "en") + run("मंच ने कहा कि धरना जारी रहेगा।", "hi")
    assert None not in first
    english = run("The Shree Ganga Seva Trust runs the ghat. The trust said 40 volunteers were on duty.", "en")
    hindi = run("किसान एकता मंच के कार्यकर्ताओं ने सड़क जाम की। मंच ने कहा कि धरना जारी रहेगा।", "hi")
    assert english[1] == Registry.default().resolve("Shree Ganga Seva Trust", "org").id
    assert hindi[1] not in first and hindi[1] is not None


def test_an_occupation_before_a_name_is_no_part_of_it():
    got = speakers("चिड़ियाघर के कीपर मोहनलाल सैनी ने बताया कि तीन हिरण मरे हैं। "
                   "गौशाला के व्यवस्थापक रामकिशन बिजारणिया ने कहा कि चारा कम था।")
    assert got == [_id("Mohanlal Saini"), _id("Ramkishan Bijarnia")]


def test_denying_a_claim_with_nakarna_is_a_statement():
    got = speakers("निदेशक किरण बाला आचार्य ने कहा कि मौतें संक्रमण से हुईं। आचार्य ने इस दावे को सिरे से नकार दिया। "
                   "प्रस्ताव को समिति ने नकार दिया।")
    assert got[:2] == [_id("Kiran Bala Acharya")] * 2


def test_standing_by_a_claim_states_it_again_and_a_reflexive_is_no_name():
    got = speakers("प्रभागीय वनाधिकारी (डीएफओ) सुभश्री मिश्रा ने कहा कि बाड़ ठीक थी। "
                   "हालांकि, डीएफओ अपनी इस बात पर कायम हैं कि फरवरी में जांच हुई थी।")
    assert got == [_id("Subhashree Mishra")] * 2
    # "इस बात पर कायम" after a name and "अब भी" (still): the one named
    still = speakers("कार्यपालन यंत्री प्रकाश चंद्र बामनिया अब भी इस बात पर कायम हैं कि प्रशासन को अलर्ट किया गया था।")
    assert still == [_id("Prakash Chandra Bamniya")]


def test_a_forecasts_coloured_alert_is_a_statement_and_an_alert_that_puts_villages_on_guard_an_act():
    got = speakers("मौसम विभाग ने अगले 48 घंटों के लिए भारी बारिश का ऑरेंज अलर्ट जारी किया है। "
                   "विभाग ने रेड अलर्ट की अवधि शनिवार तक बढ़ा दी है। "
                   "प्रशासन ने नदी किनारे के 48 गांवों में अलर्ट जारी किया है।")
    assert got[0] is not None and got[0] == got[1] and got[2] is None


def test_an_estimate_with_its_figure_is_a_statement_and_one_without_is_not():
    got = speakers("जिला प्रशासन ने मछुआरों के नुकसान का आकलन 18.4 लाख रुपये किया है। "
                   "मौसम विभाग ने गुरुवार तक शीतलहर जारी रहने का अनुमान जताया है।")
    assert got[0] is not None and got[1] is None


def test_a_clause_opened_by_jo_has_a_subject_of_its_own():
    # the committee "जो ... रिपोर्ट सौंपेगी" will report; the government that formed it said nothing
    got = attribute("राज्य सरकार ने संभागायुक्त की अध्यक्षता में तीन सदस्यीय समिति गठित की है, जो 15 दिन में "
                    "अपनी रिपोर्ट सौंपेगी।", "hi")
    assert got[0][0] is None
    got = attribute("जिला प्रशासन ने बताया कि समिति गठित कर दी गई है, जो 15 दिन में रिपोर्ट देगी।", "hi")
    assert got[0][0] is not None


def test_a_courts_verdict_is_an_act_and_anyone_elses_is_said():
    got = attribute("सत्र न्यायालय ने बुधवार को ठेकेदार समेत तीन आरोपियों को दोषी करार दिया। "
                    "विधायक रामेश्वर पटेल ने अधिकारियों को दोषी करार दिया।", "hi")
    assert got[0][0] is None
    assert got[1][0] == _id("Rameshwar Patel")


def test_a_firm_named_by_an_english_head_in_devanagari_is_a_company_a_bare_kanpani_means():
    got = speakers("पानीपत, 3 मई (टेस्ट वायर)। मेघना टेक्सटाइल प्रोसेसर्स ने बयान जारी कर कहा कि गेट खुला था। "
                   "कंपनी ने हर परिवार को 10 लाख रुपये देने की घोषणा की है।", "hi")
    assert got[0] == got[1] == _org("Meghna Textile Processors")
    for english, hindi in (("Surya Cements", "सूर्या सीमेंट्स"), ("Anand Foods", "आनंद फूड्स"),
                           ("Kaveri Exports", "कावेरी एक्सपोर्ट्स")):
        assert speakers(f"{hindi} ने कहा कि यह हुआ।", "hi")[0] == _org(english)



def test_a_bare_kind_word_means_the_body_the_article_called_by_it():
    got = speakers("पुलिस ने दवा कंपनी सुरभि लाइफकेयर के दो निदेशकों के खिलाफ मामला दर्ज किया। "
                   "राज्य हेल्थ सर्विसेज कॉरपोरेशन के मुताबिक, कंपनी का भुगतान रोक दिया गया है। "
                   "कंपनी ने बयान जारी कर कहा कि वह अदालत जाएगी।")
    assert got[2] == speakers("सुरभि लाइफकेयर ने कहा कि वह अदालत जाएगी।")[0] \
        == speakers("Surabhi Lifecare said it would go to court.", "en")[0]


def test_a_verb_after_a_kind_word_names_no_body():
    got = speakers("परिजनों का आरोप है कि अस्पताल नकद जमा कराने पर ही भर्ती कर रहे हैं। "
                   "उनके मुताबिक, गोमती अस्पताल में 50 हजार रुपये मांगे गए। "
                   "वहीं, अस्पताल प्रबंधन का कहना है कि मरीज को रेफर किया गया था।")
    assert got[2] is not None and "nkd" not in got[2]


def test_a_firm_named_with_its_legal_form_is_one_body_the_kind_word_means():
    got = speakers("शिवपुरी औद्योगिक क्षेत्र में स्थित माधव एग्रोकेम प्राइवेट लिमिटेड की फैक्टरी से गैस रिसी। "
                   "पुलिस ने बताया कि दो लोग बीमार हैं। कंपनी ने बयान जारी कर कहा कि रिसाव एक घंटे में रोक दिया गया।")
    assert got[2] == speakers("माधव एग्रोकेम ने कहा कि रिसाव रोक दिया गया।")[0] \
        == speakers("Madhav Agrochem said the leak was stopped.", "en")[0]


def test_an_office_joined_by_sah_or_cum_is_the_holders_too():
    got = speakers("उपायुक्त सह जिला निर्वाचन पदाधिकारी रमेश कुमार तिर्की ने कहा कि तीन मौतें लू से हुईं। "
                   "डीसी ने दावा किया कि पूरी व्यवस्था थी।")
    assert got[1] == got[0] is not None
    got = speakers("Deputy Commissioner-cum-District Election Officer Ramesh Tirkey said three died of heat. "
                   "The deputy commissioner said shade was provided.", "en")
    assert got[1] == got[0] is not None


def test_a_sabha_mahasabha_or_mahasamiti_is_a_body_named_in_full():
    got = speakers("हाड़ौती किसान महासभा ने सोमवार को धरना देने की घोषणा की है। "
                   "रतलाम रहवासी संघ महासमिति ने कहा कि पुरानी दर ही लागू रहे। "
                   "मालवा किसान संघर्ष सभा ने चेतावनी दी है कि राजमार्ग जाम किया जाएगा।")
    assert got == [Registry.default().resolve(name, "org").id for name in
                   ("Hadoti Kisan Mahasabha", "Ratlam Rahvasi Sangh Mahasamiti", "Malwa Kisan Sangharsh Sabha")]


def test_a_kameti_is_a_committee_credited_by_ke_mutabik_and_speaking_with_ne():
    got = attribute("मार्केट कमेटी के मुताबिक, मंडी में 6.4 लाख क्विंटल धान आया है। "
                    "कमेटी ने बताया कि भुगतान हो गया है।", "hi")
    (speaker, sources, _), (body, _, _) = got
    assert speaker is None and sources == [body] and body is not None


def test_a_body_described_by_its_kind_and_later_named_is_the_named_body_from_then_on():
    got = speakers("सिलचर, 5 मई। समझौते पर मंच, प्लांटर्स एसोसिएशन और सरकार के प्रतिनिधियों ने दस्तखत किए। "
                   "सोनजुही प्लांटर्स एसोसिएशन ने कहा कि 300 बागान बंद हैं। "
                   "एसोसिएशन का दावा है कि 18 लाख रुपये का नुकसान हुआ।")
    assert got[2] == got[3] and "snjh" in got[2]
    # a day before the kind's words names nothing: the body described before
    got = speakers("सिलचर, 5 मई। प्लांटर्स एसोसिएशन ने कहा कि 300 बागान बंद हैं। "
                   "सोमवार प्लांटर्स एसोसिएशन ने कहा कि 18 लाख रुपये का नुकसान हुआ।")
    assert got[1] is not None and got[1] == got[2]
