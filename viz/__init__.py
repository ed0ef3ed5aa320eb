"""provgraph.viz."""
