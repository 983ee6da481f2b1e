"""The Claims page (views/claims_page.py)."""
from views import claims_page

claims_page.render()
