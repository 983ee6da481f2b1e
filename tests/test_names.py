from claims.names import Registry, flapped, name_key, org_key, person_key, phonetic_key, romanise


def test_one_id_across_scripts_and_spellings():
    r = Registry.default()
    for spelling in ["Putin", "Vladimir Putin", "पुतिन", "व्लादिमीर पुतिन"]:
        assert r.lookup(spelling).id == "vladimir-putin", spelling
    for spelling in ["Peskov", "Dmitri Peskov", "पेसकोव", "दिमित्री पेसकोव"]:
        assert r.lookup(spelling).id == "dmitry-peskov", spelling
    for spelling in ["CNN", "सीएनएन"]:
        assert r.lookup(spelling).id == "cnn"
    for spelling in ["TASS", "तास", "टीएएसएस"]:
        assert r.lookup(spelling).id == "tass"


def test_new_names_get_a_stable_id_shared_by_both_scripts():
    r = Registry.default()
    hindi = r.resolve("समाचार दर्पण", "outlet")
    latin = r.resolve("Samachar Darpan", "outlet")
    assert hindi.id == latin.id == "samachar-darpan"


def test_phonetic_key_ignores_vowels_and_script():
    assert phonetic_key("पेसकोव") == phonetic_key("Peskov")
    assert phonetic_key("Shaktikanta Das") == phonetic_key("शक्तिकांत दास")


def test_display_name_follows_the_preferred_script():
    assert Registry.default("hi").get("vladimir-putin").name == "व्लादिमीर पुतिन"
    assert Registry.default("en").get("vladimir-putin").name == "Vladimir Putin"


def test_fuzzy_matching_never_joins_different_numbers():
    r = Registry.default()
    a = r.resolve("Northern Wire 1", "outlet")
    b = r.resolve("Northern Wire 2", "outlet")
    assert a.id != b.id
    assert r.lookup("Rossiya 24") is None or r.lookup("Rossiya 24").id != "russia-1"


def test_a_places_possessive_reads_as_its_adjective():
    reg = Registry.default()
    assert reg.lookup("South Korea's military").id == "south-korea-jcs"
    assert reg.lookup("दक्षिण कोरिया की सेना").id == "south-korea-jcs"
    assert reg.role_holder("रूस के राष्ट्रपति").id == "vladimir-putin"
    # a new body named through a possessive gets the same id in both forms
    assert reg.resolve("Japan's coast guard", "org").id == reg.resolve("Japanese coast guard", "org").id
    assert reg.lookup("Kim's sister") is None


def test_a_new_name_gets_one_id_in_both_scripts():
    r = Registry.default()
    assert r.resolve("Meera Pradhan", "person").id == r.resolve("मीरा प्रधान", "person").id
    assert r.resolve("A. Kumar", "person").id == r.resolve("ए. कुमार", "person").id
    # invisible joiners after a virama do not change the id
    assert r.resolve("मीरा प्रधान", "person").id == r.resolve("मीरा प्र\u200dधान", "person").id


def test_different_surnames_sharing_a_prefix_never_merge():
    r = Registry.default()
    kumar = r.resolve("Anil Kumar", "person")
    assert r.resolve("Anil Kumaran", "person").id != kumar.id
    assert r.lookup("Sunil Kumaran") is None or r.lookup("Sunil Kumaran").id != kumar.id


def test_given_names_whose_keys_only_extend_each_other_are_two_people():
    r = Registry.default()
    husband = r.resolve("संतोष पटेल", "person")
    assert r.resolve("सुनीता पटेल", "person").id != husband.id  # snts / snt
    assert r.resolve("Santosh Patel", "person").id == husband.id


def test_a_name_not_found_is_found_once_it_is_learnt():
    r = Registry.default()
    assert r.lookup("Anjali Verenkar", "person") is None
    assert r.lookup("Verenkar") is None
    learnt = r.resolve("Anjali Verenkar", "person")
    assert r.lookup("Anjali Verenkar", "person") == learnt  # the answer remembered before is forgotten
    assert r.lookup("अंजली वेरेंकर") == learnt


