"""Wendu scoring: scores each answer per competency, with evidence, behind a scorer port."""
