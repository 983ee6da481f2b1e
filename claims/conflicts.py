"""Which members of one cluster disagree: by figures (place by place where both give a place
its own), by the weekday, month or day of a month they name, by the
places they name (none in common), or by polarity. Pure: the caller hands over (claim id,
content) pairs."""
from __future__ import annotations

from claims.figures import dates_disagree, dates_in, negated
from claims.matching import facts_of, figures_agree, places_agree, places_in


def conflicts(members: list[tuple[str, str]]) -> dict[str, list[str]]:
    """For (claim_id, content) pairs of one cluster: the other members each one disagrees
    with (only claims with at least one disagreement are keys)."""
    facts = [(cid, facts_of(text or "", None), dates_in(text or ""), places_in(text or ""), negated(text or ""))
             for cid, text in members]
    out: dict[str, list[str]] = {}
    for cid, figures, dates, places, negative in facts:
        clash = [other for other, f, d, p, neg in facts if other != cid and (
            not figures_agree(figures, f) or dates_disagree(dates, d) or not places_agree(places, p)
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