def test_a_phrase_is_romanised_as_its_words_are():
    words = ["रेल", "मंत्री", "ए.", "कुमार", "ने", "कहा", "क्षेत्र", "ज्ञान", "१२"]
    assert romanise(" ".join(words)) == " ".join(w for w in (romanise(w) for w in words) if w)
    assert romanise("व्लादिमीर पुतिन") == "vladimir putin"


def test_a_lone_surname_joins_the_one_full_name_known_and_no_other():
    from claims.names import Registry
    registry = Registry.default()
    full = registry.resolve("अरविंद पाठारे", "person")
    assert registry.resolve("पाठारे", "person") == full == registry.resolve("Pathare", "person")
    registry.resolve("Rekha Bhosle", "person")
    registry.resolve("Amar Bhosle", "person")
    assert registry.resolve("Bhosle", "person").name == "Bhosle"  # two Bhosles: no telling which


def test_a_person_never_matches_a_body_or_outlet_by_a_near_spelling():
    reg = Registry.default()
    assert reg.lookup("Steve Mudie") is None  # "state media" sounds alike; a person is not an outlet
    assert reg.lookup("Wladimir Putin").id == "vladimir-putin"


def test_given_names_written_apart_in_one_script_and_joined_in_the_other_are_one_person():
    registry = Registry.default()
    assert registry.resolve("Shyam Lal Bairagi", "person").id == registry.resolve("श्यामलाल बैरागी", "person").id
    assert registry.resolve("Gopal Das Kesari", "person").id != registry.resolve("Gopal Kesari", "person").id
    # met the other way round, the joined spelling first
    fresh = Registry.default()
    joined = fresh.resolve("रामअवतार पुनिया", "person")
    assert fresh.lookup("Ram Avtar Puniya", "person") == joined


def test_a_middle_name_news_leaves_out_or_joins_is_the_same_person_in_either_order():
    # each article read with a registry of its own, as the first to meet the person: one id all the same
    ids = {Registry.default().resolve(name, "person").id
           for name in ("Pradeep Kumar Baranwal", "प्रदीप बर्नवाल", "प्रदीप कुमार बर्नवाल", "Pradeep Baranwal")}
    assert len(ids) == 1
    assert Registry.default().resolve("Raj Kumar Maravi", "person").id == \
        Registry.default().resolve("राजकुमार मरावी", "person").id
    # a surname stays, and so does a given name that only ends like one
    assert Registry.default().resolve("Ajay Kumar", "person").id != Registry.default().resolve("Ajay", "person").id
    assert Registry.default().resolve("Sukumar Tomar", "person").id == \
        Registry.default().resolve("सुकुमार तोमर", "person").id != Registry.default().resolve("Su Tomar", "person").id


def test_a_body_whose_english_name_keeps_its_hindi_words_is_the_body_of_the_hindi_name():
    kept = Registry.default().resolve("Sagar Nagar Jal Nigam", "org")
    translated = Registry.default().resolve("Sagar Municipal Water Corporation", "org")
    assert kept.id == translated.id
    assert Registry.default().resolve("Sagar Jal Nigam", "org").id != kept.id


def test_an_acronym_spelt_in_devanagari_is_the_latin_one():
    registry = Registry.default()
    body = registry.resolve("SRPF", "org")
    assert registry.lookup("एसआरपीएफ") == body
    assert Registry.default().resolve("एसआरपीएफ", "org").id == body.id  # the same id met first in Hindi
    assert Registry.default().resolve("पुलिस", "org").id != body.id


def test_candra_vowels_and_opening_diphthongs_read_alike_in_both_scripts():
    assert romanise("ऑस्ट्रिया").startswith("o")  # the candra o is a vowel, not nothing
    assert phonetic_key("ऑस्ट्रिया") == phonetic_key("Austria")
    assert phonetic_key("ऐश्वर्या") == phonetic_key("Aishwarya")
    assert phonetic_key("Amar") != phonetic_key("Umar")  # only the diphthongs fold, not every vowel


