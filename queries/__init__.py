"""provgraph.queries."""
