"""claims/figures.py: figures in one form whatever the script, dates, polarity."""
from __future__ import annotations

from claims.figures import dates_disagree, dates_in, numbers_conflict, numbers_in, ordinals_in


def test_figures_and_polarity():
    assert numbers_in("raised to 5.4% from 5.1%, Rs 1,500 crore") == {"5.4", "5.1", "15000000000"}
    assert numbers_in("६.५ प्रतिशत") == {"6.5"}
    assert numbers_conflict(frozenset({"5.4"}), frozenset({"5.1"}))
    # one form whatever the style or script: clock times, leading and trailing zeros, basis points
    assert numbers_in("touched down at 6:04 p.m.") == numbers_in("शाम 6 बजकर 4 मिनट पर") == {"6:04"}
    assert numbers_in("6.04 pm IST") == {"6:04"} and numbers_in("5.40%, 0.5, 07") == {"5.4", "0.5", "7"}
    assert numbers_in("up 250 basis points") == numbers_in("2.5 प्रतिशत अंक") == {"2.5"}
    # weekdays and months in one form for both scripts; "may" the verb is no month
    assert dates_in("on Wednesday, Sept. 13") == dates_in("बुधवार, 13 सितंबर को") == {"wed", "sep", "sep-13"}
    assert dates_in("prices may rise") == dates_in("May I add") == dates_in("a protest march") == set()
    assert dates_in("on 5 May") == {"may", "may-5"} and dates_in("He sat down on Friday") == {"fri"}


def test_a_day_of_the_month_is_a_date_not_a_figure():
    assert numbers_in("27 मार्च तक केरल में 176 मामले") == numbers_in("As of March 27, Kerala had 176 cases") == {"176"}
    assert dates_in("27 मार्च तक") == dates_in("by March 27th") == {"mar", "mar-27"}
    assert numbers_in("In March 2023, 45 died") == {"2023", "45"}  # a year stays a figure
    # a day against another day disagrees; a month or a day against a weekday says nothing
    assert dates_disagree(dates_in("till 14 April"), dates_in("3 मई तक"))
    assert dates_disagree(dates_in("till 14 April"), dates_in("till 13 April"))
    assert not dates_disagree(dates_in("23 मार्च से 31 मार्च तक"), dates_in("till March 31"))
    assert not dates_disagree(dates_in("27 मार्च तक"), dates_in("शनिवार तक"))
    assert dates_disagree(dates_in("shut on Thursday"), dates_in("शनिवार से खुलेंगे"))


def test_figures_survive_hostile_numbers():
    # a number too long for a float, seconds on a clock, a score that is no time
    assert numbers_in("1" * 5000 + " basis points")
    assert numbers_in("at 12:30:45") == {"12:30"} and numbers_in("won 52:48") == {"52", "48"}
    assert numbers_in("at 6 pm") == numbers_in("at 6:00 p.m.") == numbers_in("शाम 6 बजे") == {"6:00"}
    assert numbers_in("1,250 basis points") == {"12.5"}


def test_figures_with_multipliers():
    assert numbers_in("50 हजार") == numbers_in("fifty thousand") == {"50000"}
    assert numbers_in("1.3 million") == numbers_in("13 लाख") == {"1300000"}
    assert numbers_in("2.5 करोड़") == numbers_in("25 million") == {"25000000"}
    assert numbers_in("नौ लोगों की मौत") == numbers_in("nine deaths") == {"9"}
    assert numbers_conflict(numbers_in("50 deaths"), numbers_in("50 हजार मौतें"))


def test_a_number_joined_to_a_name_is_part_of_the_name():
    from claims.figures import named_numbers_in
    assert numbers_in("देश में कोविड-19 संक्रमण के मामले बढ़कर 415 हो गए") == {"415"}
    assert numbers_in("COVID-19 cases rose to 415") == {"415"}
    assert named_numbers_in("COVID-19 cases rose to 415") == named_numbers_in("कोविड-१९ के 415 मामले") == {"19"}
    assert named_numbers_in("Chandrayaan-3 landed") == {"3"} and numbers_in("Chandrayaan-3 landed") == frozenset()
    # a range or a score between figures stays two figures
    assert numbers_in("2-3 days") == {"2", "3"} and named_numbers_in("2-3 days") == frozenset()
    assert numbers_in("won 3-1 on Sunday") == {"3", "1"}


