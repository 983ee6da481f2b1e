"""Human corrections to clusters: merge, split, move, "not the same claim".

Each correction is stored as decisions between claims (``must_link``: these two state the
same claim; ``cannot_link``: they do not) plus the membership moves it made, all append-only.
Every later clustering honours the decisions: a new claim never joins a cluster holding a
claim it cannot link to, and joins the cluster of a claim it must link to.
"""
from __future__ import annotations

import uuid

import duckdb

from store import cluster_stats
from store.db import StoreError, required_name, transaction


class CorrectionError(StoreError):
    """A correction that does not make sense (unknown ids, nothing to do)."""


def _members(con: duckdb.DuckDBPyConnection, cluster: int) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT claim_id FROM claim_clusters WHERE cluster_id = ? ORDER BY claim_id", [int(cluster)]).fetchall()]


def _cluster_of(con: duckdb.DuckDBPyConnection, claim: str) -> int:
    rows = con.execute("SELECT cluster_id FROM claim_clusters WHERE claim_id = ?", [claim]).fetchall()
    if not rows:
        raise CorrectionError(f"no claim '{claim}'")
    return int(rows[0][0])


def _new_cluster(con: duckdb.DuckDBPyConnection) -> int:
    cluster = int(con.execute("SELECT nextval('cluster_ids')").fetchall()[0][0])
    con.execute("INSERT INTO clusters VALUES (?, now())", [cluster])
    return cluster


class _Decision:
    def __init__(self, con: duckdb.DuckDBPyConnection, action: str, actor: str | None, note: str | None) -> None:
        self.con, self.action = con, action
        self.id = uuid.uuid4().hex
        self.actor = required_name(actor, CorrectionError)
        self.note = (note or "").strip() or None

    def link(self, kind: str, a: str, b: str) -> None:
        self.con.execute("INSERT INTO cluster_decisions VALUES (?, ?, ?, ?, ?, ?, ?, now())",
                         [f"{self.id}:{kind}:{a}:{b}", self.action, kind, a, b, self.actor, self.note])

    def move(self, claim: str, source: int, target: int) -> None:
        self.con.execute("UPDATE claim_clusters SET cluster_id = ? WHERE claim_id = ?", [target, claim])
        self.con.execute("INSERT INTO cluster_moves VALUES (?, ?, ?, ?, now())", [self.id, claim, source, target])


def merge(con: duckdb.DuckDBPyConnection, keep: int, other: int, *, actor: str | None = None,
          note: str | None = None) -> int:
    """Move every claim of cluster ``other`` into ``keep``; ``other`` is recorded as merged."""
    keep_members, other_members = _members(con, keep), _members(con, other)
    if keep == other or not keep_members or not other_members:
        raise CorrectionError(f"cannot merge cluster {other} into {keep}: both must exist, differ and have claims")
    with transaction(con):
        decision = _Decision(con, "merge", actor, note)
        for claim in other_members:
            decision.link("must_link", keep_members[0], claim)
            decision.move(claim, other, keep)
        con.execute("INSERT OR REPLACE INTO cluster_merges VALUES (?, ?)", [other, keep])
        cluster_stats.refresh(con, clusters=[keep, other])
    return keep


def split(con: duckdb.DuckDBPyConnection, cluster: int, claims: list[str], *, actor: str | None = None,
          note: str | None = None) -> int:
    """Take ``claims`` out of ``cluster`` into a new cluster; returns its id."""
    members = _members(con, cluster)
    moving = [c for c in dict.fromkeys(claims)]
    if not moving or any(c not in members for c in moving) or len(moving) == len(members):
        raise CorrectionError(f"split needs some, not all, of the claims of cluster {cluster}")
    with transaction(con):
        decision = _Decision(con, "split", actor, note)
        target = _new_cluster(con)
        staying = [c for c in members if c not in moving]
        for claim in moving:
            for other in staying:
                decision.link("cannot_link", claim, other)
            decision.move(claim, cluster, target)
        for claim in moving[1:]:
            decision.link("must_link", moving[0], claim)
        cluster_stats.refresh(con, clusters=[cluster, target])
    return target


def move(con: duckdb.DuckDBPyConnection, claim: str, target: int, *, actor: str | None = None,
         note: str | None = None) -> int:
    """Move one claim to another existing cluster."""
    source = _cluster_of(con, claim)
    target_members = _members(con, target)
    if source == target or not target_members:
        raise CorrectionError(f"cannot move {claim} to cluster {target}")
    with transaction(con):
        decision = _Decision(con, "move", actor, note)
        for other in _members(con, source):
            if other != claim:
                decision.link("cannot_link", claim, other)
        decision.link("must_link", target_members[0], claim)
        decision.move(claim, source, target)
        cluster_stats.refresh(con, clusters=[source, target])
    return target


def not_same(con: duckdb.DuckDBPyConnection, a: str, b: str, *, actor: str | None = None,
             note: str | None = None) -> int | None:
    """Record that two claims are not the same claim; if they share a cluster, ``b`` leaves it
    for a cluster of its own (returned)."""
    cluster_a, cluster_b = _cluster_of(con, a), _cluster_of(con, b)
    if a == b:
        raise CorrectionError("a claim is always the same claim as itself")
    with transaction(con):
        decision = _Decision(con, "not_same", actor, note)
        decision.link("cannot_link", a, b)
        if cluster_a != cluster_b:
            return None
        target = _new_cluster(con)
        decision.move(b, cluster_b, target)
        cluster_stats.refresh(con, clusters=[cluster_b, target])
    return target


