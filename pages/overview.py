"""The Overview page (views/overview.py)."""
from views import common, overview

common.show_flash()
overview.render()
