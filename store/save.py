"""Writing analysed articles and their claim vectors."""
from __future__ import annotations

import duckdb
import numpy as np

from claims.models import AnalysedArticle, Entity


def known_article_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()}


def recorded_model(con: duckdb.DuckDBPyConnection) -> str | None:
    rows = con.execute("SELECT value FROM meta WHERE key = 'embedding_model'").fetchall()
    return rows[0][0] if rows else None


def record_model(con: duckdb.DuckDBPyConnection, name: str) -> None:
    con.execute("INSERT OR IGNORE INTO meta VALUES ('embedding_model', ?)", [name])


def save_entities(con: duckdb.DuckDBPyConnection, entities: list[Entity]) -> None:
    rows = []
    for entity in entities:
        names = dict(entity.names)
        rows.append([entity.id, entity.kind, names.get("en") or entity.name, names.get("hi")])
    if rows:
        con.executemany("INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?)", rows)


SYNDICATION_MIN = 0.6


def record_syndication(con: duckdb.DuckDBPyConnection, article_id: str, shingles: set[int]) -> str | None:
    """Store the article's shingles (``claims.shingles``); if it is a near copy (Jaccard >= 0.6)
    of an article already stored, record that article's original as its own and return it."""
    mine = sorted(shingles)
    best = con.execute("""
        WITH overlap AS (
            SELECT article_id, count(*) AS shared FROM article_shingles
            WHERE shingle IN (SELECT unnest(?::BIGINT[])) GROUP BY article_id),
        sizes AS (
            SELECT article_id, count(*) AS size FROM article_shingles
            WHERE article_id IN (SELECT article_id FROM overlap) GROUP BY article_id)
        SELECT o.article_id, o.shared / (? + s.size - o.shared) AS jaccard
        FROM overlap o JOIN sizes s USING (article_id)
        ORDER BY jaccard DESC, o.article_id LIMIT 1""", [mine, len(mine)]).fetchall()
    con.executemany("INSERT INTO article_shingles VALUES (?, ?)", [[article_id, h] for h in mine])
    if not best or best[0][1] < SYNDICATION_MIN:
        return None
    copied, overlap = best[0]
    original = con.execute("SELECT coalesce((SELECT original_id FROM syndication WHERE article_id = ?), ?)",
                           [copied, copied]).fetchall()[0][0]
    con.execute("INSERT OR IGNORE INTO syndication VALUES (?, ?, ?)", [article_id, original, overlap])
    return original


def save_article(con: duckdb.DuckDBPyConnection, analysed: AnalysedArticle,
                 vectors: dict[str, np.ndarray], shingles: set[int]) -> list[str]:
    """Insert one article, its sentences, its claim vectors and its shingles; returns its
    claim ids."""
    a, publisher = analysed.article, analysed.publisher
    con.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now())",
                [a.article_id, a.source_file, a.outlet_id, a.outlet, a.title, a.url, a.published,
                 a.language, a.body])
    rows = []
    entities: list[Entity] = [publisher]
    claim_ids = []
    for item in analysed.sentences:
        s, at = item.sentence, item.attribution
        claim_id = analysed.claim_id(item)
        chain = at.chain(publisher)
        entities.extend(chain)
        rows.append([a.article_id, s.index, s.start, s.end, s.text, item.is_claim, item.checkworthiness,
                     claim_id, at.speaker.id if at.speaker else None, at.speaker_ref,
                     [e.id for e in at.sources], [e.id for e in chain], at.kind, item.content])
        if claim_id:
            claim_ids.append(claim_id)
    con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    record_syndication(con, a.article_id, shingles)
    save_entities(con, entities)
    vector_rows = [[cid, vectors[cid].tolist()] for cid in claim_ids if cid in vectors]
    if vector_rows:
        con.executemany("INSERT INTO claim_vectors VALUES (?, ?)", vector_rows)
    return claim_ids
