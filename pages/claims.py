"""The Claims page (views/claims_page.py)."""
from views import common, claims_page

common.show_flash()
claims_page.render()