def test_flapped_letters_read_as_latin_writes_them_and_in_one_run_both_ways():
    # ड़ is written d beside an e sound, after an i or between a long a and a vowel (Khedekar, Jangid,
    # Wairagade, Mewada, Kharadi) and r elsewhere (Lakra, Arora, Brar, Jakhar, Mewar), in every run whichever script comes first; a run that has seen
    # either spelling finds the other
    for hindi, latin in [("विनायक खेड़ेकर", "Vinayak Khedekar"), ("मोहन जांगिड़", "Mohan Jangid"),
                         ("अनंत वैरागड़े", "Anant Wairagade"), ("अभय लकड़ा", "Abhay Lakra"),
                         ("केवल कृष्ण अरोड़ा", "Kewal Krishan Arora"), ("गुरमीत सिंह बराड़", "Gurmeet Singh Brar"),
                         ("प्रतीक जाखड़", "Prateek Jakhar"), ("रमेश मेवाड़ा", "Ramesh Mewada"),
                         ("किशन खराड़ी", "Kishan Kharadi"), ("गोपाल मेवाड़", "Gopal Mewar")]:
        assert Registry({}).resolve(hindi, "person").id == Registry({}).resolve(latin, "person").id, latin
    for first, second in [("सुमन बड़जात्या", "Suman Barjatya"), ("Suman Barjatya", "सुमन बड़जात्या"),
                          ("गिरीश गढ़वाली", "Girish Garhwali")]:
        r = Registry({})
        assert r.resolve(first, "person").id == r.resolve(second, "person").id, (first, second)
    assert Registry({}).resolve("Suman Barjatya", "person").id != Registry({}).resolve("Suman Bajatya", "person").id


def test_a_flapped_dh_reads_rh_in_every_run_and_in_one_run_also_dh():
    # ढ़ is written rh in names of the Hindi belt (Chhattisgarh, Garhwal), whichever script a run
    # meets first, and dh in some Marathi ones, which a run that has seen either spelling finds
    for hindi, latin in [("छत्तीसगढ़ लोक मंच", "Chhattisgarh Lok Manch"), ("गिरीश गढ़वाली", "Girish Garhwali")]:
        kind = "org" if "मंच" in hindi else "person"
        assert Registry({}).resolve(hindi, kind).id == Registry({}).resolve(latin, kind).id, hindi
    r = Registry({})
    assert r.resolve("मीना गढ़िंगलजकर", "person").id == r.resolve("Meena Gadhinglajkar", "person").id


def test_a_flap_latin_writes_the_other_way_still_gets_the_id_of_the_hindi_name():
    # families write ड़ d where the reading gives r (Dhakad, Gaikwad, Chordia) and r where it gives d
    # (Mertiya, Lahiri), and ढ़ d (Padhi): an article in one script alone gives the id the other does
    for hindi, latin in [("शंकर लाल धाकड़", "Shankar Lal Dhakad"), ("गीता गायकवाड़", "Geeta Gaikwad"),
                         ("सविता चोरड़िया", "Savita Chordia"), ("सुधा मेड़तिया", "Sudha Mertiya"),
                         ("अंजलि लाहिड़ी", "Anjali Lahiri"), ("रश्मि पाढ़ी", "Rashmi Padhi"),
                         ("नीलम खंडेलवाल", "Neelam Khandelwal")]:
        assert Registry({}).resolve(hindi, "person").id == Registry({}).resolve(latin, "person").id, latin
    # a name's first letter stays as it is written
    assert Registry({}).resolve("Ravi Rana", "person").id != Registry({}).resolve("Ravi Dana", "person").id


def test_latin_chh_and_soft_c_read_as_devanagari_spells_them():
    r = Registry({})
    assert r.resolve("छत्तीसगढ़ लोक मंच", "org").id == r.resolve("Chhattisgarh Lok Manch", "org").id
    assert phonetic_key("Processors") == phonetic_key("प्रोसेसर्स")
    assert phonetic_key("Vincent") == phonetic_key("विंसेंट")
    assert phonetic_key("Chetan") == phonetic_key("चेतन")


