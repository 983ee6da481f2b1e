"""The Cluster page (views/cluster.py)."""
from views import cluster

cluster.render()
