"""claims/conflicts.py: members of a cluster that disagree on figures, named days, places or polarity."""
from claims.conflicts import by_cluster, conflicts


def test_figures_days_and_polarity():
    got = conflicts([("a", "Inflation rose to 7.2% on Monday."), ("b", "Inflation rose to 4.8% on Monday."),
                     ("c", "Inflation rose to 7.2% on Tuesday."), ("d", "Inflation did not rise to 7.2% on Monday.")])
    assert set(got["a"]) == {"b", "c", "d"}
    assert "a" in got["b"]


def test_agreeing_members_are_not_listed():
    assert conflicts([("a", "The summit ended on Wednesday."), ("b", "बुधवार को शिखर वार्ता खत्म हुई।")]) == {}


def test_by_cluster_compares_only_within_a_cluster():
    rows = [(1, "a", "It cost 5 million."), (2, "b", "It cost 9 million."), (2, "c", "It cost 9 million.")]
    assert by_cluster(rows) == {}
    assert by_cluster(rows + [(1, "d", "It cost 6 million.")]) == {"a": ["d"], "d": ["a"]}


def test_members_naming_different_places_disagree():
    got = conflicts([("a", "Schools in Kerala will stay shut."), ("b", "पंजाब में स्कूल बंद रहेंगे।"),
                     ("c", "केरल में स्कूल बंद रहेंगे।"), ("d", "Schools will stay shut.")])
    assert set(got) == {"a", "b", "c"} and "d" not in got["a"] and set(got["b"]) == {"a", "c"}


def test_figures_are_read_place_by_place_where_members_give_a_place_its_own():
    found = conflicts([("row", "बिहार: मरीजों की कुल संख्या 11, ठीक हुए 0, मौत 1"),
                       ("prose", "बिहार से 11 जबकि गोवा से पांच मामले सामने आए हैं।"),
                       ("other", "बिहार से 12 जबकि गोवा से पांच मामले सामने आए हैं।")])
    assert found == {"row": ["other"], "prose": ["other"], "other": ["row", "prose"]}
    assert conflicts([("a", "Nine deaths in Kerala and six in Punjab."), ("b", "Six deaths in Kerala.")]) == \
        {"a": ["b"], "b": ["a"]}


def test_members_disagree_on_places_as_the_matching_reads_them():
    # a dateline's place is where the story was filed, no disagreement; two states are one
    members = [("a", "पटना : महाराष्ट्र में एक व्यक्ति में संक्रमण मिला"),
               ("b", "महाराष्ट्र में एक व्यक्ति में संक्रमण मिला"),
               ("c", "केरल में एक व्यक्ति में संक्रमण मिला")]
    found = conflicts(members)
    assert found["a"] == ["c"] and found["b"] == ["c"] and sorted(found["c"]) == ["a", "b"]
