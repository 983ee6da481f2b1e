"""Hindi attribution on texts of our own: a body's spokesperson, acronyms in parentheses,
datelines, quotations left open at a paragraph's end."""
from tests.test_attribution import attribute


def speakers(body: str, language: str = "hi") -> list[str | None]:
    return [s for s, _, _ in attribute(body, language)]


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
