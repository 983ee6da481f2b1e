"""The Import page (views/importing.py)."""
import streamlit as st

from views import common, importing

st.set_page_config(layout="wide")  # each page keeps the wide layout
common.show_flash()
importing.render()
