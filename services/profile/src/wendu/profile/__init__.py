"""Wendu profile service."""