def decisions(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """must-link and cannot-link partners of every claim that has any."""
    must: dict[str, set[str]] = {}
    cannot: dict[str, set[str]] = {}
    for kind, a, b in con.execute("SELECT kind, claim_a, claim_b FROM cluster_decisions").fetchall():
        target = must if kind == "must_link" else cannot
        target.setdefault(a, set()).add(b)
        target.setdefault(b, set()).add(a)
    return must, cannot


def history(con: duckdb.DuckDBPyConnection) -> list[dict]:
    cursor = con.execute("""
        SELECT split_part(decision_id, ':', 1) AS correction, any_value(action) AS action,
               count(*) FILTER (WHERE kind = 'must_link') AS must_links,
               count(*) FILTER (WHERE kind = 'cannot_link') AS cannot_links,
               any_value(actor) AS actor, any_value(note) AS note, min(created_at) AS created_at
        FROM cluster_decisions GROUP BY 1 ORDER BY created_at, correction""")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# -- speakers ------------------------------------------------------------------------------

def _speaker_exists(con: duckdb.DuckDBPyConnection, speaker: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM entities WHERE id = ?", [speaker]).fetchall()[0][0])


def set_speaker(con: duckdb.DuckDBPyConnection, speaker: str, *, claim: str | None = None,
                found: str | None = None, actor: str | None = None, note: str | None = None) -> int:
    """Say who really speaks: one claim (``claim``) or everything attributed to the speaker id
    ``found`` (two ids for one person: merge them). Applied now, and kept as a decision that
    every later ingest applies to new sentences. Returns the number of sentences changed."""
    if (claim is None) == (found is None):
        raise CorrectionError("say which claim, or which speaker as found, to correct")
    if not _speaker_exists(con, speaker):
        raise CorrectionError(f"no speaker '{speaker}'")
    if claim is not None and not con.execute(
            "SELECT count(*) FROM sentences WHERE claim_id = ?", [claim]).fetchall()[0][0]:
        raise CorrectionError(f"no claim '{claim}'")
    if found is not None and found == speaker:
        raise CorrectionError("a speaker is always the same person as itself")
    actor = required_name(actor, CorrectionError)
    with transaction(con):
        con.execute("INSERT INTO speaker_decisions VALUES (?, ?, ?, ?, ?, ?, now())",
                    [uuid.uuid4().hex, found, claim, speaker, actor, (note or "").strip() or None])
        fixed = _apply(con, _speaker_fixes(con))
        cluster_stats.refresh(con, clusters=[r[0] for r in con.execute(
            "SELECT DISTINCT cluster_id FROM claim_clusters WHERE claim_id IN (SELECT unnest(?::VARCHAR[]))",
            [[claim for *_, claim in fixed if claim]]).fetchall()])
    return len(fixed)


def apply_speaker_decisions(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None = None) -> int:
    """Rewrite speakers (and the head of each attribution chain) by the stored decisions, on
    the given articles' sentences or all; the latest decision for an id or claim wins, and
    a claim's own decision wins over its speaker's. Returns the number of sentences changed."""
    return len(_apply(con, _speaker_fixes(con, article_ids)))


def _speaker_fixes(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None = None) -> list[tuple]:
    """(article, sentence index, speaker, fixed speaker, claim id) of each sentence the decisions change."""
    scope, params = "TRUE", []
    if article_ids is not None:
        scope, params = "s.article_id IN (SELECT unnest(?::VARCHAR[]))", [list(article_ids)]
    return con.execute(f"""
        WITH by_found AS (
            SELECT found_speaker_id, arg_max(speaker_id, created_at) AS speaker_id
            FROM speaker_decisions WHERE found_speaker_id IS NOT NULL GROUP BY 1),
        by_claim AS (
            SELECT claim_id, arg_max(speaker_id, created_at) AS speaker_id
            FROM speaker_decisions WHERE claim_id IS NOT NULL GROUP BY 1)
        SELECT s.article_id, s.sentence_index, s.speaker_id, coalesce(c.speaker_id, f.speaker_id) AS fixed, s.claim_id
        FROM sentences s LEFT JOIN by_claim c ON c.claim_id = s.claim_id
        LEFT JOIN by_found f ON f.found_speaker_id = s.speaker_id
        WHERE {scope} AND coalesce(c.speaker_id, f.speaker_id) IS NOT NULL
          AND coalesce(c.speaker_id, f.speaker_id) IS DISTINCT FROM s.speaker_id""", params).fetchall()


def _apply(con: duckdb.DuckDBPyConnection, fixes: list[tuple]) -> list[tuple]:
    """Write the fixes ``_speaker_fixes`` found; returns them."""
    for article, index, old, new, _ in fixes:
        con.execute("""
            UPDATE sentences SET speaker_id = ?,
                   chain_ids = CASE WHEN ? IS NOT NULL AND len(chain_ids) > 0 AND chain_ids[1] = ?
                                    THEN list_prepend(?, chain_ids[2:]) ELSE list_prepend(?, chain_ids) END
            WHERE article_id = ? AND sentence_index = ?""", [new, old, old, new, new, article, index])
    return fixes


def speaker_history(con: duckdb.DuckDBPyConnection) -> list[dict]:
    cursor = con.execute("""
        SELECT decision_id, found_speaker_id, claim_id, speaker_id, actor, note, created_at
        FROM speaker_decisions ORDER BY created_at, decision_id""")
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