def test_latin_tch_reads_as_the_ch_devanagari_spells():
    for latin, hindi, kind in [("Makkal Urimai Katchi", "मक्कल उरिमै कच्ची", "org"), ("Mitchell", "मिचेल", "person"),
                               ("Kutch", "कच्छ", "person")]:
        assert Registry.default().resolve(latin, kind).id == Registry.default().resolve(hindi, kind).id, latin


def test_jna_reads_gy_and_tion_reads_shun_in_either_script():
    assert phonetic_key("ज्ञानेंद्र") == phonetic_key("Gyanendra")
    assert phonetic_key("फाउंडेशन") == phonetic_key("Foundation")
    r = Registry({})
    assert r.resolve("Basic Welfare", "person").id != r.resolve("Block Welfare", "person").id  # a word apart


def test_an_english_plural_in_a_bodys_hindi_name_reads_as_its_s():
    for latin, hindi in [("Halcyon Airways", "हैल्सियन एयरवेज़"), ("Kaveri Gases", "कावेरी गैसेज"),
                         ("Arya Samaj", "आर्य समाज")]:
        assert Registry({}).resolve(latin, "org").id == Registry({}).resolve(hindi, "org").id


def test_a_nasal_before_a_consonant_reads_alike_whether_written_m_or_anusvara():
    r = Registry({})
    assert r.resolve("Sambit Kora", "person").id == r.resolve("संबित कोरा", "person").id
    assert phonetic_key("Omkar") == phonetic_key("ओंकार")
    # given names joined in one script and apart in the other, with a nasal at the join
    assert r.resolve("Hem Chand Rawat", "person").id == r.resolve("हेमचंद रावत", "person").id
    assert r.resolve("Ramesh Soni", "person").id != r.resolve("Ramesh Sodhi", "person").id


def test_an_opening_deo_is_the_dev_devanagari_writes():
    r = Registry({})
    assert r.resolve("देवकीनंदन मुंडा", "person").id == Registry({}).resolve("Deoki Nandan Munda", "person").id
    assert phonetic_key("Deo Prakash") == phonetic_key("देव प्रकाश")
    assert phonetic_key("Deol") == phonetic_key("देओल")


def test_a_gujarati_sinh_is_the_singh_devanagari_writes():
    # invented names; Gujarati names end in "sinh" in Latin, "सिंह" in Devanagari
    assert Registry({}).resolve("Harshadsinh Vaghasia", "person").id == \
        Registry({}).resolve("हर्षदसिंह वाघासिया", "person").id
    assert phonetic_key("Mahipat Sinh") == phonetic_key("महिपत सिंह")
    assert phonetic_key("Sinha") != phonetic_key("Singh")  # another surname


def test_a_kurukh_x_is_the_kh_devanagari_writes():
    # invented names; Kurukh surnames write kh as x in Latin
    assert Registry({}).resolve("Sunil Xalxo", "person").id == Registry({}).resolve("सुनील खलखो", "person").id
    assert phonetic_key("Binita Xaxa") == phonetic_key("बिनीता खाखा")
    assert phonetic_key("Alexander") != phonetic_key("अलेखांदर")  # an x inside a word is ks


def test_a_goan_nho_is_the_no_devanagari_writes():
    assert Registry({}).resolve("Martinho Colaco", "person").id == Registry({}).resolve("मार्टिनो कोलाको", "person").id


def test_va_written_b_and_a_silent_final_h_read_alike_in_both_scripts():
    r = Registry({})
    assert r.resolve("Dhrubajyoti Kalita", "person").id == r.resolve("ध्रुव ज्योति कलिता", "person").id
    assert phonetic_key("Bibek") == phonetic_key("विवेक")
    assert phonetic_key("Baruah") == phonetic_key("बरुआ")
    assert phonetic_key("Abdullah") == phonetic_key("अब्दुल्ला")
    assert phonetic_key("Singh") == phonetic_key("सिंह") != phonetic_key("Sinha")


