"""Five-word shingles of an article: what near-duplicate (syndicated) copies share."""
from __future__ import annotations

import hashlib

from claims.names import fold

SHINGLE_WORDS = 5


def shingles(body: str, *, words: int = SHINGLE_WORDS) -> set[int]:
    """Signed 64-bit hashes of every run of ``words`` words, case and punctuation folded.
    A text shorter than that gives one shingle, of all its words."""
    folded = fold(body).split()
    runs = {" ".join(folded[i:i + words]) for i in range(max(1, len(folded) - words + 1))}
    return {int.from_bytes(hashlib.blake2b(r.encode(), digest_size=8).digest(), "big", signed=True) for r in runs}
