"""The Export page (views/export.py)."""
from views import export

export.render()
