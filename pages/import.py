"""The Import page (views/importing.py)."""
from views import importing

importing.render()
