"""claims/centres.py: each language's centre ships for the bundled model and is computed for others."""
from __future__ import annotations

import numpy as np

from claims import centres


class Constant:
    """An embedder whose vector says only which language the text is in."""

    name, dim = "constant-test-model", 2

    def embed(self, texts):
        return np.asarray([[0.0, 1.0] if any("\u0900" <= c <= "\u097f" for c in t) else [1.0, 0.0]
                           for t in texts], dtype=np.float32)


def test_the_bundled_model_ships_its_centres():
    shipped = centres.load("multilingual-e5-small")
    assert set(shipped) == {"en", "hi"}
    assert all(v.shape == (384,) and v.dtype == np.float32 for v in shipped.values())


def test_reference_sentences_exist_in_each_language():
    for language in centres.LANGUAGES:
        assert len(centres.reference_sentences(language)) >= 100


def test_centres_are_computed_for_a_model_without_shipped_ones():
    assert centres.load(Constant.name) is None
    got = centres.for_embedder(Constant())
    assert np.allclose(got["en"], [1.0, 0.0]) and np.allclose(got["hi"], [0.0, 1.0])
