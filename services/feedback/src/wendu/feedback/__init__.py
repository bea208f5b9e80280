"""Wendu feedback service: kind, sparse hints during the interview and the report right after it."""
