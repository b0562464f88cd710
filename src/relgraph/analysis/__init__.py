"""Analysis of the built graph: counts, and network measures over networkx."""
