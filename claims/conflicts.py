"""Which members of one cluster disagree: by figures, by the weekday, month or day of a month they name, by the
places they name (none in common), or by polarity. Pure: the caller hands over (claim id,
content) pairs."""
from __future__ import annotations

from claims.figures import dates_disagree, dates_in, negated, numbers_conflict, numbers_in
from claims.matching import places_in


def conflicts(members: list[tuple[str, str]]) -> dict[str, list[str]]:
    """For (claim_id, content) pairs of one cluster: the other members each one disagrees
    with (only claims with at least one disagreement are keys)."""
    facts = [(cid, numbers_in(text or ""), dates_in(text or ""), places_in(text or ""), negated(text or ""))
             for cid, text in members]
    out: dict[str, list[str]] = {}
    for cid, numbers, dates, places, negative in facts:
        clash = [other for other, n, d, p, neg in facts if other != cid and (
            numbers_conflict(numbers, n) or dates_disagree(dates, d) or (places and p and not places & p)
            or neg != negative)]
        if clash:
            out[cid] = clash
    return out


def by_cluster(rows: list[tuple[int, str, str]]) -> dict[str, list[str]]:
    """Conflicting members of every cluster, from (cluster, claim_id, content) rows."""
    grouped: dict[int, list[tuple[str, str]]] = {}
    for cluster, cid, content in rows:
        grouped.setdefault(cluster, []).append((cid, content))
    out: dict[str, list[str]] = {}
    for members in grouped.values():
        if len(members) > 1:
            out.update(conflicts(members))
    return out
