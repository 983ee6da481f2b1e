"""The Speakers page (views/speakers.py)."""
from views import common, speakers

common.show_flash()
speakers.render()
