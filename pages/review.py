"""The Review page (views/review.py)."""
from views import review

review.render()