def test_a_soft_g_an_opening_uni_and_an_english_singular_in_ej_read_alike_in_both_scripts():
    assert org_key("Kosi Medical College") == org_key("कोसी मेडिकल कॉलेज")
    assert org_key("Kosi Boatmen's Union") != org_key("Kosi Boatmen's College")
    assert org_key("Tarna Bridge") == org_key("तरना ब्रिज")
    assert org_key("Ganga Majdoor Union") == org_key("गंगा मजदूर यूनियन")
    assert org_key("Aurelia Airways") == org_key("ऑरेलिया एयरवेज़")  # a plural still reads as its s


def test_spans_dismissed_before_matching_are_exactly_those_no_way_of_matching_finds():
    registry = Registry.default()
    registry.resolve("Jane Kowalczyk", "person")
    registry.resolve("लकड़ा", "person")
    surfaces = ["Kowalczyk", "Jane Kowalczyk,", "Ms Jane Kowalczyk", "on Sunday", "the minister said",
                "कोवाल्चिक", "के बाद उन्होंने", "व्लादिमीर पुतिन", "पुतिन ने", "रूस के राष्ट्रपति", "Russia's president",
                "सीआरपीएफ", "CRPF", "लकड़ा", "Lakra", "Lakda", "मंत्री Kowalczyk", "Putin —", "Vladimir Putin",
                "Dmitri Peskov", "पेसकोव", "उन्‍होंने कहा"]
    for surface in surfaces:
        found = registry._lookup_spelling(surface, None)
        other = flapped(surface) if found is None else None
        every_way = registry._lookup_spelling(other, None) if other else found
        assert registry.lookup(surface) == every_way, surface
    assert not registry._may_be_known("on Sunday") and not registry._may_be_known("के बाद उन्होंने")
    assert registry.lookup("Jane Kowalczyk") is not None and registry.lookup("लकड़ा") is not None


def test_spans_whose_person_key_is_not_tried_are_exactly_those_no_person_key_finds():
    registry = Registry.default()
    registry.resolve("श्यामलाल बैरागी", "person")
    registry.resolve("Kosi Sinchai Board", "org")
    spans = ["Shyam Lal Bairagi", "श्याम लाल बैरागी", "निपटने के लिए आगे", "करने का आग्रह किया.",
             "the Kosi Sinchai Board", "Ram Avtar Puniya", "सात लोग अस्पताल में"]
    for span in spans:
        ends = name_key(span).rsplit(" ", 1)[-1] in registry._person_ends
        by_person_key = registry.get(registry._keys.get(person_key(span), ""))
        assert ends or by_person_key is None or by_person_key.kind != "person", span
    assert registry.lookup("Shyam Lal Bairagi", "person") == registry.lookup("श्यामलाल बैरागी", "person")
    assert name_key("निपटने के लिए आगे").rsplit(" ", 1)[-1] not in registry._person_ends


def test_a_near_spelling_is_found_whatever_else_the_run_has_learnt():
    # a name closer in letters but of another shape (another surname) is never the match, and
    # must not hide the one that is
    r = Registry({}, "en")
    person = r.resolve("Harminder Patel", "person")
    assert r.lookup("Harbinder Patel", "person") == person
    other = r.resolve("Harbinder Patels", "person")
    assert other != person
    assert r.lookup("Harbinder Patel", "person") == person


def test_a_leading_mohammad_left_out_is_still_the_same_person():
    r = Registry({}, "en")
    ids = {r.resolve(name, "person").id for name in
           ["Md. Tariq Hussain", "मो. तारिक हुसैन", "Tariq Hussain", "मोहम्मद तारिक हुसैन", "Mohd Tariq Hussain"]}
    assert len(ids) == 1
    # with one word after it, the given name is the name itself
    assert Registry({}, "en").resolve("Mohammad Kaif", "person").id != Registry({}, "en").resolve("Kaif", "person").id


