"""The Cluster page (views/cluster.py)."""
import streamlit as st

from views import common, cluster

st.set_page_config(layout="wide")  # each page keeps the wide layout
common.show_flash()
cluster.render()
