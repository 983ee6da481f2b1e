"""store/save.py into a fresh DuckDB file: an article, its sentences, vectors, names and
shingles; a near copy points at its original; the model is recorded once."""
from __future__ import annotations

import numpy as np

from claims.names import Registry
from claims.pipeline import analyse
from claims.reading import make_article
from claims.shingles import shingles
from store import save
from store.db import VECTOR_DIM, connect

TEXT = ("Officials in Springfield said on Monday that the new bridge will open in March. "
        "The mayor told reporters the bridge cost 40 million dollars. "
        "Work began three years ago after a flood closed the old crossing.\n")


def analysed(outlet: str, text: str = TEXT):
    registry = Registry.default()
    return analyse(make_article(f"{outlet}.md", {"outlet": outlet, "language": "en"}, text, registry, []), registry)


def vectors_for(article) -> dict[str, np.ndarray]:
    out = {}
    for i, item in enumerate(article.sentences):
        if item.is_claim:
            v = np.zeros(VECTOR_DIM, dtype=np.float32)
            v[i] = 1.0
            out[article.claim_id(item)] = v
    return out


def test_an_article_is_saved_whole(tmp_path):
    first = analysed("Valley Courier")
    with connect(tmp_path / "c.duckdb") as con:
        ids = save.save_article(con, first, vectors_for(first), shingles(first.article.body))
        assert ids and ids == [first.claim_id(s) for s in first.sentences if s.is_claim]
        assert save.known_article_ids(con) == {first.article.article_id}
        stored = con.execute("SELECT start_offset, end_offset, text FROM sentences ORDER BY sentence_index").fetchall()
        assert [(s, e, t) for s, e, t in stored] == [(x.sentence.start, x.sentence.end, x.sentence.text)
                                                     for x in first.sentences]
        assert con.execute("SELECT count(*) FROM claim_vectors").fetchall()[0][0] == len(ids)
        (vector,) = con.execute("SELECT vector FROM claim_vectors WHERE claim_id = ?", [ids[0]]).fetchall()[0]
        assert np.allclose(vector, vectors_for(first)[ids[0]])
        entities = dict(con.execute("SELECT id, kind FROM entities").fetchall())
        assert entities[first.publisher.id] == "outlet"


def test_a_near_copy_points_at_the_original(tmp_path):
    original, copy = analysed("Valley Courier"), analysed("Hill Times", TEXT + "Photo: file.\n")
    other = analysed("Lake News", "A storm closed three schools in Lakeside on Tuesday, officials said.\n")
    with connect(tmp_path / "c.duckdb") as con:
        for a in (original, copy, other):
            save.save_article(con, a, {}, shingles(a.article.body))
        rows = dict(con.execute("SELECT article_id, original_id FROM syndication").fetchall())
        assert rows == {copy.article.article_id: original.article.article_id}


def test_the_model_is_recorded_once(tmp_path):
    with connect(tmp_path / "c.duckdb") as con:
        assert save.recorded_model(con) is None
        save.record_model(con, "model-a")
        save.record_model(con, "model-b")
        assert save.recorded_model(con) == "model-a"


def test_copies_within_one_batch_are_found_as_one_by_one(tmp_path):
    original = analysed("Valley Courier")
    copy = analysed("Hill Times", TEXT + "Photo: file.\n")
    copy_of_copy = analysed("Lake News", TEXT + "Photo: file.\nMore soon.\n")
    other = analysed("Plains Post", "A storm closed three schools in Lakeside on Tuesday, officials said.\n")
    batch = [original, copy, other, copy_of_copy]
    with connect(tmp_path / "one.duckdb") as con:
        for a in batch:
            save.save_article(con, a, vectors_for(a), shingles(a.article.body))
        one_by_one = con.execute("SELECT * FROM syndication ORDER BY article_id").fetchall()
    with connect(tmp_path / "batch.duckdb") as con:
        save.save_article(con, original, vectors_for(original), shingles(original.article.body))
        vectors = {k: v for a in batch[1:] for k, v in vectors_for(a).items()}
        ids = save.save_articles(con, batch[1:], vectors, [shingles(a.article.body) for a in batch[1:]])
        assert ids == [a.claim_id(s) for a in batch[1:] for s in a.sentences if s.is_claim]
        assert con.execute("SELECT * FROM syndication ORDER BY article_id").fetchall() == one_by_one
        assert con.execute("SELECT count(*) FROM claim_vectors").fetchall()[0][0] == len(ids) + len(vectors_for(original))
        assert con.execute("SELECT count(DISTINCT article_id) FROM article_shingles").fetchall()[0][0] == 4
    originals = {row[0]: row[1] for row in one_by_one}
    assert originals == {copy.article.article_id: original.article.article_id,
                         copy_of_copy.article.article_id: original.article.article_id}