def test_a_closing_deo_is_the_devanagari_dev():
    registry = Registry.default()
    for latin, hindi in [("Pappu Rishideo", "पप्पू ऋषिदेव"), ("Baldeo Raj", "बलदेव राज")]:
        assert registry.resolve(latin, "person").id == registry.resolve(hindi, "person").id


def test_public_figures_listed_by_name_only_get_one_id_in_both_scripts_and_no_office():
    r = Registry.default()
    for spellings in [("Arvind Kejriwal", "अरविंद केजरीवाल", "केजरीवाल"),
                      ("Pinarayi Vijayan", "पिनराई विजयन", "पिनरायी विजयन", "पी. विजयन"),
                      ("Tedros Adhanom Ghebreyesus", "टेड्रॉस गेब्रेयेसस", "टेड्रोस")]:
        assert len({r.resolve(name, "person").id for name in spellings}) == 1, spellings
    # offices change hands: a listed name gives no holder of "मुख्यमंत्री"
    assert r.role_holder("दिल्ली के मुख्यमंत्री") is None



def test_an_opening_e_written_i_or_e_in_devanagari_is_one_letter_in_the_key():
    reg = Registry.default()
    assert reg.resolve("Emalpur Police", "org").id == reg.resolve("इमालपुर पुलिस", "org").id
    assert reg.resolve("Eshita Varkade", "person").id == reg.resolve("ईशिता वरकड़े", "person").id
    assert reg.resolve("Ekansh Mohile", "person").id == reg.resolve("एकांश मोहिले", "person").id
    # the opening vowel still tells names apart from other opening letters
    assert phonetic_key("Emalpur") != phonetic_key("Amalpur")


def test_a_closing_ao_in_latin_is_the_closing_av_devanagari_writes():
    reg = Registry.default()
    assert reg.resolve("Sunanda Umrao", "person").id == reg.resolve("सुनंदा उमराव", "person").id
    assert reg.resolve("Tejas Jadhao", "person").id == reg.resolve("Tejas Jadhav", "person").id
    # a Latin spelling that writes the last vowel still matches, and other endings keep apart
    assert reg.resolve("Kamla Bhargava", "person").id == reg.resolve("कमला भार्गव", "person").id
    assert phonetic_key("Umrao") != phonetic_key("Umra")


def test_an_opening_o_written_u_or_o_in_devanagari_is_one_letter_in_the_key():
    reg = Registry.default()
    assert reg.resolve("Omkesh Barla", "person").id == reg.resolve("उमकेश बरला", "person").id
    assert reg.resolve("Onima Tirkey", "person").id == reg.resolve("ओनिमा तिर्की", "person").id
    assert phonetic_key("Oskar") != phonetic_key("Askar")


def test_a_closing_aon_in_latin_is_the_nasal_av_devanagari_writes():
    reg = Registry.default()
    assert reg.resolve("Birsi Oraon", "person").id == reg.resolve("बिरसी उरांव", "person").id
    assert reg.resolve("Birsi Oraon", "person").id == reg.resolve("बिरसी ओरांव", "person").id
    assert phonetic_key("Belgaon") == phonetic_key("बेलगांव")
    assert phonetic_key("Oraon") != phonetic_key("Oran")


def test_an_opening_deo_before_more_than_a_closing_l_reads_dev():
    assert Registry({}).resolve("Meera Deolekar", "person").id == Registry({}).resolve("मीरा देवलेकर", "person").id
    assert Registry({}).resolve("Sunny Deol", "person").id == Registry({}).resolve("सनी देओल", "person").id


def test_a_given_names_latin_ending_is_read_before_the_given_names_are_run_together():
    # each read by a registry of its own, as articles in two scripts are: "-deo" is देव, "-ao" is -ाव
    for latin, devanagari in (("Baldeo Singh Kharwar", "बलदेव सिंह खरवार"), ("Umrao Singh Chahar", "उमराव सिंह चाहर")):
        assert Registry.default().resolve(latin, "person").id == Registry.default().resolve(devanagari, "person").id
    assert Registry.default().resolve("Baldeo Singh Kharwar", "person").id != \
        Registry.default().resolve("Bal Singh Kharwar", "person").id
