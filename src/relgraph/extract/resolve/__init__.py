"""Resolution: from the actor spans of a Doc to canonical entities — mentions and names, actors
behind noun phrases (metonymy, owners, anaphora, coordination), concepts and events, role phrases."""
