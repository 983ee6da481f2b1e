"""claims/settings.py: one typed table, read from the environment in one place."""
from __future__ import annotations

import dataclasses
import typing

import pytest

from claims.settings import SETTINGS, SettingError, Settings


def test_defaults_without_environment():
    s = Settings.from_env({})
    assert s == Settings()
    assert (s.db, s.match_threshold, s.match_window_days) == ("claims.duckdb", 0.5, 30)


def test_values_come_typed_from_the_environment():
    s = Settings.from_env({"CLAIMS_MATCH_THRESHOLD": "0.6", "CLAIMS_MATCH_WINDOW_DAYS": " 7 ",
                           "CLAIMS_DB": "x.duckdb", "CLAIMS_SCRIPT": ""})
    assert (s.match_threshold, s.match_window_days, s.db, s.script) == (0.6, 7, "x.duckdb", "en")
    assert isinstance(s.match_window_days, int) and isinstance(s.match_threshold, float)


def test_each_field_is_typed_with_a_default_of_its_type_and_help():
    hints = typing.get_type_hints(Settings)
    for f in dataclasses.fields(Settings):
        assert hints[f.name] in (str, int, float), f.name
        assert isinstance(f.default, hints[f.name]), f.name
        assert f.metadata["help"].endswith("."), f.name
        assert SETTINGS[f.name].env == "CLAIMS_" + f.name.upper()


def test_settings_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Settings().db = "other"


@pytest.mark.parametrize("name, raw, words", [("CLAIMS_LOCK_TIMEOUT", "soon", "a number"),
                                              ("CLAIMS_MATCH_WINDOW_DAYS", "2.5", "an integer")])
def test_a_value_of_the_wrong_kind_names_the_variable(name, raw, words):
    with pytest.raises(SettingError, match=f"{name}='{raw}' is not {words}"):
        Settings.from_env({name: raw})

