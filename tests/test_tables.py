"""claims/tables.py: a table's rows read with their column names, in the pipeline and the guards."""
from __future__ import annotations

from claims import matching, tables
from claims.names import Registry
from claims.pipeline import analyse
from claims.reading import make_article

# column names on one tab-separated line, a serial column, and a total row with empty cells
NAMED_LINE = ("जिलेवार मरीज\n"
              "क्रम\tजिला\tमरीज\tठीक हुए\n"
              "1\tपटना\t14\t2\n"
              "2\tगया\t3\t0\n"
              "\t\tकुल 17\t2\n")
# column names one per line just above the rows, as pages copied from the web often give them
NAMED_ABOVE = ("Cases by state\n\n"
               "State\nCases\nDeaths\n"
               "Kerala\t176\t1\n"
               "Punjab\t38\t1\n")


def test_rows_are_read_with_their_column_names_and_without_a_serial_number():
    rows = tables.rows(NAMED_LINE)
    read = [text for _, text in rows.values()]
    assert read == ["पटना: मरीज 14, ठीक हुए 2", "गया: मरीज 3, ठीक हुए 0", "मरीज कुल 17, ठीक हुए 2"]
    assert [text for _, text in tables.rows(NAMED_ABOVE).values()] == ["Kerala: Cases 176, Deaths 1",
                                                                       "Punjab: Cases 38, Deaths 1"]
    # with no column names to be found, the cells are kept as they are
    assert [text for _, text in tables.rows("intro line\n\n2 March\t6\n5 March\t29\n").values()] == \
        ["2 March, 6", "5 March, 29"]


def test_only_a_whole_row_is_a_row():
    assert tables.rows("An ordinary paragraph.\n\tAn indented one, with 3 figures.\n") == {}
    body = NAMED_ABOVE
    rows = tables.rows(body)
    start = body.index("Kerala")
    end = body.index("\n", start)
    assert tables.row_at(body, rows, start, end) == "Kerala: Cases 176, Deaths 1"
    assert tables.row_at(body, rows, start, start + len("Kerala")) is None  # part of a row
    assert tables.row_at(body, rows, 0, len("Cases by state")) is None


def test_a_row_in_an_article_is_a_claim_whose_figures_leave_out_the_serial_number():
    registry = Registry.default()
    text = "पटना में कोरोना के मामले बढ़े हैं ।\n\n" + NAMED_LINE
    article = make_article("a.md", {"outlet": "प्रभात खबर", "language": "hi"}, text, registry, [])
    result = analyse(article, registry)
    patna = next(s for s in result.sentences if s.sentence.text.startswith("1\tपटना"))
    assert patna.content == "पटना: मरीज 14, ठीक हुए 2"
    assert patna.sentence.text == "1\tपटना\t14\t2"  # the article's own text is kept as it was
    assert matching.facts_of(patna.content, None).numbers == frozenset({"14", "2"})


def test_figures_are_compared_place_by_place_where_both_claims_give_them():
    def fit(a: str, b: str) -> bool:
        return matching.compatible(matching.facts_of(a, None), matching.facts_of(b, None))

    # a row of a table and a sentence that goes on to another state
    assert fit("बिहार: मरीजों की कुल संख्या 11, ठीक हुए 0, मौत 1",
               "बिहार से 11 जबकि असम से नौ नए मरीज मिले हैं।")
    assert not fit("बिहार: मरीजों की कुल संख्या 12, ठीक हुए 0, मौत 1",
                   "बिहार से 11 जबकि असम से नौ नए मरीज मिले हैं।")
    # every figure is in the other claim, but each belongs to another state
    assert not fit("Nine deaths in Kerala and six in Punjab.", "Six deaths in Kerala.")
    assert not fit("केरल में नौ जबकि पंजाब में छह लोगों की मौत हुई।", "केरल में छह लोगों की मौत हुई।")
    assert fit("Nine deaths in Kerala and six in Punjab.", "केरल में नौ लोगों की मौत हुई।")
    # a figure without a place of its own is compared whole, as before
    assert not fit("Cases rose to 724.", "Cases rose to 730.")
    assert fit("The state has 1,071 cases.", "1071 cases so far")
    assert matching.placed_figures("Kerala has 1,071 cases") == (("kerala", frozenset({"1071"})),)


def test_a_place_whose_name_has_and_in_it_keeps_its_figures():
    assert matching.placed_figures("जम्मू और कश्मीर में 31 जबकि लद्दाख में 13 मामले") == \
        (("jammu_kashmir", frozenset({"31"})), ("ladakh", frozenset({"13"})))
    assert matching.placed_figures("Jammu and Kashmir has 31 cases, Kerala 176") == \
        (("jammu_kashmir", frozenset({"31"})), ("kerala", frozenset({"176"})))
