"""rtype: from annotated graphs to low-level operations and C-level types."""
