"""Quality floors on our gold set and on the seed wire story, so attribution cannot slide."""
from __future__ import annotations

import pytest

from claims.reading import read_file
from claims.names import Registry
from claims.pipeline import analyse
from evaluation import sets
from evaluation.attribution import score

from conftest import SEED

# development parts only (test parts are only reported, by bench/attribution.py --test): today's level less a
# small margin, so attribution cannot slide. Hindi is lower since the development part has events whose bodies
# are named in Hindi only ("स्वास्थ्य विभाग" cannot be told to be the labels' English name), which a body credited
# ("पुलिस के मुताबिक", a source in both languages) also costs its sources, and one event labels "भाषा" as PTI
# where the alias file keeps PTI's Hindi service apart (speaker 0.912, sources 0.806 when set). English sources
# 0.94: the two events labelled blind and added with it (elephantherd, gstinvoice) credit bodies of a district
# the articles place in no state the place list knows ("according to the forest department" in Sambalpur),
# 0.945 with them against 0.955 before; 0.93 since floodcamp and powercut (0.936 with them against 0.945 before),
# which credit a state's department without naming the state ("according to the state water resources
# department") and quote a speaker telling the paper itself by a short name ("he told the Tribune")
FLOORS = {"en": {"sentence_recall": 0.97, "claim_recall": 0.97, "speaker_accuracy": 0.95, "sources_f1": 0.93,
                 "kind_accuracy": 0.90},
          "hi": {"sentence_recall": 0.97, "claim_recall": 0.97, "speaker_accuracy": 0.89, "sources_f1": 0.78,
                 "kind_accuracy": 0.90}}
# (Hindi false attribution 0.058 before the solarland, fakeseeds, ropeway, teacherstrike, fakenotes and
# mobiletower events, 0.064 with them: a sentence of narrative after someone's words carried on in the
# speaker's voice, which these labels leave to the paper; 0.061 once the round's rules were in)
CEILINGS = {"en": {"false_attribution": 0.02}, "hi": {"false_attribution": 0.065}}
# real Hindi news, development part: the shipped 21 articles, our 16 of 26–28 March (these scored 0.86
# speaker accuracy and 0.36 sources F1 on arrival, against 0.92 and 0.86 on the shipped ones; 0.88 once a
# body's figures and information were read as its credit), our 12 of 29–31 March (0.92 speaker accuracy
# and 0.006 false attribution on arrival), our 9 of 15–17 March (0.90 and 0.009 on arrival) and our 12
# of 12–14 March (0.86 and 0.007 on arrival, sources F1 0.67, 1.26 speaker ids per person) and our 12
# of 9–11 March (0.89 and 0.022 on arrival, 1.15 speaker ids per person) and our 12 of 6–8 March (0.82
# and 0.017 on arrival, none of its 8 credited sources found; half once statements and information issued
# by a body, and datelines dated in words, were read as credits) and our 13 of 1–5 March (0.80 and 0.035
# on arrival, sources F1 0.80; with them the part's sources F1 went from 0.836 to 0.829) and our 12 of 3–5
# and 12 March (0.82 and 0.016 on arrival, right where labelled 0.60, 1.30 speaker ids per person; with
# them the part's speaker accuracy went from 0.909 to 0.898) and our 13 of 9–10, 14 and 21–22 March (0.90
# and 0.033 on arrival, credited sources F1 0.47, 1.03 speaker ids per person; with them the part's sources
# F1 went from 0.84 to 0.816, and to 0.86 once the credits they showed were read: an announcement's, a
# quoted paper's, a foreign ministry's, a bulletin's named at length) and our 13 of 5–8, 23 and 25–26 March
# (0.83 and 0.036 on arrival, right where labelled 0.48, sources F1 0.67; with them the part's speaker
# accuracy went from 0.903 to 0.895 and its sources F1 from 0.86 to 0.85)
HINDI_NEWS_FLOORS = {"speaker_accuracy": 0.89, "sources_f1": 0.84}
# (1.247 speaker ids per person before the 6–8 March set; 1.252 with it, whose own people read 1.14; 1.275
# with the 1–5 March set, whose own people read 1.26; 1.289 with the 3–5 and 12 March set, whose own read 1.30;
# 1.222 with the 9–10, 14 and 21–22 March set, whose own read 1.03)
# (false attribution 0.012 until a Hindi announcement, "... देने की घोषणा की", became its announcer's as in
# English and in our gold set; these labels leave a dozen such announcements to no one: 0.021 since)
HINDI_NEWS_CEILINGS = {"false_attribution": 0.025, "speaker_ids_per_person": 1.29}


@pytest.fixture(scope="module")
def figures():
    return score(sets.ours("dev"))


@pytest.fixture(scope="module")
def hindi_news():
    items = sets.hindi_news("dev")
    if not items:
        pytest.skip("the shared real Hindi news set is not beside this checkout")
    return score(items, match="majority")["all"]


def test_hindi_news_floors(hindi_news):
    for metric, floor in HINDI_NEWS_FLOORS.items():
        assert hindi_news[metric] >= floor, (metric, hindi_news[metric])
    for metric, ceiling in HINDI_NEWS_CEILINGS.items():
        assert hindi_news[metric] <= ceiling, (metric, hindi_news[metric])


@pytest.mark.parametrize("language", ["en", "hi"])
def test_gold_floors(figures, language):
    got = figures[language]
    for metric, floor in FLOORS[language].items():
        assert got[metric] >= floor, (metric, got[metric])
    for metric, ceiling in CEILINGS[language].items():
        assert got[metric] <= ceiling, (metric, got[metric])


# The seed: a Hindi wire story (ANI) quoting CNN, RIA, TASS and Russia 1. Every sentence's
# speaker and credited sources, checked by hand.
SEED_EXPECTED = [
    ("kim-jong-un", []), ("kim-jong-un", ["cnn"]), ("kim-jong-un", ["cnn"]), ("kim-jong-un", []),
    ("kim-jong-un", []), ("kim-jong-un", []), (None, ["cnn"]), ("vladimir-putin", ["russia-1", "cnn"]),
    ("vladimir-putin", ["russia-1"]), ("vladimir-putin", []), ("vladimir-putin", []),
    ("vladimir-putin", ["cnn"]), ("dmitry-peskov", ["russian-state-media"]), ("dmitry-peskov", ["ria-novosti"]),
    ("dmitry-peskov", ["ria-novosti"]), ("vladimir-putin", []), (None, ["tass"]), (None, []), (None, ["cnn"]),
]


def test_speaker_ids_per_person(figures):
    assert figures["all"]["speaker_ids_per_person"] <= 1.05


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not beside this checkout")
def test_seed_article_speakers_and_sources():
    registry = Registry.default()
    (path,) = sorted(SEED.glob("*.txt"))
    (article,) = read_file(str(path), registry).articles
    assert article.outlet_id == "ani"
    analysed = analyse(article, registry)
    got = [(s.attribution.speaker.id if s.attribution.speaker else None, [e.id for e in s.attribution.sources])
           for s in analysed.sentences]
    assert got == SEED_EXPECTED
