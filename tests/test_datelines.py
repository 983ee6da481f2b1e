"""claims/datelines.py: the one dateline reader, for outlets and for claim content."""
from claims.content import claim_content
from claims.datelines import read_dateline
from claims.reading import outlet_from_dateline


def test_datelines_in_both_scripts():
    en = read_dateline("AGARTALA, March 3 (Valley Times) - The bridge opened on Monday.")
    hi = read_dateline("अगरतला, 3 मार्च (घाटी समाचार) – पुल सोमवार को खुला।")
    assert en.name == "Valley Times" and en.separated and en.dated and en.is_dateline()
    assert hi.name == "घाटी समाचार" and hi.is_dateline()
    # a date in words, with no separator after the brackets
    assert read_dateline("अगरतला, तीन मार्च (वार्ता) पुल सोमवार को खुला।").is_dateline()
    assert read_dateline("AGARTALA, third of Sept. (Wire) The bridge opened.").is_dateline()
    assert not read_dateline("Agartala, Tripura (Wire) The bridge opened.").is_dateline()


def test_a_name_with_a_note_in_brackets_is_no_dateline():
    assert not read_dateline("NATO (the alliance) will meet in June to decide.").is_dateline()
    assert read_dateline("The court ruled on Monday.") is None
    assert read_dateline("WIRE (Valley Times) said so").is_dateline(("Valley Times",))


def test_outlet_inference_and_content_read_the_same_dateline():
    body = "Shillong, Jan. 9 (Hill Post) - Schools in the district will reopen on Monday after the floods."
    assert outlet_from_dateline(body) == "Hill Post"
    assert claim_content(body, [], []).startswith("Schools in the district")
    assert outlet_from_dateline("NATO (the alliance) will meet in June.") is None


def test_a_dateline_that_puts_its_place_in_a_district_names_the_district():
    from claims.datelines import district_of_place
    assert district_of_place("गोमिया (बोकारो), 19 अक्टूबर (संवाददाता)। गांव में ...") == "बोकारो"
    assert district_of_place("PITHAMPUR (DHAR), March 15 (Test Wire) - A leak ...") == "DHAR"
    assert district_of_place("NATO (the alliance), said on 5 May (Test Wire) - ...") == ""
    assert district_of_place("The Rashtriya Lok Dal (RLD) said ...") == ""


def test_a_dateline_with_the_places_district_in_brackets_is_read_whole():
    from claims.sentences import split
    body = "गोमिया (बोकारो), 19 अक्टूबर (घाटी समाचार संवाददाता)। गांव में हाथियों ने तीन घर तोड़ दिए।"
    line = read_dateline(body)
    assert line.is_dateline() and line.name == "घाटी समाचार संवाददाता"
    assert (line.place, line.district) == ("गोमिया", "बोकारो")
    assert claim_content(body, [], []).startswith("गांव में हाथियों")
    assert [s.text for s in split(body)] == [body]  # the dateline opens the lede, as without the district
    en = read_dateline("PITHAMPUR (DHAR), March 15 (Malwa Wire) - A leak was reported.")
    assert en.is_dateline() and (en.place, en.district, en.name) == ("PITHAMPUR", "DHAR", "Malwa Wire")
    assert not read_dateline("NATO (the alliance) will meet in June to decide.").is_dateline()
