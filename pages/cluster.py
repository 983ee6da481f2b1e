"""The Cluster page (views/cluster.py)."""
from views import common, cluster

common.show_flash()
cluster.render()
