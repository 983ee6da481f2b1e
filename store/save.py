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


def save_article(con: duckdb.DuckDBPyConnection, analysed: AnalysedArticle,
                 vectors: dict[str, np.ndarray]) -> list[str]:
    """Insert one article, its sentences and its claim vectors; returns its claim ids."""
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
        origin = at.sources[0].id if at.sources else publisher.id
        rows.append([a.article_id, s.index, s.start, s.end, s.text, item.is_claim, item.checkworthiness,
                     claim_id, at.speaker.id if at.speaker else None, at.speaker_ref,
                     [e.id for e in at.sources], [e.id for e in chain], origin, at.kind, item.content])
        if claim_id:
            claim_ids.append(claim_id)
    con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    save_entities(con, entities)
    vector_rows = [[cid, vectors[cid].tolist()] for cid in claim_ids if cid in vectors]
    if vector_rows:
        con.executemany("INSERT INTO claim_vectors VALUES (?, ?)", vector_rows)
    return claim_ids
