"""The Import page (views/importing.py)."""
from views import common, importing

common.show_flash()
importing.render()