def test_a_figure_written_as_tens_and_units_is_one_number():
    from claims.figures import numbers_in
    assert numbers_in("Fifty-seven of the passengers were Indian.") == numbers_in("यात्रियों में 57 भारतीय थे।")
    assert numbers_in("twenty one buses and forty cars") == {"21", "40"}


def test_a_number_fixed_to_a_name_without_a_hyphen_is_part_of_the_name():
    from claims.figures import named_numbers_in, numbers_in
    assert numbers_in("जी20 का स्थायी सदस्य बना") == numbers_in("joined the G20 as a member") == frozenset()
    assert named_numbers_in("जी20") == named_numbers_in("G-20") == {"20"}
    assert numbers_in("a pass costs Rs500 a month") == {"500"}


def test_so_much_each_and_one_before_a_multiplier():
    from claims.figures import numbers_in
    hindi = numbers_in("मृतकों के परिजनों को पांच-पांच लाख रुपये और घायलों को एक-एक लाख रुपये मिलेंगे।")
    assert hindi == numbers_in("Rs 5 lakh for each family and Rs 1 lakh for each injured worker.") == {"500000", "100000"}
    assert numbers_in("a million people") == {"1000000"} and numbers_in("one of the two") == {"2"}


def test_hindi_halves_and_quarters_and_clock_words_in_either_script():
    assert numbers_in("साढ़े तीन लाख लोग") == numbers_in("3.5 lakh people") == {"350000"}
    assert numbers_in("डेढ़ लाख") == numbers_in("1.5 lakh") and numbers_in("ढाई करोड़") == {"25000000"}
    assert numbers_in("two and a half lakh") == {"250000"}
    assert numbers_in("सुबह साढ़े आठ बजे") == numbers_in("at 8.30 a.m.") == {"8:30"}
    assert numbers_in("सवा दस बजे") == {"10:15"} and numbers_in("पौने नौ बजे") == {"8:45"}
    assert numbers_in("रात दो बजे तक") == numbers_in("by two in the morning") == numbers_in("at 2 o'clock")
    assert numbers_in("साढ़े तीन लाख") != numbers_in("तीन लाख")


def test_one_oclock_and_durations_in_hours_or_minutes():
    assert numbers_in("रात करीब एक बजकर 40 मिनट पर") == numbers_in("at about 1:40 a.m.") == {"1:40"}
    assert numbers_in("परीक्षा से डेढ़ घंटा पहले") == numbers_in("90 minutes before the exam")
    assert numbers_in("12 घंटे पहले") == numbers_in("12 hours earlier") != numbers_in("12 minutes earlier")
    # weeks are compared in days
    assert numbers_in("अंतिम रिपोर्ट आने में दो हफ्ते लगेंगे") == numbers_in("a final report will take 14 days") == {"14"}
    assert numbers_in("तीन सप्ताह बाद") == numbers_in("three weeks later") != numbers_in("three days later")
    assert numbers_in("one person died") == frozenset()


def test_ordinals_say_which_one_of_a_series():
    assert ordinals_in("कोविड-19 से तीसरी मौत महाराष्ट्र में हुई") == ordinals_in("the third death, in Maharashtra") == \
        ordinals_in("the 3rd death") == frozenset({"3"})
    assert ordinals_in("यह आठवां केस है") == frozenset({"8"})
    # "before", "other", "on the other hand" and a day of a month are no ordinals
    for text in ("पहले दिन जांच हुई", "दूसरे राज्यों से आए लोग", "दूसरी ओर, सरकार ने कहा", "on 21st March"):
        assert ordinals_in(text) == frozenset(), text


