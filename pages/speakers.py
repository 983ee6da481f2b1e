"""The Speakers page (views/speakers.py)."""
import streamlit as st

from views import common, speakers

st.set_page_config(layout="wide")  # each page keeps the wide layout
common.show_flash()
speakers.render()
