"""Labelled sets and the scores computed on them, shared by ``bench/`` and ``tests/``.

Every set is split before any tuning: a development part to tune on and a test part that
is only ever reported. See ``evaluation.sets`` for the sets and their splits.
"""