def test_an_amount_in_parts_a_clock_time_in_words_and_a_hyphened_duration_are_one_figure():
    assert numbers_in("उसके बैग से दो लाख 60 हजार रुपये मिले") == numbers_in("Rs 2.6 lakh was found in his bag") == {"260000"}
    assert numbers_in("दो हजार तीन सौ लोग") == {"2300"}
    assert numbers_in("10 हजार से 20 हजार लोग") == {"10000", "20000"}  # two figures, not one amount
    # the units after the last multiplier belong to the amount
    assert numbers_in("आठ लाख 74 हजार 708 यात्री") == numbers_in("8,74,708 passengers") == {"874708"}
    assert numbers_in("1 लाख 20 हजार 2020 में") == {"120000", "2020"}  # a year is no part of it
    assert numbers_in("at half past nine") == numbers_in("साढ़े नौ बजे") == {"9:30"}
    assert numbers_in("he called at a quarter to twelve") == numbers_in("रात पौने 12 बजे फोन आया") == {"11:45"}
    assert numbers_in("a 48-hour halt") == numbers_in("48 घंटे तक बंद") == numbers_in("for 48 hours")


def test_thousands_and_the_hundreds_after_them_and_a_clock_time_of_a_part_of_day_are_one_figure():
    assert numbers_in("ट्रामाडोल की 38 हजार 400 गोलियां मिलीं") == numbers_in("38,400 tablets were found") == {"38400"}
    assert numbers_in("40 हजार 500 से ज्यादा लोग") == {"40500"}
    assert numbers_in("5 हजार से 10 हजार लोग") == {"5000", "10000"}  # a range, as before
    assert numbers_in("8.30 on Monday morning") == numbers_in("सोमवार सुबह साढ़े आठ बजे") == {"8:30"}
    assert numbers_in("Rs 8.30 per litre") == {"8.3"}


def test_years_are_compared_with_years_only():
    from claims.figures import numbers_conflict

    assert not numbers_conflict(numbers_in("It expired in November 2024."), numbers_in("It ran without one for five months."))
    assert numbers_conflict(numbers_in("It expired in 2024."), numbers_in("It expired in 2023."))
    assert numbers_conflict(numbers_in("Five died in 2024."), numbers_in("Six died."))


def test_a_list_items_number_is_no_figure():
    assert numbers_in("1- नोएडा में मिला एक और मरीज") == frozenset()
    assert numbers_in("2. Schools shut in 12 states") == {"12"}
    assert numbers_in("2.5 lakh people") == {"250000"}


def test_a_range_with_its_multiplier_written_once_scales_both_ends():
    assert numbers_in("पद 20 से 25 लाख रुपये में बेचे गए") == numbers_in("posts sold for Rs 20 lakh to Rs 25 lakh")
    assert numbers_in("Rs 3 to 4 crore") == {"30000000", "40000000"}
    assert numbers_in("10-12 हजार लोग") == {"10000", "12000"}
    assert "30" in numbers_in("30 से 20 लाख")  # no range: the first figure stays as written


def test_someone_and_n_others_counts_them_all():
    assert "7" in numbers_in("an FIR against Chaudhary and six others")
    assert not numbers_conflict(numbers_in("an FIR against Chaudhary and six others"),
                                numbers_in("चौधरी समेत सात लोगों के खिलाफ प्राथमिकी"))
    assert numbers_in("रोहित किरार समेत 42 अन्य अभ्यर्थियों") == numbers_in("Rohit Kirar and 42 other candidates")


def test_a_time_in_words_at_a_sentence_end_a_time_on_the_hour_and_times_over():
    from claims.figures import numbers_conflict

    assert numbers_in("The message said my power would be cut at half past nine.") == {"9:30"}
    # copy that gives the hour without a clock word tells the same time as "पांच बजे"
    assert not numbers_conflict(numbers_in("workers first heard the props creak at around five."),
                                numbers_in("शाम करीब पांच बजे खंभे चरमराने लगे।"))
    assert numbers_conflict(numbers_in("at 5 p.m."), numbers_in("शाम साढ़े पांच बजे"))
    assert numbers_conflict(numbers_in("at 5 p.m."), numbers_in("at six in the evening"))
    # how many times over, in either language
    assert numbers_in("Every one of the 41 is checked twice a day.") >= numbers_in("हर व्यक्ति की दिन में दो बार जांच") == {"2"}
    assert numbers_in("twice the guideline rate") == numbers_in("गाइडलाइन दर का दोगुना") == {"2"}


