"""The Speakers page (views/speakers.py)."""
from views import speakers

speakers.render()
