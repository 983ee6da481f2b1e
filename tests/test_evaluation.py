"""evaluation/: the scores on hand-made claims whose right answer is known, and the sets' splits."""
from __future__ import annotations

import json

import pytest

from evaluation import clusters, polnear, sets
from evaluation.attribution import f1


def claim(statement, cluster, language="en", outlet="a", origin=None, article="x"):
    return {"statement": statement, "cluster": cluster, "language": language, "outlet": outlet,
            "origin": origin or outlet, "article": article}


def test_pairwise_scores_and_flags():
    claims = [claim("s1", 1, "en", "a"), claim("s1", 1, "hi", "b"), claim("s1", 2, "hi", "c"),
              claim("s2", 2, "en", "c")]
    flags = {1: (True, False), 2: (True, False)}
    got = clusters.scores(claims, flags)
    # same-statement pairs: (0,1) hit, (0,2) and (1,2) missed; predicted pairs: (0,1) right, (2,3) wrong
    assert got["precision"] == 0.5 and got["recall"] == pytest.approx(1 / 3)
    assert got["hi_en_recall"] == 0.5  # (0,1) and (0,2) cross the languages
    # s1 is carried by three outlets, each its own origin; s2 by one
    assert got["recurring_accuracy"] == 0.75 and got["single_sourced_accuracy"] == 0.75


def test_ungrouped_claims_of_one_article_are_left_out_of_pairs():
    right = [claim("s3", 5, article="x"), claim("s3", 5, article="y")]
    one, two = clusters.UNGROUPED + "x#1", clusters.UNGROUPED + "x#2"
    together = right + [claim(one, 1, article="x"), claim(two, 1, article="x")]
    assert clusters.scores(together, {1: (False, True), 5: (True, True)})["precision"] == 1.0
    apart = right + [claim(one, 1, article="x"), claim(clusters.UNGROUPED + "y#1", 1, article="y")]
    assert clusters.scores(apart, {1: (True, False), 5: (True, True)})["precision"] == 0.5


def test_ungrouped_claims_of_one_paper_are_left_out_when_the_labels_group_across_papers():
    right = [claim("s3", 5, article="x", outlet="p1"), claim("s3", 5, article="y", outlet="p2")]
    repeat = [claim(clusters.UNGROUPED + "x#1", 1, article="x", outlet="p1"),
              claim(clusters.UNGROUPED + "z#1", 1, article="z", outlet="p1")]
    assert clusters.scores(right + repeat, {1: (False, True), 5: (True, True)}, within="outlet")["precision"] == 1.0
    assert clusters.scores(right + repeat, {1: (False, True), 5: (True, True)})["precision"] == 0.5


def test_f1_of_nothing_to_find_is_one():
    assert f1(0, 0, 0) == 1.0 and f1(1, 1, 0) == pytest.approx(2 / 3)


def test_gold_splits_cover_every_event_once():
    parts = json.loads((sets.GOLD / "splits.json").read_text(encoding="utf-8"))
    events = {name.split("_")[2] for name in (p.stem for p in (sets.GOLD / "articles").glob("*.md"))}
    assert set(parts["dev"]) | set(parts["test"]) == events and not set(parts["dev"]) & set(parts["test"])
    dev = sets.ours("dev")
    assert dev and all(item.split == "dev" and item.labels for item in dev)
    first = dev[0].labels[0]
    assert dev[0].article.body[first["start"]:first["end"]] == first["text"]


def test_every_gold_group_has_its_statement():
    statements = json.loads((sets.GOLD / "statements.json").read_text(encoding="utf-8"))
    groups = {label["group"] for item in sets.ours() for label in item.labels if label.get("group")}
    assert groups == set(statements)


@pytest.mark.parametrize("source, named, described", [
    ("Jane Roe", True, True), ("Sen. Jane Roe, D-Ohio", True, True), ("the Ministry of Ports", True, True),
    ("a campaign spokesman", False, True), ("Officials", False, True), ("officials", False, True),
    ("He", False, False), ("his campaign", False, True), ("they", False, False),
    ("Ferry union organisers", False, True), ("a Harbour Board spokesman", False, True),
    ("the Harbour Board spokesman, Orla Vance,", True, True), ("Ohio Gov. Teodor Marsh (R)", True, True),
    ("Orla Vance, whose group rents out flats", True, True)])
def test_a_named_source_has_a_proper_name(source, named, described):
    assert (polnear.is_named(source), polnear.is_described(source)) == (named, described)


def test_a_word_capitalised_only_because_it_opens_the_sentence_is_no_name():
    text = "Organisers said the march would go ahead. Later Vance said so too. Vance left. Most of the Board agreed."
    assert not polnear.is_named("Organisers", text, 0)
    assert not polnear.is_named("Most of the Board", text, text.index("Most"))
    assert polnear.is_named("Vance", text, text.rindex("Vance"))


def test_a_credited_medium_is_right_and_a_missing_speaker_is_none(tmp_path):
    from claims.names import Registry
    from claims.reading import make_article
    body = "Fares rose by a tenth last year, according to the Valley Times. Rents will rise, Orla Vance said."
    article = make_article("t.txt", {"outlet": "wire", "language": "en"}, body, Registry.default(), [])
    rel = [polnear.Relation((0, 40), "according to", "the Valley Times", body.index("the Valley")),
           polnear.Relation((63, 80), "said", "Orla Vance", body.index("Orla")),
           polnear.Relation((63, 80), "said", "Teodor Marsh", 0)]
    figures = polnear.score([polnear.PolnearArticle("t", "dev", article, rel)])
    assert figures["named_speech_attributions"] == 3
    assert round(figures["right"], 3) == 0.667 and figures["none"] == 0
