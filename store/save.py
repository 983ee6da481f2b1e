"""Writing analysed articles and their claim vectors.

A batch of articles is written with one insert per table (Arrow tables handed to DuckDB):
``executemany`` runs one statement per row and cost more than the rest of the ingest
outside the model.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

import duckdb
import numpy as np
import pyarrow as pa

from claims.models import AnalysedArticle, Entity

SYNDICATION_MIN = 0.6

SENTENCE_COLUMNS = pa.schema([
    ("article_id", pa.string()), ("sentence_index", pa.int32()), ("start_offset", pa.int32()),
    ("end_offset", pa.int32()), ("text", pa.string()), ("is_claim", pa.bool_()), ("checkworthiness", pa.float64()),
    ("claim_id", pa.string()), ("speaker_id", pa.string()), ("speaker_ref", pa.string()),
    ("source_ids", pa.list_(pa.string())), ("chain_ids", pa.list_(pa.string())), ("kind", pa.string()),
    ("content", pa.string()), ("referred_places", pa.list_(pa.string()))])
ARTICLE_COLUMNS = pa.schema([
    ("article_id", pa.string()), ("source_file", pa.string()), ("outlet_id", pa.string()), ("outlet", pa.string()),
    ("title", pa.string()), ("url", pa.string()), ("published", pa.date32()), ("language", pa.string()),
    ("body", pa.string())])
ENTITY_COLUMNS = pa.schema([("id", pa.string()), ("kind", pa.string()), ("name_en", pa.string()),
                            ("name_hi", pa.string())])


def known_article_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()}


def recorded_model(con: duckdb.DuckDBPyConnection) -> str | None:
    rows = con.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchall()
    return rows[0][0] if rows else None


def record_model(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute("INSERT OR IGNORE INTO meta VALUES ('embedding_model', ?)", [name])


def _rows(schema: pa.Schema, rows: list[list]) -> pa.Table:
    return pa.Table.from_pylist([dict(zip(schema.names, row)) for row in rows], schema=schema)


def save_entities(con: duckdb.DuckDBPyConnection, entities: Sequence[Entity]) -> None:
    """Each entity not stored yet; the first of several with one id wins."""
    rows = {}
    for entity in entities:
        if entity.id not in rows:
            names = dict(entity.names)
            rows[entity.id] = [entity.id, entity.kind, names.get("en") or entity.name, names.get("hi")]
    if rows:
        incoming = _rows(ENTITY_COLUMNS, list(rows.values()))
        con.execute("INSERT OR IGNORE INTO entities SELECT * FROM incoming")


def record_syndication(con: duckdb.DuckDBPyConnection, shingles: Sequence[tuple[str, set[int]]]) -> dict[str, str]:
    """Store each article's shingles (``claims.shingles``), in order; an article that is a near
    copy (Jaccard >= 0.6) of one stored before it (earlier in ``shingles`` or in an earlier
    ingest) gets that article's original as its own. Returns copy -> original."""
    stored = _overlaps_with_stored(con, shingles)
    originals_before = dict(con.execute(
        "SELECT article_id, original_id FROM syndication WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted({old for found in stored.values() for old, _, _ in found})]).fetchall())
    posting: dict[int, list[int]] = defaultdict(list)  # shingle -> articles of this batch before
    sizes: list[int] = []
    originals: dict[str, str] = {}
    rows = []
    for k, (article_id, mine) in enumerate(shingles):
        shared = Counter(j for h in mine for j in posting.get(h, ()))
        candidates = [(old, n, size) for old, n, size in stored.get(article_id, ())]
        candidates += [(shingles[j][0], n, sizes[j]) for j, n in shared.items()]
        for h in mine:
            posting[h].append(k)
        sizes.append(len(mine))
        best = min(((-(n / (len(mine) + size - n)), old) for old, n, size in candidates), default=None)
        if best is None or -best[0] < SYNDICATION_MIN:
            continue
        copied = best[1]
        original = originals.get(copied) or originals_before.get(copied) or copied
        originals[article_id] = original
        rows.append([article_id, original, -best[0]])
    if any(mine for _, mine in shingles):
        ids = [article_id for article_id, mine in shingles for _ in mine]
        incoming = pa.table({"article_id": pa.array(ids, pa.string()),
                          "shingle": pa.array([h for _, mine in shingles for h in sorted(mine)], pa.int64())})
        con.execute("INSERT INTO article_shingles SELECT * FROM incoming")
    if rows:
        incoming = pa.table({"article_id": [r[0] for r in rows], "original_id": [r[1] for r in rows],
                          "overlap": pa.array([r[2] for r in rows], pa.float64())})
        con.execute("INSERT OR IGNORE INTO syndication SELECT * FROM incoming")
    return originals


def _overlaps_with_stored(con: duckdb.DuckDBPyConnection,
                          shingles: Sequence[tuple[str, set[int]]]) -> dict[str, list[tuple[str, int, int]]]:
    """For each new article, the stored articles sharing a shingle with it: (id, shared, size)."""
    mine = pa.table({"article_id": pa.array([a for a, hs in shingles for _ in hs], pa.string()),
                     "shingle": pa.array([h for _, hs in shingles for h in hs], pa.int64())})
    found: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for new_id, old_id, shared, size in con.execute("""
            WITH overlap AS (
                SELECT m.article_id AS new_id, s.article_id AS old_id, count(*) AS shared
                FROM (SELECT DISTINCT article_id, shingle FROM mine) m JOIN article_shingles s USING (shingle)
                GROUP BY ALL),
            sizes AS (
                SELECT article_id, count(*) AS size FROM article_shingles
                WHERE article_id IN (SELECT old_id FROM overlap) GROUP BY article_id)
            SELECT new_id, old_id, shared, size FROM overlap JOIN sizes ON old_id = sizes.article_id""").fetchall():
        found[new_id].append((old_id, shared, size))
    return found


def save_articles(con: duckdb.DuckDBPyConnection, batch: Sequence[AnalysedArticle],
                  vectors: dict[str, np.ndarray], shingles: Sequence[set[int]]) -> list[str]:
    """Insert the articles of ``batch`` (in order), their sentences, claim vectors and
    shingles (``shingles[i]`` is ``batch[i]``'s); returns their claim ids."""
    articles, sentences, entities, claim_ids = [], [], [], []
    for analysed in batch:
        a, publisher = analysed.article, analysed.publisher
        articles.append([a.article_id, a.source_file, a.outlet_id, a.outlet, a.title, a.url, a.published,
                         a.language, a.body])
        entities.append(publisher)
        for item in analysed.sentences:
            s, at = item.sentence, item.attribution
            claim_id = analysed.claim_id(item)
            chain = at.chain(publisher)
            entities.extend(chain)
            sentences.append([a.article_id, s.index, s.start, s.end, s.text, item.is_claim, item.checkworthiness,
                              claim_id, at.speaker.id if at.speaker else None, at.speaker_ref,
                              [e.id for e in at.sources], [e.id for e in chain], at.kind, item.content,
                              list(item.referred)])
            if claim_id:
                claim_ids.append(claim_id)
    if not articles:
        return []
    incoming = _rows(ARTICLE_COLUMNS, articles)
    con.execute("INSERT INTO articles SELECT *, now() FROM incoming")
    if sentences:
        incoming = _rows(SENTENCE_COLUMNS, sentences)
        con.execute("INSERT INTO sentences SELECT * FROM incoming")
    record_syndication(con, [(a.article.article_id, s) for a, s in zip(batch, shingles)])
    save_entities(con, entities)
    with_vector = [cid for cid in claim_ids if cid in vectors]
    if with_vector:
        flat = np.asarray([vectors[cid] for cid in with_vector], dtype=np.float32)
        incoming = pa.table({"claim_id": pa.array(with_vector, pa.string()), "vector": pa.FixedSizeListArray.from_arrays(
            pa.array(flat.ravel(), pa.float32()), flat.shape[1])})
        con.execute("INSERT INTO claim_vectors SELECT * FROM incoming")
    return claim_ids


def save_article(con: duckdb.DuckDBPyConnection, analysed: AnalysedArticle,
                 vectors: dict[str, np.ndarray], shingles: set[int]) -> list[str]:
    """Insert one article, its sentences, its claim vectors and its shingles; returns its
    claim ids."""
    return save_articles(con, [analysed], vectors, [shingles])
