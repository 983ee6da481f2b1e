"""Every setting and every command is documented in the README."""
from app.cli import COMMANDS
from app.export import FIELDS as EXPORT_FIELDS
from claims.settings import SETTINGS

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented():
    for setting in SETTINGS.values():
        assert f"`{setting.env}`" in README, setting.env


def test_every_command_is_documented():
    for name in COMMANDS:
        assert f"claims [--db FILE] {name}" in README, name


def test_global_options_are_documented_before_and_after_the_command():
    assert "`claims --db my.duckdb stats` and\n`claims stats --db my.duckdb` do the same" in README


def test_every_export_field_is_documented():
    for field in EXPORT_FIELDS:
        assert f"`{field}`" in README, field


def test_the_package_install_is_documented():
    assert "pip install -r requirements.txt && pip install -e . && claims --help" in README


def test_quick_start_is_two_commands():
    assert "pip install -r requirements.txt && streamlit run dashboard.py" in README
    assert "pip install -r requirements-dev.txt && python -m pytest" in README
