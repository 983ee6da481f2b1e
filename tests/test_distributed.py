"""app/distributed.py: two local Dask workers embed, the one writer stores and clusters; the
database equals a one-process ingest."""
from __future__ import annotations

import sys
import types

import numpy as np
import pytest

from app.distributed import Precomputed, embed_files
from app.ingest import ingest
from store.db import connect

from conftest import SAMPLES

pytest.importorskip("dask.distributed")


@pytest.fixture(autouse=True)
def plain_main(monkeypatch):
    """Dask starts its workers by spawning, and a spawned process runs the parent's ``__main__``
    file again: after an AppTest run that is the page script, which would build a database in
    each worker. The workers get a ``__main__`` with no file, as under the command line."""
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))


def stored(db):
    with connect(db, read_only=True) as con:
        vectors = dict(con.execute("SELECT claim_id, vector FROM claim_vectors").fetchall())
        clusters = con.execute("SELECT cluster_id, list(claim_id ORDER BY claim_id) FROM claim_clusters "
                               "GROUP BY cluster_id").fetchall()
    return vectors, {tuple(c) for _, c in clusters}


@pytest.mark.slow
def test_two_workers_give_the_database_one_process_gives(tmp_path):
    files = sorted(str(p) for p in SAMPLES.iterdir() if p.suffix == ".md")
    written = embed_files(files, str(tmp_path / "vectors"), workers=2, files_per_task=3)
    assert len(written) == -(-len(files) // 3)
    embedder = Precomputed(str(tmp_path / "vectors"))
    ingest(files, str(tmp_path / "two.duckdb"), embedder=embedder)
    # nearly every vector came from the workers (the writer's one name registry, shared by all
    # files, can strip a wrapper a worker's registry did not know yet; that text is embedded here)
    assert embedder.missing <= 2
    ingest(files, str(tmp_path / "one.duckdb"))
    (two_vectors, two_clusters), (one_vectors, one_clusters) = stored(tmp_path / "two.duckdb"), stored(tmp_path / "one.duckdb")
    assert two_vectors.keys() == one_vectors.keys()
    assert all(np.allclose(two_vectors[k], one_vectors[k], atol=1e-5) for k in one_vectors)
    assert two_clusters == one_clusters
