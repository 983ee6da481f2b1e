"""Which members of one cluster disagree: by figures (place by place where both give a place
its own), by the weekday, month or day of a month they name, by the
places they name (none in common; a dateline's place is read as the matching reads it), or by
polarity. Pure: the caller hands over (claim id,
content) pairs."""
from __future__ import annotations

from claims.figures import dates_disagree, negated
from claims.matching import facts_of, figures_agree, places_agree


def conflicts(members: list[tuple[str, str]]) -> dict[str, list[str]]:
    """For (claim_id, content) pairs of one cluster: the other members each one disagrees
    with (only claims with at least one disagreement are keys)."""
    facts = [(cid, facts_of(text or "", None), negated(text or "")) for cid, text in members]
    out: dict[str, list[str]] = {}
    for cid, mine, negative in facts:
        clash = [other for other, theirs, neg in facts if other != cid and (
            not figures_agree(mine, theirs) or dates_disagree(mine.dates, theirs.dates)
            or not places_agree(mine.places, theirs.places)
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
