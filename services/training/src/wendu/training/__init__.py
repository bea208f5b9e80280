"""Wendu training service."""
