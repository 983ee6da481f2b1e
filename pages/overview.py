"""The Overview page (views/overview.py)."""
from views import overview

overview.render()
