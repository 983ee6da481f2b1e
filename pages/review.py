"""The Review page (views/review.py)."""
from views import common, review

common.show_flash()
review.render()
