"""Wendu feedback service."""
