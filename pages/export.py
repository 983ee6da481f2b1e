"""The Export page (views/export.py)."""
import streamlit as st

from views import common, export

st.set_page_config(layout="wide")  # each page keeps the wide layout
common.show_flash()
export.render()