def test_hundreds_in_words_and_a_number_that_names_one_of_a_series():
    from claims.figures import named_numbers_in

    assert numbers_in("Two hundred and eleven ballots were thrown out.") == numbers_in("211 मतपत्र रद्द") == {"211"}
    assert numbers_in("दो सौ ग्यारह मतपत्र रद्द हुए") == {"211"}
    assert numbers_in("two hundred people and 11 cars") == {"200", "11"}
    # "Class 12", "wards 17 and 18", "कक्षा आठ": which ones, compared as names, not figures
    assert numbers_in("The Class 12 pass percentage stood at 74.2.") == numbers_in("पास प्रतिशत 74.2 रहा") == {"74.2"}
    assert named_numbers_in("The Class 12 pass percentage stood at 74.2.") == {"12"}
    assert named_numbers_in("कक्षा आठ तक के स्कूल बंद") == named_numbers_in("schools up to Class 8 shut") == {"8"}
    assert numbers_in("412 treated, nearly all from wards 17, 18, 21 and 22") == {"412"}


def test_a_multiplier_joined_by_a_hyphen_scales_its_figure():
    assert numbers_in("This is a Rs 150-crore fraud, not a Rs 42-crore one.") == \
        numbers_in("यह 42 करोड़ का नहीं, 150 करोड़ रुपये का घोटाला है।") == {"1500000000", "420000000"}


def test_one_and_a_half_and_two_and_a_half_before_o_clock_tell_the_time():
    assert numbers_in("करीब डेढ़ बजे राजमार्ग जाम कर दिया") == numbers_in("At about 1.30 p.m. they blocked the highway") == {"1:30"}
    assert numbers_in("दोपहर करीब ढाई बजे वह गिर पड़े") == {"2:30"}
    assert numbers_in("डेढ़ लाख रुपये") == {"150000"}


def test_two_days_of_one_month_are_both_dates():
    english, hindi = "The camp was held on November 12 and 13; 86 patients were operated on.", \
        "12 और 13 नवंबर को लगे शिविर में कुल 86 मरीजों का ऑपरेशन हुआ।"
    assert numbers_in(english) == numbers_in(hindi) == {"86"}
    assert dates_in(english) == dates_in(hindi) == {"nov", "nov-12", "nov-13"}
    assert dates_in("11-12 March") == dates_in("March 11 and 12") == {"mar", "mar-11", "mar-12"}
    assert dates_in("on March 3, 14 people died") == {"mar", "mar-3"} and numbers_in("on March 3, 14 people died") == {"14"}


def test_a_number_within_a_name_keeps_its_decimals():
    assert numbers_in("Farm fires made up 40 per cent of the PM2.5 in the city's air.") == {"40"}


def test_rupees_and_paise_are_one_price_and_a_number_after_no_names_one():
    assert numbers_in("बीमा के नाम पर खाते में 4 रुपये 70 पैसे आए") == numbers_in("Rs 4.70 was credited as the claim") == {"4.7"}
    assert numbers_in("दो रुपये पांच पैसे") == {"2.05"}
    assert numbers_in("Fresh voting will be held at booth No. 47 and booths No. 112 and 113.") == frozenset()
    assert numbers_in("टावर नंबर 4 पर रस्सी उतरी") == numbers_in("the rope came off on tower No. 4") == frozenset()


def test_a_year_like_count_is_a_count_beside_another_count_in_the_thousands():
    # "2,000" reads like the year 2000; beside "1,500" it is the other count, and the two differ
    assert numbers_conflict(numbers_in("He put the number at more than 1,500."),
                            numbers_in("She said more than 2,000 idols had gone into the lake."))
    assert not numbers_conflict(numbers_in("More than 2,000 idols went in."), numbers_in("करीब 2000 प्रतिमाएं"))
    # a year beside a small count, or beside a year of its own, is still a year
    assert not numbers_conflict(numbers_in("The scheme began in 2016."), numbers_in("It has run for nine years."))
    assert not numbers_conflict(numbers_in("1,200 posts were filled in 2024."), numbers_in("1,200 posts were filled."))
