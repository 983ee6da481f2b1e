"""The Overview page (views/overview.py)."""
import streamlit as st

from views import common, overview

st.set_page_config(layout="wide")  # each page keeps the wide layout
common.show_flash()
overview.render()
