"""The Export page (views/export.py)."""
from views import common, export

common.show_flash()
export.render()
