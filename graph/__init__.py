"""provgraph.graph."""
