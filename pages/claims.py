"""The Claims page (views/claims_page.py)."""
import streamlit as st

from views import common, claims_page

st.set_page_config(layout="wide")  # each page keeps the wide layout
common.show_flash()
claims_page.render()
