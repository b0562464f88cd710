"""Extraction rules, one technique per module: verbs, event nouns, evaluations, roles and
memberships, places. Each reads a read-only :class:`~relgraph.extract.context.DocContext`."""
