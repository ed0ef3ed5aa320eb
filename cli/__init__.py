"""provgraph.cli."""
