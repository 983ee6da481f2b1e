"""The Review page (views/review.py)."""
import streamlit as st

from views import common, review

st.set_page_config(layout="wide")  # each page keeps the wide layout
common.show_flash()
review.render()
