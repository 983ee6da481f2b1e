"""schema.org ClaimReview records (JSON-LD) for claims with a verdict: what was claimed, where
it appeared, and the rating. Pure functions, no Streamlit."""
from __future__ import annotations

from datetime import date, datetime

from claims.reading import is_web_link

RATINGS = {  # status -> (ratingValue on 1..5, its name)
    "verified_true": (5, "True"),
    "misleading": (2, "Misleading"),
    "verified_false": (1, "False"),
}


def _iso(value) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else None


def claim_reviews(rows: list[dict], speaker_names: dict[str, str], *, publisher: str = "Verification desk") -> list[dict]:
    """One ClaimReview per cluster and verdict, from ``store.browse.flagged_claims`` rows; claims
    without a verdict (flagged, in review, unverifiable) are left out."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        if r["status"] in RATINGS:
            groups.setdefault((r["cluster_id"], r["status"]), []).append(r)
    out = []
    for (_, status), members in groups.items():
        value, label = RATINGS[status]
        first = members[0]
        appearances = []
        for m in members:
            work = {"@type": "CreativeWork", "headline": m["title"], "datePublished": _iso(m["published"]),
                    "publisher": {"@type": "Organization", "name": m["outlet"]}, "inLanguage": m["language"],
                    "text": m["text"]}
            if is_web_link(m["url"]):
                work["url"] = m["url"]
            appearances.append({k: v for k, v in work.items() if v is not None})
        item = {"@type": "Claim", "appearance": appearances}
        if first["speaker_id"]:
            item["author"] = {"@type": "Person", "name": speaker_names.get(first["speaker_id"], first["speaker_id"])}
        if first["published"]:
            item["datePublished"] = _iso(first["published"])
        review = {
            "@context": "https://schema.org", "@type": "ClaimReview",
            "claimReviewed": first["text"], "itemReviewed": item,
            "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                             "alternateName": label},
            "author": {"@type": "Organization", "name": publisher},
            "datePublished": _iso(max(m["reviewed_at"] for m in members)),
        }
        if first["note"]:
            review["reviewBody"] = first["note"]
        out.append(review)
    return out
