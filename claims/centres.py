"""Each language's typical direction in an embedding space, from reference text we wrote.

Multilingual sentence vectors share a strong per-language direction that swamps meaning
when a Hindi sentence is compared with an English one. Subtracting each language's mean
vector fixes most of that. The means come from ``claims/reference/{en,hi}.txt``: 240
sentences per language on two dozen unrelated topics, so they carry the language, not any
one story. For the bundled model they ship precomputed (``<model>.npz``, rebuilt by
``python bench/centres.py``); for any other model they are computed on first use.
Fixed centres keep clustering independent of what else is in the database, so ingesting
in batches gives the same clusters as ingesting at once.
"""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from claims.embed import Embedder

REFERENCE = Path(__file__).with_name("reference")
LANGUAGES = ("en", "hi")


def centres_file(model_name: str) -> Path:
    return REFERENCE / (re.sub(r"[^A-Za-z0-9._-]+", "_", model_name) + ".npz")


def reference_sentences(language: str) -> list[str]:
    text = (REFERENCE / f"{language}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def compute(embedder: Embedder) -> dict[str, np.ndarray]:
    return {lang: embedder.embed(reference_sentences(lang)).mean(axis=0).astype(np.float32) for lang in LANGUAGES}


def load(model_name: str) -> dict[str, np.ndarray] | None:
    """Shipped centres for this model, if any."""
    path = centres_file(model_name)
    if not path.exists():
        return None
    with np.load(path) as data:
        return {lang: data[lang].astype(np.float32) for lang in data.files}


def for_embedder(embedder: Embedder) -> dict[str, np.ndarray]:
    return load(embedder.name) or compute(embedder)
